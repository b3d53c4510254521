//! Line devices: capabilities, state, status, features, open options, roaming, terminals, strings.

use tapi_consts::ConstFamily;

/// Yes/no capabilities of a line device, combined in the `dwDevCapFlags` member of the
/// `LINEDEVCAPS` structure returned by `lineGetDevCaps`.
///
/// The three `DIAL*` flags let an application learn in advance which dialable-string modifiers
/// would make a call fail; the `?` modifier is never supported by a line device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEDEVCAPFLAGS_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Capacités booléennes d’un périphérique de ligne, combinées dans le membre `dwDevCapFlags` de la structure `LINEDEVCAPS` renvoyée par `lineGetDevCaps`.\n\nLes trois indicateurs `DIAL*` permettent à une application de savoir à l’avance quels modificateurs de chaîne composable feraient échouer un appel ; le modificateur `?` n’est jamais pris en charge par un périphérique de ligne.",
    de = "Ja/Nein-Fähigkeiten eines Leitungsgeräts, kombiniert im Feld `dwDevCapFlags` der Struktur `LINEDEVCAPS`, die `lineGetDevCaps` zurückgibt.\n\nAnhand der drei Bits `DIAL*` kann eine Anwendung vorab erkennen, welche Modifikatoren der Wählzeichenfolge einen Anruf fehlschlagen ließen; den Modifikator `?` unterstützt ein Leitungsgerät nie."
))]
pub enum LineDevCapFlags {
    /// Calls on different addresses of this line can be joined in the same conference.
    #[tapi(doc(
        fr = "Des appels passant par différentes adresses de cette ligne peuvent être réunis dans une même conférence.",
        de = "Anrufe auf verschiedenen Adressen dieser Leitung können in derselben Konferenz zusammengeführt werden."
    ))]
    CrossAddrConf = 0x0000_0001,
    /// The line supports high-level compatibility information elements (in the ISDN sense).
    #[tapi(doc(
        fr = "La ligne prend en charge les éléments d’information de compatibilité de couche haute (au sens du RNIS).",
        de = "Die Leitung unterstützt Informationselemente zur Kompatibilität der höheren Schichten (im Sinne von ISDN)."
    ))]
    HighLevComp = 0x0000_0002,
    /// The line supports low-level compatibility information elements (in the ISDN sense).
    #[tapi(doc(
        fr = "La ligne prend en charge les éléments d’information de compatibilité de couche basse (au sens du RNIS).",
        de = "Die Leitung unterstützt Informationselemente zur Kompatibilität der unteren Schichten (im Sinne von ISDN)."
    ))]
    LowLevComp = 0x0000_0004,
    /// Media control operations (`lineSetMediaControl`) are available for calls on this line.
    #[tapi(doc(
        fr = "Les opérations de contrôle du média (`lineSetMediaControl`) sont disponibles pour les appels de cette ligne.",
        de = "Für Anrufe auf dieser Leitung stehen Operationen der Mediensteuerung (`lineSetMediaControl`) zur Verfügung."
    ))]
    MediaControl = 0x0000_0008,
    /// `lineMakeCall` and `lineDial` accept several destination addresses at once, as needed for
    /// inverse multiplexing.
    #[tapi(doc(
        fr = "`lineMakeCall` et `lineDial` acceptent plusieurs adresses de destination à la fois, comme l’exige le multiplexage inverse.",
        de = "`lineMakeCall` und `lineDial` akzeptieren mehrere Zieladressen auf einmal, wie es für inverses Multiplexing nötig ist."
    ))]
    MultipleAddr = 0x0000_0010,
    /// When the last application that opened the line closes it with `lineClose`, the provider
    /// drops every active call. When clear, the calls survive under the control of other equipment
    /// (such as a phone sharing an analog line), and an application may warn the user before closing.
    #[tapi(doc(
        fr = "Lorsque la dernière application ayant ouvert la ligne la ferme avec `lineClose`, le fournisseur met fin à tous les appels actifs. Si l’indicateur est absent, les appels subsistent sous le contrôle d’un autre équipement (comme un téléphone partageant une ligne analogique), et une application peut avertir l’utilisateur avant la fermeture.",
        de = "Wenn die letzte Anwendung, die die Leitung geöffnet hat, sie mit `lineClose` schließt, beendet der Dienstanbieter alle aktiven Anrufe. Ist das Bit nicht gesetzt, bleiben die Anrufe unter der Kontrolle anderer Geräte bestehen (etwa eines Telefons, das dieselbe analoge Leitung mitbenutzt), und eine Anwendung kann den Benutzer vor dem Schließen warnen."
    ))]
    CloseDrop = 0x0000_0020,
    /// The `$` dialable-string modifier (wait for the billing tone, as before entering a calling
    /// card number) is supported.
    #[tapi(doc(
        fr = "Le modificateur de chaîne composable `$` (attendre la tonalité de facturation, par exemple avant de saisir un numéro de carte d’appel) est pris en charge.",
        de = "Der Modifikator `$` der Wählzeichenfolge (auf den Abrechnungston warten, etwa vor der Eingabe der Nummer einer Calling Card) wird unterstützt."
    ))]
    DialBilling = 0x0000_0040,
    /// The `@` dialable-string modifier (wait for quiet answer: ringback followed by several
    /// seconds of silence) is supported.
    #[tapi(doc(
        fr = "Le modificateur de chaîne composable `@` (attendre une réponse silencieuse : retour d’appel suivi de plusieurs secondes de silence) est pris en charge.",
        de = "Der Modifikator `@` der Wählzeichenfolge (auf eine stille Rufannahme warten: Freiton, gefolgt von mehreren Sekunden Stille) wird unterstützt."
    ))]
    DialQuiet = 0x0000_0080,
    /// The `W` dialable-string modifier (wait for dial tone) is supported.
    #[tapi(doc(
        fr = "Le modificateur de chaîne composable `W` (attendre la tonalité de numérotation) est pris en charge.",
        de = "Der Modifikator `W` der Wählzeichenfolge (auf den Wählton warten) wird unterstützt."
    ))]
    DialDialTone = 0x0000_0100,
    /// A media service provider (MSP) is associated with the line. Only shown to applications that
    /// negotiate TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Un fournisseur de services de média (MSP) est associé à la ligne. Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure.",
        de = "Der Leitung ist ein MSP (Mediendienstanbieter) zugeordnet. Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher aushandeln."
    ))]
    Msp = 0x0000_0200,
    /// The line supports call hubs. Only shown to applications that negotiate TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "La ligne prend en charge les concentrateurs d’appels. Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure.",
        de = "Die Leitung unterstützt Anrufhubs. Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher aushandeln."
    ))]
    CallHub = 0x0000_0400,
    /// The line supports call hub tracking (see `LINECALLHUBTRACKING_`). Only shown to applications
    /// that negotiate TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "La ligne prend en charge le suivi des concentrateurs d’appels (voir `LINECALLHUBTRACKING_`). Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure.",
        de = "Die Leitung unterstützt die Anrufhub-Verfolgung (siehe `LINECALLHUBTRACKING_`). Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher aushandeln."
    ))]
    CallHubTracking = 0x0000_0800,
    /// The service provider implements provider-specific interfaces (private objects). Only shown
    /// to applications that negotiate TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Le fournisseur de services implémente des interfaces qui lui sont propres (objets privés). Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure.",
        de = "Der Dienstanbieter implementiert anbieterspezifische Schnittstellen (private Objekte). Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher aushandeln."
    ))]
    PrivateObjects = 0x0000_1000,
    /// The line can be used only on the computer where it is installed; a TAPI server does not
    /// offer it to remote clients.
    #[tapi(doc(
        fr = "La ligne n’est utilisable que sur l’ordinateur où elle est installée ; un serveur TAPI ne la propose pas aux clients distants.",
        de = "Die Leitung ist nur auf dem Rechner nutzbar, auf dem sie installiert ist; ein TAPI-Server bietet sie entfernten Clients nicht an."
    ))]
    Local = 0x0000_2000,
}

