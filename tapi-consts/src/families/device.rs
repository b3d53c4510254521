//! Line device families: calling card options, connected modes, device capabilities, device state events and status, dial tone modes, digit modes and disconnect modes.

use crate::Flags;
use tapi_consts_derive::ConstFamily;

/// Options of a calling card, found in the `dwOptions` member of each `LINECARDENTRY` inside the
/// `LINETRANSLATECAPS` structure returned by `lineGetTranslateCaps`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECARDOPTION_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Options d’une carte d’appel, présentes dans le membre `dwOptions` de chaque `LINECARDENTRY` de la structure `LINETRANSLATECAPS` renvoyée par `lineGetTranslateCaps`."
))]
pub enum LineCardOption {
    /// The card is one of the definitions shipped with Windows telephony. The user cannot delete it
    /// for good: removing it only hides it, so its dialing rules stay available for copying.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "La carte fait partie des définitions fournies avec la téléphonie de Windows. L’utilisateur ne peut pas la supprimer définitivement : la retirer ne fait que la masquer, si bien que ses règles de numérotation restent disponibles pour être copiées."
    ))]
    Predefined = 0x0000_0001,
    /// The user has hidden the card: it is left out of the main list of calling cards but still
    /// appears among the cards whose dialing rules can be copied.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "L’utilisateur a masqué la carte : elle n’apparaît plus dans la liste principale des cartes d’appel, mais figure toujours parmi les cartes dont on peut copier les règles de numérotation."
    ))]
    Hidden = 0x0000_0002,
}

/// A set of [`LineCardOption`] flags.
pub type LineCardOptions = Flags<LineCardOption>;

/// Substates of a connected call, meaningful mainly on addresses shared (bridged) between several
/// stations, as on key systems. The mode comes with the `LINE_CALLSTATE` message reporting
/// `LINECALLSTATE_CONNECTED` (in `dwParam2`) and is kept in the `dwCallStateMode` member of
/// `LINECALLSTATUS`.
///
/// A mode of zero should be read as `ACTIVE`, which is the normal case on an address that is not
/// bridged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECONNECTEDMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Sous-états d’un appel connecté, utiles surtout sur les adresses partagées (pontées) entre plusieurs postes, comme sur les systèmes à touches. Le mode accompagne le message `LINE_CALLSTATE` qui signale `LINECALLSTATE_CONNECTED` (dans `dwParam2`) et est conservé dans le membre `dwCallStateMode` de `LINECALLSTATUS`.\n\nUn mode nul doit être interprété comme `ACTIVE`, ce qui est le cas normal sur une adresse non pontée."
))]
pub enum LineConnectedMode {
    /// This station takes part in the connected call. On a bridged address, `lineDrop` or
    /// `lineHold` may only make the call inactive here while it stays connected at other stations.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Ce poste participe à l’appel connecté. Sur une adresse pontée, `lineDrop` ou `lineHold` peuvent se contenter de rendre l’appel inactif sur ce poste, alors qu’il reste connecté sur d’autres."
    ))]
    Active = 0x0000_0001,
    /// The call is connected at one or more other stations but this station is not taking part;
    /// `lineAnswer` joins it. Operations such as tone or digit detection are usually suspended (not
    /// cancelled) in this mode.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "L’appel est connecté sur un ou plusieurs autres postes, mais ce poste n’y participe pas ; `lineAnswer` permet de le rejoindre. Les opérations comme la détection de tonalités ou de chiffres sont en général suspendues (et non annulées) dans ce mode."
    ))]
    Inactive = 0x0000_0002,
    /// This station takes part in the call, but the remote party has put it on hold; usually known
    /// only when both ends are on the same switch. Requires TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Ce poste participe à l’appel, mais le correspondant distant l’a mis en attente ; en général connu seulement lorsque les deux extrémités dépendent du même commutateur. Nécessite TAPI 2.0 ou une version ultérieure."
    ))]
    ActiveHeld = 0x0000_0004,
    /// This station is not taking part in the call, and the remote party has put it on hold.
    /// Requires TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Ce poste ne participe pas à l’appel, et le correspondant distant l’a mis en attente. Nécessite TAPI 2.0 ou une version ultérieure."
    ))]
    InactiveHeld = 0x0000_0008,
    /// The provider has received positive confirmation that the call is connected, for example
    /// through answer supervision. Requires TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Le fournisseur a reçu une confirmation explicite que l’appel est connecté, par exemple grâce à la supervision de la réponse. Nécessite TAPI 2.0 ou une version ultérieure."
    ))]
    Confirmed = 0x0000_0010,
}

