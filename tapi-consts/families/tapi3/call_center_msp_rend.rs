//! TAPI 3 call centres (`Tapi3cc.h`, described in German too), media service provider events
//! (`Msp.h`), the MSP base classes' stream states (`MspStrm.h`) and Rendezvous directories
//! (`REND.h`).
//!
//! The five `IDISP*` dispatch masks of `REND.h` cannot be a family (no `_` prefix, two values
//! shared between unrelated interfaces); they are proposed, commented out, at the end.

use tapi_consts::ConstFamily;

// ---------------------------------------------------------------------------------------------
// Tapi3cc.h: call-centre (ACD) objects of TAPI 3
// ---------------------------------------------------------------------------------------------

/// States of a TAPI 3 agent object, set with `ITAgent::put_State` and read with
/// `ITAgent::get_State`.
///
/// The values count from 0, whereas `lineSetAgentStateEx`, the TAPI 2.2 function that
/// `put_State` wraps, takes the matching `LINEAGENTSTATEEX_` bits (`AS_READY` = 1 there is
/// `LINEAGENTSTATEEX_READY` = 0x2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "AS_",
    c_type = "AGENT_STATE",
    header = "Tapi3cc.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "États d’un objet agent de TAPI 3, définis par `ITAgent::put_State` et lus par `ITAgent::get_State`. Les valeurs comptent à partir de 0, alors que `lineSetAgentStateEx`, la fonction TAPI 2.2 qu’enveloppe `put_State`, prend les bits `LINEAGENTSTATEEX_` correspondants (`AS_READY` = 1 y devient `LINEAGENTSTATEEX_READY` = 0x2).",
    de = "Zustände eines TAPI-3-Agentenobjekts, die mit `ITAgent::put_State` gesetzt und mit `ITAgent::get_State` gelesen werden. Die Werte zählen ab 0, während `lineSetAgentStateEx`, die von `put_State` gekapselte TAPI-2.2-Funktion, die entsprechenden Bits `LINEAGENTSTATEEX_` erwartet (aus `AS_READY` = 1 wird dort `LINEAGENTSTATEEX_READY` = 0x2)."
))]
pub enum AgentState {
    /// The agent is logged in but not available for calls, for example during a break.
    #[tapi(name = "NOT_READY")]
    #[tapi(doc(
        fr = "L’agent est connecté mais n’est pas disponible pour des appels, par exemple pendant une pause.",
        de = "Der Agent ist angemeldet, steht aber nicht für Anrufe bereit, etwa während einer Pause."
    ))]
    NotReady = 0,
    /// The agent is ready to take calls.
    #[tapi(doc(
        fr = "L’agent est prêt à prendre des appels.",
        de = "Der Agent ist bereit und kann Anrufe annehmen."
    ))]
    Ready = 1,
    /// The agent is busy with a call that an ACD queue has delivered.
    #[tapi(name = "BUSY_ACD")]
    #[tapi(doc(
        fr = "L’agent est occupé par un appel que lui a remis une file d’attente ACD.",
        de = "Der Agent ist mit einem Anruf beschäftigt, den ihm eine ACD-Warteschlange zugeleitet hat."
    ))]
    BusyAcd = 2,
    /// The agent is busy with an incoming call that did not come through the ACD.
    #[tapi(name = "BUSY_INCOMING")]
    #[tapi(doc(
        fr = "L’agent est occupé par un appel entrant qui n’est pas passé par l’ACD.",
        de = "Der Agent ist mit einem eingehenden Anruf beschäftigt, der nicht über die ACD kam."
    ))]
    BusyIncoming = 3,
    /// The agent is busy with an outgoing call.
    #[tapi(name = "BUSY_OUTGOING")]
    #[tapi(doc(
        fr = "L’agent est occupé par un appel sortant.",
        de = "Der Agent ist mit einem ausgehenden Anruf beschäftigt."
    ))]
    BusyOutgoing = 4,
    /// The agent's state is not known.
    #[tapi(doc(
        fr = "L’état de l’agent n’est pas connu.",
        de = "Der Zustand des Agenten ist nicht bekannt."
    ))]
    Unknown = 5,
}

/// States of a TAPI 3 agent session, set with `ITAgentSession::put_State` and read with
/// `ITAgentSession::get_State`.
///
/// The values count from 0, whereas `lineSetAgentSessionState`, which `put_State` wraps,
/// takes the matching `LINEAGENTSESSIONSTATE_` bits (value n there is the bit `1 << n`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "ASST_",
    c_type = "AGENT_SESSION_STATE",
    header = "Tapi3cc.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "États d’une session d’agent de TAPI 3, définis par `ITAgentSession::put_State` et lus par `ITAgentSession::get_State`. Les valeurs comptent à partir de 0, alors que `lineSetAgentSessionState`, qu’enveloppe `put_State`, prend les bits `LINEAGENTSESSIONSTATE_` correspondants (la valeur n y devient le bit `1 << n`).",
    de = "Zustände einer TAPI-3-Agentensitzung, die mit `ITAgentSession::put_State` gesetzt und mit `ITAgentSession::get_State` gelesen werden. Die Werte zählen ab 0, während das von `put_State` gekapselte `lineSetAgentSessionState` die entsprechenden Bits `LINEAGENTSESSIONSTATE_` erwartet (aus dem Wert n wird dort das Bit `1 << n`)."
))]
pub enum AgentSessionState {
    /// The agent cannot handle calls for this session at the moment.
    #[tapi(name = "NOT_READY")]
    #[tapi(doc(
        fr = "L’agent ne peut pas traiter d’appels pour cette session pour le moment.",
        de = "Der Agent kann in dieser Agentensitzung vorerst keine Anrufe bearbeiten."
    ))]
    NotReady = 0,
    /// The agent can handle calls for this session.
    #[tapi(doc(
        fr = "L’agent peut traiter des appels pour cette session.",
        de = "Der Agent kann in dieser Agentensitzung Anrufe bearbeiten."
    ))]
    Ready = 1,
    /// The agent is working, in this session, on a call that the ACD has delivered.
    #[tapi(name = "BUSY_ON_CALL")]
    #[tapi(doc(
        fr = "L’agent traite, dans cette session, un appel que l’ACD lui a distribué.",
        de = "Der Agent bearbeitet in dieser Agentensitzung einen Anruf, den ihm die ACD zugeteilt hat."
    ))]
    BusyOnCall = 2,
    /// The agent is doing, in this session, the wrap-up work that follows an ACD call.
    #[tapi(name = "BUSY_WRAPUP")]
    #[tapi(doc(
        fr = "L’agent effectue, dans cette session, le post-traitement d’un appel ACD.",
        de = "Der Agent erledigt in dieser Agentensitzung die Nachbearbeitung eines ACD-Anrufs."
    ))]
    BusyWrapUp = 3,
    /// The session is over; no other state can follow it.
    #[tapi(name = "SESSION_ENDED")]
    #[tapi(doc(
        fr = "La session est terminée ; aucun autre état ne peut lui succéder.",
        de = "Die Agentensitzung ist beendet; auf diesen Zustand kann kein anderer mehr folgen."
    ))]
    SessionEnded = 4,
}

