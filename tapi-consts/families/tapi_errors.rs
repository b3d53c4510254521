//! Error codes of Assisted Telephony, such as `tapiRequestMakeCall` (`TAPIERR_`).

use tapi_consts::ConstFamily;

/// Result codes of the assisted telephony functions and of the Telephony service's
/// administration interface.
///
/// `tapiRequestMakeCall`, `tapiGetLocationInfo` and the obsolete `tapiRequestMediaCall` and
/// `tapiRequestDrop` return 0 on success or one of these negative values on failure. Codes
/// -19 to -23 come from server administration (for example the TAPI MMC snap-in) rather than
/// from assisted telephony; apart from `NotAdmin` they are missing from Microsoft's reference
/// page, which calls any unlisted `TAPIERR_` value obsolete.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "TAPIERR_", since = "2.0", header = "tapi.h", c_consts)]
#[tapi(doc(
    fr = "Codes de résultat des fonctions de téléphonie assistée et de l’interface d’administration du service Téléphonie.\n\n`tapiRequestMakeCall`, `tapiGetLocationInfo` et les fonctions obsolètes `tapiRequestMediaCall` et `tapiRequestDrop` renvoient 0 en cas de succès ou l’une de ces valeurs négatives en cas d’échec. Les codes -19 à -23 proviennent de l’administration du serveur (par exemple le composant logiciel enfichable MMC de TAPI) et non de la téléphonie assistée ; à l’exception de `NotAdmin`, ils ne figurent pas dans la page de référence de Microsoft, qui qualifie d’obsolète toute valeur `TAPIERR_` non listée.",
    de = "Ergebniscodes der Funktionen der unterstützten Telefonie (Assisted Telephony) und der Verwaltungsschnittstelle des Telefoniediensts.\n\n`tapiRequestMakeCall`, `tapiGetLocationInfo` und die veralteten Funktionen `tapiRequestMediaCall` und `tapiRequestDrop` geben bei Erfolg 0 und bei einem Fehler einen dieser negativen Werte zurück. Die Codes -19 bis -23 stammen nicht aus der unterstützten Telefonie, sondern aus der Serververwaltung (etwa dem MMC-Snap-In von TAPI); bis auf `NotAdmin` fehlen sie auf der Referenzseite von Microsoft, die jeden dort nicht aufgeführten Wert `TAPIERR_` als veraltet bezeichnet."
))]
pub enum TapiErr {
    /// Zero, the value the assisted telephony functions return when a request succeeds. Microsoft's reference page reads it differently, as the operation being impossible while the call is connected.
    #[tapi(doc(
        fr = "Zéro, la valeur que renvoient les fonctions de téléphonie assistée lorsqu’une requête aboutit. La page de référence de Microsoft l’interprète autrement : l’opération serait impossible tant que l’appel est connecté.",
        de = "Null, der Wert, den die Funktionen der unterstützten Telefonie zurückgeben, wenn eine Anforderung erfolgreich ist. Die Referenzseite von Microsoft deutet ihn anders: Die Operation sei nicht möglich, solange der Anruf verbunden ist."
    ))]
    Connected = 0,
    /// The call was dropped (hung up).
    #[tapi(doc(
        fr = "L’appel a pris fin (il a été raccroché).",
        de = "Der Anruf wurde beendet (aufgelegt)."
    ))]
    Dropped = -1,
    /// No application is available to take the request, such as a call manager for `tapiRequestMakeCall`; the user should start one and retry.
    #[tapi(doc(
        fr = "Aucune application n’est disponible pour prendre en charge la requête, par exemple un gestionnaire d’appels pour `tapiRequestMakeCall` ; l’utilisateur doit en démarrer une puis réessayer.",
        de = "Es ist keine Anwendung verfügbar, die die Anforderung übernehmen kann, etwa ein Anrufmanager für `tapiRequestMakeCall`; der Benutzer sollte eine starten und es erneut versuchen."
    ))]
    NoRequestRecipient = -2,
    /// A recipient application is running, but its request queue is full and cannot grow for lack of memory; retry later.
    #[tapi(doc(
        fr = "Une application destinataire est en cours d’exécution, mais sa file de requêtes est pleine et ne peut pas s’agrandir faute de mémoire ; réessayez plus tard.",
        de = "Eine Empfängeranwendung läuft, aber ihre Anforderungswarteschlange ist voll und kann mangels Speicher nicht wachsen; die Anforderung sollte später wiederholt werden."
    ))]
    RequestQueueFull = -3,
    /// The destination address pointer is null or not valid, or the address is longer than `TAPIMAXDESTADDRESSSIZE` allows.
    #[tapi(doc(
        fr = "Le pointeur vers l’adresse de destination est nul ou non valide, ou l’adresse dépasse la longueur permise par `TAPIMAXDESTADDRESSSIZE`.",
        de = "Der Zeiger auf die Zieladresse ist null oder ungültig, oder die Adresse ist länger, als `TAPIMAXDESTADDRESSSIZE` zulässt."
    ))]
    InvalDestAddress = -4,
    /// The window handle that was passed is not valid.
    #[tapi(doc(
        fr = "Le handle de fenêtre transmis n’est pas valide.",
        de = "Das übergebene Fensterhandle ist ungültig."
    ))]
    InvalWindowHandle = -5,
    /// The device class requested is not valid.
    #[tapi(doc(
        fr = "La classe de périphérique demandée n’est pas valide.",
        de = "Die angeforderte Geräteklasse ist ungültig."
    ))]
    InvalDeviceClass = -6,
    /// The device identifier requested within the device class is not valid.
    #[tapi(doc(
        fr = "L’identifiant de périphérique demandé dans la classe de périphérique n’est pas valide.",
        de = "Die innerhalb der Geräteklasse angeforderte Gerätekennung ist ungültig."
    ))]
    InvalDeviceId = -7,
    /// No device of the required device class is available.
    #[tapi(doc(
        fr = "Aucun périphérique de la classe requise n’est disponible.",
        de = "Es ist kein Gerät der erforderlichen Geräteklasse verfügbar."
    ))]
    DeviceClassUnavail = -8,
    /// The device with the required identifier is not available.
    #[tapi(doc(
        fr = "Le périphérique portant l’identifiant requis n’est pas disponible.",
        de = "Das Gerät mit der erforderlichen Gerätekennung ist nicht verfügbar."
    ))]
    DeviceIdUnavail = -9,
    /// The device needed for the request is already in use.
    #[tapi(doc(
        fr = "Le périphérique nécessaire à la requête est déjà utilisé.",
        de = "Das für die Anforderung benötigte Gerät wird bereits verwendet."
    ))]
    DeviceInUse = -10,
    /// The called destination is busy.
    #[tapi(doc(
        fr = "La destination appelée est occupée.",
        de = "Das angerufene Ziel ist besetzt."
    ))]
    DestBusy = -11,
    /// The called destination did not answer.
    #[tapi(doc(
        fr = "La destination appelée n’a pas répondu.",
        de = "Das angerufene Ziel hat sich nicht gemeldet."
    ))]
    DestNoAnswer = -12,
    /// The called destination cannot be reached.
    #[tapi(doc(
        fr = "La destination appelée est injoignable.",
        de = "Das angerufene Ziel ist nicht erreichbar."
    ))]
    DestUnavail = -13,
    /// A window handle that TAPI does not know about was referenced.
    #[tapi(doc(
        fr = "Un handle de fenêtre inconnu de TAPI a été référencé.",
        de = "Es wurde ein Fensterhandle angegeben, das TAPI nicht kennt."
    ))]
    UnknownWinHandle = -14,
    /// The request identifier given does not refer to a valid request.
    #[tapi(doc(
        fr = "L’identifiant de requête fourni ne désigne pas une requête valide.",
        de = "Die angegebene Anforderungskennung bezeichnet keine gültige Anforderung."
    ))]
    UnknownRequestId = -15,
    /// The request failed and no more specific reason is given.
    #[tapi(doc(
        fr = "La requête a échoué sans qu’une raison plus précise soit fournie.",
        de = "Die Anforderung ist fehlgeschlagen, ohne dass ein genauerer Grund angegeben wird."
    ))]
    RequestFailed = -16,
    /// The assisted telephony request was cancelled.
    #[tapi(doc(
        fr = "La requête de téléphonie assistée a été annulée.",
        de = "Die Anforderung der unterstützten Telefonie wurde abgebrochen."
    ))]
    RequestCancelled = -17,
    /// A pointer argument (`lpszDestAddress`, `lpszAppName`, `lpszCalledParty` or `lpszComment`) was supplied but does not point to valid memory.
    #[tapi(doc(
        fr = "Un argument pointeur (`lpszDestAddress`, `lpszAppName`, `lpszCalledParty` ou `lpszComment`) a été fourni mais ne pointe pas vers une mémoire valide.",
        de = "Ein Zeigerargument (`lpszDestAddress`, `lpszAppName`, `lpszCalledParty` oder `lpszComment`) wurde übergeben, zeigt aber nicht auf gültigen Speicher."
    ))]
    InvalPointer = -18,
    /// The operation is reserved for administrators, and the caller is not one (for example when changing the Telephony server configuration).
    #[tapi(doc(
        fr = "L’opération est réservée aux administrateurs et l’appelant n’en est pas un (par exemple lors d’une modification de la configuration du serveur TAPI).",
        de = "Die Operation ist Administratoren vorbehalten, und der Aufrufer ist keiner (etwa beim Ändern der Konfiguration des TAPI-Servers)."
    ))]
    NotAdmin = -19,
    /// Another administration session (TAPI MMC snap-in) holds the write lock on the Telephony service configuration, so this change was refused.
    #[tapi(doc(
        fr = "Une autre session d’administration (composant logiciel enfichable MMC de TAPI) détient le verrou d’écriture sur la configuration du service Téléphonie ; la modification a donc été refusée.",
        de = "Eine andere Verwaltungssitzung (MMC-Snap-In von TAPI) hält die Schreibsperre für die Konfiguration des Telefoniediensts; deshalb wurde diese Änderung abgelehnt."
    ))]
    MmcWriteLocked = -20,
    /// The telephony service provider that was to be installed is already installed. Microsoft documents neither this code nor where it is returned; the meaning is inferred from its name, next to the other server administration codes.
    #[tapi(doc(
        fr = "Le fournisseur de services téléphoniques à installer est déjà installé. Microsoft ne documente ni ce code ni les fonctions qui le renvoient ; son sens est déduit de son nom, à côté des autres codes d’administration du serveur.",
        de = "Der zu installierende Telefonie-Dienstanbieter ist bereits installiert. Microsoft dokumentiert weder diesen Code noch, wo er zurückgegeben wird; seine Bedeutung ist aus dem Namen und der Stellung neben den anderen Codes der Serververwaltung abgeleitet."
    ))]
    ProviderAlreadyInstalled = -21,
    /// The Telephony server could not publish its service connection point (SCP) in Active Directory because an object with that name already exists.
    #[tapi(name = "SCP_ALREADY_EXISTS")]
    #[tapi(doc(
        fr = "Le serveur TAPI n’a pas pu publier son point de connexion de service (SCP) dans Active Directory, car un objet de ce nom existe déjà.",
        de = "Der TAPI-Server konnte seinen Dienstverbindungspunkt (SCP) nicht in Active Directory veröffentlichen, weil dort bereits ein Objekt mit diesem Namen existiert."
    ))]
    ScpAlreadyExists = -22,
    /// The Telephony server could not remove its service connection point (SCP) from Active Directory because no such object exists there.
    #[tapi(name = "SCP_DOES_NOT_EXIST")]
    #[tapi(doc(
        fr = "Le serveur TAPI n’a pas pu retirer son point de connexion de service (SCP) d’Active Directory, car aucun objet de ce nom n’y existe.",
        de = "Der TAPI-Server konnte seinen Dienstverbindungspunkt (SCP) nicht aus Active Directory entfernen, weil dort kein solches Objekt existiert."
    ))]
    ScpDoesNotExist = -23,
}
