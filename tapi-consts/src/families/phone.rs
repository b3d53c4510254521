//! Phone device families: button functions, modes and states, phone features, hook switch
//! devices and modes, `phoneInitializeEx` options, lamp modes, privileges, phone states and
//! status flags.

use crate::Flags;
use tapi_consts_derive::ConstFamily;

/// Identifies the telephony function that is assigned to a button of a phone set.
///
/// Reported in the `dwButtonFunction` member of `PHONEBUTTONINFO` (see `phoneGetButtonInfo`
/// and `phoneSetButtonInfo`). TAPI only passes the function through; what pressing the button
/// actually does is decided by the switch and can differ between telephony environments.
/// Values from 0x80000000 upward are free for device-specific functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEBUTTONFUNCTION_",
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Identifie la fonction téléphonique attribuée à un bouton d’un poste téléphonique.\n\nFournie dans le membre `dwButtonFunction` de `PHONEBUTTONINFO` (voir `phoneGetButtonInfo` et `phoneSetButtonInfo`). TAPI se contente de transmettre la fonction : l’effet réel d’un appui sur le bouton dépend du commutateur et peut varier d’un environnement téléphonique à l’autre. Les valeurs à partir de 0x80000000 sont libres pour des fonctions propres au périphérique."
))]
pub enum PhoneButtonFunction {
    /// Placeholder used when the button has no known function or none has been assigned to it yet.
    #[tapi(doc(
        fr = "Valeur de remplacement utilisée lorsque la fonction du bouton est inconnue ou qu’aucune ne lui a encore été attribuée."
    ))]
    Unknown = 0x0000_0000,
    /// Starts a conference, or brings another call into an existing conference.
    #[tapi(doc(
        fr = "Démarre une conférence ou fait entrer un autre appel dans une conférence existante."
    ))]
    Conference = 0x0000_0001,
    /// Begins a call transfer, or finishes one that is already under way.
    #[tapi(doc(fr = "Commence le transfert d’un appel ou achève un transfert déjà engagé."))]
    Transfer = 0x0000_0002,
    /// Hangs up the call that is currently active.
    #[tapi(doc(fr = "Raccroche l’appel actuellement actif."))]
    Drop = 0x0000_0003,
    /// Puts the currently active call on hold.
    #[tapi(doc(fr = "Met l’appel actuellement actif en attente."))]
    Hold = 0x0000_0004,
    /// Retrieves a call that was on hold and makes it active again.
    #[tapi(doc(fr = "Reprend un appel en attente et le rend de nouveau actif."))]
    Recall = 0x0000_0005,
    /// Releases a call, for example the consultation leg once a transfer has been set up.
    #[tapi(doc(
        fr = "Déconnecte un appel, par exemple l’appel de consultation une fois le transfert préparé."
    ))]
    Disconnect = 0x0000_0006,
    /// Returns to a call that was put on consultation hold.
    #[tapi(doc(fr = "Revient à un appel qui avait été mis en attente de consultation."))]
    Connect = 0x0000_0007,
    /// Lights the message-waiting lamp.
    #[tapi(doc(fr = "Allume le voyant de message en attente."))]
    MsgWaitOn = 0x0000_0008,
    /// Switches the message-waiting lamp off.
    #[tapi(doc(fr = "Éteint le voyant de message en attente."))]
    MsgWaitOff = 0x0000_0009,
    /// Lets the user choose which ringing pattern the phone uses.
    #[tapi(doc(fr = "Permet à l’utilisateur de choisir la mélodie de sonnerie du poste."))]
    SelectRing = 0x0000_000A,
    /// Abbreviated dialing: the destination is entered as a short code of one or a few digits instead of the full number.
    #[tapi(doc(
        fr = "Numérotation abrégée : la destination est saisie sous la forme d’un code court d’un ou de quelques chiffres au lieu du numéro complet."
    ))]
    AbbrevDial = 0x0000_000B,
    /// Turns call forwarding on for this phone, or changes its settings.
    #[tapi(doc(fr = "Active le renvoi d’appels pour ce poste ou en modifie les réglages."))]
    Forward = 0x0000_000C,
    /// Answers, from this phone, a call that is ringing at another phone.
    #[tapi(doc(
        fr = "Répond depuis ce poste à un appel qui sonne sur un autre poste (interception)."
    ))]
    Pickup = 0x0000_000D,
    /// Asks to be alerted later when a call attempt fails because the destination is busy or does not answer (ring-again / callback).
    #[tapi(doc(
        fr = "Demande à être averti ultérieurement lorsqu’une tentative d’appel échoue parce que la destination est occupée ou ne répond pas (rappel automatique)."
    ))]
    RingAgain = 0x0000_000E,
    /// Parks the active call at another phone, where it waits on hold until someone retrieves it.
    #[tapi(doc(
        fr = "Parque l’appel actif sur un autre poste, où il reste en attente jusqu’à ce que quelqu’un le reprenne."
    ))]
    Park = 0x0000_000F,
    /// Refuses an incoming call while it is still ringing.
    #[tapi(doc(fr = "Refuse un appel entrant pendant qu’il sonne encore."))]
    Reject = 0x0000_0010,
    /// Sends an incoming call to another extension before anyone answers it.
    #[tapi(doc(
        fr = "Redirige un appel entrant vers un autre poste avant que quiconque n’y réponde."
    ))]
    Redirect = 0x0000_0011,
    /// Silences the phone's microphone so the other party no longer hears the user.
    #[tapi(doc(
        fr = "Coupe le microphone du poste afin que le correspondant n’entende plus l’utilisateur."
    ))]
    Mute = 0x0000_0012,
    /// Raises the listening volume of the handset earpiece or the speakerphone.
    #[tapi(doc(fr = "Augmente le volume d’écoute de l’écouteur du combiné ou du haut-parleur."))]
    VolumeUp = 0x0000_0013,
    /// Lowers the listening volume of the handset earpiece or the speakerphone.
    #[tapi(doc(fr = "Diminue le volume d’écoute de l’écouteur du combiné ou du haut-parleur."))]
    VolumeDown = 0x0000_0014,
    /// Switches the phone's external loudspeaker on.
    #[tapi(doc(fr = "Met en marche le haut-parleur externe du poste."))]
    SpeakerOn = 0x0000_0015,
    /// Switches the phone's external loudspeaker off.
    #[tapi(doc(fr = "Arrête le haut-parleur externe du poste."))]
    SpeakerOff = 0x0000_0016,
    /// Sends a hook flash, that is a brief on-hook/off-hook pulse. Digits keyed afterwards are usually taken as switch commands, and many switches put the active call on consultation hold.
    #[tapi(doc(
        fr = "Envoie un flash, c’est-à-dire une brève impulsion raccroché/décroché. Les chiffres composés ensuite sont en général interprétés comme des commandes du commutateur, et de nombreux commutateurs mettent l’appel actif en attente de consultation."
    ))]
    Flash = 0x0000_0017,
    /// Marks the next call as a data call.
    #[tapi(doc(fr = "Indique que le prochain appel sera un appel de données."))]
    DataOn = 0x0000_0018,
    /// Marks the next call as not being a data call.
    #[tapi(doc(fr = "Indique que le prochain appel ne sera pas un appel de données."))]
    DataOff = 0x0000_0019,
    /// Enables do-not-disturb: incoming calls get a busy signal or are diverted to an operator or to voice mail.
    #[tapi(doc(
        fr = "Active le mode Ne pas déranger : les appels entrants reçoivent la tonalité d’occupation ou sont renvoyés vers un standardiste ou une messagerie vocale."
    ))]
    DoNotDisturb = 0x0000_001A,
    /// Opens the intercom so that the user can broadcast a paging announcement.
    #[tapi(doc(
        fr = "Ouvre l’interphone pour que l’utilisateur puisse diffuser une annonce de recherche de personne."
    ))]
    Intercom = 0x0000_001B,
    /// Selects one appearance of a bridged address (an address shared with other phones).
    #[tapi(doc(
        fr = "Sélectionne une présentation d’une adresse pontée (adresse partagée avec d’autres postes)."
    ))]
    BridgedApp = 0x0000_001C,
    /// Makes the phone look busy to callers, so incoming calls are not presented to it.
    #[tapi(doc(
        fr = "Fait paraître le poste occupé aux appelants, si bien que les appels entrants ne lui sont pas présentés."
    ))]
    Busy = 0x0000_001D,
    /// Selects one particular call appearance on the phone.
    #[tapi(doc(fr = "Sélectionne une présentation d’appel particulière du poste."))]
    CallApp = 0x0000_001E,
    /// Shows the current date and time, as supplied by the switch, on the phone's display.
    #[tapi(doc(
        fr = "Affiche sur l’afficheur du poste la date et l’heure courantes fournies par le commutateur."
    ))]
    DateTime = 0x0000_001F,
    /// Calls the switch's directory service.
    #[tapi(doc(fr = "Fait appel au service d’annuaire du commutateur."))]
    Directory = 0x0000_0020,
    /// Diverts every call meant for this phone to a designated coverage phone.
    #[tapi(doc(
        fr = "Renvoie tous les appels destinés à ce poste vers un poste de couverture désigné."
    ))]
    Cover = 0x0000_0021,
    /// Asks for the caller's identity (caller ID) to be shown on the phone's display.
    #[tapi(doc(fr = "Demande l’affichage de l’identité de l’appelant sur l’afficheur du poste."))]
    CallId = 0x0000_0022,
    /// Dials again the number that was dialed last (redial).
    #[tapi(doc(fr = "Recompose le dernier numéro composé (bis)."))]
    LastNum = 0x0000_0023,
    /// Switches the phone to its night-service configuration, the behavior set up for out-of-hours periods.
    #[tapi(doc(
        fr = "Fait passer le poste en service de nuit, c’est-à-dire le comportement configuré pour les heures de fermeture."
    ))]
    NightSrv = 0x0000_0024,
    /// Sends all calls to the coverage phone; it has the same effect as `Cover`.
    #[tapi(doc(
        fr = "Envoie tous les appels vers le poste de couverture ; même effet que `Cover`."
    ))]
    SendCalls = 0x0000_0025,
    /// Controls the lamp that signals waiting messages.
    #[tapi(doc(fr = "Commande le voyant qui signale les messages en attente."))]
    MsgIndicator = 0x0000_0026,
    /// Repertory dialing: after the button, the user keys a short code that stands for a stored number.
    #[tapi(doc(
        fr = "Numérotation par répertoire : après le bouton, l’utilisateur tape un code court qui remplace un numéro enregistré."
    ))]
    RepDial = 0x0000_0027,
    /// Programs the short codes used by repertory dialing (`RepDial`) and the numbers they stand for.
    #[tapi(doc(
        fr = "Programme les codes courts de la numérotation par répertoire (`RepDial`) et les numéros qu’ils représentent."
    ))]
    SetRepDial = 0x0000_0028,
    /// System speed dialing: the user keys a short code after the button, and the switch holds the table that maps codes to numbers.
    #[tapi(doc(
        fr = "Numérotation abrégée système : l’utilisateur tape un code court après le bouton, et c’est le commutateur qui détient la table de correspondance entre codes et numéros."
    ))]
    SystemSpeed = 0x0000_0029,
    /// Station speed dialing: like `SystemSpeed`, but the code-to-number table belongs to this phone only.
    #[tapi(doc(
        fr = "Numérotation abrégée du poste : comme `SystemSpeed`, mais la table de correspondance entre codes et numéros est propre à ce poste."
    ))]
    StationSpeed = 0x0000_002A,
    /// Camps on a busy extension: when that extension becomes free, this phone rings with a distinctive pattern, and lifting it places the call again.
    #[tapi(doc(
        fr = "Se met en attente sur un poste occupé : quand ce poste se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel."
    ))]
    CampOn = 0x0000_002B,
    /// During a call or call attempt, stores its number or command; when no call is active (for example at dial tone), replays what was stored.
    #[tapi(doc(
        fr = "Pendant un appel ou une tentative d’appel, mémorise son numéro ou sa commande ; en l’absence d’appel actif (par exemple à la tonalité de numérotation), rejoue ce qui a été mémorisé."
    ))]
    SaveRepeat = 0x0000_002C,
    /// Queues an outside call that found all trunks busy: when a trunk frees up, this phone rings with a distinctive pattern, and lifting it places the call again.
    #[tapi(doc(
        fr = "Met en file un appel externe qui a trouvé toutes les lignes réseau occupées : quand une ligne se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel."
    ))]
    QueueCall = 0x0000_002D,
    /// Placeholder stating that the button deliberately has no function.
    #[tapi(doc(
        fr = "Valeur de remplacement indiquant que le bouton n’a délibérément aucune fonction."
    ))]
    None = 0x0000_002E,
    /// A send key: asks for a communication session to be set up. Microsoft's `PHONEBUTTONFUNCTION_` page leaves this value out; only its TAPI 3 twin `PBF_SEND` (same value, 0x2F) is described, in one line.
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Touche d’envoi : demande l’établissement d’une session de communication. La page de Microsoft sur `PHONEBUTTONFUNCTION_` omet cette valeur ; seul son équivalent TAPI 3, `PBF_SEND` (même valeur, 0x2F), est décrit, en une ligne."
    ))]
    Send = 0x0000_002F,
}