/// Kinds of agent event, returned by `ITAgentEvent::get_Event` when TAPI reports a change of
/// an agent object (event `TE_AGENT`).
///
/// Each member names the state the agent has just entered, with the same number as the
/// `AGENT_STATE` member of that state (`AE_READY` = `AS_READY` = 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "AE_",
    c_type = "AGENT_EVENT",
    header = "Tapi3cc.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements d’agent, renvoyés par `ITAgentEvent::get_Event` lorsque TAPI signale un changement d’un objet agent (événement `TE_AGENT`). Chaque membre désigne l’état dans lequel l’agent vient de passer et porte le même numéro que le membre `AGENT_STATE` de cet état (`AE_READY` = `AS_READY` = 1).",
    de = "Arten von Agentenereignissen, die `ITAgentEvent::get_Event` liefert, wenn TAPI eine Änderung an einem Agentenobjekt meldet (Ereignis `TE_AGENT`). Jeder Wert nennt den Zustand, in den der Agent gerade gewechselt ist, und trägt dieselbe Nummer wie das Mitglied von `AGENT_STATE` für diesen Zustand (`AE_READY` = `AS_READY` = 1)."
))]
pub enum AgentEvent {
    /// The agent has become unable to handle calls.
    #[tapi(name = "NOT_READY")]
    #[tapi(doc(
        fr = "L’agent n’est plus en mesure de traiter des appels.",
        de = "Der Agent kann keine Anrufe mehr bearbeiten."
    ))]
    NotReady = 0,
    /// The agent has become able to handle calls.
    #[tapi(doc(
        fr = "L’agent est désormais en mesure de traiter des appels.",
        de = "Der Agent kann jetzt Anrufe bearbeiten."
    ))]
    Ready = 1,
    /// The agent is now handling an ACD call.
    #[tapi(name = "BUSY_ACD")]
    #[tapi(doc(
        fr = "L’agent traite désormais un appel ACD.",
        de = "Der Agent bearbeitet jetzt einen ACD-Anruf."
    ))]
    BusyAcd = 2,
    /// The agent is now handling an incoming call that did not come through the ACD.
    #[tapi(name = "BUSY_INCOMING")]
    #[tapi(doc(
        fr = "L’agent traite désormais un appel entrant qui n’est pas passé par l’ACD.",
        de = "Der Agent bearbeitet jetzt einen eingehenden Anruf, der nicht über die ACD kam."
    ))]
    BusyIncoming = 3,
    /// The agent is now handling an outgoing call outside the ACD.
    #[tapi(name = "BUSY_OUTGOING")]
    #[tapi(doc(
        fr = "L’agent traite désormais un appel sortant hors ACD.",
        de = "Der Agent bearbeitet jetzt einen ausgehenden Anruf außerhalb der ACD."
    ))]
    BusyOutgoing = 4,
    /// The agent's new state is not known.
    #[tapi(doc(
        fr = "Le nouvel état de l’agent n’est pas connu.",
        de = "Der neue Zustand des Agenten ist nicht bekannt."
    ))]
    Unknown = 5,
}