/// Line device status events. They arrive in `dwParam1` of the `LINE_LINEDEVSTATE` message; an
/// application chooses which ones it receives with `lineSetStatusMessages`, and the `dwLineStates`
/// member of `LINEDEVCAPS` lists those the device can report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEDEVSTATE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Événements d’état d’un périphérique de ligne. Ils sont transmis dans `dwParam1` du message `LINE_LINEDEVSTATE` ; une application choisit ceux qu’elle reçoit avec `lineSetStatusMessages`, et le membre `dwLineStates` de `LINEDEVCAPS` énumère ceux que le périphérique peut signaler.",
    de = "Statusereignisse eines Leitungsgeräts, die in `dwParam1` der Nachricht `LINE_LINEDEVSTATE` ankommen; mit `lineSetStatusMessages` wählt eine Anwendung aus, welche sie erhält, und das Feld `dwLineStates` von `LINEDEVCAPS` listet diejenigen auf, die das Gerät melden kann."
))]
pub enum LineDevState {
    /// A device status item not covered by the other flags has changed; the application has to
    /// read the current status (`lineGetLineDevStatus`) to find out which.
    #[tapi(doc(
        fr = "Un élément d’état du périphérique que les autres indicateurs ne couvrent pas a changé ; l’application doit relire l’état actuel (`lineGetLineDevStatus`) pour savoir lequel.",
        de = "Ein Statuselement des Geräts, das die anderen Bits nicht abdecken, hat sich geändert; die Anwendung muss den aktuellen Status (`lineGetLineDevStatus`) lesen, um zu erfahren, welches."
    ))]
    Other = 0x0000_0001,
    /// The switch is telling the line to alert the user. Providers repeat the event on each ring
    /// cycle (about every six seconds in the United States), with an increasing ring count.
    #[tapi(doc(
        fr = "Le commutateur demande à la ligne d’alerter l’utilisateur. Les fournisseurs répètent l’événement à chaque cycle de sonnerie (environ toutes les six secondes aux États-Unis), avec un nombre de sonneries croissant.",
        de = "Die Vermittlung fordert die Leitung auf, den Benutzer zu rufen. Die Dienstanbieter wiederholen das Ereignis bei jedem Klingelzyklus (in den USA etwa alle sechs Sekunden) mit steigendem Klingelzähler."
    ))]
    Ringing = 0x0000_0002,
    /// The line, which was disconnected, is connected to TAPI again.
    #[tapi(doc(
        fr = "La ligne, qui était déconnectée, est de nouveau connectée à TAPI.",
        de = "Die Leitung, die getrennt war, ist wieder mit TAPI verbunden."
    ))]
    Connected = 0x0000_0004,
    /// The line, which was connected, is no longer connected to TAPI.
    #[tapi(doc(
        fr = "La ligne, qui était connectée, n’est plus connectée à TAPI.",
        de = "Die Leitung, die verbunden war, ist nicht mehr mit TAPI verbunden."
    ))]
    Disconnected = 0x0000_0008,
    /// The message-waiting indicator has come on.
    #[tapi(doc(
        fr = "Le voyant de message en attente s’est allumé.",
        de = "Die Anzeige für wartende Nachrichten wurde eingeschaltet."
    ))]
    MsgWaitOn = 0x0000_0010,
    /// The message-waiting indicator has gone off.
    #[tapi(doc(
        fr = "Le voyant de message en attente s’est éteint.",
        de = "Die Anzeige für wartende Nachrichten wurde ausgeschaltet."
    ))]
    MsgWaitOff = 0x0000_0020,
    /// The line is in service and connected to TAPI, either because TAPI has just started or
    /// because the line was plugged in and brought into service at the switch.
    #[tapi(doc(
        fr = "La ligne est en service et connectée à TAPI, soit parce que TAPI vient de démarrer, soit parce que la ligne a été branchée et mise en service sur le commutateur.",
        de = "Die Leitung ist in Betrieb und mit TAPI verbunden, entweder weil TAPI gerade gestartet wurde oder weil die Leitung angeschlossen und an der Vermittlung in Betrieb genommen wurde."
    ))]
    InService = 0x0000_0040,
    /// The line is out of service at the switch or physically unplugged; TAPI cannot operate it.
    #[tapi(doc(
        fr = "La ligne est hors service sur le commutateur ou physiquement débranchée ; TAPI ne peut pas la piloter.",
        de = "Die Leitung ist an der Vermittlung außer Betrieb oder physisch abgezogen; TAPI kann sie nicht steuern."
    ))]
    OutOfService = 0x0000_0080,
    /// The switch is performing maintenance on the line; TAPI cannot operate it meanwhile.
    #[tapi(doc(
        fr = "Le commutateur effectue une maintenance sur la ligne ; TAPI ne peut pas la piloter pendant ce temps.",
        de = "Die Vermittlung führt Wartungsarbeiten an der Leitung durch; TAPI kann sie währenddessen nicht steuern."
    ))]
    Maintenance = 0x0000_0100,
    /// Another application has opened the line.
    #[tapi(doc(
        fr = "Une autre application a ouvert la ligne.",
        de = "Eine andere Anwendung hat die Leitung geöffnet."
    ))]
    Open = 0x0000_0200,
    /// Another application has closed the line.
    #[tapi(doc(
        fr = "Une autre application a fermé la ligne.",
        de = "Eine andere Anwendung hat die Leitung geschlossen."
    ))]
    Close = 0x0000_0400,
    /// The number of calls on the line device has changed.
    #[tapi(doc(
        fr = "Le nombre d’appels sur le périphérique de ligne a changé.",
        de = "Die Anzahl der Anrufe auf dem Leitungsgerät hat sich geändert."
    ))]
    NumCalls = 0x0000_0800,
    /// The number of pending call completion requests on the line device has changed.
    #[tapi(doc(
        fr = "Le nombre de demandes d’achèvement d’appel en cours sur le périphérique de ligne a changé.",
        de = "Die Anzahl der ausstehenden Anforderungen zur Anrufvervollständigung auf dem Leitungsgerät hat sich geändert."
    ))]
    NumCompletions = 0x0000_1000,
    /// The terminal settings have changed, for example because several lines share one phone terminal.
    #[tapi(doc(
        fr = "Les réglages des terminaux ont changé, par exemple parce que plusieurs lignes partagent un même terminal téléphonique.",
        de = "Die Einstellungen der Endgeräte haben sich geändert, etwa weil sich mehrere Leitungen ein Telefon als Endgerät teilen."
    ))]
    Terminals = 0x0000_2000,
    /// The roaming mode of the line device (cellular) has changed.
    #[tapi(doc(
        fr = "Le mode d’itinérance du périphérique de ligne (cellulaire) a changé.",
        de = "Der Roaming-Modus des Leitungsgeräts (Mobilfunk) hat sich geändert."
    ))]
    RoamMode = 0x0000_4000,
    /// The battery level has changed significantly (cellular devices).
    #[tapi(doc(
        fr = "Le niveau de la batterie a sensiblement changé (appareils cellulaires).",
        de = "Der Batteriestand hat sich deutlich geändert (Mobilfunkgeräte)."
    ))]
    Battery = 0x0000_8000,
    /// The signal strength has changed significantly (cellular devices).
    #[tapi(doc(
        fr = "La puissance du signal a sensiblement changé (appareils cellulaires).",
        de = "Die Signalstärke hat sich deutlich geändert (Mobilfunkgeräte)."
    ))]
    Signal = 0x0001_0000,
    /// The device-specific information of the line has changed.
    #[tapi(doc(
        fr = "Les informations propres au périphérique de la ligne ont changé.",
        de = "Die gerätespezifischen Informationen der Leitung haben sich geändert."
    ))]
    DevSpecific = 0x0002_0000,
    /// The set or configuration of line devices has changed (for example, new devices appeared);
    /// the application must shut down and reinitialize its use of TAPI to see the changes.
    #[tapi(doc(
        fr = "L’ensemble ou la configuration des périphériques de ligne a changé (par exemple, de nouveaux périphériques sont apparus) ; l’application doit arrêter puis réinitialiser son utilisation de TAPI pour prendre en compte ces changements.",
        de = "Der Bestand oder die Konfiguration der Leitungsgeräte hat sich geändert (etwa weil neue Geräte hinzugekommen sind); die Anwendung muss ihre Nutzung von TAPI beenden und neu initialisieren, um die Änderungen zu sehen."
    ))]
    Reinit = 0x0004_0000,
    /// The locked state of the line device has changed (see `LINEDEVSTATUSFLAGS_LOCKED`).
    #[tapi(doc(
        fr = "L’état de verrouillage du périphérique de ligne a changé (voir `LINEDEVSTATUSFLAGS_LOCKED`).",
        de = "Der Sperrzustand des Leitungsgeräts hat sich geändert (siehe `LINEDEVSTATUSFLAGS_LOCKED`)."
    ))]
    Lock = 0x0008_0000,
    /// One or more members of `LINEDEVCAPS` have changed; read them again with `lineGetDevCaps`.
    /// Applications that negotiated a version older than 1.4 receive `REINIT` instead.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Un ou plusieurs membres de `LINEDEVCAPS` ont changé ; relisez-les avec `lineGetDevCaps`. Les applications ayant négocié une version antérieure à 1.4 reçoivent `REINIT` à la place.",
        de = "Ein oder mehrere Felder von `LINEDEVCAPS` haben sich geändert; sie sind mit `lineGetDevCaps` erneut abzurufen. Anwendungen, die eine ältere Version als 1.4 ausgehandelt haben, erhalten stattdessen `REINIT`."
    ))]
    CapsChange = 0x0010_0000,
    /// The configuration of one or more media devices tied to the line has changed;
    /// `lineGetDevConfig` returns the new settings. Only sent to applications that negotiated TAPI
    /// 1.4 or later.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "La configuration d’un ou de plusieurs périphériques de média liés à la ligne a changé ; `lineGetDevConfig` renvoie les nouveaux réglages. Envoyé seulement aux applications ayant négocié TAPI 1.4 ou une version ultérieure.",
        de = "Die Konfiguration eines oder mehrerer Mediengeräte, die zur Leitung gehören, hat sich geändert; `lineGetDevConfig` liefert die neuen Einstellungen. Wird nur an Anwendungen gesendet, die TAPI 1.4 oder höher ausgehandelt haben."
    ))]
    ConfigChange = 0x0020_0000,
    /// One or more members of `LINETRANSLATECAPS` (address translation settings) have changed;
    /// read them again with `lineGetTranslateCaps`. Applications older than version 1.4 receive
    /// `REINIT` instead.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Un ou plusieurs membres de `LINETRANSLATECAPS` (réglages de traduction d’adresses) ont changé ; relisez-les avec `lineGetTranslateCaps`. Les applications antérieures à la version 1.4 reçoivent `REINIT` à la place.",
        de = "Ein oder mehrere Felder von `LINETRANSLATECAPS` (Einstellungen für die Umsetzung von Adressen) haben sich geändert; sie sind mit `lineGetTranslateCaps` erneut abzurufen. Anwendungen mit einer älteren Version als 1.4 erhalten stattdessen `REINIT`."
    ))]
    TranslateChange = 0x0040_0000,
    /// A call completion request, whose identifier is in `dwParam2`, was cancelled from outside
    /// and is no longer valid (`lineUncompleteCall` would fail with `LINEERR_INVALCOMPLETIONID`).
    /// Only sent to applications that negotiated TAPI 1.4 or later.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Une demande d’achèvement d’appel, dont l’identifiant figure dans `dwParam2`, a été annulée de l’extérieur et n’est plus valide (`lineUncompleteCall` échouerait avec `LINEERR_INVALCOMPLETIONID`). Envoyé seulement aux applications ayant négocié TAPI 1.4 ou une version ultérieure.",
        de = "Eine Anforderung zur Anrufvervollständigung, deren Kennung in `dwParam2` steht, wurde von außen aufgehoben und ist nicht mehr gültig (`lineUncompleteCall` würde mit `LINEERR_INVALCOMPLETIONID` fehlschlagen). Wird nur an Anwendungen gesendet, die TAPI 1.4 oder höher ausgehandelt haben."
    ))]
    ComplCancel = 0x0080_0000,
    /// The device is being removed from the system, usually at the user's request. A `LINE_CLOSE`
    /// normally follows, and further access returns `LINEERR_NODEVICE` until TAPI is
    /// reinitialized. Only sent to applications that negotiated TAPI 1.4 or later.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Le périphérique est en cours de retrait du système, généralement à la demande de l’utilisateur. Un message `LINE_CLOSE` suit normalement, et tout accès ultérieur renvoie `LINEERR_NODEVICE` jusqu’à la réinitialisation de TAPI. Envoyé seulement aux applications ayant négocié TAPI 1.4 ou une version ultérieure.",
        de = "Das Gerät wird gerade aus dem System entfernt, meist auf Wunsch des Benutzers. Normalerweise folgt eine Nachricht `LINE_CLOSE`, und jeder weitere Zugriff liefert `LINEERR_NODEVICE`, bis TAPI neu initialisiert wird. Wird nur an Anwendungen gesendet, die TAPI 1.4 oder höher ausgehandelt haben."
    ))]
    Removed = 0x0100_0000,
}

