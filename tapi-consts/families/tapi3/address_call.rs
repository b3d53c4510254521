//! TAPI 3 enumerations of `Tapi3if.h`, A to C: address capabilities, states and events; call
//! states, privileges, media and notification events; call hubs; selectors of call information.

use tapi_consts::ConstFamily;

/// Selects the numeric capability of an address that `ITAddressCapabilities::get_AddressCapability`
/// returns. Most members stand for a member of the TAPI 2 `LINEADDRESSCAPS` or `LINEDEVCAPS`
/// structure, and the value read back is a count, a limit or a set of TAPI 2 flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "AC_",
    c_type = "ADDRESS_CAPABILITY",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Désigne la capacité numérique d’une adresse que renvoie `ITAddressCapabilities::get_AddressCapability`. La plupart des membres correspondent à un membre des structures `LINEADDRESSCAPS` ou `LINEDEVCAPS` de TAPI 2, et la valeur lue est un nombre, une limite ou un ensemble d’indicateurs de TAPI 2."
))]
pub enum AddressCapability {
    /// The address formats the address supports, as `LINEADDRESSTYPE_` flags; a call created with
    /// `ITAddress::CreateCall` uses only one of them.
    #[tapi(doc(
        fr = "Formats d’adresse pris en charge par l’adresse, sous forme d’indicateurs `LINEADDRESSTYPE_` ; un appel créé avec `ITAddress::CreateCall` n’en utilise qu’un."
    ))]
    AddressTypes = 0,
    /// The bearer modes the address supports, as `LINEBEARERMODE_` flags.
    #[tapi(doc(
        fr = "Modes porteurs pris en charge par l’adresse, sous forme d’indicateurs `LINEBEARERMODE_`."
    ))]
    BearerModes = 1,
    /// The largest number of minimum-bandwidth calls that can be connected on the line at the same
    /// time; calls that need more bandwidth lower the real limit.
    #[tapi(doc(
        fr = "Nombre maximal d’appels à bande passante minimale pouvant être connectés en même temps sur la ligne ; des appels qui demandent plus de bande passante abaissent la limite réelle."
    ))]
    MaxActiveCalls = 2,
    /// The largest number of calls that can be on hold at the same time.
    #[tapi(doc(fr = "Nombre maximal d’appels pouvant être en attente en même temps."))]
    MaxOnHoldCalls = 3,
    /// The largest number of calls that can be on hold at the same time while a transfer or a
    /// conference is pending.
    #[tapi(doc(
        fr = "Nombre maximal d’appels pouvant être en attente en même temps dans l’attente d’un transfert ou d’une conférence."
    ))]
    MaxOnHoldPendingCalls = 4,
    /// The largest number of parties that one conference call on this address can hold.
    #[tapi(doc(
        fr = "Nombre maximal de participants que peut compter une même conférence sur cette adresse."
    ))]
    MaxNumConference = 5,
    /// The number of parties, the local one included, that a conference started as a consultation
    /// call through `ITBasicCallControl::Transfer` and then `ITBasicCallControl::Finish` with
    /// `FM_ASCONFERENCE` can hold.
    #[tapi(doc(
        fr = "Nombre de participants, poste local compris, que peut compter une conférence lancée comme appel de consultation par `ITBasicCallControl::Transfer` puis `ITBasicCallControl::Finish` avec `FM_ASCONFERENCE`."
    ))]
    MaxNumTransConf = 6,
    /// The digit modes the address can detect, as `LINEDIGITMODE_` flags; when no flag is set,
    /// digit monitoring is not available.
    #[tapi(doc(
        fr = "Modes de signalisation des chiffres que l’adresse sait détecter, sous forme d’indicateurs `LINEDIGITMODE_` ; si aucun indicateur n’est présent, la détection des chiffres n’est pas disponible."
    ))]
    MonitorDigitSupport = 7,
    /// The digit modes the address can generate, `LINEDIGITMODE_PULSE` and `LINEDIGITMODE_DTMF`;
    /// when no flag is set, digit generation is not available.
    #[tapi(doc(
        fr = "Modes de signalisation des chiffres que l’adresse sait générer, `LINEDIGITMODE_PULSE` et `LINEDIGITMODE_DTMF` ; si aucun indicateur n’est présent, la génération de chiffres n’est pas disponible."
    ))]
    GenerateDigitSupport = 8,
    /// The kinds of tone the line can generate, as `LINETONEMODE_` flags.
    #[tapi(doc(
        fr = "Types de tonalité que la ligne sait générer, sous forme d’indicateurs `LINETONEMODE_`."
    ))]
    GenerateToneModes = 9,
    /// The largest number of frequencies that can make up a custom tone to generate.
    #[tapi(doc(
        fr = "Nombre maximal de fréquences pouvant composer une tonalité personnalisée à générer."
    ))]
    GenerateToneMaxNumFreq = 10,
    /// The largest number of frequencies that can make up a custom tone to detect; zero means that
    /// tone monitoring is not available.
    #[tapi(doc(
        fr = "Nombre maximal de fréquences pouvant composer une tonalité personnalisée à détecter ; zéro signifie que la détection des tonalités n’est pas disponible."
    ))]
    MonitorToneMaxNumFreq = 11,
    /// The largest number of entries in a list of tones to detect.
    #[tapi(doc(fr = "Nombre maximal d’entrées d’une liste de tonalités à détecter."))]
    MonitorToneMaxNumEntries = 12,
    /// The yes/no capabilities of the line device, as `LINEDEVCAPFLAGS_` flags.
    #[tapi(doc(
        fr = "Capacités booléennes du périphérique de ligne, sous forme d’indicateurs `LINEDEVCAPFLAGS_`."
    ))]
    DevCapFlags = 13,
    /// What becomes of the active call when another call is answered, as `LINEANSWERMODE_` flags.
    #[tapi(doc(
        fr = "Sort réservé à l’appel actif lorsqu’un autre appel est pris, sous forme d’indicateurs `LINEANSWERMODE_`."
    ))]
    AnswerModes = 14,
    /// The `LINEFEATURE_` operations the line can ever offer: a set bit means the operation may be
    /// available when the line is in a suitable state and opened in a compatible mode, a clear bit
    /// that it never is.
    #[tapi(doc(
        fr = "Fonctions `LINEFEATURE_` que la ligne peut offrir : un bit à 1 signifie que la fonction peut être disponible lorsque la ligne est dans un état adéquat et ouverte dans un mode compatible, un bit à 0 qu’elle ne l’est jamais."
    ))]
    LineFeatures = 15,
    /// The items of the line device status, as `LINEDEVSTATUSFLAGS_` flags, that an application may
    /// change.
    #[tapi(doc(
        fr = "Éléments de l’état du périphérique de ligne, sous forme d’indicateurs `LINEDEVSTATUSFLAGS_`, qu’une application peut modifier."
    ))]
    SettableDevStatus = 16,
    /// The ways calls can be parked on the address, as `LINEPARKMODE_` flags.
    #[tapi(doc(
        fr = "Modes de parcage des appels disponibles sur l’adresse, sous forme d’indicateurs `LINEPARKMODE_`."
    ))]
    ParkSupport = 17,
    /// How the address can report the identity of the caller, as `LINECALLPARTYID_` flags.
    #[tapi(doc(
        fr = "Façons dont l’adresse peut fournir l’identité de l’appelant, sous forme d’indicateurs `LINECALLPARTYID_`."
    ))]
    CallerIdSupport = 18,
    /// How the address can report the identity of the called party, as `LINECALLPARTYID_` flags.
    #[tapi(doc(
        fr = "Façons dont l’adresse peut fournir l’identité du correspondant appelé, sous forme d’indicateurs `LINECALLPARTYID_`."
    ))]
    CalledIdSupport = 19,
    /// How the address can report the identity of the party the call is actually connected to, as
    /// `LINECALLPARTYID_` flags.
    #[tapi(doc(
        fr = "Façons dont l’adresse peut fournir l’identité du correspondant auquel l’appel est réellement connecté, sous forme d’indicateurs `LINECALLPARTYID_`."
    ))]
    ConnectedIdSupport = 20,
    /// How the address can report the identity of the destination a call was redirected to, as
    /// `LINECALLPARTYID_` flags.
    #[tapi(doc(
        fr = "Façons dont l’adresse peut fournir l’identité de la destination de la redirection, sous forme d’indicateurs `LINECALLPARTYID_`."
    ))]
    RedirectionIdSupport = 21,
    /// How the address can report the identity of the party that redirected a call, as
    /// `LINECALLPARTYID_` flags.
    #[tapi(doc(
        fr = "Façons dont l’adresse peut fournir l’identité du correspondant qui a redirigé l’appel, sous forme d’indicateurs `LINECALLPARTYID_`."
    ))]
    RedirectingIdSupport = 22,
    /// The yes/no capabilities of the address, as `LINEADDRCAPFLAGS_` flags, such as whether a ring
    /// count can be given when forwarding on no answer.
    #[tapi(doc(
        fr = "Capacités booléennes de l’adresse, sous forme d’indicateurs `LINEADDRCAPFLAGS_`, par exemple la possibilité de fixer le nombre de sonneries d’un renvoi sur non-réponse."
    ))]
    AddressCapFlags = 23,
    /// The call operations the address supports, as `LINECALLFEATURE_` flags.
    #[tapi(doc(
        fr = "Fonctions d’appel que l’adresse prend en charge, sous forme d’indicateurs `LINECALLFEATURE_`."
    ))]
    CallFeatures1 = 24,
    /// The supplementary conference, transfer and park operations the address supports, as
    /// `LINECALLFEATURE2_` flags.
    #[tapi(doc(
        fr = "Fonctions complémentaires de conférence, de transfert et de parcage que l’adresse prend en charge, sous forme d’indicateurs `LINECALLFEATURE2_`."
    ))]
    CallFeatures2 = 25,
    /// Whether calls can be removed from a conference on this address, and which ones (any, or only
    /// the last one added), as a `LINEREMOVEFROMCONF_` value.
    #[tapi(doc(
        fr = "Possibilité de retirer des appels d’une conférence sur cette adresse, et lesquels (n’importe lequel ou seulement le dernier ajouté), sous forme de valeur `LINEREMOVEFROMCONF_`."
    ))]
    RemoveFromConfCaps = 26,
    /// The `LINECALLSTATE_` state a call enters once it has been removed from a conference.
    #[tapi(doc(
        fr = "État `LINECALLSTATE_` dans lequel passe un appel une fois retiré d’une conférence."
    ))]
    RemoveFromConfState = 27,
    /// The ways the address can complete a transfer, as `LINETRANSFERMODE_` flags.
    #[tapi(doc(
        fr = "Façons dont l’adresse peut achever un transfert, sous forme d’indicateurs `LINETRANSFERMODE_`."
    ))]
    TransferModes = 28,
    /// The operations that can be invoked on the address, as `LINEADDRFEATURE_` flags;
    /// `LINEADDRFEATURE_FORWARD`, for example, means that the address can be forwarded.
    #[tapi(doc(
        fr = "Fonctions disponibles sur l’adresse, sous forme d’indicateurs `LINEADDRFEATURE_` ; `LINEADDRFEATURE_FORWARD`, par exemple, signifie que l’adresse peut être renvoyée."
    ))]
    AddressFeatures = 29,
    /// The `LINECALLSTATE_` states in which a call placed by a predictive dialer can be handed over
    /// automatically to another address; zero means that no such transfer is available.
    #[tapi(doc(
        fr = "États `LINECALLSTATE_` dans lesquels un appel émis par numérotation prédictive peut être transféré automatiquement vers une autre adresse ; zéro signifie qu’un tel transfert n’est pas disponible."
    ))]
    PredictiveAutoTransferStates = 30,
    /// The largest call data block, in bytes, that the address accepts.
    #[tapi(doc(
        fr = "Taille maximale, en octets, du bloc de données d’appel qu’accepte l’adresse."
    ))]
    MaxCallDataSize = 31,
    /// The device identifier of the line device the address belongs to.
    #[tapi(doc(
        fr = "Identifiant de périphérique du périphérique de ligne auquel appartient l’adresse."
    ))]
    LineId = 32,
    /// The address identifier, which stays tied to the address, even across operating system
    /// upgrades.
    #[tapi(doc(
        fr = "Identifiant de l’adresse, qui reste attaché à celle-ci, même d’une mise à niveau du système d’exploitation à l’autre."
    ))]
    AddressId = 33,
    /// The kinds of forwarding the address supports, as `LINEFORWARDMODE_` flags.
    #[tapi(doc(
        fr = "Types de renvoi pris en charge par l’adresse, sous forme d’indicateurs `LINEFORWARDMODE_`."
    ))]
    ForwardModes = 34,
    /// The largest number of distinct forwarding entries the address supports.
    #[tapi(doc(
        fr = "Nombre maximal d’entrées de renvoi distinctes que l’adresse prend en charge."
    ))]
    MaxForwardEntries = 35,
    /// The largest number of forwarding entries that apply to one particular caller (selective
    /// forwarding), set with `ITForwardInformation::SetForwardType`; zero means that selective
    /// forwarding is not supported.
    #[tapi(doc(
        fr = "Nombre maximal d’entrées de renvoi propres à un appelant donné (renvoi sélectif), définies avec `ITForwardInformation::SetForwardType` ; zéro signifie que le renvoi sélectif n’est pas pris en charge."
    ))]
    MaxSpecificEntries = 36,
    /// The smallest number of rings that can be set before an unanswered call counts as not
    /// answered.
    #[tapi(doc(
        fr = "Nombre minimal de sonneries pouvant être fixé avant qu’un appel non pris soit considéré comme sans réponse."
    ))]
    MinFwdNumRings = 37,
    /// The largest number of rings that can be set before an unanswered call counts as not
    /// answered.
    #[tapi(doc(
        fr = "Nombre maximal de sonneries pouvant être fixé avant qu’un appel non pris soit considéré comme sans réponse."
    ))]
    MaxFwdNumRings = 38,
    /// The largest number of call completion requests that can be outstanding at the same time on
    /// the address; zero means that call completion is not available.
    #[tapi(doc(
        fr = "Nombre maximal de demandes d’achèvement d’appel pouvant être en cours en même temps sur l’adresse ; zéro signifie que l’achèvement d’appel n’est pas disponible."
    ))]
    MaxCallCompletions = 39,
    /// The conditions under which call completion can be requested, as `LINECALLCOMPLCOND_` flags.
    #[tapi(doc(
        fr = "Conditions dans lesquelles un achèvement d’appel peut être demandé, sous forme d’indicateurs `LINECALLCOMPLCOND_`."
    ))]
    CallCompletionConditions = 40,
    /// The kinds of call completion the address supports, as `LINECALLCOMPLMODE_` flags.
    #[tapi(doc(
        fr = "Types d’achèvement d’appel pris en charge par l’adresse, sous forme d’indicateurs `LINECALLCOMPLMODE_`."
    ))]
    CallCompletionModes = 41,
    /// The permanent identifier of the line device in the system configuration; it does not change
    /// when other lines are added or removed, and all addresses of the line share it.
    #[tapi(doc(
        fr = "Identifiant permanent du périphérique de ligne dans la configuration du système ; il ne change pas quand d’autres lignes sont ajoutées ou retirées, et toutes les adresses de la ligne le partagent."
    ))]
    PermanentDeviceId = 42,
    /// The shortest timeout, in milliseconds, that digit gathering accepts, as in
    /// `dwGatherDigitsMinTimeout` of `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "Délai minimal, en millisecondes, qu’accepte la collecte de chiffres, comme `dwGatherDigitsMinTimeout` de `LINEDEVCAPS`."
    ))]
    GatherDigitsMinTimeout = 43,
    /// The longest timeout, in milliseconds, that digit gathering accepts, as in
    /// `dwGatherDigitsMaxTimeout` of `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "Délai maximal, en millisecondes, qu’accepte la collecte de chiffres, comme `dwGatherDigitsMaxTimeout` de `LINEDEVCAPS`."
    ))]
    GatherDigitsMaxTimeout = 44,
    /// The shortest duration, in milliseconds, of a generated digit, as in the digit duration of
    /// `MinDialParams` in `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "Durée minimale, en millisecondes, d’un chiffre généré, comme la durée des chiffres de `MinDialParams` dans `LINEDEVCAPS`."
    ))]
    GenerateDigitMinDuration = 45,
    /// The longest duration, in milliseconds, of a generated digit, as in the digit duration of
    /// `MaxDialParams` in `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "Durée maximale, en millisecondes, d’un chiffre généré, comme la durée des chiffres de `MaxDialParams` dans `LINEDEVCAPS`."
    ))]
    GenerateDigitMaxDuration = 46,
    /// The default duration, in milliseconds, of a generated digit, as in the digit duration of
    /// `DefaultDialParams` in `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "Durée par défaut, en millisecondes, d’un chiffre généré, comme la durée des chiffres de `DefaultDialParams` dans `LINEDEVCAPS`."
    ))]
    GenerateDigitDefaultDuration = 47,
}

