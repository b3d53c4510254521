//! Roaming, special information tones, terminals, toll lists, tones, transfer and address
//! translation families (`LINEROAMMODE_` to `LINETRANSLATERESULT_`).

use crate::Flags;
use tapi_consts_derive::ConstFamily;

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
    fr = "État d’itinérance d’un périphérique de ligne (en général cellulaire) : rattaché à son réseau nominal ou à un autre opérateur. Indiqué dans `dwRoamMode` de `LINEDEVSTATUS` ; `dwRoamModes` de `LINEDEVCAPS` liste les modes que la ligne peut indiquer."
))]
pub enum LineRoamMode {
    /// The roaming status cannot be determined at the moment; it may be learned later.
    #[tapi(doc(
        fr = "L’état d’itinérance ne peut pas être déterminé pour le moment ; il pourra l’être plus tard."
    ))]
    Unknown = 0x0000_0001,
    /// The provider has no means of learning the roaming status, now or later.
    #[tapi(doc(
        fr = "Le fournisseur n’a aucun moyen de connaître l’état d’itinérance, ni maintenant ni plus tard."
    ))]
    Unavail = 0x0000_0002,
    /// The line is attached to its home network, so no roaming charges apply.
    #[tapi(doc(
        fr = "La ligne est rattachée à son réseau nominal ; il n’y a donc pas de frais d’itinérance."
    ))]
    Home = 0x0000_0004,
    /// Away from home, attached to the carrier known as Roam-A, whose tariffs apply to calls.
    #[tapi(doc(
        fr = "Hors du réseau nominal, rattachée à l’opérateur appelé Roam-A, dont les tarifs s’appliquent aux appels."
    ))]
    RoamA = 0x0000_0008,
    /// Away from home, attached to the carrier known as Roam-B, whose tariffs apply to calls.
    #[tapi(doc(
        fr = "Hors du réseau nominal, rattachée à l’opérateur appelé Roam-B, dont les tarifs s’appliquent aux appels."
    ))]
    RoamB = 0x0000_0010,
}

/// A set of [`LineRoamMode`] flags.
pub type LineRoamModes = Flags<LineRoamMode>;

/// Categories of special information tone (SIT), the three-note coded signal a network sends
/// ahead of a recorded announcement about why a call failed.
///
/// Reported as the call-state mode of `LINECALLSTATE_SPECIALINFO` (in `dwParam2` of
/// `LINE_CALLSTATE` and `dwCallStateMode` of `LINECALLSTATUS`). The low 16 bits are reserved; the
/// high 16 bits are free for device-specific extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINESPECIALINFO_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Catégories de tonalités d’information spéciale (SIT), le signal codé de trois notes que le réseau envoie avant une annonce enregistrée expliquant l’échec d’un appel. Indiquées comme mode d’état d’appel de `LINECALLSTATE_SPECIALINFO` (dans `dwParam2` de `LINE_CALLSTATE` et `dwCallStateMode` de `LINECALLSTATUS`). Les 16 bits de poids faible sont réservés ; les 16 bits de poids fort sont libres pour les extensions propres aux périphériques."
))]
pub enum LineSpecialInfo {
    /// Trunk blockage: the network had no free circuit for the call, or is playing an emergency
    /// announcement.
    #[tapi(doc(
        fr = "Encombrement des circuits : le réseau n’avait aucun circuit libre pour l’appel, ou diffuse une annonce d’urgence."
    ))]
    NoCircuit = 0x0000_0001,
    /// Customer irregularity: the call failed because of what was dialed, for example a vacant or
    /// changed number, a line that is out of service, a missing or wrong access code, or an operator
    /// intercept. Also used when billing data is refused or the number is blocked at the switch.
    #[tapi(doc(
        fr = "Irrégularité imputable à l’abonné : l’appel a échoué à cause de ce qui a été composé, par exemple un numéro non attribué ou modifié, une ligne hors service, un code d’accès manquant ou erroné, ou une interception par un opérateur. Sert aussi lorsque les données de facturation sont refusées ou que le numéro est bloqué sur le commutateur."
    ))]
    CustIrreg = 0x0000_0002,
    /// Equipment irregularity: the network ran into a problem routing the call and plays a reorder
    /// (fast busy) announcement. Also used when the phone stayed off-hook too long.
    #[tapi(doc(
        fr = "Irrégularité d’équipement : le réseau a rencontré un problème d’acheminement de l’appel et diffuse une annonce d’encombrement (occupation rapide). Sert aussi lorsque le téléphone est resté décroché trop longtemps."
    ))]
    Reorder = 0x0000_0004,
    /// A special information tone was heard, but its category cannot be identified yet; it may be
    /// learned later.
    #[tapi(doc(
        fr = "Une tonalité d’information spéciale a été entendue, mais sa catégorie ne peut pas encore être identifiée ; elle pourra l’être plus tard."
    ))]
    Unknown = 0x0000_0008,
    /// A special information tone was heard, but the provider will never be able to say which category
    /// it belongs to.
    #[tapi(doc(
        fr = "Une tonalité d’information spéciale a été entendue, mais le fournisseur ne pourra jamais dire à quelle catégorie elle appartient."
    ))]
    Unavail = 0x0000_0010,
}