/// Classifies what kind of button a button/lamp position is.
///
/// Appears in the `dwButtonMode` member of `PHONEBUTTONINFO`, in the button-mode array that
/// `PHONECAPS` points to, and in `dwParam2` of the `PHONE_BUTTON` message. No bits are open
/// for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEBUTTONMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Classe le type de bouton d’une position bouton/voyant.\n\nFigure dans le membre `dwButtonMode` de `PHONEBUTTONINFO`, dans le tableau des modes de bouton référencé par `PHONECAPS` et dans `dwParam2` du message `PHONE_BUTTON`. Aucun bit n’est ouvert aux extensions."
))]
pub enum PhoneButtonMode {
    /// The position has a lamp but no physical button.
    #[tapi(doc(fr = "La position comporte un voyant mais aucun bouton physique."))]
    Dummy = 0x0000_0001,
    /// The button is bound to a call appearance.
    #[tapi(doc(fr = "Le bouton est associé à une présentation d’appel."))]
    Call = 0x0000_0002,
    /// The button asks the switch for a feature such as hold, transfer or conference.
    #[tapi(doc(
        fr = "Le bouton demande une fonction au commutateur, par exemple la mise en attente, le transfert ou la conférence."
    ))]
    Feature = 0x0000_0004,
    /// The button is one of the twelve dial-pad keys: the digits 0 to 9, `*` and `#`.
    #[tapi(doc(
        fr = "Le bouton est l’une des douze touches du clavier numérique : les chiffres 0 à 9, `*` et `#`."
    ))]
    Keypad = 0x0000_0008,
    /// The button acts on the phone set itself, such as mute or volume, without involving the switch.
    #[tapi(doc(
        fr = "Le bouton agit sur le poste lui-même, par exemple la coupure du micro ou le volume, sans faire intervenir le commutateur."
    ))]
    Local = 0x0000_0010,
    /// The button is a soft key tied to the phone's display; a phone may have any number of them, including none.
    #[tapi(doc(
        fr = "Le bouton est une touche programmable liée à l’afficheur du poste ; un poste peut en avoir un nombre quelconque, y compris aucune."
    ))]
    Display = 0x0000_0020,
}

