//! The media of a call: media and bearer modes, media control, digits and tones; `LAST_` markers.

use tapi_consts::ConstFamily;

/// Bearer modes of a call: the kind of connection, and so the quality of service, requested
/// from the telephone network.
///
/// Listed as supported in `dwBearerModes` of `LINEDEVCAPS`; requested in `dwBearerMode` of
/// `LINECALLPARAMS` or with `lineSetCallParams`; reported in `dwBearerMode` of `LINECALLINFO`.
/// A bearer mode is distinct from a media mode: a fax or modem call, for instance, uses the
/// voice bearer mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEBEARERMODE_",
    device_specific(bits = 0xFFFF_0000),
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Modes porteurs d’un appel : type de connexion, et donc qualité de service, demandé au réseau téléphonique. Énumérés dans `dwBearerModes` de `LINEDEVCAPS`, demandés dans `dwBearerMode` de `LINECALLPARAMS` ou par `lineSetCallParams`, indiqués dans `dwBearerMode` de `LINECALLINFO`. Le mode porteur se distingue du mode de média : un appel de télécopie ou de modem, par exemple, utilise le mode porteur voix.",
    de = "Trägermodi eines Anrufs: die Art der Verbindung und damit die Dienstgüte, die beim Telefonnetz angefordert wird. Als unterstützt in `dwBearerModes` von `LINEDEVCAPS` aufgeführt, in `dwBearerMode` von `LINECALLPARAMS` oder mit `lineSetCallParams` angefordert und in `dwBearerMode` von `LINECALLINFO` gemeldet. Ein Trägermodus ist etwas anderes als ein Medienmodus: Ein Fax- oder Modemanruf etwa verwendet den Trägermodus für Sprache."
))]
pub enum LineBearerMode {
    /// An ordinary 3.1 kHz analogue voice-grade channel; bits may be altered in transit, but fax
    /// and modem traffic can use it.
    #[tapi(doc(
        fr = "Canal analogique ordinaire de qualité vocale à 3,1 kHz ; les bits peuvent être altérés en transit, mais la télécopie et les modems peuvent l’utiliser.",
        de = "Ein gewöhnlicher analoger 3,1-kHz-Kanal in Sprachqualität; Bits können bei der Übertragung verändert werden, Fax- und Modemverkehr kann ihn aber nutzen."
    ))]
    Voice = 0x0000_0001,
    /// G.711 speech: the network may apply echo cancellation, compression or analogue
    /// transmission, so bits are not preserved and fax or modem use is not supported.
    #[tapi(doc(
        fr = "Parole G.711 : le réseau peut appliquer annulation d’écho, compression ou transmission analogique, si bien que les bits ne sont pas préservés et que la télécopie ou les modems ne sont pas pris en charge.",
        de = "Sprache nach G.711: Das Netz kann Echokompensation, Kompression oder analoge Übertragung anwenden, sodass die Bits nicht erhalten bleiben und Fax- oder Modembetrieb nicht unterstützt wird."
    ))]
    Speech = 0x0000_0002,
    /// The ISDN multi-use bearer service.
    #[tapi(doc(
        fr = "Le service porteur multi-usage du RNIS.",
        de = "Der Mehrzweck-Trägerdienst von ISDN."
    ))]
    MultiUse = 0x0000_0004,
    /// Unrestricted digital data, every bit carried unchanged; the data rate is given separately.
    #[tapi(doc(
        fr = "Données numériques sans restriction, chaque bit étant transmis intact ; le débit est indiqué séparément.",
        de = "Uneingeschränkte digitale Daten, bei denen jedes Bit unverändert übertragen wird; die Datenrate wird gesondert angegeben."
    ))]
    Data = 0x0000_0008,
    /// ISDN service that alternates, on the same call, between speech and unrestricted data.
    #[tapi(doc(
        fr = "Service RNIS alternant, sur le même appel, parole et données sans restriction.",
        de = "ISDN-Dienst, der auf demselben Anruf zwischen Sprache und uneingeschränkten Daten wechselt."
    ))]
    AltSpeechData = 0x0000_0010,
    /// A signalling connection to the switch or service provider that is not tied to a call;
    /// TAPI handles it like a media stream.
    #[tapi(doc(
        fr = "Connexion de signalisation vers le commutateur ou le fournisseur de services, non associée à un appel ; TAPI la traite comme un flux de média.",
        de = "Eine Signalisierungsverbindung zur Vermittlung oder zum Dienstanbieter, die an keinen Anruf gebunden ist; TAPI behandelt sie wie einen Medienstrom."
    ))]
    NonCallSignaling = 0x0000_0020,
    /// The service provider hands the application direct control of the underlying hardware,
    /// typically so that it can drive a modem through the Windows communications functions for
    /// features the provider does not support.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Le fournisseur de services donne à l’application le contrôle direct du matériel sous-jacent, en général pour qu’elle pilote un modem au moyen des fonctions de communication de Windows afin d’utiliser des fonctions que le fournisseur ne prend pas en charge.",
        de = "Der Dienstanbieter überlässt der Anwendung die direkte Steuerung der zugrunde liegenden Hardware, meist damit sie über die Kommunikationsfunktionen von Windows ein Modem ansteuern und so Funktionen nutzen kann, die der Anbieter nicht unterstützt."
    ))]
    PassThrough = 0x0000_0040,
    /// Digital data in which only the low seven bits of each octet carry user data, as on
    /// switched 56 kbit/s service.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Données numériques dans lesquelles seuls les sept bits de poids faible de chaque octet portent des données utilisateur, comme sur le service commuté à 56 kbit/s.",
        de = "Digitale Daten, bei denen nur die unteren sieben Bits jedes Oktetts Benutzerdaten tragen, wie beim vermittelten 56-kbit/s-Dienst."
    ))]
    RestrictedData = 0x0000_0080,
}

