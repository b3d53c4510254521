//! Call families, first part: answer, bearer and busy modes, call completion, and call
//! features (`LINEANSWERMODE_` … `LINECALLFEATURE2_`).

use crate::Flags;
use tapi_consts_derive::ConstFamily;

/// Effect on the call already active on a line when the user answers another offered call.
///
/// Reported in the `dwAnswerMode` member of `LINEDEVCAPS`; it tells the application what will
/// happen to the current call if it calls `lineAnswer` on a second, offering call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEANSWERMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Effet, sur l’appel déjà actif d’une ligne, de la réponse à un autre appel présenté ; indiqué dans le membre `dwAnswerMode` de `LINEDEVCAPS`, il indique à l’application ce que deviendra l’appel en cours si elle appelle `lineAnswer` sur un second appel."
))]
pub enum LineAnswerMode {
    /// Answering the new call leaves the active call as it is.
    #[tapi(doc(fr = "Répondre au nouvel appel laisse l’appel actif tel quel."))]
    None = 0x0000_0001,
    /// Answering the new call automatically drops the active call.
    #[tapi(doc(fr = "Répondre au nouvel appel met automatiquement fin à l’appel actif."))]
    Drop = 0x0000_0002,
    /// Answering the new call automatically puts the active call on hold.
    #[tapi(doc(fr = "Répondre au nouvel appel met automatiquement l’appel actif en attente."))]
    Hold = 0x0000_0004,
}

/// A set of [`LineAnswerMode`] flags.
pub type LineAnswerModes = Flags<LineAnswerMode>;

/// Bearer modes of a call: the kind of connection, and so the quality of service, requested
/// from the telephone network.
///
/// Listed as supported in `dwBearerModes` of `LINEDEVCAPS`; requested in `dwBearerMode` of
/// `LINECALLPARAMS` or with `lineSetCallParams`; reported in `dwBearerMode` of `LINECALLINFO`.
/// A bearer mode is distinct from a media mode: a fax or modem call, for instance, uses the
/// voice bearer mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEBEARERMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Modes porteurs d’un appel : type de connexion, et donc qualité de service, demandé au réseau téléphonique. Énumérés dans `dwBearerModes` de `LINEDEVCAPS`, demandés dans `dwBearerMode` de `LINECALLPARAMS` ou par `lineSetCallParams`, indiqués dans `dwBearerMode` de `LINECALLINFO`. Le mode porteur se distingue du mode de média : un appel de télécopie ou de modem, par exemple, utilise le mode porteur voix."
))]
pub enum LineBearerMode {
    /// An ordinary 3.1 kHz analogue voice-grade channel; bits may be altered in transit, but fax
    /// and modem traffic can use it.
    #[tapi(doc(
        fr = "Canal analogique ordinaire de qualité vocale à 3,1 kHz ; les bits peuvent être altérés en transit, mais la télécopie et les modems peuvent l’utiliser."
    ))]
    Voice = 0x0000_0001,
    /// G.711 speech: the network may apply echo cancellation, compression or analogue
    /// transmission, so bits are not preserved and fax or modem use is not supported.
    #[tapi(doc(
        fr = "Parole G.711 : le réseau peut appliquer annulation d’écho, compression ou transmission analogique, si bien que les bits ne sont pas préservés et que la télécopie ou les modems ne sont pas pris en charge."
    ))]
    Speech = 0x0000_0002,
    /// The ISDN multi-use bearer service.
    #[tapi(doc(fr = "Le service porteur multi-usage du RNIS."))]
    MultiUse = 0x0000_0004,
    /// Unrestricted digital data, every bit carried unchanged; the data rate is given separately.
    #[tapi(doc(
        fr = "Données numériques sans restriction, chaque bit étant transmis intact ; le débit est indiqué séparément."
    ))]
    Data = 0x0000_0008,
    /// ISDN service that alternates, on the same call, between speech and unrestricted data.
    #[tapi(doc(
        fr = "Service RNIS alternant, sur le même appel, parole et données sans restriction."
    ))]
    AltSpeechData = 0x0000_0010,
    /// A signalling connection to the switch or service provider that is not tied to a call;
    /// TAPI handles it like a media stream.
    #[tapi(doc(
        fr = "Connexion de signalisation vers le commutateur ou le fournisseur de services, non associée à un appel ; TAPI la traite comme un flux de média."
    ))]
    NonCallSignaling = 0x0000_0020,
    /// The service provider hands the application direct control of the underlying hardware,
    /// typically so that it can drive a modem through the Windows communications functions for
    /// features the provider does not support.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Le fournisseur de services donne à l’application le contrôle direct du matériel sous-jacent, en général pour qu’elle pilote un modem au moyen des fonctions de communication de Windows afin d’utiliser des fonctions que le fournisseur ne prend pas en charge."
    ))]
    PassThrough = 0x0000_0040,
    /// Digital data in which only the low seven bits of each octet carry user data, as on
    /// switched 56 kbit/s service.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Données numériques dans lesquelles seuls les sept bits de poids faible de chaque octet portent des données utilisateur, comme sur le service commuté à 56 kbit/s."
    ))]
    RestrictedData = 0x0000_0080,
}