/// A set of [`PhoneButtonMode`] flags.
pub type PhoneButtonModes = Flags<PhoneButtonMode>;

/// Gives the position of a phone button (pressed or released) or says that it cannot be known.
///
/// Carried in `dwParam3` of the `PHONE_BUTTON` message and in the `dwButtonState` member of
/// `PHONEBUTTONINFO`; `phoneSetStatusMessages` uses it to choose which button transitions are
/// reported. A service provider must not report a value that the API version negotiated for
/// the phone does not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEBUTTONSTATE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Donne la position d’un bouton du poste (enfoncé ou relâché) ou indique qu’elle ne peut pas être connue.\n\nTransmis dans `dwParam3` du message `PHONE_BUTTON` et dans le membre `dwButtonState` de `PHONEBUTTONINFO` ; `phoneSetStatusMessages` l’utilise pour choisir les changements d’état de bouton signalés. Un fournisseur de services ne doit pas signaler une valeur inconnue de la version d’API négociée pour le poste."
))]
pub enum PhoneButtonState {
    /// The button is released (not pressed).
    #[tapi(doc(fr = "Le bouton est relâché (non enfoncé)."))]
    Up = 0x0000_0001,
    /// The button is pressed down.
    #[tapi(doc(fr = "Le bouton est enfoncé."))]
    Down = 0x0000_0002,
    /// The service provider does not know right now whether the button is up or down, but may learn it later. Requires TAPI 1.4 or later.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Le fournisseur de services ne sait pas pour l’instant si le bouton est relâché ou enfoncé, mais pourra l’apprendre plus tard. Nécessite TAPI 1.4 ou une version ultérieure."
    ))]
    Unknown = 0x0000_0004,
    /// The service provider has no way of knowing whether the button is up or down, now or later. Requires TAPI 1.4 or later.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Le fournisseur de services n’a aucun moyen de savoir si le bouton est relâché ou enfoncé, ni maintenant ni plus tard. Nécessite TAPI 1.4 ou une version ultérieure."
    ))]
    Unavail = 0x0000_0008,
}