/// Methods of in-band digit signaling, chosen when generating digits (`lineGenerateDigits`) or
/// detecting them (`lineMonitorDigits`, `lineGatherDigits`), and reported with the
/// `LINE_MONITORDIGITS` message.
///
/// Pulse digits are produced by opening and closing the local loop; the switch absorbs them, so
/// the far end hears them only as series of one to ten clicks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEDIGITMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Modes de signalisation des chiffres dans la bande, choisis pour générer des chiffres (`lineGenerateDigits`) ou pour les détecter (`lineMonitorDigits`, `lineGatherDigits`), et indiqués avec le message `LINE_MONITORDIGITS`.\n\nLes chiffres par impulsions sont produits en ouvrant et en fermant la boucle locale ; le commutateur les absorbe, si bien que l’extrémité distante ne les perçoit que comme des séries d’un à dix clics.",
    de = "Wahlverfahren, also Verfahren der In-Band-Signalisierung von Ziffern, ausgewählt beim Erzeugen von Ziffern (`lineGenerateDigits`) oder bei ihrer Erkennung (`lineMonitorDigits`, `lineGatherDigits`) und mit der Nachricht `LINE_MONITORDIGITS` gemeldet.\n\nZiffern der Impulswahl entstehen durch Öffnen und Schließen der Teilnehmeranschlussleitung; die Vermittlung nimmt sie auf, sodass die Gegenseite sie nur als Folgen von einem bis zehn Klicks hört."
))]
pub enum LineDigitMode {
    /// Digits are signaled as rotary-dial pulse trains; only 0 to 9 can be sent.
    #[tapi(doc(
        fr = "Les chiffres sont signalés par des trains d’impulsions comme avec un cadran rotatif ; seuls les chiffres 0 à 9 peuvent être envoyés.",
        de = "Ziffern werden wie bei einer Wählscheibe als Impulsfolgen signalisiert (Impulswahl); nur 0 bis 9 können gesendet werden."
    ))]
    Pulse = 0x0000_0001,
    /// Digits are signaled as DTMF tones: 0 to 9, `*`, `#` and `A` to `D`.
    #[tapi(doc(
        fr = "Les chiffres sont signalés par des tonalités DTMF : 0 à 9, `*`, `#` et `A` à `D`.",
        de = "Ziffern werden als DTMF-Töne signalisiert (Tonwahl): 0 bis 9, `*`, `#` und `A` bis `D`."
    ))]
    Dtmf = 0x0000_0002,
    /// DTMF tones, with detection also reporting when each tone stops (its down edge); same digits
    /// as `DTMF`.
    #[tapi(doc(
        fr = "Tonalités DTMF, la détection signalant en plus la fin de chaque tonalité (son front descendant) ; mêmes chiffres qu’avec `DTMF`.",
        de = "DTMF-Töne, wobei die Erkennung zusätzlich meldet, wann jeder Ton endet (seine fallende Flanke); dieselben Ziffern wie bei `DTMF`."
    ))]
    DtmfEnd = 0x0000_0004,
}