/// A set of [`LineSpecialInfo`] flags.
pub type LineSpecialInfoSet = Flags<LineSpecialInfo>;

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
    fr = "Nature de l’équipement physique qui constitue un terminal d’une ligne : poste téléphonique, casque ou haut-parleur. Indiquée dans `dwTermDev` des entrées `LINETERMCAPS` que contient `LINEDEVCAPS` pour chacun des terminaux de la ligne."
))]
pub enum LineTermDev {
    /// A telephone set serves as the terminal.
    #[tapi(doc(fr = "Un poste téléphonique sert de terminal."))]
    Phone = 0x0000_0001,
    /// A headset worn by the user serves as the terminal.
    #[tapi(doc(fr = "Un casque porté par l’utilisateur sert de terminal."))]
    Headset = 0x0000_0002,
    /// A loudspeaker combined with a microphone, outside any handset, serves as the terminal
    /// (hands-free use).
    #[tapi(doc(
        fr = "Un haut-parleur associé à un microphone, indépendant de tout combiné, sert de terminal (usage mains libres)."
    ))]
    Speaker = 0x0000_0004,
}

/// A set of [`LineTermDev`] flags.
pub type LineTermDevs = Flags<LineTermDev>;

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
    fr = "Types de trafic (boutons, voyants, afficheur, sonnerie, commutateur crochet et média) que `lineSetTerminal` peut acheminer entre une ligne et l’un de ses terminaux. Passés comme `dwTerminalModes` à `lineSetTerminal` pour choisir ce qui est acheminé, et indiqués dans `dwTermModes` de `LINETERMCAPS` pour préciser ce qu’un terminal peut recevoir."
))]
pub enum LineTermMode {
    /// Routes button presses: the terminal reports them to the line.
    #[tapi(doc(fr = "Achemine les appuis sur les boutons : le terminal les signale à la ligne."))]
    Buttons = 0x0000_0001,
    /// Routes lamp control: the line drives the terminal's indicator lights.
    #[tapi(doc(
        fr = "Achemine la commande des voyants : la ligne pilote les voyants lumineux du terminal."
    ))]
    Lamps = 0x0000_0002,
    /// Routes display output: the line supplies what the terminal's display shows.
    #[tapi(doc(
        fr = "Achemine l’affichage : la ligne fournit ce que montre l’afficheur du terminal."
    ))]
    Display = 0x0000_0004,
    /// Routes ringing: the switch controls the terminal's ringer.
    #[tapi(doc(fr = "Achemine la sonnerie : le commutateur commande la sonnerie du terminal."))]
    Ringer = 0x0000_0008,
    /// Routes hook switch activity: the terminal reports on-hook and off-hook changes to the line.
    #[tapi(doc(
        fr = "Achemine l’activité du commutateur crochet : le terminal signale à la ligne les raccrochages et décrochages."
    ))]
    HookSwitch = 0x0000_0010,
    /// Routes the call's media in one direction only, from the terminal toward the line; for lines that
    /// can steer the two directions independently.
    #[tapi(doc(
        fr = "Achemine le média de l’appel dans un seul sens, du terminal vers la ligne ; pour les lignes capables d’orienter les deux sens indépendamment."
    ))]
    MediaToLine = 0x0000_0020,
    /// Routes the call's media in one direction only, from the line toward the terminal; for lines that
    /// can steer the two directions independently.
    #[tapi(doc(
        fr = "Achemine le média de l’appel dans un seul sens, de la ligne vers le terminal ; pour les lignes capables d’orienter les deux sens indépendamment."
    ))]
    MediaFromLine = 0x0000_0040,
    /// Routes the call's media in both directions as one unit; for lines that cannot steer the two
    /// directions separately.
    #[tapi(doc(
        fr = "Achemine le média de l’appel dans les deux sens d’un seul bloc ; pour les lignes qui ne peuvent pas orienter les deux sens séparément."
    ))]
    MediaBidirect = 0x0000_0080,
}