/// Selects the capability of an address that `ITAddressCapabilities::get_AddressCapabilityString`
/// returns as a `BSTR`. Each member stands for a variable-size member of the TAPI 2 `LINEDEVCAPS`
/// or `LINEADDRESSCAPS` structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "ACS_",
    c_type = "ADDRESS_CAPABILITY_STRING",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Désigne la capacité d’une adresse que `ITAddressCapabilities::get_AddressCapabilityString` renvoie sous forme de `BSTR`. Chaque membre correspond à un membre de taille variable des structures `LINEDEVCAPS` ou `LINEADDRESSCAPS` de TAPI 2."
))]
pub enum AddressCapabilityString {
    /// The protocol of the line as a GUID in string form, one of the `TAPIPROTOCOL_` values or one
    /// the provider defines; it matches `ProtocolGuid` of `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "Protocole de la ligne sous forme de GUID en chaîne, l’une des valeurs `TAPIPROTOCOL_` ou une valeur définie par le fournisseur ; il correspond à `ProtocolGuid` de `LINEDEVCAPS`."
    ))]
    Protocol = 0,
    /// The device-specific data of the address (`dwDevSpecific` of `LINEADDRESSCAPS`), laid out as
    /// the provider defines; the `BSTR` is to be read as a byte buffer.
    #[tapi(doc(
        fr = "Données propres au périphérique de l’adresse (`dwDevSpecific` de `LINEADDRESSCAPS`), structurées comme le définit le fournisseur ; le `BSTR` doit être lu comme une mémoire tampon d’octets."
    ))]
    AddressDeviceSpecific = 1,
    /// The device-specific data of the line (`dwDevSpecific` of `LINEDEVCAPS`), laid out as the
    /// provider defines; the `BSTR` is to be read as a byte buffer.
    #[tapi(doc(
        fr = "Données propres au périphérique de la ligne (`dwDevSpecific` de `LINEDEVCAPS`), structurées comme le définit le fournisseur ; le `BSTR` doit être lu comme une mémoire tampon d’octets."
    ))]
    LineDeviceSpecific = 2,
    /// Plain-text information about the service provider, the provider information of
    /// `LINEDEVCAPS`; it may contain embedded null characters.
    #[tapi(doc(
        fr = "Informations en texte brut sur le fournisseur de services, celles du fournisseur dans `LINEDEVCAPS` ; elles peuvent contenir des caractères nuls incorporés."
    ))]
    ProviderSpecific = 3,
    /// Plain-text information about the switch, the switch information of `LINEDEVCAPS`; it may
    /// contain embedded null characters.
    #[tapi(doc(
        fr = "Informations en texte brut sur le commutateur, celles du commutateur dans `LINEDEVCAPS` ; elles peuvent contenir des caractères nuls incorporés."
    ))]
    SwitchSpecific = 4,
    /// The permanent GUID of the line device in string form, which stays the same even across
    /// operating system upgrades; it matches `PermanentLineGuid` of `LINEDEVCAPS`.
    #[tapi(doc(
        fr = "GUID permanent du périphérique de ligne sous forme de chaîne, qui reste le même d’une mise à niveau du système d’exploitation à l’autre ; il correspond à `PermanentLineGuid` de `LINEDEVCAPS`."
    ))]
    PermanentDeviceGuid = 5,
}