/// Tones that can be generated in-band on a call toward the remote party.
///
/// Passed as `dwToneMode` to `lineGenerateTone`; `dwGenerateToneModes` of `LINEDEVCAPS` lists the
/// ones a line supports. Detection of the standard tones does not use these values. The low 16
/// bits are reserved; the high 16 bits are free for device-specific extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETONEMODE_",
    device_specific(bits = 0xFFFF_0000),
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Tonalités pouvant être générées dans la bande sur un appel, à destination du correspondant. Passées comme `dwToneMode` à `lineGenerateTone` ; `dwGenerateToneModes` de `LINEDEVCAPS` liste celles que la ligne prend en charge. La détection des tonalités standard n’utilise pas ces valeurs. Les 16 bits de poids faible sont réservés ; les 16 bits de poids fort sont libres pour les extensions propres aux périphériques.",
    de = "Töne, die auf einem Anruf In-Band in Richtung des entfernten Teilnehmers erzeugt werden können. Sie werden als `dwToneMode` an `lineGenerateTone` übergeben; `dwGenerateToneModes` von `LINEDEVCAPS` gibt an, welche davon eine Leitung unterstützt. Die Erkennung der Standardtöne verwendet diese Werte nicht. Die unteren 16 Bits sind reserviert; die oberen 16 Bits stehen für gerätespezifische Erweiterungen frei."
))]
pub enum LineToneMode {
    /// A tone the application defines itself by listing its frequencies in `LINEGENERATETONE` entries.
    #[tapi(doc(
        fr = "Une tonalité que l’application définit elle-même en énumérant ses fréquences dans des entrées `LINEGENERATETONE`.",
        de = "Ein Ton, den die Anwendung selbst definiert, indem sie seine Frequenzen in Einträgen vom Typ `LINEGENERATETONE` aufführt."
    ))]
    Custom = 0x0000_0001,
    /// The ringing signal a caller hears while the called phone rings, in the form the service provider
    /// renders it.
    #[tapi(doc(
        fr = "Le signal que l’appelant entend pendant que le téléphone appelé sonne, sous la forme que lui donne le fournisseur de services.",
        de = "Der Freiton, den ein Anrufer hört, während das angerufene Telefon klingelt, in der Form, in der der Dienstanbieter ihn wiedergibt."
    ))]
    Ringback = 0x0000_0002,
    /// The busy signal, in whatever cadence and frequencies the service provider uses.
    #[tapi(doc(
        fr = "Le signal d’occupation, avec la cadence et les fréquences qu’utilise le fournisseur de services.",
        de = "Das Besetztzeichen, in der Kadenz und mit den Frequenzen, die der Dienstanbieter verwendet."
    ))]
    Busy = 0x0000_0004,
    /// A short beep, typically announcing that recording begins; the service provider decides exactly
    /// how it sounds.
    #[tapi(doc(
        fr = "Un bip bref, annonçant généralement le début d’un enregistrement ; le fournisseur de services décide de sa sonorité exacte.",
        de = "Ein kurzer Piepton, der meist den Beginn einer Aufzeichnung ankündigt; wie er genau klingt, bestimmt der Dienstanbieter."
    ))]
    Beep = 0x0000_0008,
    /// The tone that prompts for billing details, such as a calling-card number; the service provider
    /// decides exactly how it sounds.
    #[tapi(doc(
        fr = "La tonalité qui invite à fournir des informations de facturation, comme un numéro de carte d’appel ; le fournisseur de services décide de sa sonorité exacte.",
        de = "Der Abrechnungston, der zur Eingabe von Abrechnungsangaben wie einer Calling-Card-Nummer auffordert; wie er genau klingt, bestimmt der Dienstanbieter."
    ))]
    Billing = 0x0000_0010,
}

