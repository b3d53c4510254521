//! Line features, forwarding, digit/tone termination, initialization, media, proxy and request
//! mode families (`LINEFEATURE_` to `LINEREQUESTMODE_`, including the `LAST_` end markers).

use crate::Flags;
use tapi_consts_derive::ConstFamily;

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
    fr = "Opérations utilisables sur un périphérique de ligne dans son ensemble (et non sur l’une de ses adresses ou l’un de ses appels). Elles sont indiquées dans `dwLineFeatures` de `LINEDEVSTATUS` (renvoyée par `lineGetLineDevStatus`). Cet ensemble évolue avec l’état de la ligne ; il est donc utile de le relire après les notifications de changement d’état de la ligne."
))]
pub enum LineFeature {
    /// `lineDevSpecific`, the pass-through for vendor-defined operations, may currently be used on
    /// the line.
    #[tapi(doc(
        fr = "`lineDevSpecific`, la fonction d’accès aux opérations définies par le fabricant, peut actuellement être utilisée sur la ligne."
    ))]
    DevSpecific = 0x0000_0001,
    /// Vendor-defined switch features can currently be invoked on the line with
    /// `lineDevSpecificFeature`.
    #[tapi(doc(
        fr = "Des fonctionnalités de commutateur définies par le fabricant peuvent actuellement être appelées sur la ligne avec `lineDevSpecificFeature`."
    ))]
    DevSpecificFeat = 0x0000_0002,
    /// Forwarding can be set for all addresses of the line at once with `lineForward`. If neither
    /// `FORWARDFWD` nor `FORWARDDND` is also set, the provider has not said which kinds of
    /// forwarding will work.
    #[tapi(doc(
        fr = "Le renvoi peut être configuré pour toutes les adresses de la ligne à la fois avec `lineForward`. Si ni `FORWARDFWD` ni `FORWARDDND` n’est également présent, le fournisseur n’a pas précisé quels types de renvoi fonctionneront."
    ))]
    Forward = 0x0000_0004,
    /// `lineMakeCall` can currently start an outgoing call on the line while leaving the choice of
    /// address to the provider.
    #[tapi(doc(
        fr = "`lineMakeCall` peut actuellement lancer un appel sortant sur la ligne en laissant au fournisseur le choix de l’adresse."
    ))]
    MakeCall = 0x0000_0008,
    /// Media control actions can be set up for the line with `lineSetMediaControl`.
    #[tapi(doc(
        fr = "Des actions de contrôle du média peuvent être définies pour la ligne avec `lineSetMediaControl`."
    ))]
    SetMediaControl = 0x0000_0010,
    /// The routing of the line's information streams to terminals can be changed with
    /// `lineSetTerminal`.
    #[tapi(doc(
        fr = "L’acheminement des flux d’information de la ligne vers les terminaux peut être modifié avec `lineSetTerminal`."
    ))]
    SetTerminal = 0x0000_0020,
    /// `lineSetLineDevStatus` can currently be used to change device status flags of the line, such as
    /// in-service, connected or message-waiting. Reported only when TAPI 2.0 or later was negotiated.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineSetLineDevStatus` peut actuellement servir à modifier des indicateurs d’état du périphérique de ligne, comme en service, connecté ou message en attente. Indiqué uniquement si TAPI 2.0 ou une version ultérieure a été négociée."
    ))]
    SetDevStatus = 0x0000_0040,
    /// `lineForward` can send the calls of all addresses on the line to another number; `FORWARD`
    /// is set as well. Reported only when TAPI 2.0 or later was negotiated.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineForward` peut renvoyer les appels de toutes les adresses de la ligne vers un autre numéro ; `FORWARD` est également présent. Indiqué uniquement si TAPI 2.0 ou une version ultérieure a été négociée."
    ))]
    ForwardFwd = 0x0000_0080,
    /// `lineForward` with an empty destination can switch on Do Not Disturb for all addresses on
    /// the line; `FORWARD` is set as well. Reported only when TAPI 2.0 or later was negotiated.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineForward` avec une destination vide peut activer la fonction Ne pas déranger sur toutes les adresses de la ligne ; `FORWARD` est également présent. Indiqué uniquement si TAPI 2.0 ou une version ultérieure a été négociée."
    ))]
    ForwardDnd = 0x0000_0100,
}

/// A set of [`LineFeature`] flags.
pub type LineFeatures = Flags<LineFeature>;

