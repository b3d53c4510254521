//! Call states (`LINECALLSTATE_`) and the modes that refine them (busy, offering, disconnected, …).

use tapi_consts::ConstFamily;

/// Kinds of busy signal the switch or network can return, telling which resource is in use.
///
/// Given in `dwParam2` of `LINE_CALLSTATE` and in `dwCallStateMode` of `LINECALLSTATUS` when a
/// call is in the `LINECALLSTATE_BUSY` state; `dwBusyModes` of `LINEADDRESSCAPS` lists the ones
/// an address can detect. The signal may be an in-band tone or an out-of-band message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEBUSYMODE_",
    device_specific(bits = 0xFFFF_0000),
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Types de signal d’occupation que le commutateur ou le réseau peut renvoyer, indiquant quelle ressource est occupée. Fourni dans `dwParam2` de `LINE_CALLSTATE` et dans `dwCallStateMode` de `LINECALLSTATUS` lorsqu’un appel est à l’état `LINECALLSTATE_BUSY` ; `dwBusyModes` de `LINEADDRESSCAPS` énumère ceux qu’une adresse sait détecter."
))]
pub enum LineBusyMode {
    /// The called party's station is busy; usually signalled by the normal busy tone.
    #[tapi(doc(
        fr = "Le poste de l’appelé est occupé ; généralement signalé par la tonalité d’occupation normale."
    ))]
    Station = 0x0000_0001,
    /// A trunk or circuit on the way is busy; usually signalled by a fast busy tone.
    #[tapi(doc(
        fr = "Une ligne réseau ou un circuit sur le trajet est occupé ; généralement signalé par une tonalité d’encombrement (occupation rapide)."
    ))]
    Trunk = 0x0000_0002,
    /// The kind of busy signal is not known yet but may become known later.
    #[tapi(doc(
        fr = "Le type de signal d’occupation n’est pas encore connu mais pourra l’être plus tard."
    ))]
    Unknown = 0x0000_0004,
    /// The kind of busy signal cannot be determined and never will be.
    #[tapi(doc(
        fr = "Le type de signal d’occupation ne peut pas être déterminé et ne le sera jamais."
    ))]
    Unavail = 0x0000_0008,
}

/// States a call can be in. The new state arrives in `dwParam1` of the `LINE_CALLSTATE`
/// message, and the current one is in the `dwCallState` member of the `LINECALLSTATUS` structure
/// returned by `lineGetCallStatus`.
///
/// TAPI defines only the low 24 bits; a provider may use the high 8 bits for a device-specific
/// substate, but only together with one of the standard bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLSTATE_",
    device_specific(bits = 0xFF00_0000),
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "États dans lesquels un appel peut se trouver. Le nouvel état est transmis dans `dwParam1` du message `LINE_CALLSTATE`, et l’état actuel figure dans le membre `dwCallState` de la structure `LINECALLSTATUS` renvoyée par `lineGetCallStatus`.\n\nTAPI ne définit que les 24 bits de poids faible ; un fournisseur peut utiliser les 8 bits de poids fort pour un sous-état propre au périphérique, mais uniquement avec l’un des bits standard."
))]
pub enum LineCallState {
    /// The call exists but has no activity and no connection. Once idle, a call never leaves
    /// this state; the application can then release its handle with `lineDeallocateCall`.
    #[tapi(doc(
        fr = "L’appel existe mais n’a ni activité ni connexion. Un appel qui a atteint cet état n’en sort plus ; l’application peut alors libérer son handle avec `lineDeallocateCall`."
    ))]
    Idle = 0x0000_0001,
    /// A new incoming call is being presented to the station. This does not mean the phone rings:
    /// a switch may present a call to several stations but ring only the primary one.
    #[tapi(doc(
        fr = "Un nouvel appel entrant est présenté au poste. Cela ne signifie pas que le téléphone sonne : un commutateur peut présenter un appel à plusieurs postes mais ne faire sonner que le poste principal."
    ))]
    Offering = 0x0000_0002,
    /// The offered call has been accepted: the owning application has claimed responsibility for
    /// answering it, which monitoring applications can see. In ISDN this starts alerting at both
    /// ends; an incoming call may also be answered without being accepted first.
    #[tapi(doc(
        fr = "L’appel présenté a été accepté : l’application propriétaire s’est chargée d’y répondre, ce que voient les applications de surveillance. En RNIS, cela déclenche l’alerte aux deux extrémités ; un appel entrant peut aussi être pris sans avoir été accepté au préalable."
    ))]
    Accepted = 0x0000_0004,
    /// The switch is giving dial tone and is ready to receive digits; `LINEDIALTONEMODE_` tells
    /// which kind of dial tone.
    #[tapi(doc(
        fr = "Le commutateur fournit la tonalité de numérotation et attend les chiffres ; `LINEDIALTONEMODE_` précise le type de tonalité."
    ))]
    DialTone = 0x0000_0008,
    /// Digits are being dialed and collected by the switch. Sending digits with
    /// `lineGenerateDigits` does not put the call in this state.
    #[tapi(doc(
        fr = "Des chiffres sont en cours de numérotation et sont recueillis par le commutateur. L’envoi de chiffres avec `lineGenerateDigits` ne place pas l’appel dans cet état."
    ))]
    Dialing = 0x0000_0010,
    /// The destination has been reached and is being alerted; its switch sends ringback tone to
    /// the caller.
    #[tapi(doc(
        fr = "La destination a été atteinte et reçoit l’alerte ; son commutateur renvoie la tonalité de retour d’appel à l’appelant."
    ))]
    Ringback = 0x0000_0020,
    /// The call hears a busy signal because a trunk or the remote station is in use; see
    /// `LINEBUSYMODE_` for which.
    #[tapi(doc(
        fr = "L’appel reçoit une tonalité d’occupation, car une ligne réseau ou le poste distant est occupé ; voir `LINEBUSYMODE_` pour savoir lequel."
    ))]
    Busy = 0x0000_0040,
    /// A special information tone is being received, which precedes a recorded message explaining
    /// why the call cannot be completed; see `LINESPECIALINFO_`.
    #[tapi(doc(
        fr = "Une tonalité d’information spéciale est reçue ; elle précède un message enregistré qui explique pourquoi l’appel ne peut pas aboutir. Voir `LINESPECIALINFO_`."
    ))]
    SpecialInfo = 0x0000_0080,
    /// The call is established, and information can flow between the originating and destination
    /// addresses.
    #[tapi(doc(
        fr = "L’appel est établi, et les informations peuvent circuler entre l’adresse d’origine et l’adresse de destination."
    ))]
    Connected = 0x0000_0100,
    /// Dialing is finished and the call is progressing through the switch or network, before
    /// ringback, busy or answer.
    #[tapi(doc(
        fr = "La numérotation est terminée et l’appel progresse dans le commutateur ou le réseau, avant le retour d’appel, l’occupation ou la réponse."
    ))]
    Proceeding = 0x0000_0200,
    /// The switch holds the call, which frees the physical line for another call.
    #[tapi(doc(
        fr = "Le commutateur maintient l’appel en attente, ce qui libère la ligne physique pour un autre appel."
    ))]
    OnHold = 0x0000_0400,
    /// The call is one party of a conference and is logically connected.
    #[tapi(doc(
        fr = "L’appel est l’un des participants d’une conférence et se trouve logiquement à l’état connecté."
    ))]
    Conferenced = 0x0000_0800,
    /// The call is on hold while it is being added to a conference.
    #[tapi(doc(fr = "L’appel est en attente pendant son ajout à une conférence."))]
    OnHoldPendConf = 0x0000_1000,
    /// The call is on hold, waiting to be transferred to another number.
    #[tapi(doc(fr = "L’appel est en attente de son transfert vers un autre numéro."))]
    OnHoldPendTransfer = 0x0000_2000,
    /// The remote party has disconnected; `LINEDISCONNECTMODE_` gives the reason. The call can
    /// still be queried until the application drops it.
    #[tapi(doc(
        fr = "Le correspondant distant s’est déconnecté ; `LINEDISCONNECTMODE_` en donne la raison. L’appel peut encore être consulté jusqu’à ce que l’application y mette fin."
    ))]
    Disconnected = 0x0000_4000,
    /// The call exists but its state is not known, for instance because call-progress detection
    /// is poor. A provider may also use it to announce a new call whose exact state is unclear.
    #[tapi(doc(
        fr = "L’appel existe mais son état est inconnu, par exemple en raison d’une détection insuffisante de la progression de l’appel. Un fournisseur peut aussi s’en servir pour annoncer un nouvel appel dont l’état exact n’est pas clair."
    ))]
    Unknown = 0x0000_8000,
}

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