/// Yes/no status items of a line device, in the `dwDevStatusFlags` member of the `LINEDEVSTATUS`
/// structure returned by `lineGetLineDevStatus`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEDEVSTATUSFLAGS_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Éléments d’état booléens d’un périphérique de ligne, dans le membre `dwDevStatusFlags` de la structure `LINEDEVSTATUS` renvoyée par `lineGetLineDevStatus`.",
    de = "Ja/Nein-Statuselemente eines Leitungsgeräts im Feld `dwDevStatusFlags` der Struktur `LINEDEVSTATUS`, die `lineGetLineDevStatus` zurückgibt."
))]
pub enum LineDevStatusFlags {
    /// Set when the line is connected to TAPI and can be operated; when clear, the application
    /// cannot control the line device through TAPI.
    #[tapi(doc(
        fr = "Présent lorsque la ligne est connectée à TAPI et peut être pilotée ; s’il est absent, l’application ne peut pas contrôler le périphérique de ligne par TAPI.",
        de = "Gesetzt, wenn die Leitung mit TAPI verbunden ist und gesteuert werden kann; ist das Bit nicht gesetzt, kann die Anwendung das Leitungsgerät nicht über TAPI steuern."
    ))]
    Connected = 0x0000_0001,
    /// Set when a message is waiting on the line.
    #[tapi(doc(
        fr = "Présent lorsqu’un message est en attente sur la ligne.",
        de = "Gesetzt, wenn auf der Leitung eine Nachricht wartet."
    ))]
    MsgWait = 0x0000_0002,
    /// Set when the line is in service; clear when it is out of service.
    #[tapi(doc(
        fr = "Présent lorsque la ligne est en service ; absent lorsqu’elle est hors service.",
        de = "Gesetzt, wenn die Leitung in Betrieb ist; nicht gesetzt, wenn sie außer Betrieb ist."
    ))]
    InService = 0x0000_0004,
    /// Set when the line is locked, typically a cellular phone that cannot place calls until its
    /// password is entered on the phone itself; an application can use it to alert the user.
    #[tapi(doc(
        fr = "Présent lorsque la ligne est verrouillée, typiquement un téléphone cellulaire qui ne peut pas émettre d’appels tant que son mot de passe n’a pas été saisi sur le téléphone lui-même ; une application peut s’en servir pour prévenir l’utilisateur.",
        de = "Gesetzt, wenn die Leitung gesperrt ist, typischerweise bei einem Mobiltelefon, das erst nach Eingabe seines Kennworts am Telefon selbst Anrufe tätigen kann; eine Anwendung kann damit den Benutzer darauf hinweisen."
    ))]
    Locked = 0x0000_0008,
}