/// Reasons why a buffered digit-gathering request started with `lineGatherDigits` ended.
///
/// Delivered in `dwParam1` of the `LINE_GATHERDIGITS` message once gathering stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEGATHERTERM_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Raisons pour lesquelles une collecte de chiffres mise en mémoire tampon, lancée par `lineGatherDigits`, s’est terminée. Communiquées dans `dwParam1` du message `LINE_GATHERDIGITS` à la fin de la collecte.",
    de = "Gründe, aus denen eine gepufferte Ziffernerfassung, die mit `lineGatherDigits` gestartet wurde, beendet wurde. Übermittelt in `dwParam1` der Nachricht `LINE_GATHERDIGITS`, sobald die Erfassung endet."
))]
pub enum LineGatherTerm {
    /// Gathering stopped because the buffer received the full number of digits the application asked
    /// for.
    #[tapi(doc(
        fr = "La collecte s’est arrêtée parce que la mémoire tampon a reçu le nombre complet de chiffres demandé par l’application.",
        de = "Die Erfassung wurde beendet, weil der Puffer die volle Anzahl von Ziffern erhalten hat, die die Anwendung angefordert hatte."
    ))]
    BufferFull = 0x0000_0001,
    /// Gathering stopped on one of the termination digits the application listed; that digit ends the
    /// collected string.
    #[tapi(doc(
        fr = "La collecte s’est arrêtée sur l’un des chiffres de fin indiqués par l’application ; ce chiffre termine la chaîne collectée.",
        de = "Die Erfassung wurde bei einer der Endeziffern beendet, die die Anwendung angegeben hatte; diese Ziffer schließt die erfasste Zeichenkette ab."
    ))]
    TermDigit = 0x0000_0002,
    /// No digit arrived within the first-digit timeout, so nothing was gathered.
    #[tapi(doc(
        fr = "Aucun chiffre n’est arrivé dans le délai prévu pour le premier chiffre ; rien n’a donc été collecté.",
        de = "Innerhalb des Zeitlimits für die erste Ziffer ist keine Ziffer eingetroffen, daher wurde nichts erfasst."
    ))]
    FirstTimeout = 0x0000_0004,
    /// After one or more digits had arrived, the next one took longer than the inter-digit timeout.
    #[tapi(doc(
        fr = "Après l’arrivée d’un ou plusieurs chiffres, le suivant a mis plus de temps que le délai autorisé entre deux chiffres.",
        de = "Nachdem eine oder mehrere Ziffern eingetroffen waren, hat die nächste länger gedauert als das Zeitlimit zwischen zwei Ziffern."
    ))]
    InterTimeout = 0x0000_0008,
    /// The gathering request was withdrawn before it completed, either by an application (this one or
    /// another) or because the call went away.
    #[tapi(doc(
        fr = "La demande de collecte a été retirée avant son achèvement, soit par une application (celle-ci ou une autre), soit parce que l’appel a disparu.",
        de = "Die Anforderung der Ziffernerfassung wurde vor ihrem Abschluss zurückgezogen, entweder von einer Anwendung (dieser oder einer anderen) oder weil der Anruf nicht mehr besteht."
    ))]
    Cancel = 0x0000_0010,
}

/// Reasons why digit or tone generation started with `lineGenerateDigits` or `lineGenerateTone`
/// ended.
///
/// Delivered in `dwParam1` of the `LINE_GENERATE` message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEGENERATETERM_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Raisons pour lesquelles la génération de chiffres ou de tonalités lancée par `lineGenerateDigits` ou `lineGenerateTone` s’est terminée. Communiquées dans `dwParam1` du message `LINE_GENERATE`.",
    de = "Gründe, aus denen die mit `lineGenerateDigits` oder `lineGenerateTone` gestartete Erzeugung von Ziffern oder Tönen beendet wurde. Übermittelt in `dwParam1` der Nachricht `LINE_GENERATE`."
))]
pub enum LineGenerateTerm {
    /// Everything asked for was played out: all the digits, or the tones for their full duration.
    #[tapi(doc(
        fr = "Tout ce qui était demandé a été émis : tous les chiffres, ou les tonalités pendant toute leur durée.",
        de = "Alles Angeforderte wurde ausgegeben: alle Ziffern oder die Töne über ihre volle Dauer."
    ))]
    Done = 0x0000_0001,
    /// Generation stopped early: it was cancelled by this or another application, the call ended,
    /// or the service provider failed internally.
    #[tapi(doc(
        fr = "La génération s’est arrêtée prématurément : elle a été annulée par cette application ou une autre, l’appel a pris fin, ou le fournisseur de services a subi une défaillance interne.",
        de = "Die Erzeugung endete vorzeitig: Sie wurde von dieser oder einer anderen Anwendung abgebrochen, der Anruf wurde beendet, oder im Dienstanbieter ist ein interner Fehler aufgetreten."
    ))]
    Cancel = 0x0000_0002,
}

