//! Call-centre (ACD) agent families.

use crate::Flags;
use tapi_consts_derive::ConstFamily;

/// States of an agent session on an ACD (automatic call distributor), as
/// reported in `LINEAGENTSESSIONINFO` and requested with
/// `lineSetAgentSessionState`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEAGENTSESSIONSTATE_",
    flags,
    since = "2.2",
    header = "tapi.h"
)]
#[tapi(doc(
    fr = "États d’une session d’agent auprès d’un ACD (distributeur automatique d’appels), tels que les signale `LINEAGENTSESSIONINFO` et que les demande `lineSetAgentSessionState`."
))]
pub enum LineAgentSessionState {
    /// The agent is logged on but busy with a task other than handling a
    /// call, such as a break; no further calls should be routed to this
    /// session.
    #[tapi(doc(
        fr = "L’agent est connecté mais occupé à une tâche autre que le traitement d’un appel, une pause par exemple ; aucun nouvel appel ne doit être acheminé vers cette session."
    ))]
    NotReady = 0x0000_0001,
    /// The agent is available and ready to accept calls.
    #[tapi(doc(fr = "L’agent est disponible et prêt à prendre des appels."))]
    Ready = 0x0000_0002,
    /// The agent is currently handling a call.
    #[tapi(doc(fr = "L’agent est en train de traiter un appel."))]
    BusyOnCall = 0x0000_0004,
    /// The agent is doing the wrap-up work that follows a call and cannot
    /// take a new one yet.
    #[tapi(doc(
        fr = "L’agent effectue le post-traitement de l’appel précédent et ne peut pas encore en prendre un nouveau."
    ))]
    BusyWrapUp = 0x0000_0008,
    /// The agent session is over.
    #[tapi(doc(fr = "La session de l’agent est terminée."))]
    Ended = 0x0000_0010,
    /// The agent session has been released and is no longer active.
    #[tapi(doc(fr = "La session de l’agent a été libérée et n’est plus active."))]
    Released = 0x0000_0020,
}

/// A set of [`LineAgentSessionState`] flags.
pub type LineAgentSessionStates = Flags<LineAgentSessionState>;