/// Conditions under which calls arriving at an address are forwarded.
///
/// Used in `dwForwardMode` of each `LINEFORWARD` entry passed to `lineForward` and reported in
/// `LINEADDRESSSTATUS`; `dwForwardModes` of `LINEADDRESSCAPS` lists the modes an address supports.
/// The flags overlap on purpose: the plain busy/no-answer/unconditional values apply when a switch
/// cannot treat internal and external callers separately, the `INTERNAL`/`EXTERNAL` values when it
/// can, and `BUSYNA…` when busy and no-answer cannot be set apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEFORWARDMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Conditions dans lesquelles les appels arrivant sur une adresse sont renvoyés. Utilisées dans `dwForwardMode` de chaque entrée `LINEFORWARD` passée à `lineForward` et indiquées dans `LINEADDRESSSTATUS` ; `dwForwardModes` de `LINEADDRESSCAPS` liste les modes pris en charge par une adresse. Les indicateurs se recoupent volontairement : les valeurs simples (occupation, non-réponse, inconditionnel) servent quand le commutateur ne sait pas distinguer appelants internes et externes, les valeurs `INTERNAL`/`EXTERNAL` quand il le sait, et `BUSYNA…` quand occupation et non-réponse ne peuvent pas être séparées."
))]
pub enum LineForwardMode {
    /// Every call is forwarded whatever its origin and whatever the state of the address, for
    /// switches that cannot treat internal and external calls separately. It takes precedence over
    /// busy and no-answer forwarding.
    #[tapi(doc(
        fr = "Tous les appels sont renvoyés, quelle que soit leur origine et quel que soit l’état de l’adresse, pour les commutateurs qui ne savent pas traiter séparément appels internes et externes. Ce mode l’emporte sur les renvois sur occupation et sur non-réponse."
    ))]
    Uncond = 0x0000_0001,
    /// Calls from inside the system (internal calls) are always forwarded; used where internal and
    /// external unconditional forwarding are set separately.
    #[tapi(doc(
        fr = "Les appels provenant de l’intérieur du système (appels internes) sont toujours renvoyés ; utilisé lorsque les renvois inconditionnels internes et externes se règlent séparément."
    ))]
    UncondInternal = 0x0000_0002,
    /// Calls from outside the system (external calls) are always forwarded; used where internal and
    /// external unconditional forwarding are set separately.
    #[tapi(doc(
        fr = "Les appels provenant de l’extérieur du système (appels externes) sont toujours renvoyés ; utilisé lorsque les renvois inconditionnels internes et externes se règlent séparément."
    ))]
    UncondExternal = 0x0000_0004,
    /// Calls coming from one given caller address are always forwarded (selective forwarding).
    #[tapi(doc(
        fr = "Les appels provenant d’une adresse appelante donnée sont toujours renvoyés (renvoi sélectif)."
    ))]
    UncondSpecific = 0x0000_0008,
    /// Calls of any origin are forwarded when the address is busy, for switches that cannot treat
    /// internal and external calls separately.
    #[tapi(doc(
        fr = "Les appels de toute origine sont renvoyés lorsque l’adresse est occupée, pour les commutateurs qui ne savent pas traiter séparément appels internes et externes."
    ))]
    Busy = 0x0000_0010,
    /// Internal calls are forwarded when the address is busy; used where internal and external
    /// forwarding are set separately.
    #[tapi(doc(
        fr = "Les appels internes sont renvoyés lorsque l’adresse est occupée ; utilisé lorsque les renvois internes et externes se règlent séparément."
    ))]
    BusyInternal = 0x0000_0020,
    /// External calls are forwarded when the address is busy; used where internal and external
    /// forwarding are set separately.
    #[tapi(doc(
        fr = "Les appels externes sont renvoyés lorsque l’adresse est occupée ; utilisé lorsque les renvois internes et externes se règlent séparément."
    ))]
    BusyExternal = 0x0000_0040,
    /// Calls from one given caller address are forwarded when the address is busy (selective
    /// forwarding).
    #[tapi(doc(
        fr = "Les appels provenant d’une adresse appelante donnée sont renvoyés lorsque l’adresse est occupée (renvoi sélectif)."
    ))]
    BusySpecific = 0x0000_0080,
    /// Calls of any origin are forwarded when nobody answers, for switches that cannot treat
    /// internal and external calls separately.
    #[tapi(doc(
        fr = "Les appels de toute origine sont renvoyés en l’absence de réponse, pour les commutateurs qui ne savent pas traiter séparément appels internes et externes."
    ))]
    NoAnsw = 0x0000_0100,
    /// Internal calls are forwarded when nobody answers; used where internal and external
    /// forwarding are set separately.
    #[tapi(doc(
        fr = "Les appels internes sont renvoyés en l’absence de réponse ; utilisé lorsque les renvois internes et externes se règlent séparément."
    ))]
    NoAnswInternal = 0x0000_0200,
    /// External calls are forwarded when nobody answers; used where internal and external
    /// forwarding are set separately.
    #[tapi(doc(
        fr = "Les appels externes sont renvoyés en l’absence de réponse ; utilisé lorsque les renvois internes et externes se règlent séparément."
    ))]
    NoAnswExternal = 0x0000_0400,
    /// Calls from one given caller address are forwarded when nobody answers (selective
    /// forwarding).
    #[tapi(doc(
        fr = "Les appels provenant d’une adresse appelante donnée sont renvoyés en l’absence de réponse (renvoi sélectif)."
    ))]
    NoAnswSpecific = 0x0000_0800,
    /// Calls of any origin are forwarded when the address is busy or does not answer, for switches
    /// that can set neither busy versus no-answer nor internal versus external separately.
    #[tapi(doc(
        fr = "Les appels de toute origine sont renvoyés lorsque l’adresse est occupée ou ne répond pas, pour les commutateurs qui ne savent séparer ni l’occupation de la non-réponse, ni les appels internes des externes."
    ))]
    BusyNa = 0x0000_1000,
    /// Internal calls are forwarded on busy or no answer, the two conditions being set together.
    #[tapi(doc(
        fr = "Les appels internes sont renvoyés sur occupation ou non-réponse, les deux conditions se réglant ensemble."
    ))]
    BusyNaInternal = 0x0000_2000,
    /// External calls are forwarded on busy or no answer, the two conditions being set together.
    #[tapi(doc(
        fr = "Les appels externes sont renvoyés sur occupation ou non-réponse, les deux conditions se réglant ensemble."
    ))]
    BusyNaExternal = 0x0000_4000,
    /// Calls from one given caller address are forwarded on busy or no answer (selective
    /// forwarding).
    #[tapi(doc(
        fr = "Les appels provenant d’une adresse appelante donnée sont renvoyés sur occupation ou non-réponse (renvoi sélectif)."
    ))]
    BusyNaSpecific = 0x0000_8000,
    /// Forwarding is in effect, but under which conditions it applies has not been determined yet; that
    /// may be learned later (TAPI 1.4 and later).
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Un renvoi est en vigueur, mais ses conditions d’application n’ont pas encore été déterminées ; elles pourront l’être plus tard (TAPI 1.4 et versions ultérieures)."
    ))]
    Unknown = 0x0001_0000,
    /// Forwarding is in effect, but the service provider can never find out under which conditions it
    /// applies (TAPI 1.4 and later).
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Un renvoi est en vigueur, mais le fournisseur de services ne pourra jamais savoir dans quelles conditions il s’applique (TAPI 1.4 et versions ultérieures)."
    ))]
    Unavail = 0x0002_0000,
}