/// A set of [`PhoneButtonState`] flags.
pub type PhoneButtonStates = Flags<PhoneButtonState>;

/// Lists the phone operations that can be invoked on a phone device; each bit except
/// `GenericPhone` stands for the TAPI function with the matching name.
///
/// Reported in the `dwPhoneFeatures` member of `PHONECAPS` (what the device supports) and of
/// `PHONESTATUS` (what can be used at the moment). For the gain, hook-switch and volume
/// functions, the suffix names the hook switch device passed to the function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEFEATURE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Énumère les opérations qu’il est possible d’invoquer sur un périphérique téléphonique ; chaque bit, sauf `GenericPhone`, correspond à la fonction TAPI de même nom.\n\nFourni dans le membre `dwPhoneFeatures` de `PHONECAPS` (ce que le périphérique prend en charge) et de `PHONESTATUS` (ce qui est utilisable à cet instant). Pour les fonctions de gain, de commutateur crochet et de volume, le suffixe désigne le périphérique à commutateur crochet passé à la fonction."
))]
pub enum PhoneFeature {
    /// `phoneGetButtonInfo` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetButtonInfo` peut être appelée."))]
    GetButtonInfo = 0x0000_0001,
    /// `phoneGetData` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetData` peut être appelée."))]
    GetData = 0x0000_0002,
    /// `phoneGetDisplay` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetDisplay` peut être appelée."))]
    GetDisplay = 0x0000_0004,
    /// `phoneGetGain` can be called for the handset microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetGain` peut être appelée pour le microphone du combiné."))]
    GetGainHandset = 0x0000_0008,
    /// `phoneGetGain` can be called for the speakerphone microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetGain` peut être appelée pour le microphone du haut-parleur."))]
    GetGainSpeaker = 0x0000_0010,
    /// `phoneGetGain` can be called for the headset microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetGain` peut être appelée pour le microphone du casque."))]
    GetGainHeadset = 0x0000_0020,
    /// `phoneGetHookSwitch` can report the hook switch state of the handset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du combiné."
    ))]
    GetHookSwitchHandset = 0x0000_0040,
    /// `phoneGetHookSwitch` can report the hook switch state of the speakerphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du haut-parleur."
    ))]
    GetHookSwitchSpeaker = 0x0000_0080,
    /// `phoneGetHookSwitch` can report the hook switch state of the headset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du casque."
    ))]
    GetHookSwitchHeadset = 0x0000_0100,
    /// `phoneGetLamp` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetLamp` peut être appelée."))]
    GetLamp = 0x0000_0200,
    /// `phoneGetRing` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetRing` peut être appelée."))]
    GetRing = 0x0000_0400,
    /// `phoneGetVolume` can be called for the handset.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetVolume` peut être appelée pour le combiné."))]
    GetVolumeHandset = 0x0000_0800,
    /// `phoneGetVolume` can be called for the speakerphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetVolume` peut être appelée pour le haut-parleur."))]
    GetVolumeSpeaker = 0x0000_1000,
    /// `phoneGetVolume` can be called for the headset.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetVolume` peut être appelée pour le casque."))]
    GetVolumeHeadset = 0x0000_2000,
    /// `phoneSetButtonInfo` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetButtonInfo` peut être appelée."))]
    SetButtonInfo = 0x0000_4000,
    /// `phoneSetData` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetData` peut être appelée."))]
    SetData = 0x0000_8000,
    /// `phoneSetDisplay` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetDisplay` peut être appelée."))]
    SetDisplay = 0x0001_0000,
    /// `phoneSetGain` can be called for the handset microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetGain` peut être appelée pour le microphone du combiné."))]
    SetGainHandset = 0x0002_0000,
    /// `phoneSetGain` can be called for the speakerphone microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetGain` peut être appelée pour le microphone du haut-parleur."))]
    SetGainSpeaker = 0x0004_0000,
    /// `phoneSetGain` can be called for the headset microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetGain` peut être appelée pour le microphone du casque."))]
    SetGainHeadset = 0x0008_0000,
    /// `phoneSetHookSwitch` can change the hook switch state of the handset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetHookSwitch` peut modifier l’état du commutateur crochet du combiné."
    ))]
    SetHookSwitchHandset = 0x0010_0000,
    /// `phoneSetHookSwitch` can change the hook switch state of the speakerphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetHookSwitch` peut modifier l’état du commutateur crochet du haut-parleur."
    ))]
    SetHookSwitchSpeaker = 0x0020_0000,
    /// `phoneSetHookSwitch` can change the hook switch state of the headset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetHookSwitch` peut modifier l’état du commutateur crochet du casque."
    ))]
    SetHookSwitchHeadset = 0x0040_0000,
    /// `phoneSetLamp` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetLamp` peut être appelée."))]
    SetLamp = 0x0080_0000,
    /// `phoneSetRing` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetRing` peut être appelée."))]
    SetRing = 0x0100_0000,
    /// `phoneSetVolume` can be called for the handset.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetVolume` peut être appelée pour le combiné."))]
    SetVolumeHandset = 0x0200_0000,
    /// `phoneSetVolume` can be called for the speakerphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetVolume` peut être appelée pour le haut-parleur."))]
    SetVolumeSpeaker = 0x0400_0000,
    /// `phoneSetVolume` can be called for the headset.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetVolume` peut être appelée pour le casque."))]
    SetVolumeHeadset = 0x0800_0000,
    /// Marks the device as a generic phone; it corresponds to no single function and only matters to TAPI 3.0 and later applications.
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Signale que le périphérique est un téléphone générique ; ne correspond à aucune fonction particulière et ne concerne que les applications ayant négocié TAPI 3.0 ou une version ultérieure."
    ))]
    GenericPhone = 0x1000_0000,
}