/// Kinds of agent session event, returned by `ITAgentSessionEvent::get_Event` (event
/// `TE_AGENTSESSION`).
///
/// Apart from `ASE_NEW_SESSION`, each member reports the state the session has just entered
/// and is one more than the matching `AGENT_SESSION_STATE` value (`ASE_READY` = 2,
/// `ASST_READY` = 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "ASE_",
    c_type = "AGENT_SESSION_EVENT",
    header = "Tapi3cc.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements de session d’agent, renvoyés par `ITAgentSessionEvent::get_Event` (événement `TE_AGENTSESSION`). Hormis `ASE_NEW_SESSION`, chaque membre signale l’état dans lequel la session vient de passer et vaut un de plus que la valeur `AGENT_SESSION_STATE` correspondante (`ASE_READY` = 2, `ASST_READY` = 1).",
    de = "Arten von Ereignissen einer Agentensitzung, die `ITAgentSessionEvent::get_Event` liefert (Ereignis `TE_AGENTSESSION`). Abgesehen von `ASE_NEW_SESSION` meldet jeder Wert den Zustand, in den die Agentensitzung gerade gewechselt ist, und ist um eins größer als der entsprechende Wert von `AGENT_SESSION_STATE` (`ASE_READY` = 2, `ASST_READY` = 1)."
))]
pub enum AgentSessionEvent {
    /// An agent session has just been created.
    #[tapi(name = "NEW_SESSION")]
    #[tapi(doc(
        fr = "Une session d’agent vient d’être créée.",
        de = "Eine Agentensitzung wurde soeben angelegt."
    ))]
    NewSession = 0,
    /// The agent can no longer handle calls for this session.
    #[tapi(name = "NOT_READY")]
    #[tapi(doc(
        fr = "L’agent ne peut plus traiter d’appels pour cette session.",
        de = "Der Agent kann in dieser Agentensitzung keine Anrufe mehr bearbeiten."
    ))]
    NotReady = 1,
    /// The agent can now handle calls for this session.
    #[tapi(doc(
        fr = "L’agent peut désormais traiter des appels pour cette session.",
        de = "Der Agent kann in dieser Agentensitzung jetzt Anrufe bearbeiten."
    ))]
    Ready = 2,
    /// The agent is now handling an ACD call in this session.
    #[tapi(doc(
        fr = "L’agent traite désormais un appel ACD dans cette session.",
        de = "Der Agent bearbeitet in dieser Agentensitzung jetzt einen ACD-Anruf."
    ))]
    Busy = 3,
    /// The agent has moved on to the wrap-up work of an ACD call in this session.
    #[tapi(doc(
        fr = "L’agent est passé au post-traitement d’un appel ACD dans cette session.",
        de = "Der Agent hat in dieser Agentensitzung mit der Nachbearbeitung eines ACD-Anrufs begonnen."
    ))]
    WrapUp = 4,
    /// The agent session has come to an end.
    #[tapi(doc(
        fr = "La session d’agent a pris fin.",
        de = "Die Agentensitzung ist zu Ende gegangen."
    ))]
    End = 5,
}

/// Kinds of agent handler event, returned by `ITAgentHandlerEvent::get_Event` (event
/// `TE_AGENTHANDLER`).
///
/// An agent handler stands for the switch or software that hands calls to a group of agents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "AHE_",
    c_type = "AGENTHANDLER_EVENT",
    header = "Tapi3cc.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements de gestionnaire d’agents, renvoyés par `ITAgentHandlerEvent::get_Event` (événement `TE_AGENTHANDLER`). Un gestionnaire d’agents représente le commutateur ou le logiciel qui distribue les appels à un groupe d’agents.",
    de = "Arten von Agentenhandler-Ereignissen, die `ITAgentHandlerEvent::get_Event` liefert (Ereignis `TE_AGENTHANDLER`). Ein Agentenhandler steht für die Vermittlung oder die Software, die Anrufe an eine Gruppe von Agenten verteilt."
))]
pub enum AgentHandlerEvent {
    /// A new agent handler is available to the application.
    #[tapi(name = "NEW_AGENTHANDLER")]
    #[tapi(doc(
        fr = "Un nouveau gestionnaire d’agents est à la disposition de l’application.",
        de = "Der Anwendung steht ein neuer Agentenhandler zur Verfügung."
    ))]
    NewAgentHandler = 0,
    /// An agent handler is no longer available to the application.
    #[tapi(name = "AGENTHANDLER_REMOVED")]
    #[tapi(doc(
        fr = "Un gestionnaire d’agents n’est plus à la disposition de l’application.",
        de = "Ein Agentenhandler steht der Anwendung nicht mehr zur Verfügung."
    ))]
    AgentHandlerRemoved = 1,
}

/// Kinds of ACD queue event, returned by `ITQueueEvent::get_Event` (event `TE_QUEUE`).
///
/// A queue holds calls inside the ACD until an agent can take them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "ACDQE_",
    c_type = "ACDQUEUE_EVENT",
    header = "Tapi3cc.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements de file d’attente ACD, renvoyés par `ITQueueEvent::get_Event` (événement `TE_QUEUE`). Une file d’attente retient les appels dans l’ACD jusqu’à ce qu’un agent puisse les prendre.",
    de = "Arten von Ereignissen zu ACD-Warteschlangen, die `ITQueueEvent::get_Event` liefert (Ereignis `TE_QUEUE`). Eine Warteschlange hält Anrufe in der ACD fest, bis ein Agent sie annehmen kann."
))]
pub enum AcdQueueEvent {
    /// A new ACD queue is now available.
    #[tapi(name = "NEW_QUEUE")]
    #[tapi(doc(
        fr = "Une nouvelle file d’attente ACD est disponible.",
        de = "Eine neue ACD-Warteschlange ist verfügbar."
    ))]
    NewQueue = 0,
    /// An ACD queue is no longer available.
    #[tapi(name = "QUEUE_REMOVED")]
    #[tapi(doc(
        fr = "Une file d’attente ACD n’est plus disponible.",
        de = "Eine ACD-Warteschlange ist nicht mehr verfügbar."
    ))]
    QueueRemoved = 1,
}

/// Kinds of ACD group event, returned by `ITACDGroupEvent::get_Event` (event `TE_ACDGROUP`).
///
/// An ACD group stands for one class of calls that needs a particular kind of handling; one or
/// more queues serve it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "ACDGE_",
    c_type = "ACDGROUP_EVENT",
    header = "Tapi3cc.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements de groupe ACD, renvoyés par `ITACDGroupEvent::get_Event` (événement `TE_ACDGROUP`). Un groupe ACD représente une catégorie d’appels qui demande un traitement particulier et que desservent une ou plusieurs files d’attente.",
    de = "Arten von Ereignissen zu ACD-Gruppen, die `ITACDGroupEvent::get_Event` liefert (Ereignis `TE_ACDGROUP`). Eine ACD-Gruppe steht für eine Art von Anrufen, die eine bestimmte Behandlung erfordert, und wird von einer oder mehreren Warteschlangen bedient."
))]
pub enum AcdGroupEvent {
    /// A new ACD group is now available.
    #[tapi(name = "NEW_GROUP")]
    #[tapi(doc(
        fr = "Un nouveau groupe ACD est disponible.",
        de = "Eine neue ACD-Gruppe ist verfügbar."
    ))]
    NewGroup = 0,
    /// An ACD group is no longer available.
    #[tapi(name = "GROUP_REMOVED")]
    #[tapi(doc(
        fr = "Un groupe ACD n’est plus disponible.",
        de = "Eine ACD-Gruppe ist nicht mehr verfügbar."
    ))]
    GroupRemoved = 1,
}