/// Roaming status of a (typically cellular) line device: whether it is attached to its home
/// network or to another carrier.
///
/// Reported in `dwRoamMode` of `LINEDEVSTATUS`; `dwRoamModes` of `LINEDEVCAPS` lists the modes the
/// line can report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEROAMMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "État d’itinérance d’un périphérique de ligne (en général cellulaire) : rattaché à son réseau nominal ou à un autre opérateur. Indiqué dans `dwRoamMode` de `LINEDEVSTATUS` ; `dwRoamModes` de `LINEDEVCAPS` liste les modes que la ligne peut indiquer.",
    de = "Roaming-Status eines (meist Mobilfunk-)Leitungsgeräts: ob es mit seinem Heimatnetz oder mit einem anderen Netzbetreiber verbunden ist. Gemeldet in `dwRoamMode` von `LINEDEVSTATUS`; `dwRoamModes` von `LINEDEVCAPS` listet die Modi auf, die die Leitung melden kann."
))]
pub enum LineRoamMode {
    /// The roaming status cannot be determined at the moment; it may be learned later.
    #[tapi(doc(
        fr = "L’état d’itinérance ne peut pas être déterminé pour le moment ; il pourra l’être plus tard.",
        de = "Der Roaming-Status lässt sich derzeit nicht ermitteln; er kann später bekannt werden."
    ))]
    Unknown = 0x0000_0001,
    /// The provider has no means of learning the roaming status, now or later.
    #[tapi(doc(
        fr = "Le fournisseur n’a aucun moyen de connaître l’état d’itinérance, ni maintenant ni plus tard.",
        de = "Der Dienstanbieter hat keine Möglichkeit, den Roaming-Status zu erfahren, weder jetzt noch später."
    ))]
    Unavail = 0x0000_0002,
    /// The line is attached to its home network, so no roaming charges apply.
    #[tapi(doc(
        fr = "La ligne est rattachée à son réseau nominal ; il n’y a donc pas de frais d’itinérance.",
        de = "Die Leitung ist mit ihrem Heimatnetz verbunden, daher fallen keine Roaming-Gebühren an."
    ))]
    Home = 0x0000_0004,
    /// Away from home, attached to the carrier known as Roam-A, whose tariffs apply to calls.
    #[tapi(doc(
        fr = "Hors du réseau nominal, rattachée à l’opérateur appelé Roam-A, dont les tarifs s’appliquent aux appels.",
        de = "Die Leitung ist außerhalb des Heimatnetzes mit dem als Roam-A bezeichneten Netzbetreiber verbunden, dessen Tarife für die Anrufe gelten."
    ))]
    RoamA = 0x0000_0008,
    /// Away from home, attached to the carrier known as Roam-B, whose tariffs apply to calls.
    #[tapi(doc(
        fr = "Hors du réseau nominal, rattachée à l’opérateur appelé Roam-B, dont les tarifs s’appliquent aux appels.",
        de = "Die Leitung ist außerhalb des Heimatnetzes mit dem als Roam-B bezeichneten Netzbetreiber verbunden, dessen Tarife für die Anrufe gelten."
    ))]
    RoamB = 0x0000_0010,
}