/// A set of [`LineConnectedMode`] flags.
pub type LineConnectedModes = Flags<LineConnectedMode>;

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
    fr = "Capacités booléennes d’un périphérique de ligne, combinées dans le membre `dwDevCapFlags` de la structure `LINEDEVCAPS` renvoyée par `lineGetDevCaps`.\n\nLes trois indicateurs `DIAL*` permettent à une application de savoir à l’avance quels modificateurs de chaîne composable feraient échouer un appel ; le modificateur `?` n’est jamais pris en charge par un périphérique de ligne."
))]
pub enum LineDevCapFlags {
    /// Calls on different addresses of this line can be joined in the same conference.
    #[tapi(doc(
        fr = "Des appels passant par différentes adresses de cette ligne peuvent être réunis dans une même conférence."
    ))]
    CrossAddrConf = 0x0000_0001,
    /// The line supports high-level compatibility information elements (in the ISDN sense).
    #[tapi(doc(
        fr = "La ligne prend en charge les éléments d’information de compatibilité de couche haute (au sens du RNIS)."
    ))]
    HighLevComp = 0x0000_0002,
    /// The line supports low-level compatibility information elements (in the ISDN sense).
    #[tapi(doc(
        fr = "La ligne prend en charge les éléments d’information de compatibilité de couche basse (au sens du RNIS)."
    ))]
    LowLevComp = 0x0000_0004,
    /// Media control operations (`lineSetMediaControl`) are available for calls on this line.
    #[tapi(doc(
        fr = "Les opérations de contrôle du média (`lineSetMediaControl`) sont disponibles pour les appels de cette ligne."
    ))]
    MediaControl = 0x0000_0008,
    /// `lineMakeCall` and `lineDial` accept several destination addresses at once, as needed for
    /// inverse multiplexing.
    #[tapi(doc(
        fr = "`lineMakeCall` et `lineDial` acceptent plusieurs adresses de destination à la fois, comme l’exige le multiplexage inverse."
    ))]
    MultipleAddr = 0x0000_0010,
    /// When the last application that opened the line closes it with `lineClose`, the provider
    /// drops every active call. When clear, the calls survive under the control of other equipment
    /// (such as a phone sharing an analog line), and an application may warn the user before closing.
    #[tapi(doc(
        fr = "Lorsque la dernière application ayant ouvert la ligne la ferme avec `lineClose`, le fournisseur met fin à tous les appels actifs. Si l’indicateur est absent, les appels subsistent sous le contrôle d’un autre équipement (comme un téléphone partageant une ligne analogique), et une application peut avertir l’utilisateur avant la fermeture."
    ))]
    CloseDrop = 0x0000_0020,
    /// The `$` dialable-string modifier (wait for the billing tone, as before entering a calling
    /// card number) is supported.
    #[tapi(doc(
        fr = "Le modificateur de chaîne composable `$` (attendre la tonalité de facturation, par exemple avant de saisir un numéro de carte d’appel) est pris en charge."
    ))]
    DialBilling = 0x0000_0040,
    /// The `@` dialable-string modifier (wait for quiet answer: ringback followed by several
    /// seconds of silence) is supported.
    #[tapi(doc(
        fr = "Le modificateur de chaîne composable `@` (attendre une réponse silencieuse : retour d’appel suivi de plusieurs secondes de silence) est pris en charge."
    ))]
    DialQuiet = 0x0000_0080,
    /// The `W` dialable-string modifier (wait for dial tone) is supported.
    #[tapi(doc(
        fr = "Le modificateur de chaîne composable `W` (attendre la tonalité de numérotation) est pris en charge."
    ))]
    DialDialTone = 0x0000_0100,
    /// A media service provider (MSP) is associated with the line. Only shown to applications that
    /// negotiate TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Un fournisseur de services de média (MSP) est associé à la ligne. Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure."
    ))]
    Msp = 0x0000_0200,
    /// The line supports call hubs. Only shown to applications that negotiate TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "La ligne prend en charge les concentrateurs d’appels. Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure."
    ))]
    CallHub = 0x0000_0400,
    /// The line supports call hub tracking (see `LINECALLHUBTRACKING_`). Only shown to applications
    /// that negotiate TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "La ligne prend en charge le suivi des concentrateurs d’appels (voir `LINECALLHUBTRACKING_`). Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure."
    ))]
    CallHubTracking = 0x0000_0800,
    /// The service provider implements provider-specific interfaces (private objects). Only shown
    /// to applications that negotiate TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "Le fournisseur de services implémente des interfaces qui lui sont propres (objets privés). Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure."
    ))]
    PrivateObjects = 0x0000_1000,
    /// The line can be used only on the computer where it is installed; a TAPI server does not
    /// offer it to remote clients.
    #[tapi(doc(
        fr = "La ligne n’est utilisable que sur l’ordinateur où elle est installée ; un serveur TAPI ne la propose pas aux clients distants."
    ))]
    Local = 0x0000_2000,
}

