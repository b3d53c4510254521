// @generated from tapi-consts/families/tapi3/errors.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! `HRESULT` error codes of the TAPI 3 COM interfaces (`TAPI_E_`, `Tapi3Err.h`).
/// Failure `HRESULT`s of the TAPI 3 COM interfaces (`ITTAPI`, `ITAddress`, `ITBasicCallControl`,
/// …), from 0x80040001 to 0x8004005A.
///
/// They lie in the interface facility (`FACILITY_ITF`), whose codes each COM interface defines for
/// itself, so the same numbers mean other things elsewhere (0x80040001 is also `OLE_E_ADVF`): read
/// a value as `TAPI_E_` only when a TAPI 3 object returned it. Success codes and the standard COM
/// errors that TAPI 3 methods also return (`E_POINTER`, `E_OUTOFMEMORY`, …) are not members.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum Tapi3Err {
    /// The buffer passed to the method is too small for the data to be returned: despite the name,
    /// Microsoft's text speaks of a short buffer, not of exhausted memory. Retry with a larger
    /// buffer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NOTENOUGHMEMORY` = `-2147221503` (`0x80040001`)")]
    NotEnoughMemory = -2147221503,
    /// No item matches the request, for example a lookup or enumeration that found nothing.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NOITEMS` = `-2147221502` (`0x80040002`)")]
    NoItems = -2147221502,
    /// The method is not supported by this object or by the service provider behind it. Microsoft's
    /// reference page leaves this code out; the meaning comes from the message text in
    /// `Tapi3Err.h`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NOTSUPPORTED` = `-2147221501` (`0x80040003`)")]
    NotSupported = -2147221501,
    /// The media type passed to the method (a `TAPIMEDIATYPE_` value) is not valid for it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALIDMEDIATYPE` = `-2147221500` (`0x80040004`)")]
    InvalidMediaType = -2147221500,
    /// The operation failed and no more specific reason is given.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_OPERATIONFAILED` = `-2147221499` (`0x80040005`)")]
    OperationFailed = -2147221499,
    /// The device is already in use (allocated), for example held exclusively by another process.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_ALLOCATED` = `-2147221498` (`0x80040006`)")]
    Allocated = -2147221498,
    /// No call appearance is free on the address, so no further call can be placed there for now.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_CALLUNAVAIL` = `-2147221497` (`0x80040007`)")]
    CallUnavail = -2147221497,
    /// Too many call completion requests are already outstanding on the address; cancel one or wait
    /// for one to end before asking again.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_COMPLETIONOVERRUN` = `-2147221496` (`0x80040008`)")]
    CompletionOverrun = -2147221496,
    /// The conference already holds as many parties as it can, so no more can be added.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_CONFERENCEFULL` = `-2147221495` (`0x80040009`)")]
    ConferenceFull = -2147221495,
    /// The dialable string contains a dial modifier (such as `W`, `@`, `$` or `?`) that the address
    /// cannot carry out.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(
        doc,
        doc = "`TAPI_E_DIALMODIFIERNOTSUPPORTED` = `-2147221494` (`0x8004000A`)"
    )]
    DialModifierNotSupported = -2147221494,
    /// The device is already in use, so the request cannot be carried out now.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INUSE` = `-2147221493` (`0x8004000B`)")]
    InUse = -2147221493,
    /// The address is not valid or not properly formatted for its address type; with
    /// `LINEADDRESSTYPE_PHONENUMBER`, for instance, the string does not look like a phone number.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALADDRESS` = `-2147221492` (`0x8004000C`)")]
    InvalAddress = -2147221492,
    /// The operation is not allowed in the current state of the address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALADDRESSSTATE` = `-2147221491` (`0x8004000D`)")]
    InvalAddressState = -2147221491,
    /// The call parameters (a `LINECALLPARAMS` structure) are not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALCALLPARAMS` = `-2147221490` (`0x8004000E`)")]
    InvalCallParams = -2147221490,
    /// The call privilege given is not a valid one (owner or monitor).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALCALLPRIVILEGE` = `-2147221489` (`0x8004000F`)")]
    InvalCallPrivilege = -2147221489,
    /// The operation is not allowed in the current state of the call (`CALL_STATE`); for example, a
    /// call that is not connected cannot be put on hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALCALLSTATE` = `-2147221488` (`0x80040010`)")]
    InvalCallState = -2147221488,
    /// The calling card is not valid: no card with that identifier exists in the telephony
    /// configuration.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALCARD` = `-2147221487` (`0x80040011`)")]
    InvalCard = -2147221487,
    /// The call completion identifier is not valid: it names no outstanding call completion
    /// request.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALCOMPLETIONID` = `-2147221486` (`0x80040012`)")]
    InvalCompletionId = -2147221486,
    /// The country or region code is not one TAPI knows.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALCOUNTRYCODE` = `-2147221485` (`0x80040013`)")]
    InvalCountryCode = -2147221485,
    /// The device class name (such as `wave/in` or `comm/datamodem`) is not valid or not supported
    /// here.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALDEVICECLASS` = `-2147221484` (`0x80040014`)")]
    InvalDeviceClass = -2147221484,
    /// The dialing parameters (a `LINEDIALPARAMS` structure) are not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALDIALPARAMS` = `-2147221483` (`0x80040015`)")]
    InvalDialParams = -2147221483,
    /// The digits are not valid, for example a character that cannot be sent in the chosen digit
    /// mode.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALDIGITS` = `-2147221482` (`0x80040016`)")]
    InvalDigits = -2147221482,
    /// The pickup group identifier is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALGROUPID` = `-2147221481` (`0x80040017`)")]
    InvalGroupId = -2147221481,
    /// The location identifier is not valid: no dialing location has that identifier.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALLOCATION` = `-2147221480` (`0x80040018`)")]
    InvalLocation = -2147221480,
    /// The message identifier is not valid, for example a call completion message that the address
    /// does not offer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALMESSAGEID` = `-2147221479` (`0x80040019`)")]
    InvalMessageId = -2147221479,
    /// The park identifier (the address at which the call is parked) is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALPARKID` = `-2147221478` (`0x8004001A`)")]
    InvalParkId = -2147221478,
    /// The data rate asked for is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALRATE` = `-2147221477` (`0x8004001B`)")]
    InvalRate = -2147221477,
    /// The timeout value is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALTIMEOUT` = `-2147221476` (`0x8004001C`)")]
    InvalTimeout = -2147221476,
    /// The tone is not valid, for example a custom tone whose frequencies or cadence are wrong.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALTONE` = `-2147221475` (`0x8004001D`)")]
    InvalTone = -2147221475,
    /// A list passed as a parameter is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALLIST` = `-2147221474` (`0x8004001E`)")]
    InvalList = -2147221474,
    /// A mode passed as a parameter is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALMODE` = `-2147221473` (`0x8004001F`)")]
    InvalMode = -2147221473,
    /// The call is not part of a conference, so the conference operation does not apply to it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NOCONFERENCE` = `-2147221472` (`0x80040020`)")]
    NoConference = -2147221472,
    /// The device has been removed, or the device class is not recognized.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NODEVICE` = `-2147221471` (`0x80040021`)")]
    NoDevice = -2147221471,
    /// No assisted telephony request is pending.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NOREQUEST` = `-2147221470` (`0x80040022`)")]
    NoRequest = -2147221470,
    /// The application does not have owner privilege on the call, which the operation requires;
    /// monitor privilege is not enough.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NOTOWNER` = `-2147221469` (`0x80040023`)")]
    NotOwner = -2147221469,
    /// The application is not registered as a recipient of the requests it asks for.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NOTREGISTERED` = `-2147221468` (`0x80040024`)")]
    NotRegistered = -2147221468,
    /// The request queue is already full; retry once earlier requests have completed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_REQUESTOVERRUN` = `-2147221467` (`0x80040025`)")]
    RequestOverrun = -2147221467,
    /// The call handoff failed because the target application was not found.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_TARGETNOTFOUND` = `-2147221466` (`0x80040026`)")]
    TargetNotFound = -2147221466,
    /// No higher-priority target exists for the call handoff: the application would hand the call
    /// to itself.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_TARGETSELF` = `-2147221465` (`0x80040027`)")]
    TargetSelf = -2147221465,
    /// The user-user information is larger than the line or network permits.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_USERUSERINFOTOOBIG` = `-2147221464` (`0x80040028`)")]
    UserUserInfoTooBig = -2147221464,
    /// A reinitialization of TAPI is pending: the operation cannot complete until every TAPI
    /// application has shut down and initialized again.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_REINIT` = `-2147221463` (`0x80040029`)")]
    Reinit = -2147221463,
    /// Calling this number is not permitted, for example because the switch or a dialing
    /// restriction blocks it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_ADDRESSBLOCKED` = `-2147221462` (`0x8004002A`)")]
    AddressBlocked = -2147221462,
    /// The network or switch rejected the calling card number or other billing information.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_BILLINGREJECTED` = `-2147221461` (`0x8004002B`)")]
    BillingRejected = -2147221461,
    /// The device-specific feature asked for is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALFEATURE` = `-2147221460` (`0x8004002C`)")]
    InvalFeature = -2147221460,
    /// The button or lamp identifier is not valid for this phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALBUTTONLAMPID` = `-2147221459` (`0x8004002D`)")]
    InvalButtonLampId = -2147221459,
    /// The button state is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALBUTTONSTATE` = `-2147221458` (`0x8004002E`)")]
    InvalButtonState = -2147221458,
    /// The data segment identifier is not valid for the phone's data areas.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALDATAID` = `-2147221457` (`0x8004002F`)")]
    InvalDataId = -2147221457,
    /// The hook switch device identifier (handset, speaker or headset) is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALHOOKSWITCHDEV` = `-2147221456` (`0x80040030`)")]
    InvalHookSwitchDev = -2147221456,
    /// The call was disconnected.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_DROPPED` = `-2147221455` (`0x80040031`)")]
    Dropped = -2147221455,
    /// No application is available to handle the request, such as a call manager for an assisted
    /// telephony call; start one and retry.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NOREQUESTRECIPIENT` = `-2147221454` (`0x80040032`)")]
    NoRequestRecipient = -2147221454,
    /// The queue of call requests is full; retry later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_REQUESTQUEUEFULL` = `-2147221453` (`0x80040033`)")]
    RequestQueueFull = -2147221453,
    /// The called number is busy.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_DESTBUSY` = `-2147221452` (`0x80040034`)")]
    DestBusy = -2147221452,
    /// The called party does not answer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_DESTNOANSWER` = `-2147221451` (`0x80040035`)")]
    DestNoAnswer = -2147221451,
    /// The called number could not be reached.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_DESTUNAVAIL` = `-2147221450` (`0x80040036`)")]
    DestUnavail = -2147221450,
    /// The request failed and no more specific reason is given.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_REQUESTFAILED` = `-2147221449` (`0x80040037`)")]
    RequestFailed = -2147221449,
    /// The request was cancelled.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_REQUESTCANCELLED` = `-2147221448` (`0x80040038`)")]
    RequestCancelled = -2147221448,
    /// The application's privilege (`CALL_PRIVILEGE`) does not allow the operation.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALPRIVILEGE` = `-2147221447` (`0x80040039`)")]
    InvalPrivilege = -2147221447,
    /// The terminal direction passed (a `TERMINAL_DIRECTION` value) is not valid for the operation.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALIDDIRECTION` = `-2147221446` (`0x8004003A`)")]
    InvalidDirection = -2147221446,
    /// The terminal passed is not valid for this operation, for example because its media type or
    /// direction does not suit the stream.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALIDTERMINAL` = `-2147221445` (`0x8004003B`)")]
    InvalidTerminal = -2147221445,
    /// The terminal class (the GUID that names a kind of terminal) is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(
        doc,
        doc = "`TAPI_E_INVALIDTERMINALCLASS` = `-2147221444` (`0x8004003C`)"
    )]
    InvalidTerminalClass = -2147221444,
    /// The service provider has been removed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NODRIVER` = `-2147221443` (`0x8004003D`)")]
    NoDriver = -2147221443,
    /// The maximum number of streams has been reached, so no other stream can be created.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_MAXSTREAMS` = `-2147221442` (`0x8004003E`)")]
    MaxStreams = -2147221442,
    /// The operation needs terminals to be selected first; select them on the stream or call and
    /// retry.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NOTERMINALSELECTED` = `-2147221441` (`0x8004003F`)")]
    NoTerminalSelected = -2147221441,
    /// The operation could not be carried out because the terminal is in use.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_TERMINALINUSE` = `-2147221440` (`0x80040040`)")]
    TerminalInUse = -2147221440,
    /// The operation requires the stream to be stopped first.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NOTSTOPPED` = `-2147221439` (`0x80040041`)")]
    NotStopped = -2147221439,
    /// The maximum number of terminals has been reached.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_MAXTERMINALS` = `-2147221438` (`0x80040042`)")]
    MaxTerminals = -2147221438,
    /// The stream passed is not valid for this operation.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALIDSTREAM` = `-2147221437` (`0x80040043`)")]
    InvalidStream = -2147221437,
    /// The call failed because a timeout expired; Microsoft gives the timeout as two minutes.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_TIMEOUT` = `-2147221436` (`0x80040044`)")]
    Timeout = -2147221436,
    /// The ACD proxy has removed this agent group, so operations on the object are no longer valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(
        doc,
        doc = "`TAPI_E_CALLCENTER_GROUP_REMOVED` = `-2147221435` (`0x80040045`)"
    )]
    CallCenterGroupRemoved = -2147221435,
    /// The ACD proxy has removed this queue, so operations on the object are no longer valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(
        doc,
        doc = "`TAPI_E_CALLCENTER_QUEUE_REMOVED` = `-2147221434` (`0x80040046`)"
    )]
    CallCenterQueueRemoved = -2147221434,
    /// The agent object was created with `CreateAgent` and has no agent ID; create it with
    /// `CreateAgentWithID` when an ID is needed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(
        doc,
        doc = "`TAPI_E_CALLCENTER_NO_AGENT_ID` = `-2147221433` (`0x80040047`)"
    )]
    CallCenterNoAgentId = -2147221433,
    /// The agent ID is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(
        doc,
        doc = "`TAPI_E_CALLCENTER_INVALAGENTID` = `-2147221432` (`0x80040048`)"
    )]
    CallCenterInvalAgentId = -2147221432,
    /// The agent group is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(
        doc,
        doc = "`TAPI_E_CALLCENTER_INVALAGENTGROUP` = `-2147221431` (`0x80040049`)"
    )]
    CallCenterInvalAgentGroup = -2147221431,
    /// The agent password is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(
        doc,
        doc = "`TAPI_E_CALLCENTER_INVALPASSWORD` = `-2147221430` (`0x8004004A`)"
    )]
    CallCenterInvalPassword = -2147221430,
    /// The agent state is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(
        doc,
        doc = "`TAPI_E_CALLCENTER_INVALAGENTSTATE` = `-2147221429` (`0x8004004B`)"
    )]
    CallCenterInvalAgentState = -2147221429,
    /// The agent activity is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(
        doc,
        doc = "`TAPI_E_CALLCENTER_INVALAGENTACTIVITY` = `-2147221428` (`0x8004004C`)"
    )]
    CallCenterInvalAgentActivity = -2147221428,
    /// A registry setting that TAPI reads is corrupt.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(
        doc,
        doc = "`TAPI_E_REGISTRY_SETTING_CORRUPT` = `-2147221427` (`0x8004004D`)"
    )]
    RegistrySettingCorrupt = -2147221427,
    /// The peer of one of these bridge terminals has already been assigned.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_TERMINAL_PEER` = `-2147221426` (`0x8004004E`)")]
    TerminalPeer = -2147221426,
    /// The peer of this bridge terminal must be set before the operation can complete.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_PEER_NOT_SET` = `-2147221425` (`0x8004004F`)")]
    PeerNotSet = -2147221425,
    /// The event queue of the media service provider (MSP) is empty: there is no event to return.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NOEVENT` = `-2147221424` (`0x80040050`)")]
    NoEvent = -2147221424,
    /// The address does not support the address type asked for (a `LINEADDRESSTYPE_` value).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALADDRESSTYPE` = `-2147221423` (`0x80040051`)")]
    InvalAddressType = -2147221423,
    /// A resource needed to fulfil the request is not available.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_RESOURCEUNAVAIL` = `-2147221422` (`0x80040052`)")]
    ResourceUnavail = -2147221422,
    /// The phone is not open; open it (`ITPhone::Open`) before this operation.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_PHONENOTOPEN` = `-2147221421` (`0x80040053`)")]
    PhoneNotOpen = -2147221421,
    /// The call given is not currently selected, for example on the phone (see
    /// `ITAutomatedPhoneControl::SelectCall`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_CALLNOTSELECTED` = `-2147221420` (`0x80040054`)")]
    CallNotSelected = -2147221420,
    /// The information asked for is not available for this type of event.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_WRONGEVENT` = `-2147221419` (`0x80040055`)")]
    WrongEvent = -2147221419,
    /// The format is not known: it has not been set or is not recognized.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NOFORMAT` = `-2147221418` (`0x80040056`)")]
    NoFormat = -2147221418,
    /// The operation is not allowed in the current state of the stream.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_INVALIDSTREAMSTATE` = `-2147221417` (`0x80040057`)")]
    InvalidStreamState = -2147221417,
    /// The operation asked for is not allowed in the object's current state.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_WRONG_STATE` = `-2147221416` (`0x80040058`)")]
    WrongState = -2147221416,
    /// The object has not been initialized; initialize it first (for the TAPI object itself, with
    /// `ITTAPI::Initialize`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_NOT_INITIALIZED` = `-2147221415` (`0x80040059`)")]
    NotInitialized = -2147221415,
    /// The Telephony service (TapiSrv) could not be contacted; check that it is running.
    /// Microsoft's reference page leaves this code out; the meaning comes from the message text in
    /// `Tapi3Err.h`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_E_SERVICE_NOT_RUNNING` = `-2147221414` (`0x8004005A`)")]
    ServiceNotRunning = -2147221414,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Failure `HRESULT`s of the TAPI 3 COM interfaces (`ITTAPI`, `ITAddress`, `ITBasicCallControl`, …), from 0x80040001 to 0x8004005A.\n\nThey lie in the interface facility (`FACILITY_ITF`), whose codes each COM interface defines for itself, so the same numbers mean other things elsewhere (0x80040001 is also `OLE_E_ADVF`): read a value as `TAPI_E_` only when a TAPI 3 object returned it. Success codes and the standard COM errors that TAPI 3 methods also return (`E_POINTER`, `E_OUTOFMEMORY`, …) are not members.The buffer passed to the method is too small for the data to be returned: despite the name, Microsoft's text speaks of a short buffer, not of exhausted memory. Retry with a larger buffer.No item matches the request, for example a lookup or enumeration that found nothing.The method is not supported by this object or by the service provider behind it. Microsoft's reference page leaves this code out; the meaning comes from the message text in `Tapi3Err.h`.The media type passed to the method (a `TAPIMEDIATYPE_` value) is not valid for it.The operation failed and no more specific reason is given.The device is already in use (allocated), for example held exclusively by another process.No call appearance is free on the address, so no further call can be placed there for now.Too many call completion requests are already outstanding on the address; cancel one or wait for one to end before asking again.The conference already holds as many parties as it can, so no more can be added.The dialable string contains a dial modifier (such as `W`, `@`, `$` or `?`) that the address cannot carry out.The device is already in use, so the request cannot be carried out now.The address is not valid or not properly formatted for its address type; with `LINEADDRESSTYPE_PHONENUMBER`, for instance, the string does not look like a phone number.The operation is not allowed in the current state of the address.The call parameters (a `LINECALLPARAMS` structure) are not valid.The call privilege given is not a valid one (owner or monitor).The operation is not allowed in the current state of the call (`CALL_STATE`); for example, a call that is not connected cannot be put on hold.The calling card is not valid: no card with that identifier exists in the telephony configuration.The call completion identifier is not valid: it names no outstanding call completion request.The country or region code is not one TAPI knows.The device class name (such as `wave/in` or `comm/datamodem`) is not valid or not supported here.The dialing parameters (a `LINEDIALPARAMS` structure) are not valid.The digits are not valid, for example a character that cannot be sent in the chosen digit mode.The pickup group identifier is not valid.The location identifier is not valid: no dialing location has that identifier.The message identifier is not valid, for example a call completion message that the address does not offer.The park identifier (the address at which the call is parked) is not valid.The data rate asked for is not valid.The timeout value is not valid.The tone is not valid, for example a custom tone whose frequencies or cadence are wrong.A list passed as a parameter is not valid.A mode passed as a parameter is not valid.The call is not part of a conference, so the conference operation does not apply to it.The device has been removed, or the device class is not recognized.No assisted telephony request is pending.The application does not have owner privilege on the call, which the operation requires; monitor privilege is not enough.The application is not registered as a recipient of the requests it asks for.The request queue is already full; retry once earlier requests have completed.The call handoff failed because the target application was not found.No higher-priority target exists for the call handoff: the application would hand the call to itself.The user-user information is larger than the line or network permits.A reinitialization of TAPI is pending: the operation cannot complete until every TAPI application has shut down and initialized again.Calling this number is not permitted, for example because the switch or a dialing restriction blocks it.The network or switch rejected the calling card number or other billing information.The device-specific feature asked for is not valid.The button or lamp identifier is not valid for this phone.The button state is not valid.The data segment identifier is not valid for the phone's data areas.The hook switch device identifier (handset, speaker or headset) is not valid.The call was disconnected.No application is available to handle the request, such as a call manager for an assisted telephony call; start one and retry.The queue of call requests is full; retry later.The called number is busy.The called party does not answer.The called number could not be reached.The request failed and no more specific reason is given.The request was cancelled.The application's privilege (`CALL_PRIVILEGE`) does not allow the operation.The terminal direction passed (a `TERMINAL_DIRECTION` value) is not valid for the operation.The terminal passed is not valid for this operation, for example because its media type or direction does not suit the stream.The terminal class (the GUID that names a kind of terminal) is not valid.The service provider has been removed.The maximum number of streams has been reached, so no other stream can be created.The operation needs terminals to be selected first; select them on the stream or call and retry.The operation could not be carried out because the terminal is in use.The operation requires the stream to be stopped first.The maximum number of terminals has been reached.The stream passed is not valid for this operation.The call failed because a timeout expired; Microsoft gives the timeout as two minutes.The ACD proxy has removed this agent group, so operations on the object are no longer valid.The ACD proxy has removed this queue, so operations on the object are no longer valid.The agent object was created with `CreateAgent` and has no agent ID; create it with `CreateAgentWithID` when an ID is needed.The agent ID is not valid.The agent group is not valid.The agent password is not valid.The agent state is not valid.The agent activity is not valid.A registry setting that TAPI reads is corrupt.The peer of one of these bridge terminals has already been assigned.The peer of this bridge terminal must be set before the operation can complete.The event queue of the media service provider (MSP) is empty: there is no event to return.The address does not support the address type asked for (a `LINEADDRESSTYPE_` value).A resource needed to fulfil the request is not available.The phone is not open; open it (`ITPhone::Open`) before this operation.The call given is not currently selected, for example on the phone (see `ITAutomatedPhoneControl::SelectCall`).The information asked for is not available for this type of event.The format is not known: it has not been set or is not recognized.The operation is not allowed in the current state of the stream.The operation asked for is not allowed in the object's current state.The object has not been initialized; initialize it first (for the TAPI object itself, with `ITTAPI::Initialize`).The Telephony service (TapiSrv) could not be contacted; check that it is running. Microsoft's reference page leaves this code out; the meaning comes from the message text in `Tapi3Err.h`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "`HRESULT`-Fehlercodes der COM-Schnittstellen von TAPI 3 (`ITTAPI`, `ITAddress`, `ITBasicCallControl`, …), von 0x80040001 bis 0x8004005A. Diese Codes liegen im Schnittstellenbereich (`FACILITY_ITF`), dessen Codes jede COM-Schnittstelle selbst festlegt; dieselben Zahlen bedeuten anderswo also etwas anderes (0x80040001 ist auch `OLE_E_ADVF`): Ein Wert ist nur dann als `TAPI_E_` zu lesen, wenn ein TAPI-3-Objekt ihn zurückgegeben hat. Erfolgscodes und die Standard-COM-Fehler, die TAPI-3-Methoden ebenfalls zurückgeben (`E_POINTER`, `E_OUTOFMEMORY`, …), gehören nicht dazu.Der an die Methode übergebene Puffer ist zu klein für die zurückzugebenden Daten: Trotz des Namens spricht der Text von Microsoft von einem zu kleinen Puffer, nicht von erschöpftem Speicher. Abhilfe schafft ein erneuter Versuch mit einem größeren Puffer.Kein Element entspricht der Anforderung, etwa bei einer Suche oder Aufzählung, die nichts gefunden hat.Die Methode wird von diesem Objekt oder vom dahinterstehenden Dienstanbieter nicht unterstützt. Die Referenzseite von Microsoft führt diesen Code nicht auf; die Bedeutung stammt aus dem Meldungstext in `Tapi3Err.h`.Der an die Methode übergebene Medientyp (ein Wert `TAPIMEDIATYPE_`) ist für sie ungültig.Die Operation ist fehlgeschlagen, ohne dass ein genauerer Grund angegeben wird.Das Gerät wird bereits verwendet (ist belegt), etwa weil ein anderer Prozess es exklusiv hält.Auf der Adresse ist keine Anrufdarstellung frei; dort kann vorerst kein weiterer Anruf getätigt werden.Auf der Adresse stehen bereits zu viele Anforderungen zur Anrufvervollständigung aus; vor einer neuen Anforderung ist eine davon abzubrechen oder ihr Ende abzuwarten.Die Konferenz hat bereits so viele Teilnehmer, wie sie aufnehmen kann; weitere lassen sich nicht hinzufügen.Die Wählzeichenfolge enthält einen Modifikator der Wählzeichenfolge (etwa `W`, `@`, `$` oder `?`), den die Adresse nicht ausführen kann.Das Gerät wird bereits verwendet; die Anforderung kann derzeit nicht ausgeführt werden.Die Adresse ist ungültig oder für ihr Adressformat nicht korrekt formatiert; bei `LINEADDRESSTYPE_PHONENUMBER` etwa sieht die Zeichenkette nicht wie eine Telefonnummer aus.Die Operation ist im aktuellen Zustand der Adresse nicht zulässig.Die Anrufparameter (eine Struktur `LINECALLPARAMS`) sind ungültig.Die angegebene Anrufberechtigung ist keine gültige Berechtigung (Besitzer oder Überwachung).Die Operation ist im aktuellen Anrufzustand (`CALL_STATE`) nicht zulässig; zum Beispiel kann ein nicht verbundener Anruf nicht gehalten werden.Die Calling Card ist ungültig: In der Telefoniekonfiguration gibt es keine Calling Card mit dieser Kennung.Die Kennung der Anrufvervollständigung ist ungültig: Keine ausstehende Anforderung zur Anrufvervollständigung trägt diese Kennung.Die Landes- oder Regionskennzahl ist TAPI nicht bekannt.Der Name der Geräteklasse (etwa `wave/in` oder `comm/datamodem`) ist ungültig oder wird hier nicht unterstützt.Die Wählparameter (eine Struktur `LINEDIALPARAMS`) sind ungültig.Die Ziffern sind ungültig, etwa weil ein Zeichen im gewählten Wahlverfahren nicht gesendet werden kann.Die Kennung der Heranholgruppe ist ungültig.Die Kennung des Standorts ist ungültig: Kein Wählstandort hat diese Kennung.Die Nachrichtenkennung ist ungültig, etwa weil sie eine Nachricht zur Anrufvervollständigung bezeichnet, die die Adresse nicht anbietet.Die Parkkennung (die Adresse, an der der Anruf geparkt ist) ist ungültig.Die angeforderte Datenrate ist ungültig.Der Wert des Zeitlimits ist ungültig.Der Ton ist ungültig, etwa ein benutzerdefinierter Ton mit falschen Frequenzen oder falscher Kadenz.Eine als Parameter übergebene Liste ist ungültig.Ein als Parameter übergebener Modus ist ungültig.Der Anruf gehört zu keiner Konferenz; die Konferenzoperation ist daher auf ihn nicht anwendbar.Das Gerät wurde entfernt, oder die Geräteklasse wird nicht erkannt.Es steht keine Anforderung der unterstützten Telefonie aus.Die Anwendung hat nicht das Besitzerprivileg für den Anruf, das die Operation erfordert; die Überwachungsberechtigung genügt nicht.Die Anwendung ist nicht als Empfänger der Anforderungen registriert, die sie abruft.Die Anforderungswarteschlange ist bereits voll; ein erneuter Versuch ist möglich, sobald frühere Anforderungen abgeschlossen sind.Das Übergeben des Anrufs an eine andere Anwendung (Handoff) ist fehlgeschlagen, weil die Zielanwendung nicht gefunden wurde.Für das Übergeben des Anrufs an eine andere Anwendung (Handoff) gibt es kein Ziel mit höherer Priorität: Die Anwendung würde den Anruf an sich selbst übergeben.Die Benutzer-zu-Benutzer-Informationen sind größer, als die Leitung oder das Netz zulässt.Eine Neuinitialisierung von TAPI steht aus: Die Operation kann erst abgeschlossen werden, wenn alle TAPI-Anwendungen beendet und neu initialisiert worden sind.Das Anrufen dieser Nummer ist nicht zulässig, etwa weil die Vermittlung oder eine Wählbeschränkung es sperrt.Das Netz oder die Vermittlung hat die Nummer der Calling Card oder andere Abrechnungsinformationen abgelehnt.Die angeforderte gerätespezifische Funktion ist ungültig.Die Tasten-/Lampenkennung ist für dieses Telefongerät ungültig.Der Tastenzustand ist ungültig.Die Kennung des Datensegments ist für die Datenbereiche des Telefongeräts ungültig.Die Kennung des Geräts mit Gabelumschalter (Hörer, Freisprecheinrichtung oder Headset) ist ungültig.Der Anruf wurde beendet (die Verbindung wurde getrennt).Keine Anwendung steht zur Bearbeitung der Anforderung bereit, etwa ein Anrufmanager für einen Anruf der unterstützten Telefonie; nach dem Start einer solchen Anwendung ist ein erneuter Versuch möglich.Die Warteschlange der Anrufanforderungen ist voll; ein erneuter Versuch ist später möglich.Die angerufene Nummer ist besetzt.Der angerufene Teilnehmer meldet sich nicht.Die angerufene Nummer ist nicht erreichbar.Die Anforderung ist fehlgeschlagen, ohne dass ein genauerer Grund angegeben wird.Die Anforderung wurde abgebrochen.Die Berechtigung der Anwendung (`CALL_PRIVILEGE`) lässt die Operation nicht zu.Die übergebene Terminalrichtung (ein Wert `TERMINAL_DIRECTION`) ist für die Operation ungültig.Das übergebene Terminal ist für diese Operation ungültig, etwa weil sein Medientyp oder seine Richtung nicht zum Medienstrom passt.Die Terminalklasse (die GUID, die eine Art von Terminal bezeichnet) ist ungültig.Der Dienstanbieter wurde entfernt.Die Höchstzahl an Medienströmen ist erreicht; es kann kein weiterer Medienstrom erstellt werden.Die Operation erfordert, dass zuerst Terminals ausgewählt werden; nach ihrer Auswahl auf dem Medienstrom oder dem Anruf ist ein erneuter Versuch möglich.Die Operation konnte nicht ausgeführt werden, weil das Terminal in Gebrauch ist.Die Operation erfordert, dass der Medienstrom zuvor gestoppt wird.Die Höchstzahl an Terminals ist erreicht.Der übergebene Medienstrom ist für diese Operation ungültig.Der Anruf ist fehlgeschlagen, weil ein Zeitlimit abgelaufen ist; Microsoft gibt das Zeitlimit mit zwei Minuten an.Der ACD-Proxy hat diese Agentengruppe entfernt; Operationen auf dem Objekt sind daher nicht mehr gültig.Der ACD-Proxy hat diese Warteschlange entfernt; Operationen auf dem Objekt sind daher nicht mehr gültig.Das Agentenobjekt wurde mit `CreateAgent` erstellt und hat keine Agentenkennung; wird eine Kennung benötigt, ist es mit `CreateAgentWithID` zu erstellen.Die Agentenkennung ist ungültig.Die Agentengruppe ist ungültig.Das Kennwort des Agenten ist ungültig.Der Zustand des Agenten ist ungültig.Die Aktivität des Agenten ist ungültig.Eine Einstellung in der Registry, die TAPI liest, ist beschädigt.Das Gegenstück eines dieser Brückenterminals wurde bereits zugewiesen.Das Gegenstück dieses Brückenterminals muss festgelegt sein, damit die Operation abgeschlossen werden kann.Die Ereigniswarteschlange des MSP (Mediendienstanbieter) ist leer: Es gibt kein Ereignis, das zurückgegeben werden könnte.Die Adresse unterstützt das angeforderte Adressformat (einen Wert `LINEADDRESSTYPE_`) nicht.Eine zur Erfüllung der Anforderung benötigte Ressource ist nicht verfügbar.Das Telefongerät ist nicht geöffnet; es muss vor dieser Operation geöffnet werden (`ITPhone::Open`).Der angegebene Anruf ist derzeit nicht ausgewählt, etwa am Telefongerät (siehe `ITAutomatedPhoneControl::SelectCall`).Die angeforderte Information ist für diese Art von Ereignis nicht verfügbar.Das Format ist nicht bekannt: Es wurde nicht festgelegt oder wird nicht erkannt.Die Operation ist im aktuellen Zustand des Medienstroms nicht zulässig.Die angeforderte Operation ist im aktuellen Zustand des Objekts nicht zulässig.Das Objekt wurde nicht initialisiert; es muss zuerst initialisiert werden (beim TAPI-Objekt selbst mit `ITTAPI::Initialize`).Der Telefoniedienst (TapiSrv) war nicht erreichbar; es ist zu prüfen, ob er läuft. Die Referenzseite von Microsoft führt diesen Code nicht auf; die Bedeutung stammt aus dem Meldungstext in `Tapi3Err.h`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "`HRESULT` d’échec des interfaces COM de TAPI 3 (`ITTAPI`, `ITAddress`, `ITBasicCallControl`, …), de 0x80040001 à 0x8004005A. Ils appartiennent au domaine des interfaces (`FACILITY_ITF`), dont chaque interface COM définit elle-même les codes ; les mêmes nombres ont donc d’autres sens ailleurs (0x80040001 est aussi `OLE_E_ADVF`) : ne lisez une valeur comme `TAPI_E_` que si un objet TAPI 3 l’a renvoyée. Les codes de succès et les erreurs COM standard que renvoient aussi les méthodes de TAPI 3 (`E_POINTER`, `E_OUTOFMEMORY`, …) n’en font pas partie.La mémoire tampon passée à la méthode est trop petite pour les données à renvoyer : malgré le nom, le texte de Microsoft parle d’une mémoire tampon insuffisante et non d’un manque de mémoire. Réessayez avec une mémoire tampon plus grande.Aucun élément ne correspond à la requête, par exemple une recherche ou une énumération qui n’a rien trouvé.La méthode n’est pas prise en charge par cet objet ou par le fournisseur de services qui se trouve derrière. La page de référence de Microsoft omet ce code ; le sens provient du texte de message de `Tapi3Err.h`.Le type de média passé à la méthode (une valeur `TAPIMEDIATYPE_`) n’est pas valide pour elle.L’opération a échoué sans qu’une raison plus précise soit fournie.Le périphérique est déjà utilisé (alloué), par exemple détenu en exclusivité par un autre processus.Aucune présentation d’appel n’est libre sur l’adresse ; aucun autre appel ne peut y être établi pour l’instant.Trop de demandes d’achèvement d’appel sont déjà en cours sur l’adresse ; annulez-en une ou attendez que l’une d’elles se termine avant de recommencer.La conférence compte déjà autant de participants qu’elle peut en accueillir ; il n’est plus possible d’en ajouter.La chaîne composable contient un modificateur de chaîne composable (par exemple `W`, `@`, `$` ou `?`) que l’adresse ne sait pas exécuter.Le périphérique est déjà utilisé ; la requête ne peut pas être exécutée pour l’instant.L’adresse n’est pas valide ou est mal formée pour son format d’adresse ; avec `LINEADDRESSTYPE_PHONENUMBER`, par exemple, la chaîne ne ressemble pas à un numéro de téléphone.L’opération n’est pas permise dans l’état actuel de l’adresse.Les paramètres d’appel (une structure `LINECALLPARAMS`) ne sont pas valides.Le privilège d’appel indiqué n’est pas un privilège valide (propriétaire ou surveillance).L’opération n’est pas permise dans l’état actuel de l’appel (`CALL_STATE`) ; par exemple, un appel qui n’est pas connecté ne peut pas être mis en attente.La carte d’appel n’est pas valide : aucune carte portant cet identifiant n’existe dans la configuration de téléphonie.L’identifiant d’achèvement d’appel n’est pas valide : il ne désigne aucune demande d’achèvement d’appel en cours.L’indicatif de pays ou de région n’est pas connu de TAPI.Le nom de classe de périphérique (par exemple `wave/in` ou `comm/datamodem`) n’est pas valide ou n’est pas pris en charge ici.Les paramètres de numérotation (une structure `LINEDIALPARAMS`) ne sont pas valides.Les chiffres ne sont pas valides, par exemple un caractère qui ne peut pas être émis dans le mode de signalisation des chiffres choisi.L’identifiant du groupe d’interception n’est pas valide.L’identifiant d’emplacement n’est pas valide : aucun emplacement de numérotation ne porte cet identifiant.L’identifiant de message n’est pas valide, par exemple un message d’achèvement d’appel que l’adresse ne propose pas.L’identifiant de parcage (l’adresse où l’appel est parqué) n’est pas valide.Le débit demandé n’est pas valide.La valeur de délai d’expiration n’est pas valide.La tonalité n’est pas valide, par exemple une tonalité personnalisée dont les fréquences ou la cadence sont incorrectes.Une liste passée en paramètre n’est pas valide.Un mode passé en paramètre n’est pas valide.L’appel ne fait pas partie d’une conférence ; l’opération de conférence ne s’y applique donc pas.Le périphérique a été retiré, ou la classe de périphérique n’est pas reconnue.Aucune requête de téléphonie assistée n’est en attente.L’application n’a pas le privilège de propriétaire sur l’appel, qu’exige l’opération ; le privilège de surveillance ne suffit pas.L’application n’est pas inscrite comme destinataire des requêtes qu’elle demande.La file des requêtes est déjà pleine ; réessayez lorsque des requêtes antérieures seront terminées.La remise (handoff) de l’appel a échoué, car l’application cible est introuvable.Il n’existe aucune cible de priorité plus élevée pour la remise (handoff) de l’appel : l’application se le remettrait à elle-même.Les informations d’usager à usager dépassent la taille permise par la ligne ou le réseau.Une réinitialisation de TAPI est en attente : l’opération ne peut pas aboutir tant que toutes les applications TAPI ne se sont pas arrêtées puis réinitialisées.Il n’est pas permis d’appeler ce numéro, par exemple parce que le commutateur ou une restriction de numérotation le bloque.Le réseau ou le commutateur a refusé le numéro de carte d’appel ou une autre information de facturation.La fonction propre au périphérique demandée n’est pas valide.L’identifiant de bouton ou de voyant n’est pas valide pour ce poste téléphonique.L’état de bouton n’est pas valide.L’identifiant de segment de données n’est pas valide pour les zones de données du poste téléphonique.L’identifiant de périphérique à commutateur crochet (combiné, haut-parleur ou casque) n’est pas valide.L’appel a pris fin (il a été déconnecté).Aucune application n’est disponible pour traiter la requête, par exemple un gestionnaire d’appels pour un appel de téléphonie assistée ; démarrez-en une puis réessayez.La file des requêtes d’appel est pleine ; réessayez plus tard.Le numéro appelé est occupé.Le correspondant appelé ne répond pas.Le numéro appelé est injoignable.La requête a échoué sans qu’une raison plus précise soit fournie.La requête a été annulée.Le privilège de l’application (`CALL_PRIVILEGE`) ne permet pas l’opération.Le sens de terminal passé (une valeur `TERMINAL_DIRECTION`) n’est pas valide pour l’opération.Le terminal passé n’est pas valide pour cette opération, par exemple parce que son type de média ou son sens ne convient pas au flux.La classe de terminal (le GUID qui désigne un type de terminal) n’est pas valide.Le fournisseur de services a été supprimé.Le nombre maximal de flux est atteint ; aucun autre flux ne peut être créé.L’opération exige que des terminaux soient d’abord sélectionnés ; sélectionnez-les sur le flux ou l’appel, puis réessayez.L’opération n’a pas pu être effectuée, car le terminal est en cours d’utilisation.L’opération exige que le flux soit d’abord arrêté.Le nombre maximal de terminaux est atteint.Le flux passé n’est pas valide pour cette opération.L’appel a échoué à l’expiration d’un délai ; Microsoft indique un délai de deux minutes.Le proxy ACD a supprimé ce groupe d’agents ; les opérations sur cet objet ne sont donc plus valides.Le proxy ACD a supprimé cette file d’attente ; les opérations sur cet objet ne sont donc plus valides.L’objet agent a été créé avec `CreateAgent` et n’a pas d’identifiant d’agent ; créez-le avec `CreateAgentWithID` lorsqu’un identifiant est nécessaire.L’identifiant d’agent n’est pas valide.Le groupe d’agents n’est pas valide.Le mot de passe de l’agent n’est pas valide.L’état de l’agent n’est pas valide.L’activité de l’agent n’est pas valide.Un paramètre du Registre que lit TAPI est endommagé.Le pair de l’un de ces terminaux passerelles (bridge terminals) a déjà été attribué.Le pair de ce terminal passerelle doit être défini pour que l’opération puisse aboutir.La file d’événements du MSP (fournisseur de services de média) est vide : il n’y a aucun événement à renvoyer.L’adresse ne prend pas en charge le format d’adresse demandé (une valeur `LINEADDRESSTYPE_`).Une ressource nécessaire pour satisfaire la requête n’est pas disponible.Le poste téléphonique n’est pas ouvert ; ouvrez-le (`ITPhone::Open`) avant cette opération.L’appel indiqué n’est pas sélectionné actuellement, par exemple sur le poste téléphonique (voir `ITAutomatedPhoneControl::SelectCall`).L’information demandée n’est pas disponible pour ce type d’événement.Le format n’est pas connu : il n’a pas été défini ou n’est pas reconnu.L’opération n’est pas permise dans l’état actuel du flux.L’opération demandée n’est pas permise dans l’état actuel de l’objet.L’objet n’a pas été initialisé ; initialisez-le d’abord (pour l’objet TAPI lui-même, avec `ITTAPI::Initialize`).Le service Téléphonie (TapiSrv) n’a pas pu être joint ; vérifiez qu’il est démarré. La page de référence de Microsoft omet ce code ; le sens provient du texte de message de `Tapi3Err.h`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "Tapi3Err",
            prefix: "TAPI_E_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3Err.h"),
            c_type: __tapi::None,
            known_bits: 2147745919u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "TAPI_E_NOTENOUGHMEMORY",
                    "TAPI_E_NOITEMS",
                    "TAPI_E_NOTSUPPORTED",
                    "TAPI_E_INVALIDMEDIATYPE",
                    "TAPI_E_OPERATIONFAILED",
                    "TAPI_E_ALLOCATED",
                    "TAPI_E_CALLUNAVAIL",
                    "TAPI_E_COMPLETIONOVERRUN",
                    "TAPI_E_CONFERENCEFULL",
                    "TAPI_E_DIALMODIFIERNOTSUPPORTED",
                    "TAPI_E_INUSE",
                    "TAPI_E_INVALADDRESS",
                    "TAPI_E_INVALADDRESSSTATE",
                    "TAPI_E_INVALCALLPARAMS",
                    "TAPI_E_INVALCALLPRIVILEGE",
                    "TAPI_E_INVALCALLSTATE",
                    "TAPI_E_INVALCARD",
                    "TAPI_E_INVALCOMPLETIONID",
                    "TAPI_E_INVALCOUNTRYCODE",
                    "TAPI_E_INVALDEVICECLASS",
                    "TAPI_E_INVALDIALPARAMS",
                    "TAPI_E_INVALDIGITS",
                    "TAPI_E_INVALGROUPID",
                    "TAPI_E_INVALLOCATION",
                    "TAPI_E_INVALMESSAGEID",
                    "TAPI_E_INVALPARKID",
                    "TAPI_E_INVALRATE",
                    "TAPI_E_INVALTIMEOUT",
                    "TAPI_E_INVALTONE",
                    "TAPI_E_INVALLIST",
                    "TAPI_E_INVALMODE",
                    "TAPI_E_NOCONFERENCE",
                    "TAPI_E_NODEVICE",
                    "TAPI_E_NOREQUEST",
                    "TAPI_E_NOTOWNER",
                    "TAPI_E_NOTREGISTERED",
                    "TAPI_E_REQUESTOVERRUN",
                    "TAPI_E_TARGETNOTFOUND",
                    "TAPI_E_TARGETSELF",
                    "TAPI_E_USERUSERINFOTOOBIG",
                    "TAPI_E_REINIT",
                    "TAPI_E_ADDRESSBLOCKED",
                    "TAPI_E_BILLINGREJECTED",
                    "TAPI_E_INVALFEATURE",
                    "TAPI_E_INVALBUTTONLAMPID",
                    "TAPI_E_INVALBUTTONSTATE",
                    "TAPI_E_INVALDATAID",
                    "TAPI_E_INVALHOOKSWITCHDEV",
                    "TAPI_E_DROPPED",
                    "TAPI_E_NOREQUESTRECIPIENT",
                    "TAPI_E_REQUESTQUEUEFULL",
                    "TAPI_E_DESTBUSY",
                    "TAPI_E_DESTNOANSWER",
                    "TAPI_E_DESTUNAVAIL",
                    "TAPI_E_REQUESTFAILED",
                    "TAPI_E_REQUESTCANCELLED",
                    "TAPI_E_INVALPRIVILEGE",
                    "TAPI_E_INVALIDDIRECTION",
                    "TAPI_E_INVALIDTERMINAL",
                    "TAPI_E_INVALIDTERMINALCLASS",
                    "TAPI_E_NODRIVER",
                    "TAPI_E_MAXSTREAMS",
                    "TAPI_E_NOTERMINALSELECTED",
                    "TAPI_E_TERMINALINUSE",
                    "TAPI_E_NOTSTOPPED",
                    "TAPI_E_MAXTERMINALS",
                    "TAPI_E_INVALIDSTREAM",
                    "TAPI_E_TIMEOUT",
                    "TAPI_E_CALLCENTER_GROUP_REMOVED",
                    "TAPI_E_CALLCENTER_QUEUE_REMOVED",
                    "TAPI_E_CALLCENTER_NO_AGENT_ID",
                    "TAPI_E_CALLCENTER_INVALAGENTID",
                    "TAPI_E_CALLCENTER_INVALAGENTGROUP",
                    "TAPI_E_CALLCENTER_INVALPASSWORD",
                    "TAPI_E_CALLCENTER_INVALAGENTSTATE",
                    "TAPI_E_CALLCENTER_INVALAGENTACTIVITY",
                    "TAPI_E_REGISTRY_SETTING_CORRUPT",
                    "TAPI_E_TERMINAL_PEER",
                    "TAPI_E_PEER_NOT_SET",
                    "TAPI_E_NOEVENT",
                    "TAPI_E_INVALADDRESSTYPE",
                    "TAPI_E_RESOURCEUNAVAIL",
                    "TAPI_E_PHONENOTOPEN",
                    "TAPI_E_CALLNOTSELECTED",
                    "TAPI_E_WRONGEVENT",
                    "TAPI_E_NOFORMAT",
                    "TAPI_E_INVALIDSTREAMSTATE",
                    "TAPI_E_WRONG_STATE",
                    "TAPI_E_NOT_INITIALIZED",
                    "TAPI_E_SERVICE_NOT_RUNNING",
                ],
                bits: &[
                    2147745793u64, 2147745794u64, 2147745795u64, 2147745796u64,
                    2147745797u64, 2147745798u64, 2147745799u64, 2147745800u64,
                    2147745801u64, 2147745802u64, 2147745803u64, 2147745804u64,
                    2147745805u64, 2147745806u64, 2147745807u64, 2147745808u64,
                    2147745809u64, 2147745810u64, 2147745811u64, 2147745812u64,
                    2147745813u64, 2147745814u64, 2147745815u64, 2147745816u64,
                    2147745817u64, 2147745818u64, 2147745819u64, 2147745820u64,
                    2147745821u64, 2147745822u64, 2147745823u64, 2147745824u64,
                    2147745825u64, 2147745826u64, 2147745827u64, 2147745828u64,
                    2147745829u64, 2147745830u64, 2147745831u64, 2147745832u64,
                    2147745833u64, 2147745834u64, 2147745835u64, 2147745836u64,
                    2147745837u64, 2147745838u64, 2147745839u64, 2147745840u64,
                    2147745841u64, 2147745842u64, 2147745843u64, 2147745844u64,
                    2147745845u64, 2147745846u64, 2147745847u64, 2147745848u64,
                    2147745849u64, 2147745850u64, 2147745851u64, 2147745852u64,
                    2147745853u64, 2147745854u64, 2147745855u64, 2147745856u64,
                    2147745857u64, 2147745858u64, 2147745859u64, 2147745860u64,
                    2147745861u64, 2147745862u64, 2147745863u64, 2147745864u64,
                    2147745865u64, 2147745866u64, 2147745867u64, 2147745868u64,
                    2147745869u64, 2147745870u64, 2147745871u64, 2147745872u64,
                    2147745873u64, 2147745874u64, 2147745875u64, 2147745876u64,
                    2147745877u64, 2147745878u64, 2147745879u64, 2147745880u64,
                    2147745881u64, 2147745882u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xFE\x01\0\0\0\0\0\0C\x02\0\0\0\0\0\0:\x02\0\0\xFF\xFF\0\0\0\0\xFE\x01\0\0\xBB\0\0\0C\x02\0\0\x04\x01\0\0:\x02\0\0\xFD\0\0\0\xFF\xFF\0\0\0\0\xB9\x02\0\0T\0\0\0G\x03\0\0h\0\0\x007\x03\0\0t\0\0\0\xFF\xFF\0\0\0\0\r\x03\0\0\xBA\0\0\0\xAF\x03\0\0\xD9\0\0\0\xAB\x03\0\0\xD9\0\0\0\xFF\xFF\0\0\0\0\xC7\x03\0\0S\0\0\0\x88\x04\0\0\\\0\0\0\x84\x04\0\0c\0\0\0\xFF\xFF\0\0\0\0\x1A\x04\0\0:\0\0\0\xE4\x04\0\0O\0\0\0\xE7\x04\0\0J\0\0\0\xFF\xFF\0\0\0\0T\x04\0\0Z\0\0\x003\x05\0\0`\0\0\x001\x05\0\0l\0\0\0\xFF\xFF\0\0\0\0\xAE\x04\0\0Z\0\0\0\x93\x05\0\0h\0\0\0\x9D\x05\0\0z\0\0\0\xFF\xFF\0\0\0\0\x08\x05\0\0\x80\0\0\0\xFB\x05\0\0\xA7\0\0\0\x17\x06\0\0\xA3\0\0\0\xFF\xFF\0\0\0\0\x88\x05\0\0P\0\0\0\xA2\x06\0\0m\0\0\0\xBA\x06\0\0{\0\0\0\xFF\xFF\0\0\0\0\xD8\x05\0\0n\0\0\0\x0F\x07\0\0\x8C\0\0\x005\x07\0\0\x8E\0\0\0\xFF\xFF\0\0\0\0F\x06\0\0G\0\0\0\x9B\x07\0\0Y\0\0\0\xC3\x07\0\0b\0\0\0\xFF\xFF\0\0\0\0\x8D\x06\0\0\xA8\0\0\0\xF4\x07\0\0\xAE\0\0\0%\x08\0\0\xBA\0\0\0\xFF\xFF\0\0\0\x005\x07\0\0A\0\0\0\xA2\x08\0\0C\0\0\0\xDF\x08\0\0H\0\0\0\xFF\xFF\0\0\0\0v\x07\0\0A\0\0\0\xE5\x08\0\0C\0\0\0'\t\0\0O\0\0\0\xFF\xFF\0\0\0\0\xB7\x07\0\0?\0\0\0(\t\0\0^\0\0\0v\t\0\0b\0\0\0\xFF\xFF\0\0\0\0\xF6\x07\0\0\x8E\0\0\0\x86\t\0\0\x90\0\0\0\xD8\t\0\0\xA8\0\0\0\xFF\xFF\0\0\0\0\x84\x08\0\0b\0\0\0\x16\n\0\0l\0\0\0\x80\n\0\0~\0\0\0\xFF\xFF\0\0\0\0\xE6\x08\0\0]\0\0\0\x82\n\0\0\x86\0\0\0\xFE\n\0\0\x80\0\0\0\xFF\xFF\0\0\0\0C\t\0\x001\0\0\0\x08\x0B\0\08\0\0\0~\x0B\0\0>\0\0\0\xFF\xFF\0\0\0\0t\t\0\0a\0\0\0@\x0B\0\0r\0\0\0\xBC\x0B\0\0\x84\0\0\0\xFF\xFF\0\0\0\0\xD5\t\0\0D\0\0\0\xB2\x0B\0\0C\0\0\0@\x0C\0\0V\0\0\0\xFF\xFF\0\0\0\0\x19\n\0\0_\0\0\0\xF5\x0B\0\0i\0\0\0\x96\x0C\0\0\x8A\0\0\0\xFF\xFF\0\0\0\0x\n\0\0)\0\0\0^\x0C\0\0-\0\0\0 \r\0\0>\0\0\0\xFF\xFF\0\0\0\0\xA1\n\0\0N\0\0\0\x8B\x0C\0\0N\0\0\0^\r\0\0q\0\0\0\xFF\xFF\0\0\0\0\xEF\n\0\0k\0\0\0\xD9\x0C\0\0\x8A\0\0\0\xCF\r\0\0\x7F\0\0\0\xFF\xFF\0\0\0\0Z\x0B\0\0K\0\0\0c\r\0\0J\0\0\0N\x0E\0\0V\0\0\0\xFF\xFF\0\0\0\0\xA5\x0B\0\0%\0\0\0\xAD\r\0\0)\0\0\0\xA4\x0E\0\0&\0\0\0\xFF\xFF\0\0\0\0\xCA\x0B\0\0\x1F\0\0\0\xD6\r\0\0&\0\0\0\xCA\x0E\0\x006\0\0\0\xFF\xFF\0\0\0\0\xE9\x0B\0\0X\0\0\0\xFC\r\0\0e\0\0\0\0\x0F\0\0~\0\0\0\xFF\xFF\0\0\0\0A\x0C\0\0*\0\0\0a\x0E\0\x003\0\0\0~\x0F\0\x003\0\0\0\xFF\xFF\0\0\0\0k\x0C\0\0*\0\0\0\x94\x0E\0\x003\0\0\0\xB1\x0F\0\x000\0\0\0\xFF\xFF\0\0\0\0\x95\x0C\0\0W\0\0\0\xC7\x0E\0\0`\0\0\0\xE1\x0F\0\0l\0\0\0\xFF\xFF\0\0\0\0\xEC\x0C\0\0C\0\0\0'\x0F\0\0E\0\0\0M\x10\0\0W\0\0\0\xFF\xFF\0\0\0\0/\r\0\0)\0\0\0l\x0F\0\0<\0\0\0\xA4\x10\0\0=\0\0\0\xFF\xFF\0\0\0\0X\r\0\0y\0\0\0\xA8\x0F\0\0\x86\0\0\0\xE1\x10\0\0\x90\0\0\0\xFF\xFF\0\0\0\0\xD1\r\0\0M\0\0\0.\x10\0\0U\0\0\0q\x11\0\0X\0\0\0\xFF\xFF\0\0\0\0\x1E\x0E\0\0N\0\0\0\x83\x10\0\0\x84\0\0\0\xC9\x11\0\0j\0\0\0\xFF\xFF\0\0\0\0l\x0E\0\0E\0\0\0\x07\x11\0\0}\0\0\x003\x12\0\0W\0\0\0\xFF\xFF\0\0\0\0\xB1\x0E\0\0e\0\0\0\x84\x11\0\0\xA6\0\0\0\x8A\x12\0\0\x8D\0\0\0\xFF\xFF\0\0\0\0\x16\x0F\0\0E\0\0\0*\x12\0\0]\0\0\0\x17\x13\0\0^\0\0\0\xFF\xFF\0\0\0\0[\x0F\0\0\x86\0\0\0\x87\x12\0\0\x9F\0\0\0u\x13\0\0\xA8\0\0\0\xFF\xFF\0\0\0\0\xE1\x0F\0\0h\0\0\0&\x13\0\0p\0\0\0\x1D\x14\0\0\x81\0\0\0\xFF\xFF\0\0\0\0I\x10\0\0T\0\0\0\x96\x13\0\0m\0\0\0\x9E\x14\0\0m\0\0\0\xFF\xFF\0\0\0\0\x9D\x10\0\x003\0\0\0\x03\x14\0\0;\0\0\0\x0B\x15\0\0B\0\0\0\xFF\xFF\0\0\0\0\xD0\x10\0\0:\0\0\0>\x14\0\0B\0\0\0M\x15\0\0W\0\0\0\xFF\xFF\0\0\0\0\n\x11\0\0\x1E\0\0\0\x80\x14\0\0 \0\0\0\xA4\x15\0\0'\0\0\0\xFF\xFF\0\0\0\0(\x11\0\0D\0\0\0\xA0\x14\0\0V\0\0\0\xCB\x15\0\0m\0\0\0\xFF\xFF\0\0\0\0l\x11\0\0M\0\0\0\xF6\x14\0\0g\0\0\08\x16\0\0o\0\0\0\xFF\xFF\0\0\0\0\xB9\x11\0\0\x1A\0\0\0]\x15\0\08\0\0\0\xA7\x16\0\0/\0\0\0\xFF\xFF\0\0\0\0\xD3\x11\0\0~\0\0\0\x95\x15\0\0\xCC\0\0\0\xD6\x16\0\0\xB2\0\0\0\xFF\xFF\0\0\0\0Q\x12\0\x000\0\0\0a\x16\0\0]\0\0\0\x88\x17\0\0B\0\0\0\xFF\xFF\0\0\0\0\x81\x12\0\0\x1A\0\0\0\xBE\x16\0\0\"\0\0\0\xCA\x17\0\0\x1F\0\0\0\xFF\xFF\0\0\0\0\x9B\x12\0\0!\0\0\0\xE0\x16\0\0,\0\0\0\xE9\x17\0\0(\0\0\0\xFF\xFF\0\0\0\0\xBC\x12\0\0'\0\0\0\x0C\x17\0\0+\0\0\0\x11\x18\0\0#\0\0\0\xFF\xFF\0\0\0\0\xE3\x12\0\08\0\0\x007\x17\0\0Q\0\0\x004\x18\0\0G\0\0\0\xFF\xFF\0\0\0\0\x1B\x13\0\0\x1A\0\0\0\x88\x17\0\0\"\0\0\0{\x18\0\0\x1D\0\0\0\xFF\xFF\0\0\0\x005\x13\0\0L\0\0\0\xAA\x17\0\0P\0\0\0\x98\x18\0\0Q\0\0\0\xFF\xFF\0\0\0\0\x81\x13\0\0\\\0\0\0\xFA\x17\0\0b\0\0\0\xE9\x18\0\0d\0\0\0\xFF\xFF\0\0\0\0\xDD\x13\0\0~\0\0\0\\\x18\0\0\x86\0\0\0M\x19\0\0\x8A\0\0\0\xFF\xFF\0\0\0\0[\x14\0\0I\0\0\0\xE2\x18\0\0R\0\0\0\xD7\x19\0\0T\0\0\0\xFF\xFF\0\0\0\0\xA4\x14\0\0&\0\0\x004\x19\0\0\"\0\0\0+\x1A\0\0-\0\0\0\xFF\xFF\0\0\0\0\xCA\x14\0\0R\0\0\0V\x19\0\0b\0\0\0X\x1A\0\0N\0\0\0\xFF\xFF\0\0\0\0\x1C\x15\0\0`\0\0\0\xB8\x19\0\0\x9B\0\0\0\xA6\x1A\0\0\x85\0\0\0\xFF\xFF\0\0\0\0|\x15\0\0F\0\0\0S\x1A\0\0Q\0\0\0+\x1B\0\0[\0\0\0\xFF\xFF\0\0\0\0\xC2\x15\0\x006\0\0\0\xA4\x1A\0\0B\0\0\0\x86\x1B\0\09\0\0\0\xFF\xFF\0\0\0\0\xF8\x15\0\x001\0\0\0\xE6\x1A\0\0*\0\0\0\xBF\x1B\0\0+\0\0\0\xFF\xFF\0\0\0\0)\x16\0\x002\0\0\0\x10\x1B\0\0?\0\0\0\xEA\x1B\0\08\0\0\0\xFF\xFF\0\0\0\0[\x16\0\0V\0\0\0O\x1B\0\0r\0\0\0\"\x1C\0\0c\0\0\0\xFF\xFF\0\0\0\0\xB1\x16\0\0\\\0\0\0\xC1\x1B\0\0i\0\0\0\x85\x1C\0\0h\0\0\0\xFF\xFF\0\0\0\0\r\x17\0\0V\0\0\0*\x1C\0\0i\0\0\0\xED\x1C\0\0j\0\0\0\xFF\xFF\0\0\0\0c\x17\0\0}\0\0\0\x93\x1C\0\0\x9A\0\0\0W\x1D\0\0\xA6\0\0\0\xFF\xFF\0\0\0\0\xE0\x17\0\0\x1A\0\0\0-\x1D\0\0!\0\0\0\xFD\x1D\0\0-\0\0\0\xFF\xFF\0\0\0\0\xFA\x17\0\0\x1D\0\0\0N\x1D\0\0 \0\0\0*\x1E\0\0(\0\0\0\xFF\xFF\0\0\0\0\x17\x18\0\0 \0\0\0n\x1D\0\0'\0\0\0R\x1E\0\x000\0\0\0\xFF\xFF\0\0\0\x007\x18\0\0\x1D\0\0\0\x95\x1D\0\0&\0\0\0\x82\x1E\0\0*\0\0\0\xFF\xFF\0\0\0\0T\x18\0\0 \0\0\0\xBB\x1D\0\0)\0\0\0\xAC\x1E\0\0.\0\0\0\xFF\xFF\0\0\0\0t\x18\0\0.\0\0\0\xE4\x1D\0\0B\0\0\0\xDA\x1E\0\x006\0\0\0\xFF\xFF\0\0\0\0\xA2\x18\0\0D\0\0\0&\x1E\0\0H\0\0\0\x10\x1F\0\0[\0\0\0\xFF\xFF\0\0\0\0\xE6\x18\0\0O\0\0\0n\x1E\0\0m\0\0\0k\x1F\0\0\\\0\0\0\xFF\xFF\0\0\0\x005\x19\0\0Z\0\0\0\xDB\x1E\0\0|\0\0\0\xC7\x1F\0\0x\0\0\0\xFF\xFF\0\0\0\0\x8F\x19\0\0U\0\0\0W\x1F\0\0]\0\0\0? \0\0b\0\0\0\xFF\xFF\0\0\0\0\xE4\x19\0\09\0\0\0\xB4\x1F\0\0N\0\0\0\xA1 \0\0M\0\0\0\xFF\xFF\0\0\0\0\x1D\x1A\0\0G\0\0\0\x02 \0\0g\0\0\0\xEE \0\0`\0\0\0\xFF\xFF\0\0\0\0d\x1A\0\0o\0\0\0i \0\0x\0\0\0N!\0\0\x90\0\0\0\xFF\xFF\0\0\0\0\xD3\x1A\0\0B\0\0\0\xE1 \0\0N\0\0\0\xDE!\0\0N\0\0\0\xFF\xFF\0\0\0\0\x15\x1B\0\0B\0\0\0/!\0\0P\0\0\0,\"\0\0P\0\0\0\xFF\xFF\0\0\0\0W\x1B\0\0@\0\0\0\x7F!\0\0H\0\0\0|\"\0\0A\0\0\0\xFF\xFF\0\0\0\0\x97\x1B\0\0E\0\0\0\xC7!\0\0P\0\0\0\xBD\"\0\0P\0\0\0\xFF\xFF\0\0\0\0\xDC\x1B\0\0q\0\0\0\x17\"\0\0}\0\0\0\r#\0\0|\0\0\0\xFF\xFF\0\0\0\0M\x1C\0\0\xBB\0\0\0\x94\"\0\0\xCD\0\0\0\x89#\0\0\xC6\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "TAPI_E_NOTENOUGHMEMORY",
                        "TAPI_E_NOITEMS",
                        "TAPI_E_NOTSUPPORTED",
                        "TAPI_E_INVALIDMEDIATYPE",
                        "TAPI_E_OPERATIONFAILED",
                        "TAPI_E_ALLOCATED",
                        "TAPI_E_CALLUNAVAIL",
                        "TAPI_E_COMPLETIONOVERRUN",
                        "TAPI_E_CONFERENCEFULL",
                        "TAPI_E_DIALMODIFIERNOTSUPPORTED",
                        "TAPI_E_INUSE",
                        "TAPI_E_INVALADDRESS",
                        "TAPI_E_INVALADDRESSSTATE",
                        "TAPI_E_INVALCALLPARAMS",
                        "TAPI_E_INVALCALLPRIVILEGE",
                        "TAPI_E_INVALCALLSTATE",
                        "TAPI_E_INVALCARD",
                        "TAPI_E_INVALCOMPLETIONID",
                        "TAPI_E_INVALCOUNTRYCODE",
                        "TAPI_E_INVALDEVICECLASS",
                        "TAPI_E_INVALDIALPARAMS",
                        "TAPI_E_INVALDIGITS",
                        "TAPI_E_INVALGROUPID",
                        "TAPI_E_INVALLOCATION",
                        "TAPI_E_INVALMESSAGEID",
                        "TAPI_E_INVALPARKID",
                        "TAPI_E_INVALRATE",
                        "TAPI_E_INVALTIMEOUT",
                        "TAPI_E_INVALTONE",
                        "TAPI_E_INVALLIST",
                        "TAPI_E_INVALMODE",
                        "TAPI_E_NOCONFERENCE",
                        "TAPI_E_NODEVICE",
                        "TAPI_E_NOREQUEST",
                        "TAPI_E_NOTOWNER",
                        "TAPI_E_NOTREGISTERED",
                        "TAPI_E_REQUESTOVERRUN",
                        "TAPI_E_TARGETNOTFOUND",
                        "TAPI_E_TARGETSELF",
                        "TAPI_E_USERUSERINFOTOOBIG",
                        "TAPI_E_REINIT",
                        "TAPI_E_ADDRESSBLOCKED",
                        "TAPI_E_BILLINGREJECTED",
                        "TAPI_E_INVALFEATURE",
                        "TAPI_E_INVALBUTTONLAMPID",
                        "TAPI_E_INVALBUTTONSTATE",
                        "TAPI_E_INVALDATAID",
                        "TAPI_E_INVALHOOKSWITCHDEV",
                        "TAPI_E_DROPPED",
                        "TAPI_E_NOREQUESTRECIPIENT",
                        "TAPI_E_REQUESTQUEUEFULL",
                        "TAPI_E_DESTBUSY",
                        "TAPI_E_DESTNOANSWER",
                        "TAPI_E_DESTUNAVAIL",
                        "TAPI_E_REQUESTFAILED",
                        "TAPI_E_REQUESTCANCELLED",
                        "TAPI_E_INVALPRIVILEGE",
                        "TAPI_E_INVALIDDIRECTION",
                        "TAPI_E_INVALIDTERMINAL",
                        "TAPI_E_INVALIDTERMINALCLASS",
                        "TAPI_E_NODRIVER",
                        "TAPI_E_MAXSTREAMS",
                        "TAPI_E_NOTERMINALSELECTED",
                        "TAPI_E_TERMINALINUSE",
                        "TAPI_E_NOTSTOPPED",
                        "TAPI_E_MAXTERMINALS",
                        "TAPI_E_INVALIDSTREAM",
                        "TAPI_E_TIMEOUT",
                        "TAPI_E_CALLCENTER_GROUP_REMOVED",
                        "TAPI_E_CALLCENTER_QUEUE_REMOVED",
                        "TAPI_E_CALLCENTER_NO_AGENT_ID",
                        "TAPI_E_CALLCENTER_INVALAGENTID",
                        "TAPI_E_CALLCENTER_INVALAGENTGROUP",
                        "TAPI_E_CALLCENTER_INVALPASSWORD",
                        "TAPI_E_CALLCENTER_INVALAGENTSTATE",
                        "TAPI_E_CALLCENTER_INVALAGENTACTIVITY",
                        "TAPI_E_REGISTRY_SETTING_CORRUPT",
                        "TAPI_E_TERMINAL_PEER",
                        "TAPI_E_PEER_NOT_SET",
                        "TAPI_E_NOEVENT",
                        "TAPI_E_INVALADDRESSTYPE",
                        "TAPI_E_RESOURCEUNAVAIL",
                        "TAPI_E_PHONENOTOPEN",
                        "TAPI_E_CALLNOTSELECTED",
                        "TAPI_E_WRONGEVENT",
                        "TAPI_E_NOFORMAT",
                        "TAPI_E_INVALIDSTREAMSTATE",
                        "TAPI_E_WRONG_STATE",
                        "TAPI_E_NOT_INITIALIZED",
                        "TAPI_E_SERVICE_NOT_RUNNING",
                        "NOTENOUGHMEMORY",
                        "NOITEMS",
                        "NOTSUPPORTED",
                        "INVALIDMEDIATYPE",
                        "OPERATIONFAILED",
                        "ALLOCATED",
                        "CALLUNAVAIL",
                        "COMPLETIONOVERRUN",
                        "CONFERENCEFULL",
                        "DIALMODIFIERNOTSUPPORTED",
                        "INUSE",
                        "INVALADDRESS",
                        "INVALADDRESSSTATE",
                        "INVALCALLPARAMS",
                        "INVALCALLPRIVILEGE",
                        "INVALCALLSTATE",
                        "INVALCARD",
                        "INVALCOMPLETIONID",
                        "INVALCOUNTRYCODE",
                        "INVALDEVICECLASS",
                        "INVALDIALPARAMS",
                        "INVALDIGITS",
                        "INVALGROUPID",
                        "INVALLOCATION",
                        "INVALMESSAGEID",
                        "INVALPARKID",
                        "INVALRATE",
                        "INVALTIMEOUT",
                        "INVALTONE",
                        "INVALLIST",
                        "INVALMODE",
                        "NOCONFERENCE",
                        "NODEVICE",
                        "NOREQUEST",
                        "NOTOWNER",
                        "NOTREGISTERED",
                        "REQUESTOVERRUN",
                        "TARGETNOTFOUND",
                        "TARGETSELF",
                        "USERUSERINFOTOOBIG",
                        "REINIT",
                        "ADDRESSBLOCKED",
                        "BILLINGREJECTED",
                        "INVALFEATURE",
                        "INVALBUTTONLAMPID",
                        "INVALBUTTONSTATE",
                        "INVALDATAID",
                        "INVALHOOKSWITCHDEV",
                        "DROPPED",
                        "NOREQUESTRECIPIENT",
                        "REQUESTQUEUEFULL",
                        "DESTBUSY",
                        "DESTNOANSWER",
                        "DESTUNAVAIL",
                        "REQUESTFAILED",
                        "REQUESTCANCELLED",
                        "INVALPRIVILEGE",
                        "INVALIDDIRECTION",
                        "INVALIDTERMINAL",
                        "INVALIDTERMINALCLASS",
                        "NODRIVER",
                        "MAXSTREAMS",
                        "NOTERMINALSELECTED",
                        "TERMINALINUSE",
                        "NOTSTOPPED",
                        "MAXTERMINALS",
                        "INVALIDSTREAM",
                        "TIMEOUT",
                        "CALLCENTER_GROUP_REMOVED",
                        "CALLCENTER_QUEUE_REMOVED",
                        "CALLCENTER_NO_AGENT_ID",
                        "CALLCENTER_INVALAGENTID",
                        "CALLCENTER_INVALAGENTGROUP",
                        "CALLCENTER_INVALPASSWORD",
                        "CALLCENTER_INVALAGENTSTATE",
                        "CALLCENTER_INVALAGENTACTIVITY",
                        "REGISTRY_SETTING_CORRUPT",
                        "TERMINAL_PEER",
                        "PEER_NOT_SET",
                        "NOEVENT",
                        "INVALADDRESSTYPE",
                        "RESOURCEUNAVAIL",
                        "PHONENOTOPEN",
                        "CALLNOTSELECTED",
                        "WRONGEVENT",
                        "NOFORMAT",
                        "INVALIDSTREAMSTATE",
                        "WRONG_STATE",
                        "NOT_INITIALIZED",
                        "SERVICE_NOT_RUNNING",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\x1F\0 \0!\0\"\0#\0$\0%\0&\0'\0(\0)\0*\0+\0,\0-\0.\0/\x000\x001\x002\x003\x004\x005\x006\x007\08\09\0:\0;\0<\0=\0>\0?\0@\0A\0B\0C\0D\0E\0F\0G\0H\0I\0J\0K\0L\0M\0N\0O\0P\0Q\0R\0S\0T\0U\0V\0W\0X\0Y\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 52u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0%\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFM\0M\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFj\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFo\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9D\0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\0)\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFN\0N\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAF\0U\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF|\0\"\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFi\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFe\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF>\0>\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9C\0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\0'\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF:\0:\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\x004\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFG\0G\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8F\x005\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\0+\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA6\0L\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFl\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0)\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA3\0I\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB0\0V\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF~\0$\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF^\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFv\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x98\0>\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFu\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAA\0P\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0+\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFr\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFq\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\0/\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB1\0W\0\xFF\xFF\xFF\xFF\x84\0*\0\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0%\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFD\0D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF{\0!\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFH\0H\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFT\0T\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA4\0J\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0(\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF0\x000\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFd\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\0.\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAC\0R\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x1E\0\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF1\x001\x003\x003\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0,\0\xFF\xFF\xFF\xFFb\0\x08\0f\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFL\0L\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\0:\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB2\0X\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF9\09\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0&\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x95\0;\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFg\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0-\0\x8D\x003\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\0C\0\x8C\x002\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF5\x005\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA5\0K\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF_\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFV\0V\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB3\0Y\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA0\0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\"\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0*\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFZ\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFh\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA9\0O\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFy\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF;\0;\0\xFF\xFF\xFF\xFFK\0K\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF}\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFs\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0/\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF<\0<\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x99\0?\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9A\0@\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x000\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9B\0A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF[\0\x01\0 \0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x001\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFW\0W\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x006\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA2\0H\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF@\0@\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFJ\0J\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF.\0.\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAB\0Q\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF8\08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF?\0?\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\0,\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFn\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA7\0M\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFI\0I\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF=\0=\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0'\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFQ\0Q\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\09\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\0(\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9E\0D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFX\0X\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFS\0S\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8E\x004\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\0-\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0$\x006\x006\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFR\0R\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0!\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x007\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFp\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFY\0Y\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAD\0S\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFk\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFP\0P\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFm\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFF\0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x96\0<\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAE\0T\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\x007\x007\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x97\0=\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFE\0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFA\0A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFz\0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9F\0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\\\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\0&\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA1\0G\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\0\t\0x\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFO\0O\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF2\x002\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA8\0N\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFU\0U\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TAPI_E_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3Err.h`.\n\n| Constant | Value |\n|---|---|\n| `TAPI_E_NOTENOUGHMEMORY` | `-2147221503` (`0x80040001`) |\n| `TAPI_E_NOITEMS` | `-2147221502` (`0x80040002`) |\n| `TAPI_E_NOTSUPPORTED` | `-2147221501` (`0x80040003`) |\n| `TAPI_E_INVALIDMEDIATYPE` | `-2147221500` (`0x80040004`) |\n| `TAPI_E_OPERATIONFAILED` | `-2147221499` (`0x80040005`) |\n| `TAPI_E_ALLOCATED` | `-2147221498` (`0x80040006`) |\n| `TAPI_E_CALLUNAVAIL` | `-2147221497` (`0x80040007`) |\n| `TAPI_E_COMPLETIONOVERRUN` | `-2147221496` (`0x80040008`) |\n| `TAPI_E_CONFERENCEFULL` | `-2147221495` (`0x80040009`) |\n| `TAPI_E_DIALMODIFIERNOTSUPPORTED` | `-2147221494` (`0x8004000A`) |\n| `TAPI_E_INUSE` | `-2147221493` (`0x8004000B`) |\n| `TAPI_E_INVALADDRESS` | `-2147221492` (`0x8004000C`) |\n| `TAPI_E_INVALADDRESSSTATE` | `-2147221491` (`0x8004000D`) |\n| `TAPI_E_INVALCALLPARAMS` | `-2147221490` (`0x8004000E`) |\n| `TAPI_E_INVALCALLPRIVILEGE` | `-2147221489` (`0x8004000F`) |\n| `TAPI_E_INVALCALLSTATE` | `-2147221488` (`0x80040010`) |\n| `TAPI_E_INVALCARD` | `-2147221487` (`0x80040011`) |\n| `TAPI_E_INVALCOMPLETIONID` | `-2147221486` (`0x80040012`) |\n| `TAPI_E_INVALCOUNTRYCODE` | `-2147221485` (`0x80040013`) |\n| `TAPI_E_INVALDEVICECLASS` | `-2147221484` (`0x80040014`) |\n| `TAPI_E_INVALDIALPARAMS` | `-2147221483` (`0x80040015`) |\n| `TAPI_E_INVALDIGITS` | `-2147221482` (`0x80040016`) |\n| `TAPI_E_INVALGROUPID` | `-2147221481` (`0x80040017`) |\n| `TAPI_E_INVALLOCATION` | `-2147221480` (`0x80040018`) |\n| `TAPI_E_INVALMESSAGEID` | `-2147221479` (`0x80040019`) |\n| `TAPI_E_INVALPARKID` | `-2147221478` (`0x8004001A`) |\n| `TAPI_E_INVALRATE` | `-2147221477` (`0x8004001B`) |\n| `TAPI_E_INVALTIMEOUT` | `-2147221476` (`0x8004001C`) |\n| `TAPI_E_INVALTONE` | `-2147221475` (`0x8004001D`) |\n| `TAPI_E_INVALLIST` | `-2147221474` (`0x8004001E`) |\n| `TAPI_E_INVALMODE` | `-2147221473` (`0x8004001F`) |\n| `TAPI_E_NOCONFERENCE` | `-2147221472` (`0x80040020`) |\n| `TAPI_E_NODEVICE` | `-2147221471` (`0x80040021`) |\n| `TAPI_E_NOREQUEST` | `-2147221470` (`0x80040022`) |\n| `TAPI_E_NOTOWNER` | `-2147221469` (`0x80040023`) |\n| `TAPI_E_NOTREGISTERED` | `-2147221468` (`0x80040024`) |\n| `TAPI_E_REQUESTOVERRUN` | `-2147221467` (`0x80040025`) |\n| `TAPI_E_TARGETNOTFOUND` | `-2147221466` (`0x80040026`) |\n| `TAPI_E_TARGETSELF` | `-2147221465` (`0x80040027`) |\n| `TAPI_E_USERUSERINFOTOOBIG` | `-2147221464` (`0x80040028`) |\n| `TAPI_E_REINIT` | `-2147221463` (`0x80040029`) |\n| `TAPI_E_ADDRESSBLOCKED` | `-2147221462` (`0x8004002A`) |\n| `TAPI_E_BILLINGREJECTED` | `-2147221461` (`0x8004002B`) |\n| `TAPI_E_INVALFEATURE` | `-2147221460` (`0x8004002C`) |\n| `TAPI_E_INVALBUTTONLAMPID` | `-2147221459` (`0x8004002D`) |\n| `TAPI_E_INVALBUTTONSTATE` | `-2147221458` (`0x8004002E`) |\n| `TAPI_E_INVALDATAID` | `-2147221457` (`0x8004002F`) |\n| `TAPI_E_INVALHOOKSWITCHDEV` | `-2147221456` (`0x80040030`) |\n| `TAPI_E_DROPPED` | `-2147221455` (`0x80040031`) |\n| `TAPI_E_NOREQUESTRECIPIENT` | `-2147221454` (`0x80040032`) |\n| `TAPI_E_REQUESTQUEUEFULL` | `-2147221453` (`0x80040033`) |\n| `TAPI_E_DESTBUSY` | `-2147221452` (`0x80040034`) |\n| `TAPI_E_DESTNOANSWER` | `-2147221451` (`0x80040035`) |\n| `TAPI_E_DESTUNAVAIL` | `-2147221450` (`0x80040036`) |\n| `TAPI_E_REQUESTFAILED` | `-2147221449` (`0x80040037`) |\n| `TAPI_E_REQUESTCANCELLED` | `-2147221448` (`0x80040038`) |\n| `TAPI_E_INVALPRIVILEGE` | `-2147221447` (`0x80040039`) |\n| `TAPI_E_INVALIDDIRECTION` | `-2147221446` (`0x8004003A`) |\n| `TAPI_E_INVALIDTERMINAL` | `-2147221445` (`0x8004003B`) |\n| `TAPI_E_INVALIDTERMINALCLASS` | `-2147221444` (`0x8004003C`) |\n| `TAPI_E_NODRIVER` | `-2147221443` (`0x8004003D`) |\n| `TAPI_E_MAXSTREAMS` | `-2147221442` (`0x8004003E`) |\n| `TAPI_E_NOTERMINALSELECTED` | `-2147221441` (`0x8004003F`) |\n| `TAPI_E_TERMINALINUSE` | `-2147221440` (`0x80040040`) |\n| `TAPI_E_NOTSTOPPED` | `-2147221439` (`0x80040041`) |\n| `TAPI_E_MAXTERMINALS` | `-2147221438` (`0x80040042`) |\n| `TAPI_E_INVALIDSTREAM` | `-2147221437` (`0x80040043`) |\n| `TAPI_E_TIMEOUT` | `-2147221436` (`0x80040044`) |\n| `TAPI_E_CALLCENTER_GROUP_REMOVED` | `-2147221435` (`0x80040045`) |\n| `TAPI_E_CALLCENTER_QUEUE_REMOVED` | `-2147221434` (`0x80040046`) |\n| `TAPI_E_CALLCENTER_NO_AGENT_ID` | `-2147221433` (`0x80040047`) |\n| `TAPI_E_CALLCENTER_INVALAGENTID` | `-2147221432` (`0x80040048`) |\n| `TAPI_E_CALLCENTER_INVALAGENTGROUP` | `-2147221431` (`0x80040049`) |\n| `TAPI_E_CALLCENTER_INVALPASSWORD` | `-2147221430` (`0x8004004A`) |\n| `TAPI_E_CALLCENTER_INVALAGENTSTATE` | `-2147221429` (`0x8004004B`) |\n| `TAPI_E_CALLCENTER_INVALAGENTACTIVITY` | `-2147221428` (`0x8004004C`) |\n| `TAPI_E_REGISTRY_SETTING_CORRUPT` | `-2147221427` (`0x8004004D`) |\n| `TAPI_E_TERMINAL_PEER` | `-2147221426` (`0x8004004E`) |\n| `TAPI_E_PEER_NOT_SET` | `-2147221425` (`0x8004004F`) |\n| `TAPI_E_NOEVENT` | `-2147221424` (`0x80040050`) |\n| `TAPI_E_INVALADDRESSTYPE` | `-2147221423` (`0x80040051`) |\n| `TAPI_E_RESOURCEUNAVAIL` | `-2147221422` (`0x80040052`) |\n| `TAPI_E_PHONENOTOPEN` | `-2147221421` (`0x80040053`) |\n| `TAPI_E_CALLNOTSELECTED` | `-2147221420` (`0x80040054`) |\n| `TAPI_E_WRONGEVENT` | `-2147221419` (`0x80040055`) |\n| `TAPI_E_NOFORMAT` | `-2147221418` (`0x80040056`) |\n| `TAPI_E_INVALIDSTREAMSTATE` | `-2147221417` (`0x80040057`) |\n| `TAPI_E_WRONG_STATE` | `-2147221416` (`0x80040058`) |\n| `TAPI_E_NOT_INITIALIZED` | `-2147221415` (`0x80040059`) |\n| `TAPI_E_SERVICE_NOT_RUNNING` | `-2147221414` (`0x8004005A`) |\n\n# Deutsch\n\n`HRESULT`-Fehlercodes der COM-Schnittstellen von TAPI 3 (`ITTAPI`, `ITAddress`, `ITBasicCallControl`, …), von 0x80040001 bis 0x8004005A. Diese Codes liegen im Schnittstellenbereich (`FACILITY_ITF`), dessen Codes jede COM-Schnittstelle selbst festlegt; dieselben Zahlen bedeuten anderswo also etwas anderes (0x80040001 ist auch `OLE_E_ADVF`): Ein Wert ist nur dann als `TAPI_E_` zu lesen, wenn ein TAPI-3-Objekt ihn zurückgegeben hat. Erfolgscodes und die Standard-COM-Fehler, die TAPI-3-Methoden ebenfalls zurückgeben (`E_POINTER`, `E_OUTOFMEMORY`, …), gehören nicht dazu.\n\n- `TAPI_E_NOTENOUGHMEMORY`: Der an die Methode übergebene Puffer ist zu klein für die zurückzugebenden Daten: Trotz des Namens spricht der Text von Microsoft von einem zu kleinen Puffer, nicht von erschöpftem Speicher. Abhilfe schafft ein erneuter Versuch mit einem größeren Puffer.\n- `TAPI_E_NOITEMS`: Kein Element entspricht der Anforderung, etwa bei einer Suche oder Aufzählung, die nichts gefunden hat.\n- `TAPI_E_NOTSUPPORTED`: Die Methode wird von diesem Objekt oder vom dahinterstehenden Dienstanbieter nicht unterstützt. Die Referenzseite von Microsoft führt diesen Code nicht auf; die Bedeutung stammt aus dem Meldungstext in `Tapi3Err.h`.\n- `TAPI_E_INVALIDMEDIATYPE`: Der an die Methode übergebene Medientyp (ein Wert `TAPIMEDIATYPE_`) ist für sie ungültig.\n- `TAPI_E_OPERATIONFAILED`: Die Operation ist fehlgeschlagen, ohne dass ein genauerer Grund angegeben wird.\n- `TAPI_E_ALLOCATED`: Das Gerät wird bereits verwendet (ist belegt), etwa weil ein anderer Prozess es exklusiv hält.\n- `TAPI_E_CALLUNAVAIL`: Auf der Adresse ist keine Anrufdarstellung frei; dort kann vorerst kein weiterer Anruf getätigt werden.\n- `TAPI_E_COMPLETIONOVERRUN`: Auf der Adresse stehen bereits zu viele Anforderungen zur Anrufvervollständigung aus; vor einer neuen Anforderung ist eine davon abzubrechen oder ihr Ende abzuwarten.\n- `TAPI_E_CONFERENCEFULL`: Die Konferenz hat bereits so viele Teilnehmer, wie sie aufnehmen kann; weitere lassen sich nicht hinzufügen.\n- `TAPI_E_DIALMODIFIERNOTSUPPORTED`: Die Wählzeichenfolge enthält einen Modifikator der Wählzeichenfolge (etwa `W`, `@`, `$` oder `?`), den die Adresse nicht ausführen kann.\n- `TAPI_E_INUSE`: Das Gerät wird bereits verwendet; die Anforderung kann derzeit nicht ausgeführt werden.\n- `TAPI_E_INVALADDRESS`: Die Adresse ist ungültig oder für ihr Adressformat nicht korrekt formatiert; bei `LINEADDRESSTYPE_PHONENUMBER` etwa sieht die Zeichenkette nicht wie eine Telefonnummer aus.\n- `TAPI_E_INVALADDRESSSTATE`: Die Operation ist im aktuellen Zustand der Adresse nicht zulässig.\n- `TAPI_E_INVALCALLPARAMS`: Die Anrufparameter (eine Struktur `LINECALLPARAMS`) sind ungültig.\n- `TAPI_E_INVALCALLPRIVILEGE`: Die angegebene Anrufberechtigung ist keine gültige Berechtigung (Besitzer oder Überwachung).\n- `TAPI_E_INVALCALLSTATE`: Die Operation ist im aktuellen Anrufzustand (`CALL_STATE`) nicht zulässig; zum Beispiel kann ein nicht verbundener Anruf nicht gehalten werden.\n- `TAPI_E_INVALCARD`: Die Calling Card ist ungültig: In der Telefoniekonfiguration gibt es keine Calling Card mit dieser Kennung.\n- `TAPI_E_INVALCOMPLETIONID`: Die Kennung der Anrufvervollständigung ist ungültig: Keine ausstehende Anforderung zur Anrufvervollständigung trägt diese Kennung.\n- `TAPI_E_INVALCOUNTRYCODE`: Die Landes- oder Regionskennzahl ist TAPI nicht bekannt.\n- `TAPI_E_INVALDEVICECLASS`: Der Name der Geräteklasse (etwa `wave/in` oder `comm/datamodem`) ist ungültig oder wird hier nicht unterstützt.\n- `TAPI_E_INVALDIALPARAMS`: Die Wählparameter (eine Struktur `LINEDIALPARAMS`) sind ungültig.\n- `TAPI_E_INVALDIGITS`: Die Ziffern sind ungültig, etwa weil ein Zeichen im gewählten Wahlverfahren nicht gesendet werden kann.\n- `TAPI_E_INVALGROUPID`: Die Kennung der Heranholgruppe ist ungültig.\n- `TAPI_E_INVALLOCATION`: Die Kennung des Standorts ist ungültig: Kein Wählstandort hat diese Kennung.\n- `TAPI_E_INVALMESSAGEID`: Die Nachrichtenkennung ist ungültig, etwa weil sie eine Nachricht zur Anrufvervollständigung bezeichnet, die die Adresse nicht anbietet.\n- `TAPI_E_INVALPARKID`: Die Parkkennung (die Adresse, an der der Anruf geparkt ist) ist ungültig.\n- `TAPI_E_INVALRATE`: Die angeforderte Datenrate ist ungültig.\n- `TAPI_E_INVALTIMEOUT`: Der Wert des Zeitlimits ist ungültig.\n- `TAPI_E_INVALTONE`: Der Ton ist ungültig, etwa ein benutzerdefinierter Ton mit falschen Frequenzen oder falscher Kadenz.\n- `TAPI_E_INVALLIST`: Eine als Parameter übergebene Liste ist ungültig.\n- `TAPI_E_INVALMODE`: Ein als Parameter übergebener Modus ist ungültig.\n- `TAPI_E_NOCONFERENCE`: Der Anruf gehört zu keiner Konferenz; die Konferenzoperation ist daher auf ihn nicht anwendbar.\n- `TAPI_E_NODEVICE`: Das Gerät wurde entfernt, oder die Geräteklasse wird nicht erkannt.\n- `TAPI_E_NOREQUEST`: Es steht keine Anforderung der unterstützten Telefonie aus.\n- `TAPI_E_NOTOWNER`: Die Anwendung hat nicht das Besitzerprivileg für den Anruf, das die Operation erfordert; die Überwachungsberechtigung genügt nicht.\n- `TAPI_E_NOTREGISTERED`: Die Anwendung ist nicht als Empfänger der Anforderungen registriert, die sie abruft.\n- `TAPI_E_REQUESTOVERRUN`: Die Anforderungswarteschlange ist bereits voll; ein erneuter Versuch ist möglich, sobald frühere Anforderungen abgeschlossen sind.\n- `TAPI_E_TARGETNOTFOUND`: Das Übergeben des Anrufs an eine andere Anwendung (Handoff) ist fehlgeschlagen, weil die Zielanwendung nicht gefunden wurde.\n- `TAPI_E_TARGETSELF`: Für das Übergeben des Anrufs an eine andere Anwendung (Handoff) gibt es kein Ziel mit höherer Priorität: Die Anwendung würde den Anruf an sich selbst übergeben.\n- `TAPI_E_USERUSERINFOTOOBIG`: Die Benutzer-zu-Benutzer-Informationen sind größer, als die Leitung oder das Netz zulässt.\n- `TAPI_E_REINIT`: Eine Neuinitialisierung von TAPI steht aus: Die Operation kann erst abgeschlossen werden, wenn alle TAPI-Anwendungen beendet und neu initialisiert worden sind.\n- `TAPI_E_ADDRESSBLOCKED`: Das Anrufen dieser Nummer ist nicht zulässig, etwa weil die Vermittlung oder eine Wählbeschränkung es sperrt.\n- `TAPI_E_BILLINGREJECTED`: Das Netz oder die Vermittlung hat die Nummer der Calling Card oder andere Abrechnungsinformationen abgelehnt.\n- `TAPI_E_INVALFEATURE`: Die angeforderte gerätespezifische Funktion ist ungültig.\n- `TAPI_E_INVALBUTTONLAMPID`: Die Tasten-/Lampenkennung ist für dieses Telefongerät ungültig.\n- `TAPI_E_INVALBUTTONSTATE`: Der Tastenzustand ist ungültig.\n- `TAPI_E_INVALDATAID`: Die Kennung des Datensegments ist für die Datenbereiche des Telefongeräts ungültig.\n- `TAPI_E_INVALHOOKSWITCHDEV`: Die Kennung des Geräts mit Gabelumschalter (Hörer, Freisprecheinrichtung oder Headset) ist ungültig.\n- `TAPI_E_DROPPED`: Der Anruf wurde beendet (die Verbindung wurde getrennt).\n- `TAPI_E_NOREQUESTRECIPIENT`: Keine Anwendung steht zur Bearbeitung der Anforderung bereit, etwa ein Anrufmanager für einen Anruf der unterstützten Telefonie; nach dem Start einer solchen Anwendung ist ein erneuter Versuch möglich.\n- `TAPI_E_REQUESTQUEUEFULL`: Die Warteschlange der Anrufanforderungen ist voll; ein erneuter Versuch ist später möglich.\n- `TAPI_E_DESTBUSY`: Die angerufene Nummer ist besetzt.\n- `TAPI_E_DESTNOANSWER`: Der angerufene Teilnehmer meldet sich nicht.\n- `TAPI_E_DESTUNAVAIL`: Die angerufene Nummer ist nicht erreichbar.\n- `TAPI_E_REQUESTFAILED`: Die Anforderung ist fehlgeschlagen, ohne dass ein genauerer Grund angegeben wird.\n- `TAPI_E_REQUESTCANCELLED`: Die Anforderung wurde abgebrochen.\n- `TAPI_E_INVALPRIVILEGE`: Die Berechtigung der Anwendung (`CALL_PRIVILEGE`) lässt die Operation nicht zu.\n- `TAPI_E_INVALIDDIRECTION`: Die übergebene Terminalrichtung (ein Wert `TERMINAL_DIRECTION`) ist für die Operation ungültig.\n- `TAPI_E_INVALIDTERMINAL`: Das übergebene Terminal ist für diese Operation ungültig, etwa weil sein Medientyp oder seine Richtung nicht zum Medienstrom passt.\n- `TAPI_E_INVALIDTERMINALCLASS`: Die Terminalklasse (die GUID, die eine Art von Terminal bezeichnet) ist ungültig.\n- `TAPI_E_NODRIVER`: Der Dienstanbieter wurde entfernt.\n- `TAPI_E_MAXSTREAMS`: Die Höchstzahl an Medienströmen ist erreicht; es kann kein weiterer Medienstrom erstellt werden.\n- `TAPI_E_NOTERMINALSELECTED`: Die Operation erfordert, dass zuerst Terminals ausgewählt werden; nach ihrer Auswahl auf dem Medienstrom oder dem Anruf ist ein erneuter Versuch möglich.\n- `TAPI_E_TERMINALINUSE`: Die Operation konnte nicht ausgeführt werden, weil das Terminal in Gebrauch ist.\n- `TAPI_E_NOTSTOPPED`: Die Operation erfordert, dass der Medienstrom zuvor gestoppt wird.\n- `TAPI_E_MAXTERMINALS`: Die Höchstzahl an Terminals ist erreicht.\n- `TAPI_E_INVALIDSTREAM`: Der übergebene Medienstrom ist für diese Operation ungültig.\n- `TAPI_E_TIMEOUT`: Der Anruf ist fehlgeschlagen, weil ein Zeitlimit abgelaufen ist; Microsoft gibt das Zeitlimit mit zwei Minuten an.\n- `TAPI_E_CALLCENTER_GROUP_REMOVED`: Der ACD-Proxy hat diese Agentengruppe entfernt; Operationen auf dem Objekt sind daher nicht mehr gültig.\n- `TAPI_E_CALLCENTER_QUEUE_REMOVED`: Der ACD-Proxy hat diese Warteschlange entfernt; Operationen auf dem Objekt sind daher nicht mehr gültig.\n- `TAPI_E_CALLCENTER_NO_AGENT_ID`: Das Agentenobjekt wurde mit `CreateAgent` erstellt und hat keine Agentenkennung; wird eine Kennung benötigt, ist es mit `CreateAgentWithID` zu erstellen.\n- `TAPI_E_CALLCENTER_INVALAGENTID`: Die Agentenkennung ist ungültig.\n- `TAPI_E_CALLCENTER_INVALAGENTGROUP`: Die Agentengruppe ist ungültig.\n- `TAPI_E_CALLCENTER_INVALPASSWORD`: Das Kennwort des Agenten ist ungültig.\n- `TAPI_E_CALLCENTER_INVALAGENTSTATE`: Der Zustand des Agenten ist ungültig.\n- `TAPI_E_CALLCENTER_INVALAGENTACTIVITY`: Die Aktivität des Agenten ist ungültig.\n- `TAPI_E_REGISTRY_SETTING_CORRUPT`: Eine Einstellung in der Registry, die TAPI liest, ist beschädigt.\n- `TAPI_E_TERMINAL_PEER`: Das Gegenstück eines dieser Brückenterminals wurde bereits zugewiesen.\n- `TAPI_E_PEER_NOT_SET`: Das Gegenstück dieses Brückenterminals muss festgelegt sein, damit die Operation abgeschlossen werden kann.\n- `TAPI_E_NOEVENT`: Die Ereigniswarteschlange des MSP (Mediendienstanbieter) ist leer: Es gibt kein Ereignis, das zurückgegeben werden könnte.\n- `TAPI_E_INVALADDRESSTYPE`: Die Adresse unterstützt das angeforderte Adressformat (einen Wert `LINEADDRESSTYPE_`) nicht.\n- `TAPI_E_RESOURCEUNAVAIL`: Eine zur Erfüllung der Anforderung benötigte Ressource ist nicht verfügbar.\n- `TAPI_E_PHONENOTOPEN`: Das Telefongerät ist nicht geöffnet; es muss vor dieser Operation geöffnet werden (`ITPhone::Open`).\n- `TAPI_E_CALLNOTSELECTED`: Der angegebene Anruf ist derzeit nicht ausgewählt, etwa am Telefongerät (siehe `ITAutomatedPhoneControl::SelectCall`).\n- `TAPI_E_WRONGEVENT`: Die angeforderte Information ist für diese Art von Ereignis nicht verfügbar.\n- `TAPI_E_NOFORMAT`: Das Format ist nicht bekannt: Es wurde nicht festgelegt oder wird nicht erkannt.\n- `TAPI_E_INVALIDSTREAMSTATE`: Die Operation ist im aktuellen Zustand des Medienstroms nicht zulässig.\n- `TAPI_E_WRONG_STATE`: Die angeforderte Operation ist im aktuellen Zustand des Objekts nicht zulässig.\n- `TAPI_E_NOT_INITIALIZED`: Das Objekt wurde nicht initialisiert; es muss zuerst initialisiert werden (beim TAPI-Objekt selbst mit `ITTAPI::Initialize`).\n- `TAPI_E_SERVICE_NOT_RUNNING`: Der Telefoniedienst (TapiSrv) war nicht erreichbar; es ist zu prüfen, ob er läuft. Die Referenzseite von Microsoft führt diesen Code nicht auf; die Bedeutung stammt aus dem Meldungstext in `Tapi3Err.h`.\n\n# Français\n\n`HRESULT` d’échec des interfaces COM de TAPI 3 (`ITTAPI`, `ITAddress`, `ITBasicCallControl`, …), de 0x80040001 à 0x8004005A. Ils appartiennent au domaine des interfaces (`FACILITY_ITF`), dont chaque interface COM définit elle-même les codes ; les mêmes nombres ont donc d’autres sens ailleurs (0x80040001 est aussi `OLE_E_ADVF`) : ne lisez une valeur comme `TAPI_E_` que si un objet TAPI 3 l’a renvoyée. Les codes de succès et les erreurs COM standard que renvoient aussi les méthodes de TAPI 3 (`E_POINTER`, `E_OUTOFMEMORY`, …) n’en font pas partie.\n\n- `TAPI_E_NOTENOUGHMEMORY`: La mémoire tampon passée à la méthode est trop petite pour les données à renvoyer : malgré le nom, le texte de Microsoft parle d’une mémoire tampon insuffisante et non d’un manque de mémoire. Réessayez avec une mémoire tampon plus grande.\n- `TAPI_E_NOITEMS`: Aucun élément ne correspond à la requête, par exemple une recherche ou une énumération qui n’a rien trouvé.\n- `TAPI_E_NOTSUPPORTED`: La méthode n’est pas prise en charge par cet objet ou par le fournisseur de services qui se trouve derrière. La page de référence de Microsoft omet ce code ; le sens provient du texte de message de `Tapi3Err.h`.\n- `TAPI_E_INVALIDMEDIATYPE`: Le type de média passé à la méthode (une valeur `TAPIMEDIATYPE_`) n’est pas valide pour elle.\n- `TAPI_E_OPERATIONFAILED`: L’opération a échoué sans qu’une raison plus précise soit fournie.\n- `TAPI_E_ALLOCATED`: Le périphérique est déjà utilisé (alloué), par exemple détenu en exclusivité par un autre processus.\n- `TAPI_E_CALLUNAVAIL`: Aucune présentation d’appel n’est libre sur l’adresse ; aucun autre appel ne peut y être établi pour l’instant.\n- `TAPI_E_COMPLETIONOVERRUN`: Trop de demandes d’achèvement d’appel sont déjà en cours sur l’adresse ; annulez-en une ou attendez que l’une d’elles se termine avant de recommencer.\n- `TAPI_E_CONFERENCEFULL`: La conférence compte déjà autant de participants qu’elle peut en accueillir ; il n’est plus possible d’en ajouter.\n- `TAPI_E_DIALMODIFIERNOTSUPPORTED`: La chaîne composable contient un modificateur de chaîne composable (par exemple `W`, `@`, `$` ou `?`) que l’adresse ne sait pas exécuter.\n- `TAPI_E_INUSE`: Le périphérique est déjà utilisé ; la requête ne peut pas être exécutée pour l’instant.\n- `TAPI_E_INVALADDRESS`: L’adresse n’est pas valide ou est mal formée pour son format d’adresse ; avec `LINEADDRESSTYPE_PHONENUMBER`, par exemple, la chaîne ne ressemble pas à un numéro de téléphone.\n- `TAPI_E_INVALADDRESSSTATE`: L’opération n’est pas permise dans l’état actuel de l’adresse.\n- `TAPI_E_INVALCALLPARAMS`: Les paramètres d’appel (une structure `LINECALLPARAMS`) ne sont pas valides.\n- `TAPI_E_INVALCALLPRIVILEGE`: Le privilège d’appel indiqué n’est pas un privilège valide (propriétaire ou surveillance).\n- `TAPI_E_INVALCALLSTATE`: L’opération n’est pas permise dans l’état actuel de l’appel (`CALL_STATE`) ; par exemple, un appel qui n’est pas connecté ne peut pas être mis en attente.\n- `TAPI_E_INVALCARD`: La carte d’appel n’est pas valide : aucune carte portant cet identifiant n’existe dans la configuration de téléphonie.\n- `TAPI_E_INVALCOMPLETIONID`: L’identifiant d’achèvement d’appel n’est pas valide : il ne désigne aucune demande d’achèvement d’appel en cours.\n- `TAPI_E_INVALCOUNTRYCODE`: L’indicatif de pays ou de région n’est pas connu de TAPI.\n- `TAPI_E_INVALDEVICECLASS`: Le nom de classe de périphérique (par exemple `wave/in` ou `comm/datamodem`) n’est pas valide ou n’est pas pris en charge ici.\n- `TAPI_E_INVALDIALPARAMS`: Les paramètres de numérotation (une structure `LINEDIALPARAMS`) ne sont pas valides.\n- `TAPI_E_INVALDIGITS`: Les chiffres ne sont pas valides, par exemple un caractère qui ne peut pas être émis dans le mode de signalisation des chiffres choisi.\n- `TAPI_E_INVALGROUPID`: L’identifiant du groupe d’interception n’est pas valide.\n- `TAPI_E_INVALLOCATION`: L’identifiant d’emplacement n’est pas valide : aucun emplacement de numérotation ne porte cet identifiant.\n- `TAPI_E_INVALMESSAGEID`: L’identifiant de message n’est pas valide, par exemple un message d’achèvement d’appel que l’adresse ne propose pas.\n- `TAPI_E_INVALPARKID`: L’identifiant de parcage (l’adresse où l’appel est parqué) n’est pas valide.\n- `TAPI_E_INVALRATE`: Le débit demandé n’est pas valide.\n- `TAPI_E_INVALTIMEOUT`: La valeur de délai d’expiration n’est pas valide.\n- `TAPI_E_INVALTONE`: La tonalité n’est pas valide, par exemple une tonalité personnalisée dont les fréquences ou la cadence sont incorrectes.\n- `TAPI_E_INVALLIST`: Une liste passée en paramètre n’est pas valide.\n- `TAPI_E_INVALMODE`: Un mode passé en paramètre n’est pas valide.\n- `TAPI_E_NOCONFERENCE`: L’appel ne fait pas partie d’une conférence ; l’opération de conférence ne s’y applique donc pas.\n- `TAPI_E_NODEVICE`: Le périphérique a été retiré, ou la classe de périphérique n’est pas reconnue.\n- `TAPI_E_NOREQUEST`: Aucune requête de téléphonie assistée n’est en attente.\n- `TAPI_E_NOTOWNER`: L’application n’a pas le privilège de propriétaire sur l’appel, qu’exige l’opération ; le privilège de surveillance ne suffit pas.\n- `TAPI_E_NOTREGISTERED`: L’application n’est pas inscrite comme destinataire des requêtes qu’elle demande.\n- `TAPI_E_REQUESTOVERRUN`: La file des requêtes est déjà pleine ; réessayez lorsque des requêtes antérieures seront terminées.\n- `TAPI_E_TARGETNOTFOUND`: La remise (handoff) de l’appel a échoué, car l’application cible est introuvable.\n- `TAPI_E_TARGETSELF`: Il n’existe aucune cible de priorité plus élevée pour la remise (handoff) de l’appel : l’application se le remettrait à elle-même.\n- `TAPI_E_USERUSERINFOTOOBIG`: Les informations d’usager à usager dépassent la taille permise par la ligne ou le réseau.\n- `TAPI_E_REINIT`: Une réinitialisation de TAPI est en attente : l’opération ne peut pas aboutir tant que toutes les applications TAPI ne se sont pas arrêtées puis réinitialisées.\n- `TAPI_E_ADDRESSBLOCKED`: Il n’est pas permis d’appeler ce numéro, par exemple parce que le commutateur ou une restriction de numérotation le bloque.\n- `TAPI_E_BILLINGREJECTED`: Le réseau ou le commutateur a refusé le numéro de carte d’appel ou une autre information de facturation.\n- `TAPI_E_INVALFEATURE`: La fonction propre au périphérique demandée n’est pas valide.\n- `TAPI_E_INVALBUTTONLAMPID`: L’identifiant de bouton ou de voyant n’est pas valide pour ce poste téléphonique.\n- `TAPI_E_INVALBUTTONSTATE`: L’état de bouton n’est pas valide.\n- `TAPI_E_INVALDATAID`: L’identifiant de segment de données n’est pas valide pour les zones de données du poste téléphonique.\n- `TAPI_E_INVALHOOKSWITCHDEV`: L’identifiant de périphérique à commutateur crochet (combiné, haut-parleur ou casque) n’est pas valide.\n- `TAPI_E_DROPPED`: L’appel a pris fin (il a été déconnecté).\n- `TAPI_E_NOREQUESTRECIPIENT`: Aucune application n’est disponible pour traiter la requête, par exemple un gestionnaire d’appels pour un appel de téléphonie assistée ; démarrez-en une puis réessayez.\n- `TAPI_E_REQUESTQUEUEFULL`: La file des requêtes d’appel est pleine ; réessayez plus tard.\n- `TAPI_E_DESTBUSY`: Le numéro appelé est occupé.\n- `TAPI_E_DESTNOANSWER`: Le correspondant appelé ne répond pas.\n- `TAPI_E_DESTUNAVAIL`: Le numéro appelé est injoignable.\n- `TAPI_E_REQUESTFAILED`: La requête a échoué sans qu’une raison plus précise soit fournie.\n- `TAPI_E_REQUESTCANCELLED`: La requête a été annulée.\n- `TAPI_E_INVALPRIVILEGE`: Le privilège de l’application (`CALL_PRIVILEGE`) ne permet pas l’opération.\n- `TAPI_E_INVALIDDIRECTION`: Le sens de terminal passé (une valeur `TERMINAL_DIRECTION`) n’est pas valide pour l’opération.\n- `TAPI_E_INVALIDTERMINAL`: Le terminal passé n’est pas valide pour cette opération, par exemple parce que son type de média ou son sens ne convient pas au flux.\n- `TAPI_E_INVALIDTERMINALCLASS`: La classe de terminal (le GUID qui désigne un type de terminal) n’est pas valide.\n- `TAPI_E_NODRIVER`: Le fournisseur de services a été supprimé.\n- `TAPI_E_MAXSTREAMS`: Le nombre maximal de flux est atteint ; aucun autre flux ne peut être créé.\n- `TAPI_E_NOTERMINALSELECTED`: L’opération exige que des terminaux soient d’abord sélectionnés ; sélectionnez-les sur le flux ou l’appel, puis réessayez.\n- `TAPI_E_TERMINALINUSE`: L’opération n’a pas pu être effectuée, car le terminal est en cours d’utilisation.\n- `TAPI_E_NOTSTOPPED`: L’opération exige que le flux soit d’abord arrêté.\n- `TAPI_E_MAXTERMINALS`: Le nombre maximal de terminaux est atteint.\n- `TAPI_E_INVALIDSTREAM`: Le flux passé n’est pas valide pour cette opération.\n- `TAPI_E_TIMEOUT`: L’appel a échoué à l’expiration d’un délai ; Microsoft indique un délai de deux minutes.\n- `TAPI_E_CALLCENTER_GROUP_REMOVED`: Le proxy ACD a supprimé ce groupe d’agents ; les opérations sur cet objet ne sont donc plus valides.\n- `TAPI_E_CALLCENTER_QUEUE_REMOVED`: Le proxy ACD a supprimé cette file d’attente ; les opérations sur cet objet ne sont donc plus valides.\n- `TAPI_E_CALLCENTER_NO_AGENT_ID`: L’objet agent a été créé avec `CreateAgent` et n’a pas d’identifiant d’agent ; créez-le avec `CreateAgentWithID` lorsqu’un identifiant est nécessaire.\n- `TAPI_E_CALLCENTER_INVALAGENTID`: L’identifiant d’agent n’est pas valide.\n- `TAPI_E_CALLCENTER_INVALAGENTGROUP`: Le groupe d’agents n’est pas valide.\n- `TAPI_E_CALLCENTER_INVALPASSWORD`: Le mot de passe de l’agent n’est pas valide.\n- `TAPI_E_CALLCENTER_INVALAGENTSTATE`: L’état de l’agent n’est pas valide.\n- `TAPI_E_CALLCENTER_INVALAGENTACTIVITY`: L’activité de l’agent n’est pas valide.\n- `TAPI_E_REGISTRY_SETTING_CORRUPT`: Un paramètre du Registre que lit TAPI est endommagé.\n- `TAPI_E_TERMINAL_PEER`: Le pair de l’un de ces terminaux passerelles (bridge terminals) a déjà été attribué.\n- `TAPI_E_PEER_NOT_SET`: Le pair de ce terminal passerelle doit être défini pour que l’opération puisse aboutir.\n- `TAPI_E_NOEVENT`: La file d’événements du MSP (fournisseur de services de média) est vide : il n’y a aucun événement à renvoyer.\n- `TAPI_E_INVALADDRESSTYPE`: L’adresse ne prend pas en charge le format d’adresse demandé (une valeur `LINEADDRESSTYPE_`).\n- `TAPI_E_RESOURCEUNAVAIL`: Une ressource nécessaire pour satisfaire la requête n’est pas disponible.\n- `TAPI_E_PHONENOTOPEN`: Le poste téléphonique n’est pas ouvert ; ouvrez-le (`ITPhone::Open`) avant cette opération.\n- `TAPI_E_CALLNOTSELECTED`: L’appel indiqué n’est pas sélectionné actuellement, par exemple sur le poste téléphonique (voir `ITAutomatedPhoneControl::SelectCall`).\n- `TAPI_E_WRONGEVENT`: L’information demandée n’est pas disponible pour ce type d’événement.\n- `TAPI_E_NOFORMAT`: Le format n’est pas connu : il n’a pas été défini ou n’est pas reconnu.\n- `TAPI_E_INVALIDSTREAMSTATE`: L’opération n’est pas permise dans l’état actuel du flux.\n- `TAPI_E_WRONG_STATE`: L’opération demandée n’est pas permise dans l’état actuel de l’objet.\n- `TAPI_E_NOT_INITIALIZED`: L’objet n’a pas été initialisé ; initialisez-le d’abord (pour l’objet TAPI lui-même, avec `ITTAPI::Initialize`).\n- `TAPI_E_SERVICE_NOT_RUNNING`: Le service Téléphonie (TapiSrv) n’a pas pu être joint ; vérifiez qu’il est démarré. La page de référence de Microsoft omet ce code ; le sens provient du texte de message de `Tapi3Err.h`.\n"
    )]
    impl Tapi3Err {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NotEnoughMemory,
            Self::NoItems,
            Self::NotSupported,
            Self::InvalidMediaType,
            Self::OperationFailed,
            Self::Allocated,
            Self::CallUnavail,
            Self::CompletionOverrun,
            Self::ConferenceFull,
            Self::DialModifierNotSupported,
            Self::InUse,
            Self::InvalAddress,
            Self::InvalAddressState,
            Self::InvalCallParams,
            Self::InvalCallPrivilege,
            Self::InvalCallState,
            Self::InvalCard,
            Self::InvalCompletionId,
            Self::InvalCountryCode,
            Self::InvalDeviceClass,
            Self::InvalDialParams,
            Self::InvalDigits,
            Self::InvalGroupId,
            Self::InvalLocation,
            Self::InvalMessageId,
            Self::InvalParkId,
            Self::InvalRate,
            Self::InvalTimeout,
            Self::InvalTone,
            Self::InvalList,
            Self::InvalMode,
            Self::NoConference,
            Self::NoDevice,
            Self::NoRequest,
            Self::NotOwner,
            Self::NotRegistered,
            Self::RequestOverrun,
            Self::TargetNotFound,
            Self::TargetSelf,
            Self::UserUserInfoTooBig,
            Self::Reinit,
            Self::AddressBlocked,
            Self::BillingRejected,
            Self::InvalFeature,
            Self::InvalButtonLampId,
            Self::InvalButtonState,
            Self::InvalDataId,
            Self::InvalHookSwitchDev,
            Self::Dropped,
            Self::NoRequestRecipient,
            Self::RequestQueueFull,
            Self::DestBusy,
            Self::DestNoAnswer,
            Self::DestUnavail,
            Self::RequestFailed,
            Self::RequestCancelled,
            Self::InvalPrivilege,
            Self::InvalidDirection,
            Self::InvalidTerminal,
            Self::InvalidTerminalClass,
            Self::NoDriver,
            Self::MaxStreams,
            Self::NoTerminalSelected,
            Self::TerminalInUse,
            Self::NotStopped,
            Self::MaxTerminals,
            Self::InvalidStream,
            Self::Timeout,
            Self::CallCenterGroupRemoved,
            Self::CallCenterQueueRemoved,
            Self::CallCenterNoAgentId,
            Self::CallCenterInvalAgentId,
            Self::CallCenterInvalAgentGroup,
            Self::CallCenterInvalPassword,
            Self::CallCenterInvalAgentState,
            Self::CallCenterInvalAgentActivity,
            Self::RegistrySettingCorrupt,
            Self::TerminalPeer,
            Self::PeerNotSet,
            Self::NoEvent,
            Self::InvalAddressType,
            Self::ResourceUnavail,
            Self::PhoneNotOpen,
            Self::CallNotSelected,
            Self::WrongEvent,
            Self::NoFormat,
            Self::InvalidStreamState,
            Self::WrongState,
            Self::NotInitialized,
            Self::ServiceNotRunning,
        ];
        /// The member's value.
        #[inline]
        pub const fn value(self) -> ::core::primitive::i32 {
            self as ::core::primitive::i32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::i32,
        ) -> ::core::option::Option<Self> {
            match value {
                -2147221503 => __tapi::Some(Self::NotEnoughMemory),
                -2147221502 => __tapi::Some(Self::NoItems),
                -2147221501 => __tapi::Some(Self::NotSupported),
                -2147221500 => __tapi::Some(Self::InvalidMediaType),
                -2147221499 => __tapi::Some(Self::OperationFailed),
                -2147221498 => __tapi::Some(Self::Allocated),
                -2147221497 => __tapi::Some(Self::CallUnavail),
                -2147221496 => __tapi::Some(Self::CompletionOverrun),
                -2147221495 => __tapi::Some(Self::ConferenceFull),
                -2147221494 => __tapi::Some(Self::DialModifierNotSupported),
                -2147221493 => __tapi::Some(Self::InUse),
                -2147221492 => __tapi::Some(Self::InvalAddress),
                -2147221491 => __tapi::Some(Self::InvalAddressState),
                -2147221490 => __tapi::Some(Self::InvalCallParams),
                -2147221489 => __tapi::Some(Self::InvalCallPrivilege),
                -2147221488 => __tapi::Some(Self::InvalCallState),
                -2147221487 => __tapi::Some(Self::InvalCard),
                -2147221486 => __tapi::Some(Self::InvalCompletionId),
                -2147221485 => __tapi::Some(Self::InvalCountryCode),
                -2147221484 => __tapi::Some(Self::InvalDeviceClass),
                -2147221483 => __tapi::Some(Self::InvalDialParams),
                -2147221482 => __tapi::Some(Self::InvalDigits),
                -2147221481 => __tapi::Some(Self::InvalGroupId),
                -2147221480 => __tapi::Some(Self::InvalLocation),
                -2147221479 => __tapi::Some(Self::InvalMessageId),
                -2147221478 => __tapi::Some(Self::InvalParkId),
                -2147221477 => __tapi::Some(Self::InvalRate),
                -2147221476 => __tapi::Some(Self::InvalTimeout),
                -2147221475 => __tapi::Some(Self::InvalTone),
                -2147221474 => __tapi::Some(Self::InvalList),
                -2147221473 => __tapi::Some(Self::InvalMode),
                -2147221472 => __tapi::Some(Self::NoConference),
                -2147221471 => __tapi::Some(Self::NoDevice),
                -2147221470 => __tapi::Some(Self::NoRequest),
                -2147221469 => __tapi::Some(Self::NotOwner),
                -2147221468 => __tapi::Some(Self::NotRegistered),
                -2147221467 => __tapi::Some(Self::RequestOverrun),
                -2147221466 => __tapi::Some(Self::TargetNotFound),
                -2147221465 => __tapi::Some(Self::TargetSelf),
                -2147221464 => __tapi::Some(Self::UserUserInfoTooBig),
                -2147221463 => __tapi::Some(Self::Reinit),
                -2147221462 => __tapi::Some(Self::AddressBlocked),
                -2147221461 => __tapi::Some(Self::BillingRejected),
                -2147221460 => __tapi::Some(Self::InvalFeature),
                -2147221459 => __tapi::Some(Self::InvalButtonLampId),
                -2147221458 => __tapi::Some(Self::InvalButtonState),
                -2147221457 => __tapi::Some(Self::InvalDataId),
                -2147221456 => __tapi::Some(Self::InvalHookSwitchDev),
                -2147221455 => __tapi::Some(Self::Dropped),
                -2147221454 => __tapi::Some(Self::NoRequestRecipient),
                -2147221453 => __tapi::Some(Self::RequestQueueFull),
                -2147221452 => __tapi::Some(Self::DestBusy),
                -2147221451 => __tapi::Some(Self::DestNoAnswer),
                -2147221450 => __tapi::Some(Self::DestUnavail),
                -2147221449 => __tapi::Some(Self::RequestFailed),
                -2147221448 => __tapi::Some(Self::RequestCancelled),
                -2147221447 => __tapi::Some(Self::InvalPrivilege),
                -2147221446 => __tapi::Some(Self::InvalidDirection),
                -2147221445 => __tapi::Some(Self::InvalidTerminal),
                -2147221444 => __tapi::Some(Self::InvalidTerminalClass),
                -2147221443 => __tapi::Some(Self::NoDriver),
                -2147221442 => __tapi::Some(Self::MaxStreams),
                -2147221441 => __tapi::Some(Self::NoTerminalSelected),
                -2147221440 => __tapi::Some(Self::TerminalInUse),
                -2147221439 => __tapi::Some(Self::NotStopped),
                -2147221438 => __tapi::Some(Self::MaxTerminals),
                -2147221437 => __tapi::Some(Self::InvalidStream),
                -2147221436 => __tapi::Some(Self::Timeout),
                -2147221435 => __tapi::Some(Self::CallCenterGroupRemoved),
                -2147221434 => __tapi::Some(Self::CallCenterQueueRemoved),
                -2147221433 => __tapi::Some(Self::CallCenterNoAgentId),
                -2147221432 => __tapi::Some(Self::CallCenterInvalAgentId),
                -2147221431 => __tapi::Some(Self::CallCenterInvalAgentGroup),
                -2147221430 => __tapi::Some(Self::CallCenterInvalPassword),
                -2147221429 => __tapi::Some(Self::CallCenterInvalAgentState),
                -2147221428 => __tapi::Some(Self::CallCenterInvalAgentActivity),
                -2147221427 => __tapi::Some(Self::RegistrySettingCorrupt),
                -2147221426 => __tapi::Some(Self::TerminalPeer),
                -2147221425 => __tapi::Some(Self::PeerNotSet),
                -2147221424 => __tapi::Some(Self::NoEvent),
                -2147221423 => __tapi::Some(Self::InvalAddressType),
                -2147221422 => __tapi::Some(Self::ResourceUnavail),
                -2147221421 => __tapi::Some(Self::PhoneNotOpen),
                -2147221420 => __tapi::Some(Self::CallNotSelected),
                -2147221419 => __tapi::Some(Self::WrongEvent),
                -2147221418 => __tapi::Some(Self::NoFormat),
                -2147221417 => __tapi::Some(Self::InvalidStreamState),
                -2147221416 => __tapi::Some(Self::WrongState),
                -2147221415 => __tapi::Some(Self::NotInitialized),
                -2147221414 => __tapi::Some(Self::ServiceNotRunning),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `TAPI_E_NOTENOUGHMEMORY`; `{:#}` in `format!` gives the short name.
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
            (self as ::core::primitive::i32).wrapping_sub(-2147221503)
                as ::core::primitive::u32 as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for Tapi3Err {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<Tapi3Err> for ::core::primitive::i32 {
        #[inline]
        fn from(member: Tapi3Err) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for Tapi3Err {
        type Error = ::tapi_consts::UnknownValueError<Tapi3Err>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Tapi3Err {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Tapi3Err {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(Tapi3Err, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(Tapi3Err);
};
///The `TAPI_E_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_tapi3err {
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NotEnoughMemory`](super::Tapi3Err::NotEnoughMemory)."
    )]
    pub const TAPI_E_NOTENOUGHMEMORY: ::core::primitive::i32 = -2147221503;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NoItems`](super::Tapi3Err::NoItems)."
    )]
    pub const TAPI_E_NOITEMS: ::core::primitive::i32 = -2147221502;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NotSupported`](super::Tapi3Err::NotSupported)."
    )]
    pub const TAPI_E_NOTSUPPORTED: ::core::primitive::i32 = -2147221501;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalidMediaType`](super::Tapi3Err::InvalidMediaType)."
    )]
    pub const TAPI_E_INVALIDMEDIATYPE: ::core::primitive::i32 = -2147221500;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::OperationFailed`](super::Tapi3Err::OperationFailed)."
    )]
    pub const TAPI_E_OPERATIONFAILED: ::core::primitive::i32 = -2147221499;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::Allocated`](super::Tapi3Err::Allocated)."
    )]
    pub const TAPI_E_ALLOCATED: ::core::primitive::i32 = -2147221498;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::CallUnavail`](super::Tapi3Err::CallUnavail)."
    )]
    pub const TAPI_E_CALLUNAVAIL: ::core::primitive::i32 = -2147221497;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::CompletionOverrun`](super::Tapi3Err::CompletionOverrun)."
    )]
    pub const TAPI_E_COMPLETIONOVERRUN: ::core::primitive::i32 = -2147221496;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::ConferenceFull`](super::Tapi3Err::ConferenceFull)."
    )]
    pub const TAPI_E_CONFERENCEFULL: ::core::primitive::i32 = -2147221495;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::DialModifierNotSupported`](super::Tapi3Err::DialModifierNotSupported)."
    )]
    pub const TAPI_E_DIALMODIFIERNOTSUPPORTED: ::core::primitive::i32 = -2147221494;
    #[cfg_attr(doc, doc = "The value of [`Tapi3Err::InUse`](super::Tapi3Err::InUse).")]
    pub const TAPI_E_INUSE: ::core::primitive::i32 = -2147221493;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalAddress`](super::Tapi3Err::InvalAddress)."
    )]
    pub const TAPI_E_INVALADDRESS: ::core::primitive::i32 = -2147221492;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalAddressState`](super::Tapi3Err::InvalAddressState)."
    )]
    pub const TAPI_E_INVALADDRESSSTATE: ::core::primitive::i32 = -2147221491;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalCallParams`](super::Tapi3Err::InvalCallParams)."
    )]
    pub const TAPI_E_INVALCALLPARAMS: ::core::primitive::i32 = -2147221490;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalCallPrivilege`](super::Tapi3Err::InvalCallPrivilege)."
    )]
    pub const TAPI_E_INVALCALLPRIVILEGE: ::core::primitive::i32 = -2147221489;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalCallState`](super::Tapi3Err::InvalCallState)."
    )]
    pub const TAPI_E_INVALCALLSTATE: ::core::primitive::i32 = -2147221488;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalCard`](super::Tapi3Err::InvalCard)."
    )]
    pub const TAPI_E_INVALCARD: ::core::primitive::i32 = -2147221487;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalCompletionId`](super::Tapi3Err::InvalCompletionId)."
    )]
    pub const TAPI_E_INVALCOMPLETIONID: ::core::primitive::i32 = -2147221486;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalCountryCode`](super::Tapi3Err::InvalCountryCode)."
    )]
    pub const TAPI_E_INVALCOUNTRYCODE: ::core::primitive::i32 = -2147221485;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalDeviceClass`](super::Tapi3Err::InvalDeviceClass)."
    )]
    pub const TAPI_E_INVALDEVICECLASS: ::core::primitive::i32 = -2147221484;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalDialParams`](super::Tapi3Err::InvalDialParams)."
    )]
    pub const TAPI_E_INVALDIALPARAMS: ::core::primitive::i32 = -2147221483;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalDigits`](super::Tapi3Err::InvalDigits)."
    )]
    pub const TAPI_E_INVALDIGITS: ::core::primitive::i32 = -2147221482;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalGroupId`](super::Tapi3Err::InvalGroupId)."
    )]
    pub const TAPI_E_INVALGROUPID: ::core::primitive::i32 = -2147221481;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalLocation`](super::Tapi3Err::InvalLocation)."
    )]
    pub const TAPI_E_INVALLOCATION: ::core::primitive::i32 = -2147221480;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalMessageId`](super::Tapi3Err::InvalMessageId)."
    )]
    pub const TAPI_E_INVALMESSAGEID: ::core::primitive::i32 = -2147221479;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalParkId`](super::Tapi3Err::InvalParkId)."
    )]
    pub const TAPI_E_INVALPARKID: ::core::primitive::i32 = -2147221478;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalRate`](super::Tapi3Err::InvalRate)."
    )]
    pub const TAPI_E_INVALRATE: ::core::primitive::i32 = -2147221477;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalTimeout`](super::Tapi3Err::InvalTimeout)."
    )]
    pub const TAPI_E_INVALTIMEOUT: ::core::primitive::i32 = -2147221476;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalTone`](super::Tapi3Err::InvalTone)."
    )]
    pub const TAPI_E_INVALTONE: ::core::primitive::i32 = -2147221475;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalList`](super::Tapi3Err::InvalList)."
    )]
    pub const TAPI_E_INVALLIST: ::core::primitive::i32 = -2147221474;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalMode`](super::Tapi3Err::InvalMode)."
    )]
    pub const TAPI_E_INVALMODE: ::core::primitive::i32 = -2147221473;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NoConference`](super::Tapi3Err::NoConference)."
    )]
    pub const TAPI_E_NOCONFERENCE: ::core::primitive::i32 = -2147221472;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NoDevice`](super::Tapi3Err::NoDevice)."
    )]
    pub const TAPI_E_NODEVICE: ::core::primitive::i32 = -2147221471;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NoRequest`](super::Tapi3Err::NoRequest)."
    )]
    pub const TAPI_E_NOREQUEST: ::core::primitive::i32 = -2147221470;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NotOwner`](super::Tapi3Err::NotOwner)."
    )]
    pub const TAPI_E_NOTOWNER: ::core::primitive::i32 = -2147221469;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NotRegistered`](super::Tapi3Err::NotRegistered)."
    )]
    pub const TAPI_E_NOTREGISTERED: ::core::primitive::i32 = -2147221468;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::RequestOverrun`](super::Tapi3Err::RequestOverrun)."
    )]
    pub const TAPI_E_REQUESTOVERRUN: ::core::primitive::i32 = -2147221467;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::TargetNotFound`](super::Tapi3Err::TargetNotFound)."
    )]
    pub const TAPI_E_TARGETNOTFOUND: ::core::primitive::i32 = -2147221466;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::TargetSelf`](super::Tapi3Err::TargetSelf)."
    )]
    pub const TAPI_E_TARGETSELF: ::core::primitive::i32 = -2147221465;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::UserUserInfoTooBig`](super::Tapi3Err::UserUserInfoTooBig)."
    )]
    pub const TAPI_E_USERUSERINFOTOOBIG: ::core::primitive::i32 = -2147221464;
    #[cfg_attr(doc, doc = "The value of [`Tapi3Err::Reinit`](super::Tapi3Err::Reinit).")]
    pub const TAPI_E_REINIT: ::core::primitive::i32 = -2147221463;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::AddressBlocked`](super::Tapi3Err::AddressBlocked)."
    )]
    pub const TAPI_E_ADDRESSBLOCKED: ::core::primitive::i32 = -2147221462;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::BillingRejected`](super::Tapi3Err::BillingRejected)."
    )]
    pub const TAPI_E_BILLINGREJECTED: ::core::primitive::i32 = -2147221461;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalFeature`](super::Tapi3Err::InvalFeature)."
    )]
    pub const TAPI_E_INVALFEATURE: ::core::primitive::i32 = -2147221460;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalButtonLampId`](super::Tapi3Err::InvalButtonLampId)."
    )]
    pub const TAPI_E_INVALBUTTONLAMPID: ::core::primitive::i32 = -2147221459;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalButtonState`](super::Tapi3Err::InvalButtonState)."
    )]
    pub const TAPI_E_INVALBUTTONSTATE: ::core::primitive::i32 = -2147221458;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalDataId`](super::Tapi3Err::InvalDataId)."
    )]
    pub const TAPI_E_INVALDATAID: ::core::primitive::i32 = -2147221457;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalHookSwitchDev`](super::Tapi3Err::InvalHookSwitchDev)."
    )]
    pub const TAPI_E_INVALHOOKSWITCHDEV: ::core::primitive::i32 = -2147221456;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::Dropped`](super::Tapi3Err::Dropped)."
    )]
    pub const TAPI_E_DROPPED: ::core::primitive::i32 = -2147221455;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NoRequestRecipient`](super::Tapi3Err::NoRequestRecipient)."
    )]
    pub const TAPI_E_NOREQUESTRECIPIENT: ::core::primitive::i32 = -2147221454;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::RequestQueueFull`](super::Tapi3Err::RequestQueueFull)."
    )]
    pub const TAPI_E_REQUESTQUEUEFULL: ::core::primitive::i32 = -2147221453;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::DestBusy`](super::Tapi3Err::DestBusy)."
    )]
    pub const TAPI_E_DESTBUSY: ::core::primitive::i32 = -2147221452;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::DestNoAnswer`](super::Tapi3Err::DestNoAnswer)."
    )]
    pub const TAPI_E_DESTNOANSWER: ::core::primitive::i32 = -2147221451;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::DestUnavail`](super::Tapi3Err::DestUnavail)."
    )]
    pub const TAPI_E_DESTUNAVAIL: ::core::primitive::i32 = -2147221450;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::RequestFailed`](super::Tapi3Err::RequestFailed)."
    )]
    pub const TAPI_E_REQUESTFAILED: ::core::primitive::i32 = -2147221449;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::RequestCancelled`](super::Tapi3Err::RequestCancelled)."
    )]
    pub const TAPI_E_REQUESTCANCELLED: ::core::primitive::i32 = -2147221448;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalPrivilege`](super::Tapi3Err::InvalPrivilege)."
    )]
    pub const TAPI_E_INVALPRIVILEGE: ::core::primitive::i32 = -2147221447;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalidDirection`](super::Tapi3Err::InvalidDirection)."
    )]
    pub const TAPI_E_INVALIDDIRECTION: ::core::primitive::i32 = -2147221446;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalidTerminal`](super::Tapi3Err::InvalidTerminal)."
    )]
    pub const TAPI_E_INVALIDTERMINAL: ::core::primitive::i32 = -2147221445;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalidTerminalClass`](super::Tapi3Err::InvalidTerminalClass)."
    )]
    pub const TAPI_E_INVALIDTERMINALCLASS: ::core::primitive::i32 = -2147221444;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NoDriver`](super::Tapi3Err::NoDriver)."
    )]
    pub const TAPI_E_NODRIVER: ::core::primitive::i32 = -2147221443;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::MaxStreams`](super::Tapi3Err::MaxStreams)."
    )]
    pub const TAPI_E_MAXSTREAMS: ::core::primitive::i32 = -2147221442;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NoTerminalSelected`](super::Tapi3Err::NoTerminalSelected)."
    )]
    pub const TAPI_E_NOTERMINALSELECTED: ::core::primitive::i32 = -2147221441;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::TerminalInUse`](super::Tapi3Err::TerminalInUse)."
    )]
    pub const TAPI_E_TERMINALINUSE: ::core::primitive::i32 = -2147221440;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NotStopped`](super::Tapi3Err::NotStopped)."
    )]
    pub const TAPI_E_NOTSTOPPED: ::core::primitive::i32 = -2147221439;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::MaxTerminals`](super::Tapi3Err::MaxTerminals)."
    )]
    pub const TAPI_E_MAXTERMINALS: ::core::primitive::i32 = -2147221438;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalidStream`](super::Tapi3Err::InvalidStream)."
    )]
    pub const TAPI_E_INVALIDSTREAM: ::core::primitive::i32 = -2147221437;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::Timeout`](super::Tapi3Err::Timeout)."
    )]
    pub const TAPI_E_TIMEOUT: ::core::primitive::i32 = -2147221436;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::CallCenterGroupRemoved`](super::Tapi3Err::CallCenterGroupRemoved)."
    )]
    pub const TAPI_E_CALLCENTER_GROUP_REMOVED: ::core::primitive::i32 = -2147221435;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::CallCenterQueueRemoved`](super::Tapi3Err::CallCenterQueueRemoved)."
    )]
    pub const TAPI_E_CALLCENTER_QUEUE_REMOVED: ::core::primitive::i32 = -2147221434;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::CallCenterNoAgentId`](super::Tapi3Err::CallCenterNoAgentId)."
    )]
    pub const TAPI_E_CALLCENTER_NO_AGENT_ID: ::core::primitive::i32 = -2147221433;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::CallCenterInvalAgentId`](super::Tapi3Err::CallCenterInvalAgentId)."
    )]
    pub const TAPI_E_CALLCENTER_INVALAGENTID: ::core::primitive::i32 = -2147221432;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::CallCenterInvalAgentGroup`](super::Tapi3Err::CallCenterInvalAgentGroup)."
    )]
    pub const TAPI_E_CALLCENTER_INVALAGENTGROUP: ::core::primitive::i32 = -2147221431;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::CallCenterInvalPassword`](super::Tapi3Err::CallCenterInvalPassword)."
    )]
    pub const TAPI_E_CALLCENTER_INVALPASSWORD: ::core::primitive::i32 = -2147221430;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::CallCenterInvalAgentState`](super::Tapi3Err::CallCenterInvalAgentState)."
    )]
    pub const TAPI_E_CALLCENTER_INVALAGENTSTATE: ::core::primitive::i32 = -2147221429;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::CallCenterInvalAgentActivity`](super::Tapi3Err::CallCenterInvalAgentActivity)."
    )]
    pub const TAPI_E_CALLCENTER_INVALAGENTACTIVITY: ::core::primitive::i32 = -2147221428;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::RegistrySettingCorrupt`](super::Tapi3Err::RegistrySettingCorrupt)."
    )]
    pub const TAPI_E_REGISTRY_SETTING_CORRUPT: ::core::primitive::i32 = -2147221427;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::TerminalPeer`](super::Tapi3Err::TerminalPeer)."
    )]
    pub const TAPI_E_TERMINAL_PEER: ::core::primitive::i32 = -2147221426;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::PeerNotSet`](super::Tapi3Err::PeerNotSet)."
    )]
    pub const TAPI_E_PEER_NOT_SET: ::core::primitive::i32 = -2147221425;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NoEvent`](super::Tapi3Err::NoEvent)."
    )]
    pub const TAPI_E_NOEVENT: ::core::primitive::i32 = -2147221424;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalAddressType`](super::Tapi3Err::InvalAddressType)."
    )]
    pub const TAPI_E_INVALADDRESSTYPE: ::core::primitive::i32 = -2147221423;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::ResourceUnavail`](super::Tapi3Err::ResourceUnavail)."
    )]
    pub const TAPI_E_RESOURCEUNAVAIL: ::core::primitive::i32 = -2147221422;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::PhoneNotOpen`](super::Tapi3Err::PhoneNotOpen)."
    )]
    pub const TAPI_E_PHONENOTOPEN: ::core::primitive::i32 = -2147221421;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::CallNotSelected`](super::Tapi3Err::CallNotSelected)."
    )]
    pub const TAPI_E_CALLNOTSELECTED: ::core::primitive::i32 = -2147221420;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::WrongEvent`](super::Tapi3Err::WrongEvent)."
    )]
    pub const TAPI_E_WRONGEVENT: ::core::primitive::i32 = -2147221419;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NoFormat`](super::Tapi3Err::NoFormat)."
    )]
    pub const TAPI_E_NOFORMAT: ::core::primitive::i32 = -2147221418;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::InvalidStreamState`](super::Tapi3Err::InvalidStreamState)."
    )]
    pub const TAPI_E_INVALIDSTREAMSTATE: ::core::primitive::i32 = -2147221417;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::WrongState`](super::Tapi3Err::WrongState)."
    )]
    pub const TAPI_E_WRONG_STATE: ::core::primitive::i32 = -2147221416;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::NotInitialized`](super::Tapi3Err::NotInitialized)."
    )]
    pub const TAPI_E_NOT_INITIALIZED: ::core::primitive::i32 = -2147221415;
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi3Err::ServiceNotRunning`](super::Tapi3Err::ServiceNotRunning)."
    )]
    pub const TAPI_E_SERVICE_NOT_RUNNING: ::core::primitive::i32 = -2147221414;
}