/// What physical equipment a terminal of a line is: a telephone set, a headset or a speaker.
///
/// Reported in `dwTermDev` of the `LINETERMCAPS` entries that `LINEDEVCAPS` holds for each of
/// the line's terminals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETERMDEV_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Nature de l’équipement physique qui constitue un terminal d’une ligne : poste téléphonique, casque ou haut-parleur. Indiquée dans `dwTermDev` des entrées `LINETERMCAPS` que contient `LINEDEVCAPS` pour chacun des terminaux de la ligne.",
    de = "Art der physischen Ausrüstung, die ein Endgerät einer Leitung bildet: ein Telefon, ein Headset oder ein Lautsprecher. Gemeldet in `dwTermDev` der Einträge `LINETERMCAPS`, die `LINEDEVCAPS` für jedes Endgerät der Leitung enthält."
))]
pub enum LineTermDev {
    /// A telephone set serves as the terminal.
    #[tapi(doc(
        fr = "Un poste téléphonique sert de terminal.",
        de = "Ein Telefon dient als Endgerät."
    ))]
    Phone = 0x0000_0001,
    /// A headset worn by the user serves as the terminal.
    #[tapi(doc(
        fr = "Un casque porté par l’utilisateur sert de terminal.",
        de = "Ein vom Benutzer getragenes Headset dient als Endgerät."
    ))]
    Headset = 0x0000_0002,
    /// A loudspeaker combined with a microphone, outside any handset, serves as the terminal
    /// (hands-free use).
    #[tapi(doc(
        fr = "Un haut-parleur associé à un microphone, indépendant de tout combiné, sert de terminal (usage mains libres).",
        de = "Ein Lautsprecher mit Mikrofon, unabhängig von einem Hörer, dient als Endgerät (Freisprechen)."
    ))]
    Speaker = 0x0000_0004,
}

