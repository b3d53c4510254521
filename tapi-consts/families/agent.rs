//! Call centres (ACD): agents, agent sessions, queues, groups and proxies, described in German too.

use tapi_consts::ConstFamily;

/// Agent-related operations available on an address of a line.
///
/// Reported in the `dwFeatures` member of `LINEAGENTCAPS`, filled in by `lineGetAgentCaps`; each
/// bit names a TAPI agent function that the agent handler accepts on that address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEAGENTFEATURE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Opérations liées aux agents disponibles sur une adresse d’une ligne, indiquées dans le membre `dwFeatures` de `LINEAGENTCAPS`, que remplit `lineGetAgentCaps` ; chaque bit désigne une fonction d’agent de TAPI que le gestionnaire d’agents accepte sur cette adresse.",
    de = "Agentenbezogene Operationen, die auf einer Adresse einer Leitung verfügbar sind; sie werden im Feld `dwFeatures` der Struktur `LINEAGENTCAPS` gemeldet, die `lineGetAgentCaps` ausfüllt. Jedes Bit steht für eine TAPI-Agentenfunktion, die der Agentenhandler auf dieser Adresse akzeptiert."
))]
pub enum LineAgentFeature {
    /// `lineSetAgentGroup` can be used on this address to choose the ACD groups the agent is
    /// logged into.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineSetAgentGroup` peut être utilisé sur cette adresse pour choisir les groupes ACD auxquels l’agent est connecté.",
        de = "Mit `lineSetAgentGroup` lassen sich auf dieser Adresse die ACD-Gruppen festlegen, bei denen der Agent angemeldet ist."
    ))]
    SetAgentGroup = 0x0000_0001,
    /// `lineSetAgentState` can be used on this address to change the agent's current or next
    /// state.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineSetAgentState` peut être utilisé sur cette adresse pour modifier l’état actuel ou suivant de l’agent.",
        de = "Mit `lineSetAgentState` lässt sich auf dieser Adresse der aktuelle oder der nächste Zustand des Agenten ändern."
    ))]
    SetAgentState = 0x0000_0002,
    /// `lineSetAgentActivity` can be used on this address to record what the agent is doing.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineSetAgentActivity` peut être utilisé sur cette adresse pour indiquer l’activité en cours de l’agent.",
        de = "Mit `lineSetAgentActivity` lässt sich auf dieser Adresse festhalten, welche Aktivität der Agent gerade ausführt."
    ))]
    SetAgentActivity = 0x0000_0004,
    /// `lineAgentSpecific` can be used on this address to reach extensions specific to the agent
    /// handler.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineAgentSpecific` peut être utilisé sur cette adresse pour accéder aux extensions propres au gestionnaire d’agents.",
        de = "Über `lineAgentSpecific` sind auf dieser Adresse die spezifischen Erweiterungen des Agentenhandlers erreichbar."
    ))]
    AgentSpecific = 0x0000_0008,
    /// `lineGetAgentActivityList` can be used on this address to read the activity codes the
    /// agent may choose from.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineGetAgentActivityList` peut être utilisé sur cette adresse pour lire les codes d’activité parmi lesquels l’agent peut choisir.",
        de = "Mit `lineGetAgentActivityList` lassen sich auf dieser Adresse die Aktivitätscodes abrufen, aus denen der Agent wählen kann."
    ))]
    GetAgentActivityList = 0x0000_0010,
    /// `lineGetAgentGroupList` can be used on this address to read the ACD groups the agent may
    /// log into.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineGetAgentGroupList` peut être utilisé sur cette adresse pour lire les groupes ACD auxquels l’agent peut se connecter.",
        de = "Mit `lineGetAgentGroupList` lassen sich auf dieser Adresse die ACD-Gruppen abrufen, bei denen sich der Agent anmelden kann."
    ))]
    GetAgentGroup = 0x0000_0020,
}