/// Generic actions that TAPI can apply to a call's media stream when a chosen event occurs
/// (a digit, a tone, a media mode or a call state is detected).
///
/// Used in `dwMediaControl` of the `LINEMEDIACONTROLDIGIT`, `LINEMEDIACONTROLMEDIA`,
/// `LINEMEDIACONTROLTONE` and `LINEMEDIACONTROLCALLSTATE` entries passed to `lineSetMediaControl`.
/// The stream decides what each action concretely means, and nothing happens unless the line
/// has media-control capability.
/// The low 16 bits are reserved; the high 16 bits are free for device-specific extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEMEDIACONTROL_",
    device_specific(bits = 0xFFFF_0000),
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Actions génériques que TAPI peut appliquer au flux de média d’un appel lorsqu’un événement choisi se produit (détection d’un chiffre, d’une tonalité, d’un mode de média ou d’un état d’appel). Utilisées dans `dwMediaControl` des entrées `LINEMEDIACONTROLDIGIT`, `LINEMEDIACONTROLMEDIA`, `LINEMEDIACONTROLTONE` et `LINEMEDIACONTROLCALLSTATE` passées à `lineSetMediaControl`. C’est le flux qui détermine la signification concrète de chaque action, et rien ne se produit si la ligne n’est pas dotée du contrôle du média. Les 16 bits de poids faible sont réservés ; les 16 bits de poids fort sont libres pour les extensions propres aux périphériques.",
    de = "Allgemeine Aktionen, die TAPI auf den Medienstrom eines Anrufs anwenden kann, wenn ein gewähltes Ereignis eintritt (eine Ziffer, ein Ton, ein Medienmodus oder ein Anrufzustand wird erkannt). Verwendet in `dwMediaControl` der Einträge `LINEMEDIACONTROLDIGIT`, `LINEMEDIACONTROLMEDIA`, `LINEMEDIACONTROLTONE` und `LINEMEDIACONTROLCALLSTATE`, die an `lineSetMediaControl` übergeben werden. Was jede Aktion konkret bedeutet, bestimmt der Medienstrom, und es geschieht nichts, wenn die Leitung nicht über die Fähigkeit zur Mediensteuerung verfügt. Die unteren 16 Bits sind reserviert; die oberen 16 Bits stehen für gerätespezifische Erweiterungen frei."
))]
pub enum LineMediaControl {
    /// Leave the media stream as it is.
    #[tapi(doc(
        fr = "Laisser le flux de média tel quel.",
        de = "Lässt den Medienstrom unverändert."
    ))]
    None = 0x0000_0001,
    /// Set the media stream going.
    #[tapi(doc(
        fr = "Mettre en marche le flux de média.",
        de = "Startet den Medienstrom."
    ))]
    Start = 0x0000_0002,
    /// Treat the stream as if its input had come to an end and free every buffer it holds.
    #[tapi(doc(
        fr = "Traiter le flux comme si son entrée était arrivée à son terme et libérer toutes les mémoires tampons qu’il occupe.",
        de = "Behandelt den Medienstrom so, als sei seine Eingabe zu Ende, und gibt alle Puffer frei, die er belegt."
    ))]
    Reset = 0x0000_0004,
    /// Hold the media stream still until it is resumed.
    #[tapi(doc(
        fr = "Immobiliser le flux de média jusqu’à sa reprise.",
        de = "Pausiert den Medienstrom, bis er fortgesetzt wird."
    ))]
    Pause = 0x0000_0008,
    /// Let a paused media stream continue.
    #[tapi(doc(
        fr = "Faire reprendre un flux de média suspendu.",
        de = "Setzt einen pausierten Medienstrom fort."
    ))]
    Resume = 0x0000_0010,
    /// Make the stream play faster, by a step that the stream itself defines.
    #[tapi(doc(
        fr = "Accélérer la lecture du flux, d’un pas défini par le flux lui-même.",
        de = "Erhöht die Wiedergabegeschwindigkeit des Medienstroms um eine Stufe, die der Medienstrom selbst festlegt."
    ))]
    RateUp = 0x0000_0020,
    /// Make the stream play slower, by a step that the stream itself defines.
    #[tapi(doc(
        fr = "Ralentir la lecture du flux, d’un pas défini par le flux lui-même.",
        de = "Verringert die Wiedergabegeschwindigkeit des Medienstroms um eine Stufe, die der Medienstrom selbst festlegt."
    ))]
    RateDown = 0x0000_0040,
    /// Restore the stream's normal playback speed.
    #[tapi(doc(
        fr = "Rétablir la vitesse de lecture normale du flux.",
        de = "Stellt die normale Wiedergabegeschwindigkeit des Medienstroms wieder her."
    ))]
    RateNormal = 0x0000_0080,
    /// Raise the stream's volume by a step that the stream itself defines.
    #[tapi(doc(
        fr = "Augmenter le volume du flux d’un pas défini par le flux lui-même.",
        de = "Erhöht die Lautstärke des Medienstroms um eine Stufe, die der Medienstrom selbst festlegt."
    ))]
    VolumeUp = 0x0000_0100,
    /// Lower the stream's volume by a step that the stream itself defines.
    #[tapi(doc(
        fr = "Baisser le volume du flux d’un pas défini par le flux lui-même.",
        de = "Verringert die Lautstärke des Medienstroms um eine Stufe, die der Medienstrom selbst festlegt."
    ))]
    VolumeDown = 0x0000_0200,
    /// Restore the stream's normal volume.
    #[tapi(doc(
        fr = "Rétablir le volume normal du flux.",
        de = "Stellt die normale Lautstärke des Medienstroms wieder her."
    ))]
    VolumeNormal = 0x0000_0400,
}

