//! Error codes of the TAPI line functions (`LINEERR_`).

use tapi_consts::ConstFamily;

/// Error codes that the TAPI line functions report for operations on line devices, addresses and calls.
///
/// A synchronous `line…` function returns one of these codes directly (as a negative `LONG`); an
/// asynchronous one first returns a positive request identifier and later delivers the outcome in
/// `dwParam2` of the `LINE_REPLY` message. Codes from 0xC0000000 up are left for device-specific
/// extensions; an application that meets a code it does not know should handle it like
/// `LINEERR_OPERATIONFAILED`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEERR_",
    device_specific(from = 0xC000_0000),
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Codes d’erreur que les fonctions de ligne de TAPI renvoient pour les opérations sur les périphériques de ligne, les adresses et les appels. Une fonction `line…` synchrone renvoie directement l’un de ces codes (sous forme de `LONG` négatif) ; une fonction asynchrone renvoie d’abord un identifiant de requête positif, puis communique le résultat dans `dwParam2` du message `LINE_REPLY`. Les codes à partir de 0xC0000000 sont laissés aux extensions propres aux périphériques ; une application qui reçoit un code inconnu doit le traiter comme `LINEERR_OPERATIONFAILED`.",
    de = "Fehlercodes, die die TAPI-Leitungsfunktionen bei Operationen auf Leitungsgeräten, Adressen und Anrufen melden. Eine synchrone `line…`-Funktion gibt einen dieser Codes direkt zurück (als negativen `LONG`); eine asynchrone gibt zunächst eine positive Anforderungskennung zurück und liefert das Ergebnis später in `dwParam2` der Nachricht `LINE_REPLY`. Codes ab 0xC0000000 sind gerätespezifischen Erweiterungen vorbehalten; eine Anwendung, die einen ihr unbekannten Code erhält, sollte ihn wie `LINEERR_OPERATIONFAILED` behandeln."
))]
pub enum LineErr {
    /// Another process has taken exclusive hold of the hardware behind the line (a serial port, for
    /// instance), so the line cannot be opened until that hold is released.
    #[tapi(doc(
        fr = "Un autre processus s’est approprié en exclusivité le matériel qui se trouve derrière la ligne (un port série, par exemple) ; la ligne ne pourra pas être ouverte tant qu’il ne l’aura pas libéré.",
        de = "Ein anderer Prozess belegt die Hardware hinter der Leitung (etwa eine serielle Schnittstelle) exklusiv; die Leitung lässt sich erst öffnen, wenn er sie wieder freigibt."
    ))]
    Allocated = 0x8000_0001,
    /// The `dwDeviceID` argument does not name any line device: it is not below the number of line
    /// devices that TAPI reported when the application initialized.
    #[tapi(doc(
        fr = "L’argument `dwDeviceID` ne désigne aucun périphérique de ligne : il n’est pas inférieur au nombre de périphériques de ligne que TAPI a annoncé lors de l’initialisation de l’application.",
        de = "Das Argument `dwDeviceID` bezeichnet kein Leitungsgerät: Es ist nicht kleiner als die Anzahl der Leitungsgeräte, die TAPI bei der Initialisierung der Anwendung gemeldet hat."
    ))]
    BadDeviceId = 0x8000_0002,
    /// The call cannot use the bearer mode asked for: the value in `LINECALLPARAMS` is bad, the line
    /// does not offer that mode, or an existing call cannot be moved to it.
    #[tapi(doc(
        fr = "L’appel ne peut pas utiliser le mode porteur demandé : la valeur figurant dans `LINECALLPARAMS` est incorrecte, la ligne ne propose pas ce mode, ou un appel existant ne peut pas y être basculé.",
        de = "Der Anruf kann den angeforderten Trägermodus nicht verwenden: Der Wert in `LINECALLPARAMS` ist fehlerhaft, die Leitung bietet diesen Modus nicht an, oder ein bestehender Anruf lässt sich nicht auf ihn umstellen."
    ))]
    BearerModeUnavail = 0x8000_0003,
    /// No free call appearance is left on the address, so another call cannot be set up there until one
    /// is released.
    #[tapi(doc(
        fr = "Il ne reste aucune présentation d’appel libre sur l’adresse ; aucun autre appel ne peut y être établi tant qu’une présentation n’est pas libérée.",
        de = "Auf der Adresse ist keine Anrufdarstellung mehr frei; dort kann kein weiterer Anruf aufgebaut werden, bis eine Anrufdarstellung frei wird."
    ))]
    CallUnavail = 0x8000_0005,
    /// `lineCompleteCall` was refused because the address already has as many pending call-completion
    /// requests as it allows (`dwMaxCallCompletions` in `LINEADDRESSCAPS`).
    #[tapi(doc(
        fr = "`lineCompleteCall` a été refusée parce que l’adresse a déjà autant de demandes d’achèvement d’appel en cours qu’elle en autorise (`dwMaxCallCompletions` dans `LINEADDRESSCAPS`).",
        de = "`lineCompleteCall` wurde abgewiesen, weil auf der Adresse bereits so viele Anforderungen zur Anrufvervollständigung ausstehen, wie sie zulässt (`dwMaxCallCompletions` in `LINEADDRESSCAPS`)."
    ))]
    CompletionOverrun = 0x8000_0006,
    /// No more parties fit in the conference (see `dwMaxNumConference` in `LINEADDRESSCAPS`), or the
    /// size requested when setting it up is more than the switch can give.
    #[tapi(doc(
        fr = "La conférence ne peut plus accueillir de participants (voir `dwMaxNumConference` dans `LINEADDRESSCAPS`), ou la taille demandée à sa préparation dépasse ce que le commutateur peut offrir.",
        de = "Die Konferenz kann keine weiteren Teilnehmer aufnehmen (siehe `dwMaxNumConference` in `LINEADDRESSCAPS`), oder die beim Einrichten angeforderte Größe übersteigt das, was die Vermittlung bereitstellen kann."
    ))]
    ConferenceFull = 0x8000_0007,
    /// The dialable address contains the `$` modifier (wait for the billing or calling-card
    /// prompt tone), which the service provider does not support.
    #[tapi(doc(
        fr = "L’adresse composable contient le modificateur `$` (attendre la tonalité d’invite de facturation ou de carte d’appel), que le fournisseur de services ne prend pas en charge.",
        de = "Die wählbare Adresse enthält den Modifikator `$` (auf den Abrechnungston oder den Aufforderungston für die Calling Card warten), den der Dienstanbieter nicht unterstützt."
    ))]
    DialBilling = 0x8000_0008,
    /// The dialable address contains the `W` modifier (wait for dial tone), which the service
    /// provider does not support.
    #[tapi(doc(
        fr = "L’adresse composable contient le modificateur `W` (attendre la tonalité de numérotation), que le fournisseur de services ne prend pas en charge.",
        de = "Die wählbare Adresse enthält den Modifikator `W` (auf den Wählton warten), den der Dienstanbieter nicht unterstützt."
    ))]
    DialDialTone = 0x8000_0009,
    /// The dialable address contains the `?` modifier (stop and ask the user before dialing on),
    /// which the service provider does not support.
    #[tapi(doc(
        fr = "L’adresse composable contient le modificateur `?` (s’arrêter et demander confirmation à l’utilisateur avant de poursuivre la numérotation), que le fournisseur de services ne prend pas en charge.",
        de = "Die wählbare Adresse enthält den Modifikator `?` (anhalten und vor dem Weiterwählen beim Benutzer nachfragen), den der Dienstanbieter nicht unterstützt."
    ))]
    DialPrompt = 0x8000_000A,
    /// The dialable address contains the `@` modifier (wait for quiet answer, that is, silence
    /// after ringback), which the service provider does not support.
    #[tapi(doc(
        fr = "L’adresse composable contient le modificateur `@` (attendre une réponse silencieuse, c’est-à-dire un silence après la tonalité de retour d’appel), que le fournisseur de services ne prend pas en charge.",
        de = "Die wählbare Adresse enthält den Modifikator `@` (auf eine stille Rufannahme warten, also auf Stille nach dem Freiton), den der Dienstanbieter nicht unterstützt."
    ))]
    DialQuiet = 0x8000_000B,
    /// No TAPI version in the range the application asked for can be supported by both TAPI and
    /// the service provider of the device.
    #[tapi(doc(
        fr = "Aucune version de TAPI comprise dans la plage demandée par l’application ne peut être prise en charge à la fois par TAPI et par le fournisseur de services du périphérique.",
        de = "Keine TAPI-Version in dem von der Anwendung angeforderten Bereich kann sowohl von TAPI als auch vom Dienstanbieter des Geräts unterstützt werden."
    ))]
    IncompatibleApiVersion = 0x8000_000C,
    /// Extension version negotiation (`lineNegotiateExtVersion`) failed: the range given is malformed,
    /// or the provider's extensions fall outside it.
    #[tapi(doc(
        fr = "La négociation de la version d’extension (`lineNegotiateExtVersion`) a échoué : la plage fournie est mal formée, ou les extensions du fournisseur se situent en dehors.",
        de = "Das Aushandeln der Erweiterungsversion (`lineNegotiateExtVersion`) ist fehlgeschlagen: Der angegebene Bereich ist fehlerhaft, oder die Erweiterungen des Anbieters liegen außerhalb davon."
    ))]
    IncompatibleExtVersion = 0x8000_000D,
    /// TAPI cannot make sense of its stored telephony configuration (the `Telephon.ini` data or its
    /// registry equivalent, such as the locations, cards or countries sections) because it is
    /// damaged or inconsistent.
    #[tapi(doc(
        fr = "TAPI ne parvient pas à interpréter sa configuration de téléphonie enregistrée (les données de `Telephon.ini` ou leur équivalent dans le registre, comme les sections des emplacements, des cartes ou des pays) parce qu’elle est endommagée ou incohérente.",
        de = "TAPI kann seine gespeicherte Telefoniekonfiguration (die Daten aus `Telephon.ini` oder ihre Entsprechung in der Registry, etwa die Abschnitte für Standorte, Calling Cards oder Länder) nicht auswerten, weil sie beschädigt oder widersprüchlich ist."
    ))]
    IniFileCorrupt = 0x8000_000E,
    /// Other activity currently occupies the line device and blocks the request, whether that is
    /// reconfiguring the line, adding a party, or answering, placing or transferring a call.
    #[tapi(doc(
        fr = "Une autre activité occupe en ce moment le périphérique de ligne et bloque la requête, qu’il s’agisse de reconfigurer la ligne, d’ajouter un participant, ou de répondre à un appel, d’en passer un ou de le transférer.",
        de = "Eine andere Aktivität belegt das Leitungsgerät gerade und blockiert die Anforderung, sei es das Umkonfigurieren der Leitung, das Hinzufügen eines Teilnehmers oder das Annehmen, Tätigen oder Übergeben eines Anrufs."
    ))]
    InUse = 0x8000_000F,
    /// An address is malformed (bad characters, or dial modifiers such as `W`, `@`, `$` or `?` that
    /// the provider does not handle) or is not permitted, for example not assigned to the line or
    /// not usable as a redirection target.
    #[tapi(doc(
        fr = "Une adresse est mal formée (caractères incorrects, ou modificateurs de numérotation comme `W`, `@`, `$` ou `?` que le fournisseur ne gère pas) ou n’est pas autorisée, par exemple parce qu’elle n’est pas attribuée à la ligne ou ne peut pas servir de destination de redirection.",
        de = "Eine Adresse ist fehlerhaft aufgebaut (ungültige Zeichen oder Modifikatoren der Wählzeichenfolge wie `W`, `@`, `$` oder `?`, die der Anbieter nicht verarbeitet) oder nicht zulässig, etwa weil sie der Leitung nicht zugewiesen ist oder nicht als Umleitungsziel dienen kann."
    ))]
    InvalAddress = 0x8000_0010,
    /// The `dwAddressID` given is out of range: it must be less than the number of addresses on the
    /// line (`dwNumAddresses` in `LINEDEVCAPS`).
    #[tapi(doc(
        fr = "Le `dwAddressID` fourni est hors limites : il doit être inférieur au nombre d’adresses de la ligne (`dwNumAddresses` dans `LINEDEVCAPS`).",
        de = "Die angegebene Kennung der Adresse (`dwAddressID`) liegt außerhalb des gültigen Bereichs: Gültig sind nur Werte unterhalb der Anzahl der Adressen der Leitung (`dwNumAddresses` in `LINEDEVCAPS`)."
    ))]
    InvalAddressId = 0x8000_0011,
    /// The address mode value (a `LINEADDRESSMODE_` selector) is not acceptable.
    #[tapi(doc(
        fr = "La valeur de mode d’adressage (un sélecteur `LINEADDRESSMODE_`) n’est pas acceptable.",
        de = "Der Wert des Adressmodus (ein Selektor `LINEADDRESSMODE_`) ist nicht zulässig."
    ))]
    InvalAddressMode = 0x8000_0012,
    /// The `dwAddressStates` mask (for example of `lineSetStatusMessages`) includes bits other than the
    /// defined `LINEADDRESSSTATE_` flags.
    #[tapi(doc(
        fr = "Le masque `dwAddressStates` (par exemple de `lineSetStatusMessages`) comporte des bits autres que les indicateurs `LINEADDRESSSTATE_` définis.",
        de = "Die Maske `dwAddressStates` (etwa von `lineSetStatusMessages`) enthält andere Bits als die definierten Bits `LINEADDRESSSTATE_`."
    ))]
    InvalAddressState = 0x8000_0013,
    /// The `hLineApp` usage handle does not come from a successful `lineInitialize` or
    /// `lineInitializeEx` (or has already been shut down), or a registration handle is unknown.
    #[tapi(doc(
        fr = "Le handle d’utilisation `hLineApp` ne provient pas d’un appel réussi à `lineInitialize` ou `lineInitializeEx` (ou a déjà été fermé), ou bien un handle d’inscription est inconnu.",
        de = "Das Nutzungshandle `hLineApp` stammt nicht aus einem erfolgreichen Aufruf von `lineInitialize` oder `lineInitializeEx` (oder wurde bereits geschlossen), oder ein Registrierungshandle ist unbekannt."
    ))]
    InvalAppHandle = 0x8000_0014,
    /// The application name supplied is unusable; TAPI expects a zero-terminated string made of
    /// displayable characters only.
    #[tapi(doc(
        fr = "Le nom d’application fourni est inutilisable ; TAPI attend une chaîne terminée par un zéro et composée uniquement de caractères affichables.",
        de = "Der angegebene Anwendungsname ist unbrauchbar; TAPI erwartet eine nullterminierte Zeichenkette, die nur aus darstellbaren Zeichen besteht."
    ))]
    InvalAppName = 0x8000_0015,
    /// A bearer mode argument is not one of the `LINEBEARERMODE_` values, or not one that may be used
    /// in this context.
    #[tapi(doc(
        fr = "Un argument de mode porteur n’est pas l’une des valeurs `LINEBEARERMODE_`, ou pas l’une de celles utilisables dans ce contexte.",
        de = "Ein Argument für den Trägermodus ist keiner der Werte `LINEBEARERMODE_` oder keiner, der in diesem Zusammenhang verwendet werden darf."
    ))]
    InvalBearerMode = 0x8000_0016,
    /// The completion mode passed to `lineCompleteCall` is not a valid `LINECALLCOMPLMODE_` value.
    #[tapi(doc(
        fr = "Le mode d’achèvement passé à `lineCompleteCall` n’est pas une valeur `LINECALLCOMPLMODE_` valide.",
        de = "Der an `lineCompleteCall` übergebene Vervollständigungsmodus ist kein gültiger Wert `LINECALLCOMPLMODE_`."
    ))]
    InvalCallComplMode = 0x8000_0017,
    /// The `hCall` given does not refer to a call the application can act on, for example a non-null
    /// handle that belongs to a different line.
    #[tapi(doc(
        fr = "Le `hCall` fourni ne désigne pas un appel sur lequel l’application peut agir, par exemple un handle non nul qui appartient à une autre ligne.",
        de = "Das angegebene `hCall` bezeichnet keinen Anruf, auf den die Anwendung einwirken kann, etwa ein von null verschiedenes Handle, das zu einer anderen Leitung gehört."
    ))]
    InvalCallHandle = 0x8000_0018,
    /// The call parameters supplied (typically a `LINECALLPARAMS` structure) contain values that
    /// are not acceptable.
    #[tapi(doc(
        fr = "Les paramètres d’appel fournis (en général une structure `LINECALLPARAMS`) contiennent des valeurs inacceptables.",
        de = "Die angegebenen Anrufparameter (meist eine Struktur `LINECALLPARAMS`) enthalten unzulässige Werte."
    ))]
    InvalCallParams = 0x8000_0019,
    /// The call privilege requested (for example with `lineSetCallPrivilege`) is not a valid
    /// `LINECALLPRIVILEGE_` value.
    #[tapi(doc(
        fr = "Le privilège d’appel demandé (par exemple avec `lineSetCallPrivilege`) n’est pas une valeur `LINECALLPRIVILEGE_` valide.",
        de = "Die angeforderte Anrufberechtigung (etwa mit `lineSetCallPrivilege`) ist kein gültiger Wert `LINECALLPRIVILEGE_`."
    ))]
    InvalCallPrivilege = 0x8000_001A,
    /// The select parameter (a `LINECALLSELECT_` value saying whether the line, an address or a
    /// call is targeted) is not valid.
    #[tapi(doc(
        fr = "Le paramètre de sélection (une valeur `LINECALLSELECT_` indiquant si la cible est la ligne, une adresse ou un appel) n’est pas valide.",
        de = "Der Auswahlparameter (ein Wert `LINECALLSELECT_`, der angibt, ob die Leitung, eine Adresse oder ein Anruf gemeint ist) ist ungültig."
    ))]
    InvalCallSelect = 0x8000_001B,
    /// The requested operation cannot be applied to the call in the state it is in now, such as
    /// answering a call that is no longer being offered.
    #[tapi(doc(
        fr = "L’opération demandée ne peut pas s’appliquer à l’appel dans l’état où il se trouve, comme répondre à un appel qui n’est plus présenté.",
        de = "Die angeforderte Operation lässt sich auf den Anruf in seinem aktuellen Anrufzustand nicht anwenden, etwa das Annehmen eines Anrufs, der nicht mehr angeboten wird."
    ))]
    InvalCallState = 0x8000_001C,
    /// The list of call states supplied (for example to `lineSetMediaControl`) is not valid.
    #[tapi(doc(
        fr = "La liste d’états d’appel fournie (par exemple à `lineSetMediaControl`) n’est pas valide.",
        de = "Die angegebene Liste von Anrufzuständen (etwa für `lineSetMediaControl`) ist ungültig."
    ))]
    InvalCallStateList = 0x8000_001D,
    /// No calling card with the permanent identifier given in `dwCard` exists in the stored
    /// telephony configuration.
    #[tapi(doc(
        fr = "Aucune carte d’appel portant l’identifiant permanent indiqué dans `dwCard` n’existe dans la configuration de téléphonie enregistrée.",
        de = "In der gespeicherten Telefoniekonfiguration gibt es keine Calling Card mit der in `dwCard` angegebenen permanenten Kennung."
    ))]
    InvalCard = 0x8000_001E,
    /// The completion identifier passed to `lineUncompleteCall` does not match any pending
    /// call-completion request.
    #[tapi(doc(
        fr = "L’identifiant d’achèvement passé à `lineUncompleteCall` ne correspond à aucune demande d’achèvement d’appel en cours.",
        de = "Die an `lineUncompleteCall` übergebene Kennung der Anrufvervollständigung gehört zu keiner ausstehenden Anforderung zur Anrufvervollständigung."
    ))]
    InvalCompletionId = 0x8000_001F,
    /// The `hConfCall` argument does not refer to a conference call, or is not a usable call handle at
    /// all.
    #[tapi(doc(
        fr = "L’argument `hConfCall` ne désigne pas un appel de conférence, ou n’est même pas un handle d’appel utilisable.",
        de = "Das Argument `hConfCall` bezeichnet keinen Konferenzanruf oder ist überhaupt kein verwendbares Anrufhandle."
    ))]
    InvalConfCallHandle = 0x8000_0020,
    /// The `hConsultCall` argument (the consultation call of a transfer or conference) is not a usable
    /// call handle.
    #[tapi(doc(
        fr = "L’argument `hConsultCall` (l’appel de consultation d’un transfert ou d’une conférence) n’est pas un handle d’appel utilisable.",
        de = "Das Argument `hConsultCall` (der Rückfrageanruf einer Übergabe oder Konferenz) ist kein verwendbares Anrufhandle."
    ))]
    InvalConsultCallHandle = 0x8000_0021,
    /// The country or region code (for example one passed to `lineGetCountry`) is not one TAPI knows.
    #[tapi(doc(
        fr = "L’indicatif de pays ou de région (par exemple celui passé à `lineGetCountry`) n’est pas connu de TAPI.",
        de = "Die Landes- oder Regionskennzahl (etwa die an `lineGetCountry` übergebene) ist TAPI nicht bekannt."
    ))]
    InvalCountryCode = 0x8000_0022,
    /// The device class string (such as `wave/in` given to `lineGetID`) names a class for which this
    /// line has no device or no support.
    #[tapi(doc(
        fr = "La chaîne de classe de périphérique (comme `wave/in` passée à `lineGetID`) désigne une classe pour laquelle cette ligne n’a ni périphérique ni prise en charge.",
        de = "Die Zeichenkette der Geräteklasse (etwa `wave/in`, an `lineGetID` übergeben) bezeichnet eine Klasse, für die diese Leitung kein Gerät oder keine Unterstützung hat."
    ))]
    InvalDeviceClass = 0x8000_0023,
    /// The device handle passed to the function does not refer to an open line device.
    #[tapi(doc(
        fr = "Le handle de périphérique transmis à la fonction ne désigne aucun périphérique de ligne ouvert.",
        de = "Das an die Funktion übergebene Gerätehandle bezeichnet kein geöffnetes Leitungsgerät."
    ))]
    InvalDeviceHandle = 0x8000_0024,
    /// The dialing parameters (a `LINEDIALPARAMS` structure) are not valid.
    #[tapi(doc(
        fr = "Les paramètres de numérotation (une structure `LINEDIALPARAMS`) ne sont pas valides.",
        de = "Die Wählparameter (eine Struktur `LINEDIALPARAMS`) sind ungültig."
    ))]
    InvalDialParams = 0x8000_0025,
    /// The list of digits supplied (for example to generate or to watch for) is not valid.
    #[tapi(doc(
        fr = "La liste de chiffres fournie (par exemple à générer ou à surveiller) n’est pas valide.",
        de = "Die angegebene Ziffernliste (etwa der zu erzeugenden oder zu überwachenden Ziffern) ist ungültig."
    ))]
    InvalDigitList = 0x8000_0026,
    /// The digit mode (a `LINEDIGITMODE_` value such as pulse or DTMF) is not valid.
    #[tapi(doc(
        fr = "Le mode de signalisation des chiffres (une valeur `LINEDIGITMODE_`, par exemple impulsions ou DTMF) n’est pas valide.",
        de = "Das Wahlverfahren (ein Wert `LINEDIGITMODE_` wie Impulswahl oder DTMF) ist ungültig."
    ))]
    InvalDigitMode = 0x8000_0027,
    /// The termination digits passed to `lineGatherDigits` include characters that are not valid digits
    /// for the chosen digit mode.
    #[tapi(doc(
        fr = "Les chiffres de fin passés à `lineGatherDigits` comportent des caractères qui ne sont pas des chiffres valides pour le mode de signalisation des chiffres choisi.",
        de = "Die an `lineGatherDigits` übergebenen Endeziffern enthalten Zeichen, die im gewählten Wahlverfahren keine gültigen Ziffern sind."
    ))]
    InvalDigits = 0x8000_0028,
    /// The extension version given (for example to `lineOpen`) is not one the device's provider
    /// supports or agreed to during negotiation.
    #[tapi(doc(
        fr = "La version d’extension fournie (par exemple à `lineOpen`) n’est pas prise en charge par le fournisseur du périphérique ou n’a pas été convenue lors de la négociation.",
        de = "Die angegebene Erweiterungsversion (etwa an `lineOpen`) wird vom Anbieter des Geräts nicht unterstützt oder wurde beim Aushandeln nicht vereinbart."
    ))]
    InvalExtVersion = 0x8000_0029,
    /// The group identifier (for example the pickup group passed to `linePickup`) is not valid.
    #[tapi(doc(
        fr = "L’identifiant de groupe (par exemple le groupe d’interception transmis à `linePickup`) n’est pas valide.",
        de = "Die Gruppenkennung (etwa die an `linePickup` übergebene Heranholgruppe) ist ungültig."
    ))]
    InvalGroupId = 0x8000_002A,
    /// The `hLine` handle, or another handle the function expects such as a call or device handle, does
    /// not refer to an open line (for example because the line has been closed).
    #[tapi(doc(
        fr = "Le handle `hLine`, ou un autre handle attendu par la fonction comme un handle d’appel ou de périphérique, ne désigne aucune ligne ouverte (par exemple parce que la ligne a été fermée).",
        de = "Das Handle `hLine` oder ein anderes von der Funktion erwartetes Handle, etwa ein Anruf- oder Gerätehandle, bezeichnet keine geöffnete Leitung (zum Beispiel weil die Leitung geschlossen wurde)."
    ))]
    InvalLineHandle = 0x8000_002B,
    /// The operation is not allowed in the line's current state: the line may be in use by another
    /// application, disconnected or out of service, or a line-state mask has bits that are not
    /// `LINEDEVSTATE_` flags.
    #[tapi(doc(
        fr = "L’opération n’est pas permise dans l’état actuel de la ligne : celle-ci peut être utilisée par une autre application, déconnectée ou hors service, ou bien un masque d’états de ligne comporte des bits qui ne sont pas des indicateurs `LINEDEVSTATE_`.",
        de = "Die Operation ist im aktuellen Zustand der Leitung nicht zulässig: Die Leitung wird möglicherweise von einer anderen Anwendung verwendet, ist getrennt oder außer Betrieb, oder eine Maske von Leitungszuständen enthält Bits, die keine Bits `LINEDEVSTATE_` sind."
    ))]
    InvalLineState = 0x8000_002C,
    /// No location with the permanent identifier given in `dwLocation` exists in the stored
    /// telephony configuration.
    #[tapi(doc(
        fr = "Aucun emplacement portant l’identifiant permanent indiqué dans `dwLocation` n’existe dans la configuration de téléphonie enregistrée.",
        de = "In der gespeicherten Telefoniekonfiguration gibt es keinen Standort mit der in `dwLocation` angegebenen permanenten Kennung."
    ))]
    InvalLocation = 0x8000_002D,
    /// The list of media-mode entries supplied (for example to `lineSetMediaControl`) is not
    /// valid.
    #[tapi(doc(
        fr = "La liste d’entrées de modes de média fournie (par exemple à `lineSetMediaControl`) n’est pas valide.",
        de = "Die angegebene Liste von Einträgen für Medienmodi (etwa für `lineSetMediaControl`) ist ungültig."
    ))]
    InvalMediaList = 0x8000_002E,
    /// A media mode value or list is malformed, or names a media mode the provider does not support
    /// on this line (the supported ones appear in `dwMediaModes` of `LINEDEVCAPS`).
    #[tapi(doc(
        fr = "Une valeur ou une liste de modes de média est mal formée, ou désigne un mode de média que le fournisseur ne prend pas en charge sur cette ligne (les modes pris en charge figurent dans `dwMediaModes` de `LINEDEVCAPS`).",
        de = "Ein Wert oder eine Liste von Medienmodi ist fehlerhaft aufgebaut oder nennt einen Medienmodus, den der Anbieter auf dieser Leitung nicht unterstützt (die unterstützten stehen in `dwMediaModes` von `LINEDEVCAPS`)."
    ))]
    InvalMediaMode = 0x8000_002F,
    /// `lineCompleteCall` was given a `dwMessageID` that is not the index of one of the address's
    /// completion messages; valid indexes are below `dwNumCompletionMessages` of `LINEADDRESSCAPS`.
    #[tapi(doc(
        fr = "`lineCompleteCall` a reçu un `dwMessageID` qui n’est l’index d’aucun des messages d’achèvement de l’adresse ; les index valides sont inférieurs à `dwNumCompletionMessages` de `LINEADDRESSCAPS`.",
        de = "`lineCompleteCall` hat eine `dwMessageID` erhalten, die kein Index einer der Vervollständigungsnachrichten der Adresse ist; gültige Indizes sind kleiner als `dwNumCompletionMessages` von `LINEADDRESSCAPS`."
    ))]
    InvalMessageId = 0x8000_0030,
    /// Catch-all for bad arguments: a parameter, or the structure it points to, holds unacceptable
    /// data. Also used for a bad country code, window handle or forwarding list.
    #[tapi(doc(
        fr = "Code générique pour les arguments incorrects : un paramètre, ou la structure vers laquelle il pointe, contient des données inacceptables. Sert aussi pour un indicatif de pays, un handle de fenêtre ou une liste de renvoi incorrects.",
        de = "Allgemeiner Code für fehlerhafte Argumente: Ein Parameter oder die Struktur, auf die er zeigt, enthält unzulässige Daten. Der Code dient auch für eine fehlerhafte Landeskennzahl, ein fehlerhaftes Fensterhandle oder eine fehlerhafte Liste für die Rufumleitung."
    ))]
    InvalParam = 0x8000_0032,
    /// The park identifier (the place where a call is or should be parked) is not valid.
    #[tapi(doc(
        fr = "L’identifiant de parcage (l’endroit où un appel est ou doit être parqué) n’est pas valide.",
        de = "Die Parkkennung (die Stelle, an der ein Anruf geparkt ist oder geparkt werden soll) ist ungültig."
    ))]
    InvalParkId = 0x8000_0033,
    /// The park mode passed to `linePark` is not a valid `LINEPARKMODE_` value.
    #[tapi(doc(
        fr = "Le mode de parcage passé à `linePark` n’est pas une valeur `LINEPARKMODE_` valide.",
        de = "Der an `linePark` übergebene Parkmodus ist kein gültiger Wert `LINEPARKMODE_`."
    ))]
    InvalParkMode = 0x8000_0034,
    /// A pointer argument refers to memory that the caller cannot read or write as needed, or a
    /// mandatory output pointer was passed as null.
    #[tapi(doc(
        fr = "Un argument pointeur désigne une mémoire que l’appelant ne peut pas lire ou écrire comme il le faut, ou un pointeur de sortie obligatoire a été passé nul.",
        de = "Ein Zeigerargument verweist auf Speicher, den der Aufrufer nicht wie erforderlich lesen oder beschreiben kann, oder ein obligatorischer Ausgabezeiger wurde als Nullzeiger übergeben."
    ))]
    InvalPointer = 0x8000_0035,
    /// The privileges requested in `dwPrivileges` (for example of `lineOpen`) include an undefined bit
    /// or mix flags that cannot go together.
    #[tapi(doc(
        fr = "Les privilèges demandés dans `dwPrivileges` (par exemple de `lineOpen`) comportent un bit non défini ou mélangent des indicateurs incompatibles.",
        de = "Die in `dwPrivileges` (etwa von `lineOpen`) angeforderten Berechtigungen enthalten ein undefiniertes Bit oder kombinieren Bits, die nicht zusammenpassen."
    ))]
    InvalPrivSelect = 0x8000_0036,
    /// The data rate asked for (for example through `lineSetCallParams`) is not an acceptable value.
    #[tapi(doc(
        fr = "Le débit demandé (par exemple avec `lineSetCallParams`) n’est pas une valeur acceptable.",
        de = "Die angeforderte Datenrate (etwa über `lineSetCallParams`) ist kein zulässiger Wert."
    ))]
    InvalRate = 0x8000_0037,
    /// The request mode passed (for example to `lineRegisterRequestRecipient` or `lineGetRequest`) is
    /// not a valid `LINEREQUESTMODE_` value.
    #[tapi(doc(
        fr = "Le mode de requête transmis (par exemple à `lineRegisterRequestRecipient` ou `lineGetRequest`) n’est pas une valeur `LINEREQUESTMODE_` valide.",
        de = "Der übergebene Anforderungsmodus (etwa an `lineRegisterRequestRecipient` oder `lineGetRequest`) ist kein gültiger Wert `LINEREQUESTMODE_`."
    ))]
    InvalRequestMode = 0x8000_0038,
    /// The terminal identifier passed to `lineSetTerminal` does not refer to one of the line's
    /// terminals.
    #[tapi(doc(
        fr = "L’identifiant de terminal passé à `lineSetTerminal` ne désigne aucun des terminaux de la ligne.",
        de = "Die an `lineSetTerminal` übergebene Endgerätekennung bezeichnet keines der Endgeräte der Leitung."
    ))]
    InvalTerminalId = 0x8000_0039,
    /// The terminal modes passed to `lineSetTerminal` are not a valid combination of `LINETERMMODE_`
    /// flags.
    #[tapi(doc(
        fr = "Les modes de terminal passés à `lineSetTerminal` ne forment pas une combinaison valide d’indicateurs `LINETERMMODE_`.",
        de = "Die an `lineSetTerminal` übergebenen Endgerätemodi sind keine gültige Kombination von Bits `LINETERMMODE_`."
    ))]
    InvalTerminalMode = 0x8000_003A,
    /// The line cannot apply timeouts at all, or the timeout requested (for example for digit
    /// gathering) is beyond the limits that `LINEDEVCAPS` advertises.
    #[tapi(doc(
        fr = "La ligne ne sait pas du tout appliquer de délais d’expiration, ou le délai demandé (par exemple pour la collecte de chiffres) dépasse les limites annoncées dans `LINEDEVCAPS`.",
        de = "Die Leitung kann überhaupt keine Zeitlimits anwenden, oder das angeforderte Zeitlimit (etwa für die Ziffernerfassung) liegt außerhalb der Grenzen, die `LINEDEVCAPS` angibt."
    ))]
    InvalTimeout = 0x8000_003B,
    /// The custom tone does not describe a usable tone, for instance because it combines too many
    /// frequencies.
    #[tapi(doc(
        fr = "La tonalité personnalisée ne décrit pas une tonalité utilisable, par exemple parce qu’elle combine trop de fréquences.",
        de = "Der benutzerdefinierte Ton beschreibt keinen verwendbaren Ton, etwa weil er zu viele Frequenzen kombiniert."
    ))]
    InvalTone = 0x8000_003C,
    /// The list of tones supplied (for example to monitor or to control media on) is not valid.
    #[tapi(doc(
        fr = "La liste de tonalités fournie (par exemple à surveiller ou associée à un contrôle du média) n’est pas valide.",
        de = "Die angegebene Liste von Tönen (etwa der zu überwachenden Töne oder der Töne, auf die eine Mediensteuerung reagieren soll) ist ungültig."
    ))]
    InvalToneList = 0x8000_003D,
    /// The tone mode passed to `lineGenerateTone` is not a valid `LINETONEMODE_` value.
    #[tapi(doc(
        fr = "Le mode de tonalité passé à `lineGenerateTone` n’est pas une valeur `LINETONEMODE_` valide.",
        de = "Der an `lineGenerateTone` übergebene Tonmodus ist kein gültiger Wert `LINETONEMODE_`."
    ))]
    InvalToneMode = 0x8000_003E,
    /// The transfer mode passed to `lineCompleteTransfer` is not a valid `LINETRANSFERMODE_` value.
    #[tapi(doc(
        fr = "Le mode de transfert passé à `lineCompleteTransfer` n’est pas une valeur `LINETRANSFERMODE_` valide.",
        de = "Der an `lineCompleteTransfer` übergebene Übergabemodus ist kein gültiger Wert `LINETRANSFERMODE_`."
    ))]
    InvalTransferMode = 0x8000_003F,
    /// The application let TAPI pick the line (`LINEMAPPER` as device identifier), and none of the
    /// lines can meet what `lpCallParams` asks for.
    #[tapi(doc(
        fr = "L’application a laissé TAPI choisir la ligne (`LINEMAPPER` comme identifiant de périphérique), et aucune ligne ne peut satisfaire ce que demande `lpCallParams`.",
        de = "Die Anwendung hat TAPI die Wahl der Leitung überlassen (`LINEMAPPER` als Gerätekennung), und keine der Leitungen kann erfüllen, was `lpCallParams` verlangt."
    ))]
    LineMapperFailed = 0x8000_0040,
    /// The call handle refers to an ordinary call that takes no part in any conference, so conference
    /// operations do not apply to it.
    #[tapi(doc(
        fr = "Le handle d’appel désigne un appel ordinaire qui ne fait partie d’aucune conférence ; les opérations de conférence ne s’y appliquent donc pas.",
        de = "Das Anrufhandle bezeichnet einen gewöhnlichen Anruf, der an keiner Konferenz beteiligt ist; Konferenzoperationen sind daher auf ihn nicht anwendbar."
    ))]
    NoConference = 0x8000_0041,
    /// The device was removed from the system after TAPI was initialized, so its once-valid identifier
    /// no longer works. Also used when the line has no device of the requested class.
    #[tapi(doc(
        fr = "Le périphérique a été retiré du système après l’initialisation de TAPI ; son identifiant, valide jusque-là, ne fonctionne plus. Sert aussi quand la ligne n’a aucun périphérique de la classe demandée.",
        de = "Das Gerät wurde nach der Initialisierung von TAPI aus dem System entfernt, sodass seine bis dahin gültige Gerätekennung nicht mehr funktioniert. Der Code dient auch für den Fall, dass die Leitung kein Gerät der angeforderten Klasse hat."
    ))]
    NoDevice = 0x8000_0042,
    /// A needed component is missing: `Tapiaddr.dll` could not be found, or the device's service
    /// provider discovered after initialization that part of it is missing or damaged. Fixing it means
    /// reinstalling or reconfiguring the provider, for example from the telephony control panel.
    #[tapi(doc(
        fr = "Un composant nécessaire est absent : `Tapiaddr.dll` est introuvable, ou le fournisseur de services du périphérique a découvert après l’initialisation qu’une de ses parties manque ou est endommagée. Pour y remédier, il faut réinstaller ou reconfigurer le fournisseur, par exemple depuis le panneau de configuration de la téléphonie.",
        de = "Eine benötigte Komponente fehlt: `Tapiaddr.dll` wurde nicht gefunden, oder der Dienstanbieter des Geräts hat nach der Initialisierung festgestellt, dass ein Teil von ihm fehlt oder beschädigt ist. Abhilfe schafft eine Neuinstallation oder Neukonfiguration des Anbieters, etwa über die Telefonie-Einstellungen der Systemsteuerung."
    ))]
    NoDriver = 0x8000_0043,
    /// Not enough memory could be allocated or locked to carry out the operation.
    #[tapi(doc(
        fr = "Il n’a pas été possible d’allouer ou de verrouiller assez de mémoire pour effectuer l’opération.",
        de = "Es konnte nicht genug Speicher reserviert oder gesperrt werden, um die Operation auszuführen."
    ))]
    NoMem = 0x8000_0044,
    /// `lineGetRequest` had nothing to hand over: no assisted-telephony request of that mode is queued,
    /// or another application has since become the preferred recipient for it.
    #[tapi(doc(
        fr = "`lineGetRequest` n’avait rien à remettre : aucune requête de téléphonie assistée de ce mode n’est en file d’attente, ou une autre application est entre-temps devenue le destinataire préféré pour ce mode.",
        de = "`lineGetRequest` hatte nichts zu liefern: Es steht keine Anforderung der unterstützten Telefonie dieses Modus in der Warteschlange, oder eine andere Anwendung ist inzwischen der bevorzugte Empfänger dafür geworden."
    ))]
    NoRequest = 0x8000_0045,
    /// The operation needs owner privilege on the call, which the application does not have.
    #[tapi(doc(
        fr = "L’opération exige le privilège de propriétaire sur l’appel, dont l’application ne dispose pas.",
        de = "Die Operation erfordert das Besitzerprivileg für den Anruf, über das die Anwendung nicht verfügt."
    ))]
    NotOwner = 0x8000_0046,
    /// The application asked for requests of a mode it never signed up for with
    /// `lineRegisterRequestRecipient`.
    #[tapi(doc(
        fr = "L’application a demandé des requêtes d’un mode pour lequel elle ne s’est jamais inscrite avec `lineRegisterRequestRecipient`.",
        de = "Die Anwendung wollte Anforderungen eines Modus abrufen, für den sie sich nie mit `lineRegisterRequestRecipient` als Empfänger registriert hat."
    ))]
    NotRegistered = 0x8000_0047,
    /// Catch-all failure: something went wrong that no more specific code describes. Applications
    /// should treat error codes they do not recognize the same way.
    #[tapi(doc(
        fr = "Échec générique : un problème est survenu qu’aucun code plus précis ne décrit. Les applications doivent traiter de la même manière les codes d’erreur qu’elles ne reconnaissent pas.",
        de = "Allgemeiner Fehler: Es ist etwas schiefgegangen, das kein genauerer Code beschreibt. Anwendungen sollten Fehlercodes, die sie nicht kennen, genauso behandeln."
    ))]
    OperationFailed = 0x8000_0048,
    /// The device or its service provider does not implement this operation, or does not offer it on
    /// this line or address.
    #[tapi(doc(
        fr = "Le périphérique ou son fournisseur de services n’implémente pas cette opération, ou ne la propose pas sur cette ligne ou cette adresse.",
        de = "Das Gerät oder sein Dienstanbieter implementiert diese Operation nicht oder bietet sie auf dieser Leitung oder Adresse nicht an."
    ))]
    OperationUnavail = 0x8000_0049,
    /// The requested data rate would need more bandwidth than is free at the moment.
    #[tapi(doc(
        fr = "Le débit demandé exigerait plus de bande passante qu’il n’y en a de libre en ce moment.",
        de = "Die angeforderte Datenrate würde mehr Bandbreite erfordern, als derzeit frei ist."
    ))]
    RateUnavail = 0x8000_004A,
    /// A resource the operation needs is over-committed for the moment, so the request (for example
    /// opening a line) cannot be met now; unlike `LINEERR_ALLOCATED`, the condition is expected to
    /// pass.
    #[tapi(doc(
        fr = "Une ressource nécessaire à l’opération est momentanément surchargée, si bien que la requête (par exemple l’ouverture d’une ligne) ne peut pas être satisfaite maintenant ; contrairement à `LINEERR_ALLOCATED`, la situation devrait être passagère.",
        de = "Eine für die Operation benötigte Ressource ist momentan überlastet, sodass die Anforderung (etwa das Öffnen einer Leitung) jetzt nicht erfüllt werden kann; anders als bei `LINEERR_ALLOCATED` dürfte dieser Zustand vorübergehen."
    ))]
    ResourceUnavail = 0x8000_004B,
    /// The device's queue of outstanding asynchronous requests is full; new ones are refused until some
    /// complete.
    #[tapi(doc(
        fr = "La file des requêtes asynchrones en cours du périphérique est pleine ; les nouvelles requêtes sont refusées jusqu’à ce que certaines soient terminées.",
        de = "Die Warteschlange des Geräts für ausstehende asynchrone Anforderungen ist voll; neue Anforderungen werden abgewiesen, bis einige abgeschlossen sind."
    ))]
    RequestOverrun = 0x8000_004C,
    /// A caller-supplied structure declares in `dwTotalSize` fewer bytes than its fixed-size part
    /// needs. (When only the variable part does not fit, the call succeeds and `dwNeededSize` says how
    /// much to allocate.)
    #[tapi(doc(
        fr = "Une structure fournie par l’appelant déclare dans `dwTotalSize` moins d’octets que n’en exige sa partie de taille fixe. (Lorsque seule la partie variable ne tient pas, l’appel réussit et `dwNeededSize` indique combien allouer.)",
        de = "Eine vom Aufrufer bereitgestellte Struktur gibt in `dwTotalSize` weniger Bytes an, als ihr Teil fester Größe benötigt. (Passt nur der variable Teil nicht hinein, ist der Aufruf erfolgreich, und `dwNeededSize` gibt an, wie viel Speicher zu reservieren ist.)"
    ))]
    StructureTooSmall = 0x8000_004D,
    /// `lineHandoff` found no application to receive the call: the named target, or for a media-mode
    /// handoff any application, has not opened this line with owner privilege (and, for a media-mode
    /// handoff, for that media mode).
    #[tapi(doc(
        fr = "`lineHandoff` n’a trouvé aucune application pour recevoir l’appel : la cible nommée ou, pour une remise par mode de média, aucune application n’a ouvert cette ligne avec le privilège de propriétaire (et, pour une remise par mode de média, pour ce mode de média).",
        de = "`lineHandoff` hat keine Anwendung gefunden, die den Anruf übernehmen kann: Die genannte Zielanwendung hat diese Leitung nicht mit Besitzerprivileg geöffnet, oder bei einer Übergabe nach Medienmodus hat keine Anwendung sie mit Besitzerprivileg (und für diesen Medienmodus) geöffnet."
    ))]
    TargetNotFound = 0x8000_004E,
    /// A media-mode (indirect) `lineHandoff` would hand the call straight back to its caller, because
    /// the calling application is itself first in line for that media mode.
    #[tapi(doc(
        fr = "Une remise (handoff) indirecte par mode de média avec `lineHandoff` renverrait l’appel directement à l’appelant, car l’application appelante est elle-même la première destinataire pour ce mode de média.",
        de = "Eine indirekte Übergabe nach Medienmodus per `lineHandoff` würde den Anruf direkt an den Aufrufer zurückgeben, weil die aufrufende Anwendung selbst an erster Stelle für diesen Medienmodus steht."
    ))]
    TargetSelf = 0x8000_004F,
    /// TAPI has not been initialized yet: no `lineInitialize` or `lineInitializeEx` call came before
    /// this operation.
    #[tapi(doc(
        fr = "TAPI n’est pas encore initialisé : aucun appel à `lineInitialize` ou `lineInitializeEx` n’a précédé cette opération.",
        de = "TAPI ist noch nicht initialisiert: Dieser Operation ging kein Aufruf von `lineInitialize` oder `lineInitializeEx` voraus."
    ))]
    Uninitialized = 0x8000_0050,
    /// The user-user information is longer than the line allows (the relevant `dwUUI…Size` limit in
    /// `LINEDEVCAPS`) or is simply too long.
    #[tapi(doc(
        fr = "Les informations d’usager à usager sont plus longues que la ligne ne le permet (limite `dwUUI…Size` correspondante dans `LINEDEVCAPS`) ou tout simplement trop longues.",
        de = "Die Benutzer-zu-Benutzer-Informationen sind länger, als die Leitung erlaubt (die entsprechende Grenze `dwUUI…Size` in `LINEDEVCAPS`), oder schlicht zu lang."
    ))]
    UserUserInfoTooBig = 0x8000_0051,
    /// A reinitialization of TAPI is pending (for example after a service provider was added or
    /// removed), so initialization and line opening are refused until every application has shut
    /// down its use of TAPI.
    #[tapi(doc(
        fr = "Une réinitialisation de TAPI est en attente (par exemple après l’ajout ou la suppression d’un fournisseur de services) ; l’initialisation et l’ouverture de lignes sont refusées jusqu’à ce que toutes les applications aient cessé d’utiliser TAPI.",
        de = "Eine Neuinitialisierung von TAPI steht aus (etwa nachdem ein Dienstanbieter hinzugefügt oder entfernt wurde); Initialisierung und Öffnen von Leitungen werden abgewiesen, bis alle Anwendungen ihre Nutzung von TAPI beendet haben."
    ))]
    Reinit = 0x8000_0052,
    /// The switch refuses to dial this address on the call, for example because the destination has
    /// call blocking turned on.
    #[tapi(doc(
        fr = "Le commutateur refuse de composer cette adresse sur l’appel, par exemple parce que la destination a activé le blocage d’appels.",
        de = "Die Vermittlung verweigert das Wählen dieser Adresse auf dem Anruf, etwa weil am Ziel eine Anrufsperre aktiviert ist."
    ))]
    AddressBlocked = 0x8000_0053,
    /// The network or switch rejected the billing information or billing mode of the call.
    #[tapi(doc(
        fr = "Le réseau ou le commutateur a refusé les informations ou le mode de facturation de l’appel.",
        de = "Das Netz oder die Vermittlung hat die Abrechnungsinformationen oder den Abrechnungsmodus des Anrufs abgelehnt."
    ))]
    BillingRejected = 0x8000_0054,
    /// The `dwFeature` value passed to `lineDevSpecificFeature` is not a feature that this line offers.
    #[tapi(doc(
        fr = "La valeur `dwFeature` passée à `lineDevSpecificFeature` ne correspond à aucune fonctionnalité proposée par cette ligne.",
        de = "Der an `lineDevSpecificFeature` übergebene Wert `dwFeature` ist keine Funktion, die diese Leitung anbietet."
    ))]
    InvalFeature = 0x8000_0055,
    /// The same service provider appears twice in the provider list although it can only be loaded
    /// once; the user must delete the extra entry, for example through the telephony control panel.
    #[tapi(doc(
        fr = "Le même fournisseur de services figure deux fois dans la liste des fournisseurs alors qu’il ne peut être chargé qu’une seule fois ; l’utilisateur doit supprimer l’entrée en trop, par exemple depuis le panneau de configuration de la téléphonie.",
        de = "Derselbe Dienstanbieter steht zweimal in der Liste der Anbieter, obwohl er nur einmal geladen werden kann; der Benutzer muss den überzähligen Eintrag löschen, etwa über die Telefonie-Einstellungen der Systemsteuerung."
    ))]
    NoMultipleInstance = 0x8000_0056,
    /// The agent identifier or agent handle passed to an agent function does not designate a known
    /// agent.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’identifiant ou le handle d’agent passé à une fonction d’agent ne désigne aucun agent connu.",
        de = "Die Agentenkennung oder das Agentenhandle, das einer Agentenfunktion übergeben wurde, bezeichnet keinen bekannten Agenten."
    ))]
    InvalAgentId = 0x8000_0057,
    /// The list of ACD groups supplied (for example to `lineSetAgentGroup`) is malformed or names a
    /// group the agent cannot use; the agent's groups are left as they were.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "La liste de groupes ACD fournie (par exemple à `lineSetAgentGroup`) est mal formée ou désigne un groupe que l’agent ne peut pas utiliser ; les groupes de l’agent restent inchangés.",
        de = "Die angegebene Liste von ACD-Gruppen (etwa für `lineSetAgentGroup`) ist fehlerhaft aufgebaut oder nennt eine Gruppe, die der Agent nicht verwenden kann; die Gruppen des Agenten bleiben unverändert."
    ))]
    InvalAgentGroup = 0x8000_0058,
    /// The agent PIN or password given (for example to `lineCreateAgentSession`) does not match, so
    /// nothing was done.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Le code PIN ou le mot de passe d’agent fourni (par exemple à `lineCreateAgentSession`) ne correspond pas ; rien n’a été fait.",
        de = "Die angegebene PIN oder das angegebene Kennwort des Agenten (etwa für `lineCreateAgentSession`) stimmt nicht; es wurde nichts ausgeführt."
    ))]
    InvalPassword = 0x8000_0059,
    /// The agent state or next state requested (for example through `lineSetAgentState`) is not one the
    /// agent can take; the address keeps its current agent state.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’état ou l’état suivant demandé pour l’agent (par exemple avec `lineSetAgentState`) n’est pas un état que l’agent peut prendre ; l’adresse conserve son état d’agent actuel.",
        de = "Der angeforderte aktuelle oder nächste Zustand des Agenten (etwa über `lineSetAgentState`) kann vom Agenten nicht eingenommen werden; die Adresse behält ihren aktuellen Agentenzustand."
    ))]
    InvalAgentState = 0x8000_005A,
    /// The activity code passed to `lineSetAgentActivity` is not one of those the agent may use (see
    /// `lineGetAgentActivityList`).
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Le code d’activité passé à `lineSetAgentActivity` ne fait pas partie de ceux que l’agent peut utiliser (voir `lineGetAgentActivityList`).",
        de = "Der an `lineSetAgentActivity` übergebene Aktivitätscode gehört nicht zu denen, die der Agent verwenden darf (siehe `lineGetAgentActivityList`)."
    ))]
    InvalAgentActivity = 0x8000_005B,
    /// The dialable address contains the `:` modifier (pause until a voice prompt is heard), which
    /// is not supported here.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’adresse composable contient le modificateur `:` (faire une pause jusqu’à détection d’une invite vocale), qui n’est pas pris en charge ici.",
        de = "Die wählbare Adresse enthält den Modifikator `:` (pausieren, bis eine Sprachansage zu hören ist), der hier nicht unterstützt wird."
    ))]
    DialVoiceDetect = 0x8000_005C,
    /// The user chose to cancel, so the call or operation did not go ahead. Reported only to
    /// applications that negotiated TAPI 2.2 or later.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’utilisateur a choisi d’annuler ; l’appel ou l’opération n’a donc pas eu lieu. Ce code n’est communiqué qu’aux applications ayant négocié TAPI 2.2 ou une version ultérieure.",
        de = "Der Benutzer hat abgebrochen, daher wurde der Anruf oder die Operation nicht ausgeführt. Dieser Code wird nur Anwendungen gemeldet, die TAPI 2.2 oder höher ausgehandelt haben."
    ))]
    UserCancelled = 0x8000_005D,
    /// A `LINEADDRESSTYPE_` value given by the application (phone number, SDP, e-mail name, domain name
    /// or IP address) is undefined or not usable here. Reported only to applications that negotiated
    /// TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Une valeur `LINEADDRESSTYPE_` fournie par l’application (numéro de téléphone, SDP, nom de messagerie, nom de domaine ou adresse IP) n’est pas définie ou n’est pas utilisable ici. Ce code n’est communiqué qu’aux applications ayant négocié TAPI 3.0 ou une version ultérieure.",
        de = "Ein von der Anwendung angegebener Wert `LINEADDRESSTYPE_` (Telefonnummer, SDP, E-Mail-Name, Domänenname oder IP-Adresse) ist nicht definiert oder hier nicht verwendbar. Dieser Code wird nur Anwendungen gemeldet, die TAPI 3.0 oder höher ausgehandelt haben."
    ))]
    InvalAddressType = 0x8000_005E,
    /// The session state passed to `lineSetAgentSessionState` is not an acceptable
    /// `LINEAGENTSESSIONSTATE_` value. Reported only to applications that negotiated TAPI 2.2 or later.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’état de session passé à `lineSetAgentSessionState` n’est pas une valeur `LINEAGENTSESSIONSTATE_` acceptable. Ce code n’est communiqué qu’aux applications ayant négocié TAPI 2.2 ou une version ultérieure.",
        de = "Der an `lineSetAgentSessionState` übergebene Sitzungszustand ist kein zulässiger Wert `LINEAGENTSESSIONSTATE_`. Dieser Code wird nur Anwendungen gemeldet, die TAPI 2.2 oder höher ausgehandelt haben."
    ))]
    InvalAgentSessionState = 0x8000_005F,
    /// The call has already been disconnected, so the operation cannot be applied to it. Reported
    /// only to applications that negotiated TAPI 2.2 or later.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’appel est déjà déconnecté ; l’opération ne peut donc pas lui être appliquée. Ce code n’est communiqué qu’aux applications ayant négocié TAPI 2.2 ou une version ultérieure.",
        de = "Die Verbindung des Anrufs ist bereits getrennt, daher lässt sich die Operation nicht auf ihn anwenden. Dieser Code wird nur Anwendungen gemeldet, die TAPI 2.2 oder höher ausgehandelt haben."
    ))]
    Disconnected = 0x8000_0060,
    /// The Telephony service (TapiSrv), which carries out TAPI requests on behalf of the
    /// application, is not running or could not be reached.
    #[tapi(name = "SERVICE_NOT_RUNNING", since = "2.2")]
    #[tapi(doc(
        fr = "Le service Téléphonie (TapiSrv), qui exécute les requêtes TAPI pour le compte de l’application, n’est pas démarré ou n’a pas pu être joint.",
        de = "Der Telefoniedienst (TapiSrv), der TAPI-Anforderungen im Auftrag der Anwendung ausführt, läuft nicht oder war nicht erreichbar."
    ))]
    ServiceNotRunning = 0x8000_0061,
}