/// The kinds of traffic (buttons, lamps, display, ringer, hook switch and media) that
/// `lineSetTerminal` can route between a line and one of its terminals.
///
/// Passed as `dwTerminalModes` to `lineSetTerminal` to choose what is routed, and reported in
/// `dwTermModes` of `LINETERMCAPS` to say what a terminal can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETERMMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Types de trafic (boutons, voyants, afficheur, sonnerie, commutateur crochet et média) que `lineSetTerminal` peut acheminer entre une ligne et l’un de ses terminaux. Passés comme `dwTerminalModes` à `lineSetTerminal` pour choisir ce qui est acheminé, et indiqués dans `dwTermModes` de `LINETERMCAPS` pour préciser ce qu’un terminal peut recevoir.",
    de = "Arten von Informationen (Tasten, Leuchtanzeigen, Display, Rufsignal, Gabelumschalter und Medien), die `lineSetTerminal` zwischen einer Leitung und einem ihrer Endgeräte leiten kann. Als `dwTerminalModes` an `lineSetTerminal` übergeben, um festzulegen, was geleitet wird, und in `dwTermModes` von `LINETERMCAPS` gemeldet, um anzugeben, was ein Endgerät aufnehmen kann."
))]
pub enum LineTermMode {
    /// Routes button presses: the terminal reports them to the line.
    #[tapi(doc(
        fr = "Achemine les appuis sur les boutons : le terminal les signale à la ligne.",
        de = "Leitet Tastendrücke: Das Endgerät meldet sie an die Leitung."
    ))]
    Buttons = 0x0000_0001,
    /// Routes lamp control: the line drives the terminal's indicator lights.
    #[tapi(doc(
        fr = "Achemine la commande des voyants : la ligne pilote les voyants lumineux du terminal.",
        de = "Leitet die Steuerung der Leuchtanzeigen: Die Leitung steuert die Leuchtanzeigen des Endgeräts."
    ))]
    Lamps = 0x0000_0002,
    /// Routes display output: the line supplies what the terminal's display shows.
    #[tapi(doc(
        fr = "Achemine l’affichage : la ligne fournit ce que montre l’afficheur du terminal.",
        de = "Leitet die Displayausgabe: Die Leitung liefert, was das Display des Endgeräts anzeigt."
    ))]
    Display = 0x0000_0004,
    /// Routes ringing: the switch controls the terminal's ringer.
    #[tapi(doc(
        fr = "Achemine la sonnerie : le commutateur commande la sonnerie du terminal.",
        de = "Leitet das Rufsignal: Die Vermittlung steuert das Rufsignal des Endgeräts."
    ))]
    Ringer = 0x0000_0008,
    /// Routes hook switch activity: the terminal reports on-hook and off-hook changes to the line.
    #[tapi(doc(
        fr = "Achemine l’activité du commutateur crochet : le terminal signale à la ligne les raccrochages et décrochages.",
        de = "Leitet die Aktivität des Gabelumschalters: Das Endgerät meldet der Leitung das Auflegen und Abheben."
    ))]
    HookSwitch = 0x0000_0010,
    /// Routes the call's media in one direction only, from the terminal toward the line; for lines that
    /// can steer the two directions independently.
    #[tapi(doc(
        fr = "Achemine le média de l’appel dans un seul sens, du terminal vers la ligne ; pour les lignes capables d’orienter les deux sens indépendamment.",
        de = "Leitet die Medien des Anrufs nur in eine Richtung, vom Endgerät zur Leitung; für Leitungen, die beide Richtungen unabhängig voneinander steuern können."
    ))]
    MediaToLine = 0x0000_0020,
    /// Routes the call's media in one direction only, from the line toward the terminal; for lines that
    /// can steer the two directions independently.
    #[tapi(doc(
        fr = "Achemine le média de l’appel dans un seul sens, de la ligne vers le terminal ; pour les lignes capables d’orienter les deux sens indépendamment.",
        de = "Leitet die Medien des Anrufs nur in eine Richtung, von der Leitung zum Endgerät; für Leitungen, die beide Richtungen unabhängig voneinander steuern können."
    ))]
    MediaFromLine = 0x0000_0040,
    /// Routes the call's media in both directions as one unit; for lines that cannot steer the two
    /// directions separately.
    #[tapi(doc(
        fr = "Achemine le média de l’appel dans les deux sens d’un seul bloc ; pour les lignes qui ne peuvent pas orienter les deux sens séparément.",
        de = "Leitet die Medien des Anrufs in beide Richtungen als eine Einheit; für Leitungen, die die beiden Richtungen nicht getrennt steuern können."
    ))]
    MediaBidirect = 0x0000_0080,
}

/// Whether, and how, several lines may use the same terminal device at the same time.
///
/// Reported in `dwTermSharing` of `LINETERMCAPS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETERMSHARING_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Indique si plusieurs lignes peuvent utiliser le même terminal en même temps, et de quelle manière. Valeur indiquée dans `dwTermSharing` de `LINETERMCAPS`.",
    de = "Gibt an, ob und wie mehrere Leitungen dasselbe Endgerät gleichzeitig nutzen können. Gemeldet in `dwTermSharing` von `LINETERMCAPS`."
))]
pub enum LineTermSharing {
    /// Not shared: the terminal is dedicated to one line device.
    #[tapi(doc(
        fr = "Non partagé : le terminal est réservé à un seul périphérique de ligne.",
        de = "Nicht geteilt: Das Endgerät ist einem einzigen Leitungsgerät vorbehalten."
    ))]
    Private = 0x0000_0001,
    /// Shared, last one wins: for each terminal mode, whichever line most recently routed that mode to
    /// the terminal with `lineSetTerminal` has it to itself.
    #[tapi(doc(
        fr = "Partagé, le dernier l’emporte : pour chaque mode de terminal, la ligne qui a acheminé ce mode vers le terminal le plus récemment avec `lineSetTerminal` en dispose seule.",
        de = "Geteilt, die letzte Leitung gewinnt: Für jeden Endgerätemodus gehört dieser Modus allein der Leitung, die ihn zuletzt mit `lineSetTerminal` zum Endgerät geleitet hat."
    ))]
    SharedExcl = 0x0000_0002,
    /// Shared and mixed: several lines may route to the terminal at the same time, and the terminal
    /// combines what they send, as in a conference.
    #[tapi(doc(
        fr = "Partagé et mélangé : plusieurs lignes peuvent acheminer vers le terminal en même temps, et celui-ci combine ce qu’elles envoient, comme dans une conférence.",
        de = "Geteilt und gemischt: Mehrere Leitungen können gleichzeitig zum Endgerät leiten, und das Endgerät kombiniert, was sie senden, wie in einer Konferenz."
    ))]
    SharedConf = 0x0000_0004,
}