/// Media modes: the kind of information carried over a call, as opposed to the bearer mode,
/// which describes the quality of the connection itself.
///
/// Found in `dwMediaMode` of `LINECALLINFO` and `LINECALLPARAMS` and in `dwMediaModes` of
/// `LINEDEVCAPS`, and passed to `lineOpen`, `lineSetMediaMode` and `lineMonitorMedia`. The value 0x00000001 is
/// not defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEMEDIAMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Modes de média : nature des informations transportées par un appel, par opposition au mode porteur, qui décrit la qualité de la connexion elle-même. Présents dans `dwMediaMode` de `LINECALLINFO` et de `LINECALLPARAMS` ainsi que dans `dwMediaModes` de `LINEDEVCAPS`, et transmis à `lineOpen`, `lineSetMediaMode` et `lineMonitorMedia`. La valeur 0x00000001 n’est pas définie.",
    de = "Medienmodi: die Art der Informationen, die über einen Anruf übertragen werden, im Unterschied zum Trägermodus, der die Qualität der Verbindung selbst beschreibt. Zu finden in `dwMediaMode` von `LINECALLINFO` und `LINECALLPARAMS` sowie in `dwMediaModes` von `LINEDEVCAPS`; außerdem werden sie an `lineOpen`, `lineSetMediaMode` und `lineMonitorMedia` übergeben. Der Wert 0x00000001 ist nicht definiert."
))]
pub enum LineMediaMode {
    /// The call carries a media stream whose kind has not been determined yet, as with an incoming
    /// analog call before it is answered and analyzed. Other media-mode bits may be set alongside
    /// to say what it probably is.
    #[tapi(doc(
        fr = "L’appel transporte un flux de média dont la nature n’est pas encore déterminée, comme un appel analogique entrant avant qu’il soit pris et analysé. D’autres bits de mode de média peuvent être présents en même temps pour indiquer sa nature probable.",
        de = "Der Anruf überträgt einen Medienstrom, dessen Art noch nicht bestimmt ist, etwa bei einem eingehenden analogen Anruf, bevor er entgegengenommen und analysiert wurde. Zusätzlich können weitere Medienmodus-Bits gesetzt sein, die angeben, worum es sich vermutlich handelt."
    ))]
    Unknown = 0x0000_0002,
    /// A live spoken conversation, with a person at each end. Providers that cannot tell live speech
    /// from automated speech on an incoming call report this mode.
    #[tapi(doc(
        fr = "Conversation orale en direct, avec une personne à chaque extrémité. Les fournisseurs incapables de distinguer, sur un appel entrant, la parole en direct de la parole automatisée indiquent ce mode.",
        de = "Ein live geführtes Gespräch mit einer Person an jedem Ende. Anbieter, die bei einem eingehenden Anruf Live-Sprache nicht von automatisierter Sprache unterscheiden können, melden diesen Modus."
    ))]
    InteractiveVoice = 0x0000_0004,
    /// Speech handled on this side by software rather than a person, as with an answering machine or
    /// voice-mail program.
    #[tapi(doc(
        fr = "Parole prise en charge de ce côté par un logiciel plutôt que par une personne, comme avec un répondeur ou une messagerie vocale.",
        de = "Sprache, die auf dieser Seite von Software statt von einer Person verarbeitet wird, etwa von einem Anrufbeantworter oder einem Voicemail-Programm."
    ))]
    AutomatedVoice = 0x0000_0008,
    /// The call carries a data-modem session. Because the called side must start the modem
    /// handshake, providers usually can only guess this for incoming calls (for example from
    /// silence after answering).
    #[tapi(doc(
        fr = "L’appel transporte une session de modem de données. Comme c’est le côté appelé qui doit lancer la négociation du modem, les fournisseurs ne peuvent généralement que la deviner pour les appels entrants (par exemple d’après un silence après la prise de l’appel).",
        de = "Der Anruf überträgt eine Datenmodem-Sitzung. Da die angerufene Seite den Modem-Handshake beginnen muss, können Anbieter diesen Modus bei eingehenden Anrufen meist nur vermuten (etwa aufgrund von Stille nach der Annahme)."
    ))]
    DataModem = 0x0000_0010,
    /// The call carries a Group 3 fax transmission, in either direction.
    #[tapi(doc(
        fr = "L’appel transporte une transmission de télécopie du groupe 3, dans un sens ou dans l’autre.",
        de = "Der Anruf überträgt ein Fax der Gruppe 3, in der einen oder der anderen Richtung."
    ))]
    G3Fax = 0x0000_0020,
    /// The call carries a session for a telecommunications device for the deaf (TDD).
    #[tapi(doc(
        fr = "L’appel transporte une session d’appareil de télécommunication pour personnes sourdes (ATS, en anglais TDD).",
        de = "Der Anruf überträgt eine Sitzung eines Schreibtelefons für Gehörlose (TDD)."
    ))]
    Tdd = 0x0000_0040,
    /// The call carries a Group 4 fax transmission, in either direction.
    #[tapi(doc(
        fr = "L’appel transporte une transmission de télécopie du groupe 4, dans un sens ou dans l’autre.",
        de = "Der Anruf überträgt ein Fax der Gruppe 4, in der einen oder der anderen Richtung."
    ))]
    G4Fax = 0x0000_0080,
    /// Raw digital data whose format TAPI does not specify.
    #[tapi(doc(
        fr = "Données numériques brutes dont TAPI ne précise pas le format.",
        de = "Digitale Rohdaten, deren Format TAPI nicht festlegt."
    ))]
    DigitalData = 0x0000_0100,
    /// Teletex, a telematic service for exchanging formatted text documents between terminals.
    #[tapi(doc(
        fr = "Télétex, un service télématique d’échange de documents textuels mis en forme entre terminaux.",
        de = "Teletex, ein Telematikdienst zum Austausch formatierter Textdokumente zwischen Endgeräten."
    ))]
    Teletex = 0x0000_0200,
    /// Videotex, a telematic service for consulting pages of text and graphics held on a remote server.
    #[tapi(doc(
        fr = "Vidéotex, un service télématique de consultation de pages de texte et de graphismes stockées sur un serveur distant.",
        de = "Videotex, ein Telematikdienst zum Abrufen von Text- und Grafikseiten, die auf einem entfernten Server gespeichert sind."
    ))]
    Videotex = 0x0000_0400,
    /// Telex, the telematic service of text exchange between teleprinters.
    #[tapi(doc(
        fr = "Télex, le service télématique d’échange de texte entre téléscripteurs.",
        de = "Telex, der Telematikdienst für den Textaustausch zwischen Fernschreibern."
    ))]
    Telex = 0x0000_0800,
    /// A mixed-mode session, an ISDN telematic service that combines several kinds of content such as
    /// text and facsimile.
    #[tapi(doc(
        fr = "Session en mode mixte, un service télématique du RNIS qui combine plusieurs types de contenu, comme du texte et du fac-similé.",
        de = "Eine Sitzung im Mischmodus, einem ISDN-Telematikdienst, der mehrere Arten von Inhalten wie Text und Faksimile kombiniert."
    ))]
    Mixed = 0x0000_1000,
    /// The call carries an Analog Display Services Interface (ADSI) session, which adds text sent
    /// to the phone's display and soft keys to a voice call.
    #[tapi(doc(
        fr = "L’appel transporte une session ADSI (Analog Display Services Interface), qui ajoute à un appel vocal du texte envoyé à l’afficheur du téléphone et des touches programmables.",
        de = "Der Anruf überträgt eine ADSI-Sitzung (Analog Display Services Interface), die einen Sprachanruf um Text für das Display des Telefons und um Softkeys ergänzt."
    ))]
    Adsi = 0x0000_2000,
    /// The call carries VoiceView, a mode that alternates voice and data on the same call (TAPI 1.4
    /// and later).
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "L’appel transporte du VoiceView, un mode qui alterne voix et données sur le même appel (TAPI 1.4 et versions ultérieures).",
        de = "Der Anruf überträgt VoiceView, einen Modus, der auf demselben Anruf zwischen Sprache und Daten wechselt (TAPI 1.4 oder höher)."
    ))]
    VoiceView = 0x0000_4000,
    /// The call carries video (TAPI 2.1 and later).
    #[tapi(since = "2.1")]
    #[tapi(doc(
        fr = "L’appel transporte de la vidéo (TAPI 2.1 et versions ultérieures).",
        de = "Der Anruf überträgt Video (TAPI 2.1 oder höher)."
    ))]
    Video = 0x0000_8000,
}