/// A set of [`LineForwardMode`] flags.
pub type LineForwardModes = Flags<LineForwardMode>;

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
    fr = "Raisons pour lesquelles une collecte de chiffres mise en mémoire tampon, lancée par `lineGatherDigits`, s’est terminée. Communiquées dans `dwParam1` du message `LINE_GATHERDIGITS` à la fin de la collecte."
))]
pub enum LineGatherTerm {
    /// Gathering stopped because the buffer received the full number of digits the application asked
    /// for.
    #[tapi(doc(
        fr = "La collecte s’est arrêtée parce que la mémoire tampon a reçu le nombre complet de chiffres demandé par l’application."
    ))]
    BufferFull = 0x0000_0001,
    /// Gathering stopped on one of the termination digits the application listed; that digit ends the
    /// collected string.
    #[tapi(doc(
        fr = "La collecte s’est arrêtée sur l’un des chiffres de fin indiqués par l’application ; ce chiffre termine la chaîne collectée."
    ))]
    TermDigit = 0x0000_0002,
    /// No digit arrived within the first-digit timeout, so nothing was gathered.
    #[tapi(doc(
        fr = "Aucun chiffre n’est arrivé dans le délai prévu pour le premier chiffre ; rien n’a donc été collecté."
    ))]
    FirstTimeout = 0x0000_0004,
    /// After one or more digits had arrived, the next one took longer than the inter-digit timeout.
    #[tapi(doc(
        fr = "Après l’arrivée d’un ou plusieurs chiffres, le suivant a mis plus de temps que le délai autorisé entre deux chiffres."
    ))]
    InterTimeout = 0x0000_0008,
    /// The gathering request was withdrawn before it completed, either by an application (this one or
    /// another) or because the call went away.
    #[tapi(doc(
        fr = "La demande de collecte a été retirée avant son achèvement, soit par une application (celle-ci ou une autre), soit parce que l’appel a disparu."
    ))]
    Cancel = 0x0000_0010,
}

/// A set of [`LineGatherTerm`] flags.
pub type LineGatherTerms = Flags<LineGatherTerm>;

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
    fr = "Raisons pour lesquelles la génération de chiffres ou de tonalités lancée par `lineGenerateDigits` ou `lineGenerateTone` s’est terminée. Communiquées dans `dwParam1` du message `LINE_GENERATE`."
))]
pub enum LineGenerateTerm {
    /// Everything asked for was played out: all the digits, or the tones for their full duration.
    #[tapi(doc(
        fr = "Tout ce qui était demandé a été émis : tous les chiffres, ou les tonalités pendant toute leur durée."
    ))]
    Done = 0x0000_0001,
    /// Generation stopped early: it was cancelled by this or another application, the call ended,
    /// or the service provider failed internally.
    #[tapi(doc(
        fr = "La génération s’est arrêtée prématurément : elle a été annulée par cette application ou une autre, l’appel a pris fin, ou le fournisseur de services a subi une défaillance interne."
    ))]
    Cancel = 0x0000_0002,
}

/// A set of [`LineGenerateTerm`] flags.
pub type LineGenerateTerms = Flags<LineGenerateTerm>;