/// States of the ACD agent working on an address (the address-based agent model).
///
/// Used in `dwState`, `dwNextState`, `dwValidStates` and `dwValidNextStates` of
/// `LINEAGENTSTATUS`, in the state arguments of `lineSetAgentState`, in `LINEAGENTCAPS`, and in
/// `dwParam3` of `LINE_AGENTSTATUS`. The upper 16 bits are left for device-specific states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEAGENTSTATE_",
    device_specific(bits = 0xFFFF_0000),
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "États de l’agent ACD travaillant sur une adresse (modèle d’agents fondé sur les adresses) ; utilisés dans `dwState`, `dwNextState`, `dwValidStates` et `dwValidNextStates` de `LINEAGENTSTATUS`, dans les arguments d’état de `lineSetAgentState`, dans `LINEAGENTCAPS` et dans `dwParam3` de `LINE_AGENTSTATUS` ; les 16 bits de poids fort sont réservés aux états propres au périphérique.",
    de = "Zustände eines Agenten, der auf einer Adresse für eine ACD (automatische Anrufverteilung) arbeitet, im adressbasierten Agentenmodell. Sie stehen in `dwState`, `dwNextState`, `dwValidStates` und `dwValidNextStates` von `LINEAGENTSTATUS`, in den Zustandsargumenten von `lineSetAgentState`, in `LINEAGENTCAPS` und in `dwParam3` von `LINE_AGENTSTATUS`. Die oberen 16 Bits bleiben gerätespezifischen Zuständen vorbehalten."
))]
pub enum LineAgentState {
    /// No agent is logged in on the address.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Aucun agent n’est connecté sur l’adresse.",
        de = "Auf der Adresse ist kein Agent angemeldet."
    ))]
    LoggedOff = 0x0000_0001,
    /// The agent is logged in but busy with something other than a call, such as a break; no
    /// further calls should be routed to it.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’agent est connecté mais occupé à autre chose qu’un appel, par exemple une pause ; il ne faut plus lui acheminer d’appels.",
        de = "Der Agent ist angemeldet, bearbeitet aber keinen Anruf, sondern ist anderweitig beschäftigt (etwa in einer Pause); ihm sollen keine weiteren Anrufe zugeleitet werden."
    ))]
    NotReady = 0x0000_0002,
    /// The agent is available to take calls.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’agent est disponible pour prendre des appels.",
        de = "Der Agent ist bereit, Anrufe entgegenzunehmen."
    ))]
    Ready = 0x0000_0004,
    /// The agent is on a call that an ACD queue delivered to it.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’agent traite un appel que lui a remis une file d’attente ACD.",
        de = "Der Agent ist mit einem Anruf beschäftigt, den ihm eine ACD-Warteschlange zugeleitet hat."
    ))]
    BusyAcd = 0x0000_0008,
    /// The agent is on an incoming call that did not come from an ACD queue it is logged into.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’agent traite un appel entrant qui ne provient pas d’une file d’attente ACD à laquelle il est connecté.",
        de = "Der Agent ist mit einem eingehenden Anruf beschäftigt, der nicht aus einer ACD-Warteschlange stammt, bei der er angemeldet ist."
    ))]
    BusyIncoming = 0x0000_0010,
    /// The agent is on an outgoing call, for example one handed over by a predictive-dialling
    /// queue.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’agent traite un appel sortant, par exemple un appel remis par une file d’attente de numérotation prédictive.",
        de = "Der Agent ist mit einem ausgehenden Anruf beschäftigt, etwa mit einem, den ihm eine Warteschlange für vorausschauende Wahl (Predictive Dialing) übergeben hat."
    ))]
    BusyOutbound = 0x0000_0020,
    /// The agent is on some other kind of call, such as a personal outgoing call, or on a call of
    /// unknown kind.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’agent est en communication sur un appel d’un autre type, par exemple un appel sortant personnel, ou d’un type inconnu.",
        de = "Der Agent ist mit einem Anruf anderer Art beschäftigt, etwa einem privaten ausgehenden Anruf, oder mit einem Anruf unbekannter Art."
    ))]
    BusyOther = 0x0000_0040,
    /// The agent has finished the previous call but is still doing work related to it (wrap-up);
    /// no new calls should be routed to it yet.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’agent a terminé l’appel précédent mais effectue encore le post-traitement de l’appel ; il ne faut pas encore lui acheminer de nouveaux appels.",
        de = "Der Agent hat den vorherigen Anruf beendet, erledigt aber noch die Nachbearbeitung des Anrufs; ihm sollen noch keine neuen Anrufe zugeleitet werden."
    ))]
    WorkingAfterCall = 0x0000_0080,
    /// The agent's state is not known for now but may become known, as can happen just after a
    /// line or address is opened.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’état de l’agent est inconnu pour le moment mais pourra être connu plus tard, comme cela peut arriver juste après l’ouverture d’une ligne ou d’une adresse.",
        de = "Der Zustand des Agenten ist derzeit unbekannt, kann aber noch bekannt werden, wie es etwa unmittelbar nach dem Öffnen einer Leitung oder Adresse vorkommt."
    ))]
    Unknown = 0x0000_0100,
    /// The agent's state is unknown and will stay unknown; in `LINEADDRESSSTATUS` a zero
    /// `dwAgentState` means the same.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’état de l’agent est inconnu et le restera ; dans `LINEADDRESSSTATUS`, un `dwAgentState` nul a la même signification.",
        de = "Der Zustand des Agenten ist unbekannt und wird es bleiben; in `LINEADDRESSSTATUS` bedeutet ein `dwAgentState` mit dem Wert 0 dasselbe."
    ))]
    Unavail = 0x0000_0200,
}