/// Kinds of address event, returned by `ITAddressEvent::get_Event`. For TAPI 3 applications they
/// take the place of the `LINE_LINEDEVSTATE` message of TAPI 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "AE_",
    c_type = "ADDRESS_EVENT",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements d’adresse, renvoyés par `ITAddressEvent::get_Event`. Pour les applications TAPI 3, ils remplacent le message `LINE_LINEDEVSTATE` de TAPI 2."
))]
pub enum AddressEvent {
    /// The state of the address has changed; `ITAddress::get_State` gives the new one.
    #[tapi(doc(
        fr = "L’état de l’adresse a changé ; `ITAddress::get_State` donne le nouvel état."
    ))]
    State = 0,
    /// The capabilities of the address have changed.
    #[tapi(doc(fr = "Les capacités de l’adresse ont changé."))]
    CapsChange = 1,
    /// The address is ringing.
    #[tapi(doc(fr = "La sonnerie retentit sur l’adresse."))]
    Ringing = 2,
    /// The configuration of the address has changed.
    #[tapi(doc(fr = "La configuration de l’adresse a changé."))]
    ConfigChange = 3,
    /// The forwarding of the address has changed; `ITAddress::get_CurrentForwardInfo` gives the new
    /// settings.
    #[tapi(doc(
        fr = "Le renvoi de l’adresse a changé ; `ITAddress::get_CurrentForwardInfo` en donne les nouveaux réglages."
    ))]
    Forward = 4,
    /// A terminal has been added; the application should select it on any active call that is to
    /// use it.
    #[tapi(doc(
        fr = "Un terminal a été ajouté ; l’application doit le sélectionner sur tout appel actif qui doit l’utiliser."
    ))]
    NewTerminal = 5,
    /// A terminal has been removed; the application should unselect it from any active call it is
    /// selected on.
    #[tapi(doc(
        fr = "Un terminal a été retiré ; l’application doit le désélectionner de tout appel actif sur lequel il est sélectionné."
    ))]
    RemoveTerminal = 6,
    /// The message waiting indicator has come on; this concerns addresses of phone devices only.
    #[tapi(doc(
        fr = "Le voyant de message en attente s’est allumé ; cela ne concerne que les adresses de périphériques téléphoniques."
    ))]
    MsgWaitOn = 7,
    /// The message waiting indicator has gone off; this concerns addresses of phone devices only.
    #[tapi(alias = "LASTITEM")]
    #[tapi(doc(
        fr = "Le voyant de message en attente s’est éteint ; cela ne concerne que les adresses de périphériques téléphoniques."
    ))]
    MsgWaitOff = 8,
}