/// How TAPI should deliver event notifications to an application that initializes with
/// `lineInitializeEx`.
///
/// Passed in `dwOptions` of `LINEINITIALIZEEXPARAMS`. The first three values select one delivery
/// mechanism; `CALLHUBTRACKING` is a separate high bit that the API lets an application combine
/// with one of them.
///
/// Modelled as a [`Kind::Mixed`](crate::Kind::Mixed) family: the three mechanisms are
/// `selector` members (one value of the low bits at a time) and `CALLHUBTRACKING` a flag, so
/// [`LineInitializeExOptions`] parses and prints both parts:
/// `LINEINITIALIZEEXOPTION_USEEVENT | LINEINITIALIZEEXOPTION_CALLHUBTRACKING` is `0x80000002`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEINITIALIZEEXOPTION_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Manière dont TAPI doit transmettre les notifications d’événements à une application qui s’initialise avec `lineInitializeEx`. Passée dans `dwOptions` de `LINEINITIALIZEEXPARAMS`. Les trois premières valeurs choisissent un mécanisme de transmission ; `CALLHUBTRACKING` est un bit de poids fort distinct que l’API permet de combiner avec l’un d’eux."
))]
pub enum LineInitializeExOption {
    /// TAPI creates a hidden window in the application and calls the application's callback
    /// function through it, as with the older `lineInitialize`. Requires TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "TAPI crée une fenêtre masquée dans l’application et appelle par son intermédiaire la fonction de rappel de l’application, comme avec l’ancienne `lineInitialize`. Nécessite TAPI 2.0 ou une version ultérieure."
    ))]
    #[tapi(selector)]
    UseHiddenWindow = 0x0000_0001,
    /// TAPI signals an event handle that it returns to the application, which then fetches
    /// messages with `lineGetMessage`. Requires TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "TAPI signale un handle d’événement qu’il remet à l’application, laquelle récupère ensuite les messages avec `lineGetMessage`. Nécessite TAPI 2.0 ou une version ultérieure."
    ))]
    #[tapi(selector)]
    UseEvent = 0x0000_0002,
    /// TAPI posts each message to an I/O completion port supplied by the application, tagged with
    /// the application's completion key. Requires TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "TAPI dépose chaque message dans un port de terminaison d’E/S fourni par l’application, accompagné de la clé de terminaison choisie par celle-ci. Nécessite TAPI 2.0 ou une version ultérieure."
    ))]
    #[tapi(selector)]
    UseCompletionPort = 0x0000_0003,
    /// The application also wants call hub tracking events. Available only when TAPI 3.0 or later
    /// is negotiated.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "L’application souhaite en outre recevoir les événements de suivi des concentrateurs d’appels. Disponible uniquement si TAPI 3.0 ou une version ultérieure est négociée."
    ))]
    CallHubTracking = 0x8000_0000,
}

/// A [`LineInitializeExOption`] value: one delivery mechanism plus, optionally,
/// `CALLHUBTRACKING`.
pub type LineInitializeExOptions = Flags<LineInitializeExOption>;

/// Options of a dialing location, as stored in the user's telephony configuration.
///
/// Found in `dwOptions` of each `LINELOCATIONENTRY` within the `LINETRANSLATECAPS` structure
/// returned by `lineGetTranslateCaps`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINELOCATIONOPTION_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Options d’un emplacement de numérotation, telles qu’enregistrées dans la configuration de téléphonie de l’utilisateur. Présentes dans `dwOptions` de chaque `LINELOCATIONENTRY` de la structure `LINETRANSLATECAPS` renvoyée par `lineGetTranslateCaps`."
))]
pub enum LineLocationOption {
    /// The location dials with pulses by default, so `lineTranslateAddress` starts the dialable
    /// string with a `P` modifier; when the bit is clear it starts it with `T` (tone dialing).
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "L’emplacement numérote par impulsions par défaut ; `lineTranslateAddress` commence donc la chaîne composable par le modificateur `P`. Si le bit est absent, elle la commence par `T` (numérotation à fréquences vocales)."
    ))]
    PulseDial = 0x0000_0001,
}

/// A set of [`LineLocationOption`] flags.
pub type LineLocationOptions = Flags<LineLocationOption>;

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
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Actions génériques que TAPI peut appliquer au flux de média d’un appel lorsqu’un événement choisi se produit (détection d’un chiffre, d’une tonalité, d’un mode de média ou d’un état d’appel). Utilisées dans `dwMediaControl` des entrées `LINEMEDIACONTROLDIGIT`, `LINEMEDIACONTROLMEDIA`, `LINEMEDIACONTROLTONE` et `LINEMEDIACONTROLCALLSTATE` passées à `lineSetMediaControl`. C’est le flux qui détermine la signification concrète de chaque action, et rien ne se produit si la ligne n’est pas dotée du contrôle du média. Les 16 bits de poids faible sont réservés ; les 16 bits de poids fort sont libres pour les extensions propres aux périphériques."
))]
pub enum LineMediaControl {
    /// Leave the media stream as it is.
    #[tapi(doc(fr = "Laisser le flux de média tel quel."))]
    None = 0x0000_0001,
    /// Set the media stream going.
    #[tapi(doc(fr = "Mettre en marche le flux de média."))]
    Start = 0x0000_0002,
    /// Treat the stream as if its input had come to an end and free every buffer it holds.
    #[tapi(doc(
        fr = "Traiter le flux comme si son entrée était arrivée à son terme et libérer toutes les mémoires tampons qu’il occupe."
    ))]
    Reset = 0x0000_0004,
    /// Hold the media stream still until it is resumed.
    #[tapi(doc(fr = "Immobiliser le flux de média jusqu’à sa reprise."))]
    Pause = 0x0000_0008,
    /// Let a paused media stream continue.
    #[tapi(doc(fr = "Faire reprendre un flux de média suspendu."))]
    Resume = 0x0000_0010,
    /// Make the stream play faster, by a step that the stream itself defines.
    #[tapi(doc(fr = "Accélérer la lecture du flux, d’un pas défini par le flux lui-même."))]
    RateUp = 0x0000_0020,
    /// Make the stream play slower, by a step that the stream itself defines.
    #[tapi(doc(fr = "Ralentir la lecture du flux, d’un pas défini par le flux lui-même."))]
    RateDown = 0x0000_0040,
    /// Restore the stream's normal playback speed.
    #[tapi(doc(fr = "Rétablir la vitesse de lecture normale du flux."))]
    RateNormal = 0x0000_0080,
    /// Raise the stream's volume by a step that the stream itself defines.
    #[tapi(doc(fr = "Augmenter le volume du flux d’un pas défini par le flux lui-même."))]
    VolumeUp = 0x0000_0100,
    /// Lower the stream's volume by a step that the stream itself defines.
    #[tapi(doc(fr = "Baisser le volume du flux d’un pas défini par le flux lui-même."))]
    VolumeDown = 0x0000_0200,
    /// Restore the stream's normal volume.
    #[tapi(doc(fr = "Rétablir le volume normal du flux."))]
    VolumeNormal = 0x0000_0400,
}

