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
    fr = "Types de signal d’occupation que le commutateur ou le réseau peut renvoyer, indiquant quelle ressource est occupée. Fourni dans `dwParam2` de `LINE_CALLSTATE` et dans `dwCallStateMode` de `LINECALLSTATUS` lorsqu’un appel est à l’état `LINECALLSTATE_BUSY` ; `dwBusyModes` de `LINEADDRESSCAPS` énumère ceux qu’une adresse sait détecter.",
    de = "Arten von Besetztzeichen, die die Vermittlung oder das Netz zurückgeben kann; sie zeigen an, welche Ressource belegt ist. Angegeben in `dwParam2` von `LINE_CALLSTATE` und in `dwCallStateMode` von `LINECALLSTATUS`, wenn sich ein Anruf im Zustand `LINECALLSTATE_BUSY` befindet; `dwBusyModes` von `LINEADDRESSCAPS` gibt an, welche davon eine Adresse erkennen kann. Das Zeichen kann ein In-Band-Ton oder eine Out-of-Band-Nachricht sein."
))]
pub enum LineBusyMode {
    /// The called party's station is busy; usually signalled by the normal busy tone.
    #[tapi(doc(
        fr = "Le poste de l’appelé est occupé ; généralement signalé par la tonalité d’occupation normale.",
        de = "Die Nebenstelle des angerufenen Teilnehmers ist besetzt; meist durch den normalen Besetztton signalisiert."
    ))]
    Station = 0x0000_0001,
    /// A trunk or circuit on the way is busy; usually signalled by a fast busy tone.
    #[tapi(doc(
        fr = "Une ligne réseau ou un circuit sur le trajet est occupé ; généralement signalé par une tonalité d’encombrement (occupation rapide).",
        de = "Eine Amtsleitung oder eine andere Leitung auf dem Verbindungsweg ist belegt; meist durch einen Gassenbesetztton (schnellen Besetztton) signalisiert."
    ))]
    Trunk = 0x0000_0002,
    /// The kind of busy signal is not known yet but may become known later.
    #[tapi(doc(
        fr = "Le type de signal d’occupation n’est pas encore connu mais pourra l’être plus tard.",
        de = "Die Art des Besetztzeichens ist noch nicht bekannt, kann aber später bekannt werden."
    ))]
    Unknown = 0x0000_0004,
    /// The kind of busy signal cannot be determined and never will be.
    #[tapi(doc(
        fr = "Le type de signal d’occupation ne peut pas être déterminé et ne le sera jamais.",
        de = "Die Art des Besetztzeichens lässt sich nicht bestimmen und wird sich auch nie bestimmen lassen."
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
    fr = "États dans lesquels un appel peut se trouver. Le nouvel état est transmis dans `dwParam1` du message `LINE_CALLSTATE`, et l’état actuel figure dans le membre `dwCallState` de la structure `LINECALLSTATUS` renvoyée par `lineGetCallStatus`.\n\nTAPI ne définit que les 24 bits de poids faible ; un fournisseur peut utiliser les 8 bits de poids fort pour un sous-état propre au périphérique, mais uniquement avec l’un des bits standard.",
    de = "Anrufzustände, in denen sich ein Anruf befinden kann. Der neue Zustand wird in `dwParam1` der Nachricht `LINE_CALLSTATE` übermittelt, der aktuelle steht im Feld `dwCallState` der Struktur `LINECALLSTATUS`, die `lineGetCallStatus` zurückgibt.\n\nTAPI definiert nur die unteren 24 Bits; ein Anbieter kann die oberen 8 Bits für einen gerätespezifischen Unterzustand verwenden, aber nur zusammen mit einem der Standardbits."
))]
pub enum LineCallState {
    /// The call exists but has no activity and no connection. Once idle, a call never leaves
    /// this state; the application can then release its handle with `lineDeallocateCall`.
    #[tapi(doc(
        fr = "L’appel existe mais n’a ni activité ni connexion. Un appel qui a atteint cet état n’en sort plus ; l’application peut alors libérer son handle avec `lineDeallocateCall`.",
        de = "Der Anruf existiert, hat aber weder Aktivität noch Verbindung. Ein Anruf, der diesen inaktiven Zustand erreicht hat, verlässt ihn nie wieder; die Anwendung kann dann sein Handle mit `lineDeallocateCall` freigeben."
    ))]
    Idle = 0x0000_0001,
    /// A new incoming call is being presented to the station. This does not mean the phone rings:
    /// a switch may present a call to several stations but ring only the primary one.
    #[tapi(doc(
        fr = "Un nouvel appel entrant est présenté au poste. Cela ne signifie pas que le téléphone sonne : un commutateur peut présenter un appel à plusieurs postes mais ne faire sonner que le poste principal.",
        de = "Ein neuer eingehender Anruf wird der Nebenstelle angeboten. Das bedeutet nicht, dass das Telefon klingelt: Eine Vermittlung kann einen Anruf mehreren Nebenstellen anbieten, aber nur die primäre Nebenstelle klingeln lassen."
    ))]
    Offering = 0x0000_0002,
    /// The offered call has been accepted: the owning application has claimed responsibility for
    /// answering it, which monitoring applications can see. In ISDN this starts alerting at both
    /// ends; an incoming call may also be answered without being accepted first.
    #[tapi(doc(
        fr = "L’appel présenté a été accepté : l’application propriétaire s’est chargée d’y répondre, ce que voient les applications de surveillance. En RNIS, cela déclenche l’alerte aux deux extrémités ; un appel entrant peut aussi être pris sans avoir été accepté au préalable.",
        de = "Der angebotene Anruf wurde akzeptiert: Die Anwendung mit Besitzerprivileg hat es übernommen, ihn entgegenzunehmen, und überwachende Anwendungen können das sehen. Bei ISDN wird dadurch an beiden Enden der Ruf signalisiert; ein eingehender Anruf kann auch entgegengenommen werden, ohne zuvor akzeptiert worden zu sein."
    ))]
    Accepted = 0x0000_0004,
    /// The switch is giving dial tone and is ready to receive digits; `LINEDIALTONEMODE_` tells
    /// which kind of dial tone.
    #[tapi(doc(
        fr = "Le commutateur fournit la tonalité de numérotation et attend les chiffres ; `LINEDIALTONEMODE_` précise le type de tonalité.",
        de = "Die Vermittlung liefert den Wählton und ist bereit, Ziffern zu empfangen; `LINEDIALTONEMODE_` gibt an, welche Art von Wählton."
    ))]
    DialTone = 0x0000_0008,
    /// Digits are being dialed and collected by the switch. Sending digits with
    /// `lineGenerateDigits` does not put the call in this state.
    #[tapi(doc(
        fr = "Des chiffres sont en cours de numérotation et sont recueillis par le commutateur. L’envoi de chiffres avec `lineGenerateDigits` ne place pas l’appel dans cet état.",
        de = "Ziffern werden gewählt und von der Vermittlung entgegengenommen. Das Senden von Ziffern mit `lineGenerateDigits` versetzt den Anruf nicht in diesen Zustand."
    ))]
    Dialing = 0x0000_0010,
    /// The destination has been reached and is being alerted; its switch sends ringback tone to
    /// the caller.
    #[tapi(doc(
        fr = "La destination a été atteinte et reçoit l’alerte ; son commutateur renvoie la tonalité de retour d’appel à l’appelant.",
        de = "Das Ziel wurde erreicht und wird gerufen; seine Vermittlung sendet dem Anrufer den Freiton."
    ))]
    Ringback = 0x0000_0020,
    /// The call hears a busy signal because a trunk or the remote station is in use; see
    /// `LINEBUSYMODE_` for which.
    #[tapi(doc(
        fr = "L’appel reçoit une tonalité d’occupation, car une ligne réseau ou le poste distant est occupé ; voir `LINEBUSYMODE_` pour savoir lequel.",
        de = "Der Anruf erhält ein Besetztzeichen, weil eine Amtsleitung oder die entfernte Nebenstelle belegt ist; welche von beiden, gibt `LINEBUSYMODE_` an."
    ))]
    Busy = 0x0000_0040,
    /// A special information tone is being received, which precedes a recorded message explaining
    /// why the call cannot be completed; see `LINESPECIALINFO_`.
    #[tapi(doc(
        fr = "Une tonalité d’information spéciale est reçue ; elle précède un message enregistré qui explique pourquoi l’appel ne peut pas aboutir. Voir `LINESPECIALINFO_`.",
        de = "Ein Sonderinformationston wird empfangen; er geht einer aufgezeichneten Ansage voraus, die erklärt, warum der Anruf nicht zustande kommen kann. Siehe `LINESPECIALINFO_`."
    ))]
    SpecialInfo = 0x0000_0080,
    /// The call is established, and information can flow between the originating and destination
    /// addresses.
    #[tapi(doc(
        fr = "L’appel est établi, et les informations peuvent circuler entre l’adresse d’origine et l’adresse de destination.",
        de = "Der Anruf ist aufgebaut, und zwischen Ursprungsadresse und Zieladresse können Informationen fließen."
    ))]
    Connected = 0x0000_0100,
    /// Dialing is finished and the call is progressing through the switch or network, before
    /// ringback, busy or answer.
    #[tapi(doc(
        fr = "La numérotation est terminée et l’appel progresse dans le commutateur ou le réseau, avant le retour d’appel, l’occupation ou la réponse.",
        de = "Die Wahl ist abgeschlossen, und der Anruf wird in der Vermittlung oder im Netz weiterverarbeitet, bevor Freiton, Besetztzeichen oder die Annahme folgen."
    ))]
    Proceeding = 0x0000_0200,
    /// The switch holds the call, which frees the physical line for another call.
    #[tapi(doc(
        fr = "Le commutateur maintient l’appel en attente, ce qui libère la ligne physique pour un autre appel.",
        de = "Die Vermittlung hält den Anruf, wodurch die physische Leitung für einen anderen Anruf frei wird."
    ))]
    OnHold = 0x0000_0400,
    /// The call is one party of a conference and is logically connected.
    #[tapi(doc(
        fr = "L’appel est l’un des participants d’une conférence et se trouve logiquement à l’état connecté.",
        de = "Der Anruf ist einer der Teilnehmer einer Konferenz und logisch verbunden."
    ))]
    Conferenced = 0x0000_0800,
    /// The call is on hold while it is being added to a conference.
    #[tapi(doc(
        fr = "L’appel est en attente pendant son ajout à une conférence.",
        de = "Der Anruf wird gehalten, während er einer Konferenz hinzugefügt wird."
    ))]
    OnHoldPendConf = 0x0000_1000,
    /// The call is on hold, waiting to be transferred to another number.
    #[tapi(doc(
        fr = "L’appel est en attente de son transfert vers un autre numéro.",
        de = "Der Anruf wird gehalten und wartet darauf, an eine andere Nummer übergeben zu werden."
    ))]
    OnHoldPendTransfer = 0x0000_2000,
    /// The remote party has disconnected; `LINEDISCONNECTMODE_` gives the reason. The call can
    /// still be queried until the application drops it.
    #[tapi(doc(
        fr = "Le correspondant distant s’est déconnecté ; `LINEDISCONNECTMODE_` en donne la raison. L’appel peut encore être consulté jusqu’à ce que l’application y mette fin.",
        de = "Der entfernte Teilnehmer hat die Verbindung getrennt; `LINEDISCONNECTMODE_` gibt den Trennungsgrund an. Der Anruf kann noch abgefragt werden, bis die Anwendung ihn beendet."
    ))]
    Disconnected = 0x0000_4000,
    /// The call exists but its state is not known, for instance because call-progress detection
    /// is poor. A provider may also use it to announce a new call whose exact state is unclear.
    #[tapi(doc(
        fr = "L’appel existe mais son état est inconnu, par exemple en raison d’une détection insuffisante de la progression de l’appel. Un fournisseur peut aussi s’en servir pour annoncer un nouvel appel dont l’état exact n’est pas clair.",
        de = "Der Anruf existiert, aber sein Zustand ist nicht bekannt, etwa weil die Erkennung des Anrufverlaufs unzureichend ist. Ein Anbieter kann diesen Zustand auch verwenden, um einen neuen Anruf zu melden, dessen genauer Zustand unklar ist."
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
    fr = "Sous-états d’un appel connecté, utiles surtout sur les adresses partagées (pontées) entre plusieurs postes, comme sur les systèmes à touches. Le mode accompagne le message `LINE_CALLSTATE` qui signale `LINECALLSTATE_CONNECTED` (dans `dwParam2`) et est conservé dans le membre `dwCallStateMode` de `LINECALLSTATUS`.\n\nUn mode nul doit être interprété comme `ACTIVE`, ce qui est le cas normal sur une adresse non pontée.",
    de = "Unterzustände des verbundenen Zustands eines Anrufs, vor allem auf Adressen von Bedeutung, die sich mehrere Nebenstellen teilen (gebrückte Adressen), etwa bei Reihenanlagen. Der Modus kommt mit der Nachricht `LINE_CALLSTATE`, die `LINECALLSTATE_CONNECTED` meldet (in `dwParam2`), und wird im Feld `dwCallStateMode` von `LINECALLSTATUS` festgehalten.\n\nEin Modus mit dem Wert 0 ist als `ACTIVE` zu lesen; das ist der Normalfall auf einer nicht gebrückten Adresse."
))]
pub enum LineConnectedMode {
    /// This station takes part in the connected call. On a bridged address, `lineDrop` or
    /// `lineHold` may only make the call inactive here while it stays connected at other stations.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Ce poste participe à l’appel connecté. Sur une adresse pontée, `lineDrop` ou `lineHold` peuvent se contenter de rendre l’appel inactif sur ce poste, alors qu’il reste connecté sur d’autres.",
        de = "Diese Nebenstelle ist am verbundenen Anruf beteiligt. Auf einer gebrückten Adresse machen `lineDrop` oder `lineHold` den Anruf unter Umständen nur hier inaktiv, während er an anderen Nebenstellen verbunden bleibt."
    ))]
    Active = 0x0000_0001,
    /// The call is connected at one or more other stations but this station is not taking part;
    /// `lineAnswer` joins it. Operations such as tone or digit detection are usually suspended (not
    /// cancelled) in this mode.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "L’appel est connecté sur un ou plusieurs autres postes, mais ce poste n’y participe pas ; `lineAnswer` permet de le rejoindre. Les opérations comme la détection de tonalités ou de chiffres sont en général suspendues (et non annulées) dans ce mode.",
        de = "Der Anruf ist an einer oder mehreren anderen Nebenstellen verbunden, diese Nebenstelle ist aber nicht beteiligt; mit `lineAnswer` schaltet sie sich hinzu. Vorgänge wie die Ton- oder Ziffernerkennung werden in diesem Modus meist ausgesetzt (nicht abgebrochen)."
    ))]
    Inactive = 0x0000_0002,
    /// This station takes part in the call, but the remote party has put it on hold; usually known
    /// only when both ends are on the same switch. Requires TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Ce poste participe à l’appel, mais le correspondant distant l’a mis en attente ; en général connu seulement lorsque les deux extrémités dépendent du même commutateur. Nécessite TAPI 2.0 ou une version ultérieure.",
        de = "Diese Nebenstelle ist am Anruf beteiligt, aber der entfernte Teilnehmer hat den Anruf gehalten; das ist meist nur bekannt, wenn beide Enden an derselben Vermittlung liegen. Erfordert TAPI 2.0 oder höher."
    ))]
    ActiveHeld = 0x0000_0004,
    /// This station is not taking part in the call, and the remote party has put it on hold.
    /// Requires TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Ce poste ne participe pas à l’appel, et le correspondant distant l’a mis en attente. Nécessite TAPI 2.0 ou une version ultérieure.",
        de = "Diese Nebenstelle ist nicht am Anruf beteiligt, und der entfernte Teilnehmer hat den Anruf gehalten. Erfordert TAPI 2.0 oder höher."
    ))]
    InactiveHeld = 0x0000_0008,
    /// The provider has received positive confirmation that the call is connected, for example
    /// through answer supervision. Requires TAPI 2.0 or later.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Le fournisseur a reçu une confirmation explicite que l’appel est connecté, par exemple grâce à la supervision de la réponse. Nécessite TAPI 2.0 ou une version ultérieure.",
        de = "Der Anbieter hat eine ausdrückliche Bestätigung erhalten, dass der Anruf verbunden ist, etwa durch Meldeüberwachung (Answer Supervision). Erfordert TAPI 2.0 oder höher."
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
    fr = "Types de tonalité de numérotation. Indiqués dans le membre `dwCallStateMode` de `LINECALLSTATUS` (et avec le message `LINE_CALLSTATE`) pendant qu’un appel est à l’état `LINECALLSTATE_DIALTONE` ; le membre `dwDialToneModes` de `LINEADDRESSCAPS` énumère ceux qu’une adresse peut détecter.\n\nLes 16 bits de poids faible sont réservés à TAPI ; les 16 bits de poids fort peuvent accueillir des extensions propres au périphérique.",
    de = "Arten von Wähltönen. Gemeldet im Feld `dwCallStateMode` von `LINECALLSTATUS` (und mit der Nachricht `LINE_CALLSTATE`), solange sich ein Anruf im Zustand `LINECALLSTATE_DIALTONE` befindet; das Feld `dwDialToneModes` von `LINEADDRESSCAPS` gibt an, welche davon eine Adresse erkennen kann.\n\nDie unteren 16 Bits sind TAPI vorbehalten; die oberen 16 Bits können gerätespezifische Erweiterungen aufnehmen."
))]
pub enum LineDialToneMode {
    /// An ordinary dial tone, usually a steady tone.
    #[tapi(doc(
        fr = "Tonalité de numérotation ordinaire, en général continue.",
        de = "Ein gewöhnlicher Wählton, meist ein Dauerton."
    ))]
    Normal = 0x0000_0001,
    /// A special dial tone, usually interrupted, signaling that some condition known to the switch
    /// or network applies (such as a waiting message); the switch is still ready for digits.
    #[tapi(doc(
        fr = "Tonalité de numérotation spéciale, en général hachée, qui signale qu’une situation connue du commutateur ou du réseau est en vigueur (comme un message en attente) ; le commutateur reste prêt à recevoir les chiffres.",
        de = "Ein besonderer Wählton, meist unterbrochen, der anzeigt, dass ein der Vermittlung oder dem Netz bekannter Umstand vorliegt (etwa eine wartende Nachricht); die Vermittlung ist trotzdem bereit, Ziffern zu empfangen."
    ))]
    Special = 0x0000_0002,
    /// An internal dial tone, such as the one given inside a PBX.
    #[tapi(doc(
        fr = "Tonalité de numérotation interne, comme celle que fournit un PABX.",
        de = "Ein interner Wählton, etwa der innerhalb einer Nebenstellenanlage."
    ))]
    Internal = 0x0000_0004,
    /// An external dial tone, coming from the public network.
    #[tapi(doc(
        fr = "Tonalité de numérotation externe, provenant du réseau public.",
        de = "Ein externer Wählton aus dem öffentlichen Netz."
    ))]
    External = 0x0000_0008,
    /// The kind of dial tone is not known yet but may become known later.
    #[tapi(doc(
        fr = "Le type de tonalité n’est pas encore connu mais pourra l’être plus tard.",
        de = "Die Art des Wähltons ist noch nicht bekannt, kann aber später bekannt werden."
    ))]
    Unknown = 0x0000_0010,
    /// The kind of dial tone is unavailable and will never be known.
    #[tapi(doc(
        fr = "Le type de tonalité n’est pas disponible et ne sera jamais connu.",
        de = "Die Art des Wähltons ist nicht verfügbar und wird nie bekannt sein."
    ))]
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
    fr = "Raisons pour lesquelles l’extrémité distante ou le réseau a mis fin à un appel. Indiquées dans le membre `dwCallStateMode` de `LINECALLSTATUS` (et avec le message `LINE_CALLSTATE`) une fois l’appel à l’état `LINECALLSTATE_DISCONNECTED` ; l’appel reste consultable, par exemple pour lire les informations d’usager à usager reçues avec la déconnexion, jusqu’à ce que l’application y mette fin.\n\nUn fournisseur ne doit pas signaler une valeur inconnue de la version de TAPI négociée ; il se rabat alors sur `NORMAL` ou `UNKNOWN`. La page de référence réserve les 16 bits de poids fort aux extensions propres au périphérique, mais TAPI 3.0 (`QOSUNAVAIL` à `CANCELLED`) et les métadonnées de Windows (`DESTINATIONBARRED`, `FDNRESTRICT`) ont depuis attribué les bits 16 à 21 à des membres ; seuls les bits au-dessus (`0xFFC00000`) sont donc lus comme propres au périphérique.",
    de = "Trennungsgründe, also die Gründe, aus denen die Gegenseite oder das Netz einen Anruf beendet hat. Gemeldet im Feld `dwCallStateMode` von `LINECALLSTATUS` (und mit der Nachricht `LINE_CALLSTATE`), sobald sich der Anruf im Zustand `LINECALLSTATE_DISCONNECTED` befindet; der Anruf kann weiterhin abgefragt werden, etwa nach Benutzer-zu-Benutzer-Informationen, die mit der Trennung gesendet wurden, bis die Anwendung ihn beendet.\n\nEin Anbieter darf keinen Wert melden, den die ausgehandelte TAPI-Version nicht kennt; er weicht dann auf `NORMAL` oder `UNKNOWN` aus. Die Referenzseite überlässt die oberen 16 Bits gerätespezifischen Erweiterungen, doch TAPI 3.0 (`QOSUNAVAIL` bis `CANCELLED`) und die Windows-Metadaten (`DESTINATIONBARRED`, `FDNRESTRICT`) haben die Bits 16 bis 21 inzwischen an Werte dieser Familie vergeben; daher gelten nur die Bits darüber (`0xFFC00000`) als gerätespezifisch."
))]
pub enum LineDisconnectMode {
    /// The remote party hung up normally.
    #[tapi(doc(
        fr = "Le correspondant distant a raccroché normalement.",
        de = "Der entfernte Teilnehmer hat normal aufgelegt."
    ))]
    Normal = 0x0000_0001,
    /// The reason is not known yet but may become known later.
    #[tapi(doc(
        fr = "La raison n’est pas encore connue mais pourra l’être plus tard.",
        de = "Der Grund ist noch nicht bekannt, kann aber später bekannt werden."
    ))]
    Unknown = 0x0000_0002,
    /// The remote user refused the call.
    #[tapi(doc(
        fr = "L’utilisateur distant a refusé l’appel.",
        de = "Der entfernte Benutzer hat den Anruf abgewiesen."
    ))]
    Reject = 0x0000_0004,
    /// The call was picked up at another station.
    #[tapi(doc(
        fr = "L’appel a été intercepté sur un autre poste.",
        de = "Der Anruf wurde an einer anderen Nebenstelle herangeholt."
    ))]
    Pickup = 0x0000_0008,
    /// The switch forwarded the call elsewhere.
    #[tapi(doc(
        fr = "Le commutateur a renvoyé l’appel ailleurs.",
        de = "Die Vermittlung hat den Anruf per Rufumleitung an ein anderes Ziel weitergeleitet."
    ))]
    Forwarded = 0x0000_0010,
    /// The remote station was busy.
    #[tapi(doc(
        fr = "Le poste distant était occupé.",
        de = "Die entfernte Nebenstelle war besetzt."
    ))]
    Busy = 0x0000_0020,
    /// The remote station did not answer.
    #[tapi(doc(
        fr = "Le poste distant n’a pas répondu.",
        de = "Die entfernte Nebenstelle hat sich nicht gemeldet."
    ))]
    NoAnswer = 0x0000_0040,
    /// The destination address is not valid.
    #[tapi(doc(
        fr = "L’adresse de destination n’est pas valide.",
        de = "Die Zieladresse ist ungültig."
    ))]
    BadAddress = 0x0000_0080,
    /// The remote user could not be reached.
    #[tapi(doc(
        fr = "L’utilisateur distant n’a pas pu être joint.",
        de = "Der entfernte Benutzer war nicht erreichbar."
    ))]
    Unreachable = 0x0000_0100,
    /// The network is congested.
    #[tapi(doc(fr = "Le réseau est encombré.", de = "Das Netz ist überlastet."))]
    Congestion = 0x0000_0200,
    /// The remote equipment cannot handle the type of call requested.
    #[tapi(doc(
        fr = "L’équipement distant ne peut pas traiter le type d’appel demandé.",
        de = "Die Geräte der Gegenseite können die angeforderte Art von Anruf nicht verarbeiten."
    ))]
    Incompatible = 0x0000_0400,
    /// The reason is unavailable and will never be known.
    #[tapi(doc(
        fr = "La raison n’est pas disponible et ne sera jamais connue.",
        de = "Der Grund ist nicht verfügbar und wird nie bekannt sein."
    ))]
    Unavail = 0x0000_0800,
    /// No dial tone was detected when one was expected during dialing (for example at a `W` in the
    /// dialable string), within the provider's timeout or the `dwWaitForDialTone` delay of
    /// `LINEDIALPARAMS`. Requires TAPI 1.4 or later.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Aucune tonalité de numérotation n’a été détectée alors qu’une était attendue pendant la numérotation (par exemple à un `W` de la chaîne composable), dans le délai du fournisseur ou dans celui de `dwWaitForDialTone` de `LINEDIALPARAMS`. Requiert TAPI 1.4 ou une version ultérieure.",
        de = "Während der Wahl wurde kein Wählton erkannt, obwohl einer erwartet wurde (etwa bei einem `W` in der Wählzeichenfolge), und zwar weder innerhalb des Zeitlimits des Anbieters noch innerhalb der Wartezeit `dwWaitForDialTone` von `LINEDIALPARAMS`. Erfordert TAPI 1.4 oder höher."
    ))]
    NoDialTone = 0x0000_1000,
    /// The destination number has changed and the network does not redirect calls to the new one.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Le numéro de destination a changé et le réseau ne redirige pas les appels vers le nouveau numéro.",
        de = "Die Zielrufnummer hat sich geändert, und das Netz leitet Anrufe nicht an die neue Nummer weiter."
    ))]
    NumberChanged = 0x0000_2000,
    /// The destination device is out of order (hardware fault), so the call failed or was cut off.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Le périphérique de destination est en panne (défaillance matérielle), si bien que l’appel a échoué ou a été coupé.",
        de = "Das Zielgerät ist außer Betrieb (Hardwarefehler), daher ist der Anruf fehlgeschlagen oder wurde unterbrochen."
    ))]
    OutOfOrder = 0x0000_4000,
    /// A temporary network failure prevented or broke the call; trying again later should
    /// succeed. Also fits a modem's "delayed" result after too many failed attempts in a period.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Une défaillance temporaire du réseau a empêché ou interrompu l’appel ; une nouvelle tentative ultérieure devrait aboutir. Convient aussi lorsqu’un modem, après trop d’échecs sur une période donnée, s’interdit de rappeler le numéro pendant un certain temps.",
        de = "Eine vorübergehende Netzstörung hat den Anruf verhindert oder unterbrochen; ein späterer neuer Versuch sollte gelingen. Passt auch zum Modemergebnis „delayed“, das ein Modem nach zu vielen Fehlversuchen innerhalb eines Zeitraums meldet."
    ))]
    TempFailure = 0x0000_8000,
    /// The minimum quality of service could not be obtained or kept. Unlike `INCOMPATIBLE`, the
    /// shortage may be temporary at the destination.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "La qualité de service minimale n’a pas pu être obtenue ou maintenue. Contrairement à `INCOMPATIBLE`, le manque de ressources peut être temporaire à la destination.",
        de = "Die Mindestdienstgüte konnte nicht erreicht oder nicht gehalten werden. Anders als bei `INCOMPATIBLE` kann der Mangel am Ziel vorübergehend sein."
    ))]
    QosUnavail = 0x0001_0000,
    /// The network refuses calls from this origin to the destination (a passive refusal, unlike
    /// `REJECT`), because this caller is excluded or the destination accepts only a closed user
    /// group. Also fits a modem's "blocklisted" result for a number it will not call.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Le réseau refuse les appels de cette origine vers la destination (un refus passif, contrairement à `REJECT`), soit parce que cet appelant est exclu, soit parce que la destination n’accepte qu’un groupe fermé d’usagers. Convient aussi lorsqu’un modem place un numéro sur sa liste de blocage et refuse de l’appeler.",
        de = "Das Netz weist Anrufe von diesem Ursprung zu diesem Ziel ab (eine passive Abweisung, anders als `REJECT`), weil dieser Anrufer ausgeschlossen ist oder das Ziel nur eine geschlossene Benutzergruppe annimmt. Passt auch zum Modemergebnis „blocklisted“ für eine Nummer, die das Modem nicht anwählt."
    ))]
    Blocked = 0x0002_0000,
    /// The destination has turned on the Do Not Disturb feature.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "La destination a activé la fonction Ne pas déranger.",
        de = "Das Ziel hat den Anrufschutz („Bitte nicht stören“) eingeschaltet."
    ))]
    DoNotDisturb = 0x0004_0000,
    /// The call was cancelled, rather than refused by the destination or failing in the network.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’appel a été annulé, plutôt que refusé par la destination ou mis en échec par le réseau.",
        de = "Der Anruf wurde abgebrochen, statt vom Ziel abgewiesen zu werden oder im Netz zu scheitern."
    ))]
    Cancelled = 0x0008_0000,
    /// The network barred the call to this destination. Present in Windows' metadata but not in
    /// `tapi.h`.
    #[tapi(doc(
        fr = "Le réseau a interdit l’appel vers cette destination. Présent dans les métadonnées de Windows mais absent de `tapi.h`.",
        de = "Das Netz hat den Anruf zu diesem Ziel gesperrt. In den Windows-Metadaten vorhanden, aber nicht in `tapi.h`."
    ))]
    DestinationBarred = 0x0010_0000,
    /// The call was refused by a fixed dialing number (FDN) restriction, which lets the device call
    /// only the numbers on its authorized list. Present in Windows' metadata but not in `tapi.h`.
    #[tapi(doc(
        fr = "L’appel a été refusé par une restriction de numérotation fixe (FDN), qui ne permet à l’appareil d’appeler que les numéros de sa liste autorisée. Présent dans les métadonnées de Windows mais absent de `tapi.h`.",
        de = "Der Anruf wurde durch eine FDN-Beschränkung (Fixed Dialing Numbers) abgewiesen, mit der das Gerät nur die Nummern seiner Freigabeliste anrufen darf. In den Windows-Metadaten vorhanden, aber nicht in `tapi.h`."
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
    fr = "Catégories de tonalités d’information spéciale (SIT), le signal codé de trois notes que le réseau envoie avant une annonce enregistrée expliquant l’échec d’un appel. Indiquées comme mode d’état d’appel de `LINECALLSTATE_SPECIALINFO` (dans `dwParam2` de `LINE_CALLSTATE` et `dwCallStateMode` de `LINECALLSTATUS`). Les 16 bits de poids faible sont réservés ; les 16 bits de poids fort sont libres pour les extensions propres aux périphériques.",
    de = "Kategorien von Sonderinformationstönen (SIT), dem kodierten Signal aus drei Tönen, das ein Netz vor einer aufgezeichneten Ansage über den Grund eines fehlgeschlagenen Anrufs sendet. Gemeldet als Anrufzustandsmodus von `LINECALLSTATE_SPECIALINFO` (in `dwParam2` von `LINE_CALLSTATE` und in `dwCallStateMode` von `LINECALLSTATUS`). Die unteren 16 Bits sind reserviert; die oberen 16 Bits stehen für gerätespezifische Erweiterungen frei."
))]
pub enum LineSpecialInfo {
    /// Trunk blockage: the network had no free circuit for the call, or is playing an emergency
    /// announcement.
    #[tapi(doc(
        fr = "Encombrement des circuits : le réseau n’avait aucun circuit libre pour l’appel, ou diffuse une annonce d’urgence.",
        de = "Keine freie Leitung: Das Netz hatte keine freie Leitung für den Anruf oder spielt eine Notfallansage ab."
    ))]
    NoCircuit = 0x0000_0001,
    /// Customer irregularity: the call failed because of what was dialed, for example a vacant or
    /// changed number, a line that is out of service, a missing or wrong access code, or an operator
    /// intercept. Also used when billing data is refused or the number is blocked at the switch.
    #[tapi(doc(
        fr = "Irrégularité imputable à l’abonné : l’appel a échoué à cause de ce qui a été composé, par exemple un numéro non attribué ou modifié, une ligne hors service, un code d’accès manquant ou erroné, ou une interception par un opérateur. Sert aussi lorsque les données de facturation sont refusées ou que le numéro est bloqué sur le commutateur.",
        de = "Fehler auf Teilnehmerseite: Der Anruf ist an dem gescheitert, was gewählt wurde, etwa an einer nicht vergebenen oder geänderten Nummer, einer Leitung außer Betrieb, einem fehlenden oder falschen Zugangscode oder am Abfangen durch einen Vermittlungsplatz. Wird auch verwendet, wenn Abrechnungsdaten abgelehnt werden oder die Nummer in der Vermittlung gesperrt ist."
    ))]
    CustIrreg = 0x0000_0002,
    /// Equipment irregularity: the network ran into a problem routing the call and plays a reorder
    /// (fast busy) announcement. Also used when the phone stayed off-hook too long.
    #[tapi(doc(
        fr = "Irrégularité d’équipement : le réseau a rencontré un problème d’acheminement de l’appel et diffuse une annonce d’encombrement (occupation rapide). Sert aussi lorsque le téléphone est resté décroché trop longtemps.",
        de = "Störung im Netz: Das Netz ist beim Vermitteln des Anrufs auf ein Problem gestoßen und spielt eine Ansage mit Gassenbesetztton (schnellem Besetztton) ab. Wird auch verwendet, wenn das Telefon zu lange abgehoben war."
    ))]
    Reorder = 0x0000_0004,
    /// A special information tone was heard, but its category cannot be identified yet; it may be
    /// learned later.
    #[tapi(doc(
        fr = "Une tonalité d’information spéciale a été entendue, mais sa catégorie ne peut pas encore être identifiée ; elle pourra l’être plus tard.",
        de = "Ein Sonderinformationston wurde gehört, seine Kategorie lässt sich aber noch nicht bestimmen; sie kann später bekannt werden."
    ))]
    Unknown = 0x0000_0008,
    /// A special information tone was heard, but the provider will never be able to say which category
    /// it belongs to.
    #[tapi(doc(
        fr = "Une tonalité d’information spéciale a été entendue, mais le fournisseur ne pourra jamais dire à quelle catégorie elle appartient.",
        de = "Ein Sonderinformationston wurde gehört, aber der Anbieter wird nie angeben können, zu welcher Kategorie er gehört."
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
    fr = "Sous-états d’un appel entrant présenté sur une adresse partagée (pontée) avec d’autres postes, surtout sur les systèmes à touches électroniques (TAPI 1.4 et versions ultérieures). Indiqués comme mode d’état d’appel avec `LINECALLSTATE_OFFERING`, c’est-à-dire dans `dwParam2` du message `LINE_CALLSTATE` et dans `dwCallStateMode` de `LINECALLSTATUS`. Un mode nul doit être interprété comme `ACTIVE`, ce que donne une adresse non pontée.",
    de = "Unterzustände des Angebotszustands eines eingehenden Anrufs auf einer Adresse, die mit anderen Nebenstellen geteilt wird (gebrückt), vor allem bei elektronischen Reihenanlagen (TAPI 1.4 oder höher). Gemeldet als Anrufzustandsmodus zusammen mit `LINECALLSTATE_OFFERING`, also in `dwParam2` der Nachricht `LINE_CALLSTATE` und in `dwCallStateMode` von `LINECALLSTATUS`. Ein Modus mit dem Wert 0 ist als `ACTIVE` zu lesen; diesen Wert liefert eine nicht gebrückte Adresse."
))]
pub enum LineOfferingMode {
    /// This station is the one being alerted: it rings (`LINEDEVSTATE_RINGING` notifications follow),
    /// so auto-answer software here is free to take the call.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "C’est ce poste qui est alerté : il sonne (des notifications `LINEDEVSTATE_RINGING` suivent), et un logiciel de réponse automatique de ce poste peut donc prendre l’appel.",
        de = "Diese Nebenstelle wird gerufen: Sie klingelt (es folgen Benachrichtigungen `LINEDEVSTATE_RINGING`), sodass Software zur automatischen Anrufannahme hier den Anruf entgegennehmen darf."
    ))]
    Active = 0x0000_0001,
    /// The call is offered at several stations but does not ring at this one, which only shows it
    /// (for example a blinking lamp on an attendant console). Auto-answer software should leave it
    /// to the ringing station, although `lineAnswer` still works.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "L’appel est présenté sur plusieurs postes mais ne sonne pas sur celui-ci, qui se contente de le signaler (par exemple par un voyant clignotant sur un poste de standardiste). Un logiciel de réponse automatique doit le laisser au poste qui sonne, même si `lineAnswer` reste utilisable.",
        de = "Der Anruf wird an mehreren Nebenstellen angeboten, klingelt aber nicht an dieser, die ihn nur anzeigt (etwa durch eine blinkende Leuchtanzeige an einem Vermittlungsplatz). Software zur automatischen Anrufannahme sollte ihn der klingelnden Nebenstelle überlassen, auch wenn `lineAnswer` weiterhin funktioniert."
    ))]
    Inactive = 0x0000_0002,
}