/// Whether an address can be used, as `ITAddress::get_State` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "AS_",
    c_type = "ADDRESS_STATE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Indique si une adresse est utilisable, tel que le signale `ITAddress::get_State`."
))]
pub enum AddressState {
    /// The address is in its normal state and can be used.
    #[tapi(doc(fr = "L’adresse est dans son état normal et peut être utilisée."))]
    InService = 0,
    /// The address is out of service for the time being and may come back into service later.
    #[tapi(doc(
        fr = "L’adresse est temporairement hors service et peut être remise en service plus tard."
    ))]
    OutOfService = 1,
}

/// Kinds of media event on a call, returned by `ITCallMediaEvent::get_Event`. Because of latency,
/// stream events can still arrive a few seconds after the stream or the call has been torn down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CME_",
    c_type = "CALL_MEDIA_EVENT",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements de média d’un appel, renvoyés par `ITCallMediaEvent::get_Event`. En raison de la latence, des événements de flux peuvent encore arriver quelques secondes après la suppression du flux ou de l’appel."
))]
pub enum CallMediaEvent {
    /// A new media stream has been created.
    #[tapi(name = "NEW_STREAM")]
    #[tapi(doc(fr = "Un nouveau flux de média a été créé."))]
    NewStream = 0,
    /// A media stream, or a request made on it, has failed.
    #[tapi(name = "STREAM_FAIL")]
    #[tapi(doc(fr = "Un flux de média, ou une requête portant sur lui, a échoué."))]
    StreamFail = 1,
    /// A terminal has failed.
    #[tapi(name = "TERMINAL_FAIL")]
    #[tapi(doc(fr = "Un terminal a connu une défaillance."))]
    TerminalFail = 2,
    /// The media stream has not been used.
    #[tapi(name = "STREAM_NOT_USED")]
    #[tapi(doc(fr = "Le flux de média n’a pas été utilisé."))]
    StreamNotUsed = 3,
    /// The media stream has become active.
    #[tapi(name = "STREAM_ACTIVE")]
    #[tapi(doc(fr = "Le flux de média est devenu actif."))]
    StreamActive = 4,
    /// The media stream is no longer active.
    #[tapi(name = "STREAM_INACTIVE", alias = "LASTITEM")]
    #[tapi(doc(fr = "Le flux de média n’est plus actif."))]
    StreamInactive = 5,
}

/// What caused a media event on a call, such as a device timeout, as returned by
/// `ITCallMediaEvent::get_Cause`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CMC_",
    c_type = "CALL_MEDIA_EVENT_CAUSE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Cause d’un événement de média d’un appel, par exemple l’expiration du délai d’un périphérique, telle que la renvoie `ITCallMediaEvent::get_Cause`."
))]
pub enum CallMediaEventCause {
    /// The cause of the media event is not known.
    #[tapi(doc(fr = "La cause de l’événement de média n’est pas connue."))]
    Unknown = 0,
    /// The capture or rendering device is not working.
    #[tapi(name = "BAD_DEVICE")]
    #[tapi(doc(fr = "Le périphérique de capture ou de restitution ne fonctionne pas."))]
    BadDevice = 1,
    /// The connection to the media device could not be made.
    #[tapi(name = "CONNECT_FAIL")]
    #[tapi(doc(fr = "La connexion au périphérique de média n’a pas pu être établie."))]
    ConnectFail = 2,
    /// The event follows a local request, such as the application calling a method of the stream.
    #[tapi(name = "LOCAL_REQUEST")]
    #[tapi(doc(
        fr = "L’événement fait suite à une requête locale, par exemple l’appel par l’application d’une méthode du flux."
    ))]
    LocalRequest = 3,
    /// The event follows a request from the remote end.
    #[tapi(name = "REMOTE_REQUEST")]
    #[tapi(doc(fr = "L’événement fait suite à une requête de l’extrémité distante."))]
    RemoteRequest = 4,
    /// The media device timed out, so the media carrying the stream is unavailable for the time
    /// being.
    #[tapi(name = "MEDIA_TIMEOUT")]
    #[tapi(doc(
        fr = "Le délai du périphérique de média a expiré : le média qui porte le flux est temporairement indisponible."
    ))]
    MediaTimeout = 5,
    /// Media processing has resumed after an interruption.
    #[tapi(name = "MEDIA_RECOVERED")]
    #[tapi(doc(fr = "Le traitement du média a repris après une interruption."))]
    MediaRecovered = 6,
    /// The event has to do with the quality of service (QoS) of the media; it mirrors
    /// `CALL_CAUSE_QUALITY_OF_SERVICE` of the media service provider interface.
    #[tapi(name = "QUALITY_OF_SERVICE")]
    #[tapi(doc(
        fr = "L’événement est lié à la QoS (qualité de service) du média ; il reprend `CALL_CAUSE_QUALITY_OF_SERVICE` de l’interface des MSP (fournisseurs de services de média)."
    ))]
    QualityOfService = 7,
}