/// A set of [`LineMediaControl`] flags.
pub type LineMediaControls = Flags<LineMediaControl>;

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
    fr = "Modes de média : nature des informations transportées par un appel, par opposition au mode porteur, qui décrit la qualité de la connexion elle-même. Présents dans `dwMediaMode` de `LINECALLINFO` et de `LINECALLPARAMS` ainsi que dans `dwMediaModes` de `LINEDEVCAPS`, et transmis à `lineOpen`, `lineSetMediaMode` et `lineMonitorMedia`. La valeur 0x00000001 n’est pas définie."
))]
pub enum LineMediaMode {
    /// The call carries a media stream whose kind has not been determined yet, as with an incoming
    /// analog call before it is answered and analyzed. Other media-mode bits may be set alongside
    /// to say what it probably is.
    #[tapi(doc(
        fr = "L’appel transporte un flux de média dont la nature n’est pas encore déterminée, comme un appel analogique entrant avant qu’il soit pris et analysé. D’autres bits de mode de média peuvent être présents en même temps pour indiquer sa nature probable."
    ))]
    Unknown = 0x0000_0002,
    /// A live spoken conversation, with a person at each end. Providers that cannot tell live speech
    /// from automated speech on an incoming call report this mode.
    #[tapi(doc(
        fr = "Conversation orale en direct, avec une personne à chaque extrémité. Les fournisseurs incapables de distinguer, sur un appel entrant, la parole en direct de la parole automatisée indiquent ce mode."
    ))]
    InteractiveVoice = 0x0000_0004,
    /// Speech handled on this side by software rather than a person, as with an answering machine or
    /// voice-mail program.
    #[tapi(doc(
        fr = "Parole prise en charge de ce côté par un logiciel plutôt que par une personne, comme avec un répondeur ou une messagerie vocale."
    ))]
    AutomatedVoice = 0x0000_0008,
    /// The call carries a data-modem session. Because the called side must start the modem
    /// handshake, providers usually can only guess this for incoming calls (for example from
    /// silence after answering).
    #[tapi(doc(
        fr = "L’appel transporte une session de modem de données. Comme c’est le côté appelé qui doit lancer la négociation du modem, les fournisseurs ne peuvent généralement que la deviner pour les appels entrants (par exemple d’après un silence après la prise de l’appel)."
    ))]
    DataModem = 0x0000_0010,
    /// The call carries a Group 3 fax transmission, in either direction.
    #[tapi(doc(
        fr = "L’appel transporte une transmission de télécopie du groupe 3, dans un sens ou dans l’autre."
    ))]
    G3Fax = 0x0000_0020,
    /// The call carries a session for a telecommunications device for the deaf (TDD).
    #[tapi(doc(
        fr = "L’appel transporte une session d’appareil de télécommunication pour personnes sourdes (ATS, en anglais TDD)."
    ))]
    Tdd = 0x0000_0040,
    /// The call carries a Group 4 fax transmission, in either direction.
    #[tapi(doc(
        fr = "L’appel transporte une transmission de télécopie du groupe 4, dans un sens ou dans l’autre."
    ))]
    G4Fax = 0x0000_0080,
    /// Raw digital data whose format TAPI does not specify.
    #[tapi(doc(fr = "Données numériques brutes dont TAPI ne précise pas le format."))]
    DigitalData = 0x0000_0100,
    /// Teletex, a telematic service for exchanging formatted text documents between terminals.
    #[tapi(doc(
        fr = "Télétex, un service télématique d’échange de documents textuels mis en forme entre terminaux."
    ))]
    Teletex = 0x0000_0200,
    /// Videotex, a telematic service for consulting pages of text and graphics held on a remote server.
    #[tapi(doc(
        fr = "Vidéotex, un service télématique de consultation de pages de texte et de graphismes stockées sur un serveur distant."
    ))]
    Videotex = 0x0000_0400,
    /// Telex, the telematic service of text exchange between teleprinters.
    #[tapi(doc(fr = "Télex, le service télématique d’échange de texte entre téléscripteurs."))]
    Telex = 0x0000_0800,
    /// A mixed-mode session, an ISDN telematic service that combines several kinds of content such as
    /// text and facsimile.
    #[tapi(doc(
        fr = "Session en mode mixte, un service télématique du RNIS qui combine plusieurs types de contenu, comme du texte et du fac-similé."
    ))]
    Mixed = 0x0000_1000,
    /// The call carries an Analog Display Services Interface (ADSI) session, which adds text sent
    /// to the phone's display and soft keys to a voice call.
    #[tapi(doc(
        fr = "L’appel transporte une session ADSI (Analog Display Services Interface), qui ajoute à un appel vocal du texte envoyé à l’afficheur du téléphone et des touches programmables."
    ))]
    Adsi = 0x0000_2000,
    /// The call carries VoiceView, a mode that alternates voice and data on the same call (TAPI 1.4
    /// and later).
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "L’appel transporte du VoiceView, un mode qui alterne voix et données sur le même appel (TAPI 1.4 et versions ultérieures)."
    ))]
    VoiceView = 0x0000_4000,
    /// The call carries video (TAPI 2.1 and later).
    #[tapi(since = "2.1")]
    #[tapi(doc(fr = "L’appel transporte de la vidéo (TAPI 2.1 et versions ultérieures)."))]
    Video = 0x0000_8000,
}