/// A set of [`LineTermMode`] flags.
pub type LineTermModes = Flags<LineTermMode>;

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
    fr = "Indique si plusieurs lignes peuvent utiliser le même terminal en même temps, et de quelle manière. Valeur indiquée dans `dwTermSharing` de `LINETERMCAPS`."
))]
pub enum LineTermSharing {
    /// Not shared: the terminal is dedicated to one line device.
    #[tapi(doc(fr = "Non partagé : le terminal est réservé à un seul périphérique de ligne."))]
    Private = 0x0000_0001,
    /// Shared, last one wins: for each terminal mode, whichever line most recently routed that mode to
    /// the terminal with `lineSetTerminal` has it to itself.
    #[tapi(doc(
        fr = "Partagé, le dernier l’emporte : pour chaque mode de terminal, la ligne qui a acheminé ce mode vers le terminal le plus récemment avec `lineSetTerminal` en dispose seule."
    ))]
    SharedExcl = 0x0000_0002,
    /// Shared and mixed: several lines may route to the terminal at the same time, and the terminal
    /// combines what they send, as in a conference.
    #[tapi(doc(
        fr = "Partagé et mélangé : plusieurs lignes peuvent acheminer vers le terminal en même temps, et celui-ci combine ce qu’elles envoient, comme dans une conférence."
    ))]
    SharedConf = 0x0000_0004,
}

/// A set of [`LineTermSharing`] flags.
pub type LineTermSharingSet = Flags<LineTermSharing>;

/// Whether a prefix is added to or taken off the toll list of the current location (the local
/// prefixes that must nevertheless be dialed as toll calls).
///
/// Passed as `dwTollListOption` to `lineSetTollList`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETOLLLISTOPTION_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Indique si un préfixe est ajouté à la liste des préfixes taxés de l’emplacement actuel (les préfixes locaux qu’il faut pourtant composer comme des appels taxés) ou en est retiré. Valeur passée comme `dwTollListOption` à `lineSetTollList`."
))]
pub enum LineTollListOption {
    /// Put the prefix given in `lpszAddressIn` on the toll list of the current location.
    #[tapi(doc(
        fr = "Inscrire le préfixe indiqué dans `lpszAddressIn` dans la liste des préfixes taxés de l’emplacement actuel."
    ))]
    Add = 0x0000_0001,
    /// Take the prefix given in `lpszAddressIn` off the toll list of the current location.
    #[tapi(doc(
        fr = "Rayer le préfixe indiqué dans `lpszAddressIn` de la liste des préfixes taxés de l’emplacement actuel."
    ))]
    Remove = 0x0000_0002,
}

/// A set of [`LineTollListOption`] flags.
pub type LineTollListOptions = Flags<LineTollListOption>;

/// Tones that can be generated in-band on a call toward the remote party.
///
/// Passed as `dwToneMode` to `lineGenerateTone`; `dwGenerateToneModes` of `LINEDEVCAPS` lists the
/// ones a line supports. Detection of the standard tones does not use these values. The low 16
/// bits are reserved; the high 16 bits are free for device-specific extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETONEMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Tonalités pouvant être générées dans la bande sur un appel, à destination du correspondant. Passées comme `dwToneMode` à `lineGenerateTone` ; `dwGenerateToneModes` de `LINEDEVCAPS` liste celles que la ligne prend en charge. La détection des tonalités standard n’utilise pas ces valeurs. Les 16 bits de poids faible sont réservés ; les 16 bits de poids fort sont libres pour les extensions propres aux périphériques."
))]
pub enum LineToneMode {
    /// A tone the application defines itself by listing its frequencies in `LINEGENERATETONE` entries.
    #[tapi(doc(
        fr = "Une tonalité que l’application définit elle-même en énumérant ses fréquences dans des entrées `LINEGENERATETONE`."
    ))]
    Custom = 0x0000_0001,
    /// The ringing signal a caller hears while the called phone rings, in the form the service provider
    /// renders it.
    #[tapi(doc(
        fr = "Le signal que l’appelant entend pendant que le téléphone appelé sonne, sous la forme que lui donne le fournisseur de services."
    ))]
    Ringback = 0x0000_0002,
    /// The busy signal, in whatever cadence and frequencies the service provider uses.
    #[tapi(doc(
        fr = "Le signal d’occupation, avec la cadence et les fréquences qu’utilise le fournisseur de services."
    ))]
    Busy = 0x0000_0004,
    /// A short beep, typically announcing that recording begins; the service provider decides exactly
    /// how it sounds.
    #[tapi(doc(
        fr = "Un bip bref, annonçant généralement le début d’un enregistrement ; le fournisseur de services décide de sa sonorité exacte."
    ))]
    Beep = 0x0000_0008,
    /// The tone that prompts for billing details, such as a calling-card number; the service provider
    /// decides exactly how it sounds.
    #[tapi(doc(
        fr = "La tonalité qui invite à fournir des informations de facturation, comme un numéro de carte d’appel ; le fournisseur de services décide de sa sonorité exacte."
    ))]
    Billing = 0x0000_0010,
}