// ---------------------------------------------------------------------------------------------
// Msp.h: events of a media service provider (MSP)
// ---------------------------------------------------------------------------------------------

/// Kinds of event a media service provider (MSP) reports to TAPI 3; the value says which
/// structure of the union in `MSP_EVENT_INFO` is filled in.
///
/// TAPI reads these events from the MSP's address object with `ITMSPAddress::GetEvent`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(prefix = "ME_", c_type = "MSP_EVENT", header = "Msp.h", since = "3.0")]
#[tapi(doc(
    fr = "Types d’événements qu’un MSP (fournisseur de services de média) signale à TAPI 3 ; la valeur indique quelle structure de l’union de `MSP_EVENT_INFO` est remplie. TAPI lit ces événements sur l’objet adresse du MSP au moyen de `ITMSPAddress::GetEvent`.",
    de = "Arten von Ereignissen, die ein MSP (Mediendienstanbieter) an TAPI 3 meldet; der Wert gibt an, welche Struktur der Union in `MSP_EVENT_INFO` ausgefüllt ist. TAPI liest diese Ereignisse mit `ITMSPAddress::GetEvent` aus dem Adressobjekt des MSP."
))]
pub enum MspEvent {
    /// The event concerns an address of the MSP; the data is an `MSP_ADDRESS_EVENT_INFO`
    /// structure.
    #[tapi(name = "ADDRESS_EVENT")]
    #[tapi(doc(
        fr = "L’événement concerne une adresse du MSP ; les données forment une structure `MSP_ADDRESS_EVENT_INFO`.",
        de = "Das Ereignis betrifft eine Adresse des MSP; die Daten liegen als Struktur `MSP_ADDRESS_EVENT_INFO` vor."
    ))]
    AddressEvent = 0,
    /// The event concerns the streams or terminals of a call; the data is an
    /// `MSP_CALL_EVENT_INFO` structure.
    #[tapi(name = "CALL_EVENT")]
    #[tapi(doc(
        fr = "L’événement concerne les flux de média ou les terminaux d’un appel ; les données forment une structure `MSP_CALL_EVENT_INFO`.",
        de = "Das Ereignis betrifft die Medienströme oder Terminals eines Anrufs; die Daten liegen als Struktur `MSP_CALL_EVENT_INFO` vor."
    ))]
    CallEvent = 1,
    /// The MSP hands an opaque buffer for its telephony service provider (TSP) to TAPI; the data
    /// is an `MSP_TSP_DATA` structure.
    #[tapi(name = "TSP_DATA")]
    #[tapi(doc(
        fr = "Le MSP confie à TAPI une mémoire tampon opaque destinée à son fournisseur de services téléphoniques (TSP) ; les données forment une structure `MSP_TSP_DATA`.",
        de = "Der MSP übergibt TAPI einen opaken Puffer für seinen Telefonie-Dienstanbieter (TSP); die Daten liegen als Struktur `MSP_TSP_DATA` vor."
    ))]
    TspData = 2,
    /// The event is specific to the provider and concerns a private object; the data is an
    /// `MSP_PRIVATE_EVENT_INFO` structure.
    #[tapi(name = "PRIVATE_EVENT")]
    #[tapi(doc(
        fr = "L’événement est propre au fournisseur et concerne un objet privé ; les données forment une structure `MSP_PRIVATE_EVENT_INFO`.",
        de = "Das Ereignis ist anbieterspezifisch und betrifft ein privates Objekt; die Daten liegen als Struktur `MSP_PRIVATE_EVENT_INFO` vor."
    ))]
    PrivateEvent = 3,
    /// The event comes from an automatic speech recognition (ASR) terminal; the data is an
    /// `MSP_ASR_TERMINAL_EVENT_INFO` structure.
    #[tapi(name = "ASR_TERMINAL_EVENT", since = "3.1")]
    #[tapi(doc(
        fr = "L’événement provient d’un terminal de reconnaissance automatique de la parole (ASR) ; les données forment une structure `MSP_ASR_TERMINAL_EVENT_INFO`.",
        de = "Das Ereignis stammt von einem Terminal für automatische Spracherkennung (ASR); die Daten liegen als Struktur `MSP_ASR_TERMINAL_EVENT_INFO` vor."
    ))]
    AsrTerminalEvent = 4,
    /// The event comes from a text-to-speech (TTS) terminal; the data is an
    /// `MSP_TTS_TERMINAL_EVENT_INFO` structure.
    #[tapi(name = "TTS_TERMINAL_EVENT", since = "3.1")]
    #[tapi(doc(
        fr = "L’événement provient d’un terminal de synthèse vocale (TTS) ; les données forment une structure `MSP_TTS_TERMINAL_EVENT_INFO`.",
        de = "Das Ereignis stammt von einem Terminal für Sprachsynthese (TTS); die Daten liegen als Struktur `MSP_TTS_TERMINAL_EVENT_INFO` vor."
    ))]
    TtsTerminalEvent = 5,
    /// The event comes from a file terminal, which plays or records a file; the data is an
    /// `MSP_FILE_TERMINAL_EVENT_INFO` structure.
    #[tapi(name = "FILE_TERMINAL_EVENT", since = "3.1")]
    #[tapi(doc(
        fr = "L’événement provient d’un terminal de fichier, qui lit ou enregistre un fichier ; les données forment une structure `MSP_FILE_TERMINAL_EVENT_INFO`.",
        de = "Das Ereignis stammt von einem Dateiterminal, das eine Datei abspielt oder aufzeichnet; die Daten liegen als Struktur `MSP_FILE_TERMINAL_EVENT_INFO` vor."
    ))]
    FileTerminalEvent = 6,
    /// The event comes from a tone terminal; the data is an `MSP_TONE_TERMINAL_EVENT_INFO`
    /// structure.
    #[tapi(name = "TONE_TERMINAL_EVENT", since = "3.1")]
    #[tapi(doc(
        fr = "L’événement provient d’un terminal de tonalités ; les données forment une structure `MSP_TONE_TERMINAL_EVENT_INFO`.",
        de = "Das Ereignis stammt von einem Tonterminal; die Daten liegen als Struktur `MSP_TONE_TERMINAL_EVENT_INFO` vor."
    ))]
    ToneTerminalEvent = 7,
}

