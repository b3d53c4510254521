// @generated from tapi-consts/families/phone_errors.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Error codes of the TAPI phone functions (`PHONEERR_`).
/// Error codes that TAPI returns when an operation on a phone device fails.
///
/// `phone*` functions return one of these (as a negative `LONG`) instead of 0 or a positive
/// request identifier; asynchronous requests report them in `dwParam2` of the `PHONE_REPLY`
/// message. Each function's reference lists which codes it can return. 0xC0000000 and above
/// are left for device-specific errors, and an application should treat any code it does not
/// recognize like `OperationFailed`. There is no code 0x9000001E.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum PhoneErr {
    /// The requested resource has already been allocated.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_ALLOCATED` = `0x90000001`")]
    Allocated = 0x9000_0001,
    /// The device identifier given is not valid or lies outside the range of phone devices.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_BADDEVICEID` = `0x90000002`")]
    BadDeviceId = 0x9000_0002,
    /// Neither TAPI nor the service provider can support the API version, or range of versions, that the application asked for.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INCOMPATIBLEAPIVERSION` = `0x90000003`")]
    IncompatibleApiVersion = 0x9000_0003,
    /// The service provider cannot support the extension version, or range of versions, that the application asked for.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INCOMPATIBLEEXTVERSION` = `0x90000004`")]
    IncompatibleExtVersion = 0x9000_0004,
    /// TAPI cannot make sense of its configuration (the `Telephon.ini` data) because it is inconsistent or badly formatted.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INIFILECORRUPT` = `0x90000005`")]
    IniFileCorrupt = 0x9000_0005,
    /// The device is busy being used and cannot be configured now.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INUSE` = `0x90000006`")]
    InUse = 0x9000_0006,
    /// The application's usage handle (`HPHONEAPP`) or registration handle is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALAPPHANDLE` = `0x90000007`")]
    InvalAppHandle = 0x9000_0007,
    /// The application name supplied is not valid; it must be a null-terminated string of displayable characters.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALAPPNAME` = `0x90000008`")]
    InvalAppName = 0x9000_0008,
    /// The button/lamp identifier is not valid or is outside the range the phone has.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALBUTTONLAMPID` = `0x90000009`")]
    InvalButtonLampId = 0x9000_0009,
    /// The button mode argument is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALBUTTONMODE` = `0x9000000A`")]
    InvalButtonMode = 0x9000_000A,
    /// The button state argument is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALBUTTONSTATE` = `0x9000000B`")]
    InvalButtonState = 0x9000_000B,
    /// The data area identifier given (as used by `phoneGetData` and `phoneSetData`) is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALDATAID` = `0x9000000C`")]
    InvalDataId = 0x9000_000C,
    /// The phone does not support the device class that was named.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALDEVICECLASS` = `0x9000000D`")]
    InvalDeviceClass = 0x9000_000D,
    /// The service provider's extension version number is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALEXTVERSION` = `0x9000000E`")]
    InvalExtVersion = 0x9000_000E,
    /// The hook switch device argument is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALHOOKSWITCHDEV` = `0x9000000F`")]
    InvalHookSwitchDev = 0x9000_000F,
    /// The hook switch mode argument is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALHOOKSWITCHMODE` = `0x90000010`")]
    InvalHookSwitchMode = 0x9000_0010,
    /// The lamp mode argument is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALLAMPMODE` = `0x90000011`")]
    InvalLampMode = 0x9000_0011,
    /// An argument, for example a display row or column or a window handle, is not valid or is out of range.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALPARAM` = `0x90000012`")]
    InvalParam = 0x9000_0012,
    /// The phone handle (`HPHONE`) given is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALPHONEHANDLE` = `0x90000013`")]
    InvalPhoneHandle = 0x9000_0013,
    /// The phone device is not in a state that allows the requested operation.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALPHONESTATE` = `0x90000014`")]
    InvalPhoneState = 0x9000_0014,
    /// At least one pointer argument is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALPOINTER` = `0x90000015`")]
    InvalPointer = 0x9000_0015,
    /// The `dwPrivilege` argument, for example of `phoneOpen`, is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALPRIVILEGE` = `0x90000016`")]
    InvalPrivilege = 0x9000_0016,
    /// The ring mode argument is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_INVALRINGMODE` = `0x90000017`")]
    InvalRingMode = 0x9000_0017,
    /// The device identifier used to be valid but is no longer accepted: the device was removed since TAPI was initialized, or is damaged in a way not detected at initialization.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_NODEVICE` = `0x90000018`")]
    NoDevice = 0x9000_0018,
    /// A component of the device's telephony service provider is missing or damaged, which was not detected at initialization; the user should repair it through the telephony settings in Control Panel.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_NODRIVER` = `0x90000019`")]
    NoDriver = 0x9000_0019,
    /// Not enough memory was available, or memory could not be allocated or locked, to carry out the operation.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_NOMEM` = `0x9000001A`")]
    NoMem = 0x9000_001A,
    /// The operation needs owner privilege on the phone, and the application does not have it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_NOTOWNER` = `0x9000001B`")]
    NotOwner = 0x9000_001B,
    /// The operation failed and no more specific reason is given.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_OPERATIONFAILED` = `0x9000001C`")]
    OperationFailed = 0x9000_001C,
    /// The operation is not supported or not available.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_OPERATIONUNAVAIL` = `0x9000001D`")]
    OperationUnavail = 0x9000_001D,
    /// The operation could not be completed because the resources it needs are overcommitted.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_RESOURCEUNAVAIL` = `0x9000001F`")]
    ResourceUnavail = 0x9000_001F,
    /// Too many asynchronous phone requests are already outstanding.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_REQUESTOVERRUN` = `0x90000020`")]
    RequestOverrun = 0x9000_0020,
    /// The structure supplied (for example a `PHONECAPS` buffer) is too small.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_STRUCTURETOOSMALL` = `0x90000021`")]
    StructureTooSmall = 0x9000_0021,
    /// The operation was called before any application had initialized TAPI with `phoneInitialize` or `phoneInitializeEx`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_UNINITIALIZED` = `0x90000022`")]
    Uninitialized = 0x9000_0022,
    /// A TAPI reinitialization is pending (for example after a service provider was added or removed): `phoneInitialize`, `phoneInitializeEx` and `phoneOpen` are refused until the last application has called `phoneShutdown`, after which the new configuration applies.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_REINIT` = `0x90000023`")]
    Reinit = 0x9000_0023,
    /// The call was disconnected.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_DISCONNECTED` = `0x90000024`")]
    Disconnected = 0x9000_0024,
    /// The telephony service (TapiSrv) is not running or could not be reached, so the request could not be processed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEERR_SERVICE_NOT_RUNNING` = `0x90000025`")]
    ServiceNotRunning = 0x9000_0025,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Error codes that TAPI returns when an operation on a phone device fails.\n\n`phone*` functions return one of these (as a negative `LONG`) instead of 0 or a positive request identifier; asynchronous requests report them in `dwParam2` of the `PHONE_REPLY` message. Each function's reference lists which codes it can return. 0xC0000000 and above are left for device-specific errors, and an application should treat any code it does not recognize like `OperationFailed`. There is no code 0x9000001E.The requested resource has already been allocated.The device identifier given is not valid or lies outside the range of phone devices.Neither TAPI nor the service provider can support the API version, or range of versions, that the application asked for.The service provider cannot support the extension version, or range of versions, that the application asked for.TAPI cannot make sense of its configuration (the `Telephon.ini` data) because it is inconsistent or badly formatted.The device is busy being used and cannot be configured now.The application's usage handle (`HPHONEAPP`) or registration handle is not valid.The application name supplied is not valid; it must be a null-terminated string of displayable characters.The button/lamp identifier is not valid or is outside the range the phone has.The button mode argument is not valid.The button state argument is not valid.The data area identifier given (as used by `phoneGetData` and `phoneSetData`) is not valid.The phone does not support the device class that was named.The service provider's extension version number is not valid.The hook switch device argument is not valid.The hook switch mode argument is not valid.The lamp mode argument is not valid.An argument, for example a display row or column or a window handle, is not valid or is out of range.The phone handle (`HPHONE`) given is not valid.The phone device is not in a state that allows the requested operation.At least one pointer argument is not valid.The `dwPrivilege` argument, for example of `phoneOpen`, is not valid.The ring mode argument is not valid.The device identifier used to be valid but is no longer accepted: the device was removed since TAPI was initialized, or is damaged in a way not detected at initialization.A component of the device's telephony service provider is missing or damaged, which was not detected at initialization; the user should repair it through the telephony settings in Control Panel.Not enough memory was available, or memory could not be allocated or locked, to carry out the operation.The operation needs owner privilege on the phone, and the application does not have it.The operation failed and no more specific reason is given.The operation is not supported or not available.The operation could not be completed because the resources it needs are overcommitted.Too many asynchronous phone requests are already outstanding.The structure supplied (for example a `PHONECAPS` buffer) is too small.The operation was called before any application had initialized TAPI with `phoneInitialize` or `phoneInitializeEx`.A TAPI reinitialization is pending (for example after a service provider was added or removed): `phoneInitialize`, `phoneInitializeEx` and `phoneOpen` are refused until the last application has called `phoneShutdown`, after which the new configuration applies.The call was disconnected.The telephony service (TapiSrv) is not running or could not be reached, so the request could not be processed."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Fehlercodes, die TAPI zurückgibt, wenn eine Operation auf einem Telefongerät fehlschlägt.\n\nDie Funktionen `phone*` geben einen dieser Codes (als negativen `LONG`) statt 0 oder einer positiven Anforderungskennung zurück; asynchrone Anforderungen melden ihn in `dwParam2` der Nachricht `PHONE_REPLY`. Die Referenz jeder Funktion führt auf, welche Codes sie zurückgeben kann. Werte ab 0xC0000000 sind gerätespezifischen Fehlern vorbehalten, und eine Anwendung sollte jeden Code, den sie nicht kennt, wie `OperationFailed` behandeln. Den Code 0x9000001E gibt es nicht.Die angeforderte Ressource ist bereits belegt.Die angegebene Gerätekennung ist ungültig oder liegt außerhalb des Bereichs der Telefongeräte.Weder TAPI noch der Dienstanbieter unterstützen die API-Version oder den Versionsbereich, den die Anwendung angefordert hat.Der Dienstanbieter unterstützt die Erweiterungsversion oder den Versionsbereich, den die Anwendung angefordert hat, nicht.TAPI kann seine Konfiguration (die Daten von `Telephon.ini`) nicht auswerten, weil sie widersprüchlich oder fehlerhaft formatiert ist.Das Gerät wird gerade verwendet und kann derzeit nicht konfiguriert werden.Das Nutzungshandle (`HPHONEAPP`) oder das Registrierungshandle der Anwendung ist ungültig.Der angegebene Anwendungsname ist ungültig; er muss eine nullterminierte Zeichenkette aus darstellbaren Zeichen sein.Die Tasten-/Lampenkennung ist ungültig oder liegt außerhalb des Bereichs, über den das Telefon verfügt.Das Argument für den Tastenmodus ist ungültig.Das Argument für den Tastenzustand ist ungültig.Die angegebene Kennung des Datenbereichs (wie sie `phoneGetData` und `phoneSetData` verwenden) ist ungültig.Das Telefongerät unterstützt die angegebene Geräteklasse nicht.Die Nummer der Erweiterungsversion des Dienstanbieters ist ungültig.Das Argument für das Gerät mit Gabelumschalter ist ungültig.Das Argument für den Modus des Gabelumschalters ist ungültig.Das Argument für das Leuchtmuster ist ungültig.Ein Argument, etwa eine Zeile oder Spalte des Displays oder ein Fensterhandle, ist ungültig oder liegt außerhalb des zulässigen Bereichs.Das angegebene Handle des Telefongeräts (`HPHONE`) ist ungültig.Das Telefongerät befindet sich nicht in einem Zustand, der die angeforderte Operation zulässt.Mindestens ein Zeigerargument ist ungültig.Das Argument `dwPrivilege`, etwa von `phoneOpen`, ist ungültig.Das Argument für den Klingelmodus ist ungültig.Die Gerätekennung war gültig, wird aber nicht mehr akzeptiert: Das Gerät wurde seit der Initialisierung von TAPI entfernt oder weist einen Defekt auf, der bei der Initialisierung nicht erkannt wurde.Eine Komponente des Telefonie-Dienstanbieters des Geräts fehlt oder ist beschädigt, ohne dass dies bei der Initialisierung erkannt wurde; der Benutzer sollte dies über die Telefonieeinstellungen in der Systemsteuerung beheben.Für die Ausführung der Operation stand nicht genügend Speicher zur Verfügung, oder Speicher konnte nicht zugewiesen oder gesperrt werden.Die Operation erfordert das Besitzerprivileg für das Telefongerät, und die Anwendung verfügt nicht darüber.Die Operation ist fehlgeschlagen, ohne dass ein genauerer Grund angegeben wird.Die Operation wird nicht unterstützt oder ist nicht verfügbar.Die Operation konnte nicht abgeschlossen werden, weil die benötigten Ressourcen überbelegt sind.Es stehen bereits zu viele asynchrone Anforderungen an Telefongeräte aus.Die übergebene Struktur (etwa ein Puffer `PHONECAPS`) ist zu klein.Die Operation wurde aufgerufen, bevor eine Anwendung TAPI mit `phoneInitialize` oder `phoneInitializeEx` initialisiert hatte.Eine Neuinitialisierung von TAPI steht aus (etwa nachdem ein Dienstanbieter hinzugefügt oder entfernt wurde): `phoneInitialize`, `phoneInitializeEx` und `phoneOpen` werden abgewiesen, bis die letzte Anwendung `phoneShutdown` aufgerufen hat; danach gilt die neue Konfiguration.Die Verbindung des Anrufs wurde getrennt.Der Telefoniedienst (TapiSrv) läuft nicht oder war nicht erreichbar, daher konnte die Anforderung nicht verarbeitet werden."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Codes d’erreur renvoyés par TAPI lorsqu’une opération sur un périphérique téléphonique échoue.\n\nLes fonctions `phone*` renvoient l’un de ces codes (sous forme de `LONG` négatif) au lieu de 0 ou d’un identifiant de requête positif ; les requêtes asynchrones les signalent dans `dwParam2` du message `PHONE_REPLY`. La documentation de chaque fonction indique les codes qu’elle peut renvoyer. Les valeurs à partir de 0xC0000000 sont réservées aux erreurs propres au périphérique, et une application doit traiter tout code qu’elle ne reconnaît pas comme `OperationFailed`. Le code 0x9000001E n’existe pas.La ressource demandée est déjà allouée.L’identifiant de périphérique fourni n’est pas valide ou se situe hors de la plage des périphériques téléphoniques.Ni TAPI ni le fournisseur de services ne peuvent prendre en charge la version d’API, ou la plage de versions, demandée par l’application.Le fournisseur de services ne peut pas prendre en charge la version d’extension, ou la plage de versions, demandée par l’application.TAPI ne parvient pas à exploiter sa configuration (les données de `Telephon.ini`), qui est incohérente ou mal formée.Le périphérique est en cours d’utilisation et ne peut pas être configuré pour l’instant.Le handle d’utilisation (`HPHONEAPP`) ou d’inscription de l’application n’est pas valide.Le nom d’application fourni n’est pas valide ; il doit s’agir d’une chaîne terminée par un caractère nul et composée de caractères affichables.L’identifiant de bouton/voyant n’est pas valide ou sort de la plage dont dispose le poste.L’argument de mode de bouton n’est pas valide.L’argument d’état de bouton n’est pas valide.L’identifiant de zone de données fourni (tel qu’utilisé par `phoneGetData` et `phoneSetData`) n’est pas valide.Le poste ne prend pas en charge la classe de périphérique indiquée.Le numéro de version d’extension du fournisseur de services n’est pas valide.L’argument de périphérique à commutateur crochet n’est pas valide.L’argument de mode du commutateur crochet n’est pas valide.L’argument de mode de voyant n’est pas valide.Un argument, par exemple une ligne ou une colonne de l’afficheur ou un handle de fenêtre, n’est pas valide ou sort de la plage admise.Le handle de périphérique téléphonique (`HPHONE`) fourni n’est pas valide.Le périphérique téléphonique n’est pas dans un état qui permet l’opération demandée.Au moins un argument pointeur n’est pas valide.L’argument `dwPrivilege`, par exemple celui de `phoneOpen`, n’est pas valide.L’argument de mode de sonnerie n’est pas valide.L’identifiant de périphérique était valide mais n’est plus accepté : le périphérique a été retiré depuis l’initialisation de TAPI ou présente un défaut non détecté lors de l’initialisation.Un composant du fournisseur de services téléphoniques du périphérique est absent ou endommagé, sans que cela ait été détecté à l’initialisation ; l’utilisateur doit y remédier via les paramètres de téléphonie du Panneau de configuration.La mémoire disponible est insuffisante, ou la mémoire n’a pas pu être allouée ou verrouillée, pour mener à bien l’opération.L’opération exige le privilège de propriétaire sur le poste, et l’application ne le détient pas.L’opération a échoué sans qu’une raison plus précise soit fournie.L’opération n’est pas prise en charge ou n’est pas disponible.L’opération n’a pas pu aboutir car les ressources nécessaires sont surchargées.Trop de requêtes téléphoniques asynchrones sont déjà en cours.La structure fournie (par exemple une mémoire tampon `PHONECAPS`) est trop petite.L’opération a été appelée avant qu’une application ait initialisé TAPI avec `phoneInitialize` ou `phoneInitializeEx`.Une réinitialisation de TAPI est en attente (par exemple après l’ajout ou le retrait d’un fournisseur de services) : `phoneInitialize`, `phoneInitializeEx` et `phoneOpen` sont refusées jusqu’à ce que la dernière application ait appelé `phoneShutdown`, après quoi la nouvelle configuration s’applique.L’appel a été déconnecté.Le service Téléphonie (TapiSrv) n’est pas démarré ou n’a pas pu être joint, si bien que la requête n’a pas pu être traitée."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneErr",
            prefix: "PHONEERR_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 2415919167u64,
            selector_mask: 0u64,
            device_specific: __tapi::Some(__tapi::DeviceSpecific::From(3221225472u64)),
            table: __tapi::Table {
                names: &[
                    "PHONEERR_ALLOCATED",
                    "PHONEERR_BADDEVICEID",
                    "PHONEERR_INCOMPATIBLEAPIVERSION",
                    "PHONEERR_INCOMPATIBLEEXTVERSION",
                    "PHONEERR_INIFILECORRUPT",
                    "PHONEERR_INUSE",
                    "PHONEERR_INVALAPPHANDLE",
                    "PHONEERR_INVALAPPNAME",
                    "PHONEERR_INVALBUTTONLAMPID",
                    "PHONEERR_INVALBUTTONMODE",
                    "PHONEERR_INVALBUTTONSTATE",
                    "PHONEERR_INVALDATAID",
                    "PHONEERR_INVALDEVICECLASS",
                    "PHONEERR_INVALEXTVERSION",
                    "PHONEERR_INVALHOOKSWITCHDEV",
                    "PHONEERR_INVALHOOKSWITCHMODE",
                    "PHONEERR_INVALLAMPMODE",
                    "PHONEERR_INVALPARAM",
                    "PHONEERR_INVALPHONEHANDLE",
                    "PHONEERR_INVALPHONESTATE",
                    "PHONEERR_INVALPOINTER",
                    "PHONEERR_INVALPRIVILEGE",
                    "PHONEERR_INVALRINGMODE",
                    "PHONEERR_NODEVICE",
                    "PHONEERR_NODRIVER",
                    "PHONEERR_NOMEM",
                    "PHONEERR_NOTOWNER",
                    "PHONEERR_OPERATIONFAILED",
                    "PHONEERR_OPERATIONUNAVAIL",
                    "PHONEERR_RESOURCEUNAVAIL",
                    "PHONEERR_REQUESTOVERRUN",
                    "PHONEERR_STRUCTURETOOSMALL",
                    "PHONEERR_UNINITIALIZED",
                    "PHONEERR_REINIT",
                    "PHONEERR_DISCONNECTED",
                    "PHONEERR_SERVICE_NOT_RUNNING",
                ],
                bits: &[
                    2415919105u64, 2415919106u64, 2415919107u64, 2415919108u64,
                    2415919109u64, 2415919110u64, 2415919111u64, 2415919112u64,
                    2415919113u64, 2415919114u64, 2415919115u64, 2415919116u64,
                    2415919117u64, 2415919118u64, 2415919119u64, 2415919120u64,
                    2415919121u64, 2415919122u64, 2415919123u64, 2415919124u64,
                    2415919125u64, 2415919126u64, 2415919127u64, 2415919128u64,
                    2415919129u64, 2415919130u64, 2415919131u64, 2415919132u64,
                    2415919133u64, 2415919135u64, 2415919136u64, 2415919137u64,
                    2415919138u64, 2415919139u64, 2415919140u64, 2415919141u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xED\x01\0\0\0\0\0\0;\x02\0\0\0\0\0\0w\x02\0\0\xFF\xFF\0\0\0\0\xED\x01\0\x002\0\0\0;\x02\0\0.\0\0\0w\x02\0\0+\0\0\0\xFF\xFF\0\0\0\0\x1F\x02\0\0T\0\0\0i\x02\0\0b\0\0\0\xA2\x02\0\0}\0\0\0\xFF\xFF\0\0\0\0s\x02\0\0x\0\0\0\xCB\x02\0\0}\0\0\0\x1F\x03\0\0\x8E\0\0\0\xFF\xFF\0\0\0\0\xEB\x02\0\0p\0\0\0H\x03\0\0{\0\0\0\xAD\x03\0\0\x8A\0\0\0\xFF\xFF\0\0\0\0[\x03\0\0t\0\0\0\xC3\x03\0\0\x87\0\0\x007\x04\0\0y\0\0\0\xFF\xFF\0\0\0\0\xCF\x03\0\0;\0\0\0J\x04\0\0L\0\0\0\xB0\x04\0\0`\0\0\0\xFF\xFF\0\0\0\0\n\x04\0\0Q\0\0\0\x96\x04\0\0[\0\0\0\x10\x05\0\0a\0\0\0\xFF\xFF\0\0\0\0[\x04\0\0j\0\0\0\xF1\x04\0\0v\0\0\0q\x05\0\0\x9C\0\0\0\xFF\xFF\0\0\0\0\xC5\x04\0\0N\0\0\0g\x05\0\0k\0\0\0\r\x06\0\0^\0\0\0\xFF\xFF\0\0\0\0\x13\x05\0\0&\0\0\0\xD2\x05\0\x000\0\0\0k\x06\0\x002\0\0\0\xFF\xFF\0\0\0\09\x05\0\0'\0\0\0\x02\x06\0\x002\0\0\0\x9D\x06\0\x004\0\0\0\xFF\xFF\0\0\0\0`\x05\0\0[\0\0\x004\x06\0\0m\0\0\0\xD1\x06\0\0w\0\0\0\xFF\xFF\0\0\0\0\xBB\x05\0\0;\0\0\0\xA1\x06\0\0B\0\0\0H\x07\0\0F\0\0\0\xFF\xFF\0\0\0\0\xF6\x05\0\0=\0\0\0\xE3\x06\0\0E\0\0\0\x8E\x07\0\0R\0\0\0\xFF\xFF\0\0\0\x003\x06\0\0-\0\0\0(\x07\0\0?\0\0\0\xE0\x07\0\0I\0\0\0\xFF\xFF\0\0\0\0`\x06\0\0+\0\0\0g\x07\0\0?\0\0\0)\x08\0\0?\0\0\0\xFF\xFF\0\0\0\0\x8B\x06\0\0$\0\0\0\xA6\x07\0\x001\0\0\0h\x08\0\x002\0\0\0\xFF\xFF\0\0\0\0\xAF\x06\0\0e\0\0\0\xD7\x07\0\0\x8C\0\0\0\x9A\x08\0\0\x8B\0\0\0\xFF\xFF\0\0\0\0\x14\x07\0\0/\0\0\0c\x08\0\0B\0\0\0%\t\0\0P\0\0\0\xFF\xFF\0\0\0\0C\x07\0\0G\0\0\0\xA5\x08\0\0`\0\0\0u\t\0\0_\0\0\0\xFF\xFF\0\0\0\0\x8A\x07\0\0+\0\0\0\x05\t\0\0,\0\0\0\xD4\t\0\x001\0\0\0\xFF\xFF\0\0\0\0\xB5\x07\0\0E\0\0\x001\t\0\0@\0\0\0\x05\n\0\0Q\0\0\0\xFF\xFF\0\0\0\0\xFA\x07\0\0$\0\0\0q\t\0\x001\0\0\0V\n\0\x004\0\0\0\xFF\xFF\0\0\0\0\x1E\x08\0\0\xAB\0\0\0\xA2\t\0\0\xCA\0\0\0\x8A\n\0\0\xD2\0\0\0\xFF\xFF\0\0\0\0\xC9\x08\0\0\xC2\0\0\0l\n\0\0\xE5\0\0\0\\\x0B\0\0\xFF\0\0\0\xFF\xFF\0\0\0\0\x8B\t\0\0h\0\0\0Q\x0B\0\0\x8D\0\0\0[\x0C\0\0\x87\0\0\0\xFF\xFF\0\0\0\0\xF3\t\0\0W\0\0\0\xDE\x0B\0\0o\0\0\0\xE2\x0C\0\0h\0\0\0\xFF\xFF\0\0\0\0J\n\0\0:\0\0\0M\x0C\0\0O\0\0\0J\r\0\0J\0\0\0\xFF\xFF\0\0\0\0\x84\n\0\x000\0\0\0\x9C\x0C\0\0@\0\0\0\x94\r\0\0E\0\0\0\xFF\xFF\0\0\0\0\xB4\n\0\0V\0\0\0\xDC\x0C\0\0b\0\0\0\xD9\r\0\0V\0\0\0\xFF\xFF\0\0\0\0\n\x0B\0\0=\0\0\0>\r\0\0J\0\0\0/\x0E\0\0C\0\0\0\xFF\xFF\0\0\0\0G\x0B\0\0G\0\0\0\x88\r\0\0D\0\0\0r\x0E\0\0S\0\0\0\xFF\xFF\0\0\0\0\x8E\x0B\0\0s\0\0\0\xCC\r\0\0}\0\0\0\xC5\x0E\0\0~\0\0\0\xFF\xFF\0\0\0\0\x01\x0C\0\0\x04\x01\0\0I\x0E\0\0\x15\x01\0\0C\x0F\0\0;\x01\0\0\xFF\xFF\0\0\0\0\x05\r\0\0\x1A\0\0\0^\x0F\0\0)\0\0\0~\x10\0\0\x1F\0\0\0\xFF\xFF\0\0\0\0\x1F\r\0\0n\0\0\0\x87\x0F\0\0|\0\0\0\x9D\x10\0\0\x89\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHONEERR_ALLOCATED",
                        "PHONEERR_BADDEVICEID",
                        "PHONEERR_INCOMPATIBLEAPIVERSION",
                        "PHONEERR_INCOMPATIBLEEXTVERSION",
                        "PHONEERR_INIFILECORRUPT",
                        "PHONEERR_INUSE",
                        "PHONEERR_INVALAPPHANDLE",
                        "PHONEERR_INVALAPPNAME",
                        "PHONEERR_INVALBUTTONLAMPID",
                        "PHONEERR_INVALBUTTONMODE",
                        "PHONEERR_INVALBUTTONSTATE",
                        "PHONEERR_INVALDATAID",
                        "PHONEERR_INVALDEVICECLASS",
                        "PHONEERR_INVALEXTVERSION",
                        "PHONEERR_INVALHOOKSWITCHDEV",
                        "PHONEERR_INVALHOOKSWITCHMODE",
                        "PHONEERR_INVALLAMPMODE",
                        "PHONEERR_INVALPARAM",
                        "PHONEERR_INVALPHONEHANDLE",
                        "PHONEERR_INVALPHONESTATE",
                        "PHONEERR_INVALPOINTER",
                        "PHONEERR_INVALPRIVILEGE",
                        "PHONEERR_INVALRINGMODE",
                        "PHONEERR_NODEVICE",
                        "PHONEERR_NODRIVER",
                        "PHONEERR_NOMEM",
                        "PHONEERR_NOTOWNER",
                        "PHONEERR_OPERATIONFAILED",
                        "PHONEERR_OPERATIONUNAVAIL",
                        "PHONEERR_RESOURCEUNAVAIL",
                        "PHONEERR_REQUESTOVERRUN",
                        "PHONEERR_STRUCTURETOOSMALL",
                        "PHONEERR_UNINITIALIZED",
                        "PHONEERR_REINIT",
                        "PHONEERR_DISCONNECTED",
                        "PHONEERR_SERVICE_NOT_RUNNING",
                        "ALLOCATED",
                        "BADDEVICEID",
                        "INCOMPATIBLEAPIVERSION",
                        "INCOMPATIBLEEXTVERSION",
                        "INIFILECORRUPT",
                        "INUSE",
                        "INVALAPPHANDLE",
                        "INVALAPPNAME",
                        "INVALBUTTONLAMPID",
                        "INVALBUTTONMODE",
                        "INVALBUTTONSTATE",
                        "INVALDATAID",
                        "INVALDEVICECLASS",
                        "INVALEXTVERSION",
                        "INVALHOOKSWITCHDEV",
                        "INVALHOOKSWITCHMODE",
                        "INVALLAMPMODE",
                        "INVALPARAM",
                        "INVALPHONEHANDLE",
                        "INVALPHONESTATE",
                        "INVALPOINTER",
                        "INVALPRIVILEGE",
                        "INVALRINGMODE",
                        "NODEVICE",
                        "NODRIVER",
                        "NOMEM",
                        "NOTOWNER",
                        "OPERATIONFAILED",
                        "OPERATIONUNAVAIL",
                        "RESOURCEUNAVAIL",
                        "REQUESTOVERRUN",
                        "STRUCTURETOOSMALL",
                        "UNINITIALIZED",
                        "REINIT",
                        "DISCONNECTED",
                        "SERVICE_NOT_RUNNING",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\x1F\0 \0!\0\"\0#\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 17570494742789084133u64,
                        shift: 54u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF>\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x16\0\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\x003\0\x0F\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF1\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x1A\0\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF@\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF;\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF6\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF9\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF.\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF=\0\x19\0D\0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x1D\0\xFF\xFF\xFF\xFF(\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF%\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFE\0!\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0\x07\0\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0\0\0#\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF2\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFG\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF:\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF<\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0\t\0\xFF\xFF\xFF\xFFF\0\"\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF0\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF8\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF7\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF5\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0!\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF?\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\"\0A\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\0\x10\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHONEERR_` family (enumeration, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\n| Constant | Value |\n|---|---|\n| `PHONEERR_ALLOCATED` | `0x90000001` |\n| `PHONEERR_BADDEVICEID` | `0x90000002` |\n| `PHONEERR_INCOMPATIBLEAPIVERSION` | `0x90000003` |\n| `PHONEERR_INCOMPATIBLEEXTVERSION` | `0x90000004` |\n| `PHONEERR_INIFILECORRUPT` | `0x90000005` |\n| `PHONEERR_INUSE` | `0x90000006` |\n| `PHONEERR_INVALAPPHANDLE` | `0x90000007` |\n| `PHONEERR_INVALAPPNAME` | `0x90000008` |\n| `PHONEERR_INVALBUTTONLAMPID` | `0x90000009` |\n| `PHONEERR_INVALBUTTONMODE` | `0x9000000A` |\n| `PHONEERR_INVALBUTTONSTATE` | `0x9000000B` |\n| `PHONEERR_INVALDATAID` | `0x9000000C` |\n| `PHONEERR_INVALDEVICECLASS` | `0x9000000D` |\n| `PHONEERR_INVALEXTVERSION` | `0x9000000E` |\n| `PHONEERR_INVALHOOKSWITCHDEV` | `0x9000000F` |\n| `PHONEERR_INVALHOOKSWITCHMODE` | `0x90000010` |\n| `PHONEERR_INVALLAMPMODE` | `0x90000011` |\n| `PHONEERR_INVALPARAM` | `0x90000012` |\n| `PHONEERR_INVALPHONEHANDLE` | `0x90000013` |\n| `PHONEERR_INVALPHONESTATE` | `0x90000014` |\n| `PHONEERR_INVALPOINTER` | `0x90000015` |\n| `PHONEERR_INVALPRIVILEGE` | `0x90000016` |\n| `PHONEERR_INVALRINGMODE` | `0x90000017` |\n| `PHONEERR_NODEVICE` | `0x90000018` |\n| `PHONEERR_NODRIVER` | `0x90000019` |\n| `PHONEERR_NOMEM` | `0x9000001A` |\n| `PHONEERR_NOTOWNER` | `0x9000001B` |\n| `PHONEERR_OPERATIONFAILED` | `0x9000001C` |\n| `PHONEERR_OPERATIONUNAVAIL` | `0x9000001D` |\n| `PHONEERR_RESOURCEUNAVAIL` | `0x9000001F` |\n| `PHONEERR_REQUESTOVERRUN` | `0x90000020` |\n| `PHONEERR_STRUCTURETOOSMALL` | `0x90000021` |\n| `PHONEERR_UNINITIALIZED` | `0x90000022` |\n| `PHONEERR_REINIT` | `0x90000023` |\n| `PHONEERR_DISCONNECTED` | `0x90000024` |\n| `PHONEERR_SERVICE_NOT_RUNNING` | `0x90000025` |\n\n# Deutsch\n\nFehlercodes, die TAPI zurückgibt, wenn eine Operation auf einem Telefongerät fehlschlägt.<br><br>Die Funktionen `phone*` geben einen dieser Codes (als negativen `LONG`) statt 0 oder einer positiven Anforderungskennung zurück; asynchrone Anforderungen melden ihn in `dwParam2` der Nachricht `PHONE_REPLY`. Die Referenz jeder Funktion führt auf, welche Codes sie zurückgeben kann. Werte ab 0xC0000000 sind gerätespezifischen Fehlern vorbehalten, und eine Anwendung sollte jeden Code, den sie nicht kennt, wie `OperationFailed` behandeln. Den Code 0x9000001E gibt es nicht.\n\n- `PHONEERR_ALLOCATED`: Die angeforderte Ressource ist bereits belegt.\n- `PHONEERR_BADDEVICEID`: Die angegebene Gerätekennung ist ungültig oder liegt außerhalb des Bereichs der Telefongeräte.\n- `PHONEERR_INCOMPATIBLEAPIVERSION`: Weder TAPI noch der Dienstanbieter unterstützen die API-Version oder den Versionsbereich, den die Anwendung angefordert hat.\n- `PHONEERR_INCOMPATIBLEEXTVERSION`: Der Dienstanbieter unterstützt die Erweiterungsversion oder den Versionsbereich, den die Anwendung angefordert hat, nicht.\n- `PHONEERR_INIFILECORRUPT`: TAPI kann seine Konfiguration (die Daten von `Telephon.ini`) nicht auswerten, weil sie widersprüchlich oder fehlerhaft formatiert ist.\n- `PHONEERR_INUSE`: Das Gerät wird gerade verwendet und kann derzeit nicht konfiguriert werden.\n- `PHONEERR_INVALAPPHANDLE`: Das Nutzungshandle (`HPHONEAPP`) oder das Registrierungshandle der Anwendung ist ungültig.\n- `PHONEERR_INVALAPPNAME`: Der angegebene Anwendungsname ist ungültig; er muss eine nullterminierte Zeichenkette aus darstellbaren Zeichen sein.\n- `PHONEERR_INVALBUTTONLAMPID`: Die Tasten-/Lampenkennung ist ungültig oder liegt außerhalb des Bereichs, über den das Telefon verfügt.\n- `PHONEERR_INVALBUTTONMODE`: Das Argument für den Tastenmodus ist ungültig.\n- `PHONEERR_INVALBUTTONSTATE`: Das Argument für den Tastenzustand ist ungültig.\n- `PHONEERR_INVALDATAID`: Die angegebene Kennung des Datenbereichs (wie sie `phoneGetData` und `phoneSetData` verwenden) ist ungültig.\n- `PHONEERR_INVALDEVICECLASS`: Das Telefongerät unterstützt die angegebene Geräteklasse nicht.\n- `PHONEERR_INVALEXTVERSION`: Die Nummer der Erweiterungsversion des Dienstanbieters ist ungültig.\n- `PHONEERR_INVALHOOKSWITCHDEV`: Das Argument für das Gerät mit Gabelumschalter ist ungültig.\n- `PHONEERR_INVALHOOKSWITCHMODE`: Das Argument für den Modus des Gabelumschalters ist ungültig.\n- `PHONEERR_INVALLAMPMODE`: Das Argument für das Leuchtmuster ist ungültig.\n- `PHONEERR_INVALPARAM`: Ein Argument, etwa eine Zeile oder Spalte des Displays oder ein Fensterhandle, ist ungültig oder liegt außerhalb des zulässigen Bereichs.\n- `PHONEERR_INVALPHONEHANDLE`: Das angegebene Handle des Telefongeräts (`HPHONE`) ist ungültig.\n- `PHONEERR_INVALPHONESTATE`: Das Telefongerät befindet sich nicht in einem Zustand, der die angeforderte Operation zulässt.\n- `PHONEERR_INVALPOINTER`: Mindestens ein Zeigerargument ist ungültig.\n- `PHONEERR_INVALPRIVILEGE`: Das Argument `dwPrivilege`, etwa von `phoneOpen`, ist ungültig.\n- `PHONEERR_INVALRINGMODE`: Das Argument für den Klingelmodus ist ungültig.\n- `PHONEERR_NODEVICE`: Die Gerätekennung war gültig, wird aber nicht mehr akzeptiert: Das Gerät wurde seit der Initialisierung von TAPI entfernt oder weist einen Defekt auf, der bei der Initialisierung nicht erkannt wurde.\n- `PHONEERR_NODRIVER`: Eine Komponente des Telefonie-Dienstanbieters des Geräts fehlt oder ist beschädigt, ohne dass dies bei der Initialisierung erkannt wurde; der Benutzer sollte dies über die Telefonieeinstellungen in der Systemsteuerung beheben.\n- `PHONEERR_NOMEM`: Für die Ausführung der Operation stand nicht genügend Speicher zur Verfügung, oder Speicher konnte nicht zugewiesen oder gesperrt werden.\n- `PHONEERR_NOTOWNER`: Die Operation erfordert das Besitzerprivileg für das Telefongerät, und die Anwendung verfügt nicht darüber.\n- `PHONEERR_OPERATIONFAILED`: Die Operation ist fehlgeschlagen, ohne dass ein genauerer Grund angegeben wird.\n- `PHONEERR_OPERATIONUNAVAIL`: Die Operation wird nicht unterstützt oder ist nicht verfügbar.\n- `PHONEERR_RESOURCEUNAVAIL`: Die Operation konnte nicht abgeschlossen werden, weil die benötigten Ressourcen überbelegt sind.\n- `PHONEERR_REQUESTOVERRUN`: Es stehen bereits zu viele asynchrone Anforderungen an Telefongeräte aus.\n- `PHONEERR_STRUCTURETOOSMALL`: Die übergebene Struktur (etwa ein Puffer `PHONECAPS`) ist zu klein.\n- `PHONEERR_UNINITIALIZED`: Die Operation wurde aufgerufen, bevor eine Anwendung TAPI mit `phoneInitialize` oder `phoneInitializeEx` initialisiert hatte.\n- `PHONEERR_REINIT`: Eine Neuinitialisierung von TAPI steht aus (etwa nachdem ein Dienstanbieter hinzugefügt oder entfernt wurde): `phoneInitialize`, `phoneInitializeEx` und `phoneOpen` werden abgewiesen, bis die letzte Anwendung `phoneShutdown` aufgerufen hat; danach gilt die neue Konfiguration.\n- `PHONEERR_DISCONNECTED`: Die Verbindung des Anrufs wurde getrennt.\n- `PHONEERR_SERVICE_NOT_RUNNING`: Der Telefoniedienst (TapiSrv) läuft nicht oder war nicht erreichbar, daher konnte die Anforderung nicht verarbeitet werden.\n\n# Français\n\nCodes d’erreur renvoyés par TAPI lorsqu’une opération sur un périphérique téléphonique échoue.<br><br>Les fonctions `phone*` renvoient l’un de ces codes (sous forme de `LONG` négatif) au lieu de 0 ou d’un identifiant de requête positif ; les requêtes asynchrones les signalent dans `dwParam2` du message `PHONE_REPLY`. La documentation de chaque fonction indique les codes qu’elle peut renvoyer. Les valeurs à partir de 0xC0000000 sont réservées aux erreurs propres au périphérique, et une application doit traiter tout code qu’elle ne reconnaît pas comme `OperationFailed`. Le code 0x9000001E n’existe pas.\n\n- `PHONEERR_ALLOCATED`: La ressource demandée est déjà allouée.\n- `PHONEERR_BADDEVICEID`: L’identifiant de périphérique fourni n’est pas valide ou se situe hors de la plage des périphériques téléphoniques.\n- `PHONEERR_INCOMPATIBLEAPIVERSION`: Ni TAPI ni le fournisseur de services ne peuvent prendre en charge la version d’API, ou la plage de versions, demandée par l’application.\n- `PHONEERR_INCOMPATIBLEEXTVERSION`: Le fournisseur de services ne peut pas prendre en charge la version d’extension, ou la plage de versions, demandée par l’application.\n- `PHONEERR_INIFILECORRUPT`: TAPI ne parvient pas à exploiter sa configuration (les données de `Telephon.ini`), qui est incohérente ou mal formée.\n- `PHONEERR_INUSE`: Le périphérique est en cours d’utilisation et ne peut pas être configuré pour l’instant.\n- `PHONEERR_INVALAPPHANDLE`: Le handle d’utilisation (`HPHONEAPP`) ou d’inscription de l’application n’est pas valide.\n- `PHONEERR_INVALAPPNAME`: Le nom d’application fourni n’est pas valide ; il doit s’agir d’une chaîne terminée par un caractère nul et composée de caractères affichables.\n- `PHONEERR_INVALBUTTONLAMPID`: L’identifiant de bouton/voyant n’est pas valide ou sort de la plage dont dispose le poste.\n- `PHONEERR_INVALBUTTONMODE`: L’argument de mode de bouton n’est pas valide.\n- `PHONEERR_INVALBUTTONSTATE`: L’argument d’état de bouton n’est pas valide.\n- `PHONEERR_INVALDATAID`: L’identifiant de zone de données fourni (tel qu’utilisé par `phoneGetData` et `phoneSetData`) n’est pas valide.\n- `PHONEERR_INVALDEVICECLASS`: Le poste ne prend pas en charge la classe de périphérique indiquée.\n- `PHONEERR_INVALEXTVERSION`: Le numéro de version d’extension du fournisseur de services n’est pas valide.\n- `PHONEERR_INVALHOOKSWITCHDEV`: L’argument de périphérique à commutateur crochet n’est pas valide.\n- `PHONEERR_INVALHOOKSWITCHMODE`: L’argument de mode du commutateur crochet n’est pas valide.\n- `PHONEERR_INVALLAMPMODE`: L’argument de mode de voyant n’est pas valide.\n- `PHONEERR_INVALPARAM`: Un argument, par exemple une ligne ou une colonne de l’afficheur ou un handle de fenêtre, n’est pas valide ou sort de la plage admise.\n- `PHONEERR_INVALPHONEHANDLE`: Le handle de périphérique téléphonique (`HPHONE`) fourni n’est pas valide.\n- `PHONEERR_INVALPHONESTATE`: Le périphérique téléphonique n’est pas dans un état qui permet l’opération demandée.\n- `PHONEERR_INVALPOINTER`: Au moins un argument pointeur n’est pas valide.\n- `PHONEERR_INVALPRIVILEGE`: L’argument `dwPrivilege`, par exemple celui de `phoneOpen`, n’est pas valide.\n- `PHONEERR_INVALRINGMODE`: L’argument de mode de sonnerie n’est pas valide.\n- `PHONEERR_NODEVICE`: L’identifiant de périphérique était valide mais n’est plus accepté : le périphérique a été retiré depuis l’initialisation de TAPI ou présente un défaut non détecté lors de l’initialisation.\n- `PHONEERR_NODRIVER`: Un composant du fournisseur de services téléphoniques du périphérique est absent ou endommagé, sans que cela ait été détecté à l’initialisation ; l’utilisateur doit y remédier via les paramètres de téléphonie du Panneau de configuration.\n- `PHONEERR_NOMEM`: La mémoire disponible est insuffisante, ou la mémoire n’a pas pu être allouée ou verrouillée, pour mener à bien l’opération.\n- `PHONEERR_NOTOWNER`: L’opération exige le privilège de propriétaire sur le poste, et l’application ne le détient pas.\n- `PHONEERR_OPERATIONFAILED`: L’opération a échoué sans qu’une raison plus précise soit fournie.\n- `PHONEERR_OPERATIONUNAVAIL`: L’opération n’est pas prise en charge ou n’est pas disponible.\n- `PHONEERR_RESOURCEUNAVAIL`: L’opération n’a pas pu aboutir car les ressources nécessaires sont surchargées.\n- `PHONEERR_REQUESTOVERRUN`: Trop de requêtes téléphoniques asynchrones sont déjà en cours.\n- `PHONEERR_STRUCTURETOOSMALL`: La structure fournie (par exemple une mémoire tampon `PHONECAPS`) est trop petite.\n- `PHONEERR_UNINITIALIZED`: L’opération a été appelée avant qu’une application ait initialisé TAPI avec `phoneInitialize` ou `phoneInitializeEx`.\n- `PHONEERR_REINIT`: Une réinitialisation de TAPI est en attente (par exemple après l’ajout ou le retrait d’un fournisseur de services) : `phoneInitialize`, `phoneInitializeEx` et `phoneOpen` sont refusées jusqu’à ce que la dernière application ait appelé `phoneShutdown`, après quoi la nouvelle configuration s’applique.\n- `PHONEERR_DISCONNECTED`: L’appel a été déconnecté.\n- `PHONEERR_SERVICE_NOT_RUNNING`: Le service Téléphonie (TapiSrv) n’est pas démarré ou n’a pas pu être joint, si bien que la requête n’a pas pu être traitée.\n"
    )]
    impl PhoneErr {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Allocated,
            Self::BadDeviceId,
            Self::IncompatibleApiVersion,
            Self::IncompatibleExtVersion,
            Self::IniFileCorrupt,
            Self::InUse,
            Self::InvalAppHandle,
            Self::InvalAppName,
            Self::InvalButtonLampId,
            Self::InvalButtonMode,
            Self::InvalButtonState,
            Self::InvalDataId,
            Self::InvalDeviceClass,
            Self::InvalExtVersion,
            Self::InvalHookSwitchDev,
            Self::InvalHookSwitchMode,
            Self::InvalLampMode,
            Self::InvalParam,
            Self::InvalPhoneHandle,
            Self::InvalPhoneState,
            Self::InvalPointer,
            Self::InvalPrivilege,
            Self::InvalRingMode,
            Self::NoDevice,
            Self::NoDriver,
            Self::NoMem,
            Self::NotOwner,
            Self::OperationFailed,
            Self::OperationUnavail,
            Self::ResourceUnavail,
            Self::RequestOverrun,
            Self::StructureTooSmall,
            Self::Uninitialized,
            Self::Reinit,
            Self::Disconnected,
            Self::ServiceNotRunning,
        ];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::u32 {
            self as ::core::primitive::u32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::u32,
        ) -> ::core::option::Option<Self> {
            let index = {
                let offset = value.wrapping_sub(2415919105);
                if offset < 37 {
                    __tapi::map_index(
                        b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\xFF\xFF\x1D\0\x1E\0\x1F\0 \0!\0\"\0#\0",
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
        /// The full C name, such as `PHONEERR_ALLOCATED`; `{:#}` in `format!` gives the short name.
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
                let offset = (self as ::core::primitive::u32).wrapping_sub(2415919105);
                if offset < 37 {
                    __tapi::map_index(
                        b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\xFF\xFF\x1D\0\x1E\0\x1F\0 \0!\0\"\0#\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for PhoneErr {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneErr> for ::core::primitive::u32 {
        #[inline]
        fn from(member: PhoneErr) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for PhoneErr {
        type Error = ::tapi_consts::UnknownValueError<PhoneErr>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneErr {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneErr {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneErr, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(PhoneErr);
};
///The `PHONEERR_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_phoneerr {
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::Allocated`](super::PhoneErr::Allocated)."
    )]
    pub const PHONEERR_ALLOCATED: ::core::primitive::u32 = 2415919105;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::BadDeviceId`](super::PhoneErr::BadDeviceId)."
    )]
    pub const PHONEERR_BADDEVICEID: ::core::primitive::u32 = 2415919106;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::IncompatibleApiVersion`](super::PhoneErr::IncompatibleApiVersion)."
    )]
    pub const PHONEERR_INCOMPATIBLEAPIVERSION: ::core::primitive::u32 = 2415919107;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::IncompatibleExtVersion`](super::PhoneErr::IncompatibleExtVersion)."
    )]
    pub const PHONEERR_INCOMPATIBLEEXTVERSION: ::core::primitive::u32 = 2415919108;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::IniFileCorrupt`](super::PhoneErr::IniFileCorrupt)."
    )]
    pub const PHONEERR_INIFILECORRUPT: ::core::primitive::u32 = 2415919109;
    #[cfg_attr(doc, doc = "The value of [`PhoneErr::InUse`](super::PhoneErr::InUse).")]
    pub const PHONEERR_INUSE: ::core::primitive::u32 = 2415919110;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalAppHandle`](super::PhoneErr::InvalAppHandle)."
    )]
    pub const PHONEERR_INVALAPPHANDLE: ::core::primitive::u32 = 2415919111;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalAppName`](super::PhoneErr::InvalAppName)."
    )]
    pub const PHONEERR_INVALAPPNAME: ::core::primitive::u32 = 2415919112;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalButtonLampId`](super::PhoneErr::InvalButtonLampId)."
    )]
    pub const PHONEERR_INVALBUTTONLAMPID: ::core::primitive::u32 = 2415919113;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalButtonMode`](super::PhoneErr::InvalButtonMode)."
    )]
    pub const PHONEERR_INVALBUTTONMODE: ::core::primitive::u32 = 2415919114;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalButtonState`](super::PhoneErr::InvalButtonState)."
    )]
    pub const PHONEERR_INVALBUTTONSTATE: ::core::primitive::u32 = 2415919115;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalDataId`](super::PhoneErr::InvalDataId)."
    )]
    pub const PHONEERR_INVALDATAID: ::core::primitive::u32 = 2415919116;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalDeviceClass`](super::PhoneErr::InvalDeviceClass)."
    )]
    pub const PHONEERR_INVALDEVICECLASS: ::core::primitive::u32 = 2415919117;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalExtVersion`](super::PhoneErr::InvalExtVersion)."
    )]
    pub const PHONEERR_INVALEXTVERSION: ::core::primitive::u32 = 2415919118;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalHookSwitchDev`](super::PhoneErr::InvalHookSwitchDev)."
    )]
    pub const PHONEERR_INVALHOOKSWITCHDEV: ::core::primitive::u32 = 2415919119;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalHookSwitchMode`](super::PhoneErr::InvalHookSwitchMode)."
    )]
    pub const PHONEERR_INVALHOOKSWITCHMODE: ::core::primitive::u32 = 2415919120;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalLampMode`](super::PhoneErr::InvalLampMode)."
    )]
    pub const PHONEERR_INVALLAMPMODE: ::core::primitive::u32 = 2415919121;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalParam`](super::PhoneErr::InvalParam)."
    )]
    pub const PHONEERR_INVALPARAM: ::core::primitive::u32 = 2415919122;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalPhoneHandle`](super::PhoneErr::InvalPhoneHandle)."
    )]
    pub const PHONEERR_INVALPHONEHANDLE: ::core::primitive::u32 = 2415919123;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalPhoneState`](super::PhoneErr::InvalPhoneState)."
    )]
    pub const PHONEERR_INVALPHONESTATE: ::core::primitive::u32 = 2415919124;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalPointer`](super::PhoneErr::InvalPointer)."
    )]
    pub const PHONEERR_INVALPOINTER: ::core::primitive::u32 = 2415919125;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalPrivilege`](super::PhoneErr::InvalPrivilege)."
    )]
    pub const PHONEERR_INVALPRIVILEGE: ::core::primitive::u32 = 2415919126;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::InvalRingMode`](super::PhoneErr::InvalRingMode)."
    )]
    pub const PHONEERR_INVALRINGMODE: ::core::primitive::u32 = 2415919127;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::NoDevice`](super::PhoneErr::NoDevice)."
    )]
    pub const PHONEERR_NODEVICE: ::core::primitive::u32 = 2415919128;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::NoDriver`](super::PhoneErr::NoDriver)."
    )]
    pub const PHONEERR_NODRIVER: ::core::primitive::u32 = 2415919129;
    #[cfg_attr(doc, doc = "The value of [`PhoneErr::NoMem`](super::PhoneErr::NoMem).")]
    pub const PHONEERR_NOMEM: ::core::primitive::u32 = 2415919130;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::NotOwner`](super::PhoneErr::NotOwner)."
    )]
    pub const PHONEERR_NOTOWNER: ::core::primitive::u32 = 2415919131;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::OperationFailed`](super::PhoneErr::OperationFailed)."
    )]
    pub const PHONEERR_OPERATIONFAILED: ::core::primitive::u32 = 2415919132;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::OperationUnavail`](super::PhoneErr::OperationUnavail)."
    )]
    pub const PHONEERR_OPERATIONUNAVAIL: ::core::primitive::u32 = 2415919133;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::ResourceUnavail`](super::PhoneErr::ResourceUnavail)."
    )]
    pub const PHONEERR_RESOURCEUNAVAIL: ::core::primitive::u32 = 2415919135;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::RequestOverrun`](super::PhoneErr::RequestOverrun)."
    )]
    pub const PHONEERR_REQUESTOVERRUN: ::core::primitive::u32 = 2415919136;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::StructureTooSmall`](super::PhoneErr::StructureTooSmall)."
    )]
    pub const PHONEERR_STRUCTURETOOSMALL: ::core::primitive::u32 = 2415919137;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::Uninitialized`](super::PhoneErr::Uninitialized)."
    )]
    pub const PHONEERR_UNINITIALIZED: ::core::primitive::u32 = 2415919138;
    #[cfg_attr(doc, doc = "The value of [`PhoneErr::Reinit`](super::PhoneErr::Reinit).")]
    pub const PHONEERR_REINIT: ::core::primitive::u32 = 2415919139;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::Disconnected`](super::PhoneErr::Disconnected)."
    )]
    pub const PHONEERR_DISCONNECTED: ::core::primitive::u32 = 2415919140;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneErr::ServiceNotRunning`](super::PhoneErr::ServiceNotRunning)."
    )]
    pub const PHONEERR_SERVICE_NOT_RUNNING: ::core::primitive::u32 = 2415919141;
}