/// A set of [`PhoneFeature`] flags.
pub type PhoneFeatures = Flags<PhoneFeature>;

/// Names the audio input/output devices of a phone set that each have their own hook switch
/// under computer control.
///
/// Used in the `dwHookSwitchDevs` member of `PHONECAPS` (which devices exist), as the
/// device selector of `phoneSetHookSwitch` and in the result of `phoneGetHookSwitch`
/// (which devices are off hook). No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEHOOKSWITCHDEV_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Désigne les périphériques d’entrée/sortie audio d’un poste téléphonique qui possèdent chacun leur propre commutateur crochet pilotable par l’ordinateur.\n\nUtilisé dans le membre `dwHookSwitchDevs` de `PHONECAPS` (périphériques présents), comme sélecteur de périphérique de `phoneSetHookSwitch` et dans le résultat de `phoneGetHookSwitch` (périphériques décrochés). Aucun bit n’est ouvert aux extensions."
))]
pub enum PhoneHookSwitchDev {
    /// The ordinary handset, with its earpiece and mouthpiece.
    #[tapi(doc(fr = "Le combiné ordinaire, avec son écouteur et son microphone."))]
    Handset = 0x0000_0001,
    /// The speakerphone: a built-in loudspeaker and microphone, or an external speaker unit attached to the set.
    #[tapi(doc(
        fr = "Le haut-parleur : haut-parleur et microphone intégrés, ou unité de haut-parleur externe raccordée au poste."
    ))]
    Speaker = 0x0000_0002,
    /// A headset plugged into the phone set.
    #[tapi(doc(fr = "Un casque branché sur le poste téléphonique."))]
    Headset = 0x0000_0004,
}

/// A set of [`PhoneHookSwitchDev`] flags.
pub type PhoneHookSwitchDevs = Flags<PhoneHookSwitchDev>;