/// Kinds of stream or terminal event an MSP reports for a call, in the `Type` member of
/// `MSP_CALL_EVENT_INFO` when the event is `ME_CALL_EVENT`.
///
/// The `CALL_MEDIA_EVENT` values (`CME_`) that applications receive carry the same numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CALL_",
    c_type = "MSP_CALL_EVENT",
    header = "Msp.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements de flux de média ou de terminal qu’un MSP signale pour un appel, dans le membre `Type` de `MSP_CALL_EVENT_INFO` lorsque l’événement est `ME_CALL_EVENT`. Les valeurs `CALL_MEDIA_EVENT` (`CME_`) que reçoivent les applications portent les mêmes numéros.",
    de = "Arten von Medienstrom- oder Terminalereignissen, die ein MSP für einen Anruf meldet, im Feld `Type` von `MSP_CALL_EVENT_INFO`, wenn das Ereignis `ME_CALL_EVENT` ist. Die Werte von `CALL_MEDIA_EVENT` (`CME_`), die Anwendungen erhalten, tragen dieselben Nummern."
))]
pub enum MspCallEvent {
    /// The call has created a new stream; the application may select a terminal for it or
    /// remove it from the call.
    #[tapi(name = "NEW_STREAM")]
    #[tapi(doc(
        fr = "L’appel a créé un nouveau flux de média ; l’application peut lui associer un terminal ou le retirer de l’appel.",
        de = "Der Anruf hat einen neuen Medienstrom angelegt; die Anwendung kann ein Terminal für ihn auswählen oder ihn aus dem Anruf entfernen."
    ))]
    NewStream = 0,
    /// Setting up or starting the stream has failed.
    #[tapi(name = "STREAM_FAIL")]
    #[tapi(doc(
        fr = "La mise en place ou le démarrage du flux de média a échoué.",
        de = "Das Einrichten oder Starten des Medienstroms ist fehlgeschlagen."
    ))]
    StreamFail = 1,
    /// A terminal could not be connected.
    #[tapi(name = "TERMINAL_FAIL")]
    #[tapi(doc(
        fr = "Un terminal n’a pas pu être connecté.",
        de = "Ein Terminal konnte nicht verbunden werden."
    ))]
    TerminalFail = 2,
    /// The stream is not used in the call, because the remote party turned it down.
    #[tapi(name = "STREAM_NOT_USED")]
    #[tapi(doc(
        fr = "Le flux de média n’est pas utilisé dans l’appel, car le correspondant distant l’a refusé.",
        de = "Der Medienstrom wird im Anruf nicht verwendet, weil der entfernte Teilnehmer ihn abgelehnt hat."
    ))]
    StreamNotUsed = 3,
    /// The stream has entered the running state and can now carry data; the TSP decides when
    /// this happens.
    #[tapi(name = "STREAM_ACTIVE")]
    #[tapi(doc(
        fr = "Le flux de média est passé à l’état d’exécution et peut désormais transporter des données ; le TSP détermine à quel moment.",
        de = "Der Medienstrom ist in den laufenden Zustand gewechselt und kann jetzt Daten übertragen; wann das geschieht, bestimmt der TSP."
    ))]
    StreamActive = 4,
    /// The stream can no longer send or receive data, for example because a sending stream has
    /// sent everything or a receiving stream gets nothing more.
    #[tapi(name = "STREAM_INACTIVE")]
    #[tapi(doc(
        fr = "Le flux de média ne peut plus envoyer ni recevoir de données, par exemple parce qu’un flux d’émission a tout envoyé ou qu’un flux de réception ne reçoit plus rien.",
        de = "Der Medienstrom kann keine Daten mehr senden oder empfangen, etwa weil ein Sendestrom alles gesendet hat oder ein Empfangsstrom nichts mehr erhält."
    ))]
    StreamInactive = 5,
}