/// A set of [`LineBearerMode`] flags.
pub type LineBearerModes = Flags<LineBearerMode>;

/// Kinds of busy signal the switch or network can return, telling which resource is in use.
///
/// Given in `dwParam2` of `LINE_CALLSTATE` and in `dwCallStateMode` of `LINECALLSTATUS` when a
/// call is in the `LINECALLSTATE_BUSY` state; `dwBusyModes` of `LINEADDRESSCAPS` lists the ones
/// an address can detect. The signal may be an in-band tone or an out-of-band message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINEBUSYMODE_",
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

/// A set of [`LineBusyMode`] flags.
pub type LineBusyModes = Flags<LineBusyMode>;

/// Conditions under which a call-completion request (`lineCompleteCall`) can be made.
///
/// Reported in the `dwCallCompletionConds` member of `LINEADDRESSCAPS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLCOMPLCOND_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Conditions dans lesquelles une demande d’achèvement d’appel (`lineCompleteCall`) peut être faite ; indiquées dans le membre `dwCallCompletionConds` de `LINEADDRESSCAPS`."
))]
pub enum LineCallComplCond {
    /// Completion can be requested when the called party is busy.
    #[tapi(doc(fr = "L’achèvement peut être demandé lorsque l’appelé est occupé."))]
    Busy = 0x0000_0001,
    /// Completion can be requested when the call rings without being answered.
    #[tapi(doc(
        fr = "L’achèvement peut être demandé lorsque l’appel sonne sans obtenir de réponse."
    ))]
    NoAnswer = 0x0000_0002,
}

/// A set of [`LineCallComplCond`] flags.
pub type LineCallComplConds = Flags<LineCallComplCond>;

/// Ways of completing a call that could not get through (busy or no answer).
///
/// Passed as the `dwCompletionMode` argument of `lineCompleteCall`; `dwCallCompletionModes` of
/// `LINEADDRESSCAPS` lists the ones an address supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLCOMPLMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Manières d’achever un appel qui n’a pas abouti (occupation ou non-réponse) ; passées dans l’argument `dwCompletionMode` de `lineCompleteCall`, `dwCallCompletionModes` de `LINEADDRESSCAPS` énumérant celles qu’une adresse prend en charge."
))]
pub enum LineCallComplMode {
    /// Camp on: the call waits in a queue at the called station until it can be put through.
    #[tapi(doc(
        fr = "Attente sur occupation (camp-on) : l’appel patiente en file au poste appelé jusqu’à ce qu’il puisse aboutir."
    ))]
    CampOn = 0x0000_0001,
    /// Ask the switch to call the user back once the called station becomes idle.
    #[tapi(doc(
        fr = "Demande au commutateur de rappeler l’utilisateur dès que le poste appelé redevient libre."
    ))]
    Callback = 0x0000_0002,
    /// Break into the call already in progress at the called station (barge-in).
    #[tapi(doc(fr = "Intrusion dans la communication déjà en cours au poste appelé."))]
    Intrude = 0x0000_0004,
    /// Leave a short predefined message at the called station (leave word calling); the message
    /// is chosen separately.
    #[tapi(doc(
        fr = "Dépôt d’un court message prédéfini au poste appelé ; le message est choisi séparément."
    ))]
    Message = 0x0000_0008,
}