/// Tells which of the microphone and speaker of a hook switch device are active, giving
/// separate control over the two.
///
/// Passed as the mode of `phoneSetHookSwitch`, reported in the `dwHandsetHookSwitchMode`,
/// `dwSpeakerHookSwitchMode` and `dwHeadsetHookSwitchMode` members of `PHONESTATUS`, and
/// listed per device in `PHONECAPS`. No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEHOOKSWITCHMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Indique lesquels du microphone et du haut-parleur d’un périphérique à commutateur crochet sont actifs, ce qui permet de les commander séparément.\n\nPassé comme mode à `phoneSetHookSwitch`, fourni dans les membres `dwHandsetHookSwitchMode`, `dwSpeakerHookSwitchMode` et `dwHeadsetHookSwitchMode` de `PHONESTATUS`, et énuméré pour chaque périphérique dans `PHONECAPS`. Aucun bit n’est ouvert aux extensions."
))]
pub enum PhoneHookSwitchMode {
    /// Both the microphone and the speaker of the device are on hook.
    #[tapi(doc(
        fr = "Le microphone et le haut-parleur du périphérique sont tous deux raccrochés."
    ))]
    OnHook = 0x0000_0001,
    /// Only the microphone is active; the speaker is muted.
    #[tapi(doc(fr = "Seul le microphone est actif ; le haut-parleur est coupé."))]
    Mic = 0x0000_0002,
    /// Only the speaker is active; the microphone is muted.
    #[tapi(doc(fr = "Seul le haut-parleur est actif ; le microphone est coupé."))]
    Speaker = 0x0000_0004,
    /// Both the microphone and the speaker are active.
    #[tapi(doc(fr = "Le microphone et le haut-parleur sont tous deux actifs."))]
    MicSpeaker = 0x0000_0008,
    /// The hook switch mode of the device cannot be determined at the moment.
    #[tapi(doc(
        fr = "Le mode du commutateur crochet du périphérique ne peut pas être déterminé pour le moment."
    ))]
    Unknown = 0x0000_0010,
}

/// A set of [`PhoneHookSwitchMode`] flags.
pub type PhoneHookSwitchModes = Flags<PhoneHookSwitchMode>;

/// Chooses how TAPI delivers phone event notifications to an application.
///
/// Set in the `dwOptions` member of `PHONEINITIALIZEEXPARAMS`, which is passed to
/// `phoneInitializeEx`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEINITIALIZEEXOPTION_",
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Choisit la façon dont TAPI remet à l’application les notifications d’événements téléphoniques.\n\nIndiqué dans le membre `dwOptions` de `PHONEINITIALIZEEXPARAMS`, transmis à `phoneInitializeEx`."
))]
pub enum PhoneInitializeExOption {
    /// TAPI creates a hidden window and calls the application's callback function from it, as with the older `phoneInitialize`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "TAPI crée une fenêtre masquée depuis laquelle il appelle la fonction de rappel de l’application, comme avec l’ancienne fonction `phoneInitialize`."
    ))]
    UseHiddenWindow = 0x0000_0001,
    /// TAPI signals an event handle when messages are waiting; the application then fetches them with `phoneGetMessage`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "TAPI signale un handle d’événement quand des messages sont en attente ; l’application les récupère alors avec `phoneGetMessage`."
    ))]
    UseEvent = 0x0000_0002,
    /// TAPI posts each message to an I/O completion port supplied by the application.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "TAPI dépose chaque message dans un port de terminaison d’E/S fourni par l’application."
    ))]
    UseCompletionPort = 0x0000_0003,
}

/// Describes how a lamp on a phone set is lit (steady, blinking at some cadence, or off).
///
/// Used by `phoneSetLamp` and `phoneGetLamp` and in the lamp-mode array that `PHONECAPS`
/// points to. Exact blink rates vary by vendor; the values name broad cadences. The upper
/// 16 bits are available for device-specific modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONELAMPMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Décrit la façon dont un voyant du poste téléphonique est allumé (fixe, clignotant selon une certaine cadence ou éteint).\n\nUtilisé par `phoneSetLamp` et `phoneGetLamp` et dans le tableau des modes de voyant référencé par `PHONECAPS`. Les cadences exactes varient selon le constructeur ; les valeurs désignent des cadences générales. Les 16 bits de poids fort sont disponibles pour des modes propres au périphérique."
))]
pub enum PhoneLampMode {
    /// The button/lamp position has no lamp at all.
    #[tapi(doc(fr = "La position bouton/voyant ne comporte aucun voyant."))]
    Dummy = 0x0000_0001,
    /// The lamp is not lit.
    #[tapi(doc(fr = "Le voyant est éteint."))]
    Off = 0x0000_0002,
    /// The lamp stays lit without blinking.
    #[tapi(doc(fr = "Le voyant reste allumé sans clignoter."))]
    Steady = 0x0000_0004,
    /// The lamp blinks on and off at a medium (normal) rate.
    #[tapi(doc(fr = "Le voyant clignote à une cadence moyenne (normale)."))]
    Wink = 0x0000_0008,
    /// The lamp blinks on and off slowly.
    #[tapi(doc(fr = "Le voyant clignote lentement."))]
    Flash = 0x0000_0010,
    /// The lamp blinks on and off rapidly.
    #[tapi(doc(fr = "Le voyant clignote rapidement."))]
    Flutter = 0x0000_0020,
    /// Rapid blinking interrupted at a slow rate, i.e. the flash and flutter cadences combined.
    #[tapi(doc(
        fr = "Clignotement rapide interrompu à cadence lente, c’est-à-dire la combinaison des cadences lente (flash) et rapide (flutter)."
    ))]
    BrokenFlutter = 0x0000_0040,
    /// The current mode of the lamp cannot be determined.
    #[tapi(doc(fr = "Le mode actuel du voyant ne peut pas être déterminé."))]
    Unknown = 0x0000_0080,
}