/// Parts of an agent's status that have changed (address-based agent model).
///
/// Carried in `dwParam2` of the `LINE_AGENTSTATUS` message; `dwAgentStatusMessages` of
/// `LINEAGENTCAPS` lists the ones the agent handler can report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEAGENTSTATUS_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Parties de l’état d’un agent qui ont changé (modèle d’agents fondé sur les adresses) ; transmises dans `dwParam2` du message `LINE_AGENTSTATUS`, `dwAgentStatusMessages` de `LINEAGENTCAPS` énumérant celles que le gestionnaire d’agents peut signaler.",
    de = "Teile des Agentenstatus, die sich geändert haben (adressbasiertes Agentenmodell). Sie werden in `dwParam2` der Nachricht `LINE_AGENTSTATUS` übermittelt; `dwAgentStatusMessages` von `LINEAGENTCAPS` gibt an, welche davon der Agentenhandler melden kann."
))]
pub enum LineAgentStatus {
    /// The ACD groups the agent is currently logged into, as listed in `LINEAGENTSTATUS`, have
    /// changed.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Les groupes ACD auxquels l’agent est actuellement connecté, tels qu’énumérés dans `LINEAGENTSTATUS`, ont changé.",
        de = "Die ACD-Gruppen, bei denen der Agent derzeit angemeldet ist (wie in `LINEAGENTSTATUS` aufgeführt), haben sich geändert."
    ))]
    Group = 0x0000_0001,
    /// The agent's current state (`dwState` of `LINEAGENTSTATUS`) has changed; the new value is
    /// in `dwParam3` of the message.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’état actuel de l’agent (`dwState` de `LINEAGENTSTATUS`) a changé ; la nouvelle valeur figure dans `dwParam3` du message.",
        de = "Der aktuelle Zustand des Agenten (`dwState` von `LINEAGENTSTATUS`) hat sich geändert; der neue Wert steht in `dwParam3` der Nachricht."
    ))]
    State = 0x0000_0002,
    /// The state the agent will enter next (`dwNextState` of `LINEAGENTSTATUS`) has changed.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’état dans lequel l’agent passera ensuite (`dwNextState` de `LINEAGENTSTATUS`) a changé.",
        de = "Der Zustand, in den der Agent als Nächstes wechselt (`dwNextState` von `LINEAGENTSTATUS`), hat sich geändert."
    ))]
    NextState = 0x0000_0004,
    /// The agent's current activity (the activity ID and text in `LINEAGENTSTATUS`) has changed.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’activité en cours de l’agent (identifiant et libellé d’activité dans `LINEAGENTSTATUS`) a changé.",
        de = "Die aktuelle Aktivität des Agenten (Aktivitäts-ID und -text in `LINEAGENTSTATUS`) hat sich geändert."
    ))]
    Activity = 0x0000_0008,
    /// The list of activities the agent may choose from has changed; `lineGetAgentActivityList`
    /// returns the new one.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "La liste des activités parmi lesquelles l’agent peut choisir a changé ; `lineGetAgentActivityList` renvoie la nouvelle.",
        de = "Die Liste der Aktivitäten, aus denen der Agent wählen kann, hat sich geändert; `lineGetAgentActivityList` liefert die neue Liste."
    ))]
    ActivityList = 0x0000_0010,
    /// The list of ACD groups the agent may log into has changed; `lineGetAgentGroupList`
    /// returns the new one.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "La liste des groupes ACD auxquels l’agent peut se connecter a changé ; `lineGetAgentGroupList` renvoie la nouvelle.",
        de = "Die Liste der ACD-Gruppen, bei denen sich der Agent anmelden kann, hat sich geändert; `lineGetAgentGroupList` liefert die neue Liste."
    ))]
    GroupList = 0x0000_0020,
    /// The agent capabilities in `LINEAGENTCAPS` have changed; call `lineGetAgentCaps` again.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Les capacités d’agent décrites dans `LINEAGENTCAPS` ont changé ; appelez de nouveau `lineGetAgentCaps`.",
        de = "Die Agentenfähigkeiten in `LINEAGENTCAPS` haben sich geändert; `lineGetAgentCaps` muss erneut aufgerufen werden."
    ))]
    CapsChange = 0x0000_0040,
    /// The set of states the agent may be put in now (`dwValidStates` of `LINEAGENTSTATUS`) has
    /// changed.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’ensemble des états dans lesquels l’agent peut être placé maintenant (`dwValidStates` de `LINEAGENTSTATUS`) a changé.",
        de = "Die Menge der Zustände, in die der Agent jetzt versetzt werden kann (`dwValidStates` von `LINEAGENTSTATUS`), hat sich geändert."
    ))]
    ValidStates = 0x0000_0080,
    /// The set of states allowed as the agent's next state (`dwValidNextStates` of
    /// `LINEAGENTSTATUS`) has changed.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "L’ensemble des états admis comme état suivant de l’agent (`dwValidNextStates` de `LINEAGENTSTATUS`) a changé.",
        de = "Die Menge der Zustände, die als nächster Zustand des Agenten zulässig sind (`dwValidNextStates` von `LINEAGENTSTATUS`), hat sich geändert."
    ))]
    ValidNextStates = 0x0000_0100,
}