/// A set of [`LineToneMode`] flags.
pub type LineToneModes = Flags<LineToneMode>;

/// How a consultation transfer set up with `lineSetupTransfer` is finished.
///
/// Passed as `dwTransferMode` to `lineCompleteTransfer`; `dwTransferModes` of `LINEADDRESSCAPS`
/// lists the modes an address supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETRANSFERMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Façon de terminer un transfert avec consultation préparé par `lineSetupTransfer`. Passée comme `dwTransferMode` à `lineCompleteTransfer` ; `dwTransferModes` de `LINEADDRESSCAPS` liste les modes pris en charge par une adresse."
))]
pub enum LineTransferMode {
    /// The original party is connected to the consulted party and the application steps out; from its
    /// point of view both calls go idle.
    #[tapi(doc(
        fr = "Le correspondant d’origine est mis en relation avec le correspondant consulté et l’application se retire ; de son point de vue, les deux appels deviennent inactifs."
    ))]
    Transfer = 0x0000_0001,
    /// Instead of stepping out, the application stays on and is joined with the original and consulted
    /// parties in a new three-way conference call.
    #[tapi(doc(
        fr = "Au lieu de se retirer, l’application reste en ligne et se retrouve avec le correspondant d’origine et le correspondant consulté dans un nouvel appel de conférence à trois."
    ))]
    Conference = 0x0000_0002,
}

/// A set of [`LineTransferMode`] flags.
pub type LineTransferModes = Flags<LineTransferMode>;

/// Options that change how an address is turned into a dialable string.
///
/// Passed as `dwTranslateOptions` to `lineTranslateAddress`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETRANSLATEOPTION_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Options qui modifient la façon dont une adresse est convertie en chaîne composable. Passées comme `dwTranslateOptions` à `lineTranslateAddress`."
))]
pub enum LineTranslateOption {
    /// Use the calling card given in the `dwCard` parameter instead of the location's default
    /// card.
    #[tapi(doc(
        fr = "Utiliser la carte d’appel indiquée dans le paramètre `dwCard` au lieu de la carte par défaut de l’emplacement."
    ))]
    CardOverride = 0x0000_0001,
    /// Put the location's cancel-call-waiting sequence, if one is defined, at the start of the
    /// dialable string, so that waiting-call beeps do not disturb a data or fax call. Such
    /// applications should also set `LINECALLPARAMFLAGS_SECURE` when placing the call.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Placer au début de la chaîne composable la séquence de désactivation du signal d’appel de l’emplacement, si elle est définie, afin que les bips d’appel en attente ne perturbent pas un appel de données ou de télécopie. Ces applications doivent aussi définir `LINECALLPARAMFLAGS_SECURE` en passant l’appel."
    ))]
    CancelCallWaiting = 0x0000_0002,
    /// Translate the number as a local call, whatever the area-code rules would decide.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Convertir le numéro comme un appel local, quoi qu’en décident les règles d’indicatif régional."
    ))]
    ForceLocal = 0x0000_0004,
    /// Translate the number as a long-distance call, whatever the area-code rules would decide.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Convertir le numéro comme un appel interurbain, quoi qu’en décident les règles d’indicatif régional."
    ))]
    ForceLd = 0x0000_0008,
}

/// A set of [`LineTranslateOption`] flags.
pub type LineTranslateOptions = Flags<LineTranslateOption>;