/// A set of [`PhoneLampMode`] flags.
pub type PhoneLampModes = Flags<PhoneLampMode>;

/// Selects the privilege with which an application opens a phone device.
///
/// Passed in the `dwPrivilege` parameter of `phoneOpen`. No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEPRIVILEGE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Choisit le privilège avec lequel une application ouvre un périphérique téléphonique.\n\nPassé dans le paramètre `dwPrivilege` de `phoneOpen`. Aucun bit n’est ouvert aux extensions."
))]
pub enum PhonePrivilege {
    /// Monitor privilege: the application is told about the phone's events and state changes but may only call status functions, never ones that change the phone. Several applications can monitor the same phone at once.
    #[tapi(doc(
        fr = "Privilège de surveillance : l’application est informée des événements et changements d’état du poste, mais ne peut appeler que des fonctions d’état, jamais des fonctions qui modifient le poste. Plusieurs applications peuvent surveiller le même poste simultanément."
    ))]
    Monitor = 0x0000_0001,
    /// Owner privilege: the application may change the phone's lamps, ringer, display, hook switch and data areas, and also receives monitoring information. Only one application at a time can own a phone.
    #[tapi(doc(
        fr = "Privilège de propriétaire : l’application peut modifier les voyants, la sonnerie, l’afficheur, le commutateur crochet et les zones de données du poste, et reçoit aussi les informations de surveillance. Une seule application à la fois peut être propriétaire d’un poste."
    ))]
    Owner = 0x0000_0002,
}

/// A set of [`PhonePrivilege`] flags.
pub type PhonePrivileges = Flags<PhonePrivilege>;