/// States of an ACD agent in the agent-object model introduced with TAPI 2.2.
///
/// Used in `dwAgentState` and `dwNextAgentState` of `LINEAGENTINFO` (from `lineGetAgentInfo`), in
/// the state arguments of `lineSetAgentStateEx`, and in `dwParam3` of `LINE_AGENTSTATUSEX`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEAGENTSTATEEX_",
    flags,
    since = "2.2",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "États d’un agent ACD dans le modèle d’objets agents apparu avec TAPI 2.2 ; utilisés dans `dwAgentState` et `dwNextAgentState` de `LINEAGENTINFO` (obtenu par `lineGetAgentInfo`), dans les arguments d’état de `lineSetAgentStateEx` et dans `dwParam3` de `LINE_AGENTSTATUSEX`.",
    de = "Zustände eines Agenten im Agentenobjektmodell, das TAPI 2.2 für die ACD (automatische Anrufverteilung) eingeführt hat. Sie stehen in `dwAgentState` und `dwNextAgentState` von `LINEAGENTINFO` (geliefert von `lineGetAgentInfo`), in den Zustandsargumenten von `lineSetAgentStateEx` und in `dwParam3` von `LINE_AGENTSTATUSEX`."
))]
pub enum LineAgentStateEx {
    /// The agent is logged in but busy with something other than a call, such as a break; no
    /// further calls should be routed to it.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’agent est connecté mais occupé à autre chose qu’un appel, par exemple une pause ; il ne faut plus lui acheminer d’appels.",
        de = "Der Agent ist angemeldet, bearbeitet aber keinen Anruf, sondern ist anderweitig beschäftigt (etwa in einer Pause); ihm sollen keine weiteren Anrufe zugeleitet werden."
    ))]
    NotReady = 0x0000_0001,
    /// The agent is available to take calls.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’agent est disponible pour prendre des appels.",
        de = "Der Agent ist bereit, Anrufe entgegenzunehmen."
    ))]
    Ready = 0x0000_0002,
    /// The agent is on a call that an ACD queue delivered to it.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’agent traite un appel que lui a remis une file d’attente ACD.",
        de = "Der Agent ist mit einem Anruf beschäftigt, den ihm eine ACD-Warteschlange zugeleitet hat."
    ))]
    BusyAcd = 0x0000_0004,
    /// The agent is on an incoming call that did not come from an ACD queue it is logged into.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’agent traite un appel entrant qui ne provient pas d’une file d’attente ACD à laquelle il est connecté.",
        de = "Der Agent ist mit einem eingehenden Anruf beschäftigt, der nicht aus einer ACD-Warteschlange stammt, bei der er angemeldet ist."
    ))]
    BusyIncoming = 0x0000_0008,
    /// The agent is on an outgoing call, for example one handed over by a predictive-dialling
    /// queue.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’agent traite un appel sortant, par exemple un appel remis par une file d’attente de numérotation prédictive.",
        de = "Der Agent ist mit einem ausgehenden Anruf beschäftigt, etwa mit einem, den ihm eine Warteschlange für vorausschauende Wahl (Predictive Dialing) übergeben hat."
    ))]
    BusyOutgoing = 0x0000_0010,
    /// The agent's state is not known for now but may become known, as can happen just after a
    /// line or address is opened.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’état de l’agent est inconnu pour le moment mais pourra être connu plus tard, comme cela peut arriver juste après l’ouverture d’une ligne ou d’une adresse.",
        de = "Der Zustand des Agenten ist derzeit unbekannt, kann aber noch bekannt werden, wie es etwa unmittelbar nach dem Öffnen einer Leitung oder Adresse vorkommt."
    ))]
    Unknown = 0x0000_0020,
    /// The agent has been released by the agent handler, typically because it logged off.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’agent a été libéré par le gestionnaire d’agents, en général parce qu’il s’est déconnecté.",
        de = "Der Agent wurde vom Agentenhandler freigegeben, in der Regel, weil er sich abgemeldet hat."
    ))]
    Released = 0x0000_0040,
}