/// A set of [`LineCallComplMode`] flags.
pub type LineCallComplModes = Flags<LineCallComplMode>;

/// Operations that can be invoked on a call, each matching a TAPI call function.
///
/// In `dwCallFeatures` of `LINEADDRESSCAPS` they say which operations calls on an address can
/// ever support; in `dwCallFeatures` of `LINECALLSTATUS` (from `lineGetCallStatus`) they say which
/// ones the application may invoke on a given call right now, given its state and the
/// application's privileges. All 32 bits are defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLFEATURE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Opérations applicables à un appel, chacune correspondant à une fonction d’appel de TAPI. Dans `dwCallFeatures` de `LINEADDRESSCAPS`, elles indiquent ce que les appels d’une adresse peuvent permettre ; dans `dwCallFeatures` de `LINECALLSTATUS` (obtenu par `lineGetCallStatus`), ce que l’application peut faire maintenant sur un appel donné, compte tenu de son état et des privilèges de l’application."
))]
pub enum LineCallFeature {
    /// `lineAccept` can be used to accept the offered call, for instance to start alerting on
    /// ISDN.
    #[tapi(doc(
        fr = "`lineAccept` peut servir à accepter l’appel présenté, par exemple pour déclencher la sonnerie en RNIS."
    ))]
    Accept = 0x0000_0001,
    /// `lineAddToConference` can be used to add the consultation call to its conference.
    #[tapi(doc(
        fr = "`lineAddToConference` peut servir à ajouter l’appel de consultation à sa conférence."
    ))]
    AddToConf = 0x0000_0002,
    /// `lineAnswer` can be used to answer the offered call.
    #[tapi(doc(fr = "`lineAnswer` peut servir à répondre à l’appel présenté."))]
    Answer = 0x0000_0004,
    /// `lineBlindTransfer` can be used to transfer the call without first talking to the
    /// destination.
    #[tapi(doc(
        fr = "`lineBlindTransfer` peut servir à transférer l’appel sans s’entretenir d’abord avec la destination."
    ))]
    BlindTransfer = 0x0000_0008,
    /// `lineCompleteCall` can be used to request completion of a call that met busy or no answer.
    #[tapi(doc(
        fr = "`lineCompleteCall` peut servir à demander l’achèvement d’un appel qui a rencontré une occupation ou une non-réponse."
    ))]
    CompleteCall = 0x0000_0010,
    /// `lineCompleteTransfer` can be used to finish a transfer set up with `lineSetupTransfer`.
    #[tapi(doc(
        fr = "`lineCompleteTransfer` peut servir à conclure un transfert préparé par `lineSetupTransfer`."
    ))]
    CompleteTransf = 0x0000_0020,
    /// `lineDial` can be used to dial (more of) the destination number on the call.
    #[tapi(doc(
        fr = "`lineDial` peut servir à composer tout ou partie du numéro de destination sur l’appel."
    ))]
    Dial = 0x0000_0040,
    /// `lineDrop` can be used to disconnect the call.
    #[tapi(doc(fr = "`lineDrop` peut servir à mettre fin à l’appel (le déconnecter)."))]
    Drop = 0x0000_0080,
    /// `lineGatherDigits` can be used to collect digits received on the call.
    #[tapi(doc(
        fr = "`lineGatherDigits` peut servir à collecter les chiffres reçus sur l’appel."
    ))]
    GatherDigits = 0x0000_0100,
    /// `lineGenerateDigits` can be used to send digits (such as DTMF) on the call.
    #[tapi(doc(
        fr = "`lineGenerateDigits` peut servir à émettre des chiffres (par exemple DTMF) sur l’appel."
    ))]
    GenerateDigits = 0x0000_0200,
    /// `lineGenerateTone` can be used to play tones on the call.
    #[tapi(doc(fr = "`lineGenerateTone` peut servir à émettre des tonalités sur l’appel."))]
    GenerateTone = 0x0000_0400,
    /// `lineHold` can be used to put the call on hold.
    #[tapi(doc(fr = "`lineHold` peut servir à mettre l’appel en attente."))]
    Hold = 0x0000_0800,
    /// `lineMonitorDigits` can be used to be notified of digits detected on the call.
    #[tapi(doc(
        fr = "`lineMonitorDigits` peut servir à être averti des chiffres détectés sur l’appel."
    ))]
    MonitorDigits = 0x0000_1000,
    /// `lineMonitorMedia` can be used to be notified of media-mode changes on the call.
    #[tapi(doc(
        fr = "`lineMonitorMedia` peut servir à être averti des changements de mode de média sur l’appel."
    ))]
    MonitorMedia = 0x0000_2000,
    /// `lineMonitorTones` can be used to be notified when chosen tones occur on the call.
    #[tapi(doc(
        fr = "`lineMonitorTones` peut servir à être averti de l’apparition de tonalités choisies sur l’appel."
    ))]
    MonitorTones = 0x0000_4000,
    /// `linePark` can be used to park the call so that it can be picked up from another station.
    #[tapi(doc(
        fr = "`linePark` peut servir à parquer l’appel afin qu’il soit repris depuis un autre poste."
    ))]
    Park = 0x0000_8000,
    /// `linePrepareAddToConference` can be used to start a consultation call meant to join the
    /// conference.
    #[tapi(doc(
        fr = "`linePrepareAddToConference` peut servir à lancer un appel de consultation destiné à rejoindre la conférence."
    ))]
    PrepareAddConf = 0x0001_0000,
    /// `lineRedirect` can be used to send the offered call to another destination without
    /// answering it.
    #[tapi(doc(
        fr = "`lineRedirect` peut servir à rediriger l’appel présenté vers une autre destination sans y répondre."
    ))]
    Redirect = 0x0002_0000,
    /// `lineRemoveFromConference` can be used to take this party out of its conference.
    #[tapi(doc(
        fr = "`lineRemoveFromConference` peut servir à retirer ce participant de sa conférence."
    ))]
    RemoveFromConf = 0x0004_0000,
    /// `lineSecureCall` can be used to protect the call from interruptions such as call-waiting
    /// tones.
    #[tapi(doc(
        fr = "`lineSecureCall` peut servir à protéger l’appel contre les interruptions, comme les tonalités du signal d’appel."
    ))]
    SecureCall = 0x0008_0000,
    /// `lineSendUserUserInfo` can be used to send user-user information to the remote party.
    #[tapi(doc(
        fr = "`lineSendUserUserInfo` peut servir à envoyer des informations d’usager à usager au correspondant."
    ))]
    SendUserUser = 0x0010_0000,
    /// `lineSetCallParams` can be used to change the call's bearer mode, rate or dialling
    /// parameters.
    #[tapi(doc(
        fr = "`lineSetCallParams` peut servir à modifier le mode porteur, le débit ou les paramètres de numérotation de l’appel."
    ))]
    SetCallParams = 0x0020_0000,
    /// `lineSetMediaControl` can be used to make the call react automatically to digits, tones,
    /// media modes or call states.
    #[tapi(doc(
        fr = "`lineSetMediaControl` peut servir à faire réagir automatiquement l’appel à des chiffres, des tonalités, des modes de média ou des états d’appel."
    ))]
    SetMediaControl = 0x0040_0000,
    /// `lineSetTerminal` can be used to route the call's information to particular terminals.
    #[tapi(doc(
        fr = "`lineSetTerminal` peut servir à acheminer les informations de l’appel vers des terminaux donnés."
    ))]
    SetTerminal = 0x0080_0000,
    /// `lineSetupConference` can be used to turn the call into a conference.
    #[tapi(doc(fr = "`lineSetupConference` peut servir à transformer l’appel en conférence."))]
    SetupConf = 0x0100_0000,
    /// `lineSetupTransfer` can be used to start a consultation transfer of the call.
    #[tapi(doc(
        fr = "`lineSetupTransfer` peut servir à lancer un transfert de l’appel avec consultation."
    ))]
    SetupTransfer = 0x0200_0000,
    /// `lineSwapHold` can be used to swap the active call with the one on consultation hold.
    #[tapi(doc(
        fr = "`lineSwapHold` peut servir à permuter l’appel actif et celui qui est en attente de consultation."
    ))]
    SwapHold = 0x0400_0000,
    /// `lineUnhold` can be used to take the call off hold.
    #[tapi(doc(fr = "`lineUnhold` peut servir à reprendre l’appel mis en attente."))]
    Unhold = 0x0800_0000,
    /// `lineReleaseUserUserInfo` can be used to release the received user-user information so
    /// that the next block can arrive. Added in TAPI 1.4.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "`lineReleaseUserUserInfo` peut servir à libérer les informations d’usager à usager reçues afin que le bloc suivant puisse arriver. Apparu avec TAPI 1.4."
    ))]
    ReleaseUserUserInfo = 0x1000_0000,
    /// `lineSetCallTreatment` can be used to choose what the caller hears (music, ringback,
    /// silence…) while the call is not answered or on hold.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineSetCallTreatment` peut servir à choisir ce qu’entend l’appelant (musique, retour d’appel, silence…) tant que personne n’a répondu à l’appel ou qu’il reste en attente."
    ))]
    SetTreatment = 0x2000_0000,
    /// `lineSetCallQualityOfService` can be used to change the quality of service of the call.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineSetCallQualityOfService` peut servir à modifier la qualité de service (QoS) de l’appel."
    ))]
    SetQos = 0x4000_0000,
    /// `lineSetCallData` can be used to attach application data to the call.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineSetCallData` peut servir à associer des données d’application à l’appel."
    ))]
    SetCallData = 0x8000_0000,
}