/// Identifies the phone status items that have changed.
///
/// Sent in `dwParam1` of the `PHONE_STATE` message; the same bits appear in the `dwPhoneStates`
/// member of `PHONECAPS` and in the filter given to `phoneSetStatusMessages`. No bits are open
/// for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONESTATE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Identifie les éléments d’état du poste téléphonique qui ont changé.\n\nEnvoyé dans `dwParam1` du message `PHONE_STATE` ; les mêmes bits figurent dans le membre `dwPhoneStates` de `PHONECAPS` et dans le filtre passé à `phoneSetStatusMessages`. Aucun bit n’est ouvert aux extensions."
))]
pub enum PhoneState {
    /// Some status item not covered by the other values has changed; the application should read the phone status to see which.
    #[tapi(doc(
        fr = "Un élément d’état non couvert par les autres valeurs a changé ; l’application doit lire l’état du poste pour savoir lequel."
    ))]
    Other = 0x0000_0001,
    /// The link between the phone and TAPI has just been established, for instance when TAPI starts or when the phone is plugged into the computer while TAPI runs.
    #[tapi(doc(
        fr = "La liaison entre le poste et TAPI vient d’être établie, par exemple au démarrage de TAPI ou lorsque le poste est branché sur l’ordinateur pendant que TAPI fonctionne."
    ))]
    Connected = 0x0000_0002,
    /// The link between the phone and TAPI has just been lost, for instance because the phone was unplugged while TAPI was running.
    #[tapi(doc(
        fr = "La liaison entre le poste et TAPI vient d’être perdue, par exemple parce que le poste a été débranché pendant que TAPI fonctionnait."
    ))]
    Disconnected = 0x0000_0004,
    /// The number of applications that own the phone has changed.
    #[tapi(doc(fr = "Le nombre d’applications propriétaires du poste a changé."))]
    Owner = 0x0000_0008,
    /// The number of applications that monitor the phone has changed.
    #[tapi(doc(fr = "Le nombre d’applications qui surveillent le poste a changé."))]
    Monitors = 0x0000_0010,
    /// The contents of the phone's display have changed.
    #[tapi(doc(fr = "Le contenu de l’afficheur du poste a changé."))]
    Display = 0x0000_0020,
    /// One of the phone's lamps has changed.
    #[tapi(doc(fr = "L’un des voyants du poste a changé."))]
    Lamp = 0x0000_0040,
    /// The phone's ring mode has changed.
    #[tapi(doc(fr = "Le mode de sonnerie du poste a changé."))]
    RingMode = 0x0000_0080,
    /// The phone's ring volume has changed.
    #[tapi(doc(fr = "Le volume de sonnerie du poste a changé."))]
    RingVolume = 0x0000_0100,
    /// The handset's hook switch state has changed.
    #[tapi(doc(fr = "L’état du commutateur crochet du combiné a changé."))]
    HandsetHookSwitch = 0x0000_0200,
    /// The volume of the handset's earpiece has changed.
    #[tapi(doc(fr = "Le volume de l’écouteur du combiné a changé."))]
    HandsetVolume = 0x0000_0400,
    /// The gain of the handset's microphone has changed.
    #[tapi(doc(fr = "Le gain du microphone du combiné a changé."))]
    HandsetGain = 0x0000_0800,
    /// The speakerphone's hook switch state has changed.
    #[tapi(doc(fr = "L’état du commutateur crochet du haut-parleur a changé."))]
    SpeakerHookSwitch = 0x0000_1000,
    /// The speakerphone's loudspeaker volume has changed.
    #[tapi(doc(fr = "Le volume du haut-parleur a changé."))]
    SpeakerVolume = 0x0000_2000,
    /// The gain of the speakerphone's microphone has changed.
    #[tapi(doc(fr = "Le gain du microphone du haut-parleur a changé."))]
    SpeakerGain = 0x0000_4000,
    /// The headset's hook switch state has changed.
    #[tapi(doc(fr = "L’état du commutateur crochet du casque a changé."))]
    HeadsetHookSwitch = 0x0000_8000,
    /// The volume of the headset's earphones has changed.
    #[tapi(doc(fr = "Le volume des écouteurs du casque a changé."))]
    HeadsetVolume = 0x0001_0000,
    /// The gain of the headset's microphone has changed.
    #[tapi(doc(fr = "Le gain du microphone du casque a changé."))]
    HeadsetGain = 0x0002_0000,
    /// The application's use of the phone has been suspended for a while.
    #[tapi(doc(fr = "L’utilisation du poste par l’application a été suspendue pour un temps."))]
    Suspend = 0x0004_0000,
    /// The application may use the phone again after a suspension.
    #[tapi(doc(fr = "L’application peut de nouveau utiliser le poste après une suspension."))]
    Resume = 0x0008_0000,
    /// Device-specific information about the phone has changed.
    #[tapi(doc(fr = "Des informations propres au périphérique ont changé pour ce poste."))]
    DevSpecific = 0x0010_0000,
    /// The phone device configuration has changed (for example, new phones were added); the application must shut down and reinitialize TAPI to see it.
    #[tapi(doc(
        fr = "La configuration des périphériques téléphoniques a changé (par exemple, de nouveaux postes ont été ajoutés) ; l’application doit fermer puis réinitialiser TAPI pour en tenir compte."
    ))]
    Reinit = 0x0020_0000,
    /// One or more `PHONECAPS` members have changed, for example after a configuration change; call `phoneGetDevCaps` again. Applications that negotiated a version older than 1.4 get `Reinit` instead.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Un ou plusieurs membres de `PHONECAPS` ont changé, par exemple après une modification de configuration ; appelez de nouveau `phoneGetDevCaps`. Les applications ayant négocié une version antérieure à 1.4 reçoivent `Reinit` à la place."
    ))]
    CapsChange = 0x0040_0000,
    /// The service provider is removing the device from the system, typically at the user's request. A `PHONE_CLOSE` usually follows, and later access returns `PHONEERR_NODEVICE` until TAPI is reinitialized; only applications using version 1.4 or later are told.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Le fournisseur de services retire le périphérique du système, en général à la demande de l’utilisateur. Un message `PHONE_CLOSE` suit normalement, et tout accès ultérieur renvoie `PHONEERR_NODEVICE` jusqu’à la réinitialisation de TAPI ; seules les applications ayant négocié TAPI 1.4 ou une version ultérieure en sont averties."
    ))]
    Removed = 0x0080_0000,
}

/// A set of [`PhoneState`] flags.
pub type PhoneStates = Flags<PhoneState>;

/// Overall status bits of a phone device.
///
/// Reported in the `dwStatusFlags` member of `PHONESTATUS`, returned by `phoneGetStatus`.
/// No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONESTATUSFLAGS_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Bits d’état général d’un périphérique téléphonique.\n\nFournis dans le membre `dwStatusFlags` de `PHONESTATUS`, renvoyé par `phoneGetStatus`. Aucun bit n’est ouvert aux extensions."
))]
pub enum PhoneStatusFlags {
    /// Set while the phone is connected to TAPI.
    #[tapi(doc(fr = "Positionné tant que le poste est connecté à TAPI."))]
    Connected = 0x0000_0001,
    /// Set while TAPI's control of the phone is suspended, which happens when the switch needs to operate the phone without interference from applications.
    #[tapi(doc(
        fr = "Positionné tant que le contrôle du poste par TAPI est suspendu, ce qui arrive lorsque le commutateur doit agir sur le poste sans interférence des applications."
    ))]
    Suspended = 0x0000_0002,
}

/// A set of [`PhoneStatusFlags`] flags.
pub type PhoneStatusFlagsSet = Flags<PhoneStatusFlags>;