/// Kinds of change reported for an agent object (TAPI 2.2 agent model).
///
/// Carried in `dwParam2` of the `LINE_AGENTSTATUSEX` message, whose `dwParam1` is the agent
/// handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEAGENTSTATUSEX_",
    flags,
    since = "2.2",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Types de changement signalés pour un objet agent (modèle d’agents de TAPI 2.2) ; transmis dans `dwParam2` du message `LINE_AGENTSTATUSEX`, dont `dwParam1` est le handle de l’agent.",
    de = "Arten von Änderungen, die für ein Agentenobjekt gemeldet werden (Agentenmodell von TAPI 2.2). Sie werden in `dwParam2` der Nachricht `LINE_AGENTSTATUSEX` übermittelt, deren `dwParam1` das Handle des Agenten ist."
))]
pub enum LineAgentStatusEx {
    /// A new agent has been created on the agent handler.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Un nouvel agent a été créé sur le gestionnaire d’agents.",
        de = "Auf dem Agentenhandler wurde ein neuer Agent angelegt."
    ))]
    NewAgent = 0x0000_0001,
    /// The agent's state has changed; `dwParam3` of the message holds the new
    /// `LINEAGENTSTATEEX_` value.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’état de l’agent a changé ; `dwParam3` du message contient la nouvelle valeur `LINEAGENTSTATEEX_`.",
        de = "Der Zustand des Agenten hat sich geändert; `dwParam3` der Nachricht enthält den neuen Wert `LINEAGENTSTATEEX_`."
    ))]
    State = 0x0000_0002,
    /// Other information about the agent has been updated; `lineGetAgentInfo` returns the new
    /// `LINEAGENTINFO`.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "D’autres informations sur l’agent ont été mises à jour ; `lineGetAgentInfo` renvoie la nouvelle structure `LINEAGENTINFO`.",
        de = "Andere Angaben zum Agenten wurden aktualisiert; `lineGetAgentInfo` liefert die neue Struktur `LINEAGENTINFO`."
    ))]
    UpdateInfo = 0x0000_0004,
}