/// Kinds of call notification, returned by `ITCallNotificationEvent::get_Event`: they tell whether
/// the application owns or monitors the call the event is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CNE_",
    c_type = "CALL_NOTIFICATION_EVENT",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types de notifications d’appel, renvoyés par `ITCallNotificationEvent::get_Event` : ils indiquent si l’application est propriétaire de l’appel concerné ou si elle le surveille."
))]
pub enum CallNotificationEvent {
    /// The application owns the call on which the event occurred.
    #[tapi(doc(
        fr = "L’application est propriétaire de l’appel sur lequel l’événement s’est produit."
    ))]
    Owner = 0,
    /// The application monitors the call on which the event occurred.
    #[tapi(alias = "LASTITEM")]
    #[tapi(doc(fr = "L’application surveille l’appel sur lequel l’événement s’est produit."))]
    Monitor = 1,
}

/// The privilege the application holds on a call, owner or monitor, as returned by
/// `ITCallInfo::get_Privilege`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CP_",
    c_type = "CALL_PRIVILEGE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Privilège que l’application détient sur un appel, propriétaire ou surveillance, tel que le renvoie `ITCallInfo::get_Privilege`."
))]
pub enum CallPrivilege {
    /// The application owns the call and may act on it.
    #[tapi(doc(fr = "L’application est propriétaire de l’appel et peut agir dessus."))]
    Owner = 0,
    /// The application only monitors the call: it receives its events and can read its information,
    /// but most operations on it fail.
    #[tapi(doc(
        fr = "L’application se contente de surveiller l’appel : elle en reçoit les événements et peut en lire les informations, mais la plupart des opérations sur l’appel échouent."
    ))]
    Monitor = 1,
}

/// States of a TAPI 3 call, read with `ITCallInfo::get_CallState` and reported by
/// `ITCallStateEvent::get_State`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CS_",
    c_type = "CALL_STATE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "États d’un appel TAPI 3, lus avec `ITCallInfo::get_CallState` et signalés par `ITCallStateEvent::get_State`."
))]
pub enum CallState {
    /// The call object exists but `Connect` has not been called yet; incoming and outgoing calls
    /// both start here, and no call ever returns to this state.
    #[tapi(doc(
        fr = "L’objet appel existe mais `Connect` n’a pas encore été appelé ; les appels entrants comme sortants commencent dans cet état, et aucun appel n’y revient jamais."
    ))]
    Idle = 0,
    /// `Connect` has been called and the service provider is setting up the connection; only
    /// outgoing calls pass through this state, and a provider may skip it.
    #[tapi(doc(
        fr = "`Connect` a été appelé et le fournisseur de services établit la connexion ; seuls les appels sortants passent par cet état, et un fournisseur peut l’omettre."
    ))]
    InProgress = 1,
    /// The call is connected to the remote end and communication can take place.
    #[tapi(doc(
        fr = "L’appel est connecté à l’extrémité distante et la communication peut avoir lieu."
    ))]
    Connected = 2,
    /// The call has been disconnected; it leaves this state for no other, and the application
    /// should release it.
    #[tapi(doc(
        fr = "L’appel a été déconnecté ; il ne passe plus dans aucun autre état, et l’application doit le libérer."
    ))]
    Disconnected = 3,
    /// A new call is being offered to the application, which can answer or disconnect it if it
    /// holds owner privilege.
    #[tapi(doc(
        fr = "Un nouvel appel est présenté à l’application, qui peut y répondre ou le déconnecter si elle détient le privilège de propriétaire."
    ))]
    Offering = 4,
    /// The call has been put on hold.
    #[tapi(doc(fr = "L’appel a été mis en attente."))]
    Hold = 5,
    /// The call is waiting in a queue.
    #[tapi(alias = "LASTITEM")]
    #[tapi(doc(fr = "L’appel patiente dans une file d’attente."))]
    Queued = 6,
}

/// Why a call changed state, as returned by `ITCallStateEvent::get_Cause`. Apart from `CEC_NONE`,
/// every cause explains why a call was disconnected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CEC_",
    c_type = "CALL_STATE_EVENT_CAUSE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Raison pour laquelle un appel a changé d’état, telle que la renvoie `ITCallStateEvent::get_Cause`. Hormis `CEC_NONE`, chaque cause explique la déconnexion d’un appel."
))]
pub enum CallStateEventCause {
    /// No particular cause comes with the event.
    #[tapi(doc(fr = "Aucune cause particulière n’accompagne l’événement."))]
    None = 0,
    /// The call ended in the normal course of its life: it was over, so it was disconnected.
    #[tapi(name = "DISCONNECT_NORMAL")]
    #[tapi(doc(
        fr = "L’appel s’est terminé dans le cours normal de son existence : il était fini, il a donc été déconnecté."
    ))]
    DisconnectNormal = 1,
    /// An outgoing call could not connect because the remote end was busy.
    #[tapi(name = "DISCONNECT_BUSY")]
    #[tapi(doc(
        fr = "Un appel sortant n’a pas pu aboutir, car l’extrémité distante était occupée."
    ))]
    DisconnectBusy = 2,
    /// An outgoing call failed because the destination address was not valid.
    #[tapi(name = "DISCONNECT_BADADDRESS")]
    #[tapi(doc(
        fr = "Un appel sortant a échoué, car l’adresse de destination n’était pas valide."
    ))]
    DisconnectBadAddress = 3,
    /// An outgoing call failed because nobody answered at the remote end.
    #[tapi(name = "DISCONNECT_NOANSWER")]
    #[tapi(doc(
        fr = "Un appel sortant a échoué, car personne n’a répondu à l’extrémité distante."
    ))]
    DisconnectNoAnswer = 4,
    /// An outgoing call failed because the caller ended it.
    #[tapi(name = "DISCONNECT_CANCELLED")]
    #[tapi(doc(fr = "Un appel sortant a échoué, car l’appelant y a mis fin."))]
    DisconnectCancelled = 5,
    /// The remote end rejected the outgoing call.
    #[tapi(name = "DISCONNECT_REJECTED")]
    #[tapi(doc(fr = "L’extrémité distante a refusé l’appel sortant."))]
    DisconnectRejected = 6,
    /// The call could not connect for some other reason.
    #[tapi(name = "DISCONNECT_FAILED")]
    #[tapi(doc(fr = "L’appel n’a pas pu aboutir pour une autre raison."))]
    DisconnectFailed = 7,
    /// The network blocked the call; this is the TAPI 3 counterpart of
    /// `LINEDISCONNECTMODE_BLOCKED`.
    #[tapi(name = "DISCONNECT_BLOCKED", since = "3.1")]
    #[tapi(doc(
        fr = "Le réseau a bloqué l’appel ; c’est l’équivalent TAPI 3 de `LINEDISCONNECTMODE_BLOCKED`."
    ))]
    DisconnectBlocked = 8,
}