/// Operations that can be invoked on a line device as a whole (rather than on one of its
/// addresses or calls).
///
/// Reported in `dwLineFeatures` of `LINEDEVSTATUS` (returned by `lineGetLineDevStatus`). The set
/// follows the line's state, so it is worth reading again after line-state notifications.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEFEATURE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Opérations utilisables sur un périphérique de ligne dans son ensemble (et non sur l’une de ses adresses ou l’un de ses appels). Elles sont indiquées dans `dwLineFeatures` de `LINEDEVSTATUS` (renvoyée par `lineGetLineDevStatus`). Cet ensemble évolue avec l’état de la ligne ; il est donc utile de le relire après les notifications de changement d’état de la ligne.",
    de = "Operationen, die auf einem Leitungsgerät als Ganzem aufgerufen werden können (statt auf einer seiner Adressen oder einem seiner Anrufe). Gemeldet in `dwLineFeatures` von `LINEDEVSTATUS` (das `lineGetLineDevStatus` zurückgibt). Die Menge folgt dem Zustand der Leitung; es lohnt sich daher, sie nach Benachrichtigungen über Änderungen des Leitungszustands erneut zu lesen."
))]
pub enum LineFeature {
    /// `lineDevSpecific`, the pass-through for vendor-defined operations, may currently be used on
    /// the line.
    #[tapi(doc(
        fr = "`lineDevSpecific`, la fonction d’accès aux opérations définies par le fabricant, peut actuellement être utilisée sur la ligne.",
        de = "`lineDevSpecific`, die Durchreichfunktion für herstellerdefinierte Operationen, kann derzeit auf der Leitung verwendet werden."
    ))]
    DevSpecific = 0x0000_0001,
    /// Vendor-defined switch features can currently be invoked on the line with
    /// `lineDevSpecificFeature`.
    #[tapi(doc(
        fr = "Des fonctionnalités de commutateur définies par le fabricant peuvent actuellement être appelées sur la ligne avec `lineDevSpecificFeature`.",
        de = "Herstellerdefinierte Leistungsmerkmale der Vermittlung können derzeit mit `lineDevSpecificFeature` auf der Leitung aufgerufen werden."
    ))]
    DevSpecificFeat = 0x0000_0002,
    /// Forwarding can be set for all addresses of the line at once with `lineForward`. If neither
    /// `FORWARDFWD` nor `FORWARDDND` is also set, the provider has not said which kinds of
    /// forwarding will work.
    #[tapi(doc(
        fr = "Le renvoi peut être configuré pour toutes les adresses de la ligne à la fois avec `lineForward`. Si ni `FORWARDFWD` ni `FORWARDDND` n’est également présent, le fournisseur n’a pas précisé quels types de renvoi fonctionneront.",
        de = "Die Rufumleitung kann mit `lineForward` für alle Adressen der Leitung auf einmal eingerichtet werden. Ist weder `FORWARDFWD` noch `FORWARDDND` zusätzlich gesetzt, hat der Dienstanbieter nicht angegeben, welche Arten der Rufumleitung funktionieren."
    ))]
    Forward = 0x0000_0004,
    /// `lineMakeCall` can currently start an outgoing call on the line while leaving the choice of
    /// address to the provider.
    #[tapi(doc(
        fr = "`lineMakeCall` peut actuellement lancer un appel sortant sur la ligne en laissant au fournisseur le choix de l’adresse.",
        de = "`lineMakeCall` kann derzeit einen ausgehenden Anruf auf der Leitung beginnen und die Wahl der Adresse dem Dienstanbieter überlassen."
    ))]
    MakeCall = 0x0000_0008,
    /// Media control actions can be set up for the line with `lineSetMediaControl`.
    #[tapi(doc(
        fr = "Des actions de contrôle du média peuvent être définies pour la ligne avec `lineSetMediaControl`.",
        de = "Mit `lineSetMediaControl` lassen sich Aktionen der Mediensteuerung für die Leitung einrichten."
    ))]
    SetMediaControl = 0x0000_0010,
    /// The routing of the line's information streams to terminals can be changed with
    /// `lineSetTerminal`.
    #[tapi(doc(
        fr = "L’acheminement des flux d’information de la ligne vers les terminaux peut être modifié avec `lineSetTerminal`.",
        de = "Mit `lineSetTerminal` lässt sich ändern, wie die Informationsströme der Leitung zu den Endgeräten geleitet werden."
    ))]
    SetTerminal = 0x0000_0020,
    /// `lineSetLineDevStatus` can currently be used to change device status flags of the line, such as
    /// in-service, connected or message-waiting. Reported only when TAPI 2.0 or later was negotiated.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineSetLineDevStatus` peut actuellement servir à modifier des indicateurs d’état du périphérique de ligne, comme en service, connecté ou message en attente. Indiqué uniquement si TAPI 2.0 ou une version ultérieure a été négociée.",
        de = "Mit `lineSetLineDevStatus` lassen sich derzeit Statusbits des Leitungsgeräts ändern, etwa „in Betrieb“, „verbunden“ oder „Nachricht wartend“. Nur gemeldet, wenn TAPI 2.0 oder höher ausgehandelt wurde."
    ))]
    SetDevStatus = 0x0000_0040,
    /// `lineForward` can send the calls of all addresses on the line to another number; `FORWARD`
    /// is set as well. Reported only when TAPI 2.0 or later was negotiated.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineForward` peut renvoyer les appels de toutes les adresses de la ligne vers un autre numéro ; `FORWARD` est également présent. Indiqué uniquement si TAPI 2.0 ou une version ultérieure a été négociée.",
        de = "`lineForward` kann die Anrufe aller Adressen der Leitung per Rufumleitung an eine andere Nummer weiterleiten; `FORWARD` ist ebenfalls gesetzt. Nur gemeldet, wenn TAPI 2.0 oder höher ausgehandelt wurde."
    ))]
    ForwardFwd = 0x0000_0080,
    /// `lineForward` with an empty destination can switch on Do Not Disturb for all addresses on
    /// the line; `FORWARD` is set as well. Reported only when TAPI 2.0 or later was negotiated.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineForward` avec une destination vide peut activer la fonction Ne pas déranger sur toutes les adresses de la ligne ; `FORWARD` est également présent. Indiqué uniquement si TAPI 2.0 ou une version ultérieure a été négociée.",
        de = "`lineForward` mit leerem Ziel kann für alle Adressen der Leitung den Anrufschutz („Bitte nicht stören“) einschalten; `FORWARD` ist ebenfalls gesetzt. Nur gemeldet, wenn TAPI 2.0 oder höher ausgehandelt wurde."
    ))]
    ForwardDnd = 0x0000_0100,
}