/// States of an agent session on an ACD (automatic call distributor), as
/// reported in `LINEAGENTSESSIONINFO` and requested with
/// `lineSetAgentSessionState`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEAGENTSESSIONSTATE_",
    flags,
    since = "2.2",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "États d’une session d’agent auprès de l’ACD (distribution automatique des appels), tels que les signale `LINEAGENTSESSIONINFO` et que les demande `lineSetAgentSessionState`.",
    de = "Zustände einer Agentensitzung für eine ACD (automatische Anrufverteilung), wie sie `LINEAGENTSESSIONINFO` meldet und wie sie mit `lineSetAgentSessionState` angefordert werden."
))]
pub enum LineAgentSessionState {
    /// The agent is logged on but busy with a task other than handling a
    /// call, such as a break; no further calls should be routed to this
    /// session.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’agent est connecté mais occupé à une tâche autre que le traitement d’un appel, une pause par exemple ; aucun nouvel appel ne doit être acheminé vers cette session.",
        de = "Der Agent ist angemeldet, bearbeitet aber keinen Anruf, sondern ist anderweitig beschäftigt (etwa in einer Pause); dieser Agentensitzung sollen keine weiteren Anrufe zugeleitet werden."
    ))]
    NotReady = 0x0000_0001,
    /// The agent is available and ready to accept calls.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’agent est disponible et prêt à prendre des appels.",
        de = "Der Agent ist verfügbar und bereit, Anrufe entgegenzunehmen."
    ))]
    Ready = 0x0000_0002,
    /// The agent is currently handling a call.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’agent est en train de traiter un appel.",
        de = "Der Agent ist gerade mit der Bearbeitung eines Anrufs beschäftigt."
    ))]
    BusyOnCall = 0x0000_0004,
    /// The agent is doing the wrap-up work that follows a call and cannot
    /// take a new one yet.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’agent effectue le post-traitement de l’appel précédent et ne peut pas encore en prendre un nouveau.",
        de = "Der Agent ist mit der Nachbearbeitung des Anrufs beschäftigt und kann noch keinen neuen Anruf annehmen."
    ))]
    BusyWrapUp = 0x0000_0008,
    /// The agent session is over.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "La session d’agent est terminée.",
        de = "Die Agentensitzung ist beendet."
    ))]
    Ended = 0x0000_0010,
    /// The agent session has been released and is no longer active.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "La session d’agent a été libérée et n’est plus active.",
        de = "Die Agentensitzung wurde freigegeben und ist nicht mehr aktiv."
    ))]
    Released = 0x0000_0020,
}