/// Kinds of call hub event, returned by `ITCallHubEvent::get_Event`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CHE_",
    c_type = "CALLHUB_EVENT",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements de concentrateur d’appels (call hub), renvoyés par `ITCallHubEvent::get_Event`."
))]
pub enum CallHubEvent {
    /// A call has joined the call hub.
    #[tapi(doc(fr = "Un appel a rejoint le concentrateur d’appels."))]
    CallJoin = 0,
    /// A call has left the call hub.
    #[tapi(doc(fr = "Un appel a quitté le concentrateur d’appels."))]
    CallLeave = 1,
    /// A new call hub has appeared.
    #[tapi(doc(fr = "Un nouveau concentrateur d’appels est apparu."))]
    CallHubNew = 2,
    /// A call hub has become idle.
    #[tapi(alias = "LASTITEM")]
    #[tapi(doc(fr = "Un concentrateur d’appels est devenu inactif."))]
    CallHubIdle = 3,
}

/// State of a call hub, as returned by `ITCallHub::get_State`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CHS_",
    c_type = "CALLHUB_STATE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(fr = "État d’un concentrateur d’appels, tel que le renvoie `ITCallHub::get_State`."))]
pub enum CallHubState {
    /// At least one call of the call hub is not in the `CS_DISCONNECTED` state.
    #[tapi(doc(
        fr = "Au moins un appel du concentrateur d’appels n’est pas à l’état `CS_DISCONNECTED`."
    ))]
    Active = 0,
    /// Every call of the call hub is in the `CS_DISCONNECTED` state.
    #[tapi(doc(
        fr = "Tous les appels du concentrateur d’appels sont à l’état `CS_DISCONNECTED`."
    ))]
    Idle = 1,
}

/// Selects the buffer of call information read or written with `ITCallInfo::GetCallInfoBuffer` and
/// `ITCallInfo::SetCallInfoBuffer`, or with `get_CallInfoBuffer` and `put_CallInfoBuffer` from
/// Automation clients.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CIB_",
    c_type = "CALLINFO_BUFFER",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Désigne la mémoire tampon d’informations d’appel lue ou écrite avec `ITCallInfo::GetCallInfoBuffer` et `ITCallInfo::SetCallInfoBuffer`, ou avec `get_CallInfoBuffer` et `put_CallInfoBuffer` depuis les clients Automation."
))]
pub enum CallInfoBuffer {
    /// User-user information, sent to or received from the remote party of the call.
    #[tapi(doc(
        fr = "Informations d’usager à usager, envoyées au correspondant distant de l’appel ou reçues de lui."
    ))]
    UserUserInfo = 0,
    /// Device-specific data exchanged with the service provider, whose meaning depends on the
    /// provider.
    #[tapi(doc(
        fr = "Données propres au périphérique échangées avec le fournisseur de services, dont le sens dépend du fournisseur."
    ))]
    DevSpecificBuffer = 1,
    /// The call data, a block the application and the service provider exchange about this call;
    /// its content depends on the provider.
    #[tapi(doc(
        fr = "Données d’appel, un bloc que l’application et le fournisseur de services échangent au sujet de cet appel ; son contenu dépend du fournisseur."
    ))]
    CallDataBuffer = 2,
    /// Charging information, in a format that other standards define (ISDN Q.931).
    #[tapi(doc(
        fr = "Informations de taxation, dans un format que définissent d’autres normes (Q.931 du RNIS)."
    ))]
    ChargingInfoBuffer = 3,
    /// High-level compatibility information, in a format that other standards define (ISDN Q.931).
    #[tapi(doc(
        fr = "Informations de compatibilité de couche haute, dans un format que définissent d’autres normes (Q.931 du RNIS)."
    ))]
    HighLevelCompatibilityBuffer = 4,
    /// Low-level compatibility information, in a format that other standards define (ISDN Q.931).
    #[tapi(doc(
        fr = "Informations de compatibilité de couche basse, dans un format que définissent d’autres normes (Q.931 du RNIS)."
    ))]
    LowLevelCompatibilityBuffer = 5,
}

