//! Error codes of the TAPI phone functions (`PHONEERR_`).

use tapi_consts::ConstFamily;

/// Error codes that TAPI returns when an operation on a phone device fails.
///
/// `phone*` functions return one of these (as a negative `LONG`) instead of 0 or a positive
/// request identifier; asynchronous requests report them in `dwParam2` of the `PHONE_REPLY`
/// message. Each function's reference lists which codes it can return. 0xC0000000 and above
/// are left for device-specific errors, and an application should treat any code it does not
/// recognize like `OperationFailed`. There is no code 0x9000001E.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEERR_",
    device_specific(from = 0xC000_0000),
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Codes d’erreur renvoyés par TAPI lorsqu’une opération sur un périphérique téléphonique échoue.\n\nLes fonctions `phone*` renvoient l’un de ces codes (sous forme de `LONG` négatif) au lieu de 0 ou d’un identifiant de requête positif ; les requêtes asynchrones les signalent dans `dwParam2` du message `PHONE_REPLY`. La documentation de chaque fonction indique les codes qu’elle peut renvoyer. Les valeurs à partir de 0xC0000000 sont réservées aux erreurs propres au périphérique, et une application doit traiter tout code qu’elle ne reconnaît pas comme `OperationFailed`. Le code 0x9000001E n’existe pas.",
    de = "Fehlercodes, die TAPI zurückgibt, wenn eine Operation auf einem Telefongerät fehlschlägt.\n\nDie Funktionen `phone*` geben einen dieser Codes (als negativen `LONG`) statt 0 oder einer positiven Anforderungskennung zurück; asynchrone Anforderungen melden ihn in `dwParam2` der Nachricht `PHONE_REPLY`. Die Referenz jeder Funktion führt auf, welche Codes sie zurückgeben kann. Werte ab 0xC0000000 sind gerätespezifischen Fehlern vorbehalten, und eine Anwendung sollte jeden Code, den sie nicht kennt, wie `OperationFailed` behandeln. Den Code 0x9000001E gibt es nicht."
))]
pub enum PhoneErr {
    /// The requested resource has already been allocated.
    #[tapi(doc(
        fr = "La ressource demandée est déjà allouée.",
        de = "Die angeforderte Ressource ist bereits belegt."
    ))]
    Allocated = 0x9000_0001,
    /// The device identifier given is not valid or lies outside the range of phone devices.
    #[tapi(doc(
        fr = "L’identifiant de périphérique fourni n’est pas valide ou se situe hors de la plage des périphériques téléphoniques.",
        de = "Die angegebene Gerätekennung ist ungültig oder liegt außerhalb des Bereichs der Telefongeräte."
    ))]
    BadDeviceId = 0x9000_0002,
    /// Neither TAPI nor the service provider can support the API version, or range of versions, that the application asked for.
    #[tapi(doc(
        fr = "Ni TAPI ni le fournisseur de services ne peuvent prendre en charge la version d’API, ou la plage de versions, demandée par l’application.",
        de = "Weder TAPI noch der Dienstanbieter unterstützen die API-Version oder den Versionsbereich, den die Anwendung angefordert hat."
    ))]
    IncompatibleApiVersion = 0x9000_0003,
    /// The service provider cannot support the extension version, or range of versions, that the application asked for.
    #[tapi(doc(
        fr = "Le fournisseur de services ne peut pas prendre en charge la version d’extension, ou la plage de versions, demandée par l’application.",
        de = "Der Dienstanbieter unterstützt die Erweiterungsversion oder den Versionsbereich, den die Anwendung angefordert hat, nicht."
    ))]
    IncompatibleExtVersion = 0x9000_0004,
    /// TAPI cannot make sense of its configuration (the `Telephon.ini` data) because it is inconsistent or badly formatted.
    #[tapi(doc(
        fr = "TAPI ne parvient pas à exploiter sa configuration (les données de `Telephon.ini`), qui est incohérente ou mal formée.",
        de = "TAPI kann seine Konfiguration (die Daten von `Telephon.ini`) nicht auswerten, weil sie widersprüchlich oder fehlerhaft formatiert ist."
    ))]
    IniFileCorrupt = 0x9000_0005,
    /// The device is busy being used and cannot be configured now.
    #[tapi(doc(
        fr = "Le périphérique est en cours d’utilisation et ne peut pas être configuré pour l’instant.",
        de = "Das Gerät wird gerade verwendet und kann derzeit nicht konfiguriert werden."
    ))]
    InUse = 0x9000_0006,
    /// The application's usage handle (`HPHONEAPP`) or registration handle is not valid.
    #[tapi(doc(
        fr = "Le handle d’utilisation (`HPHONEAPP`) ou d’inscription de l’application n’est pas valide.",
        de = "Das Nutzungshandle (`HPHONEAPP`) oder das Registrierungshandle der Anwendung ist ungültig."
    ))]
    InvalAppHandle = 0x9000_0007,
    /// The application name supplied is not valid; it must be a null-terminated string of displayable characters.
    #[tapi(doc(
        fr = "Le nom d’application fourni n’est pas valide ; il doit s’agir d’une chaîne terminée par un caractère nul et composée de caractères affichables.",
        de = "Der angegebene Anwendungsname ist ungültig; er muss eine nullterminierte Zeichenkette aus darstellbaren Zeichen sein."
    ))]
    InvalAppName = 0x9000_0008,
    /// The button/lamp identifier is not valid or is outside the range the phone has.
    #[tapi(doc(
        fr = "L’identifiant de bouton/voyant n’est pas valide ou sort de la plage dont dispose le poste.",
        de = "Die Tasten-/Lampenkennung ist ungültig oder liegt außerhalb des Bereichs, über den das Telefon verfügt."
    ))]
    InvalButtonLampId = 0x9000_0009,
    /// The button mode argument is not valid.
    #[tapi(doc(
        fr = "L’argument de mode de bouton n’est pas valide.",
        de = "Das Argument für den Tastenmodus ist ungültig."
    ))]
    InvalButtonMode = 0x9000_000A,
    /// The button state argument is not valid.
    #[tapi(doc(
        fr = "L’argument d’état de bouton n’est pas valide.",
        de = "Das Argument für den Tastenzustand ist ungültig."
    ))]
    InvalButtonState = 0x9000_000B,
    /// The data area identifier given (as used by `phoneGetData` and `phoneSetData`) is not valid.
    #[tapi(doc(
        fr = "L’identifiant de zone de données fourni (tel qu’utilisé par `phoneGetData` et `phoneSetData`) n’est pas valide.",
        de = "Die angegebene Kennung des Datenbereichs (wie sie `phoneGetData` und `phoneSetData` verwenden) ist ungültig."
    ))]
    InvalDataId = 0x9000_000C,
    /// The phone does not support the device class that was named.
    #[tapi(doc(
        fr = "Le poste ne prend pas en charge la classe de périphérique indiquée.",
        de = "Das Telefongerät unterstützt die angegebene Geräteklasse nicht."
    ))]
    InvalDeviceClass = 0x9000_000D,
    /// The service provider's extension version number is not valid.
    #[tapi(doc(
        fr = "Le numéro de version d’extension du fournisseur de services n’est pas valide.",
        de = "Die Nummer der Erweiterungsversion des Dienstanbieters ist ungültig."
    ))]
    InvalExtVersion = 0x9000_000E,
    /// The hook switch device argument is not valid.
    #[tapi(doc(
        fr = "L’argument de périphérique à commutateur crochet n’est pas valide.",
        de = "Das Argument für das Gerät mit Gabelumschalter ist ungültig."
    ))]
    InvalHookSwitchDev = 0x9000_000F,
    /// The hook switch mode argument is not valid.
    #[tapi(doc(
        fr = "L’argument de mode du commutateur crochet n’est pas valide.",
        de = "Das Argument für den Modus des Gabelumschalters ist ungültig."
    ))]
    InvalHookSwitchMode = 0x9000_0010,
    /// The lamp mode argument is not valid.
    #[tapi(doc(
        fr = "L’argument de mode de voyant n’est pas valide.",
        de = "Das Argument für das Leuchtmuster ist ungültig."
    ))]
    InvalLampMode = 0x9000_0011,
    /// An argument, for example a display row or column or a window handle, is not valid or is out of range.
    #[tapi(doc(
        fr = "Un argument, par exemple une ligne ou une colonne de l’afficheur ou un handle de fenêtre, n’est pas valide ou sort de la plage admise.",
        de = "Ein Argument, etwa eine Zeile oder Spalte des Displays oder ein Fensterhandle, ist ungültig oder liegt außerhalb des zulässigen Bereichs."
    ))]
    InvalParam = 0x9000_0012,
    /// The phone handle (`HPHONE`) given is not valid.
    #[tapi(doc(
        fr = "Le handle de périphérique téléphonique (`HPHONE`) fourni n’est pas valide.",
        de = "Das angegebene Handle des Telefongeräts (`HPHONE`) ist ungültig."
    ))]
    InvalPhoneHandle = 0x9000_0013,
    /// The phone device is not in a state that allows the requested operation.
    #[tapi(doc(
        fr = "Le périphérique téléphonique n’est pas dans un état qui permet l’opération demandée.",
        de = "Das Telefongerät befindet sich nicht in einem Zustand, der die angeforderte Operation zulässt."
    ))]
    InvalPhoneState = 0x9000_0014,
    /// At least one pointer argument is not valid.
    #[tapi(doc(
        fr = "Au moins un argument pointeur n’est pas valide.",
        de = "Mindestens ein Zeigerargument ist ungültig."
    ))]
    InvalPointer = 0x9000_0015,
    /// The `dwPrivilege` argument, for example of `phoneOpen`, is not valid.
    #[tapi(doc(
        fr = "L’argument `dwPrivilege`, par exemple celui de `phoneOpen`, n’est pas valide.",
        de = "Das Argument `dwPrivilege`, etwa von `phoneOpen`, ist ungültig."
    ))]
    InvalPrivilege = 0x9000_0016,
    /// The ring mode argument is not valid.
    #[tapi(doc(
        fr = "L’argument de mode de sonnerie n’est pas valide.",
        de = "Das Argument für den Klingelmodus ist ungültig."
    ))]
    InvalRingMode = 0x9000_0017,
    /// The device identifier used to be valid but is no longer accepted: the device was removed since TAPI was initialized, or is damaged in a way not detected at initialization.
    #[tapi(doc(
        fr = "L’identifiant de périphérique était valide mais n’est plus accepté : le périphérique a été retiré depuis l’initialisation de TAPI ou présente un défaut non détecté lors de l’initialisation.",
        de = "Die Gerätekennung war gültig, wird aber nicht mehr akzeptiert: Das Gerät wurde seit der Initialisierung von TAPI entfernt oder weist einen Defekt auf, der bei der Initialisierung nicht erkannt wurde."
    ))]
    NoDevice = 0x9000_0018,
    /// A component of the device's telephony service provider is missing or damaged, which was not detected at initialization; the user should repair it through the telephony settings in Control Panel.
    #[tapi(doc(
        fr = "Un composant du fournisseur de services téléphoniques du périphérique est absent ou endommagé, sans que cela ait été détecté à l’initialisation ; l’utilisateur doit y remédier via les paramètres de téléphonie du Panneau de configuration.",
        de = "Eine Komponente des Telefonie-Dienstanbieters des Geräts fehlt oder ist beschädigt, ohne dass dies bei der Initialisierung erkannt wurde; der Benutzer sollte dies über die Telefonieeinstellungen in der Systemsteuerung beheben."
    ))]
    NoDriver = 0x9000_0019,
    /// Not enough memory was available, or memory could not be allocated or locked, to carry out the operation.
    #[tapi(doc(
        fr = "La mémoire disponible est insuffisante, ou la mémoire n’a pas pu être allouée ou verrouillée, pour mener à bien l’opération.",
        de = "Für die Ausführung der Operation stand nicht genügend Speicher zur Verfügung, oder Speicher konnte nicht zugewiesen oder gesperrt werden."
    ))]
    NoMem = 0x9000_001A,
    /// The operation needs owner privilege on the phone, and the application does not have it.
    #[tapi(doc(
        fr = "L’opération exige le privilège de propriétaire sur le poste, et l’application ne le détient pas.",
        de = "Die Operation erfordert das Besitzerprivileg für das Telefongerät, und die Anwendung verfügt nicht darüber."
    ))]
    NotOwner = 0x9000_001B,
    /// The operation failed and no more specific reason is given.
    #[tapi(doc(
        fr = "L’opération a échoué sans qu’une raison plus précise soit fournie.",
        de = "Die Operation ist fehlgeschlagen, ohne dass ein genauerer Grund angegeben wird."
    ))]
    OperationFailed = 0x9000_001C,
    /// The operation is not supported or not available.
    #[tapi(doc(
        fr = "L’opération n’est pas prise en charge ou n’est pas disponible.",
        de = "Die Operation wird nicht unterstützt oder ist nicht verfügbar."
    ))]
    OperationUnavail = 0x9000_001D,
    /// The operation could not be completed because the resources it needs are overcommitted.
    #[tapi(doc(
        fr = "L’opération n’a pas pu aboutir car les ressources nécessaires sont surchargées.",
        de = "Die Operation konnte nicht abgeschlossen werden, weil die benötigten Ressourcen überbelegt sind."
    ))]
    ResourceUnavail = 0x9000_001F,
    /// Too many asynchronous phone requests are already outstanding.
    #[tapi(doc(
        fr = "Trop de requêtes téléphoniques asynchrones sont déjà en cours.",
        de = "Es stehen bereits zu viele asynchrone Anforderungen an Telefongeräte aus."
    ))]
    RequestOverrun = 0x9000_0020,
    /// The structure supplied (for example a `PHONECAPS` buffer) is too small.
    #[tapi(doc(
        fr = "La structure fournie (par exemple une mémoire tampon `PHONECAPS`) est trop petite.",
        de = "Die übergebene Struktur (etwa ein Puffer `PHONECAPS`) ist zu klein."
    ))]
    StructureTooSmall = 0x9000_0021,
    /// The operation was called before any application had initialized TAPI with `phoneInitialize` or `phoneInitializeEx`.
    #[tapi(doc(
        fr = "L’opération a été appelée avant qu’une application ait initialisé TAPI avec `phoneInitialize` ou `phoneInitializeEx`.",
        de = "Die Operation wurde aufgerufen, bevor eine Anwendung TAPI mit `phoneInitialize` oder `phoneInitializeEx` initialisiert hatte."
    ))]
    Uninitialized = 0x9000_0022,
    /// A TAPI reinitialization is pending (for example after a service provider was added or removed): `phoneInitialize`, `phoneInitializeEx` and `phoneOpen` are refused until the last application has called `phoneShutdown`, after which the new configuration applies.
    #[tapi(doc(
        fr = "Une réinitialisation de TAPI est en attente (par exemple après l’ajout ou le retrait d’un fournisseur de services) : `phoneInitialize`, `phoneInitializeEx` et `phoneOpen` sont refusées jusqu’à ce que la dernière application ait appelé `phoneShutdown`, après quoi la nouvelle configuration s’applique.",
        de = "Eine Neuinitialisierung von TAPI steht aus (etwa nachdem ein Dienstanbieter hinzugefügt oder entfernt wurde): `phoneInitialize`, `phoneInitializeEx` und `phoneOpen` werden abgewiesen, bis die letzte Anwendung `phoneShutdown` aufgerufen hat; danach gilt die neue Konfiguration."
    ))]
    Reinit = 0x9000_0023,
    /// The call was disconnected.
    #[tapi(doc(
        fr = "L’appel a été déconnecté.",
        de = "Die Verbindung des Anrufs wurde getrennt."
    ))]
    Disconnected = 0x9000_0024,
    /// The telephony service (TapiSrv) is not running or could not be reached, so the request could not be processed.
    #[tapi(name = "SERVICE_NOT_RUNNING")]
    #[tapi(doc(
        fr = "Le service Téléphonie (TapiSrv) n’est pas démarré ou n’a pas pu être joint, si bien que la requête n’a pas pu être traitée.",
        de = "Der Telefoniedienst (TapiSrv) läuft nicht oder war nicht erreichbar, daher konnte die Anforderung nicht verarbeitet werden."
    ))]
    ServiceNotRunning = 0x9000_0025,
}
