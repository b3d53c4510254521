// @generated from tapi-consts/families/tapi_errors.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Error codes of Assisted Telephony, such as `tapiRequestMakeCall` (`TAPIERR_`).
/// Result codes of the assisted telephony functions and of the Telephony service's
/// administration interface.
///
/// `tapiRequestMakeCall`, `tapiGetLocationInfo` and the obsolete `tapiRequestMediaCall` and
/// `tapiRequestDrop` return 0 on success or one of these negative values on failure. Codes
/// -19 to -23 come from server administration (for example the TAPI MMC snap-in) rather than
/// from assisted telephony; apart from `NotAdmin` they are missing from Microsoft's reference
/// page, which calls any unlisted `TAPIERR_` value obsolete.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum TapiErr {
    /// Zero, the value the assisted telephony functions return when a request succeeds. Microsoft's reference page reads it differently, as the operation being impossible while the call is connected.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_CONNECTED` = `0x00000000`")]
    Connected = 0,
    /// The call was dropped (hung up).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_DROPPED` = `-1` (`0xFFFFFFFF`)")]
    Dropped = -1,
    /// No application is available to take the request, such as a call manager for `tapiRequestMakeCall`; the user should start one and retry.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_NOREQUESTRECIPIENT` = `-2` (`0xFFFFFFFE`)")]
    NoRequestRecipient = -2,
    /// A recipient application is running, but its request queue is full and cannot grow for lack of memory; retry later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_REQUESTQUEUEFULL` = `-3` (`0xFFFFFFFD`)")]
    RequestQueueFull = -3,
    /// The destination address pointer is null or not valid, or the address is longer than `TAPIMAXDESTADDRESSSIZE` allows.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_INVALDESTADDRESS` = `-4` (`0xFFFFFFFC`)")]
    InvalDestAddress = -4,
    /// The window handle that was passed is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_INVALWINDOWHANDLE` = `-5` (`0xFFFFFFFB`)")]
    InvalWindowHandle = -5,
    /// The device class requested is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_INVALDEVICECLASS` = `-6` (`0xFFFFFFFA`)")]
    InvalDeviceClass = -6,
    /// The device identifier requested within the device class is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_INVALDEVICEID` = `-7` (`0xFFFFFFF9`)")]
    InvalDeviceId = -7,
    /// No device of the required device class is available.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_DEVICECLASSUNAVAIL` = `-8` (`0xFFFFFFF8`)")]
    DeviceClassUnavail = -8,
    /// The device with the required identifier is not available.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_DEVICEIDUNAVAIL` = `-9` (`0xFFFFFFF7`)")]
    DeviceIdUnavail = -9,
    /// The device needed for the request is already in use.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_DEVICEINUSE` = `-10` (`0xFFFFFFF6`)")]
    DeviceInUse = -10,
    /// The called destination is busy.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_DESTBUSY` = `-11` (`0xFFFFFFF5`)")]
    DestBusy = -11,
    /// The called destination did not answer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_DESTNOANSWER` = `-12` (`0xFFFFFFF4`)")]
    DestNoAnswer = -12,
    /// The called destination cannot be reached.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_DESTUNAVAIL` = `-13` (`0xFFFFFFF3`)")]
    DestUnavail = -13,
    /// A window handle that TAPI does not know about was referenced.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_UNKNOWNWINHANDLE` = `-14` (`0xFFFFFFF2`)")]
    UnknownWinHandle = -14,
    /// The request identifier given does not refer to a valid request.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_UNKNOWNREQUESTID` = `-15` (`0xFFFFFFF1`)")]
    UnknownRequestId = -15,
    /// The request failed and no more specific reason is given.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_REQUESTFAILED` = `-16` (`0xFFFFFFF0`)")]
    RequestFailed = -16,
    /// The assisted telephony request was cancelled.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_REQUESTCANCELLED` = `-17` (`0xFFFFFFEF`)")]
    RequestCancelled = -17,
    /// A pointer argument (`lpszDestAddress`, `lpszAppName`, `lpszCalledParty` or `lpszComment`) was supplied but does not point to valid memory.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_INVALPOINTER` = `-18` (`0xFFFFFFEE`)")]
    InvalPointer = -18,
    /// The operation is reserved for administrators, and the caller is not one (for example when changing the Telephony server configuration).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_NOTADMIN` = `-19` (`0xFFFFFFED`)")]
    NotAdmin = -19,
    /// Another administration session (TAPI MMC snap-in) holds the write lock on the Telephony service configuration, so this change was refused.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_MMCWRITELOCKED` = `-20` (`0xFFFFFFEC`)")]
    MmcWriteLocked = -20,
    /// The telephony service provider that was to be installed is already installed. Microsoft documents neither this code nor where it is returned; the meaning is inferred from its name, next to the other server administration codes.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_PROVIDERALREADYINSTALLED` = `-21` (`0xFFFFFFEB`)")]
    ProviderAlreadyInstalled = -21,
    /// The Telephony server could not publish its service connection point (SCP) in Active Directory because an object with that name already exists.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_SCP_ALREADY_EXISTS` = `-22` (`0xFFFFFFEA`)")]
    ScpAlreadyExists = -22,
    /// The Telephony server could not remove its service connection point (SCP) from Active Directory because no such object exists there.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIERR_SCP_DOES_NOT_EXIST` = `-23` (`0xFFFFFFE9`)")]
    ScpDoesNotExist = -23,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Result codes of the assisted telephony functions and of the Telephony service's administration interface.\n\n`tapiRequestMakeCall`, `tapiGetLocationInfo` and the obsolete `tapiRequestMediaCall` and `tapiRequestDrop` return 0 on success or one of these negative values on failure. Codes -19 to -23 come from server administration (for example the TAPI MMC snap-in) rather than from assisted telephony; apart from `NotAdmin` they are missing from Microsoft's reference page, which calls any unlisted `TAPIERR_` value obsolete.Zero, the value the assisted telephony functions return when a request succeeds. Microsoft's reference page reads it differently, as the operation being impossible while the call is connected.The call was dropped (hung up).No application is available to take the request, such as a call manager for `tapiRequestMakeCall`; the user should start one and retry.A recipient application is running, but its request queue is full and cannot grow for lack of memory; retry later.The destination address pointer is null or not valid, or the address is longer than `TAPIMAXDESTADDRESSSIZE` allows.The window handle that was passed is not valid.The device class requested is not valid.The device identifier requested within the device class is not valid.No device of the required device class is available.The device with the required identifier is not available.The device needed for the request is already in use.The called destination is busy.The called destination did not answer.The called destination cannot be reached.A window handle that TAPI does not know about was referenced.The request identifier given does not refer to a valid request.The request failed and no more specific reason is given.The assisted telephony request was cancelled.A pointer argument (`lpszDestAddress`, `lpszAppName`, `lpszCalledParty` or `lpszComment`) was supplied but does not point to valid memory.The operation is reserved for administrators, and the caller is not one (for example when changing the Telephony server configuration).Another administration session (TAPI MMC snap-in) holds the write lock on the Telephony service configuration, so this change was refused.The telephony service provider that was to be installed is already installed. Microsoft documents neither this code nor where it is returned; the meaning is inferred from its name, next to the other server administration codes.The Telephony server could not publish its service connection point (SCP) in Active Directory because an object with that name already exists.The Telephony server could not remove its service connection point (SCP) from Active Directory because no such object exists there."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Ergebniscodes der Funktionen der unterstützten Telefonie (Assisted Telephony) und der Verwaltungsschnittstelle des Telefoniediensts.\n\n`tapiRequestMakeCall`, `tapiGetLocationInfo` und die veralteten Funktionen `tapiRequestMediaCall` und `tapiRequestDrop` geben bei Erfolg 0 und bei einem Fehler einen dieser negativen Werte zurück. Die Codes -19 bis -23 stammen nicht aus der unterstützten Telefonie, sondern aus der Serververwaltung (etwa dem MMC-Snap-In von TAPI); bis auf `NotAdmin` fehlen sie auf der Referenzseite von Microsoft, die jeden dort nicht aufgeführten Wert `TAPIERR_` als veraltet bezeichnet.Null, der Wert, den die Funktionen der unterstützten Telefonie zurückgeben, wenn eine Anforderung erfolgreich ist. Die Referenzseite von Microsoft deutet ihn anders: Die Operation sei nicht möglich, solange der Anruf verbunden ist.Der Anruf wurde beendet (aufgelegt).Es ist keine Anwendung verfügbar, die die Anforderung übernehmen kann, etwa ein Anrufmanager für `tapiRequestMakeCall`; der Benutzer sollte eine starten und es erneut versuchen.Eine Empfängeranwendung läuft, aber ihre Anforderungswarteschlange ist voll und kann mangels Speicher nicht wachsen; die Anforderung sollte später wiederholt werden.Der Zeiger auf die Zieladresse ist null oder ungültig, oder die Adresse ist länger, als `TAPIMAXDESTADDRESSSIZE` zulässt.Das übergebene Fensterhandle ist ungültig.Die angeforderte Geräteklasse ist ungültig.Die innerhalb der Geräteklasse angeforderte Gerätekennung ist ungültig.Es ist kein Gerät der erforderlichen Geräteklasse verfügbar.Das Gerät mit der erforderlichen Gerätekennung ist nicht verfügbar.Das für die Anforderung benötigte Gerät wird bereits verwendet.Das angerufene Ziel ist besetzt.Das angerufene Ziel hat sich nicht gemeldet.Das angerufene Ziel ist nicht erreichbar.Es wurde ein Fensterhandle angegeben, das TAPI nicht kennt.Die angegebene Anforderungskennung bezeichnet keine gültige Anforderung.Die Anforderung ist fehlgeschlagen, ohne dass ein genauerer Grund angegeben wird.Die Anforderung der unterstützten Telefonie wurde abgebrochen.Ein Zeigerargument (`lpszDestAddress`, `lpszAppName`, `lpszCalledParty` oder `lpszComment`) wurde übergeben, zeigt aber nicht auf gültigen Speicher.Die Operation ist Administratoren vorbehalten, und der Aufrufer ist keiner (etwa beim Ändern der Konfiguration des TAPI-Servers).Eine andere Verwaltungssitzung (MMC-Snap-In von TAPI) hält die Schreibsperre für die Konfiguration des Telefoniediensts; deshalb wurde diese Änderung abgelehnt.Der zu installierende Telefonie-Dienstanbieter ist bereits installiert. Microsoft dokumentiert weder diesen Code noch, wo er zurückgegeben wird; seine Bedeutung ist aus dem Namen und der Stellung neben den anderen Codes der Serververwaltung abgeleitet.Der TAPI-Server konnte seinen Dienstverbindungspunkt (SCP) nicht in Active Directory veröffentlichen, weil dort bereits ein Objekt mit diesem Namen existiert.Der TAPI-Server konnte seinen Dienstverbindungspunkt (SCP) nicht aus Active Directory entfernen, weil dort kein solches Objekt existiert."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Codes de résultat des fonctions de téléphonie assistée et de l’interface d’administration du service Téléphonie.\n\n`tapiRequestMakeCall`, `tapiGetLocationInfo` et les fonctions obsolètes `tapiRequestMediaCall` et `tapiRequestDrop` renvoient 0 en cas de succès ou l’une de ces valeurs négatives en cas d’échec. Les codes -19 à -23 proviennent de l’administration du serveur (par exemple le composant logiciel enfichable MMC de TAPI) et non de la téléphonie assistée ; à l’exception de `NotAdmin`, ils ne figurent pas dans la page de référence de Microsoft, qui qualifie d’obsolète toute valeur `TAPIERR_` non listée.Zéro, la valeur que renvoient les fonctions de téléphonie assistée lorsqu’une requête aboutit. La page de référence de Microsoft l’interprète autrement : l’opération serait impossible tant que l’appel est connecté.L’appel a pris fin (il a été raccroché).Aucune application n’est disponible pour prendre en charge la requête, par exemple un gestionnaire d’appels pour `tapiRequestMakeCall` ; l’utilisateur doit en démarrer une puis réessayer.Une application destinataire est en cours d’exécution, mais sa file de requêtes est pleine et ne peut pas s’agrandir faute de mémoire ; réessayez plus tard.Le pointeur vers l’adresse de destination est nul ou non valide, ou l’adresse dépasse la longueur permise par `TAPIMAXDESTADDRESSSIZE`.Le handle de fenêtre transmis n’est pas valide.La classe de périphérique demandée n’est pas valide.L’identifiant de périphérique demandé dans la classe de périphérique n’est pas valide.Aucun périphérique de la classe requise n’est disponible.Le périphérique portant l’identifiant requis n’est pas disponible.Le périphérique nécessaire à la requête est déjà utilisé.La destination appelée est occupée.La destination appelée n’a pas répondu.La destination appelée est injoignable.Un handle de fenêtre inconnu de TAPI a été référencé.L’identifiant de requête fourni ne désigne pas une requête valide.La requête a échoué sans qu’une raison plus précise soit fournie.La requête de téléphonie assistée a été annulée.Un argument pointeur (`lpszDestAddress`, `lpszAppName`, `lpszCalledParty` ou `lpszComment`) a été fourni mais ne pointe pas vers une mémoire valide.L’opération est réservée aux administrateurs et l’appelant n’en est pas un (par exemple lors d’une modification de la configuration du serveur TAPI).Une autre session d’administration (composant logiciel enfichable MMC de TAPI) détient le verrou d’écriture sur la configuration du service Téléphonie ; la modification a donc été refusée.Le fournisseur de services téléphoniques à installer est déjà installé. Microsoft ne documente ni ce code ni les fonctions qui le renvoient ; son sens est déduit de son nom, à côté des autres codes d’administration du serveur.Le serveur TAPI n’a pas pu publier son point de connexion de service (SCP) dans Active Directory, car un objet de ce nom existe déjà.Le serveur TAPI n’a pas pu retirer son point de connexion de service (SCP) d’Active Directory, car aucun objet de ce nom n’y existe."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "TapiErr",
            prefix: "TAPIERR_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 4294967295u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "TAPIERR_CONNECTED",
                    "TAPIERR_DROPPED",
                    "TAPIERR_NOREQUESTRECIPIENT",
                    "TAPIERR_REQUESTQUEUEFULL",
                    "TAPIERR_INVALDESTADDRESS",
                    "TAPIERR_INVALWINDOWHANDLE",
                    "TAPIERR_INVALDEVICECLASS",
                    "TAPIERR_INVALDEVICEID",
                    "TAPIERR_DEVICECLASSUNAVAIL",
                    "TAPIERR_DEVICEIDUNAVAIL",
                    "TAPIERR_DEVICEINUSE",
                    "TAPIERR_DESTBUSY",
                    "TAPIERR_DESTNOANSWER",
                    "TAPIERR_DESTUNAVAIL",
                    "TAPIERR_UNKNOWNWINHANDLE",
                    "TAPIERR_UNKNOWNREQUESTID",
                    "TAPIERR_REQUESTFAILED",
                    "TAPIERR_REQUESTCANCELLED",
                    "TAPIERR_INVALPOINTER",
                    "TAPIERR_NOTADMIN",
                    "TAPIERR_MMCWRITELOCKED",
                    "TAPIERR_PROVIDERALREADYINSTALLED",
                    "TAPIERR_SCP_ALREADY_EXISTS",
                    "TAPIERR_SCP_DOES_NOT_EXIST",
                ],
                bits: &[
                    0u64, 4294967295u64, 4294967294u64, 4294967293u64, 4294967292u64,
                    4294967291u64, 4294967290u64, 4294967289u64, 4294967288u64,
                    4294967287u64, 4294967286u64, 4294967285u64, 4294967284u64,
                    4294967283u64, 4294967282u64, 4294967281u64, 4294967280u64,
                    4294967279u64, 4294967278u64, 4294967277u64, 4294967276u64,
                    4294967275u64, 4294967274u64, 4294967273u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\n\x02\0\0\0\0\0\0c\x02\0\0\0\0\0\0\x87\x02\0\0\xFF\xFF\0\0\0\0\n\x02\0\0\xC0\0\0\0c\x02\0\0\xEA\0\0\0\x87\x02\0\0\xE8\0\0\0\xFF\xFF\0\0\0\0\xCA\x02\0\0\x1F\0\0\0M\x03\0\0$\0\0\0o\x03\0\0-\0\0\0\xFF\xFF\0\0\0\0\xE9\x02\0\0\x87\0\0\0q\x03\0\0\xB4\0\0\0\x9C\x03\0\0\xC4\0\0\0\xFF\xFF\0\0\0\0p\x03\0\0r\0\0\0%\x04\0\0\xA8\0\0\0`\x04\0\0\xA4\0\0\0\xFF\xFF\0\0\0\0\xE2\x03\0\0t\0\0\0\xCD\x04\0\0|\0\0\0\x04\x05\0\0\x8C\0\0\0\xFF\xFF\0\0\0\0V\x04\0\0/\0\0\0I\x05\0\0,\0\0\0\x90\x05\0\x002\0\0\0\xFF\xFF\0\0\0\0\x85\x04\0\0(\0\0\0u\x05\0\0-\0\0\0\xC2\x05\0\09\0\0\0\xFF\xFF\0\0\0\0\xAD\x04\0\0E\0\0\0\xA2\x05\0\0J\0\0\0\xFB\x05\0\0_\0\0\0\xFF\xFF\0\0\0\0\xF2\x04\0\x004\0\0\0\xEC\x05\0\0?\0\0\0Z\x06\0\0=\0\0\0\xFF\xFF\0\0\0\0&\x05\0\09\0\0\0+\x06\0\0F\0\0\0\x97\x06\0\0H\0\0\0\xFF\xFF\0\0\0\0_\x05\0\x004\0\0\0q\x06\0\0B\0\0\0\xDF\x06\0\0A\0\0\0\xFF\xFF\0\0\0\0\x93\x05\0\0\x1F\0\0\0\xB3\x06\0\0 \0\0\0 \x07\0\0%\0\0\0\xFF\xFF\0\0\0\0\xB2\x05\0\0&\0\0\0\xD3\x06\0\0,\0\0\0E\x07\0\0+\0\0\0\xFF\xFF\0\0\0\0\xD8\x05\0\0)\0\0\0\xFF\x06\0\0)\0\0\0p\x07\0\0(\0\0\0\xFF\xFF\0\0\0\0\x01\x06\0\0=\0\0\0(\x07\0\0;\0\0\0\x98\x07\0\0;\0\0\0\xFF\xFF\0\0\0\0>\x06\0\0?\0\0\0c\x07\0\0I\0\0\0\xD3\x07\0\0G\0\0\0\xFF\xFF\0\0\0\0}\x06\0\08\0\0\0\xAC\x07\0\0Q\0\0\0\x1A\x08\0\0G\0\0\0\xFF\xFF\0\0\0\0\xB5\x06\0\0-\0\0\0\xFD\x07\0\0?\0\0\0a\x08\0\x007\0\0\0\xFF\xFF\0\0\0\0\xE2\x06\0\0\x8A\0\0\0<\x08\0\0\x96\0\0\0\x98\x08\0\0\x97\0\0\0\xFF\xFF\0\0\0\0l\x07\0\0\x87\0\0\0\xD2\x08\0\0\x82\0\0\0/\t\0\0\xA0\0\0\0\xFF\xFF\0\0\0\0\xF3\x07\0\0\x8A\0\0\0T\t\0\0\xA3\0\0\0\xCF\t\0\0\xC7\0\0\0\xFF\xFF\0\0\0\0}\x08\0\0\xE3\0\0\0\xF7\t\0\0\xFD\0\0\0\x96\n\0\0\xEE\0\0\0\xFF\xFF\0\0\0\0`\t\0\0\x8E\0\0\0\xF4\n\0\0\x9F\0\0\0\x84\x0B\0\0\x89\0\0\0\xFF\xFF\0\0\0\0\xEE\t\0\0\x83\0\0\0\x93\x0B\0\0\x89\0\0\0\r\x0C\0\0\x8A\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "TAPIERR_CONNECTED",
                        "TAPIERR_DROPPED",
                        "TAPIERR_NOREQUESTRECIPIENT",
                        "TAPIERR_REQUESTQUEUEFULL",
                        "TAPIERR_INVALDESTADDRESS",
                        "TAPIERR_INVALWINDOWHANDLE",
                        "TAPIERR_INVALDEVICECLASS",
                        "TAPIERR_INVALDEVICEID",
                        "TAPIERR_DEVICECLASSUNAVAIL",
                        "TAPIERR_DEVICEIDUNAVAIL",
                        "TAPIERR_DEVICEINUSE",
                        "TAPIERR_DESTBUSY",
                        "TAPIERR_DESTNOANSWER",
                        "TAPIERR_DESTUNAVAIL",
                        "TAPIERR_UNKNOWNWINHANDLE",
                        "TAPIERR_UNKNOWNREQUESTID",
                        "TAPIERR_REQUESTFAILED",
                        "TAPIERR_REQUESTCANCELLED",
                        "TAPIERR_INVALPOINTER",
                        "TAPIERR_NOTADMIN",
                        "TAPIERR_MMCWRITELOCKED",
                        "TAPIERR_PROVIDERALREADYINSTALLED",
                        "TAPIERR_SCP_ALREADY_EXISTS",
                        "TAPIERR_SCP_DOES_NOT_EXIST",
                        "CONNECTED",
                        "DROPPED",
                        "NOREQUESTRECIPIENT",
                        "REQUESTQUEUEFULL",
                        "INVALDESTADDRESS",
                        "INVALWINDOWHANDLE",
                        "INVALDEVICECLASS",
                        "INVALDEVICEID",
                        "DEVICECLASSUNAVAIL",
                        "DEVICEIDUNAVAIL",
                        "DEVICEINUSE",
                        "DESTBUSY",
                        "DESTNOANSWER",
                        "DESTUNAVAIL",
                        "UNKNOWNWINHANDLE",
                        "UNKNOWNREQUESTID",
                        "REQUESTFAILED",
                        "REQUESTCANCELLED",
                        "INVALPOINTER",
                        "NOTADMIN",
                        "MMCWRITELOCKED",
                        "PROVIDERALREADYINSTALLED",
                        "SCP_ALREADY_EXISTS",
                        "SCP_DOES_NOT_EXIST",
                    ],
                    by_value: b"\0\0\x17\0\x16\0\x15\0\x14\0\x13\0\x12\0\x11\0\x10\0\x0F\0\x0E\0\r\0\x0C\0\x0B\0\n\0\t\0\x08\0\x07\0\x06\0\x05\0\x04\0\x03\0\x02\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 16506611075222031877u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0\x0B\0\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0.\0\x16\0\x15\0\x15\0\xFF\xFF\xFF\xFF'\0\x0F\0\xFF\xFF\xFF\xFF\x19\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0\x0C\0\xFF\xFF\xFF\xFF*\0\x12\0\xFF\xFF\xFF\xFF\x18\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0\x0E\0\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TAPIERR_` family (enumeration, `i32`); requires TAPI 2.0; defined in `tapi.h`.\n\n| Constant | Value |\n|---|---|\n| `TAPIERR_CONNECTED` | `0x00000000` |\n| `TAPIERR_DROPPED` | `-1` (`0xFFFFFFFF`) |\n| `TAPIERR_NOREQUESTRECIPIENT` | `-2` (`0xFFFFFFFE`) |\n| `TAPIERR_REQUESTQUEUEFULL` | `-3` (`0xFFFFFFFD`) |\n| `TAPIERR_INVALDESTADDRESS` | `-4` (`0xFFFFFFFC`) |\n| `TAPIERR_INVALWINDOWHANDLE` | `-5` (`0xFFFFFFFB`) |\n| `TAPIERR_INVALDEVICECLASS` | `-6` (`0xFFFFFFFA`) |\n| `TAPIERR_INVALDEVICEID` | `-7` (`0xFFFFFFF9`) |\n| `TAPIERR_DEVICECLASSUNAVAIL` | `-8` (`0xFFFFFFF8`) |\n| `TAPIERR_DEVICEIDUNAVAIL` | `-9` (`0xFFFFFFF7`) |\n| `TAPIERR_DEVICEINUSE` | `-10` (`0xFFFFFFF6`) |\n| `TAPIERR_DESTBUSY` | `-11` (`0xFFFFFFF5`) |\n| `TAPIERR_DESTNOANSWER` | `-12` (`0xFFFFFFF4`) |\n| `TAPIERR_DESTUNAVAIL` | `-13` (`0xFFFFFFF3`) |\n| `TAPIERR_UNKNOWNWINHANDLE` | `-14` (`0xFFFFFFF2`) |\n| `TAPIERR_UNKNOWNREQUESTID` | `-15` (`0xFFFFFFF1`) |\n| `TAPIERR_REQUESTFAILED` | `-16` (`0xFFFFFFF0`) |\n| `TAPIERR_REQUESTCANCELLED` | `-17` (`0xFFFFFFEF`) |\n| `TAPIERR_INVALPOINTER` | `-18` (`0xFFFFFFEE`) |\n| `TAPIERR_NOTADMIN` | `-19` (`0xFFFFFFED`) |\n| `TAPIERR_MMCWRITELOCKED` | `-20` (`0xFFFFFFEC`) |\n| `TAPIERR_PROVIDERALREADYINSTALLED` | `-21` (`0xFFFFFFEB`) |\n| `TAPIERR_SCP_ALREADY_EXISTS` | `-22` (`0xFFFFFFEA`) |\n| `TAPIERR_SCP_DOES_NOT_EXIST` | `-23` (`0xFFFFFFE9`) |\n\n# Deutsch\n\nErgebniscodes der Funktionen der unterstützten Telefonie (Assisted Telephony) und der Verwaltungsschnittstelle des Telefoniediensts.<br><br>`tapiRequestMakeCall`, `tapiGetLocationInfo` und die veralteten Funktionen `tapiRequestMediaCall` und `tapiRequestDrop` geben bei Erfolg 0 und bei einem Fehler einen dieser negativen Werte zurück. Die Codes -19 bis -23 stammen nicht aus der unterstützten Telefonie, sondern aus der Serververwaltung (etwa dem MMC-Snap-In von TAPI); bis auf `NotAdmin` fehlen sie auf der Referenzseite von Microsoft, die jeden dort nicht aufgeführten Wert `TAPIERR_` als veraltet bezeichnet.\n\n- `TAPIERR_CONNECTED`: Null, der Wert, den die Funktionen der unterstützten Telefonie zurückgeben, wenn eine Anforderung erfolgreich ist. Die Referenzseite von Microsoft deutet ihn anders: Die Operation sei nicht möglich, solange der Anruf verbunden ist.\n- `TAPIERR_DROPPED`: Der Anruf wurde beendet (aufgelegt).\n- `TAPIERR_NOREQUESTRECIPIENT`: Es ist keine Anwendung verfügbar, die die Anforderung übernehmen kann, etwa ein Anrufmanager für `tapiRequestMakeCall`; der Benutzer sollte eine starten und es erneut versuchen.\n- `TAPIERR_REQUESTQUEUEFULL`: Eine Empfängeranwendung läuft, aber ihre Anforderungswarteschlange ist voll und kann mangels Speicher nicht wachsen; die Anforderung sollte später wiederholt werden.\n- `TAPIERR_INVALDESTADDRESS`: Der Zeiger auf die Zieladresse ist null oder ungültig, oder die Adresse ist länger, als `TAPIMAXDESTADDRESSSIZE` zulässt.\n- `TAPIERR_INVALWINDOWHANDLE`: Das übergebene Fensterhandle ist ungültig.\n- `TAPIERR_INVALDEVICECLASS`: Die angeforderte Geräteklasse ist ungültig.\n- `TAPIERR_INVALDEVICEID`: Die innerhalb der Geräteklasse angeforderte Gerätekennung ist ungültig.\n- `TAPIERR_DEVICECLASSUNAVAIL`: Es ist kein Gerät der erforderlichen Geräteklasse verfügbar.\n- `TAPIERR_DEVICEIDUNAVAIL`: Das Gerät mit der erforderlichen Gerätekennung ist nicht verfügbar.\n- `TAPIERR_DEVICEINUSE`: Das für die Anforderung benötigte Gerät wird bereits verwendet.\n- `TAPIERR_DESTBUSY`: Das angerufene Ziel ist besetzt.\n- `TAPIERR_DESTNOANSWER`: Das angerufene Ziel hat sich nicht gemeldet.\n- `TAPIERR_DESTUNAVAIL`: Das angerufene Ziel ist nicht erreichbar.\n- `TAPIERR_UNKNOWNWINHANDLE`: Es wurde ein Fensterhandle angegeben, das TAPI nicht kennt.\n- `TAPIERR_UNKNOWNREQUESTID`: Die angegebene Anforderungskennung bezeichnet keine gültige Anforderung.\n- `TAPIERR_REQUESTFAILED`: Die Anforderung ist fehlgeschlagen, ohne dass ein genauerer Grund angegeben wird.\n- `TAPIERR_REQUESTCANCELLED`: Die Anforderung der unterstützten Telefonie wurde abgebrochen.\n- `TAPIERR_INVALPOINTER`: Ein Zeigerargument (`lpszDestAddress`, `lpszAppName`, `lpszCalledParty` oder `lpszComment`) wurde übergeben, zeigt aber nicht auf gültigen Speicher.\n- `TAPIERR_NOTADMIN`: Die Operation ist Administratoren vorbehalten, und der Aufrufer ist keiner (etwa beim Ändern der Konfiguration des TAPI-Servers).\n- `TAPIERR_MMCWRITELOCKED`: Eine andere Verwaltungssitzung (MMC-Snap-In von TAPI) hält die Schreibsperre für die Konfiguration des Telefoniediensts; deshalb wurde diese Änderung abgelehnt.\n- `TAPIERR_PROVIDERALREADYINSTALLED`: Der zu installierende Telefonie-Dienstanbieter ist bereits installiert. Microsoft dokumentiert weder diesen Code noch, wo er zurückgegeben wird; seine Bedeutung ist aus dem Namen und der Stellung neben den anderen Codes der Serververwaltung abgeleitet.\n- `TAPIERR_SCP_ALREADY_EXISTS`: Der TAPI-Server konnte seinen Dienstverbindungspunkt (SCP) nicht in Active Directory veröffentlichen, weil dort bereits ein Objekt mit diesem Namen existiert.\n- `TAPIERR_SCP_DOES_NOT_EXIST`: Der TAPI-Server konnte seinen Dienstverbindungspunkt (SCP) nicht aus Active Directory entfernen, weil dort kein solches Objekt existiert.\n\n# Français\n\nCodes de résultat des fonctions de téléphonie assistée et de l’interface d’administration du service Téléphonie.<br><br>`tapiRequestMakeCall`, `tapiGetLocationInfo` et les fonctions obsolètes `tapiRequestMediaCall` et `tapiRequestDrop` renvoient 0 en cas de succès ou l’une de ces valeurs négatives en cas d’échec. Les codes -19 à -23 proviennent de l’administration du serveur (par exemple le composant logiciel enfichable MMC de TAPI) et non de la téléphonie assistée ; à l’exception de `NotAdmin`, ils ne figurent pas dans la page de référence de Microsoft, qui qualifie d’obsolète toute valeur `TAPIERR_` non listée.\n\n- `TAPIERR_CONNECTED`: Zéro, la valeur que renvoient les fonctions de téléphonie assistée lorsqu’une requête aboutit. La page de référence de Microsoft l’interprète autrement : l’opération serait impossible tant que l’appel est connecté.\n- `TAPIERR_DROPPED`: L’appel a pris fin (il a été raccroché).\n- `TAPIERR_NOREQUESTRECIPIENT`: Aucune application n’est disponible pour prendre en charge la requête, par exemple un gestionnaire d’appels pour `tapiRequestMakeCall` ; l’utilisateur doit en démarrer une puis réessayer.\n- `TAPIERR_REQUESTQUEUEFULL`: Une application destinataire est en cours d’exécution, mais sa file de requêtes est pleine et ne peut pas s’agrandir faute de mémoire ; réessayez plus tard.\n- `TAPIERR_INVALDESTADDRESS`: Le pointeur vers l’adresse de destination est nul ou non valide, ou l’adresse dépasse la longueur permise par `TAPIMAXDESTADDRESSSIZE`.\n- `TAPIERR_INVALWINDOWHANDLE`: Le handle de fenêtre transmis n’est pas valide.\n- `TAPIERR_INVALDEVICECLASS`: La classe de périphérique demandée n’est pas valide.\n- `TAPIERR_INVALDEVICEID`: L’identifiant de périphérique demandé dans la classe de périphérique n’est pas valide.\n- `TAPIERR_DEVICECLASSUNAVAIL`: Aucun périphérique de la classe requise n’est disponible.\n- `TAPIERR_DEVICEIDUNAVAIL`: Le périphérique portant l’identifiant requis n’est pas disponible.\n- `TAPIERR_DEVICEINUSE`: Le périphérique nécessaire à la requête est déjà utilisé.\n- `TAPIERR_DESTBUSY`: La destination appelée est occupée.\n- `TAPIERR_DESTNOANSWER`: La destination appelée n’a pas répondu.\n- `TAPIERR_DESTUNAVAIL`: La destination appelée est injoignable.\n- `TAPIERR_UNKNOWNWINHANDLE`: Un handle de fenêtre inconnu de TAPI a été référencé.\n- `TAPIERR_UNKNOWNREQUESTID`: L’identifiant de requête fourni ne désigne pas une requête valide.\n- `TAPIERR_REQUESTFAILED`: La requête a échoué sans qu’une raison plus précise soit fournie.\n- `TAPIERR_REQUESTCANCELLED`: La requête de téléphonie assistée a été annulée.\n- `TAPIERR_INVALPOINTER`: Un argument pointeur (`lpszDestAddress`, `lpszAppName`, `lpszCalledParty` ou `lpszComment`) a été fourni mais ne pointe pas vers une mémoire valide.\n- `TAPIERR_NOTADMIN`: L’opération est réservée aux administrateurs et l’appelant n’en est pas un (par exemple lors d’une modification de la configuration du serveur TAPI).\n- `TAPIERR_MMCWRITELOCKED`: Une autre session d’administration (composant logiciel enfichable MMC de TAPI) détient le verrou d’écriture sur la configuration du service Téléphonie ; la modification a donc été refusée.\n- `TAPIERR_PROVIDERALREADYINSTALLED`: Le fournisseur de services téléphoniques à installer est déjà installé. Microsoft ne documente ni ce code ni les fonctions qui le renvoient ; son sens est déduit de son nom, à côté des autres codes d’administration du serveur.\n- `TAPIERR_SCP_ALREADY_EXISTS`: Le serveur TAPI n’a pas pu publier son point de connexion de service (SCP) dans Active Directory, car un objet de ce nom existe déjà.\n- `TAPIERR_SCP_DOES_NOT_EXIST`: Le serveur TAPI n’a pas pu retirer son point de connexion de service (SCP) d’Active Directory, car aucun objet de ce nom n’y existe.\n"
    )]
    impl TapiErr {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Connected,
            Self::Dropped,
            Self::NoRequestRecipient,
            Self::RequestQueueFull,
            Self::InvalDestAddress,
            Self::InvalWindowHandle,
            Self::InvalDeviceClass,
            Self::InvalDeviceId,
            Self::DeviceClassUnavail,
            Self::DeviceIdUnavail,
            Self::DeviceInUse,
            Self::DestBusy,
            Self::DestNoAnswer,
            Self::DestUnavail,
            Self::UnknownWinHandle,
            Self::UnknownRequestId,
            Self::RequestFailed,
            Self::RequestCancelled,
            Self::InvalPointer,
            Self::NotAdmin,
            Self::MmcWriteLocked,
            Self::ProviderAlreadyInstalled,
            Self::ScpAlreadyExists,
            Self::ScpDoesNotExist,
        ];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::i32 {
            self as ::core::primitive::i32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::i32,
        ) -> ::core::option::Option<Self> {
            let index = {
                let offset = value.wrapping_sub(-23) as ::core::primitive::u32;
                if offset < 24 {
                    __tapi::map_index(
                        b"\x17\0\x16\0\x15\0\x14\0\x13\0\x12\0\x11\0\x10\0\x0F\0\x0E\0\r\0\x0C\0\x0B\0\n\0\t\0\x08\0\x07\0\x06\0\x05\0\x04\0\x03\0\x02\0\x01\0\0\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            };
            if index < Self::ALL.len() {
                __tapi::Some(Self::ALL[index])
            } else {
                __tapi::None
            }
        }
        /// The full C name, such as `TAPIERR_CONNECTED`; `{:#}` in `format!` gives the short name.
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            INFO.__name_at(self.__tapi_index())
        }
        /// The name without the family prefix.
        #[inline]
        pub const fn short_name(self) -> &'static ::core::primitive::str {
            INFO.__short_name_at(self.__tapi_index())
        }
        /// The description in `lang` (a BCP 47 tag such as `"fr"` or
        /// `"fr-CA"`), falling back to its primary language, then to
        /// English.
        #[inline]
        pub fn description(
            self,
            lang: &::core::primitive::str,
        ) -> &'static ::core::primitive::str {
            ::tapi_consts::ConstFamily::entry(self).description(lang)
        }
        /// The member with this full name, short name or alias, exactly
        /// as written.
        #[inline]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, false)
        }
        /// Like `from_name`, ignoring ASCII case.
        #[inline]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, true)
        }
        #[inline]
        const fn __tapi_index(self) -> ::core::primitive::usize {
            {
                let offset = (self as ::core::primitive::i32).wrapping_sub(-23)
                    as ::core::primitive::u32;
                if offset < 24 {
                    __tapi::map_index(
                        b"\x17\0\x16\0\x15\0\x14\0\x13\0\x12\0\x11\0\x10\0\x0F\0\x0E\0\r\0\x0C\0\x0B\0\n\0\t\0\x08\0\x07\0\x06\0\x05\0\x04\0\x03\0\x02\0\x01\0\0\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for TapiErr {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<TapiErr> for ::core::primitive::i32 {
        #[inline]
        fn from(member: TapiErr) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for TapiErr {
        type Error = ::tapi_consts::UnknownValueError<TapiErr>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for TapiErr {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for TapiErr {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(TapiErr, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(TapiErr);
};
///The `TAPIERR_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_tapierr {
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::Connected`](super::TapiErr::Connected)."
    )]
    pub const TAPIERR_CONNECTED: ::core::primitive::i32 = 0;
    #[cfg_attr(doc, doc = "The value of [`TapiErr::Dropped`](super::TapiErr::Dropped).")]
    pub const TAPIERR_DROPPED: ::core::primitive::i32 = -1;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::NoRequestRecipient`](super::TapiErr::NoRequestRecipient)."
    )]
    pub const TAPIERR_NOREQUESTRECIPIENT: ::core::primitive::i32 = -2;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::RequestQueueFull`](super::TapiErr::RequestQueueFull)."
    )]
    pub const TAPIERR_REQUESTQUEUEFULL: ::core::primitive::i32 = -3;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::InvalDestAddress`](super::TapiErr::InvalDestAddress)."
    )]
    pub const TAPIERR_INVALDESTADDRESS: ::core::primitive::i32 = -4;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::InvalWindowHandle`](super::TapiErr::InvalWindowHandle)."
    )]
    pub const TAPIERR_INVALWINDOWHANDLE: ::core::primitive::i32 = -5;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::InvalDeviceClass`](super::TapiErr::InvalDeviceClass)."
    )]
    pub const TAPIERR_INVALDEVICECLASS: ::core::primitive::i32 = -6;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::InvalDeviceId`](super::TapiErr::InvalDeviceId)."
    )]
    pub const TAPIERR_INVALDEVICEID: ::core::primitive::i32 = -7;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::DeviceClassUnavail`](super::TapiErr::DeviceClassUnavail)."
    )]
    pub const TAPIERR_DEVICECLASSUNAVAIL: ::core::primitive::i32 = -8;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::DeviceIdUnavail`](super::TapiErr::DeviceIdUnavail)."
    )]
    pub const TAPIERR_DEVICEIDUNAVAIL: ::core::primitive::i32 = -9;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::DeviceInUse`](super::TapiErr::DeviceInUse)."
    )]
    pub const TAPIERR_DEVICEINUSE: ::core::primitive::i32 = -10;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::DestBusy`](super::TapiErr::DestBusy)."
    )]
    pub const TAPIERR_DESTBUSY: ::core::primitive::i32 = -11;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::DestNoAnswer`](super::TapiErr::DestNoAnswer)."
    )]
    pub const TAPIERR_DESTNOANSWER: ::core::primitive::i32 = -12;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::DestUnavail`](super::TapiErr::DestUnavail)."
    )]
    pub const TAPIERR_DESTUNAVAIL: ::core::primitive::i32 = -13;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::UnknownWinHandle`](super::TapiErr::UnknownWinHandle)."
    )]
    pub const TAPIERR_UNKNOWNWINHANDLE: ::core::primitive::i32 = -14;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::UnknownRequestId`](super::TapiErr::UnknownRequestId)."
    )]
    pub const TAPIERR_UNKNOWNREQUESTID: ::core::primitive::i32 = -15;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::RequestFailed`](super::TapiErr::RequestFailed)."
    )]
    pub const TAPIERR_REQUESTFAILED: ::core::primitive::i32 = -16;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::RequestCancelled`](super::TapiErr::RequestCancelled)."
    )]
    pub const TAPIERR_REQUESTCANCELLED: ::core::primitive::i32 = -17;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::InvalPointer`](super::TapiErr::InvalPointer)."
    )]
    pub const TAPIERR_INVALPOINTER: ::core::primitive::i32 = -18;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::NotAdmin`](super::TapiErr::NotAdmin)."
    )]
    pub const TAPIERR_NOTADMIN: ::core::primitive::i32 = -19;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::MmcWriteLocked`](super::TapiErr::MmcWriteLocked)."
    )]
    pub const TAPIERR_MMCWRITELOCKED: ::core::primitive::i32 = -20;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::ProviderAlreadyInstalled`](super::TapiErr::ProviderAlreadyInstalled)."
    )]
    pub const TAPIERR_PROVIDERALREADYINSTALLED: ::core::primitive::i32 = -21;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::ScpAlreadyExists`](super::TapiErr::ScpAlreadyExists)."
    )]
    pub const TAPIERR_SCP_ALREADY_EXISTS: ::core::primitive::i32 = -22;
    #[cfg_attr(
        doc,
        doc = "The value of [`TapiErr::ScpDoesNotExist`](super::TapiErr::ScpDoesNotExist)."
    )]
    pub const TAPIERR_SCP_DOES_NOT_EXIST: ::core::primitive::i32 = -23;
}
