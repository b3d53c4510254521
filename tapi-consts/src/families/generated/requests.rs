// @generated from tapi-consts/families/requests.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Requests TAPI passes to another application: Assisted Telephony and call-centre proxy requests.
/// Kinds of call-center request that a proxy application can handle on behalf of other
/// applications; each matches one `line…` agent, group or queue function.
///
/// Listed as an array of `DWORD`s in the `LINECALLPARAMS` passed to `lineOpen` with
/// `LINEOPENOPTION_PROXY`, to say which requests the proxy accepts, and found in `dwRequestType`
/// of the `LINEPROXYREQUEST` structure delivered with the `LINE_PROXYREQUEST` message, where it
/// also tells how to read the rest of the buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineProxyRequest {
    /// Relays `lineSetAgentGroup`: change the ACD groups an agent is logged into on an address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_SETAGENTGROUP` = `0x00000001`")]
    SetAgentGroup = 0x0000_0001,
    /// Relays `lineSetAgentState`: change the work state (and next state) of the agent on an
    /// address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_SETAGENTSTATE` = `0x00000002`")]
    SetAgentState = 0x0000_0002,
    /// Relays `lineSetAgentActivity`: set the activity code the agent reports on an address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_SETAGENTACTIVITY` = `0x00000003`")]
    SetAgentActivity = 0x0000_0003,
    /// Relays `lineGetAgentCaps`: return the agent-related capabilities of the call center for an
    /// address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_GETAGENTCAPS` = `0x00000004`")]
    GetAgentCaps = 0x0000_0004,
    /// Relays `lineGetAgentStatus`: return the current agent status on an address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_GETAGENTSTATUS` = `0x00000005`")]
    GetAgentStatus = 0x0000_0005,
    /// Relays `lineAgentSpecific`: pass a handler-defined extension request through to the agent
    /// handler.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_AGENTSPECIFIC` = `0x00000006`")]
    AgentSpecific = 0x0000_0006,
    /// Relays `lineGetAgentActivityList`: return the activity codes an agent may choose from.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_GETAGENTACTIVITYLIST` = `0x00000007`")]
    GetAgentActivityList = 0x0000_0007,
    /// Relays `lineGetAgentGroupList`: return the ACD groups an agent may log into.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_GETAGENTGROUPLIST` = `0x00000008`")]
    GetAgentGroupList = 0x0000_0008,
    /// Relays `lineCreateAgent`: create an agent object and return its handle.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_CREATEAGENT` = `0x00000009`")]
    CreateAgent = 0x0000_0009,
    /// Relays `lineSetAgentMeasurementPeriod`: set the interval over which the call center gathers
    /// statistics for an agent.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_SETAGENTMEASUREMENTPERIOD` = `0x0000000A`")]
    SetAgentMeasurementPeriod = 0x0000_000A,
    /// Relays `lineGetAgentInfo`: return information and statistics about an agent.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_GETAGENTINFO` = `0x0000000B`")]
    GetAgentInfo = 0x0000_000B,
    /// Relays `lineCreateAgentSession`: start a session in which an agent works for one ACD group
    /// on a given address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_CREATEAGENTSESSION` = `0x0000000C`")]
    CreateAgentSession = 0x0000_000C,
    /// Relays `lineGetAgentSessionList`: return the sessions that exist for an agent.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_GETAGENTSESSIONLIST` = `0x0000000D`")]
    GetAgentSessionList = 0x0000_000D,
    /// Relays `lineSetAgentSessionState`: change the state of an agent session.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_SETAGENTSESSIONSTATE` = `0x0000000E`")]
    SetAgentSessionState = 0x0000_000E,
    /// Relays `lineGetAgentSessionInfo`: return information and statistics about an agent session.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_GETAGENTSESSIONINFO` = `0x0000000F`")]
    GetAgentSessionInfo = 0x0000_000F,
    /// Relays `lineGetQueueList`: return the queues that belong to an ACD group.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_GETQUEUELIST` = `0x00000010`")]
    GetQueueList = 0x0000_0010,
    /// Relays `lineSetQueueMeasurementPeriod`: set the interval over which statistics are gathered
    /// for a queue.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_SETQUEUEMEASUREMENTPERIOD` = `0x00000011`")]
    SetQueueMeasurementPeriod = 0x0000_0011,
    /// Relays `lineGetQueueInfo`: return information and statistics about a queue.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_GETQUEUEINFO` = `0x00000012`")]
    GetQueueInfo = 0x0000_0012,
    /// Relays `lineGetGroupList`: return the ACD groups that the call center offers.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_GETGROUPLIST` = `0x00000013`")]
    GetGroupList = 0x0000_0013,
    /// Relays `lineSetAgentStateEx`: change the state (and next state) of an agent identified by
    /// its agent handle.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYREQUEST_SETAGENTSTATEEX` = `0x00000014`")]
    SetAgentStateEx = 0x0000_0014,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of call-center request that a proxy application can handle on behalf of other applications; each matches one `line…` agent, group or queue function.\n\nListed as an array of `DWORD`s in the `LINECALLPARAMS` passed to `lineOpen` with `LINEOPENOPTION_PROXY`, to say which requests the proxy accepts, and found in `dwRequestType` of the `LINEPROXYREQUEST` structure delivered with the `LINE_PROXYREQUEST` message, where it also tells how to read the rest of the buffer.Relays `lineSetAgentGroup`: change the ACD groups an agent is logged into on an address.Relays `lineSetAgentState`: change the work state (and next state) of the agent on an address.Relays `lineSetAgentActivity`: set the activity code the agent reports on an address.Relays `lineGetAgentCaps`: return the agent-related capabilities of the call center for an address.Relays `lineGetAgentStatus`: return the current agent status on an address.Relays `lineAgentSpecific`: pass a handler-defined extension request through to the agent handler.Relays `lineGetAgentActivityList`: return the activity codes an agent may choose from.Relays `lineGetAgentGroupList`: return the ACD groups an agent may log into.Relays `lineCreateAgent`: create an agent object and return its handle.Relays `lineSetAgentMeasurementPeriod`: set the interval over which the call center gathers statistics for an agent.Relays `lineGetAgentInfo`: return information and statistics about an agent.Relays `lineCreateAgentSession`: start a session in which an agent works for one ACD group on a given address.Relays `lineGetAgentSessionList`: return the sessions that exist for an agent.Relays `lineSetAgentSessionState`: change the state of an agent session.Relays `lineGetAgentSessionInfo`: return information and statistics about an agent session.Relays `lineGetQueueList`: return the queues that belong to an ACD group.Relays `lineSetQueueMeasurementPeriod`: set the interval over which statistics are gathered for a queue.Relays `lineGetQueueInfo`: return information and statistics about a queue.Relays `lineGetGroupList`: return the ACD groups that the call center offers.Relays `lineSetAgentStateEx`: change the state (and next state) of an agent identified by its agent handle."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Callcenter-Anforderungen, die eine Proxy-Anwendung im Auftrag anderer Anwendungen bearbeiten kann; jede entspricht einer `line…`-Funktion für Agenten, Gruppen oder Warteschlangen. Sie werden als Array von `DWORD`-Werten in der Struktur `LINECALLPARAMS` aufgeführt, die mit `LINEOPENOPTION_PROXY` an `lineOpen` übergeben wird, um anzugeben, welche Anforderungen der Proxy annimmt, und stehen in `dwRequestType` der Struktur `LINEPROXYREQUEST`, die mit der Nachricht `LINE_PROXYREQUEST` zugestellt wird; dort geben sie auch an, wie der Rest des Puffers zu lesen ist.Leitet einen Aufruf von `lineSetAgentGroup` weiter, der die ACD-Gruppen ändert, bei denen ein Agent auf einer Adresse angemeldet ist.Leitet einen Aufruf von `lineSetAgentState` weiter, der den Arbeitszustand (und den nächsten Zustand) des Agenten auf einer Adresse ändert.Leitet einen Aufruf von `lineSetAgentActivity` weiter, der den Aktivitätscode festlegt, den der Agent auf einer Adresse meldet.Leitet einen Aufruf von `lineGetAgentCaps` weiter, der die agentenbezogenen Fähigkeiten des Callcenters für eine Adresse zurückgibt.Leitet einen Aufruf von `lineGetAgentStatus` weiter, der den aktuellen Agentenstatus auf einer Adresse zurückgibt.Leitet einen Aufruf von `lineAgentSpecific` weiter, der eine Anforderung zu einer vom Agentenhandler definierten Handlererweiterung an diesen durchreicht.Leitet einen Aufruf von `lineGetAgentActivityList` weiter, der die Aktivitätscodes zurückgibt, aus denen ein Agent wählen kann.Leitet einen Aufruf von `lineGetAgentGroupList` weiter, der die ACD-Gruppen zurückgibt, bei denen sich ein Agent anmelden kann.Leitet einen Aufruf von `lineCreateAgent` weiter, der ein Agentenobjekt anlegt und dessen Handle zurückgibt.Leitet einen Aufruf von `lineSetAgentMeasurementPeriod` weiter, der den Zeitraum festlegt, über den das Callcenter Statistiken für einen Agenten erfasst.Leitet einen Aufruf von `lineGetAgentInfo` weiter, der Angaben und Statistiken zu einem Agenten zurückgibt.Leitet einen Aufruf von `lineCreateAgentSession` weiter, der eine Agentensitzung beginnt, in der ein Agent auf einer bestimmten Adresse für eine ACD-Gruppe arbeitet.Leitet einen Aufruf von `lineGetAgentSessionList` weiter, der die vorhandenen Agentensitzungen eines Agenten zurückgibt.Leitet einen Aufruf von `lineSetAgentSessionState` weiter, der den Zustand einer Agentensitzung ändert.Leitet einen Aufruf von `lineGetAgentSessionInfo` weiter, der Angaben und Statistiken zu einer Agentensitzung zurückgibt.Leitet einen Aufruf von `lineGetQueueList` weiter, der die Warteschlangen einer ACD-Gruppe zurückgibt.Leitet einen Aufruf von `lineSetQueueMeasurementPeriod` weiter, der den Zeitraum festlegt, über den Statistiken für eine Warteschlange erfasst werden.Leitet einen Aufruf von `lineGetQueueInfo` weiter, der Angaben und Statistiken zu einer Warteschlange zurückgibt.Leitet einen Aufruf von `lineGetGroupList` weiter, der die ACD-Gruppen zurückgibt, die das Callcenter anbietet.Leitet einen Aufruf von `lineSetAgentStateEx` weiter, der den Zustand (und den nächsten Zustand) eines über sein Agentenhandle bezeichneten Agenten ändert."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de requêtes de centre d’appels qu’une application proxy peut traiter pour le compte d’autres applications ; chacun correspond à une fonction `line…` portant sur les agents, les groupes ou les files d’attente. Listés sous forme de tableau de `DWORD` dans la structure `LINECALLPARAMS` passée à `lineOpen` avec `LINEOPENOPTION_PROXY`, pour indiquer les requêtes acceptées par le proxy, et présents dans `dwRequestType` de la structure `LINEPROXYREQUEST` transmise avec le message `LINE_PROXYREQUEST`, où ils indiquent aussi comment lire le reste de la mémoire tampon.Relaie `lineSetAgentGroup` : modifier les groupes ACD auxquels un agent est connecté sur une adresse.Relaie `lineSetAgentState` : modifier l’état de travail (et l’état suivant) de l’agent sur une adresse.Relaie `lineSetAgentActivity` : définir le code d’activité déclaré par l’agent sur une adresse.Relaie `lineGetAgentCaps` : renvoyer les capacités du centre d’appels relatives aux agents pour une adresse.Relaie `lineGetAgentStatus` : renvoyer l’état actuel de l’agent sur une adresse.Relaie `lineAgentSpecific` : transmettre au gestionnaire d’agents une requête d’extension qu’il définit lui-même.Relaie `lineGetAgentActivityList` : renvoyer les codes d’activité parmi lesquels un agent peut choisir.Relaie `lineGetAgentGroupList` : renvoyer les groupes ACD auxquels un agent peut se connecter.Relaie `lineCreateAgent` : créer un objet agent et renvoyer son handle.Relaie `lineSetAgentMeasurementPeriod` : fixer l’intervalle sur lequel le centre d’appels recueille les statistiques d’un agent.Relaie `lineGetAgentInfo` : renvoyer des informations et des statistiques sur un agent.Relaie `lineCreateAgentSession` : ouvrir une session dans laquelle un agent travaille pour un groupe ACD sur une adresse donnée.Relaie `lineGetAgentSessionList` : renvoyer les sessions existantes d’un agent.Relaie `lineSetAgentSessionState` : modifier l’état d’une session d’agent.Relaie `lineGetAgentSessionInfo` : renvoyer des informations et des statistiques sur une session d’agent.Relaie `lineGetQueueList` : renvoyer les files d’attente qui appartiennent à un groupe ACD.Relaie `lineSetQueueMeasurementPeriod` : fixer l’intervalle sur lequel les statistiques d’une file d’attente sont recueillies.Relaie `lineGetQueueInfo` : renvoyer des informations et des statistiques sur une file d’attente.Relaie `lineGetGroupList` : renvoyer les groupes ACD proposés par le centre d’appels.Relaie `lineSetAgentStateEx` : modifier l’état (et l’état suivant) d’un agent désigné par son handle d’agent."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineProxyRequest",
            prefix: "LINEPROXYREQUEST_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 31u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEPROXYREQUEST_SETAGENTGROUP",
                    "LINEPROXYREQUEST_SETAGENTSTATE",
                    "LINEPROXYREQUEST_SETAGENTACTIVITY",
                    "LINEPROXYREQUEST_GETAGENTCAPS",
                    "LINEPROXYREQUEST_GETAGENTSTATUS",
                    "LINEPROXYREQUEST_AGENTSPECIFIC",
                    "LINEPROXYREQUEST_GETAGENTACTIVITYLIST",
                    "LINEPROXYREQUEST_GETAGENTGROUPLIST",
                    "LINEPROXYREQUEST_CREATEAGENT",
                    "LINEPROXYREQUEST_SETAGENTMEASUREMENTPERIOD",
                    "LINEPROXYREQUEST_GETAGENTINFO",
                    "LINEPROXYREQUEST_CREATEAGENTSESSION",
                    "LINEPROXYREQUEST_GETAGENTSESSIONLIST",
                    "LINEPROXYREQUEST_SETAGENTSESSIONSTATE",
                    "LINEPROXYREQUEST_GETAGENTSESSIONINFO",
                    "LINEPROXYREQUEST_GETQUEUELIST",
                    "LINEPROXYREQUEST_SETQUEUEMEASUREMENTPERIOD",
                    "LINEPROXYREQUEST_GETQUEUEINFO",
                    "LINEPROXYREQUEST_GETGROUPLIST",
                    "LINEPROXYREQUEST_SETAGENTSTATEEX",
                ],
                bits: &[
                    1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64, 8u64, 9u64, 10u64, 11u64,
                    12u64, 13u64, 14u64, 15u64, 16u64, 17u64, 18u64, 19u64, 20u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xD8\x01\0\0\0\0\0\0C\x02\0\0\0\0\0\0O\x02\0\0\x02\0\0\0\0\0\xD8\x01\0\0X\0\0\0C\x02\0\0\x86\0\0\0O\x02\0\0f\0\0\0\x02\0\0\0\0\x000\x02\0\0^\0\0\0\xC9\x02\0\0\x8D\0\0\0\xB5\x02\0\0o\0\0\0\x02\0\0\0\0\0\x8E\x02\0\0U\0\0\0V\x03\0\0\x80\0\0\0$\x03\0\0g\0\0\0\x02\0\0\0\0\0\xE3\x02\0\0c\0\0\0\xD6\x03\0\0\x87\0\0\0\x8B\x03\0\0o\0\0\0\x02\0\0\0\0\0F\x03\0\0K\0\0\0]\x04\0\0s\0\0\0\xFA\x03\0\0U\0\0\0\x02\0\0\0\0\0\x91\x03\0\0b\0\0\0\xD0\x04\0\0\x9A\0\0\0O\x04\0\0z\0\0\0\x02\0\0\0\0\0\xF3\x03\0\0V\0\0\0j\x05\0\0\x82\0\0\0\xC9\x04\0\0j\0\0\0\x02\0\0\0\0\0I\x04\0\0L\0\0\0\xEC\x05\0\0\x80\0\0\x003\x05\0\0^\0\0\0\x02\x02\0\0\0\0\x95\x04\0\0G\0\0\0l\x06\0\0m\0\0\0\x91\x05\0\0H\0\0\0\x02\x02\0\0\0\0\xDC\x04\0\0t\0\0\0\xD9\x06\0\0\x9B\0\0\0\xD9\x05\0\0\x86\0\0\0\x02\x02\0\0\0\0P\x05\0\0L\0\0\0t\x07\0\0l\0\0\0_\x06\0\0W\0\0\0\x02\x02\0\0\0\0\x9C\x05\0\0n\0\0\0\xE0\x07\0\0\xA6\0\0\0\xB6\x06\0\0\x81\0\0\0\x02\x02\0\0\0\0\n\x06\0\0N\0\0\0\x86\x08\0\0y\0\0\x007\x07\0\0Q\0\0\0\x02\x02\0\0\0\0X\x06\0\0H\0\0\0\xFF\x08\0\0h\0\0\0\x88\x07\0\0Q\0\0\0\x02\x02\0\0\0\0\xA0\x06\0\0[\0\0\0g\t\0\0z\0\0\0\xD9\x07\0\0k\0\0\0\x02\x02\0\0\0\0\xFB\x06\0\0I\0\0\0\xE1\t\0\0g\0\0\0D\x08\0\0^\0\0\0\x02\x02\0\0\0\0D\x07\0\0h\0\0\0H\n\0\0\x98\0\0\0\xA2\x08\0\0\x84\0\0\0\x02\x02\0\0\0\0\xAC\x07\0\0K\0\0\0\xE0\n\0\0r\0\0\0&\t\0\0c\0\0\0\x02\x02\0\0\0\0\xF7\x07\0\0M\0\0\0R\x0B\0\0p\0\0\0\x89\t\0\0X\0\0\0\x02\x02\0\0\0\0D\x08\0\0k\0\0\0\xC2\x0B\0\0\x9E\0\0\0\xE1\t\0\0y\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEPROXYREQUEST_SETAGENTGROUP",
                        "LINEPROXYREQUEST_SETAGENTSTATE",
                        "LINEPROXYREQUEST_SETAGENTACTIVITY",
                        "LINEPROXYREQUEST_GETAGENTCAPS",
                        "LINEPROXYREQUEST_GETAGENTSTATUS",
                        "LINEPROXYREQUEST_AGENTSPECIFIC",
                        "LINEPROXYREQUEST_GETAGENTACTIVITYLIST",
                        "LINEPROXYREQUEST_GETAGENTGROUPLIST",
                        "LINEPROXYREQUEST_CREATEAGENT",
                        "LINEPROXYREQUEST_SETAGENTMEASUREMENTPERIOD",
                        "LINEPROXYREQUEST_GETAGENTINFO",
                        "LINEPROXYREQUEST_CREATEAGENTSESSION",
                        "LINEPROXYREQUEST_GETAGENTSESSIONLIST",
                        "LINEPROXYREQUEST_SETAGENTSESSIONSTATE",
                        "LINEPROXYREQUEST_GETAGENTSESSIONINFO",
                        "LINEPROXYREQUEST_GETQUEUELIST",
                        "LINEPROXYREQUEST_SETQUEUEMEASUREMENTPERIOD",
                        "LINEPROXYREQUEST_GETQUEUEINFO",
                        "LINEPROXYREQUEST_GETGROUPLIST",
                        "LINEPROXYREQUEST_SETAGENTSTATEEX",
                        "SETAGENTGROUP",
                        "SETAGENTSTATE",
                        "SETAGENTACTIVITY",
                        "GETAGENTCAPS",
                        "GETAGENTSTATUS",
                        "AGENTSPECIFIC",
                        "GETAGENTACTIVITYLIST",
                        "GETAGENTGROUPLIST",
                        "CREATEAGENT",
                        "SETAGENTMEASUREMENTPERIOD",
                        "GETAGENTINFO",
                        "CREATEAGENTSESSION",
                        "GETAGENTSESSIONLIST",
                        "SETAGENTSESSIONSTATE",
                        "GETAGENTSESSIONINFO",
                        "GETQUEUELIST",
                        "SETQUEUEMEASUREMENTPERIOD",
                        "GETQUEUEINFO",
                        "GETGROUPLIST",
                        "SETAGENTSTATEEX",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: true,
                        seed: 4944149664542091734u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\x17\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEPROXYREQUEST_` family (enumeration, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEPROXYREQUEST_SETAGENTGROUP` | `0x00000001` | TAPI 2.0 |\n| `LINEPROXYREQUEST_SETAGENTSTATE` | `0x00000002` | TAPI 2.0 |\n| `LINEPROXYREQUEST_SETAGENTACTIVITY` | `0x00000003` | TAPI 2.0 |\n| `LINEPROXYREQUEST_GETAGENTCAPS` | `0x00000004` | TAPI 2.0 |\n| `LINEPROXYREQUEST_GETAGENTSTATUS` | `0x00000005` | TAPI 2.0 |\n| `LINEPROXYREQUEST_AGENTSPECIFIC` | `0x00000006` | TAPI 2.0 |\n| `LINEPROXYREQUEST_GETAGENTACTIVITYLIST` | `0x00000007` | TAPI 2.0 |\n| `LINEPROXYREQUEST_GETAGENTGROUPLIST` | `0x00000008` | TAPI 2.0 |\n| `LINEPROXYREQUEST_CREATEAGENT` | `0x00000009` | TAPI 2.2 |\n| `LINEPROXYREQUEST_SETAGENTMEASUREMENTPERIOD` | `0x0000000A` | TAPI 2.2 |\n| `LINEPROXYREQUEST_GETAGENTINFO` | `0x0000000B` | TAPI 2.2 |\n| `LINEPROXYREQUEST_CREATEAGENTSESSION` | `0x0000000C` | TAPI 2.2 |\n| `LINEPROXYREQUEST_GETAGENTSESSIONLIST` | `0x0000000D` | TAPI 2.2 |\n| `LINEPROXYREQUEST_SETAGENTSESSIONSTATE` | `0x0000000E` | TAPI 2.2 |\n| `LINEPROXYREQUEST_GETAGENTSESSIONINFO` | `0x0000000F` | TAPI 2.2 |\n| `LINEPROXYREQUEST_GETQUEUELIST` | `0x00000010` | TAPI 2.2 |\n| `LINEPROXYREQUEST_SETQUEUEMEASUREMENTPERIOD` | `0x00000011` | TAPI 2.2 |\n| `LINEPROXYREQUEST_GETQUEUEINFO` | `0x00000012` | TAPI 2.2 |\n| `LINEPROXYREQUEST_GETGROUPLIST` | `0x00000013` | TAPI 2.2 |\n| `LINEPROXYREQUEST_SETAGENTSTATEEX` | `0x00000014` | TAPI 2.2 |\n\n# Deutsch\n\nArten von Callcenter-Anforderungen, die eine Proxy-Anwendung im Auftrag anderer Anwendungen bearbeiten kann; jede entspricht einer `line…`-Funktion für Agenten, Gruppen oder Warteschlangen. Sie werden als Array von `DWORD`-Werten in der Struktur `LINECALLPARAMS` aufgeführt, die mit `LINEOPENOPTION_PROXY` an `lineOpen` übergeben wird, um anzugeben, welche Anforderungen der Proxy annimmt, und stehen in `dwRequestType` der Struktur `LINEPROXYREQUEST`, die mit der Nachricht `LINE_PROXYREQUEST` zugestellt wird; dort geben sie auch an, wie der Rest des Puffers zu lesen ist.\n\n- `LINEPROXYREQUEST_SETAGENTGROUP`: Leitet einen Aufruf von `lineSetAgentGroup` weiter, der die ACD-Gruppen ändert, bei denen ein Agent auf einer Adresse angemeldet ist.\n- `LINEPROXYREQUEST_SETAGENTSTATE`: Leitet einen Aufruf von `lineSetAgentState` weiter, der den Arbeitszustand (und den nächsten Zustand) des Agenten auf einer Adresse ändert.\n- `LINEPROXYREQUEST_SETAGENTACTIVITY`: Leitet einen Aufruf von `lineSetAgentActivity` weiter, der den Aktivitätscode festlegt, den der Agent auf einer Adresse meldet.\n- `LINEPROXYREQUEST_GETAGENTCAPS`: Leitet einen Aufruf von `lineGetAgentCaps` weiter, der die agentenbezogenen Fähigkeiten des Callcenters für eine Adresse zurückgibt.\n- `LINEPROXYREQUEST_GETAGENTSTATUS`: Leitet einen Aufruf von `lineGetAgentStatus` weiter, der den aktuellen Agentenstatus auf einer Adresse zurückgibt.\n- `LINEPROXYREQUEST_AGENTSPECIFIC`: Leitet einen Aufruf von `lineAgentSpecific` weiter, der eine Anforderung zu einer vom Agentenhandler definierten Handlererweiterung an diesen durchreicht.\n- `LINEPROXYREQUEST_GETAGENTACTIVITYLIST`: Leitet einen Aufruf von `lineGetAgentActivityList` weiter, der die Aktivitätscodes zurückgibt, aus denen ein Agent wählen kann.\n- `LINEPROXYREQUEST_GETAGENTGROUPLIST`: Leitet einen Aufruf von `lineGetAgentGroupList` weiter, der die ACD-Gruppen zurückgibt, bei denen sich ein Agent anmelden kann.\n- `LINEPROXYREQUEST_CREATEAGENT`: Leitet einen Aufruf von `lineCreateAgent` weiter, der ein Agentenobjekt anlegt und dessen Handle zurückgibt.\n- `LINEPROXYREQUEST_SETAGENTMEASUREMENTPERIOD`: Leitet einen Aufruf von `lineSetAgentMeasurementPeriod` weiter, der den Zeitraum festlegt, über den das Callcenter Statistiken für einen Agenten erfasst.\n- `LINEPROXYREQUEST_GETAGENTINFO`: Leitet einen Aufruf von `lineGetAgentInfo` weiter, der Angaben und Statistiken zu einem Agenten zurückgibt.\n- `LINEPROXYREQUEST_CREATEAGENTSESSION`: Leitet einen Aufruf von `lineCreateAgentSession` weiter, der eine Agentensitzung beginnt, in der ein Agent auf einer bestimmten Adresse für eine ACD-Gruppe arbeitet.\n- `LINEPROXYREQUEST_GETAGENTSESSIONLIST`: Leitet einen Aufruf von `lineGetAgentSessionList` weiter, der die vorhandenen Agentensitzungen eines Agenten zurückgibt.\n- `LINEPROXYREQUEST_SETAGENTSESSIONSTATE`: Leitet einen Aufruf von `lineSetAgentSessionState` weiter, der den Zustand einer Agentensitzung ändert.\n- `LINEPROXYREQUEST_GETAGENTSESSIONINFO`: Leitet einen Aufruf von `lineGetAgentSessionInfo` weiter, der Angaben und Statistiken zu einer Agentensitzung zurückgibt.\n- `LINEPROXYREQUEST_GETQUEUELIST`: Leitet einen Aufruf von `lineGetQueueList` weiter, der die Warteschlangen einer ACD-Gruppe zurückgibt.\n- `LINEPROXYREQUEST_SETQUEUEMEASUREMENTPERIOD`: Leitet einen Aufruf von `lineSetQueueMeasurementPeriod` weiter, der den Zeitraum festlegt, über den Statistiken für eine Warteschlange erfasst werden.\n- `LINEPROXYREQUEST_GETQUEUEINFO`: Leitet einen Aufruf von `lineGetQueueInfo` weiter, der Angaben und Statistiken zu einer Warteschlange zurückgibt.\n- `LINEPROXYREQUEST_GETGROUPLIST`: Leitet einen Aufruf von `lineGetGroupList` weiter, der die ACD-Gruppen zurückgibt, die das Callcenter anbietet.\n- `LINEPROXYREQUEST_SETAGENTSTATEEX`: Leitet einen Aufruf von `lineSetAgentStateEx` weiter, der den Zustand (und den nächsten Zustand) eines über sein Agentenhandle bezeichneten Agenten ändert.\n\n# Français\n\nTypes de requêtes de centre d’appels qu’une application proxy peut traiter pour le compte d’autres applications ; chacun correspond à une fonction `line…` portant sur les agents, les groupes ou les files d’attente. Listés sous forme de tableau de `DWORD` dans la structure `LINECALLPARAMS` passée à `lineOpen` avec `LINEOPENOPTION_PROXY`, pour indiquer les requêtes acceptées par le proxy, et présents dans `dwRequestType` de la structure `LINEPROXYREQUEST` transmise avec le message `LINE_PROXYREQUEST`, où ils indiquent aussi comment lire le reste de la mémoire tampon.\n\n- `LINEPROXYREQUEST_SETAGENTGROUP`: Relaie `lineSetAgentGroup` : modifier les groupes ACD auxquels un agent est connecté sur une adresse.\n- `LINEPROXYREQUEST_SETAGENTSTATE`: Relaie `lineSetAgentState` : modifier l’état de travail (et l’état suivant) de l’agent sur une adresse.\n- `LINEPROXYREQUEST_SETAGENTACTIVITY`: Relaie `lineSetAgentActivity` : définir le code d’activité déclaré par l’agent sur une adresse.\n- `LINEPROXYREQUEST_GETAGENTCAPS`: Relaie `lineGetAgentCaps` : renvoyer les capacités du centre d’appels relatives aux agents pour une adresse.\n- `LINEPROXYREQUEST_GETAGENTSTATUS`: Relaie `lineGetAgentStatus` : renvoyer l’état actuel de l’agent sur une adresse.\n- `LINEPROXYREQUEST_AGENTSPECIFIC`: Relaie `lineAgentSpecific` : transmettre au gestionnaire d’agents une requête d’extension qu’il définit lui-même.\n- `LINEPROXYREQUEST_GETAGENTACTIVITYLIST`: Relaie `lineGetAgentActivityList` : renvoyer les codes d’activité parmi lesquels un agent peut choisir.\n- `LINEPROXYREQUEST_GETAGENTGROUPLIST`: Relaie `lineGetAgentGroupList` : renvoyer les groupes ACD auxquels un agent peut se connecter.\n- `LINEPROXYREQUEST_CREATEAGENT`: Relaie `lineCreateAgent` : créer un objet agent et renvoyer son handle.\n- `LINEPROXYREQUEST_SETAGENTMEASUREMENTPERIOD`: Relaie `lineSetAgentMeasurementPeriod` : fixer l’intervalle sur lequel le centre d’appels recueille les statistiques d’un agent.\n- `LINEPROXYREQUEST_GETAGENTINFO`: Relaie `lineGetAgentInfo` : renvoyer des informations et des statistiques sur un agent.\n- `LINEPROXYREQUEST_CREATEAGENTSESSION`: Relaie `lineCreateAgentSession` : ouvrir une session dans laquelle un agent travaille pour un groupe ACD sur une adresse donnée.\n- `LINEPROXYREQUEST_GETAGENTSESSIONLIST`: Relaie `lineGetAgentSessionList` : renvoyer les sessions existantes d’un agent.\n- `LINEPROXYREQUEST_SETAGENTSESSIONSTATE`: Relaie `lineSetAgentSessionState` : modifier l’état d’une session d’agent.\n- `LINEPROXYREQUEST_GETAGENTSESSIONINFO`: Relaie `lineGetAgentSessionInfo` : renvoyer des informations et des statistiques sur une session d’agent.\n- `LINEPROXYREQUEST_GETQUEUELIST`: Relaie `lineGetQueueList` : renvoyer les files d’attente qui appartiennent à un groupe ACD.\n- `LINEPROXYREQUEST_SETQUEUEMEASUREMENTPERIOD`: Relaie `lineSetQueueMeasurementPeriod` : fixer l’intervalle sur lequel les statistiques d’une file d’attente sont recueillies.\n- `LINEPROXYREQUEST_GETQUEUEINFO`: Relaie `lineGetQueueInfo` : renvoyer des informations et des statistiques sur une file d’attente.\n- `LINEPROXYREQUEST_GETGROUPLIST`: Relaie `lineGetGroupList` : renvoyer les groupes ACD proposés par le centre d’appels.\n- `LINEPROXYREQUEST_SETAGENTSTATEEX`: Relaie `lineSetAgentStateEx` : modifier l’état (et l’état suivant) d’un agent désigné par son handle d’agent.\n"
    )]
    impl LineProxyRequest {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::SetAgentGroup,
            Self::SetAgentState,
            Self::SetAgentActivity,
            Self::GetAgentCaps,
            Self::GetAgentStatus,
            Self::AgentSpecific,
            Self::GetAgentActivityList,
            Self::GetAgentGroupList,
            Self::CreateAgent,
            Self::SetAgentMeasurementPeriod,
            Self::GetAgentInfo,
            Self::CreateAgentSession,
            Self::GetAgentSessionList,
            Self::SetAgentSessionState,
            Self::GetAgentSessionInfo,
            Self::GetQueueList,
            Self::SetQueueMeasurementPeriod,
            Self::GetQueueInfo,
            Self::GetGroupList,
            Self::SetAgentStateEx,
        ];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::u32 {
            self as ::core::primitive::u32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::u32,
        ) -> ::core::option::Option<Self> {
            match value {
                1 => __tapi::Some(Self::SetAgentGroup),
                2 => __tapi::Some(Self::SetAgentState),
                3 => __tapi::Some(Self::SetAgentActivity),
                4 => __tapi::Some(Self::GetAgentCaps),
                5 => __tapi::Some(Self::GetAgentStatus),
                6 => __tapi::Some(Self::AgentSpecific),
                7 => __tapi::Some(Self::GetAgentActivityList),
                8 => __tapi::Some(Self::GetAgentGroupList),
                9 => __tapi::Some(Self::CreateAgent),
                10 => __tapi::Some(Self::SetAgentMeasurementPeriod),
                11 => __tapi::Some(Self::GetAgentInfo),
                12 => __tapi::Some(Self::CreateAgentSession),
                13 => __tapi::Some(Self::GetAgentSessionList),
                14 => __tapi::Some(Self::SetAgentSessionState),
                15 => __tapi::Some(Self::GetAgentSessionInfo),
                16 => __tapi::Some(Self::GetQueueList),
                17 => __tapi::Some(Self::SetQueueMeasurementPeriod),
                18 => __tapi::Some(Self::GetQueueInfo),
                19 => __tapi::Some(Self::GetGroupList),
                20 => __tapi::Some(Self::SetAgentStateEx),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEPROXYREQUEST_SETAGENTGROUP`; `{:#}` in `format!` gives the short name.
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            INFO.__name_at(self.__tapi_index())
        }
        /// The name without the family prefix.
        #[inline]
        pub const fn short_name(self) -> &'static ::core::primitive::str {
            INFO.__short_name_at(self.__tapi_index())
        }
        /// The description in `lang` (a BCP 47 tag such as `"fr"` or
        /// `"fr-CA"`), falling back to its primary language, then to
        /// English.
        #[inline]
        pub fn description(
            self,
            lang: &::core::primitive::str,
        ) -> &'static ::core::primitive::str {
            ::tapi_consts::ConstFamily::entry(self).description(lang)
        }
        /// The member with this full name, short name or alias, exactly
        /// as written.
        #[inline]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, false)
        }
        /// Like `from_name`, ignoring ASCII case.
        #[inline]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, true)
        }
        #[inline]
        const fn __tapi_index(self) -> ::core::primitive::usize {
            (self as ::core::primitive::u32).wrapping_sub(1) as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineProxyRequest {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineProxyRequest> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineProxyRequest) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineProxyRequest {
        type Error = ::tapi_consts::UnknownValueError<LineProxyRequest>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineProxyRequest {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineProxyRequest {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineProxyRequest, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineProxyRequest);
};
///The `LINEPROXYREQUEST_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineproxyrequest {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::SetAgentGroup`](super::LineProxyRequest::SetAgentGroup)."
    )]
    pub const LINEPROXYREQUEST_SETAGENTGROUP: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::SetAgentState`](super::LineProxyRequest::SetAgentState)."
    )]
    pub const LINEPROXYREQUEST_SETAGENTSTATE: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::SetAgentActivity`](super::LineProxyRequest::SetAgentActivity)."
    )]
    pub const LINEPROXYREQUEST_SETAGENTACTIVITY: ::core::primitive::u32 = 3;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::GetAgentCaps`](super::LineProxyRequest::GetAgentCaps)."
    )]
    pub const LINEPROXYREQUEST_GETAGENTCAPS: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::GetAgentStatus`](super::LineProxyRequest::GetAgentStatus)."
    )]
    pub const LINEPROXYREQUEST_GETAGENTSTATUS: ::core::primitive::u32 = 5;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::AgentSpecific`](super::LineProxyRequest::AgentSpecific)."
    )]
    pub const LINEPROXYREQUEST_AGENTSPECIFIC: ::core::primitive::u32 = 6;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::GetAgentActivityList`](super::LineProxyRequest::GetAgentActivityList)."
    )]
    pub const LINEPROXYREQUEST_GETAGENTACTIVITYLIST: ::core::primitive::u32 = 7;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::GetAgentGroupList`](super::LineProxyRequest::GetAgentGroupList)."
    )]
    pub const LINEPROXYREQUEST_GETAGENTGROUPLIST: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::CreateAgent`](super::LineProxyRequest::CreateAgent)."
    )]
    pub const LINEPROXYREQUEST_CREATEAGENT: ::core::primitive::u32 = 9;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::SetAgentMeasurementPeriod`](super::LineProxyRequest::SetAgentMeasurementPeriod)."
    )]
    pub const LINEPROXYREQUEST_SETAGENTMEASUREMENTPERIOD: ::core::primitive::u32 = 10;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::GetAgentInfo`](super::LineProxyRequest::GetAgentInfo)."
    )]
    pub const LINEPROXYREQUEST_GETAGENTINFO: ::core::primitive::u32 = 11;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::CreateAgentSession`](super::LineProxyRequest::CreateAgentSession)."
    )]
    pub const LINEPROXYREQUEST_CREATEAGENTSESSION: ::core::primitive::u32 = 12;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::GetAgentSessionList`](super::LineProxyRequest::GetAgentSessionList)."
    )]
    pub const LINEPROXYREQUEST_GETAGENTSESSIONLIST: ::core::primitive::u32 = 13;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::SetAgentSessionState`](super::LineProxyRequest::SetAgentSessionState)."
    )]
    pub const LINEPROXYREQUEST_SETAGENTSESSIONSTATE: ::core::primitive::u32 = 14;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::GetAgentSessionInfo`](super::LineProxyRequest::GetAgentSessionInfo)."
    )]
    pub const LINEPROXYREQUEST_GETAGENTSESSIONINFO: ::core::primitive::u32 = 15;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::GetQueueList`](super::LineProxyRequest::GetQueueList)."
    )]
    pub const LINEPROXYREQUEST_GETQUEUELIST: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::SetQueueMeasurementPeriod`](super::LineProxyRequest::SetQueueMeasurementPeriod)."
    )]
    pub const LINEPROXYREQUEST_SETQUEUEMEASUREMENTPERIOD: ::core::primitive::u32 = 17;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::GetQueueInfo`](super::LineProxyRequest::GetQueueInfo)."
    )]
    pub const LINEPROXYREQUEST_GETQUEUEINFO: ::core::primitive::u32 = 18;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::GetGroupList`](super::LineProxyRequest::GetGroupList)."
    )]
    pub const LINEPROXYREQUEST_GETGROUPLIST: ::core::primitive::u32 = 19;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyRequest::SetAgentStateEx`](super::LineProxyRequest::SetAgentStateEx)."
    )]
    pub const LINEPROXYREQUEST_SETAGENTSTATEEX: ::core::primitive::u32 = 20;
}
/// Kinds of assisted-telephony request that one application passes to another through TAPI.
///
/// Passed as `dwRequestMode` to `lineRegisterRequestRecipient` and `lineGetRequest`, and carried in
/// `dwParam1` of the `LINE_REQUEST` message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineRequestMode {
    /// A request made with `tapiRequestMakeCall`, asking the recipient application to place a
    /// voice call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEREQUESTMODE_MAKECALL` = `0x00000001`")]
    MakeCall = 0x0000_0001,
    /// A media-call request (`tapiRequestMediaCall`), which asked the recipient to place a call
    /// with a given media mode. Obsolete; do not use.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEREQUESTMODE_MEDIACALL` = `0x00000002`")]
    MediaCall = 0x0000_0002,
    /// A `tapiRequestDrop` request, which closes a call request made earlier with
    /// `tapiRequestMediaCall`. Like that function, it is obsolete and no longer works.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEREQUESTMODE_DROP` = `0x00000004`")]
    Drop = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of assisted-telephony request that one application passes to another through TAPI.\n\nPassed as `dwRequestMode` to `lineRegisterRequestRecipient` and `lineGetRequest`, and carried in `dwParam1` of the `LINE_REQUEST` message.A request made with `tapiRequestMakeCall`, asking the recipient application to place a voice call.A media-call request (`tapiRequestMediaCall`), which asked the recipient to place a call with a given media mode. Obsolete; do not use.A `tapiRequestDrop` request, which closes a call request made earlier with `tapiRequestMediaCall`. Like that function, it is obsolete and no longer works."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Anforderungen der unterstützten Telefonie, die eine Anwendung über TAPI an eine andere weitergibt. Sie werden als `dwRequestMode` an `lineRegisterRequestRecipient` und `lineGetRequest` übergeben und in `dwParam1` der Nachricht `LINE_REQUEST` übermittelt.Mit `tapiRequestMakeCall` gestellte Anforderung, mit der die Empfängeranwendung gebeten wird, einen Sprachanruf zu tätigen.Anforderung eines Medienanrufs (`tapiRequestMediaCall`), mit der der Empfänger gebeten wurde, einen Anruf in einem bestimmten Medienmodus zu tätigen. Veraltet; nicht verwenden.Anforderung `tapiRequestDrop`, die eine zuvor mit `tapiRequestMediaCall` gestellte Anrufanforderung beendet. Wie diese Funktion ist sie veraltet und funktioniert nicht mehr."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de requêtes de téléphonie assistée qu’une application transmet à une autre par l’intermédiaire de TAPI. Passés comme `dwRequestMode` à `lineRegisterRequestRecipient` et `lineGetRequest`, et transmis dans `dwParam1` du message `LINE_REQUEST`.Requête émise avec `tapiRequestMakeCall`, qui demande à l’application destinataire de passer un appel vocal.Requête d’appel avec média (`tapiRequestMediaCall`), qui demandait au destinataire de passer un appel dans un mode de média donné. Obsolète ; ne pas utiliser.Requête `tapiRequestDrop`, qui clôt une demande d’appel faite auparavant avec `tapiRequestMediaCall`. Comme cette fonction, elle est obsolète et ne fonctionne plus."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineRequestMode",
            prefix: "LINEREQUESTMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEREQUESTMODE_MAKECALL",
                    "LINEREQUESTMODE_MEDIACALL",
                    "LINEREQUESTMODE_DROP",
                ],
                bits: &[1u64, 2u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xE4\0\0\0\0\0\0\0\x0C\x01\0\0\0\0\0\0\x03\x01\0\0\xFF\xFF\0\0\0\0\xE4\0\0\0b\0\0\0\x0C\x01\0\0}\0\0\0\x03\x01\0\0q\0\0\0\xFF\xFF\0\0\0\0F\x01\0\0\x87\0\0\0\x89\x01\0\0\xB2\0\0\0t\x01\0\0\xA5\0\0\0\xFF\xFF\0\0\0\0\xCD\x01\0\0\x9A\0\0\0;\x02\0\0\xAD\0\0\0\x19\x02\0\0\xA9\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEREQUESTMODE_MAKECALL",
                        "LINEREQUESTMODE_MEDIACALL",
                        "LINEREQUESTMODE_DROP",
                        "MAKECALL",
                        "MEDIACALL",
                        "DROP",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEREQUESTMODE_MAKECALL",
                        " | LINEREQUESTMODE_MEDIACALL",
                        " | LINEREQUESTMODE_DROP",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 16240640158330268813u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEREQUESTMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineRequestMode>`](::tapi_consts::Flags), named [`LineRequestModeSet`](crate::families::LineRequestModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINEREQUESTMODE_MAKECALL` | `0x00000001` |\n| `LINEREQUESTMODE_MEDIACALL` | `0x00000002` |\n| `LINEREQUESTMODE_DROP` | `0x00000004` |\n\n# Deutsch\n\nArten von Anforderungen der unterstützten Telefonie, die eine Anwendung über TAPI an eine andere weitergibt. Sie werden als `dwRequestMode` an `lineRegisterRequestRecipient` und `lineGetRequest` übergeben und in `dwParam1` der Nachricht `LINE_REQUEST` übermittelt.\n\n- `LINEREQUESTMODE_MAKECALL`: Mit `tapiRequestMakeCall` gestellte Anforderung, mit der die Empfängeranwendung gebeten wird, einen Sprachanruf zu tätigen.\n- `LINEREQUESTMODE_MEDIACALL`: Anforderung eines Medienanrufs (`tapiRequestMediaCall`), mit der der Empfänger gebeten wurde, einen Anruf in einem bestimmten Medienmodus zu tätigen. Veraltet; nicht verwenden.\n- `LINEREQUESTMODE_DROP`: Anforderung `tapiRequestDrop`, die eine zuvor mit `tapiRequestMediaCall` gestellte Anrufanforderung beendet. Wie diese Funktion ist sie veraltet und funktioniert nicht mehr.\n\n# Français\n\nTypes de requêtes de téléphonie assistée qu’une application transmet à une autre par l’intermédiaire de TAPI. Passés comme `dwRequestMode` à `lineRegisterRequestRecipient` et `lineGetRequest`, et transmis dans `dwParam1` du message `LINE_REQUEST`.\n\n- `LINEREQUESTMODE_MAKECALL`: Requête émise avec `tapiRequestMakeCall`, qui demande à l’application destinataire de passer un appel vocal.\n- `LINEREQUESTMODE_MEDIACALL`: Requête d’appel avec média (`tapiRequestMediaCall`), qui demandait au destinataire de passer un appel dans un mode de média donné. Obsolète ; ne pas utiliser.\n- `LINEREQUESTMODE_DROP`: Requête `tapiRequestDrop`, qui clôt une demande d’appel faite auparavant avec `tapiRequestMediaCall`. Comme cette fonction, elle est obsolète et ne fonctionne plus.\n"
    )]
    impl LineRequestMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::MakeCall, Self::MediaCall, Self::Drop];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::u32 {
            self as ::core::primitive::u32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::u32,
        ) -> ::core::option::Option<Self> {
            match value {
                1 => __tapi::Some(Self::MakeCall),
                2 => __tapi::Some(Self::MediaCall),
                4 => __tapi::Some(Self::Drop),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEREQUESTMODE_MAKECALL`; `{:#}` in `format!` gives the short name.
        #[inline]
        pub const fn name(self) -> &'static ::core::primitive::str {
            INFO.__name_at(self.__tapi_index())
        }
        /// The name without the family prefix.
        #[inline]
        pub const fn short_name(self) -> &'static ::core::primitive::str {
            INFO.__short_name_at(self.__tapi_index())
        }
        /// The description in `lang` (a BCP 47 tag such as `"fr"` or
        /// `"fr-CA"`), falling back to its primary language, then to
        /// English.
        #[inline]
        pub fn description(
            self,
            lang: &::core::primitive::str,
        ) -> &'static ::core::primitive::str {
            ::tapi_consts::ConstFamily::entry(self).description(lang)
        }
        /// The member with this full name, short name or alias, exactly
        /// as written.
        #[inline]
        pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, false)
        }
        /// Like `from_name`, ignoring ASCII case.
        #[inline]
        pub fn from_name_ignore_case(
            name: &::core::primitive::str,
        ) -> ::core::option::Option<Self> {
            __tapi::member_by_name(name, true)
        }
        #[inline]
        const fn __tapi_index(self) -> ::core::primitive::usize {
            (self as ::core::primitive::u32).trailing_zeros() as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineRequestMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineRequestMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineRequestMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineRequestMode {
        type Error = ::tapi_consts::UnknownValueError<LineRequestMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineRequestMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineRequestMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineRequestMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineRequestMode {
        type Output = ::tapi_consts::Flags<LineRequestMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineRequestMode> {
            <::tapi_consts::Flags<
                LineRequestMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineRequestMode>> for LineRequestMode {
        type Output = ::tapi_consts::Flags<LineRequestMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineRequestMode>,
        ) -> ::tapi_consts::Flags<LineRequestMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineRequestMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineRequestMode);
};
///The `LINEREQUESTMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linerequestmode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineRequestMode::MakeCall`](super::LineRequestMode::MakeCall)."
    )]
    pub const LINEREQUESTMODE_MAKECALL: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineRequestMode::MediaCall`](super::LineRequestMode::MediaCall)."
    )]
    pub const LINEREQUESTMODE_MEDIACALL: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineRequestMode::Drop`](super::LineRequestMode::Drop)."
    )]
    pub const LINEREQUESTMODE_DROP: ::core::primitive::u32 = 4;
}