/// A set of [`LineDevCapFlags`] flags.
pub type LineDevCapFlagsSet = Flags<LineDevCapFlags>;

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
    fr = "Événements d’état d’un périphérique de ligne. Ils sont transmis dans `dwParam1` du message `LINE_LINEDEVSTATE` ; une application choisit ceux qu’elle reçoit avec `lineSetStatusMessages`, et le membre `dwLineStates` de `LINEDEVCAPS` énumère ceux que le périphérique peut signaler."
))]
pub enum LineDevState {
    /// A device status item not covered by the other flags has changed; the application has to
    /// read the current status (`lineGetLineDevStatus`) to find out which.
    #[tapi(doc(
        fr = "Un élément d’état du périphérique que les autres indicateurs ne couvrent pas a changé ; l’application doit relire l’état actuel (`lineGetLineDevStatus`) pour savoir lequel."
    ))]
    Other = 0x0000_0001,
    /// The switch is telling the line to alert the user. Providers repeat the event on each ring
    /// cycle (about every six seconds in the United States), with an increasing ring count.
    #[tapi(doc(
        fr = "Le commutateur demande à la ligne d’alerter l’utilisateur. Les fournisseurs répètent l’événement à chaque cycle de sonnerie (environ toutes les six secondes aux États-Unis), avec un nombre de sonneries croissant."
    ))]
    Ringing = 0x0000_0002,
    /// The line, which was disconnected, is connected to TAPI again.
    #[tapi(doc(fr = "La ligne, qui était déconnectée, est de nouveau connectée à TAPI."))]
    Connected = 0x0000_0004,
    /// The line, which was connected, is no longer connected to TAPI.
    #[tapi(doc(fr = "La ligne, qui était connectée, n’est plus connectée à TAPI."))]
    Disconnected = 0x0000_0008,
    /// The message-waiting indicator has come on.
    #[tapi(doc(fr = "Le voyant de message en attente s’est allumé."))]
    MsgWaitOn = 0x0000_0010,
    /// The message-waiting indicator has gone off.
    #[tapi(doc(fr = "Le voyant de message en attente s’est éteint."))]
    MsgWaitOff = 0x0000_0020,
    /// The line is in service and connected to TAPI, either because TAPI has just started or
    /// because the line was plugged in and brought into service at the switch.
    #[tapi(doc(
        fr = "La ligne est en service et connectée à TAPI, soit parce que TAPI vient de démarrer, soit parce que la ligne a été branchée et mise en service sur le commutateur."
    ))]
    InService = 0x0000_0040,
    /// The line is out of service at the switch or physically unplugged; TAPI cannot operate it.
    #[tapi(doc(
        fr = "La ligne est hors service sur le commutateur ou physiquement débranchée ; TAPI ne peut pas la piloter."
    ))]
    OutOfService = 0x0000_0080,
    /// The switch is performing maintenance on the line; TAPI cannot operate it meanwhile.
    #[tapi(doc(
        fr = "Le commutateur effectue une maintenance sur la ligne ; TAPI ne peut pas la piloter pendant ce temps."
    ))]
    Maintenance = 0x0000_0100,
    /// Another application has opened the line.
    #[tapi(doc(fr = "Une autre application a ouvert la ligne."))]
    Open = 0x0000_0200,
    /// Another application has closed the line.
    #[tapi(doc(fr = "Une autre application a fermé la ligne."))]
    Close = 0x0000_0400,
    /// The number of calls on the line device has changed.
    #[tapi(doc(fr = "Le nombre d’appels sur le périphérique de ligne a changé."))]
    NumCalls = 0x0000_0800,
    /// The number of pending call completion requests on the line device has changed.
    #[tapi(doc(
        fr = "Le nombre de demandes d’achèvement d’appel en cours sur le périphérique de ligne a changé."
    ))]
    NumCompletions = 0x0000_1000,
    /// The terminal settings have changed, for example because several lines share one phone terminal.
    #[tapi(doc(
        fr = "Les réglages des terminaux ont changé, par exemple parce que plusieurs lignes partagent un même terminal téléphonique."
    ))]
    Terminals = 0x0000_2000,
    /// The roaming mode of the line device (cellular) has changed.
    #[tapi(doc(fr = "Le mode d’itinérance du périphérique de ligne (cellulaire) a changé."))]
    RoamMode = 0x0000_4000,
    /// The battery level has changed significantly (cellular devices).
    #[tapi(doc(fr = "Le niveau de la batterie a sensiblement changé (appareils cellulaires)."))]
    Battery = 0x0000_8000,
    /// The signal strength has changed significantly (cellular devices).
    #[tapi(doc(fr = "La puissance du signal a sensiblement changé (appareils cellulaires)."))]
    Signal = 0x0001_0000,
    /// The device-specific information of the line has changed.
    #[tapi(doc(fr = "Les informations propres au périphérique de la ligne ont changé."))]
    DevSpecific = 0x0002_0000,
    /// The set or configuration of line devices has changed (for example, new devices appeared);
    /// the application must shut down and reinitialize its use of TAPI to see the changes.
    #[tapi(doc(
        fr = "L’ensemble ou la configuration des périphériques de ligne a changé (par exemple, de nouveaux périphériques sont apparus) ; l’application doit arrêter puis réinitialiser son utilisation de TAPI pour prendre en compte ces changements."
    ))]
    Reinit = 0x0004_0000,
    /// The locked state of the line device has changed (see `LINEDEVSTATUSFLAGS_LOCKED`).
    #[tapi(doc(
        fr = "L’état de verrouillage du périphérique de ligne a changé (voir `LINEDEVSTATUSFLAGS_LOCKED`)."
    ))]
    Lock = 0x0008_0000,
    /// One or more members of `LINEDEVCAPS` have changed; read them again with `lineGetDevCaps`.
    /// Applications that negotiated a version older than 1.4 receive `REINIT` instead.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Un ou plusieurs membres de `LINEDEVCAPS` ont changé ; relisez-les avec `lineGetDevCaps`. Les applications ayant négocié une version antérieure à 1.4 reçoivent `REINIT` à la place."
    ))]
    CapsChange = 0x0010_0000,
    /// The configuration of one or more media devices tied to the line has changed;
    /// `lineGetDevConfig` returns the new settings. Only sent to applications that negotiated TAPI
    /// 1.4 or later.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "La configuration d’un ou de plusieurs périphériques de média liés à la ligne a changé ; `lineGetDevConfig` renvoie les nouveaux réglages. Envoyé seulement aux applications ayant négocié TAPI 1.4 ou une version ultérieure."
    ))]
    ConfigChange = 0x0020_0000,
    /// One or more members of `LINETRANSLATECAPS` (address translation settings) have changed;
    /// read them again with `lineGetTranslateCaps`. Applications older than version 1.4 receive
    /// `REINIT` instead.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Un ou plusieurs membres de `LINETRANSLATECAPS` (réglages de traduction d’adresses) ont changé ; relisez-les avec `lineGetTranslateCaps`. Les applications antérieures à la version 1.4 reçoivent `REINIT` à la place."
    ))]
    TranslateChange = 0x0040_0000,
    /// A call completion request, whose identifier is in `dwParam2`, was cancelled from outside
    /// and is no longer valid (`lineUncompleteCall` would fail with `LINEERR_INVALCOMPLETIONID`).
    /// Only sent to applications that negotiated TAPI 1.4 or later.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Une demande d’achèvement d’appel, dont l’identifiant figure dans `dwParam2`, a été annulée de l’extérieur et n’est plus valide (`lineUncompleteCall` échouerait avec `LINEERR_INVALCOMPLETIONID`). Envoyé seulement aux applications ayant négocié TAPI 1.4 ou une version ultérieure."
    ))]
    ComplCancel = 0x0080_0000,
    /// The device is being removed from the system, usually at the user's request. A `LINE_CLOSE`
    /// normally follows, and further access returns `LINEERR_NODEVICE` until TAPI is
    /// reinitialized. Only sent to applications that negotiated TAPI 1.4 or later.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Le périphérique est en cours de retrait du système, généralement à la demande de l’utilisateur. Un message `LINE_CLOSE` suit normalement, et tout accès ultérieur renvoie `LINEERR_NODEVICE` jusqu’à la réinitialisation de TAPI. Envoyé seulement aux applications ayant négocié TAPI 1.4 ou une version ultérieure."
    ))]
    Removed = 0x0100_0000,
}