/// End markers that `tapi.h` defines for two other families; they do not belong to any
/// structure or function parameter.
///
/// Each names the last value of its family, so that code (typically a service provider) can
/// build a mask of the values that are defined and reject unknown bits.
///
/// Both values happen to be single bits, but they mark two unrelated families and are never
/// combined, so this is an enumeration, not a flags family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "LAST_", header = "tapi.h", c_consts)]
#[tapi(doc(
    fr = "Marqueurs de fin que `tapi.h` définit pour deux autres familles ; ils n’appartiennent à aucune structure ni à aucun paramètre de fonction. Chacun désigne la dernière valeur de sa famille, afin que le code (en général un fournisseur de services) puisse construire un masque des valeurs définies et rejeter les bits inconnus.",
    de = "Endmarken, die `tapi.h` für zwei andere Familien definiert; sie gehören zu keiner Struktur und keinem Funktionsparameter. Jede bezeichnet den letzten Wert ihrer Familie, damit Code (meist ein Dienstanbieter) eine Maske der definierten Werte bilden und unbekannte Bits zurückweisen kann.\n\nBeide Werte sind zufällig einzelne Bits, kennzeichnen aber zwei voneinander unabhängige Familien und werden nie kombiniert; dies ist daher eine Aufzählung und keine Familie von Bits."
))]
pub enum Last {
    /// Highest defined `LINEMEDIAMODE_` bit; it equals `LINEMEDIAMODE_VIDEO`, so the valid media
    /// mode bits run from `LINEMEDIAMODE_UNKNOWN` up to it. Headers written before TAPI 2.1, which
    /// added `LINEMEDIAMODE_VIDEO` (Wine's and Odin32's, for example), define it as 0x4000,
    /// `LINEMEDIAMODE_VOICEVIEW`: a mask built from those headers leaves out the video bit.
    #[tapi(doc(
        fr = "Bit `LINEMEDIAMODE_` défini le plus élevé ; il vaut `LINEMEDIAMODE_VIDEO`, de sorte que les bits de mode de média valides vont de `LINEMEDIAMODE_UNKNOWN` jusqu’à lui. Les en-têtes antérieurs à TAPI 2.1, qui a ajouté `LINEMEDIAMODE_VIDEO` (ceux de Wine et d’Odin32, par exemple), le définissent à 0x4000, soit `LINEMEDIAMODE_VOICEVIEW` : un masque construit à partir de ces en-têtes laisse de côté le bit vidéo.",
        de = "Höchstes definiertes Bit von `LINEMEDIAMODE_`; die Endmarke ist gleich `LINEMEDIAMODE_VIDEO`, die gültigen Medienmodus-Bits reichen also von `LINEMEDIAMODE_UNKNOWN` bis zu ihr. Header aus der Zeit vor TAPI 2.1, das `LINEMEDIAMODE_VIDEO` hinzugefügt hat (etwa die von Wine und Odin32), definieren sie als 0x4000, also `LINEMEDIAMODE_VOICEVIEW`: Eine aus diesen Headern gebildete Maske lässt das Video-Bit aus."
    ))]
    LineMediaMode = 0x0000_8000,
    /// End marker for `LINEREQUESTMODE_`; it equals `LINEREQUESTMODE_MEDIACALL`. Note that
    /// `LINEREQUESTMODE_DROP` (0x4) lies above it, so it does not cover every request mode.
    #[tapi(doc(
        fr = "Marqueur de fin de `LINEREQUESTMODE_` ; il vaut `LINEREQUESTMODE_MEDIACALL`. Attention, `LINEREQUESTMODE_DROP` (0x4) se situe au-dessus, si bien qu’il ne couvre pas tous les modes de requête.",
        de = "Endmarke für `LINEREQUESTMODE_`; sie ist gleich `LINEREQUESTMODE_MEDIACALL`. Zu beachten ist, dass `LINEREQUESTMODE_DROP` (0x4) darüber liegt, sodass sie nicht alle Anforderungsmodi abdeckt."
    ))]
    LineRequestMode = 0x0000_0002,
}