/// A set of [`LineMediaMode`] flags.
pub type LineMediaModes = Flags<LineMediaMode>;

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
    fr = "Marqueurs de fin que `tapi.h` définit pour deux autres familles ; ils n’appartiennent à aucune structure ni à aucun paramètre de fonction. Chacun désigne la dernière valeur de sa famille, afin que le code (en général un fournisseur de services) puisse construire un masque des valeurs définies et rejeter les bits inconnus."
))]
pub enum Last {
    /// Highest defined `LINEMEDIAMODE_` bit; it equals `LINEMEDIAMODE_VIDEO`, so the valid media
    /// mode bits run from `LINEMEDIAMODE_UNKNOWN` up to it. Headers written before TAPI 2.1, which
    /// added `LINEMEDIAMODE_VIDEO` (Wine's and Odin32's, for example), define it as 0x4000,
    /// `LINEMEDIAMODE_VOICEVIEW`: a mask built from those headers leaves out the video bit.
    #[tapi(doc(
        fr = "Bit `LINEMEDIAMODE_` défini le plus élevé ; il vaut `LINEMEDIAMODE_VIDEO`, de sorte que les bits de mode de média valides vont de `LINEMEDIAMODE_UNKNOWN` jusqu’à lui. Les en-têtes antérieurs à TAPI 2.1, qui a ajouté `LINEMEDIAMODE_VIDEO` (ceux de Wine et d’Odin32, par exemple), le définissent à 0x4000, soit `LINEMEDIAMODE_VOICEVIEW` : un masque construit à partir de ces en-têtes laisse de côté le bit vidéo."
    ))]
    LineMediaMode = 0x0000_8000,
    /// End marker for `LINEREQUESTMODE_`; it equals `LINEREQUESTMODE_MEDIACALL`. Note that
    /// `LINEREQUESTMODE_DROP` (0x4) lies above it, so it does not cover every request mode.
    #[tapi(doc(
        fr = "Marqueur de fin de `LINEREQUESTMODE_` ; il vaut `LINEREQUESTMODE_MEDIACALL`. Attention, `LINEREQUESTMODE_DROP` (0x4) se situe au-dessus, si bien qu’il ne couvre pas tous les modes de requête."
    ))]
    LineRequestMode = 0x0000_0002,
}

/// Sub-states of an incoming call in the offering state on an address shared (bridged) with
/// other stations, mostly on electronic key systems (TAPI 1.4 and later).
///
/// Reported as the call-state mode with `LINECALLSTATE_OFFERING`, that is in `dwParam2` of the
/// `LINE_CALLSTATE` message and in `dwCallStateMode` of `LINECALLSTATUS`. A mode of zero should be
/// read as `ACTIVE`, which is what a non-bridged address gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEOFFERINGMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Sous-états d’un appel entrant présenté sur une adresse partagée (pontée) avec d’autres postes, surtout sur les systèmes à touches électroniques (TAPI 1.4 et versions ultérieures). Indiqués comme mode d’état d’appel avec `LINECALLSTATE_OFFERING`, c’est-à-dire dans `dwParam2` du message `LINE_CALLSTATE` et dans `dwCallStateMode` de `LINECALLSTATUS`. Un mode nul doit être interprété comme `ACTIVE`, ce que donne une adresse non pontée."
))]
pub enum LineOfferingMode {
    /// This station is the one being alerted: it rings (`LINEDEVSTATE_RINGING` notifications follow),
    /// so auto-answer software here is free to take the call.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "C’est ce poste qui est alerté : il sonne (des notifications `LINEDEVSTATE_RINGING` suivent), et un logiciel de réponse automatique de ce poste peut donc prendre l’appel."
    ))]
    Active = 0x0000_0001,
    /// The call is offered at several stations but does not ring at this one, which only shows it
    /// (for example a blinking lamp on an attendant console). Auto-answer software should leave it
    /// to the ringing station, although `lineAnswer` still works.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "L’appel est présenté sur plusieurs postes mais ne sonne pas sur celui-ci, qui se contente de le signaler (par exemple par un voyant clignotant sur un poste de standardiste). Un logiciel de réponse automatique doit le laisser au poste qui sonne, même si `lineAnswer` reste utilisable."
    ))]
    Inactive = 0x0000_0002,
}

/// A set of [`LineOfferingMode`] flags.
pub type LineOfferingModes = Flags<LineOfferingMode>;

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
    fr = "Options supplémentaires d’ouverture d’une ligne. Combinées par OU dans le paramètre `dwPrivileges` de `lineOpen`, à côté des valeurs `LINECALLPRIVILEGE_`."
))]
pub enum LineOpenOption {
    /// Only report new calls that appear on the address given in `dwAddressID` of the
    /// `LINECALLPARAMS` passed to `lineOpen`, instead of calls on every address of the line.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Ne signaler que les nouveaux appels qui apparaissent sur l’adresse indiquée dans `dwAddressID` de la structure `LINECALLPARAMS` passée à `lineOpen`, au lieu des appels de toutes les adresses de la ligne."
    ))]
    SingleAddress = 0x8000_0000,
    /// The application offers to serve as proxy, handling the requests (such as ACD agent
    /// functions) that other applications with the line open make; the request types it accepts
    /// are listed in the `LINECALLPARAMS` passed to `lineOpen`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’application se propose comme proxy et traite les requêtes (comme les fonctions d’agent ACD) émises par les autres applications ayant ouvert la ligne ; les types de requêtes acceptés sont listés dans la structure `LINECALLPARAMS` passée à `lineOpen`."
    ))]
    Proxy = 0x4000_0000,
}