/// Kinds of change reported for an agent session (TAPI 2.2 agent model).
///
/// Carried in `dwParam2` of the `LINE_AGENTSESSIONSTATUS` message, whose `dwParam1` is the agent
/// session handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEAGENTSESSIONSTATUS_",
    flags,
    since = "2.2",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Types de changement signalés pour une session d’agent (modèle d’agents de TAPI 2.2) ; transmis dans `dwParam2` du message `LINE_AGENTSESSIONSTATUS`, dont `dwParam1` est le handle de la session.",
    de = "Arten von Änderungen, die für eine Agentensitzung gemeldet werden (Agentenmodell von TAPI 2.2). Sie werden in `dwParam2` der Nachricht `LINE_AGENTSESSIONSTATUS` übermittelt, deren `dwParam1` das Handle der Agentensitzung ist."
))]
pub enum LineAgentSessionStatus {
    /// A new agent session has been created.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Une nouvelle session d’agent a été créée.",
        de = "Eine neue Agentensitzung wurde angelegt."
    ))]
    NewSession = 0x0000_0001,
    /// The session's state has changed; `dwParam3` of the message holds the new
    /// `LINEAGENTSESSIONSTATE_` value.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "L’état de la session a changé ; `dwParam3` du message contient la nouvelle valeur `LINEAGENTSESSIONSTATE_`.",
        de = "Der Zustand der Agentensitzung hat sich geändert; `dwParam3` der Nachricht enthält den neuen Wert `LINEAGENTSESSIONSTATE_`."
    ))]
    State = 0x0000_0002,
    /// The session's information and statistics have been updated; `lineGetAgentSessionInfo`
    /// returns the new values.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Les informations et statistiques de la session ont été mises à jour ; `lineGetAgentSessionInfo` renvoie les nouvelles valeurs.",
        de = "Die Angaben und Statistiken der Agentensitzung wurden aktualisiert; `lineGetAgentSessionInfo` liefert die neuen Werte."
    ))]
    UpdateInfo = 0x0000_0004,
}

/// Kinds of change reported for an ACD queue on an agent handler.
///
/// Carried in `dwParam2` of the `LINE_QUEUESTATUS` message, whose `dwParam1` is the queue
/// identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEQUEUESTATUS_",
    flags,
    since = "2.2",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Types de changement signalés pour une file d’attente ACD d’un gestionnaire d’agents ; transmis dans `dwParam2` du message `LINE_QUEUESTATUS`, dont `dwParam1` est l’identifiant de la file.",
    de = "Arten von Änderungen, die ein Agentenhandler für eine Warteschlange meldet, aus der eine ACD (automatische Anrufverteilung) Anrufe an Agenten verteilt. Sie werden in `dwParam2` der Nachricht `LINE_QUEUESTATUS` übermittelt, deren `dwParam1` die Kennung der Warteschlange ist."
))]
pub enum LineQueueStatus {
    /// The queue's information and statistics have been updated; `lineGetQueueInfo` returns the
    /// new values.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Les informations et statistiques de la file d’attente ont été mises à jour ; `lineGetQueueInfo` renvoie les nouvelles valeurs.",
        de = "Die Angaben und Statistiken der Warteschlange wurden aktualisiert; `lineGetQueueInfo` liefert die neuen Werte."
    ))]
    UpdateInfo = 0x0000_0001,
    /// A queue has been added to the ones the agent handler offers.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Une file d’attente a été ajoutée à celles que propose le gestionnaire d’agents.",
        de = "Eine Warteschlange wurde zu den vom Agentenhandler angebotenen Warteschlangen hinzugefügt."
    ))]
    NewQueue = 0x0000_0002,
    /// The queue has been withdrawn from the ones the agent handler offers.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "La file d’attente a été retirée de celles que propose le gestionnaire d’agents.",
        de = "Die Warteschlange wurde aus den vom Agentenhandler angebotenen Warteschlangen entfernt."
    ))]
    QueueRemoved = 0x0000_0004,
}