/// A set of [`LineCallFeature`] flags.
pub type LineCallFeatures = Flags<LineCallFeature>;

/// Finer-grained variants of the conference, transfer, completion and park call features.
///
/// Reported in `dwCallFeatures2` of `LINEADDRESSCAPS` and `LINECALLSTATUS`. Each bit refines a
/// bit of `LINECALLFEATURE_`, which is then set as well; when the general bit is set but none of
/// its refinements, the provider has not said which variants work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLFEATURE2_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Variantes plus précises des fonctions d’appel de conférence, de transfert, d’achèvement et de parcage ; indiquées dans `dwCallFeatures2` de `LINEADDRESSCAPS` et de `LINECALLSTATUS`. Chaque bit précise un bit de `LINECALLFEATURE_`, qui est alors présent lui aussi ; si le bit général est présent sans aucune de ses précisions, le fournisseur n’a pas indiqué quelles variantes fonctionnent."
))]
pub enum LineCallFeature2 {
    /// A conference that does not put the current call on hold can be created with
    /// `lineSetupConference` and the `LINECALLPARAMFLAGS_NOHOLDCONFERENCE` option; refines
    /// `LINECALLFEATURE_SETUPCONF`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Une conférence qui ne met pas l’appel en cours en attente peut être créée par `lineSetupConference` avec l’option `LINECALLPARAMFLAGS_NOHOLDCONFERENCE` ; précise `LINECALLFEATURE_SETUPCONF`."
    ))]
    NoHoldConference = 0x0000_0001,
    /// A transfer completed in a single step can be made with `lineSetupTransfer` and the
    /// `LINECALLPARAMFLAGS_ONESTEPTRANSFER` option; refines `LINECALLFEATURE_SETUPTRANSFER`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Un transfert réalisé en une seule étape peut être effectué par `lineSetupTransfer` avec l’option `LINECALLPARAMFLAGS_ONESTEPTRANSFER` ; précise `LINECALLFEATURE_SETUPTRANSFER`."
    ))]
    OneStepTransfer = 0x0000_0002,
    /// `lineCompleteCall` accepts the camp-on mode (`LINECALLCOMPLMODE_CAMPON`); refines
    /// `LINECALLFEATURE_COMPLETECALL`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineCompleteCall` accepte le mode d’attente sur occupation (`LINECALLCOMPLMODE_CAMPON`) ; précise `LINECALLFEATURE_COMPLETECALL`."
    ))]
    ComplCampOn = 0x0000_0004,
    /// `lineCompleteCall` accepts the call-back mode (`LINECALLCOMPLMODE_CALLBACK`); refines
    /// `LINECALLFEATURE_COMPLETECALL`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineCompleteCall` accepte le mode de rappel automatique (`LINECALLCOMPLMODE_CALLBACK`) ; précise `LINECALLFEATURE_COMPLETECALL`."
    ))]
    ComplCallback = 0x0000_0008,
    /// `lineCompleteCall` accepts the intrusion mode (`LINECALLCOMPLMODE_INTRUDE`); refines
    /// `LINECALLFEATURE_COMPLETECALL`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineCompleteCall` accepte le mode d’intrusion (`LINECALLCOMPLMODE_INTRUDE`) ; précise `LINECALLFEATURE_COMPLETECALL`."
    ))]
    ComplIntrude = 0x0000_0010,
    /// `lineCompleteCall` accepts the leave-a-message mode (`LINECALLCOMPLMODE_MESSAGE`);
    /// refines `LINECALLFEATURE_COMPLETECALL`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineCompleteCall` accepte le mode de dépôt de message (`LINECALLCOMPLMODE_MESSAGE`) ; précise `LINECALLFEATURE_COMPLETECALL`."
    ))]
    ComplMessage = 0x0000_0020,
    /// `lineCompleteTransfer` can finish the transfer as an ordinary transfer; refines
    /// `LINECALLFEATURE_COMPLETETRANSF`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineCompleteTransfer` peut conclure le transfert comme un transfert ordinaire ; précise `LINECALLFEATURE_COMPLETETRANSF`."
    ))]
    TransferNorm = 0x0000_0040,
    /// `lineCompleteTransfer` can finish the transfer by turning it into a three-way conference;
    /// refines `LINECALLFEATURE_COMPLETETRANSF`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineCompleteTransfer` peut conclure le transfert en le transformant en conférence à trois ; précise `LINECALLFEATURE_COMPLETETRANSF`."
    ))]
    TransferConf = 0x0000_0080,
    /// `linePark` accepts directed park (`LINEPARKMODE_DIRECTED`), where the application picks
    /// the park address; refines `LINECALLFEATURE_PARK`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`linePark` accepte le parcage dirigé (`LINEPARKMODE_DIRECTED`), où l’application choisit l’adresse de parcage ; précise `LINECALLFEATURE_PARK`."
    ))]
    ParkDirect = 0x0000_0100,
    /// `linePark` accepts non-directed park (`LINEPARKMODE_NONDIRECTED`), where the switch picks
    /// the park address and returns it; refines `LINECALLFEATURE_PARK`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`linePark` accepte le parcage non dirigé (`LINEPARKMODE_NONDIRECTED`), où le commutateur choisit l’adresse de parcage et la renvoie ; précise `LINECALLFEATURE_PARK`."
    ))]
    ParkNonDirect = 0x0000_0200,
}

/// A set of [`LineCallFeature2`] flags.
pub type LineCallFeatures2 = Flags<LineCallFeature2>;