/// Causes of an MSP call event, in the `Cause` member of `MSP_CALL_EVENT_INFO` when the event
/// is `ME_CALL_EVENT`.
///
/// The `CALL_MEDIA_EVENT_CAUSE` values (`CMC_`) that applications receive carry the same
/// numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CALL_CAUSE_",
    c_type = "MSP_CALL_EVENT_CAUSE",
    header = "Msp.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Causes d’un événement d’appel du MSP, dans le membre `Cause` de `MSP_CALL_EVENT_INFO` lorsque l’événement est `ME_CALL_EVENT`. Les valeurs `CALL_MEDIA_EVENT_CAUSE` (`CMC_`) que reçoivent les applications portent les mêmes numéros.",
    de = "Ursachen eines Anrufereignisses des MSP, im Feld `Cause` von `MSP_CALL_EVENT_INFO`, wenn das Ereignis `ME_CALL_EVENT` ist. Die Werte von `CALL_MEDIA_EVENT_CAUSE` (`CMC_`), die Anwendungen erhalten, tragen dieselben Nummern."
))]
pub enum MspCallEventCause {
    /// The cause of the event is not known.
    #[tapi(doc(
        fr = "La cause de l’événement n’est pas connue.",
        de = "Die Ursache des Ereignisses ist nicht bekannt."
    ))]
    Unknown = 0,
    /// A faulty device made the stream or the terminal fail (`CALL_STREAM_FAIL`,
    /// `CALL_TERMINAL_FAIL`).
    #[tapi(name = "BAD_DEVICE")]
    #[tapi(doc(
        fr = "Un périphérique défectueux a fait échouer le flux de média ou le terminal (`CALL_STREAM_FAIL`, `CALL_TERMINAL_FAIL`).",
        de = "Ein defektes Gerät hat zum Ausfall des Medienstroms oder des Terminals geführt (`CALL_STREAM_FAIL`, `CALL_TERMINAL_FAIL`)."
    ))]
    BadDevice = 1,
    /// Connecting the stream or the terminal failed; when the only terminal of a stream cannot
    /// be connected, a terminal failure and a stream failure are both reported with this cause.
    #[tapi(name = "CONNECT_FAIL")]
    #[tapi(doc(
        fr = "La connexion du flux de média ou du terminal a échoué ; lorsque le seul terminal d’un flux ne peut pas être connecté, un échec du terminal et un échec du flux sont tous deux signalés avec cette cause.",
        de = "Das Verbinden des Medienstroms oder des Terminals ist fehlgeschlagen; lässt sich das einzige Terminal eines Medienstroms nicht verbinden, werden sowohl ein Fehlschlag des Terminals als auch ein Fehlschlag des Medienstroms mit dieser Ursache gemeldet."
    ))]
    ConnectFail = 2,
    /// The event follows from a method the application called on the stream.
    #[tapi(name = "LOCAL_REQUEST")]
    #[tapi(doc(
        fr = "L’événement découle d’une méthode que l’application a appelée sur le flux de média.",
        de = "Das Ereignis folgt aus einer Methode, die die Anwendung auf dem Medienstrom aufgerufen hat."
    ))]
    LocalRequest = 3,
    /// The event follows from a request of the remote endpoint.
    #[tapi(name = "REMOTE_REQUEST")]
    #[tapi(doc(
        fr = "L’événement découle d’une demande de l’extrémité distante.",
        de = "Das Ereignis folgt aus einer Anforderung der Gegenseite."
    ))]
    RemoteRequest = 4,
    /// The medium carrying the stream is unavailable for the time being.
    #[tapi(name = "MEDIA_TIMEOUT")]
    #[tapi(doc(
        fr = "Le support qui transporte le flux de média est momentanément indisponible.",
        de = "Das Übertragungsmedium, das den Medienstrom trägt, ist vorübergehend nicht verfügbar."
    ))]
    MediaTimeout = 5,
    /// The medium carrying the stream works normally again after a temporary outage.
    #[tapi(name = "MEDIA_RECOVERED")]
    #[tapi(doc(
        fr = "Le support qui transporte le flux de média fonctionne de nouveau normalement après une interruption passagère.",
        de = "Das Übertragungsmedium, das den Medienstrom trägt, arbeitet nach einer vorübergehenden Unterbrechung wieder normal."
    ))]
    MediaRecovered = 6,
    /// A change in the quality of service (QoS) available to the stream caused the event.
    #[tapi(name = "QUALITY_OF_SERVICE", since = "3.1")]
    #[tapi(doc(
        fr = "Un changement de la QoS (qualité de service) dont dispose le flux de média a provoqué l’événement.",
        de = "Eine Änderung der QoS (Dienstgüte), die dem Medienstrom zur Verfügung steht, hat das Ereignis ausgelöst."
    ))]
    QualityOfService = 7,
}

/// Kinds of address event an MSP reports, in the `Type` member of `MSP_ADDRESS_EVENT_INFO`
/// when the event is `ME_ADDRESS_EVENT`.
///
/// Both concern terminals that Plug and Play adds or removes; `pTerminal` points to the
/// terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "ADDRESS_TERMINAL_",
    c_type = "MSP_ADDRESS_EVENT",
    header = "Msp.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements d’adresse qu’un MSP signale, dans le membre `Type` de `MSP_ADDRESS_EVENT_INFO` lorsque l’événement est `ME_ADDRESS_EVENT`. Tous deux concernent des terminaux que le Plug-and-Play ajoute ou retire ; `pTerminal` désigne le terminal.",
    de = "Arten von Adressereignissen, die ein MSP meldet, im Feld `Type` von `MSP_ADDRESS_EVENT_INFO`, wenn das Ereignis `ME_ADDRESS_EVENT` ist. Beide betreffen Terminals, die Plug and Play hinzufügt oder entfernt; `pTerminal` verweist auf das Terminal."
))]
pub enum MspAddressEvent {
    /// A new terminal has arrived through Plug and Play.
    #[tapi(doc(
        fr = "Un nouveau terminal est apparu par le Plug-and-Play.",
        de = "Über Plug and Play ist ein neues Terminal hinzugekommen."
    ))]
    Available = 0,
    /// A terminal has been removed through Plug and Play.
    #[tapi(doc(
        fr = "Un terminal a été retiré par le Plug-and-Play.",
        de = "Über Plug and Play wurde ein Terminal entfernt."
    ))]
    Unavailable = 1,
}