/// A set of [`LineDevState`] flags.
pub type LineDevStates = Flags<LineDevState>;

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
    fr = "Éléments d’état booléens d’un périphérique de ligne, dans le membre `dwDevStatusFlags` de la structure `LINEDEVSTATUS` renvoyée par `lineGetLineDevStatus`."
))]
pub enum LineDevStatusFlags {
    /// Set when the line is connected to TAPI and can be operated; when clear, the application
    /// cannot control the line device through TAPI.
    #[tapi(doc(
        fr = "Présent lorsque la ligne est connectée à TAPI et peut être pilotée ; s’il est absent, l’application ne peut pas contrôler le périphérique de ligne par TAPI."
    ))]
    Connected = 0x0000_0001,
    /// Set when a message is waiting on the line.
    #[tapi(doc(fr = "Présent lorsqu’un message est en attente sur la ligne."))]
    MsgWait = 0x0000_0002,
    /// Set when the line is in service; clear when it is out of service.
    #[tapi(doc(
        fr = "Présent lorsque la ligne est en service ; absent lorsqu’elle est hors service."
    ))]
    InService = 0x0000_0004,
    /// Set when the line is locked, typically a cellular phone that cannot place calls until its
    /// password is entered on the phone itself; an application can use it to alert the user.
    #[tapi(doc(
        fr = "Présent lorsque la ligne est verrouillée, typiquement un téléphone cellulaire qui ne peut pas émettre d’appels tant que son mot de passe n’a pas été saisi sur le téléphone lui-même ; une application peut s’en servir pour prévenir l’utilisateur."
    ))]
    Locked = 0x0000_0008,
}