/// Selects the numeric (`LONG`) item of call information read with `ITCallInfo::get_CallInfoLong`
/// or written with `ITCallInfo::put_CallInfoLong`. Most items stand for a member of the TAPI 2
/// `LINECALLINFO` structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CIL_",
    c_type = "CALLINFO_LONG",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Désigne l’élément numérique (`LONG`) des informations d’appel lu avec `ITCallInfo::get_CallInfoLong` ou écrit avec `ITCallInfo::put_CallInfoLong`. La plupart des éléments correspondent à un membre de la structure `LINECALLINFO` de TAPI 2."
))]
pub enum CallInfoLong {
    /// The media types available on the call, as `TAPIMEDIATYPE_` flags.
    #[tapi(doc(
        fr = "Types de média disponibles sur l’appel, sous forme d’indicateurs `TAPIMEDIATYPE_`."
    ))]
    MediaTypesAvailable = 0,
    /// The bearer mode of the call, a `LINEBEARERMODE_` value.
    #[tapi(doc(fr = "Mode porteur de l’appel, valeur `LINEBEARERMODE_`."))]
    BearerMode = 1,
    /// The address format of the caller's identity, a `LINEADDRESSTYPE_` value.
    #[tapi(doc(fr = "Format d’adresse de l’identité de l’appelant, valeur `LINEADDRESSTYPE_`."))]
    CallerIdAddressType = 2,
    /// The address format of the called party's identity, a `LINEADDRESSTYPE_` value.
    #[tapi(doc(
        fr = "Format d’adresse de l’identité du correspondant appelé, valeur `LINEADDRESSTYPE_`."
    ))]
    CalledIdAddressType = 3,
    /// The address format of the connected party's identity, a `LINEADDRESSTYPE_` value.
    #[tapi(doc(
        fr = "Format d’adresse de l’identité du correspondant connecté, valeur `LINEADDRESSTYPE_`."
    ))]
    ConnectedIdAddressType = 4,
    /// The address format of the destination the call was redirected to, a `LINEADDRESSTYPE_`
    /// value.
    #[tapi(doc(
        fr = "Format d’adresse de la destination de la redirection, valeur `LINEADDRESSTYPE_`."
    ))]
    RedirectionIdAddressType = 5,
    /// The address format of the party that redirected the call, a `LINEADDRESSTYPE_` value.
    #[tapi(doc(
        fr = "Format d’adresse du correspondant qui a redirigé l’appel, valeur `LINEADDRESSTYPE_`."
    ))]
    RedirectingIdAddressType = 6,
    /// Where the call comes from, a `LINECALLORIGIN_` value such as `LINECALLORIGIN_EXTERNAL`.
    #[tapi(doc(
        fr = "Origine de l’appel, valeur `LINECALLORIGIN_` telle que `LINECALLORIGIN_EXTERNAL`."
    ))]
    Origin = 7,
    /// Why the call arrived, a `LINECALLREASON_` value such as `LINECALLREASON_FWDUNCOND`.
    #[tapi(doc(
        fr = "Raison de l’arrivée de l’appel, valeur `LINECALLREASON_` telle que `LINECALLREASON_FWDUNCOND`."
    ))]
    Reason = 8,
    /// A value that applications attach to the call to share information; neither TAPI nor the
    /// provider interprets it, and only an owner can set it.
    #[tapi(doc(
        fr = "Valeur que les applications rattachent à l’appel pour partager des informations ; ni TAPI ni le fournisseur ne l’interprètent, et seul un propriétaire peut la définir."
    ))]
    AppSpecific = 9,
    /// The call setup options, as `LINECALLPARAMFLAGS_` flags such as `LINECALLPARAMFLAGS_BLOCKID`,
    /// usually set when an outgoing call is created.
    #[tapi(doc(
        fr = "Options d’établissement de l’appel, sous forme d’indicateurs `LINECALLPARAMFLAGS_` tels que `LINECALLPARAMFLAGS_BLOCKID`, en général définies à la création d’un appel sortant."
    ))]
    CallParamsFlags = 10,
    /// How the call is handled while unanswered or on hold, a `LINECALLTREATMENT_` value such as
    /// `LINECALLTREATMENT_MUSIC`.
    #[tapi(doc(
        fr = "Traitement d’appel appliqué tant que l’appel n’est pas pris ou qu’il est en attente, valeur `LINECALLTREATMENT_` telle que `LINECALLTREATMENT_MUSIC`."
    ))]
    CallTreatment = 11,
    /// The lowest data rate of the call's stream, in bits per second.
    #[tapi(doc(fr = "Débit minimal du flux de l’appel, en bits par seconde."))]
    MinRate = 12,
    /// The highest data rate of the call's stream, in bits per second.
    #[tapi(doc(fr = "Débit maximal du flux de l’appel, en bits par seconde."))]
    MaxRate = 13,
    /// The country or region code of the call.
    #[tapi(doc(fr = "Indicatif de pays ou de région de l’appel."))]
    CountryCode = 14,
    /// The call identifier, a unique code that some service providers give each call.
    #[tapi(doc(
        fr = "Identifiant d’appel, code unique que certains fournisseurs de services attribuent à chaque appel."
    ))]
    CallId = 15,
    /// The identifier of a call related to this one, as in a conference.
    #[tapi(doc(fr = "Identifiant d’un appel lié à celui-ci, par exemple dans une conférence."))]
    RelatedCallId = 16,
    /// The completion identifier, which tells call completion requests in progress apart and may be
    /// reused once its request has finished or been cancelled.
    #[tapi(doc(
        fr = "Identifiant d’achèvement d’appel, qui distingue les demandes d’achèvement en cours et peut être réutilisé une fois la demande terminée ou annulée."
    ))]
    CompletionId = 17,
    /// The number of applications that hold owner privilege on the call.
    #[tapi(doc(fr = "Nombre d’applications détenant le privilège de propriétaire sur l’appel."))]
    NumberOfOwners = 18,
    /// The number of applications that hold monitor privilege on the call.
    #[tapi(doc(fr = "Nombre d’applications détenant le privilège de surveillance sur l’appel."))]
    NumberOfMonitors = 19,
    /// The identifier of the trunk the call uses.
    #[tapi(doc(fr = "Identifiant de la ligne réseau qu’emprunte l’appel."))]
    Trunk = 20,
    /// The current data rate of the call's stream, in bits per second.
    #[tapi(doc(fr = "Débit actuel du flux de l’appel, en bits par seconde."))]
    Rate = 21,
    /// The duration, in milliseconds, of the digits generated on the call, as in the digit duration
    /// of its `LINEDIALPARAMS`.
    #[tapi(doc(
        fr = "Durée, en millisecondes, des chiffres générés sur l’appel, comme la durée des chiffres de ses `LINEDIALPARAMS`."
    ))]
    GenerateDigitDuration = 22,
    /// The digit modes being detected on the call, as `LINEDIGITMODE_` flags (`dwMonitorDigitModes`
    /// of `LINECALLINFO`).
    #[tapi(doc(
        fr = "Modes de signalisation des chiffres détectés sur l’appel, sous forme d’indicateurs `LINEDIGITMODE_` (`dwMonitorDigitModes` de `LINECALLINFO`)."
    ))]
    MonitorDigitModes = 23,
    /// The media modes being detected on the call, as `LINEMEDIAMODE_` flags (`dwMonitorMediaModes`
    /// of `LINECALLINFO`).
    #[tapi(doc(
        fr = "Modes de média détectés sur l’appel, sous forme d’indicateurs `LINEMEDIAMODE_` (`dwMonitorMediaModes` de `LINECALLINFO`)."
    ))]
    MonitorMediaModes = 24,
}