// ---------------------------------------------------------------------------------------------
// MspStrm.h: stream states of the MSP base classes
// ---------------------------------------------------------------------------------------------

/// Suggested states of a stream in the MSP base classes (`CMSPStream`), such as a derived
/// stream may return from `CMSPStream::GetState`.
///
/// Their use is optional and a derived class may define more; `GetState` reports one of them as
/// the current state, even though each non-zero value is a single bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "STRM_", header = "MspStrm.h", since = "3.0")]
#[tapi(doc(
    fr = "États suggérés d’un flux de média dans les classes de base des MSP (`CMSPStream`), tels qu’un flux dérivé peut les renvoyer par `CMSPStream::GetState`. Leur emploi est facultatif et une classe dérivée peut en définir d’autres ; `GetState` en indique un seul comme état courant, bien que chaque valeur non nulle soit un bit.",
    de = "Vorgeschlagene Zustände eines Medienstroms in den MSP-Basisklassen (`CMSPStream`), wie sie ein abgeleiteter Medienstrom von `CMSPStream::GetState` zurückgeben kann. Ihre Verwendung ist optional, und eine abgeleitete Klasse kann weitere definieren; `GetState` meldet einen davon als aktuellen Zustand, obwohl jeder Wert ungleich null ein einzelnes Bit ist."
))]
pub enum StrmState {
    /// The stream is in its initial state, as just created.
    #[tapi(doc(
        fr = "Le flux de média est dans son état initial, tel qu’il vient d’être créé.",
        de = "Der Medienstrom befindet sich in seinem Anfangszustand, wie unmittelbar nach dem Anlegen."
    ))]
    Initial = 0x0000_0000,
    /// A terminal has been selected on the stream.
    #[tapi(doc(
        fr = "Un terminal a été sélectionné sur le flux de média.",
        de = "Auf dem Medienstrom wurde ein Terminal ausgewählt."
    ))]
    TerminalSelected = 0x0000_0001,
    /// The stream has been configured.
    #[tapi(doc(
        fr = "Le flux de média a été configuré.",
        de = "Der Medienstrom wurde konfiguriert."
    ))]
    Configured = 0x0000_0002,
    /// The stream is running.
    #[tapi(doc(
        fr = "Le flux de média est en cours d’exécution.",
        de = "Der Medienstrom läuft."
    ))]
    Running = 0x0000_0004,
    /// The stream is paused.
    #[tapi(doc(
        fr = "Le flux de média est suspendu.",
        de = "Der Medienstrom ist pausiert."
    ))]
    Paused = 0x0000_0008,
    /// The stream is stopped.
    #[tapi(doc(
        fr = "Le flux de média est arrêté.",
        de = "Der Medienstrom ist gestoppt."
    ))]
    Stopped = 0x0000_0010,
}

// ---------------------------------------------------------------------------------------------
// REND.h: Rendezvous IP telephony conferencing (not available from Windows Vista on)
// ---------------------------------------------------------------------------------------------

/// Scopes saying how widely a conference announcement is distributed: the advertising scope of
/// an `ITDirectoryObjectConference` object.
///
/// Each scope goes with a multicast time to live (TTL) taken from the SDP draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "RAS_",
    c_type = "RND_ADVERTISING_SCOPE",
    header = "REND.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Portées indiquant jusqu’où une annonce de conférence est diffusée : la portée de diffusion d’un objet `ITDirectoryObjectConference`. Chaque portée correspond à une durée de vie (TTL) multicast reprise du projet de norme SDP.",
    de = "Reichweiten, die angeben, wie weit eine Konferenzankündigung verbreitet wird: die Ankündigungsreichweite eines Objekts `ITDirectoryObjectConference`. Zu jeder Reichweite gehört eine Multicast-Lebensdauer (TTL) aus dem SDP-Entwurf."
))]
pub enum RndAdvertisingScope {
    /// The announcement stays local, with a time to live (TTL) of 1.
    #[tapi(doc(
        fr = "L’annonce reste locale, avec une durée de vie (TTL) de 1.",
        de = "Die Ankündigung bleibt lokal, mit einer Lebensdauer (TTL) von 1."
    ))]
    Local = 1,
    /// The announcement covers the site, with a TTL of 15.
    #[tapi(doc(
        fr = "L’annonce couvre le site, avec une durée de vie (TTL) de 15.",
        de = "Die Ankündigung wird am Standort (Site) verbreitet, mit einer Lebensdauer (TTL) von 15."
    ))]
    Site = 2,
    /// The announcement covers the country or region, with a TTL of 63.
    #[tapi(doc(
        fr = "L’annonce couvre le pays ou la région, avec une durée de vie (TTL) de 63.",
        de = "Die Ankündigung wird im Land oder in der Region verbreitet, mit einer Lebensdauer (TTL) von 63."
    ))]
    Region = 3,
    /// The announcement goes out worldwide, with a TTL of 127.
    #[tapi(doc(
        fr = "L’annonce est diffusée dans le monde entier, avec une durée de vie (TTL) de 127.",
        de = "Die Ankündigung wird weltweit verbreitet, mit einer Lebensdauer (TTL) von 127."
    ))]
    World = 4,
}