/// A set of [`LineDevStatusFlags`] flags.
pub type LineDevStatusFlagsSet = Flags<LineDevStatusFlags>;

/// Kinds of dial tone. Reported in the `dwCallStateMode` member of `LINECALLSTATUS` (and with the
/// `LINE_CALLSTATE` message) while a call is in the `LINECALLSTATE_DIALTONE` state; the
/// `dwDialToneModes` member of `LINEADDRESSCAPS` lists those an address can detect.
///
/// The low 16 bits are reserved for TAPI; the high 16 bits may hold device-specific extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEDIALTONEMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Types de tonalité de numérotation. Indiqués dans le membre `dwCallStateMode` de `LINECALLSTATUS` (et avec le message `LINE_CALLSTATE`) pendant qu’un appel est à l’état `LINECALLSTATE_DIALTONE` ; le membre `dwDialToneModes` de `LINEADDRESSCAPS` énumère ceux qu’une adresse peut détecter.\n\nLes 16 bits de poids faible sont réservés à TAPI ; les 16 bits de poids fort peuvent accueillir des extensions propres au périphérique."
))]
pub enum LineDialToneMode {
    /// An ordinary dial tone, usually a steady tone.
    #[tapi(doc(fr = "Tonalité de numérotation ordinaire, en général continue."))]
    Normal = 0x0000_0001,
    /// A special dial tone, usually interrupted, signaling that some condition known to the switch
    /// or network applies (such as a waiting message); the switch is still ready for digits.
    #[tapi(doc(
        fr = "Tonalité de numérotation spéciale, en général hachée, qui signale qu’une situation connue du commutateur ou du réseau est en vigueur (comme un message en attente) ; le commutateur reste prêt à recevoir les chiffres."
    ))]
    Special = 0x0000_0002,
    /// An internal dial tone, such as the one given inside a PBX.
    #[tapi(doc(fr = "Tonalité de numérotation interne, comme celle que fournit un PABX."))]
    Internal = 0x0000_0004,
    /// An external dial tone, coming from the public network.
    #[tapi(doc(fr = "Tonalité de numérotation externe, provenant du réseau public."))]
    External = 0x0000_0008,
    /// The kind of dial tone is not known yet but may become known later.
    #[tapi(doc(fr = "Le type de tonalité n’est pas encore connu mais pourra l’être plus tard."))]
    Unknown = 0x0000_0010,
    /// The kind of dial tone is unavailable and will never be known.
    #[tapi(doc(fr = "Le type de tonalité n’est pas disponible et ne sera jamais connu."))]
    Unavail = 0x0000_0020,
}