/// Kinds of dial tone. Reported in the `dwCallStateMode` member of `LINECALLSTATUS` (and with the
/// `LINE_CALLSTATE` message) while a call is in the `LINECALLSTATE_DIALTONE` state; the
/// `dwDialToneModes` member of `LINEADDRESSCAPS` lists those an address can detect.
///
/// The low 16 bits are reserved for TAPI; the high 16 bits may hold device-specific extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEDIALTONEMODE_",
    device_specific(bits = 0xFFFF_0000),
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

/// Reasons why the remote end or the network ended a call. Reported in the `dwCallStateMode`
/// member of `LINECALLSTATUS` (and with the `LINE_CALLSTATE` message) once the call is in the
/// `LINECALLSTATE_DISCONNECTED` state; the call can still be queried, for example for user-to-user
/// information sent with the disconnect, until the application drops it.
///
/// A provider must not report a value unknown to the negotiated TAPI version; it falls back to
/// `NORMAL` or `UNKNOWN`. The reference page leaves the high 16 bits to device-specific
/// extensions, but TAPI 3.0 (`QOSUNAVAIL` to `CANCELLED`) and Windows' metadata
/// (`DESTINATIONBARRED`, `FDNRESTRICT`) have since given bits 16 to 21 to members, so only the bits
/// above them (`0xFFC00000`) are read as device-specific.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEDISCONNECTMODE_",
    device_specific(bits = 0xFFC0_0000),
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Raisons pour lesquelles l’extrémité distante ou le réseau a mis fin à un appel. Indiquées dans le membre `dwCallStateMode` de `LINECALLSTATUS` (et avec le message `LINE_CALLSTATE`) une fois l’appel à l’état `LINECALLSTATE_DISCONNECTED` ; l’appel reste consultable, par exemple pour lire les informations d’usager à usager reçues avec la déconnexion, jusqu’à ce que l’application y mette fin.\n\nUn fournisseur ne doit pas signaler une valeur inconnue de la version de TAPI négociée ; il se rabat alors sur `NORMAL` ou `UNKNOWN`. La page de référence réserve les 16 bits de poids fort aux extensions propres au périphérique, mais TAPI 3.0 (`QOSUNAVAIL` à `CANCELLED`) et les métadonnées de Windows (`DESTINATIONBARRED`, `FDNRESTRICT`) ont depuis attribué les bits 16 à 21 à des membres ; seuls les bits au-dessus (`0xFFC00000`) sont donc lus comme propres au périphérique."
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
    device_specific(bits = 0xFFFF_0000),
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