/// Extra options for opening a line.
///
/// ORed into the `dwPrivileges` parameter of `lineOpen`, next to the `LINECALLPRIVILEGE_` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEOPENOPTION_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Options supplémentaires d’ouverture d’une ligne. Combinées par OU dans le paramètre `dwPrivileges` de `lineOpen`, à côté des valeurs `LINECALLPRIVILEGE_`.",
    de = "Zusätzliche Optionen zum Öffnen einer Leitung. Diese Bits werden per bitweisem ODER mit den Werten `LINECALLPRIVILEGE_` im Parameter `dwPrivileges` von `lineOpen` kombiniert."
))]
pub enum LineOpenOption {
    /// Only report new calls that appear on the address given in `dwAddressID` of the
    /// `LINECALLPARAMS` passed to `lineOpen`, instead of calls on every address of the line.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Ne signaler que les nouveaux appels qui apparaissent sur l’adresse indiquée dans `dwAddressID` de la structure `LINECALLPARAMS` passée à `lineOpen`, au lieu des appels de toutes les adresses de la ligne.",
        de = "Es werden nur neue Anrufe gemeldet, die auf der Adresse erscheinen, die in `dwAddressID` der an `lineOpen` übergebenen Struktur `LINECALLPARAMS` angegeben ist, statt der Anrufe auf allen Adressen der Leitung."
    ))]
    SingleAddress = 0x8000_0000,
    /// The application offers to serve as proxy, handling the requests (such as ACD agent
    /// functions) that other applications with the line open make; the request types it accepts
    /// are listed in the `LINECALLPARAMS` passed to `lineOpen`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’application se propose comme proxy et traite les requêtes (comme les fonctions d’agent ACD) émises par les autres applications ayant ouvert la ligne ; les types de requêtes acceptés sont listés dans la structure `LINECALLPARAMS` passée à `lineOpen`.",
        de = "Die Anwendung bietet sich als Proxy an und bearbeitet die Anforderungen (etwa ACD-Agentenfunktionen), die andere Anwendungen stellen, welche die Leitung geöffnet haben; die akzeptierten Proxy-Anforderungstypen sind in der an `lineOpen` übergebenen Struktur `LINECALLPARAMS` aufgeführt."
    ))]
    Proxy = 0x4000_0000,
}

/// Tells how the strings stored in a TAPI variable-size structure are encoded.
///
/// Reported in the `dwStringFormat` member of `LINEDEVCAPS` and `PHONECAPS`, so that an
/// application knows how to read text such as the device name. No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "STRINGFORMAT_", since = "2.0", header = "tapi.h", c_consts)]
#[tapi(doc(
    fr = "Indique le codage des chaînes stockées dans une structure TAPI de taille variable.\n\nFourni dans le membre `dwStringFormat` de `LINEDEVCAPS` et de `PHONECAPS`, afin que l’application sache lire des textes comme le nom du périphérique. Aucun bit n’est ouvert aux extensions.",
    de = "Gibt an, wie die Zeichenketten in einer TAPI-Struktur variabler Größe kodiert sind.\n\nGemeldet im Feld `dwStringFormat` von `LINEDEVCAPS` und `PHONECAPS`, damit eine Anwendung weiß, wie sie Texte wie den Gerätenamen lesen muss. Für Erweiterungen sind keine Bits frei."
))]
pub enum StringFormat {
    /// Plain ASCII text, one byte for each character.
    #[tapi(doc(
        fr = "Texte ASCII simple, un octet par caractère.",
        de = "Einfacher ASCII-Text, ein Byte pro Zeichen."
    ))]
    Ascii = 0x0000_0001,
    /// Double-byte character set (DBCS) text, in which a character takes one or two bytes.
    #[tapi(doc(
        fr = "Texte dans un jeu de caractères sur deux octets (DBCS), où chaque caractère occupe un ou deux octets.",
        de = "Text in einem Doppelbyte-Zeichensatz (DBCS), in dem ein Zeichen ein oder zwei Bytes belegt."
    ))]
    Dbcs = 0x0000_0002,
    /// Unicode text, two bytes for each character.
    #[tapi(doc(
        fr = "Texte Unicode, deux octets par caractère.",
        de = "Unicode-Text, zwei Bytes pro Zeichen."
    ))]
    Unicode = 0x0000_0003,
    /// Not text but a raw array of unsigned bytes, which may for instance hold numeric values.
    #[tapi(doc(
        fr = "Pas du texte, mais un simple tableau d’octets non signés, qui peut par exemple contenir des valeurs numériques.",
        de = "Kein Text, sondern ein rohes Array vorzeichenloser Bytes, das etwa numerische Werte enthalten kann."
    ))]
    Binary = 0x0000_0004,
}