/// Kinds of directory server the Rendezvous controls use, given to
/// `ITRendezvous::CreateDirectory` and returned by `ITDirectory::get_DirectoryType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "DT_",
    c_type = "DIRECTORY_TYPE",
    header = "REND.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types de serveur d’annuaire qu’utilisent les contrôles Rendezvous, transmis à `ITRendezvous::CreateDirectory` et renvoyés par `ITDirectory::get_DirectoryType`.",
    de = "Arten von Verzeichnisservern, die die Rendezvous-Steuerelemente verwenden; sie werden an `ITRendezvous::CreateDirectory` übergeben und von `ITDirectory::get_DirectoryType` zurückgegeben."
))]
pub enum DirectoryType {
    /// The directory is a Windows NT directory service (NTDS) server, that is Active Directory.
    #[tapi(doc(
        fr = "L’annuaire est un serveur du service d’annuaire de Windows NT (NTDS), c’est-à-dire Active Directory.",
        de = "Das Verzeichnis ist ein Server des Verzeichnisdienstes von Windows NT (NTDS), also Active Directory."
    ))]
    Ntds = 1,
    /// The directory is an Internet Locator Service (ILS) server; Microsoft documents this type
    /// as valid on Windows 2000 but not on Windows XP.
    #[tapi(doc(
        fr = "L’annuaire est un serveur ILS (Internet Locator Service) ; selon Microsoft, ce type n’est valable que sous Windows 2000, et non sous Windows XP.",
        de = "Das Verzeichnis ist ein ILS-Server (Internet Locator Service); laut Microsoft ist dieser Typ unter Windows 2000 gültig, nicht aber unter Windows XP."
    ))]
    Ils = 2,
}

/// Kinds of object kept in a Rendezvous directory, returned by
/// `ITDirectoryObject::get_ObjectType` and chosen with `ITRendezvous::CreateDirectoryObject`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "OT_",
    c_type = "DIRECTORY_OBJECT_TYPE",
    header = "REND.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’objets conservés dans un annuaire Rendezvous, renvoyés par `ITDirectoryObject::get_ObjectType` et choisis avec `ITRendezvous::CreateDirectoryObject`.",
    de = "Arten von Objekten, die in einem Rendezvous-Verzeichnis abgelegt sind; `ITDirectoryObject::get_ObjectType` gibt sie zurück, und mit `ITRendezvous::CreateDirectoryObject` werden sie ausgewählt."
))]
pub enum DirectoryObjectType {
    /// The object is a conference announced in the directory.
    #[tapi(doc(
        fr = "L’objet est une conférence annoncée dans l’annuaire.",
        de = "Das Objekt ist eine im Verzeichnis angekündigte Konferenz."
    ))]
    Conference = 1,
    /// The object is a user listed in the directory.
    #[tapi(doc(
        fr = "L’objet est un utilisateur inscrit dans l’annuaire.",
        de = "Das Objekt ist ein im Verzeichnis eingetragener Benutzer."
    ))]
    User = 2,
}

/// Options of `ITDirectory::Bind`: whether to authenticate, and which credentials may take
/// their default values instead of the ones passed in.
///
/// The values are bits to be combined; `RENDBIND_DEFAULTCREDENTIALS` is the three default bits
/// together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "RENDBIND_", header = "REND.h", since = "3.0")]
#[tapi(doc(
    fr = "Options de `ITDirectory::Bind`, qui indiquent s’il faut s’authentifier et quelles informations d’identification peuvent prendre leur valeur par défaut au lieu de celles transmises. Les valeurs sont des bits à combiner ; `RENDBIND_DEFAULTCREDENTIALS` réunit les trois bits de valeurs par défaut.",
    de = "Optionen von `ITDirectory::Bind`: ob eine Authentifizierung erfolgt und welche Anmeldeinformationen statt der übergebenen Werte ihre Standardwerte annehmen dürfen. Die Werte sind kombinierbare Bits; `RENDBIND_DEFAULTCREDENTIALS` fasst die drei Bits für Standardwerte zusammen."
))]
pub enum RendBind {
    /// The user is authenticated with the directory server.
    #[tapi(doc(
        fr = "L’utilisateur est authentifié auprès du serveur d’annuaire.",
        de = "Der Benutzer wird beim Verzeichnisserver authentifiziert."
    ))]
    Authenticate = 0x0000_0001,
    /// The domain name may take its default value instead of the one passed to `Bind`.
    #[tapi(doc(
        fr = "Le nom de domaine peut prendre sa valeur par défaut au lieu de celle transmise à `Bind`.",
        de = "Für den Domänennamen darf statt des an `Bind` übergebenen Werts der Standardwert verwendet werden."
    ))]
    DefaultDomainName = 0x0000_0002,
    /// The user name may take its default value instead of the one passed to `Bind`.
    #[tapi(doc(
        fr = "Le nom d’utilisateur peut prendre sa valeur par défaut au lieu de celle transmise à `Bind`.",
        de = "Für den Benutzernamen darf statt des an `Bind` übergebenen Werts der Standardwert verwendet werden."
    ))]
    DefaultUserName = 0x0000_0004,
    /// The password may take its default value instead of the one passed to `Bind`.
    #[tapi(doc(
        fr = "Le mot de passe peut prendre sa valeur par défaut au lieu de celle transmise à `Bind`.",
        de = "Für das Kennwort darf statt des an `Bind` übergebenen Werts der Standardwert verwendet werden."
    ))]
    DefaultPassword = 0x0000_0008,
    /// The value combines `RENDBIND_DEFAULTDOMAINNAME`, `RENDBIND_DEFAULTUSERNAME` and
    /// `RENDBIND_DEFAULTPASSWORD` for convenience.
    #[tapi(doc(
        fr = "La valeur réunit par commodité `RENDBIND_DEFAULTDOMAINNAME`, `RENDBIND_DEFAULTUSERNAME` et `RENDBIND_DEFAULTPASSWORD`.",
        de = "Der Wert fasst der Einfachheit halber `RENDBIND_DEFAULTDOMAINNAME`, `RENDBIND_DEFAULTUSERNAME` und `RENDBIND_DEFAULTPASSWORD` zusammen."
    ))]
    DefaultCredentials = 0x0000_000E,
}