/// Facts about the outcome of an address translation: how the call was classified and which
/// dial modifiers the resulting string contains.
///
/// Returned in `dwTranslateResults` of the `LINETRANSLATEOUTPUT` structure filled in by
/// `lineTranslateAddress`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINETRANSLATERESULT_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Informations sur le résultat d’une conversion d’adresse : classement de l’appel et modificateurs de numérotation présents dans la chaîne obtenue. Renvoyées dans `dwTranslateResults` de la structure `LINETRANSLATEOUTPUT` remplie par `lineTranslateAddress`."
))]
pub enum LineTranslateResult {
    /// The address given for translation was a well-formed canonical address.
    #[tapi(doc(
        fr = "L’adresse fournie pour la conversion était une adresse canonique bien formée."
    ))]
    Canonical = 0x0000_0001,
    /// The destination's country or region code differs from the current location's, so the number was
    /// treated as an international call.
    #[tapi(doc(
        fr = "L’indicatif de pays ou de région de la destination diffère de celui de l’emplacement actuel ; le numéro a donc été traité comme un appel international."
    ))]
    International = 0x0000_0002,
    /// The destination shares the current location's country or region code but not its area code, so
    /// the number was treated as a long-distance call.
    #[tapi(doc(
        fr = "La destination a le même indicatif de pays ou de région que l’emplacement actuel, mais pas le même indicatif régional ; le numéro a donc été traité comme un appel interurbain."
    ))]
    LongDistance = 0x0000_0004,
    /// The destination has both the country or region code and the area code of the current location,
    /// so the number was treated as a local call.
    #[tapi(doc(
        fr = "La destination a à la fois l’indicatif de pays ou de région et l’indicatif régional de l’emplacement actuel ; le numéro a donc été traité comme un appel local."
    ))]
    Local = 0x0000_0008,
    /// A local number is dialed as a toll call because its prefix is on the current location's toll
    /// list.
    #[tapi(doc(
        fr = "Un numéro local est composé comme un appel taxé parce que son préfixe figure dans la liste des préfixes taxés de l’emplacement actuel."
    ))]
    InTollList = 0x0000_0010,
    /// The country or region uses toll lists but this prefix is not on the list, so the number is
    /// dialed as local. When neither this bit nor `INTOLLLIST` is set, the country has no toll
    /// prefixes and toll-list settings should not be shown to the user.
    #[tapi(doc(
        fr = "Le pays ou la région utilise des listes de préfixes taxés, mais ce préfixe n’y figure pas ; le numéro est donc composé comme un appel local. Si ni ce bit ni `INTOLLLIST` n’est présent, le pays n’a pas de préfixes taxés et les réglages correspondants ne doivent pas être proposés à l’utilisateur."
    ))]
    NotInTollList = 0x0000_0020,
    /// The dialable string contains `$`, the modifier that waits for the billing (calling-card)
    /// prompt tone.
    #[tapi(doc(
        fr = "La chaîne composable contient `$`, le modificateur qui attend la tonalité d’invite de facturation (carte d’appel)."
    ))]
    DialBilling = 0x0000_0040,
    /// The dialable string contains `@`, the modifier that waits for a quiet answer.
    #[tapi(doc(
        fr = "La chaîne composable contient `@`, le modificateur qui attend une réponse silencieuse."
    ))]
    DialQuiet = 0x0000_0080,
    /// The dialable string contains `W`, the modifier that waits for a dial tone.
    #[tapi(doc(
        fr = "La chaîne composable contient `W`, le modificateur qui attend la tonalité de numérotation."
    ))]
    DialDialTone = 0x0000_0100,
    /// The dialable string contains `?`, the modifier that stops and asks the user before dialing
    /// on.
    #[tapi(doc(
        fr = "La chaîne composable contient `?`, le modificateur qui s’arrête et demande confirmation à l’utilisateur avant de poursuivre."
    ))]
    DialPrompt = 0x0000_0200,
    /// The dialable string contains `:`, the modifier that pauses until a voice prompt is detected
    /// (useful for calling-card systems that answer with speech). Reported only to applications
    /// that negotiated TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "La chaîne composable contient `:`, le modificateur qui fait une pause jusqu’à la détection d’une invite vocale (utile pour les systèmes de cartes d’appel qui répondent par la voix). Indiqué uniquement aux applications ayant négocié TAPI 2.0 ou une version ultérieure."
    ))]
    VoiceDetect = 0x0000_0400,
    /// TAPI could not translate the address because translation services are not available. Reported
    /// only to applications that negotiated TAPI 3.0 or later.
    #[tapi(since = "3.0")]
    #[tapi(doc(
        fr = "TAPI n’a pas pu convertir l’adresse, car les services de conversion ne sont pas disponibles. Indiqué uniquement aux applications ayant négocié TAPI 3.0 ou une version ultérieure."
    ))]
    NoTranslation = 0x0000_0800,
}

/// A set of [`LineTranslateResult`] flags.
pub type LineTranslateResults = Flags<LineTranslateResult>;
