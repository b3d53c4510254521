//! Requests TAPI passes to another application: Assisted Telephony and call-centre proxy requests.

use tapi_consts::ConstFamily;

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
    fr = "Types de requêtes de centre d’appels qu’une application proxy peut traiter pour le compte d’autres applications ; chacun correspond à une fonction `line…` portant sur les agents, les groupes ou les files d’attente. Listés sous forme de tableau de `DWORD` dans la structure `LINECALLPARAMS` passée à `lineOpen` avec `LINEOPENOPTION_PROXY`, pour indiquer les requêtes acceptées par le proxy, et présents dans `dwRequestType` de la structure `LINEPROXYREQUEST` transmise avec le message `LINE_PROXYREQUEST`, où ils indiquent aussi comment lire le reste de la mémoire tampon.",
    de = "Arten von Callcenter-Anforderungen, die eine Proxy-Anwendung im Auftrag anderer Anwendungen bearbeiten kann; jede entspricht einer `line…`-Funktion für Agenten, Gruppen oder Warteschlangen. Sie werden als Array von `DWORD`-Werten in der Struktur `LINECALLPARAMS` aufgeführt, die mit `LINEOPENOPTION_PROXY` an `lineOpen` übergeben wird, um anzugeben, welche Anforderungen der Proxy annimmt, und stehen in `dwRequestType` der Struktur `LINEPROXYREQUEST`, die mit der Nachricht `LINE_PROXYREQUEST` zugestellt wird; dort geben sie auch an, wie der Rest des Puffers zu lesen ist."
))]
pub enum LineProxyRequest {
    /// Relays `lineSetAgentGroup`: change the ACD groups an agent is logged into on an address.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineSetAgentGroup` : modifier les groupes ACD auxquels un agent est connecté sur une adresse.",
        de = "Leitet einen Aufruf von `lineSetAgentGroup` weiter, der die ACD-Gruppen ändert, bei denen ein Agent auf einer Adresse angemeldet ist."
    ))]
    SetAgentGroup = 0x0000_0001,
    /// Relays `lineSetAgentState`: change the work state (and next state) of the agent on an
    /// address.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineSetAgentState` : modifier l’état de travail (et l’état suivant) de l’agent sur une adresse.",
        de = "Leitet einen Aufruf von `lineSetAgentState` weiter, der den Arbeitszustand (und den nächsten Zustand) des Agenten auf einer Adresse ändert."
    ))]
    SetAgentState = 0x0000_0002,
    /// Relays `lineSetAgentActivity`: set the activity code the agent reports on an address.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineSetAgentActivity` : définir le code d’activité déclaré par l’agent sur une adresse.",
        de = "Leitet einen Aufruf von `lineSetAgentActivity` weiter, der den Aktivitätscode festlegt, den der Agent auf einer Adresse meldet."
    ))]
    SetAgentActivity = 0x0000_0003,
    /// Relays `lineGetAgentCaps`: return the agent-related capabilities of the call center for an
    /// address.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentCaps` : renvoyer les capacités du centre d’appels relatives aux agents pour une adresse.",
        de = "Leitet einen Aufruf von `lineGetAgentCaps` weiter, der die agentenbezogenen Fähigkeiten des Callcenters für eine Adresse zurückgibt."
    ))]
    GetAgentCaps = 0x0000_0004,
    /// Relays `lineGetAgentStatus`: return the current agent status on an address.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentStatus` : renvoyer l’état actuel de l’agent sur une adresse.",
        de = "Leitet einen Aufruf von `lineGetAgentStatus` weiter, der den aktuellen Agentenstatus auf einer Adresse zurückgibt."
    ))]
    GetAgentStatus = 0x0000_0005,
    /// Relays `lineAgentSpecific`: pass a handler-defined extension request through to the agent
    /// handler.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineAgentSpecific` : transmettre au gestionnaire d’agents une requête d’extension qu’il définit lui-même.",
        de = "Leitet einen Aufruf von `lineAgentSpecific` weiter, der eine Anforderung zu einer vom Agentenhandler definierten Handlererweiterung an diesen durchreicht."
    ))]
    AgentSpecific = 0x0000_0006,
    /// Relays `lineGetAgentActivityList`: return the activity codes an agent may choose from.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentActivityList` : renvoyer les codes d’activité parmi lesquels un agent peut choisir.",
        de = "Leitet einen Aufruf von `lineGetAgentActivityList` weiter, der die Aktivitätscodes zurückgibt, aus denen ein Agent wählen kann."
    ))]
    GetAgentActivityList = 0x0000_0007,
    /// Relays `lineGetAgentGroupList`: return the ACD groups an agent may log into.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentGroupList` : renvoyer les groupes ACD auxquels un agent peut se connecter.",
        de = "Leitet einen Aufruf von `lineGetAgentGroupList` weiter, der die ACD-Gruppen zurückgibt, bei denen sich ein Agent anmelden kann."
    ))]
    GetAgentGroupList = 0x0000_0008,
    /// Relays `lineCreateAgent`: create an agent object and return its handle.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineCreateAgent` : créer un objet agent et renvoyer son handle.",
        de = "Leitet einen Aufruf von `lineCreateAgent` weiter, der ein Agentenobjekt anlegt und dessen Handle zurückgibt."
    ))]
    CreateAgent = 0x0000_0009,
    /// Relays `lineSetAgentMeasurementPeriod`: set the interval over which the call center gathers
    /// statistics for an agent.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineSetAgentMeasurementPeriod` : fixer l’intervalle sur lequel le centre d’appels recueille les statistiques d’un agent.",
        de = "Leitet einen Aufruf von `lineSetAgentMeasurementPeriod` weiter, der den Zeitraum festlegt, über den das Callcenter Statistiken für einen Agenten erfasst."
    ))]
    SetAgentMeasurementPeriod = 0x0000_000A,
    /// Relays `lineGetAgentInfo`: return information and statistics about an agent.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentInfo` : renvoyer des informations et des statistiques sur un agent.",
        de = "Leitet einen Aufruf von `lineGetAgentInfo` weiter, der Angaben und Statistiken zu einem Agenten zurückgibt."
    ))]
    GetAgentInfo = 0x0000_000B,
    /// Relays `lineCreateAgentSession`: start a session in which an agent works for one ACD group
    /// on a given address.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineCreateAgentSession` : ouvrir une session dans laquelle un agent travaille pour un groupe ACD sur une adresse donnée.",
        de = "Leitet einen Aufruf von `lineCreateAgentSession` weiter, der eine Agentensitzung beginnt, in der ein Agent auf einer bestimmten Adresse für eine ACD-Gruppe arbeitet."
    ))]
    CreateAgentSession = 0x0000_000C,
    /// Relays `lineGetAgentSessionList`: return the sessions that exist for an agent.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentSessionList` : renvoyer les sessions existantes d’un agent.",
        de = "Leitet einen Aufruf von `lineGetAgentSessionList` weiter, der die vorhandenen Agentensitzungen eines Agenten zurückgibt."
    ))]
    GetAgentSessionList = 0x0000_000D,
    /// Relays `lineSetAgentSessionState`: change the state of an agent session.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineSetAgentSessionState` : modifier l’état d’une session d’agent.",
        de = "Leitet einen Aufruf von `lineSetAgentSessionState` weiter, der den Zustand einer Agentensitzung ändert."
    ))]
    SetAgentSessionState = 0x0000_000E,
    /// Relays `lineGetAgentSessionInfo`: return information and statistics about an agent session.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineGetAgentSessionInfo` : renvoyer des informations et des statistiques sur une session d’agent.",
        de = "Leitet einen Aufruf von `lineGetAgentSessionInfo` weiter, der Angaben und Statistiken zu einer Agentensitzung zurückgibt."
    ))]
    GetAgentSessionInfo = 0x0000_000F,
    /// Relays `lineGetQueueList`: return the queues that belong to an ACD group.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineGetQueueList` : renvoyer les files d’attente qui appartiennent à un groupe ACD.",
        de = "Leitet einen Aufruf von `lineGetQueueList` weiter, der die Warteschlangen einer ACD-Gruppe zurückgibt."
    ))]
    GetQueueList = 0x0000_0010,
    /// Relays `lineSetQueueMeasurementPeriod`: set the interval over which statistics are gathered
    /// for a queue.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineSetQueueMeasurementPeriod` : fixer l’intervalle sur lequel les statistiques d’une file d’attente sont recueillies.",
        de = "Leitet einen Aufruf von `lineSetQueueMeasurementPeriod` weiter, der den Zeitraum festlegt, über den Statistiken für eine Warteschlange erfasst werden."
    ))]
    SetQueueMeasurementPeriod = 0x0000_0011,
    /// Relays `lineGetQueueInfo`: return information and statistics about a queue.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineGetQueueInfo` : renvoyer des informations et des statistiques sur une file d’attente.",
        de = "Leitet einen Aufruf von `lineGetQueueInfo` weiter, der Angaben und Statistiken zu einer Warteschlange zurückgibt."
    ))]
    GetQueueInfo = 0x0000_0012,
    /// Relays `lineGetGroupList`: return the ACD groups that the call center offers.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineGetGroupList` : renvoyer les groupes ACD proposés par le centre d’appels.",
        de = "Leitet einen Aufruf von `lineGetGroupList` weiter, der die ACD-Gruppen zurückgibt, die das Callcenter anbietet."
    ))]
    GetGroupList = 0x0000_0013,
    /// Relays `lineSetAgentStateEx`: change the state (and next state) of an agent identified by
    /// its agent handle.
    #[tapi(since = "2.2")]
    #[tapi(doc(
        fr = "Relaie `lineSetAgentStateEx` : modifier l’état (et l’état suivant) d’un agent désigné par son handle d’agent.",
        de = "Leitet einen Aufruf von `lineSetAgentStateEx` weiter, der den Zustand (und den nächsten Zustand) eines über sein Agentenhandle bezeichneten Agenten ändert."
    ))]
    SetAgentStateEx = 0x0000_0014,
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
    fr = "Types de requêtes de téléphonie assistée qu’une application transmet à une autre par l’intermédiaire de TAPI. Passés comme `dwRequestMode` à `lineRegisterRequestRecipient` et `lineGetRequest`, et transmis dans `dwParam1` du message `LINE_REQUEST`.",
    de = "Arten von Anforderungen der unterstützten Telefonie, die eine Anwendung über TAPI an eine andere weitergibt. Sie werden als `dwRequestMode` an `lineRegisterRequestRecipient` und `lineGetRequest` übergeben und in `dwParam1` der Nachricht `LINE_REQUEST` übermittelt."
))]
pub enum LineRequestMode {
    /// A request made with `tapiRequestMakeCall`, asking the recipient application to place a
    /// voice call.
    #[tapi(doc(
        fr = "Requête émise avec `tapiRequestMakeCall`, qui demande à l’application destinataire de passer un appel vocal.",
        de = "Mit `tapiRequestMakeCall` gestellte Anforderung, mit der die Empfängeranwendung gebeten wird, einen Sprachanruf zu tätigen."
    ))]
    MakeCall = 0x0000_0001,
    /// A media-call request (`tapiRequestMediaCall`), which asked the recipient to place a call
    /// with a given media mode. Obsolete; do not use.
    #[tapi(doc(
        fr = "Requête d’appel avec média (`tapiRequestMediaCall`), qui demandait au destinataire de passer un appel dans un mode de média donné. Obsolète ; ne pas utiliser.",
        de = "Anforderung eines Medienanrufs (`tapiRequestMediaCall`), mit der der Empfänger gebeten wurde, einen Anruf in einem bestimmten Medienmodus zu tätigen. Veraltet; nicht verwenden."
    ))]
    MediaCall = 0x0000_0002,
    /// A `tapiRequestDrop` request, which closes a call request made earlier with
    /// `tapiRequestMediaCall`. Like that function, it is obsolete and no longer works.
    #[tapi(doc(
        fr = "Requête `tapiRequestDrop`, qui clôt une demande d’appel faite auparavant avec `tapiRequestMediaCall`. Comme cette fonction, elle est obsolète et ne fonctionne plus.",
        de = "Anforderung `tapiRequestDrop`, die eine zuvor mit `tapiRequestMediaCall` gestellte Anrufanforderung beendet. Wie diese Funktion ist sie veraltet und funktioniert nicht mehr."
    ))]
    Drop = 0x0000_0004,
}