/// A set of [`LineOpenOption`] flags.
pub type LineOpenOptions = Flags<LineOpenOption>;

/// Ways of parking a call at the switch.
///
/// Passed as `dwParkMode` to `linePark`; `dwParkModes` of `LINEADDRESSCAPS` lists the modes an
/// address supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEPARKMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Façons de parquer un appel sur le commutateur. Passées comme `dwParkMode` à `linePark` ; `dwParkModes` de `LINEADDRESSCAPS` liste les modes pris en charge par une adresse."
))]
pub enum LineParkMode {
    /// Directed park: the application tells the switch at which address to park the call.
    #[tapi(doc(
        fr = "Parcage dirigé : l’application indique au commutateur l’adresse où parquer l’appel."
    ))]
    Directed = 0x0000_0001,
    /// Non-directed park: the switch chooses where to park the call and returns that address to the
    /// application.
    #[tapi(doc(
        fr = "Parcage non dirigé : le commutateur choisit où parquer l’appel et communique cette adresse à l’application."
    ))]
    NonDirected = 0x0000_0002,
}

/// A set of [`LineParkMode`] flags.
pub type LineParkModes = Flags<LineParkMode>;

/// Kinds of call-center request that a proxy application can handle on behalf of other
/// applications; each matches one `line…` agent, group or queue function.
///
/// Listed as an array of `DWORD`s in the `LINECALLPARAMS` passed to `lineOpen` with
/// `LINEOPENOPTION_PROXY`, to say which requests the proxy accepts, and found in `dwRequestType`
/// of the `LINEPROXYREQUEST` structure delivered with the `LINE_PROXYREQUEST` message, where it
/// also tells how to read the rest of the buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEPROXYREQUEST_",
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Types de requêtes de centre d’appels qu’une application proxy peut traiter pour le compte d’autres applications ; chacun correspond à une fonction `line…` portant sur les agents, les groupes ou les files d’attente. Listés sous forme de tableau de `DWORD` dans la structure `LINECALLPARAMS` passée à `lineOpen` avec `LINEOPENOPTION_PROXY`, pour indiquer les requêtes acceptées par le proxy, et présents dans `dwRequestType` de la structure `LINEPROXYREQUEST` transmise avec le message `LINE_PROXYREQUEST`, où ils indiquent aussi comment lire le reste de la mémoire tampon."
))]
pub enum LineProxyRequest {
    /// Relays `lineSetAgentGroup`: change the ACD groups an agent is logged into on an address.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineSetAgentGroup` : modifier les groupes ACD auxquels un agent est connecté sur une adresse."
    ))]
    SetAgentGroup = 0x0000_0001,
    /// Relays `lineSetAgentState`: change the work state (and next state) of the agent on an
    /// address.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineSetAgentState` : modifier l’état de travail (et l’état suivant) de l’agent sur une adresse."
    ))]
    SetAgentState = 0x0000_0002,
    /// Relays `lineSetAgentActivity`: set the activity code the agent reports on an address.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineSetAgentActivity` : définir le code d’activité déclaré par l’agent sur une adresse."
    ))]
    SetAgentActivity = 0x0000_0003,
    /// Relays `lineGetAgentCaps`: return the agent-related capabilities of the call center for an
    /// address.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentCaps` : renvoyer les capacités du centre d’appels relatives aux agents pour une adresse."
    ))]
    GetAgentCaps = 0x0000_0004,
    /// Relays `lineGetAgentStatus`: return the current agent status on an address.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentStatus` : renvoyer l’état actuel de l’agent sur une adresse."
    ))]
    GetAgentStatus = 0x0000_0005,
    /// Relays `lineAgentSpecific`: pass a handler-defined extension request through to the agent
    /// handler.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineAgentSpecific` : transmettre au gestionnaire d’agents une requête d’extension qu’il définit lui-même."
    ))]
    AgentSpecific = 0x0000_0006,
    /// Relays `lineGetAgentActivityList`: return the activity codes an agent may choose from.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentActivityList` : renvoyer les codes d’activité parmi lesquels un agent peut choisir."
    ))]
    GetAgentActivityList = 0x0000_0007,
    /// Relays `lineGetAgentGroupList`: return the ACD groups an agent may log into.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentGroupList` : renvoyer les groupes ACD auxquels un agent peut se connecter."
    ))]
    GetAgentGroupList = 0x0000_0008,
    /// Relays `lineCreateAgent`: create an agent object and return its handle.
    #[tapi(since = "2.2")]
    #[tapi(doc(fr = "Relaie `lineCreateAgent` : créer un objet agent et renvoyer son handle."))]
    CreateAgent = 0x0000_0009,
    /// Relays `lineSetAgentMeasurementPeriod`: set the interval over which the call center gathers
    /// statistics for an agent.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineSetAgentMeasurementPeriod` : fixer l’intervalle sur lequel le centre d’appels recueille les statistiques d’un agent."
    ))]
    SetAgentMeasurementPeriod = 0x0000_000A,
    /// Relays `lineGetAgentInfo`: return information and statistics about an agent.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentInfo` : renvoyer des informations et des statistiques sur un agent."
    ))]
    GetAgentInfo = 0x0000_000B,
    /// Relays `lineCreateAgentSession`: start a session in which an agent works for one ACD group
    /// on a given address.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineCreateAgentSession` : ouvrir une session dans laquelle un agent travaille pour un groupe ACD sur une adresse donnée."
    ))]
    CreateAgentSession = 0x0000_000C,
    /// Relays `lineGetAgentSessionList`: return the sessions that exist for an agent.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentSessionList` : renvoyer les sessions existantes d’un agent."
    ))]
    GetAgentSessionList = 0x0000_000D,
    /// Relays `lineSetAgentSessionState`: change the state of an agent session.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineSetAgentSessionState` : modifier l’état d’une session d’agent."
    ))]
    SetAgentSessionState = 0x0000_000E,
    /// Relays `lineGetAgentSessionInfo`: return information and statistics about an agent session.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentSessionInfo` : renvoyer des informations et des statistiques sur une session d’agent."
    ))]
    GetAgentSessionInfo = 0x0000_000F,
    /// Relays `lineGetQueueList`: return the queues that belong to an ACD group.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineGetQueueList` : renvoyer les files d’attente qui appartiennent à un groupe ACD."
    ))]
    GetQueueList = 0x0000_0010,
    /// Relays `lineSetQueueMeasurementPeriod`: set the interval over which statistics are gathered
    /// for a queue.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineSetQueueMeasurementPeriod` : fixer l’intervalle sur lequel les statistiques d’une file d’attente sont recueillies."
    ))]
    SetQueueMeasurementPeriod = 0x0000_0011,
    /// Relays `lineGetQueueInfo`: return information and statistics about a queue.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineGetQueueInfo` : renvoyer des informations et des statistiques sur une file d’attente."
    ))]
    GetQueueInfo = 0x0000_0012,
    /// Relays `lineGetGroupList`: return the ACD groups that the call center offers.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineGetGroupList` : renvoyer les groupes ACD proposés par le centre d’appels."
    ))]
    GetGroupList = 0x0000_0013,
    /// Relays `lineSetAgentStateEx`: change the state (and next state) of an agent identified by
    /// its agent handle.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineSetAgentStateEx` : modifier l’état (et l’état suivant) d’un agent désigné par son handle d’agent."
    ))]
    SetAgentStateEx = 0x0000_0014,
}