/// Kinds of change in the ACD groups offered by an agent handler.
///
/// Carried in `dwParam2` of the `LINE_GROUPSTATUS` message; `lineGetGroupList` returns the
/// groups as they now stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEGROUPSTATUS_",
    flags,
    since = "2.2",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Types de changement dans les groupes ACD proposés par un gestionnaire d’agents ; transmis dans `dwParam2` du message `LINE_GROUPSTATUS`, `lineGetGroupList` renvoyant la liste des groupes à jour.",
    de = "Arten von Änderungen an den Agentengruppen, die ein Agentenhandler für eine ACD (automatische Anrufverteilung) anbietet. Sie werden in `dwParam2` der Nachricht `LINE_GROUPSTATUS` übermittelt; `lineGetGroupList` liefert den aktuellen Stand der ACD-Gruppen."
))]
pub enum LineGroupStatus {
    /// A group has been added to the list of available ACD groups.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Un groupe a été ajouté à la liste des groupes ACD disponibles.",
        de = "Eine Gruppe wurde in die Liste der verfügbaren ACD-Gruppen aufgenommen."
    ))]
    NewGroup = 0x0000_0001,
    /// A group has been taken off the list of available ACD groups.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Un groupe a été retiré de la liste des groupes ACD disponibles.",
        de = "Eine Gruppe wurde aus der Liste der verfügbaren ACD-Gruppen entfernt."
    ))]
    GroupRemoved = 0x0000_0002,
}

/// Kinds of change in the proxies registered on a line the application has open.
///
/// Carried in `dwParam1` of the `LINE_PROXYSTATUS` message, which TAPI itself generates when a
/// proxy application opens or closes the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEPROXYSTATUS_",
    flags,
    since = "2.2",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Types de changement parmi les proxys inscrits sur une ligne ouverte par l’application ; transmis dans `dwParam1` du message `LINE_PROXYSTATUS`, que TAPI produit lui-même lorsqu’une application proxy ouvre ou ferme la ligne.",
    de = "Arten von Änderungen bei den Proxys, die auf einer von der Anwendung geöffneten Leitung registriert sind. Sie werden in `dwParam1` der Nachricht `LINE_PROXYSTATUS` übermittelt, die TAPI selbst erzeugt, wenn eine Proxy-Anwendung die Leitung öffnet oder schließt."
))]
pub enum LineProxyStatus {
    /// A proxy has opened the line to handle a request type; `dwParam2` of the message names
    /// that `LINEPROXYREQUEST_` type.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Un proxy a ouvert la ligne pour traiter un type de requête ; `dwParam2` du message indique ce type `LINEPROXYREQUEST_`.",
        de = "Ein Proxy hat die Leitung geöffnet, um einen Anforderungstyp zu bearbeiten; `dwParam2` der Nachricht nennt diesen Anforderungstyp (`LINEPROXYREQUEST_`)."
    ))]
    Open = 0x0000_0001,
    /// A proxy has closed the line and no longer handles a request type; `dwParam2` of the
    /// message names that `LINEPROXYREQUEST_` type.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Un proxy a fermé la ligne et ne traite plus un type de requête ; `dwParam2` du message indique ce type `LINEPROXYREQUEST_`.",
        de = "Ein Proxy hat die Leitung geschlossen und bearbeitet einen Anforderungstyp nicht mehr; `dwParam2` der Nachricht nennt diesen Anforderungstyp (`LINEPROXYREQUEST_`)."
    ))]
    Close = 0x0000_0002,
    /// Proxies are now open on the line for every request type that TAPI 3.0 and later need for
    /// ACD (call-centre) operation.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Des proxys sont désormais ouverts sur la ligne pour tous les types de requête dont TAPI 3.0 ou une version ultérieure a besoin pour les fonctions d’ACD (centre d’appels).",
        de = "Auf der Leitung sind jetzt Proxys für alle Anforderungstypen geöffnet, die TAPI 3.0 und neuere Versionen für den ACD-Betrieb (Callcenter) benötigen."
    ))]
    AllOpenForAcd = 0x0000_0004,
}