/// A set of [`LineDialToneMode`] flags.
pub type LineDialToneModes = Flags<LineDialToneMode>;

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
    fr = "Modes de signalisation des chiffres dans la bande, choisis pour générer des chiffres (`lineGenerateDigits`) ou pour les détecter (`lineMonitorDigits`, `lineGatherDigits`), et indiqués avec le message `LINE_MONITORDIGITS`.\n\nLes chiffres par impulsions sont produits en ouvrant et en fermant la boucle locale ; le commutateur les absorbe, si bien que l’extrémité distante ne les perçoit que comme des séries d’un à dix clics."
))]
pub enum LineDigitMode {
    /// Digits are signaled as rotary-dial pulse trains; only 0 to 9 can be sent.
    #[tapi(doc(
        fr = "Les chiffres sont signalés par des trains d’impulsions comme avec un cadran rotatif ; seuls les chiffres 0 à 9 peuvent être envoyés."
    ))]
    Pulse = 0x0000_0001,
    /// Digits are signaled as DTMF tones: 0 to 9, `*`, `#` and `A` to `D`.
    #[tapi(doc(
        fr = "Les chiffres sont signalés par des tonalités DTMF : 0 à 9, `*`, `#` et `A` à `D`."
    ))]
    Dtmf = 0x0000_0002,
    /// DTMF tones, with detection also reporting when each tone stops (its down edge); same digits
    /// as `DTMF`.
    #[tapi(doc(
        fr = "Tonalités DTMF, la détection signalant en plus la fin de chaque tonalité (son front descendant) ; mêmes chiffres qu’avec `DTMF`."
    ))]
    DtmfEnd = 0x0000_0004,
}