/// Selects the text item of call information read with `ITCallInfo::get_CallInfoString` or written
/// with `ITCallInfo::put_CallInfoString`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CIS_",
    c_type = "CALLINFO_STRING",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Désigne l’élément textuel des informations d’appel lu avec `ITCallInfo::get_CallInfoString` ou écrit avec `ITCallInfo::put_CallInfoString`."
))]
pub enum CallInfoString {
    /// The name of the caller.
    #[tapi(doc(fr = "Nom de l’appelant."))]
    CallerIdName = 0,
    /// The number of the caller.
    #[tapi(doc(fr = "Numéro de l’appelant."))]
    CallerIdNumber = 1,
    /// The name of the called party.
    #[tapi(doc(fr = "Nom du correspondant appelé."))]
    CalledIdName = 2,
    /// The number of the called party.
    #[tapi(doc(fr = "Numéro du correspondant appelé."))]
    CalledIdNumber = 3,
    /// The name of the party the call is connected to.
    #[tapi(doc(fr = "Nom du correspondant connecté."))]
    ConnectedIdName = 4,
    /// The number of the party the call is connected to.
    #[tapi(doc(fr = "Numéro du correspondant connecté."))]
    ConnectedIdNumber = 5,
    /// The name of the destination the call was redirected to.
    #[tapi(doc(fr = "Nom de la destination de la redirection."))]
    RedirectionIdName = 6,
    /// The number of the destination the call was redirected to.
    #[tapi(doc(fr = "Numéro de la destination de la redirection."))]
    RedirectionIdNumber = 7,
    /// The name of the party that redirected the call.
    #[tapi(doc(fr = "Nom du correspondant qui a redirigé l’appel."))]
    RedirectingIdName = 8,
    /// The number of the party that redirected the call.
    #[tapi(doc(fr = "Numéro du correspondant qui a redirigé l’appel."))]
    RedirectingIdNumber = 9,
    /// A friendly name for the called party, with no counterpart in TAPI 2.
    #[tapi(doc(fr = "Nom convivial du correspondant appelé, sans équivalent dans TAPI 2."))]
    CalledPartyFriendlyName = 10,
    /// A comment on the call from the application that placed it; it can be set only while the call
    /// is in the `CS_IDLE` state.
    #[tapi(doc(
        fr = "Commentaire sur l’appel fourni par l’application qui l’a émis ; il ne peut être défini que lorsque l’appel est à l’état `CS_IDLE`."
    ))]
    Comment = 11,
    /// A form of the called or calling address fit for display.
    #[tapi(doc(fr = "Forme affichable de l’adresse appelée ou appelante."))]
    DisplayableAddress = 12,
    /// The identifier of the calling party, which TAPI 2 passes in `dwCallingPartyIDOffset` of
    /// `LINECALLPARAMS`.
    #[tapi(doc(
        fr = "Identifiant de l’appelant, que TAPI 2 transmet dans `dwCallingPartyIDOffset` de `LINECALLPARAMS`."
    ))]
    CallingPartyId = 13,
}

/// Which item of call information has changed, as returned by `ITCallInfoChangeEvent::get_Cause`.
/// It is the TAPI 3 counterpart of the `LINECALLINFOSTATE_` flags that TAPI 2 sends with
/// `LINE_CALLINFO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "CIC_",
    c_type = "CALLINFOCHANGE_CAUSE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Élément des informations d’appel qui a changé, tel que le renvoie `ITCallInfoChangeEvent::get_Cause`. C’est l’équivalent TAPI 3 des indicateurs `LINECALLINFOSTATE_` que TAPI 2 envoie avec `LINE_CALLINFO`."
))]
pub enum CallInfoChangeCause {
    /// Some call information not named by the other members has changed.
    #[tapi(doc(fr = "Une information d’appel que les autres membres ne désignent pas a changé."))]
    Other = 0,
    /// The device-specific call information has changed.
    #[tapi(doc(fr = "Les informations d’appel propres au périphérique ont changé."))]
    DevSpecific = 1,
    /// The bearer mode of the call has changed.
    #[tapi(doc(fr = "Le mode porteur de l’appel a changé."))]
    BearerMode = 2,
    /// The data rate of the call has changed.
    #[tapi(doc(fr = "Le débit de l’appel a changé."))]
    Rate = 3,
    /// The application-specific value of the call, which only owners can set, has changed.
    #[tapi(doc(
        fr = "La valeur propre à l’application rattachée à l’appel, que seuls les propriétaires peuvent définir, a changé."
    ))]
    AppSpecific = 4,
    /// The call identifier has changed.
    #[tapi(doc(fr = "L’identifiant d’appel a changé."))]
    CallId = 5,
    /// The identifier of the related call has changed.
    #[tapi(doc(fr = "L’identifiant de l’appel lié a changé."))]
    RelatedCallId = 6,
    /// The origin of the call has changed.
    #[tapi(doc(fr = "L’origine de l’appel a changé."))]
    Origin = 7,
    /// The reason for the call has changed.
    #[tapi(doc(fr = "La raison de l’appel a changé."))]
    Reason = 8,
    /// The completion identifier has changed.
    #[tapi(doc(fr = "L’identifiant d’achèvement d’appel a changé."))]
    CompletionId = 9,
    /// The number of applications owning the call has gone up.
    #[tapi(doc(fr = "Le nombre d’applications propriétaires de l’appel a augmenté."))]
    NumOwnerIncr = 10,
    /// The number of applications owning the call has gone down.
    #[tapi(doc(fr = "Le nombre d’applications propriétaires de l’appel a diminué."))]
    NumOwnerDecr = 11,
    /// The number of applications monitoring the call has changed.
    #[tapi(doc(fr = "Le nombre d’applications qui surveillent l’appel a changé."))]
    NumMonitors = 12,
    /// The trunk the call uses has changed.
    #[tapi(doc(fr = "La ligne réseau qu’emprunte l’appel a changé."))]
    Trunk = 13,
    /// The identification of the caller has changed.
    #[tapi(doc(fr = "L’identification de l’appelant a changé."))]
    CallerId = 14,
    /// The identification of the called party has changed.
    #[tapi(doc(fr = "L’identification du correspondant appelé a changé."))]
    CalledId = 15,
    /// The identification of the connected party has changed.
    #[tapi(doc(fr = "L’identification du correspondant connecté a changé."))]
    ConnectedId = 16,
    /// The identification of the destination the call was redirected to has changed.
    #[tapi(doc(fr = "L’identification de la destination de la redirection a changé."))]
    RedirectionId = 17,
    /// The identification of the party that redirected the call has changed.
    #[tapi(doc(fr = "L’identification du correspondant qui a redirigé l’appel a changé."))]
    RedirectingId = 18,
    /// The user-user information buffer has changed.
    #[tapi(doc(fr = "La mémoire tampon d’informations d’usager à usager a changé."))]
    UserUserInfo = 19,
    /// The high-level compatibility information (ISDN Q.931) has changed.
    #[tapi(doc(
        fr = "Les informations de compatibilité de couche haute (Q.931 du RNIS) ont changé."
    ))]
    HighLevelComp = 20,
    /// The low-level compatibility information (ISDN Q.931) has changed.
    #[tapi(doc(
        fr = "Les informations de compatibilité de couche basse (Q.931 du RNIS) ont changé."
    ))]
    LowLevelComp = 21,
    /// The charging information of the call has changed.
    #[tapi(doc(fr = "Les informations de taxation de l’appel ont changé."))]
    ChargingInfo = 22,
    /// The treatment applied to the call while it is on hold has changed.
    #[tapi(doc(fr = "Le traitement d’appel appliqué pendant la mise en attente a changé."))]
    Treatment = 23,
    /// The call data buffer has changed.
    #[tapi(doc(fr = "La mémoire tampon des données d’appel a changé."))]
    CallData = 24,
    /// The application's privilege on the call has changed.
    #[tapi(doc(fr = "Le privilège de l’application sur l’appel a changé."))]
    Privilege = 25,
    /// The media type of the call has changed.
    #[tapi(alias = "LASTITEM")]
    #[tapi(doc(fr = "Le type de média de l’appel a changé."))]
    MediaType = 26,
}