/// Which parties, if any, may be taken out of a conference call on an address.
///
/// Reported in `dwRemoveFromConfCaps` of `LINEADDRESSCAPS`; it governs what
/// `lineRemoveFromConference` may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEREMOVEFROMCONF_",
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Participants qui peuvent, le cas échéant, être retirés d’un appel de conférence sur une adresse. Valeur indiquée dans `dwRemoveFromConfCaps` de `LINEADDRESSCAPS` ; elle détermine ce que `lineRemoveFromConference` peut faire."
))]
pub enum LineRemoveFromConf {
    /// Once in the conference, parties stay in it; `lineRemoveFromConference` cannot take anyone out.
    #[tapi(doc(
        fr = "Une fois dans la conférence, les participants y restent ; `lineRemoveFromConference` ne peut en retirer personne."
    ))]
    None = 0x0000_0001,
    /// Only the party that joined last can be taken out again (last in, first out).
    #[tapi(doc(
        fr = "Seul le dernier participant entré peut être retiré (dernier entré, premier sorti)."
    ))]
    Last = 0x0000_0002,
    /// `lineRemoveFromConference` may take out whichever party the application chooses.
    #[tapi(doc(
        fr = "`lineRemoveFromConference` peut retirer n’importe quel participant choisi par l’application."
    ))]
    Any = 0x0000_0003,
}

/// Kinds of assisted-telephony request that one application passes to another through TAPI.
///
/// Passed as `dwRequestMode` to `lineRegisterRequestRecipient` and `lineGetRequest`, and carried in
/// `dwParam1` of the `LINE_REQUEST` message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEREQUESTMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Types de requêtes de téléphonie assistée qu’une application transmet à une autre par l’intermédiaire de TAPI. Passés comme `dwRequestMode` à `lineRegisterRequestRecipient` et `lineGetRequest`, et transmis dans `dwParam1` du message `LINE_REQUEST`."
))]
pub enum LineRequestMode {
    /// A request made with `tapiRequestMakeCall`, asking the recipient application to place a
    /// voice call.
    #[tapi(doc(
        fr = "Requête émise avec `tapiRequestMakeCall`, qui demande à l’application destinataire de passer un appel vocal."
    ))]
    MakeCall = 0x0000_0001,
    /// A media-call request (`tapiRequestMediaCall`), which asked the recipient to place a call
    /// with a given media mode. Obsolete; do not use.
    #[tapi(doc(
        fr = "Requête d’appel avec média (`tapiRequestMediaCall`), qui demandait au destinataire de passer un appel dans un mode de média donné. Obsolète ; ne pas utiliser."
    ))]
    MediaCall = 0x0000_0002,
    /// A `tapiRequestDrop` request, which closes a call request made earlier with
    /// `tapiRequestMediaCall`. Like that function, it is obsolete and no longer works.
    #[tapi(doc(
        fr = "Requête `tapiRequestDrop`, qui clôt une demande d’appel faite auparavant avec `tapiRequestMediaCall`. Comme cette fonction, elle est obsolète et ne fonctionne plus."
    ))]
    Drop = 0x0000_0004,
}

/// A set of [`LineRequestMode`] flags.
pub type LineRequestModes = Flags<LineRequestMode>;