/// A set of [`LineDigitMode`] flags.
pub type LineDigitModes = Flags<LineDigitMode>;

/// Reasons why the remote end or the network ended a call. Reported in the `dwCallStateMode`
/// member of `LINECALLSTATUS` (and with the `LINE_CALLSTATE` message) once the call is in the
/// `LINECALLSTATE_DISCONNECTED` state; the call can still be queried, for example for user-to-user
/// information sent with the disconnect, until the application drops it.
///
/// A provider must not report a value unknown to the negotiated TAPI version; it falls back to
/// `NORMAL` or `UNKNOWN`. The high 16 bits may hold device-specific extensions, although Windows'
/// metadata places `DESTINATIONBARRED` and `FDNRESTRICT` there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEDISCONNECTMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Raisons pour lesquelles l’extrémité distante ou le réseau a mis fin à un appel. Indiquées dans le membre `dwCallStateMode` de `LINECALLSTATUS` (et avec le message `LINE_CALLSTATE`) une fois l’appel à l’état `LINECALLSTATE_DISCONNECTED` ; l’appel reste consultable, par exemple pour lire les informations d’usager à usager reçues avec la déconnexion, jusqu’à ce que l’application y mette fin.\n\nUn fournisseur ne doit pas signaler une valeur inconnue de la version de TAPI négociée ; il se rabat alors sur `NORMAL` ou `UNKNOWN`. Les 16 bits de poids fort peuvent accueillir des extensions propres au périphérique, bien que les métadonnées de Windows y placent `DESTINATIONBARRED` et `FDNRESTRICT`."
))]
pub enum LineDisconnectMode {
    /// The remote party hung up normally.
    #[tapi(doc(fr = "Le correspondant distant a raccroché normalement."))]
    Normal = 0x0000_0001,
    /// The reason is not known yet but may become known later.
    #[tapi(doc(fr = "La raison n’est pas encore connue mais pourra l’être plus tard."))]
    Unknown = 0x0000_0002,
    /// The remote user refused the call.
    #[tapi(doc(fr = "L’utilisateur distant a refusé l’appel."))]
    Reject = 0x0000_0004,
    /// The call was picked up at another station.
    #[tapi(doc(fr = "L’appel a été intercepté sur un autre poste."))]
    Pickup = 0x0000_0008,
    /// The switch forwarded the call elsewhere.
    #[tapi(doc(fr = "Le commutateur a renvoyé l’appel ailleurs."))]
    Forwarded = 0x0000_0010,
    /// The remote station was busy.
    #[tapi(doc(fr = "Le poste distant était occupé."))]
    Busy = 0x0000_0020,
    /// The remote station did not answer.
    #[tapi(doc(fr = "Le poste distant n’a pas répondu."))]
    NoAnswer = 0x0000_0040,
    /// The destination address is not valid.
    #[tapi(doc(fr = "L’adresse de destination n’est pas valide."))]
    BadAddress = 0x0000_0080,
    /// The remote user could not be reached.
    #[tapi(doc(fr = "L’utilisateur distant n’a pas pu être joint."))]
    Unreachable = 0x0000_0100,
    /// The network is congested.
    #[tapi(doc(fr = "Le réseau est encombré."))]
    Congestion = 0x0000_0200,
    /// The remote equipment cannot handle the type of call requested.
    #[tapi(doc(fr = "L’équipement distant ne peut pas traiter le type d’appel demandé."))]
    Incompatible = 0x0000_0400,
    /// The reason is unavailable and will never be known.
    #[tapi(doc(fr = "La raison n’est pas disponible et ne sera jamais connue."))]
    Unavail = 0x0000_0800,
    /// No dial tone was detected when one was expected during dialing (for example at a `W` in the
    /// dialable string), within the provider's timeout or the `dwWaitForDialTone` delay of
    /// `LINEDIALPARAMS`. Requires TAPI 1.4 or later.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Aucune tonalité de numérotation n’a été détectée alors qu’une était attendue pendant la numérotation (par exemple à un `W` de la chaîne composable), dans le délai du fournisseur ou dans celui de `dwWaitForDialTone` de `LINEDIALPARAMS`. Requiert TAPI 1.4 ou une version ultérieure."
    ))]
    NoDialTone = 0x0000_1000,
    /// The destination number has changed and the network does not redirect calls to the new one.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Le numéro de destination a changé et le réseau ne redirige pas les appels vers le nouveau numéro."
    ))]
    NumberChanged = 0x0000_2000,
    /// The destination device is out of order (hardware fault), so the call failed or was cut off.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Le périphérique de destination est en panne (défaillance matérielle), si bien que l’appel a échoué ou a été coupé."
    ))]
    OutOfOrder = 0x0000_4000,
    /// A temporary network failure prevented or broke the call; trying again later should
    /// succeed. Also fits a modem's "delayed" result after too many failed attempts in a period.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Une défaillance temporaire du réseau a empêché ou interrompu l’appel ; une nouvelle tentative ultérieure devrait aboutir. Convient aussi lorsqu’un modem, après trop d’échecs sur une période donnée, s’interdit de rappeler le numéro pendant un certain temps."
    ))]
    TempFailure = 0x0000_8000,
    /// The minimum quality of service could not be obtained or kept. Unlike `INCOMPATIBLE`, the
    /// shortage may be temporary at the destination.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "La qualité de service minimale n’a pas pu être obtenue ou maintenue. Contrairement à `INCOMPATIBLE`, le manque de ressources peut être temporaire à la destination."
    ))]
    QosUnavail = 0x0001_0000,
    /// The network refuses calls from this origin to the destination (a passive refusal, unlike
    /// `REJECT`), because this caller is excluded or the destination accepts only a closed user
    /// group. Also fits a modem's "blocklisted" result for a number it will not call.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Le réseau refuse les appels de cette origine vers la destination (un refus passif, contrairement à `REJECT`), soit parce que cet appelant est exclu, soit parce que la destination n’accepte qu’un groupe fermé d’usagers. Convient aussi lorsqu’un modem place un numéro sur sa liste de blocage et refuse de l’appeler."
    ))]
    Blocked = 0x0002_0000,
    /// The destination has turned on the Do Not Disturb feature.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "La destination a activé la fonction Ne pas déranger."))]
    DoNotDisturb = 0x0004_0000,
    /// The call was cancelled, rather than refused by the destination or failing in the network.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’appel a été annulé, plutôt que refusé par la destination ou mis en échec par le réseau."
    ))]
    Cancelled = 0x0008_0000,
    /// The network barred the call to this destination. Present in Windows' metadata but not in
    /// `tapi.h`.
    #[tapi(doc(
        fr = "Le réseau a interdit l’appel vers cette destination. Présent dans les métadonnées de Windows mais absent de `tapi.h`."
    ))]
    DestinationBarred = 0x0010_0000,
    /// The call was refused by a fixed dialing number (FDN) restriction, which lets the device call
    /// only the numbers on its authorized list. Present in Windows' metadata but not in `tapi.h`.
    #[tapi(doc(
        fr = "L’appel a été refusé par une restriction de numérotation fixe (FDN), qui ne permet à l’appareil d’appeler que les numéros de sa liste autorisée. Présent dans les métadonnées de Windows mais absent de `tapi.h`."
    ))]
    FdnRestrict = 0x0020_0000,
}

/// A set of [`LineDisconnectMode`] flags.
pub type LineDisconnectModes = Flags<LineDisconnectMode>;
