// @generated from tapi-consts/families/line_errors.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Error codes of the TAPI line functions (`LINEERR_`).
/// Error codes that the TAPI line functions report for operations on line devices, addresses and calls.
///
/// A synchronous `line…` function returns one of these codes directly (as a negative `LONG`); an
/// asynchronous one first returns a positive request identifier and later delivers the outcome in
/// `dwParam2` of the `LINE_REPLY` message. Codes from 0xC0000000 up are left for device-specific
/// extensions; an application that meets a code it does not know should handle it like
/// `LINEERR_OPERATIONFAILED`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineErr {
    /// Another process has taken exclusive hold of the hardware behind the line (a serial port, for
    /// instance), so the line cannot be opened until that hold is released.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_ALLOCATED` = `0x80000001`")]
    Allocated = 0x8000_0001,
    /// The `dwDeviceID` argument does not name any line device: it is not below the number of line
    /// devices that TAPI reported when the application initialized.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_BADDEVICEID` = `0x80000002`")]
    BadDeviceId = 0x8000_0002,
    /// The call cannot use the bearer mode asked for: the value in `LINECALLPARAMS` is bad, the line
    /// does not offer that mode, or an existing call cannot be moved to it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_BEARERMODEUNAVAIL` = `0x80000003`")]
    BearerModeUnavail = 0x8000_0003,
    /// No free call appearance is left on the address, so another call cannot be set up there until one
    /// is released.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_CALLUNAVAIL` = `0x80000005`")]
    CallUnavail = 0x8000_0005,
    /// `lineCompleteCall` was refused because the address already has as many pending call-completion
    /// requests as it allows (`dwMaxCallCompletions` in `LINEADDRESSCAPS`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_COMPLETIONOVERRUN` = `0x80000006`")]
    CompletionOverrun = 0x8000_0006,
    /// No more parties fit in the conference (see `dwMaxNumConference` in `LINEADDRESSCAPS`), or the
    /// size requested when setting it up is more than the switch can give.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_CONFERENCEFULL` = `0x80000007`")]
    ConferenceFull = 0x8000_0007,
    /// The dialable address contains the `$` modifier (wait for the billing or calling-card
    /// prompt tone), which the service provider does not support.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_DIALBILLING` = `0x80000008`")]
    DialBilling = 0x8000_0008,
    /// The dialable address contains the `W` modifier (wait for dial tone), which the service
    /// provider does not support.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_DIALDIALTONE` = `0x80000009`")]
    DialDialTone = 0x8000_0009,
    /// The dialable address contains the `?` modifier (stop and ask the user before dialing on),
    /// which the service provider does not support.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_DIALPROMPT` = `0x8000000A`")]
    DialPrompt = 0x8000_000A,
    /// The dialable address contains the `@` modifier (wait for quiet answer, that is, silence
    /// after ringback), which the service provider does not support.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_DIALQUIET` = `0x8000000B`")]
    DialQuiet = 0x8000_000B,
    /// No TAPI version in the range the application asked for can be supported by both TAPI and
    /// the service provider of the device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INCOMPATIBLEAPIVERSION` = `0x8000000C`")]
    IncompatibleApiVersion = 0x8000_000C,
    /// Extension version negotiation (`lineNegotiateExtVersion`) failed: the range given is malformed,
    /// or the provider's extensions fall outside it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INCOMPATIBLEEXTVERSION` = `0x8000000D`")]
    IncompatibleExtVersion = 0x8000_000D,
    /// TAPI cannot make sense of its stored telephony configuration (the `Telephon.ini` data or its
    /// registry equivalent, such as the locations, cards or countries sections) because it is
    /// damaged or inconsistent.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INIFILECORRUPT` = `0x8000000E`")]
    IniFileCorrupt = 0x8000_000E,
    /// Other activity currently occupies the line device and blocks the request, whether that is
    /// reconfiguring the line, adding a party, or answering, placing or transferring a call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INUSE` = `0x8000000F`")]
    InUse = 0x8000_000F,
    /// An address is malformed (bad characters, or dial modifiers such as `W`, `@`, `$` or `?` that
    /// the provider does not handle) or is not permitted, for example not assigned to the line or
    /// not usable as a redirection target.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALADDRESS` = `0x80000010`")]
    InvalAddress = 0x8000_0010,
    /// The `dwAddressID` given is out of range: it must be less than the number of addresses on the
    /// line (`dwNumAddresses` in `LINEDEVCAPS`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALADDRESSID` = `0x80000011`")]
    InvalAddressId = 0x8000_0011,
    /// The address mode value (a `LINEADDRESSMODE_` selector) is not acceptable.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALADDRESSMODE` = `0x80000012`")]
    InvalAddressMode = 0x8000_0012,
    /// The `dwAddressStates` mask (for example of `lineSetStatusMessages`) includes bits other than the
    /// defined `LINEADDRESSSTATE_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALADDRESSSTATE` = `0x80000013`")]
    InvalAddressState = 0x8000_0013,
    /// The `hLineApp` usage handle does not come from a successful `lineInitialize` or
    /// `lineInitializeEx` (or has already been shut down), or a registration handle is unknown.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALAPPHANDLE` = `0x80000014`")]
    InvalAppHandle = 0x8000_0014,
    /// The application name supplied is unusable; TAPI expects a zero-terminated string made of
    /// displayable characters only.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALAPPNAME` = `0x80000015`")]
    InvalAppName = 0x8000_0015,
    /// A bearer mode argument is not one of the `LINEBEARERMODE_` values, or not one that may be used
    /// in this context.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALBEARERMODE` = `0x80000016`")]
    InvalBearerMode = 0x8000_0016,
    /// The completion mode passed to `lineCompleteCall` is not a valid `LINECALLCOMPLMODE_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALCALLCOMPLMODE` = `0x80000017`")]
    InvalCallComplMode = 0x8000_0017,
    /// The `hCall` given does not refer to a call the application can act on, for example a non-null
    /// handle that belongs to a different line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALCALLHANDLE` = `0x80000018`")]
    InvalCallHandle = 0x8000_0018,
    /// The call parameters supplied (typically a `LINECALLPARAMS` structure) contain values that
    /// are not acceptable.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALCALLPARAMS` = `0x80000019`")]
    InvalCallParams = 0x8000_0019,
    /// The call privilege requested (for example with `lineSetCallPrivilege`) is not a valid
    /// `LINECALLPRIVILEGE_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALCALLPRIVILEGE` = `0x8000001A`")]
    InvalCallPrivilege = 0x8000_001A,
    /// The select parameter (a `LINECALLSELECT_` value saying whether the line, an address or a
    /// call is targeted) is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALCALLSELECT` = `0x8000001B`")]
    InvalCallSelect = 0x8000_001B,
    /// The requested operation cannot be applied to the call in the state it is in now, such as
    /// answering a call that is no longer being offered.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALCALLSTATE` = `0x8000001C`")]
    InvalCallState = 0x8000_001C,
    /// The list of call states supplied (for example to `lineSetMediaControl`) is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALCALLSTATELIST` = `0x8000001D`")]
    InvalCallStateList = 0x8000_001D,
    /// No calling card with the permanent identifier given in `dwCard` exists in the stored
    /// telephony configuration.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALCARD` = `0x8000001E`")]
    InvalCard = 0x8000_001E,
    /// The completion identifier passed to `lineUncompleteCall` does not match any pending
    /// call-completion request.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALCOMPLETIONID` = `0x8000001F`")]
    InvalCompletionId = 0x8000_001F,
    /// The `hConfCall` argument does not refer to a conference call, or is not a usable call handle at
    /// all.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALCONFCALLHANDLE` = `0x80000020`")]
    InvalConfCallHandle = 0x8000_0020,
    /// The `hConsultCall` argument (the consultation call of a transfer or conference) is not a usable
    /// call handle.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALCONSULTCALLHANDLE` = `0x80000021`")]
    InvalConsultCallHandle = 0x8000_0021,
    /// The country or region code (for example one passed to `lineGetCountry`) is not one TAPI knows.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALCOUNTRYCODE` = `0x80000022`")]
    InvalCountryCode = 0x8000_0022,
    /// The device class string (such as `wave/in` given to `lineGetID`) names a class for which this
    /// line has no device or no support.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALDEVICECLASS` = `0x80000023`")]
    InvalDeviceClass = 0x8000_0023,
    /// The device handle passed to the function does not refer to an open line device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALDEVICEHANDLE` = `0x80000024`")]
    InvalDeviceHandle = 0x8000_0024,
    /// The dialing parameters (a `LINEDIALPARAMS` structure) are not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALDIALPARAMS` = `0x80000025`")]
    InvalDialParams = 0x8000_0025,
    /// The list of digits supplied (for example to generate or to watch for) is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALDIGITLIST` = `0x80000026`")]
    InvalDigitList = 0x8000_0026,
    /// The digit mode (a `LINEDIGITMODE_` value such as pulse or DTMF) is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALDIGITMODE` = `0x80000027`")]
    InvalDigitMode = 0x8000_0027,
    /// The termination digits passed to `lineGatherDigits` include characters that are not valid digits
    /// for the chosen digit mode.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALDIGITS` = `0x80000028`")]
    InvalDigits = 0x8000_0028,
    /// The extension version given (for example to `lineOpen`) is not one the device's provider
    /// supports or agreed to during negotiation.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALEXTVERSION` = `0x80000029`")]
    InvalExtVersion = 0x8000_0029,
    /// The group identifier (for example the pickup group passed to `linePickup`) is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALGROUPID` = `0x8000002A`")]
    InvalGroupId = 0x8000_002A,
    /// The `hLine` handle, or another handle the function expects such as a call or device handle, does
    /// not refer to an open line (for example because the line has been closed).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALLINEHANDLE` = `0x8000002B`")]
    InvalLineHandle = 0x8000_002B,
    /// The operation is not allowed in the line's current state: the line may be in use by another
    /// application, disconnected or out of service, or a line-state mask has bits that are not
    /// `LINEDEVSTATE_` flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALLINESTATE` = `0x8000002C`")]
    InvalLineState = 0x8000_002C,
    /// No location with the permanent identifier given in `dwLocation` exists in the stored
    /// telephony configuration.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALLOCATION` = `0x8000002D`")]
    InvalLocation = 0x8000_002D,
    /// The list of media-mode entries supplied (for example to `lineSetMediaControl`) is not
    /// valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALMEDIALIST` = `0x8000002E`")]
    InvalMediaList = 0x8000_002E,
    /// A media mode value or list is malformed, or names a media mode the provider does not support
    /// on this line (the supported ones appear in `dwMediaModes` of `LINEDEVCAPS`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALMEDIAMODE` = `0x8000002F`")]
    InvalMediaMode = 0x8000_002F,
    /// `lineCompleteCall` was given a `dwMessageID` that is not the index of one of the address's
    /// completion messages; valid indexes are below `dwNumCompletionMessages` of `LINEADDRESSCAPS`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALMESSAGEID` = `0x80000030`")]
    InvalMessageId = 0x8000_0030,
    /// Catch-all for bad arguments: a parameter, or the structure it points to, holds unacceptable
    /// data. Also used for a bad country code, window handle or forwarding list.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALPARAM` = `0x80000032`")]
    InvalParam = 0x8000_0032,
    /// The park identifier (the place where a call is or should be parked) is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALPARKID` = `0x80000033`")]
    InvalParkId = 0x8000_0033,
    /// The park mode passed to `linePark` is not a valid `LINEPARKMODE_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALPARKMODE` = `0x80000034`")]
    InvalParkMode = 0x8000_0034,
    /// A pointer argument refers to memory that the caller cannot read or write as needed, or a
    /// mandatory output pointer was passed as null.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALPOINTER` = `0x80000035`")]
    InvalPointer = 0x8000_0035,
    /// The privileges requested in `dwPrivileges` (for example of `lineOpen`) include an undefined bit
    /// or mix flags that cannot go together.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALPRIVSELECT` = `0x80000036`")]
    InvalPrivSelect = 0x8000_0036,
    /// The data rate asked for (for example through `lineSetCallParams`) is not an acceptable value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALRATE` = `0x80000037`")]
    InvalRate = 0x8000_0037,
    /// The request mode passed (for example to `lineRegisterRequestRecipient` or `lineGetRequest`) is
    /// not a valid `LINEREQUESTMODE_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALREQUESTMODE` = `0x80000038`")]
    InvalRequestMode = 0x8000_0038,
    /// The terminal identifier passed to `lineSetTerminal` does not refer to one of the line's
    /// terminals.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALTERMINALID` = `0x80000039`")]
    InvalTerminalId = 0x8000_0039,
    /// The terminal modes passed to `lineSetTerminal` are not a valid combination of `LINETERMMODE_`
    /// flags.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALTERMINALMODE` = `0x8000003A`")]
    InvalTerminalMode = 0x8000_003A,
    /// The line cannot apply timeouts at all, or the timeout requested (for example for digit
    /// gathering) is beyond the limits that `LINEDEVCAPS` advertises.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALTIMEOUT` = `0x8000003B`")]
    InvalTimeout = 0x8000_003B,
    /// The custom tone does not describe a usable tone, for instance because it combines too many
    /// frequencies.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALTONE` = `0x8000003C`")]
    InvalTone = 0x8000_003C,
    /// The list of tones supplied (for example to monitor or to control media on) is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALTONELIST` = `0x8000003D`")]
    InvalToneList = 0x8000_003D,
    /// The tone mode passed to `lineGenerateTone` is not a valid `LINETONEMODE_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALTONEMODE` = `0x8000003E`")]
    InvalToneMode = 0x8000_003E,
    /// The transfer mode passed to `lineCompleteTransfer` is not a valid `LINETRANSFERMODE_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALTRANSFERMODE` = `0x8000003F`")]
    InvalTransferMode = 0x8000_003F,
    /// The application let TAPI pick the line (`LINEMAPPER` as device identifier), and none of the
    /// lines can meet what `lpCallParams` asks for.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_LINEMAPPERFAILED` = `0x80000040`")]
    LineMapperFailed = 0x8000_0040,
    /// The call handle refers to an ordinary call that takes no part in any conference, so conference
    /// operations do not apply to it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_NOCONFERENCE` = `0x80000041`")]
    NoConference = 0x8000_0041,
    /// The device was removed from the system after TAPI was initialized, so its once-valid identifier
    /// no longer works. Also used when the line has no device of the requested class.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_NODEVICE` = `0x80000042`")]
    NoDevice = 0x8000_0042,
    /// A needed component is missing: `Tapiaddr.dll` could not be found, or the device's service
    /// provider discovered after initialization that part of it is missing or damaged. Fixing it means
    /// reinstalling or reconfiguring the provider, for example from the telephony control panel.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_NODRIVER` = `0x80000043`")]
    NoDriver = 0x8000_0043,
    /// Not enough memory could be allocated or locked to carry out the operation.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_NOMEM` = `0x80000044`")]
    NoMem = 0x8000_0044,
    /// `lineGetRequest` had nothing to hand over: no assisted-telephony request of that mode is queued,
    /// or another application has since become the preferred recipient for it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_NOREQUEST` = `0x80000045`")]
    NoRequest = 0x8000_0045,
    /// The operation needs owner privilege on the call, which the application does not have.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_NOTOWNER` = `0x80000046`")]
    NotOwner = 0x8000_0046,
    /// The application asked for requests of a mode it never signed up for with
    /// `lineRegisterRequestRecipient`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_NOTREGISTERED` = `0x80000047`")]
    NotRegistered = 0x8000_0047,
    /// Catch-all failure: something went wrong that no more specific code describes. Applications
    /// should treat error codes they do not recognize the same way.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_OPERATIONFAILED` = `0x80000048`")]
    OperationFailed = 0x8000_0048,
    /// The device or its service provider does not implement this operation, or does not offer it on
    /// this line or address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_OPERATIONUNAVAIL` = `0x80000049`")]
    OperationUnavail = 0x8000_0049,
    /// The requested data rate would need more bandwidth than is free at the moment.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_RATEUNAVAIL` = `0x8000004A`")]
    RateUnavail = 0x8000_004A,
    /// A resource the operation needs is over-committed for the moment, so the request (for example
    /// opening a line) cannot be met now; unlike `LINEERR_ALLOCATED`, the condition is expected to
    /// pass.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_RESOURCEUNAVAIL` = `0x8000004B`")]
    ResourceUnavail = 0x8000_004B,
    /// The device's queue of outstanding asynchronous requests is full; new ones are refused until some
    /// complete.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_REQUESTOVERRUN` = `0x8000004C`")]
    RequestOverrun = 0x8000_004C,
    /// A caller-supplied structure declares in `dwTotalSize` fewer bytes than its fixed-size part
    /// needs. (When only the variable part does not fit, the call succeeds and `dwNeededSize` says how
    /// much to allocate.)
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_STRUCTURETOOSMALL` = `0x8000004D`")]
    StructureTooSmall = 0x8000_004D,
    /// `lineHandoff` found no application to receive the call: the named target, or for a media-mode
    /// handoff any application, has not opened this line with owner privilege (and, for a media-mode
    /// handoff, for that media mode).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_TARGETNOTFOUND` = `0x8000004E`")]
    TargetNotFound = 0x8000_004E,
    /// A media-mode (indirect) `lineHandoff` would hand the call straight back to its caller, because
    /// the calling application is itself first in line for that media mode.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_TARGETSELF` = `0x8000004F`")]
    TargetSelf = 0x8000_004F,
    /// TAPI has not been initialized yet: no `lineInitialize` or `lineInitializeEx` call came before
    /// this operation.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_UNINITIALIZED` = `0x80000050`")]
    Uninitialized = 0x8000_0050,
    /// The user-user information is longer than the line allows (the relevant `dwUUI…Size` limit in
    /// `LINEDEVCAPS`) or is simply too long.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_USERUSERINFOTOOBIG` = `0x80000051`")]
    UserUserInfoTooBig = 0x8000_0051,
    /// A reinitialization of TAPI is pending (for example after a service provider was added or
    /// removed), so initialization and line opening are refused until every application has shut
    /// down its use of TAPI.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_REINIT` = `0x80000052`")]
    Reinit = 0x8000_0052,
    /// The switch refuses to dial this address on the call, for example because the destination has
    /// call blocking turned on.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_ADDRESSBLOCKED` = `0x80000053`")]
    AddressBlocked = 0x8000_0053,
    /// The network or switch rejected the billing information or billing mode of the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_BILLINGREJECTED` = `0x80000054`")]
    BillingRejected = 0x8000_0054,
    /// The `dwFeature` value passed to `lineDevSpecificFeature` is not a feature that this line offers.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALFEATURE` = `0x80000055`")]
    InvalFeature = 0x8000_0055,
    /// The same service provider appears twice in the provider list although it can only be loaded
    /// once; the user must delete the extra entry, for example through the telephony control panel.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_NOMULTIPLEINSTANCE` = `0x80000056`")]
    NoMultipleInstance = 0x8000_0056,
    /// The agent identifier or agent handle passed to an agent function does not designate a known
    /// agent.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALAGENTID` = `0x80000057`")]
    InvalAgentId = 0x8000_0057,
    /// The list of ACD groups supplied (for example to `lineSetAgentGroup`) is malformed or names a
    /// group the agent cannot use; the agent's groups are left as they were.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALAGENTGROUP` = `0x80000058`")]
    InvalAgentGroup = 0x8000_0058,
    /// The agent PIN or password given (for example to `lineCreateAgentSession`) does not match, so
    /// nothing was done.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALPASSWORD` = `0x80000059`")]
    InvalPassword = 0x8000_0059,
    /// The agent state or next state requested (for example through `lineSetAgentState`) is not one the
    /// agent can take; the address keeps its current agent state.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALAGENTSTATE` = `0x8000005A`")]
    InvalAgentState = 0x8000_005A,
    /// The activity code passed to `lineSetAgentActivity` is not one of those the agent may use (see
    /// `lineGetAgentActivityList`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALAGENTACTIVITY` = `0x8000005B`")]
    InvalAgentActivity = 0x8000_005B,
    /// The dialable address contains the `:` modifier (pause until a voice prompt is heard), which
    /// is not supported here.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_DIALVOICEDETECT` = `0x8000005C`")]
    DialVoiceDetect = 0x8000_005C,
    /// The user chose to cancel, so the call or operation did not go ahead. Reported only to
    /// applications that negotiated TAPI 2.2 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_USERCANCELLED` = `0x8000005D`")]
    UserCancelled = 0x8000_005D,
    /// A `LINEADDRESSTYPE_` value given by the application (phone number, SDP, e-mail name, domain name
    /// or IP address) is undefined or not usable here. Reported only to applications that negotiated
    /// TAPI 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALADDRESSTYPE` = `0x8000005E`")]
    InvalAddressType = 0x8000_005E,
    /// The session state passed to `lineSetAgentSessionState` is not an acceptable
    /// `LINEAGENTSESSIONSTATE_` value. Reported only to applications that negotiated TAPI 2.2 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_INVALAGENTSESSIONSTATE` = `0x8000005F`")]
    InvalAgentSessionState = 0x8000_005F,
    /// The call has already been disconnected, so the operation cannot be applied to it. Reported
    /// only to applications that negotiated TAPI 2.2 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_DISCONNECTED` = `0x80000060`")]
    Disconnected = 0x8000_0060,
    /// The Telephony service (TapiSrv), which carries out TAPI requests on behalf of the
    /// application, is not running or could not be reached.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEERR_SERVICE_NOT_RUNNING` = `0x80000061`")]
    ServiceNotRunning = 0x8000_0061,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Error codes that the TAPI line functions report for operations on line devices, addresses and calls.\n\nA synchronous `line…` function returns one of these codes directly (as a negative `LONG`); an asynchronous one first returns a positive request identifier and later delivers the outcome in `dwParam2` of the `LINE_REPLY` message. Codes from 0xC0000000 up are left for device-specific extensions; an application that meets a code it does not know should handle it like `LINEERR_OPERATIONFAILED`.Another process has taken exclusive hold of the hardware behind the line (a serial port, for instance), so the line cannot be opened until that hold is released.The `dwDeviceID` argument does not name any line device: it is not below the number of line devices that TAPI reported when the application initialized.The call cannot use the bearer mode asked for: the value in `LINECALLPARAMS` is bad, the line does not offer that mode, or an existing call cannot be moved to it.No free call appearance is left on the address, so another call cannot be set up there until one is released.`lineCompleteCall` was refused because the address already has as many pending call-completion requests as it allows (`dwMaxCallCompletions` in `LINEADDRESSCAPS`).No more parties fit in the conference (see `dwMaxNumConference` in `LINEADDRESSCAPS`), or the size requested when setting it up is more than the switch can give.The dialable address contains the `$` modifier (wait for the billing or calling-card prompt tone), which the service provider does not support.The dialable address contains the `W` modifier (wait for dial tone), which the service provider does not support.The dialable address contains the `?` modifier (stop and ask the user before dialing on), which the service provider does not support.The dialable address contains the `@` modifier (wait for quiet answer, that is, silence after ringback), which the service provider does not support.No TAPI version in the range the application asked for can be supported by both TAPI and the service provider of the device.Extension version negotiation (`lineNegotiateExtVersion`) failed: the range given is malformed, or the provider's extensions fall outside it.TAPI cannot make sense of its stored telephony configuration (the `Telephon.ini` data or its registry equivalent, such as the locations, cards or countries sections) because it is damaged or inconsistent.Other activity currently occupies the line device and blocks the request, whether that is reconfiguring the line, adding a party, or answering, placing or transferring a call.An address is malformed (bad characters, or dial modifiers such as `W`, `@`, `$` or `?` that the provider does not handle) or is not permitted, for example not assigned to the line or not usable as a redirection target.The `dwAddressID` given is out of range: it must be less than the number of addresses on the line (`dwNumAddresses` in `LINEDEVCAPS`).The address mode value (a `LINEADDRESSMODE_` selector) is not acceptable.The `dwAddressStates` mask (for example of `lineSetStatusMessages`) includes bits other than the defined `LINEADDRESSSTATE_` flags.The `hLineApp` usage handle does not come from a successful `lineInitialize` or `lineInitializeEx` (or has already been shut down), or a registration handle is unknown.The application name supplied is unusable; TAPI expects a zero-terminated string made of displayable characters only.A bearer mode argument is not one of the `LINEBEARERMODE_` values, or not one that may be used in this context.The completion mode passed to `lineCompleteCall` is not a valid `LINECALLCOMPLMODE_` value.The `hCall` given does not refer to a call the application can act on, for example a non-null handle that belongs to a different line.The call parameters supplied (typically a `LINECALLPARAMS` structure) contain values that are not acceptable.The call privilege requested (for example with `lineSetCallPrivilege`) is not a valid `LINECALLPRIVILEGE_` value.The select parameter (a `LINECALLSELECT_` value saying whether the line, an address or a call is targeted) is not valid.The requested operation cannot be applied to the call in the state it is in now, such as answering a call that is no longer being offered.The list of call states supplied (for example to `lineSetMediaControl`) is not valid.No calling card with the permanent identifier given in `dwCard` exists in the stored telephony configuration.The completion identifier passed to `lineUncompleteCall` does not match any pending call-completion request.The `hConfCall` argument does not refer to a conference call, or is not a usable call handle at all.The `hConsultCall` argument (the consultation call of a transfer or conference) is not a usable call handle.The country or region code (for example one passed to `lineGetCountry`) is not one TAPI knows.The device class string (such as `wave/in` given to `lineGetID`) names a class for which this line has no device or no support.The device handle passed to the function does not refer to an open line device.The dialing parameters (a `LINEDIALPARAMS` structure) are not valid.The list of digits supplied (for example to generate or to watch for) is not valid.The digit mode (a `LINEDIGITMODE_` value such as pulse or DTMF) is not valid.The termination digits passed to `lineGatherDigits` include characters that are not valid digits for the chosen digit mode.The extension version given (for example to `lineOpen`) is not one the device's provider supports or agreed to during negotiation.The group identifier (for example the pickup group passed to `linePickup`) is not valid.The `hLine` handle, or another handle the function expects such as a call or device handle, does not refer to an open line (for example because the line has been closed).The operation is not allowed in the line's current state: the line may be in use by another application, disconnected or out of service, or a line-state mask has bits that are not `LINEDEVSTATE_` flags.No location with the permanent identifier given in `dwLocation` exists in the stored telephony configuration.The list of media-mode entries supplied (for example to `lineSetMediaControl`) is not valid.A media mode value or list is malformed, or names a media mode the provider does not support on this line (the supported ones appear in `dwMediaModes` of `LINEDEVCAPS`).`lineCompleteCall` was given a `dwMessageID` that is not the index of one of the address's completion messages; valid indexes are below `dwNumCompletionMessages` of `LINEADDRESSCAPS`.Catch-all for bad arguments: a parameter, or the structure it points to, holds unacceptable data. Also used for a bad country code, window handle or forwarding list.The park identifier (the place where a call is or should be parked) is not valid.The park mode passed to `linePark` is not a valid `LINEPARKMODE_` value.A pointer argument refers to memory that the caller cannot read or write as needed, or a mandatory output pointer was passed as null.The privileges requested in `dwPrivileges` (for example of `lineOpen`) include an undefined bit or mix flags that cannot go together.The data rate asked for (for example through `lineSetCallParams`) is not an acceptable value.The request mode passed (for example to `lineRegisterRequestRecipient` or `lineGetRequest`) is not a valid `LINEREQUESTMODE_` value.The terminal identifier passed to `lineSetTerminal` does not refer to one of the line's terminals.The terminal modes passed to `lineSetTerminal` are not a valid combination of `LINETERMMODE_` flags.The line cannot apply timeouts at all, or the timeout requested (for example for digit gathering) is beyond the limits that `LINEDEVCAPS` advertises.The custom tone does not describe a usable tone, for instance because it combines too many frequencies.The list of tones supplied (for example to monitor or to control media on) is not valid.The tone mode passed to `lineGenerateTone` is not a valid `LINETONEMODE_` value.The transfer mode passed to `lineCompleteTransfer` is not a valid `LINETRANSFERMODE_` value.The application let TAPI pick the line (`LINEMAPPER` as device identifier), and none of the lines can meet what `lpCallParams` asks for.The call handle refers to an ordinary call that takes no part in any conference, so conference operations do not apply to it.The device was removed from the system after TAPI was initialized, so its once-valid identifier no longer works. Also used when the line has no device of the requested class.A needed component is missing: `Tapiaddr.dll` could not be found, or the device's service provider discovered after initialization that part of it is missing or damaged. Fixing it means reinstalling or reconfiguring the provider, for example from the telephony control panel.Not enough memory could be allocated or locked to carry out the operation.`lineGetRequest` had nothing to hand over: no assisted-telephony request of that mode is queued, or another application has since become the preferred recipient for it.The operation needs owner privilege on the call, which the application does not have.The application asked for requests of a mode it never signed up for with `lineRegisterRequestRecipient`.Catch-all failure: something went wrong that no more specific code describes. Applications should treat error codes they do not recognize the same way.The device or its service provider does not implement this operation, or does not offer it on this line or address.The requested data rate would need more bandwidth than is free at the moment.A resource the operation needs is over-committed for the moment, so the request (for example opening a line) cannot be met now; unlike `LINEERR_ALLOCATED`, the condition is expected to pass.The device's queue of outstanding asynchronous requests is full; new ones are refused until some complete.A caller-supplied structure declares in `dwTotalSize` fewer bytes than its fixed-size part needs. (When only the variable part does not fit, the call succeeds and `dwNeededSize` says how much to allocate.)`lineHandoff` found no application to receive the call: the named target, or for a media-mode handoff any application, has not opened this line with owner privilege (and, for a media-mode handoff, for that media mode).A media-mode (indirect) `lineHandoff` would hand the call straight back to its caller, because the calling application is itself first in line for that media mode.TAPI has not been initialized yet: no `lineInitialize` or `lineInitializeEx` call came before this operation.The user-user information is longer than the line allows (the relevant `dwUUI…Size` limit in `LINEDEVCAPS`) or is simply too long.A reinitialization of TAPI is pending (for example after a service provider was added or removed), so initialization and line opening are refused until every application has shut down its use of TAPI.The switch refuses to dial this address on the call, for example because the destination has call blocking turned on.The network or switch rejected the billing information or billing mode of the call.The `dwFeature` value passed to `lineDevSpecificFeature` is not a feature that this line offers.The same service provider appears twice in the provider list although it can only be loaded once; the user must delete the extra entry, for example through the telephony control panel.The agent identifier or agent handle passed to an agent function does not designate a known agent.The list of ACD groups supplied (for example to `lineSetAgentGroup`) is malformed or names a group the agent cannot use; the agent's groups are left as they were.The agent PIN or password given (for example to `lineCreateAgentSession`) does not match, so nothing was done.The agent state or next state requested (for example through `lineSetAgentState`) is not one the agent can take; the address keeps its current agent state.The activity code passed to `lineSetAgentActivity` is not one of those the agent may use (see `lineGetAgentActivityList`).The dialable address contains the `:` modifier (pause until a voice prompt is heard), which is not supported here.The user chose to cancel, so the call or operation did not go ahead. Reported only to applications that negotiated TAPI 2.2 or later.A `LINEADDRESSTYPE_` value given by the application (phone number, SDP, e-mail name, domain name or IP address) is undefined or not usable here. Reported only to applications that negotiated TAPI 3.0 or later.The session state passed to `lineSetAgentSessionState` is not an acceptable `LINEAGENTSESSIONSTATE_` value. Reported only to applications that negotiated TAPI 2.2 or later.The call has already been disconnected, so the operation cannot be applied to it. Reported only to applications that negotiated TAPI 2.2 or later.The Telephony service (TapiSrv), which carries out TAPI requests on behalf of the application, is not running or could not be reached."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Fehlercodes, die die TAPI-Leitungsfunktionen bei Operationen auf Leitungsgeräten, Adressen und Anrufen melden. Eine synchrone `line…`-Funktion gibt einen dieser Codes direkt zurück (als negativen `LONG`); eine asynchrone gibt zunächst eine positive Anforderungskennung zurück und liefert das Ergebnis später in `dwParam2` der Nachricht `LINE_REPLY`. Codes ab 0xC0000000 sind gerätespezifischen Erweiterungen vorbehalten; eine Anwendung, die einen ihr unbekannten Code erhält, sollte ihn wie `LINEERR_OPERATIONFAILED` behandeln.Ein anderer Prozess belegt die Hardware hinter der Leitung (etwa eine serielle Schnittstelle) exklusiv; die Leitung lässt sich erst öffnen, wenn er sie wieder freigibt.Das Argument `dwDeviceID` bezeichnet kein Leitungsgerät: Es ist nicht kleiner als die Anzahl der Leitungsgeräte, die TAPI bei der Initialisierung der Anwendung gemeldet hat.Der Anruf kann den angeforderten Trägermodus nicht verwenden: Der Wert in `LINECALLPARAMS` ist fehlerhaft, die Leitung bietet diesen Modus nicht an, oder ein bestehender Anruf lässt sich nicht auf ihn umstellen.Auf der Adresse ist keine Anrufdarstellung mehr frei; dort kann kein weiterer Anruf aufgebaut werden, bis eine Anrufdarstellung frei wird.`lineCompleteCall` wurde abgewiesen, weil auf der Adresse bereits so viele Anforderungen zur Anrufvervollständigung ausstehen, wie sie zulässt (`dwMaxCallCompletions` in `LINEADDRESSCAPS`).Die Konferenz kann keine weiteren Teilnehmer aufnehmen (siehe `dwMaxNumConference` in `LINEADDRESSCAPS`), oder die beim Einrichten angeforderte Größe übersteigt das, was die Vermittlung bereitstellen kann.Die wählbare Adresse enthält den Modifikator `$` (auf den Abrechnungston oder den Aufforderungston für die Calling Card warten), den der Dienstanbieter nicht unterstützt.Die wählbare Adresse enthält den Modifikator `W` (auf den Wählton warten), den der Dienstanbieter nicht unterstützt.Die wählbare Adresse enthält den Modifikator `?` (anhalten und vor dem Weiterwählen beim Benutzer nachfragen), den der Dienstanbieter nicht unterstützt.Die wählbare Adresse enthält den Modifikator `@` (auf eine stille Rufannahme warten, also auf Stille nach dem Freiton), den der Dienstanbieter nicht unterstützt.Keine TAPI-Version in dem von der Anwendung angeforderten Bereich kann sowohl von TAPI als auch vom Dienstanbieter des Geräts unterstützt werden.Das Aushandeln der Erweiterungsversion (`lineNegotiateExtVersion`) ist fehlgeschlagen: Der angegebene Bereich ist fehlerhaft, oder die Erweiterungen des Anbieters liegen außerhalb davon.TAPI kann seine gespeicherte Telefoniekonfiguration (die Daten aus `Telephon.ini` oder ihre Entsprechung in der Registry, etwa die Abschnitte für Standorte, Calling Cards oder Länder) nicht auswerten, weil sie beschädigt oder widersprüchlich ist.Eine andere Aktivität belegt das Leitungsgerät gerade und blockiert die Anforderung, sei es das Umkonfigurieren der Leitung, das Hinzufügen eines Teilnehmers oder das Annehmen, Tätigen oder Übergeben eines Anrufs.Eine Adresse ist fehlerhaft aufgebaut (ungültige Zeichen oder Modifikatoren der Wählzeichenfolge wie `W`, `@`, `$` oder `?`, die der Anbieter nicht verarbeitet) oder nicht zulässig, etwa weil sie der Leitung nicht zugewiesen ist oder nicht als Umleitungsziel dienen kann.Die angegebene Kennung der Adresse (`dwAddressID`) liegt außerhalb des gültigen Bereichs: Gültig sind nur Werte unterhalb der Anzahl der Adressen der Leitung (`dwNumAddresses` in `LINEDEVCAPS`).Der Wert des Adressmodus (ein Selektor `LINEADDRESSMODE_`) ist nicht zulässig.Die Maske `dwAddressStates` (etwa von `lineSetStatusMessages`) enthält andere Bits als die definierten Bits `LINEADDRESSSTATE_`.Das Nutzungshandle `hLineApp` stammt nicht aus einem erfolgreichen Aufruf von `lineInitialize` oder `lineInitializeEx` (oder wurde bereits geschlossen), oder ein Registrierungshandle ist unbekannt.Der angegebene Anwendungsname ist unbrauchbar; TAPI erwartet eine nullterminierte Zeichenkette, die nur aus darstellbaren Zeichen besteht.Ein Argument für den Trägermodus ist keiner der Werte `LINEBEARERMODE_` oder keiner, der in diesem Zusammenhang verwendet werden darf.Der an `lineCompleteCall` übergebene Vervollständigungsmodus ist kein gültiger Wert `LINECALLCOMPLMODE_`.Das angegebene `hCall` bezeichnet keinen Anruf, auf den die Anwendung einwirken kann, etwa ein von null verschiedenes Handle, das zu einer anderen Leitung gehört.Die angegebenen Anrufparameter (meist eine Struktur `LINECALLPARAMS`) enthalten unzulässige Werte.Die angeforderte Anrufberechtigung (etwa mit `lineSetCallPrivilege`) ist kein gültiger Wert `LINECALLPRIVILEGE_`.Der Auswahlparameter (ein Wert `LINECALLSELECT_`, der angibt, ob die Leitung, eine Adresse oder ein Anruf gemeint ist) ist ungültig.Die angeforderte Operation lässt sich auf den Anruf in seinem aktuellen Anrufzustand nicht anwenden, etwa das Annehmen eines Anrufs, der nicht mehr angeboten wird.Die angegebene Liste von Anrufzuständen (etwa für `lineSetMediaControl`) ist ungültig.In der gespeicherten Telefoniekonfiguration gibt es keine Calling Card mit der in `dwCard` angegebenen permanenten Kennung.Die an `lineUncompleteCall` übergebene Kennung der Anrufvervollständigung gehört zu keiner ausstehenden Anforderung zur Anrufvervollständigung.Das Argument `hConfCall` bezeichnet keinen Konferenzanruf oder ist überhaupt kein verwendbares Anrufhandle.Das Argument `hConsultCall` (der Rückfrageanruf einer Übergabe oder Konferenz) ist kein verwendbares Anrufhandle.Die Landes- oder Regionskennzahl (etwa die an `lineGetCountry` übergebene) ist TAPI nicht bekannt.Die Zeichenkette der Geräteklasse (etwa `wave/in`, an `lineGetID` übergeben) bezeichnet eine Klasse, für die diese Leitung kein Gerät oder keine Unterstützung hat.Das an die Funktion übergebene Gerätehandle bezeichnet kein geöffnetes Leitungsgerät.Die Wählparameter (eine Struktur `LINEDIALPARAMS`) sind ungültig.Die angegebene Ziffernliste (etwa der zu erzeugenden oder zu überwachenden Ziffern) ist ungültig.Das Wahlverfahren (ein Wert `LINEDIGITMODE_` wie Impulswahl oder DTMF) ist ungültig.Die an `lineGatherDigits` übergebenen Endeziffern enthalten Zeichen, die im gewählten Wahlverfahren keine gültigen Ziffern sind.Die angegebene Erweiterungsversion (etwa an `lineOpen`) wird vom Anbieter des Geräts nicht unterstützt oder wurde beim Aushandeln nicht vereinbart.Die Gruppenkennung (etwa die an `linePickup` übergebene Heranholgruppe) ist ungültig.Das Handle `hLine` oder ein anderes von der Funktion erwartetes Handle, etwa ein Anruf- oder Gerätehandle, bezeichnet keine geöffnete Leitung (zum Beispiel weil die Leitung geschlossen wurde).Die Operation ist im aktuellen Zustand der Leitung nicht zulässig: Die Leitung wird möglicherweise von einer anderen Anwendung verwendet, ist getrennt oder außer Betrieb, oder eine Maske von Leitungszuständen enthält Bits, die keine Bits `LINEDEVSTATE_` sind.In der gespeicherten Telefoniekonfiguration gibt es keinen Standort mit der in `dwLocation` angegebenen permanenten Kennung.Die angegebene Liste von Einträgen für Medienmodi (etwa für `lineSetMediaControl`) ist ungültig.Ein Wert oder eine Liste von Medienmodi ist fehlerhaft aufgebaut oder nennt einen Medienmodus, den der Anbieter auf dieser Leitung nicht unterstützt (die unterstützten stehen in `dwMediaModes` von `LINEDEVCAPS`).`lineCompleteCall` hat eine `dwMessageID` erhalten, die kein Index einer der Vervollständigungsnachrichten der Adresse ist; gültige Indizes sind kleiner als `dwNumCompletionMessages` von `LINEADDRESSCAPS`.Allgemeiner Code für fehlerhafte Argumente: Ein Parameter oder die Struktur, auf die er zeigt, enthält unzulässige Daten. Der Code dient auch für eine fehlerhafte Landeskennzahl, ein fehlerhaftes Fensterhandle oder eine fehlerhafte Liste für die Rufumleitung.Die Parkkennung (die Stelle, an der ein Anruf geparkt ist oder geparkt werden soll) ist ungültig.Der an `linePark` übergebene Parkmodus ist kein gültiger Wert `LINEPARKMODE_`.Ein Zeigerargument verweist auf Speicher, den der Aufrufer nicht wie erforderlich lesen oder beschreiben kann, oder ein obligatorischer Ausgabezeiger wurde als Nullzeiger übergeben.Die in `dwPrivileges` (etwa von `lineOpen`) angeforderten Berechtigungen enthalten ein undefiniertes Bit oder kombinieren Bits, die nicht zusammenpassen.Die angeforderte Datenrate (etwa über `lineSetCallParams`) ist kein zulässiger Wert.Der übergebene Anforderungsmodus (etwa an `lineRegisterRequestRecipient` oder `lineGetRequest`) ist kein gültiger Wert `LINEREQUESTMODE_`.Die an `lineSetTerminal` übergebene Endgerätekennung bezeichnet keines der Endgeräte der Leitung.Die an `lineSetTerminal` übergebenen Endgerätemodi sind keine gültige Kombination von Bits `LINETERMMODE_`.Die Leitung kann überhaupt keine Zeitlimits anwenden, oder das angeforderte Zeitlimit (etwa für die Ziffernerfassung) liegt außerhalb der Grenzen, die `LINEDEVCAPS` angibt.Der benutzerdefinierte Ton beschreibt keinen verwendbaren Ton, etwa weil er zu viele Frequenzen kombiniert.Die angegebene Liste von Tönen (etwa der zu überwachenden Töne oder der Töne, auf die eine Mediensteuerung reagieren soll) ist ungültig.Der an `lineGenerateTone` übergebene Tonmodus ist kein gültiger Wert `LINETONEMODE_`.Der an `lineCompleteTransfer` übergebene Übergabemodus ist kein gültiger Wert `LINETRANSFERMODE_`.Die Anwendung hat TAPI die Wahl der Leitung überlassen (`LINEMAPPER` als Gerätekennung), und keine der Leitungen kann erfüllen, was `lpCallParams` verlangt.Das Anrufhandle bezeichnet einen gewöhnlichen Anruf, der an keiner Konferenz beteiligt ist; Konferenzoperationen sind daher auf ihn nicht anwendbar.Das Gerät wurde nach der Initialisierung von TAPI aus dem System entfernt, sodass seine bis dahin gültige Gerätekennung nicht mehr funktioniert. Der Code dient auch für den Fall, dass die Leitung kein Gerät der angeforderten Klasse hat.Eine benötigte Komponente fehlt: `Tapiaddr.dll` wurde nicht gefunden, oder der Dienstanbieter des Geräts hat nach der Initialisierung festgestellt, dass ein Teil von ihm fehlt oder beschädigt ist. Abhilfe schafft eine Neuinstallation oder Neukonfiguration des Anbieters, etwa über die Telefonie-Einstellungen der Systemsteuerung.Es konnte nicht genug Speicher reserviert oder gesperrt werden, um die Operation auszuführen.`lineGetRequest` hatte nichts zu liefern: Es steht keine Anforderung der unterstützten Telefonie dieses Modus in der Warteschlange, oder eine andere Anwendung ist inzwischen der bevorzugte Empfänger dafür geworden.Die Operation erfordert das Besitzerprivileg für den Anruf, über das die Anwendung nicht verfügt.Die Anwendung wollte Anforderungen eines Modus abrufen, für den sie sich nie mit `lineRegisterRequestRecipient` als Empfänger registriert hat.Allgemeiner Fehler: Es ist etwas schiefgegangen, das kein genauerer Code beschreibt. Anwendungen sollten Fehlercodes, die sie nicht kennen, genauso behandeln.Das Gerät oder sein Dienstanbieter implementiert diese Operation nicht oder bietet sie auf dieser Leitung oder Adresse nicht an.Die angeforderte Datenrate würde mehr Bandbreite erfordern, als derzeit frei ist.Eine für die Operation benötigte Ressource ist momentan überlastet, sodass die Anforderung (etwa das Öffnen einer Leitung) jetzt nicht erfüllt werden kann; anders als bei `LINEERR_ALLOCATED` dürfte dieser Zustand vorübergehen.Die Warteschlange des Geräts für ausstehende asynchrone Anforderungen ist voll; neue Anforderungen werden abgewiesen, bis einige abgeschlossen sind.Eine vom Aufrufer bereitgestellte Struktur gibt in `dwTotalSize` weniger Bytes an, als ihr Teil fester Größe benötigt. (Passt nur der variable Teil nicht hinein, ist der Aufruf erfolgreich, und `dwNeededSize` gibt an, wie viel Speicher zu reservieren ist.)`lineHandoff` hat keine Anwendung gefunden, die den Anruf übernehmen kann: Die genannte Zielanwendung hat diese Leitung nicht mit Besitzerprivileg geöffnet, oder bei einer Übergabe nach Medienmodus hat keine Anwendung sie mit Besitzerprivileg (und für diesen Medienmodus) geöffnet.Eine indirekte Übergabe nach Medienmodus per `lineHandoff` würde den Anruf direkt an den Aufrufer zurückgeben, weil die aufrufende Anwendung selbst an erster Stelle für diesen Medienmodus steht.TAPI ist noch nicht initialisiert: Dieser Operation ging kein Aufruf von `lineInitialize` oder `lineInitializeEx` voraus.Die Benutzer-zu-Benutzer-Informationen sind länger, als die Leitung erlaubt (die entsprechende Grenze `dwUUI…Size` in `LINEDEVCAPS`), oder schlicht zu lang.Eine Neuinitialisierung von TAPI steht aus (etwa nachdem ein Dienstanbieter hinzugefügt oder entfernt wurde); Initialisierung und Öffnen von Leitungen werden abgewiesen, bis alle Anwendungen ihre Nutzung von TAPI beendet haben.Die Vermittlung verweigert das Wählen dieser Adresse auf dem Anruf, etwa weil am Ziel eine Anrufsperre aktiviert ist.Das Netz oder die Vermittlung hat die Abrechnungsinformationen oder den Abrechnungsmodus des Anrufs abgelehnt.Der an `lineDevSpecificFeature` übergebene Wert `dwFeature` ist keine Funktion, die diese Leitung anbietet.Derselbe Dienstanbieter steht zweimal in der Liste der Anbieter, obwohl er nur einmal geladen werden kann; der Benutzer muss den überzähligen Eintrag löschen, etwa über die Telefonie-Einstellungen der Systemsteuerung.Die Agentenkennung oder das Agentenhandle, das einer Agentenfunktion übergeben wurde, bezeichnet keinen bekannten Agenten.Die angegebene Liste von ACD-Gruppen (etwa für `lineSetAgentGroup`) ist fehlerhaft aufgebaut oder nennt eine Gruppe, die der Agent nicht verwenden kann; die Gruppen des Agenten bleiben unverändert.Die angegebene PIN oder das angegebene Kennwort des Agenten (etwa für `lineCreateAgentSession`) stimmt nicht; es wurde nichts ausgeführt.Der angeforderte aktuelle oder nächste Zustand des Agenten (etwa über `lineSetAgentState`) kann vom Agenten nicht eingenommen werden; die Adresse behält ihren aktuellen Agentenzustand.Der an `lineSetAgentActivity` übergebene Aktivitätscode gehört nicht zu denen, die der Agent verwenden darf (siehe `lineGetAgentActivityList`).Die wählbare Adresse enthält den Modifikator `:` (pausieren, bis eine Sprachansage zu hören ist), der hier nicht unterstützt wird.Der Benutzer hat abgebrochen, daher wurde der Anruf oder die Operation nicht ausgeführt. Dieser Code wird nur Anwendungen gemeldet, die TAPI 2.2 oder höher ausgehandelt haben.Ein von der Anwendung angegebener Wert `LINEADDRESSTYPE_` (Telefonnummer, SDP, E-Mail-Name, Domänenname oder IP-Adresse) ist nicht definiert oder hier nicht verwendbar. Dieser Code wird nur Anwendungen gemeldet, die TAPI 3.0 oder höher ausgehandelt haben.Der an `lineSetAgentSessionState` übergebene Sitzungszustand ist kein zulässiger Wert `LINEAGENTSESSIONSTATE_`. Dieser Code wird nur Anwendungen gemeldet, die TAPI 2.2 oder höher ausgehandelt haben.Die Verbindung des Anrufs ist bereits getrennt, daher lässt sich die Operation nicht auf ihn anwenden. Dieser Code wird nur Anwendungen gemeldet, die TAPI 2.2 oder höher ausgehandelt haben.Der Telefoniedienst (TapiSrv), der TAPI-Anforderungen im Auftrag der Anwendung ausführt, läuft nicht oder war nicht erreichbar."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Codes d’erreur que les fonctions de ligne de TAPI renvoient pour les opérations sur les périphériques de ligne, les adresses et les appels. Une fonction `line…` synchrone renvoie directement l’un de ces codes (sous forme de `LONG` négatif) ; une fonction asynchrone renvoie d’abord un identifiant de requête positif, puis communique le résultat dans `dwParam2` du message `LINE_REPLY`. Les codes à partir de 0xC0000000 sont laissés aux extensions propres aux périphériques ; une application qui reçoit un code inconnu doit le traiter comme `LINEERR_OPERATIONFAILED`.Un autre processus s’est approprié en exclusivité le matériel qui se trouve derrière la ligne (un port série, par exemple) ; la ligne ne pourra pas être ouverte tant qu’il ne l’aura pas libéré.L’argument `dwDeviceID` ne désigne aucun périphérique de ligne : il n’est pas inférieur au nombre de périphériques de ligne que TAPI a annoncé lors de l’initialisation de l’application.L’appel ne peut pas utiliser le mode porteur demandé : la valeur figurant dans `LINECALLPARAMS` est incorrecte, la ligne ne propose pas ce mode, ou un appel existant ne peut pas y être basculé.Il ne reste aucune présentation d’appel libre sur l’adresse ; aucun autre appel ne peut y être établi tant qu’une présentation n’est pas libérée.`lineCompleteCall` a été refusée parce que l’adresse a déjà autant de demandes d’achèvement d’appel en cours qu’elle en autorise (`dwMaxCallCompletions` dans `LINEADDRESSCAPS`).La conférence ne peut plus accueillir de participants (voir `dwMaxNumConference` dans `LINEADDRESSCAPS`), ou la taille demandée à sa préparation dépasse ce que le commutateur peut offrir.L’adresse composable contient le modificateur `$` (attendre la tonalité d’invite de facturation ou de carte d’appel), que le fournisseur de services ne prend pas en charge.L’adresse composable contient le modificateur `W` (attendre la tonalité de numérotation), que le fournisseur de services ne prend pas en charge.L’adresse composable contient le modificateur `?` (s’arrêter et demander confirmation à l’utilisateur avant de poursuivre la numérotation), que le fournisseur de services ne prend pas en charge.L’adresse composable contient le modificateur `@` (attendre une réponse silencieuse, c’est-à-dire un silence après la tonalité de retour d’appel), que le fournisseur de services ne prend pas en charge.Aucune version de TAPI comprise dans la plage demandée par l’application ne peut être prise en charge à la fois par TAPI et par le fournisseur de services du périphérique.La négociation de la version d’extension (`lineNegotiateExtVersion`) a échoué : la plage fournie est mal formée, ou les extensions du fournisseur se situent en dehors.TAPI ne parvient pas à interpréter sa configuration de téléphonie enregistrée (les données de `Telephon.ini` ou leur équivalent dans le registre, comme les sections des emplacements, des cartes ou des pays) parce qu’elle est endommagée ou incohérente.Une autre activité occupe en ce moment le périphérique de ligne et bloque la requête, qu’il s’agisse de reconfigurer la ligne, d’ajouter un participant, ou de répondre à un appel, d’en passer un ou de le transférer.Une adresse est mal formée (caractères incorrects, ou modificateurs de numérotation comme `W`, `@`, `$` ou `?` que le fournisseur ne gère pas) ou n’est pas autorisée, par exemple parce qu’elle n’est pas attribuée à la ligne ou ne peut pas servir de destination de redirection.Le `dwAddressID` fourni est hors limites : il doit être inférieur au nombre d’adresses de la ligne (`dwNumAddresses` dans `LINEDEVCAPS`).La valeur de mode d’adressage (un sélecteur `LINEADDRESSMODE_`) n’est pas acceptable.Le masque `dwAddressStates` (par exemple de `lineSetStatusMessages`) comporte des bits autres que les indicateurs `LINEADDRESSSTATE_` définis.Le handle d’utilisation `hLineApp` ne provient pas d’un appel réussi à `lineInitialize` ou `lineInitializeEx` (ou a déjà été fermé), ou bien un handle d’inscription est inconnu.Le nom d’application fourni est inutilisable ; TAPI attend une chaîne terminée par un zéro et composée uniquement de caractères affichables.Un argument de mode porteur n’est pas l’une des valeurs `LINEBEARERMODE_`, ou pas l’une de celles utilisables dans ce contexte.Le mode d’achèvement passé à `lineCompleteCall` n’est pas une valeur `LINECALLCOMPLMODE_` valide.Le `hCall` fourni ne désigne pas un appel sur lequel l’application peut agir, par exemple un handle non nul qui appartient à une autre ligne.Les paramètres d’appel fournis (en général une structure `LINECALLPARAMS`) contiennent des valeurs inacceptables.Le privilège d’appel demandé (par exemple avec `lineSetCallPrivilege`) n’est pas une valeur `LINECALLPRIVILEGE_` valide.Le paramètre de sélection (une valeur `LINECALLSELECT_` indiquant si la cible est la ligne, une adresse ou un appel) n’est pas valide.L’opération demandée ne peut pas s’appliquer à l’appel dans l’état où il se trouve, comme répondre à un appel qui n’est plus présenté.La liste d’états d’appel fournie (par exemple à `lineSetMediaControl`) n’est pas valide.Aucune carte d’appel portant l’identifiant permanent indiqué dans `dwCard` n’existe dans la configuration de téléphonie enregistrée.L’identifiant d’achèvement passé à `lineUncompleteCall` ne correspond à aucune demande d’achèvement d’appel en cours.L’argument `hConfCall` ne désigne pas un appel de conférence, ou n’est même pas un handle d’appel utilisable.L’argument `hConsultCall` (l’appel de consultation d’un transfert ou d’une conférence) n’est pas un handle d’appel utilisable.L’indicatif de pays ou de région (par exemple celui passé à `lineGetCountry`) n’est pas connu de TAPI.La chaîne de classe de périphérique (comme `wave/in` passée à `lineGetID`) désigne une classe pour laquelle cette ligne n’a ni périphérique ni prise en charge.Le handle de périphérique transmis à la fonction ne désigne aucun périphérique de ligne ouvert.Les paramètres de numérotation (une structure `LINEDIALPARAMS`) ne sont pas valides.La liste de chiffres fournie (par exemple à générer ou à surveiller) n’est pas valide.Le mode de signalisation des chiffres (une valeur `LINEDIGITMODE_`, par exemple impulsions ou DTMF) n’est pas valide.Les chiffres de fin passés à `lineGatherDigits` comportent des caractères qui ne sont pas des chiffres valides pour le mode de signalisation des chiffres choisi.La version d’extension fournie (par exemple à `lineOpen`) n’est pas prise en charge par le fournisseur du périphérique ou n’a pas été convenue lors de la négociation.L’identifiant de groupe (par exemple le groupe d’interception transmis à `linePickup`) n’est pas valide.Le handle `hLine`, ou un autre handle attendu par la fonction comme un handle d’appel ou de périphérique, ne désigne aucune ligne ouverte (par exemple parce que la ligne a été fermée).L’opération n’est pas permise dans l’état actuel de la ligne : celle-ci peut être utilisée par une autre application, déconnectée ou hors service, ou bien un masque d’états de ligne comporte des bits qui ne sont pas des indicateurs `LINEDEVSTATE_`.Aucun emplacement portant l’identifiant permanent indiqué dans `dwLocation` n’existe dans la configuration de téléphonie enregistrée.La liste d’entrées de modes de média fournie (par exemple à `lineSetMediaControl`) n’est pas valide.Une valeur ou une liste de modes de média est mal formée, ou désigne un mode de média que le fournisseur ne prend pas en charge sur cette ligne (les modes pris en charge figurent dans `dwMediaModes` de `LINEDEVCAPS`).`lineCompleteCall` a reçu un `dwMessageID` qui n’est l’index d’aucun des messages d’achèvement de l’adresse ; les index valides sont inférieurs à `dwNumCompletionMessages` de `LINEADDRESSCAPS`.Code générique pour les arguments incorrects : un paramètre, ou la structure vers laquelle il pointe, contient des données inacceptables. Sert aussi pour un indicatif de pays, un handle de fenêtre ou une liste de renvoi incorrects.L’identifiant de parcage (l’endroit où un appel est ou doit être parqué) n’est pas valide.Le mode de parcage passé à `linePark` n’est pas une valeur `LINEPARKMODE_` valide.Un argument pointeur désigne une mémoire que l’appelant ne peut pas lire ou écrire comme il le faut, ou un pointeur de sortie obligatoire a été passé nul.Les privilèges demandés dans `dwPrivileges` (par exemple de `lineOpen`) comportent un bit non défini ou mélangent des indicateurs incompatibles.Le débit demandé (par exemple avec `lineSetCallParams`) n’est pas une valeur acceptable.Le mode de requête transmis (par exemple à `lineRegisterRequestRecipient` ou `lineGetRequest`) n’est pas une valeur `LINEREQUESTMODE_` valide.L’identifiant de terminal passé à `lineSetTerminal` ne désigne aucun des terminaux de la ligne.Les modes de terminal passés à `lineSetTerminal` ne forment pas une combinaison valide d’indicateurs `LINETERMMODE_`.La ligne ne sait pas du tout appliquer de délais d’expiration, ou le délai demandé (par exemple pour la collecte de chiffres) dépasse les limites annoncées dans `LINEDEVCAPS`.La tonalité personnalisée ne décrit pas une tonalité utilisable, par exemple parce qu’elle combine trop de fréquences.La liste de tonalités fournie (par exemple à surveiller ou associée à un contrôle du média) n’est pas valide.Le mode de tonalité passé à `lineGenerateTone` n’est pas une valeur `LINETONEMODE_` valide.Le mode de transfert passé à `lineCompleteTransfer` n’est pas une valeur `LINETRANSFERMODE_` valide.L’application a laissé TAPI choisir la ligne (`LINEMAPPER` comme identifiant de périphérique), et aucune ligne ne peut satisfaire ce que demande `lpCallParams`.Le handle d’appel désigne un appel ordinaire qui ne fait partie d’aucune conférence ; les opérations de conférence ne s’y appliquent donc pas.Le périphérique a été retiré du système après l’initialisation de TAPI ; son identifiant, valide jusque-là, ne fonctionne plus. Sert aussi quand la ligne n’a aucun périphérique de la classe demandée.Un composant nécessaire est absent : `Tapiaddr.dll` est introuvable, ou le fournisseur de services du périphérique a découvert après l’initialisation qu’une de ses parties manque ou est endommagée. Pour y remédier, il faut réinstaller ou reconfigurer le fournisseur, par exemple depuis le panneau de configuration de la téléphonie.Il n’a pas été possible d’allouer ou de verrouiller assez de mémoire pour effectuer l’opération.`lineGetRequest` n’avait rien à remettre : aucune requête de téléphonie assistée de ce mode n’est en file d’attente, ou une autre application est entre-temps devenue le destinataire préféré pour ce mode.L’opération exige le privilège de propriétaire sur l’appel, dont l’application ne dispose pas.L’application a demandé des requêtes d’un mode pour lequel elle ne s’est jamais inscrite avec `lineRegisterRequestRecipient`.Échec générique : un problème est survenu qu’aucun code plus précis ne décrit. Les applications doivent traiter de la même manière les codes d’erreur qu’elles ne reconnaissent pas.Le périphérique ou son fournisseur de services n’implémente pas cette opération, ou ne la propose pas sur cette ligne ou cette adresse.Le débit demandé exigerait plus de bande passante qu’il n’y en a de libre en ce moment.Une ressource nécessaire à l’opération est momentanément surchargée, si bien que la requête (par exemple l’ouverture d’une ligne) ne peut pas être satisfaite maintenant ; contrairement à `LINEERR_ALLOCATED`, la situation devrait être passagère.La file des requêtes asynchrones en cours du périphérique est pleine ; les nouvelles requêtes sont refusées jusqu’à ce que certaines soient terminées.Une structure fournie par l’appelant déclare dans `dwTotalSize` moins d’octets que n’en exige sa partie de taille fixe. (Lorsque seule la partie variable ne tient pas, l’appel réussit et `dwNeededSize` indique combien allouer.)`lineHandoff` n’a trouvé aucune application pour recevoir l’appel : la cible nommée ou, pour une remise par mode de média, aucune application n’a ouvert cette ligne avec le privilège de propriétaire (et, pour une remise par mode de média, pour ce mode de média).Une remise (handoff) indirecte par mode de média avec `lineHandoff` renverrait l’appel directement à l’appelant, car l’application appelante est elle-même la première destinataire pour ce mode de média.TAPI n’est pas encore initialisé : aucun appel à `lineInitialize` ou `lineInitializeEx` n’a précédé cette opération.Les informations d’usager à usager sont plus longues que la ligne ne le permet (limite `dwUUI…Size` correspondante dans `LINEDEVCAPS`) ou tout simplement trop longues.Une réinitialisation de TAPI est en attente (par exemple après l’ajout ou la suppression d’un fournisseur de services) ; l’initialisation et l’ouverture de lignes sont refusées jusqu’à ce que toutes les applications aient cessé d’utiliser TAPI.Le commutateur refuse de composer cette adresse sur l’appel, par exemple parce que la destination a activé le blocage d’appels.Le réseau ou le commutateur a refusé les informations ou le mode de facturation de l’appel.La valeur `dwFeature` passée à `lineDevSpecificFeature` ne correspond à aucune fonctionnalité proposée par cette ligne.Le même fournisseur de services figure deux fois dans la liste des fournisseurs alors qu’il ne peut être chargé qu’une seule fois ; l’utilisateur doit supprimer l’entrée en trop, par exemple depuis le panneau de configuration de la téléphonie.L’identifiant ou le handle d’agent passé à une fonction d’agent ne désigne aucun agent connu.La liste de groupes ACD fournie (par exemple à `lineSetAgentGroup`) est mal formée ou désigne un groupe que l’agent ne peut pas utiliser ; les groupes de l’agent restent inchangés.Le code PIN ou le mot de passe d’agent fourni (par exemple à `lineCreateAgentSession`) ne correspond pas ; rien n’a été fait.L’état ou l’état suivant demandé pour l’agent (par exemple avec `lineSetAgentState`) n’est pas un état que l’agent peut prendre ; l’adresse conserve son état d’agent actuel.Le code d’activité passé à `lineSetAgentActivity` ne fait pas partie de ceux que l’agent peut utiliser (voir `lineGetAgentActivityList`).L’adresse composable contient le modificateur `:` (faire une pause jusqu’à détection d’une invite vocale), qui n’est pas pris en charge ici.L’utilisateur a choisi d’annuler ; l’appel ou l’opération n’a donc pas eu lieu. Ce code n’est communiqué qu’aux applications ayant négocié TAPI 2.2 ou une version ultérieure.Une valeur `LINEADDRESSTYPE_` fournie par l’application (numéro de téléphone, SDP, nom de messagerie, nom de domaine ou adresse IP) n’est pas définie ou n’est pas utilisable ici. Ce code n’est communiqué qu’aux applications ayant négocié TAPI 3.0 ou une version ultérieure.L’état de session passé à `lineSetAgentSessionState` n’est pas une valeur `LINEAGENTSESSIONSTATE_` acceptable. Ce code n’est communiqué qu’aux applications ayant négocié TAPI 2.2 ou une version ultérieure.L’appel est déjà déconnecté ; l’opération ne peut donc pas lui être appliquée. Ce code n’est communiqué qu’aux applications ayant négocié TAPI 2.2 ou une version ultérieure.Le service Téléphonie (TapiSrv), qui exécute les requêtes TAPI pour le compte de l’application, n’est pas démarré ou n’a pas pu être joint."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineErr",
            prefix: "LINEERR_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 2147483775u64,
            selector_mask: 0u64,
            device_specific: __tapi::Some(__tapi::DeviceSpecific::From(3221225472u64)),
            table: __tapi::Table {
                names: &[
                    "LINEERR_ALLOCATED",
                    "LINEERR_BADDEVICEID",
                    "LINEERR_BEARERMODEUNAVAIL",
                    "LINEERR_CALLUNAVAIL",
                    "LINEERR_COMPLETIONOVERRUN",
                    "LINEERR_CONFERENCEFULL",
                    "LINEERR_DIALBILLING",
                    "LINEERR_DIALDIALTONE",
                    "LINEERR_DIALPROMPT",
                    "LINEERR_DIALQUIET",
                    "LINEERR_INCOMPATIBLEAPIVERSION",
                    "LINEERR_INCOMPATIBLEEXTVERSION",
                    "LINEERR_INIFILECORRUPT",
                    "LINEERR_INUSE",
                    "LINEERR_INVALADDRESS",
                    "LINEERR_INVALADDRESSID",
                    "LINEERR_INVALADDRESSMODE",
                    "LINEERR_INVALADDRESSSTATE",
                    "LINEERR_INVALAPPHANDLE",
                    "LINEERR_INVALAPPNAME",
                    "LINEERR_INVALBEARERMODE",
                    "LINEERR_INVALCALLCOMPLMODE",
                    "LINEERR_INVALCALLHANDLE",
                    "LINEERR_INVALCALLPARAMS",
                    "LINEERR_INVALCALLPRIVILEGE",
                    "LINEERR_INVALCALLSELECT",
                    "LINEERR_INVALCALLSTATE",
                    "LINEERR_INVALCALLSTATELIST",
                    "LINEERR_INVALCARD",
                    "LINEERR_INVALCOMPLETIONID",
                    "LINEERR_INVALCONFCALLHANDLE",
                    "LINEERR_INVALCONSULTCALLHANDLE",
                    "LINEERR_INVALCOUNTRYCODE",
                    "LINEERR_INVALDEVICECLASS",
                    "LINEERR_INVALDEVICEHANDLE",
                    "LINEERR_INVALDIALPARAMS",
                    "LINEERR_INVALDIGITLIST",
                    "LINEERR_INVALDIGITMODE",
                    "LINEERR_INVALDIGITS",
                    "LINEERR_INVALEXTVERSION",
                    "LINEERR_INVALGROUPID",
                    "LINEERR_INVALLINEHANDLE",
                    "LINEERR_INVALLINESTATE",
                    "LINEERR_INVALLOCATION",
                    "LINEERR_INVALMEDIALIST",
                    "LINEERR_INVALMEDIAMODE",
                    "LINEERR_INVALMESSAGEID",
                    "LINEERR_INVALPARAM",
                    "LINEERR_INVALPARKID",
                    "LINEERR_INVALPARKMODE",
                    "LINEERR_INVALPOINTER",
                    "LINEERR_INVALPRIVSELECT",
                    "LINEERR_INVALRATE",
                    "LINEERR_INVALREQUESTMODE",
                    "LINEERR_INVALTERMINALID",
                    "LINEERR_INVALTERMINALMODE",
                    "LINEERR_INVALTIMEOUT",
                    "LINEERR_INVALTONE",
                    "LINEERR_INVALTONELIST",
                    "LINEERR_INVALTONEMODE",
                    "LINEERR_INVALTRANSFERMODE",
                    "LINEERR_LINEMAPPERFAILED",
                    "LINEERR_NOCONFERENCE",
                    "LINEERR_NODEVICE",
                    "LINEERR_NODRIVER",
                    "LINEERR_NOMEM",
                    "LINEERR_NOREQUEST",
                    "LINEERR_NOTOWNER",
                    "LINEERR_NOTREGISTERED",
                    "LINEERR_OPERATIONFAILED",
                    "LINEERR_OPERATIONUNAVAIL",
                    "LINEERR_RATEUNAVAIL",
                    "LINEERR_RESOURCEUNAVAIL",
                    "LINEERR_REQUESTOVERRUN",
                    "LINEERR_STRUCTURETOOSMALL",
                    "LINEERR_TARGETNOTFOUND",
                    "LINEERR_TARGETSELF",
                    "LINEERR_UNINITIALIZED",
                    "LINEERR_USERUSERINFOTOOBIG",
                    "LINEERR_REINIT",
                    "LINEERR_ADDRESSBLOCKED",
                    "LINEERR_BILLINGREJECTED",
                    "LINEERR_INVALFEATURE",
                    "LINEERR_NOMULTIPLEINSTANCE",
                    "LINEERR_INVALAGENTID",
                    "LINEERR_INVALAGENTGROUP",
                    "LINEERR_INVALPASSWORD",
                    "LINEERR_INVALAGENTSTATE",
                    "LINEERR_INVALAGENTACTIVITY",
                    "LINEERR_DIALVOICEDETECT",
                    "LINEERR_USERCANCELLED",
                    "LINEERR_INVALADDRESSTYPE",
                    "LINEERR_INVALAGENTSESSIONSTATE",
                    "LINEERR_DISCONNECTED",
                    "LINEERR_SERVICE_NOT_RUNNING",
                ],
                bits: &[
                    2147483649u64, 2147483650u64, 2147483651u64, 2147483653u64,
                    2147483654u64, 2147483655u64, 2147483656u64, 2147483657u64,
                    2147483658u64, 2147483659u64, 2147483660u64, 2147483661u64,
                    2147483662u64, 2147483663u64, 2147483664u64, 2147483665u64,
                    2147483666u64, 2147483667u64, 2147483668u64, 2147483669u64,
                    2147483670u64, 2147483671u64, 2147483672u64, 2147483673u64,
                    2147483674u64, 2147483675u64, 2147483676u64, 2147483677u64,
                    2147483678u64, 2147483679u64, 2147483680u64, 2147483681u64,
                    2147483682u64, 2147483683u64, 2147483684u64, 2147483685u64,
                    2147483686u64, 2147483687u64, 2147483688u64, 2147483689u64,
                    2147483690u64, 2147483691u64, 2147483692u64, 2147483693u64,
                    2147483694u64, 2147483695u64, 2147483696u64, 2147483698u64,
                    2147483699u64, 2147483700u64, 2147483701u64, 2147483702u64,
                    2147483703u64, 2147483704u64, 2147483705u64, 2147483706u64,
                    2147483707u64, 2147483708u64, 2147483709u64, 2147483710u64,
                    2147483711u64, 2147483712u64, 2147483713u64, 2147483714u64,
                    2147483715u64, 2147483716u64, 2147483717u64, 2147483718u64,
                    2147483719u64, 2147483720u64, 2147483721u64, 2147483722u64,
                    2147483723u64, 2147483724u64, 2147483725u64, 2147483726u64,
                    2147483727u64, 2147483728u64, 2147483729u64, 2147483730u64,
                    2147483731u64, 2147483732u64, 2147483733u64, 2147483734u64,
                    2147483735u64, 2147483736u64, 2147483737u64, 2147483738u64,
                    2147483739u64, 2147483740u64, 2147483741u64, 2147483742u64,
                    2147483743u64, 2147483744u64, 2147483745u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xF1\x01\0\0\0\0\0\0\x18\x02\0\0\0\0\0\0I\x02\0\0\xFF\xFF\0\0\0\0\xF1\x01\0\0\xA1\0\0\0\x18\x02\0\0\xAA\0\0\0I\x02\0\0\xCF\0\0\0\xFF\xFF\0\0\0\0\x92\x02\0\0\x98\0\0\0\xC2\x02\0\0\xAF\0\0\0\x18\x03\0\0\xC8\0\0\0\xFF\xFF\0\0\0\0*\x03\0\0\xA2\0\0\0q\x03\0\0\xD5\0\0\0\xE0\x03\0\0\xC6\0\0\0\xFF\xFF\0\0\0\0\xCC\x03\0\0m\0\0\0F\x04\0\0\x8A\0\0\0\xA6\x04\0\0\x9F\0\0\0\xFF\xFF\0\0\0\09\x04\0\0\xA3\0\0\0\xD0\x04\0\0\xBF\0\0\0E\x05\0\0\xBF\0\0\0\xFF\xFF\0\0\0\0\xDC\x04\0\0\xA1\0\0\0\x8F\x05\0\0\xD0\0\0\0\x04\x06\0\0\xC0\0\0\0\xFF\xFF\0\0\0\0}\x05\0\0\x8F\0\0\0_\x06\0\0\xAE\0\0\0\xC4\x06\0\0\xB3\0\0\0\xFF\xFF\0\0\0\0\x0C\x06\0\0q\0\0\0\r\x07\0\0x\0\0\0w\x07\0\0\x94\0\0\0\xFF\xFF\0\0\0\0}\x06\0\0\x86\0\0\0\x85\x07\0\0\x9C\0\0\0\x0B\x08\0\0\xCB\0\0\0\xFF\xFF\0\0\0\0\x03\x07\0\0\x95\0\0\0!\x08\0\0\xA4\0\0\0\xD6\x08\0\0\xD3\0\0\0\xFF\xFF\0\0\0\0\x98\x07\0\0|\0\0\0\xC5\x08\0\0\x93\0\0\0\xA9\t\0\0\xB2\0\0\0\xFF\xFF\0\0\0\0\x14\x08\0\0\x8D\0\0\0X\t\0\0\xBB\0\0\0[\n\0\0\xAD\0\0\0\xFF\xFF\0\0\0\0\xA1\x08\0\0\xCC\0\0\0\x13\n\0\0\xFA\0\0\0\x08\x0B\0\0\x06\x01\0\0\xFF\xFF\0\0\0\0m\t\0\0\xAF\0\0\0\r\x0B\0\0\xDA\0\0\0\x0E\x0C\0\0\xE6\0\0\0\xFF\xFF\0\0\0\0\x1C\n\0\0\xDB\0\0\0\xE7\x0B\0\0\x12\x01\0\0\xF4\x0C\0\0!\x01\0\0\xFF\xFF\0\0\0\0\xF7\n\0\0\x86\0\0\0\xF9\x0C\0\0\xC5\0\0\0\x15\x0E\0\0\x8D\0\0\0\xFF\xFF\0\0\0\0}\x0B\0\0I\0\0\0\xBE\r\0\0O\0\0\0\xA2\x0E\0\0Z\0\0\0\xFF\xFF\0\0\0\0\xC6\x0B\0\0\x83\0\0\0\r\x0E\0\0\x81\0\0\0\xFC\x0E\0\0\x8F\0\0\0\xFF\xFF\0\0\0\0I\x0C\0\0\xA8\0\0\0\x8E\x0E\0\0\xC5\0\0\0\x8B\x0F\0\0\xBE\0\0\0\xFF\xFF\0\0\0\0\xF1\x0C\0\0u\0\0\0S\x0F\0\0\x8A\0\0\0I\x10\0\0\x93\0\0\0\xFF\xFF\0\0\0\0f\r\0\0o\0\0\0\xDD\x0F\0\0\x88\0\0\0\xDC\x10\0\0\x85\0\0\0\xFF\xFF\0\0\0\0\xD5\r\0\0[\0\0\0e\x10\0\0l\0\0\0a\x11\0\0h\0\0\0\xFF\xFF\0\0\0\x000\x0E\0\0\x86\0\0\0\xD1\x10\0\0\xA3\0\0\0\xC9\x11\0\0\x91\0\0\0\xFF\xFF\0\0\0\0\xB6\x0E\0\0m\0\0\0t\x11\0\0c\0\0\0Z\x12\0\0v\0\0\0\xFF\xFF\0\0\0\0#\x0F\0\0q\0\0\0\xD7\x11\0\0r\0\0\0\xD0\x12\0\0~\0\0\0\xFF\xFF\0\0\0\0\x94\x0F\0\0x\0\0\0I\x12\0\0\x85\0\0\0N\x13\0\0\x8A\0\0\0\xFF\xFF\0\0\0\0\x0C\x10\0\0\x8A\0\0\0\xCE\x12\0\0\xA4\0\0\0\xD8\x13\0\0\x99\0\0\0\xFF\xFF\0\0\0\0\x96\x10\0\0U\0\0\0r\x13\0\0Y\0\0\0q\x14\0\0`\0\0\0\xFF\xFF\0\0\0\0\xEB\x10\0\0m\0\0\0\xCB\x13\0\0{\0\0\0\xD1\x14\0\0\x8E\0\0\0\xFF\xFF\0\0\0\0X\x11\0\0l\0\0\0F\x14\0\0\x93\0\0\0_\x15\0\0\x82\0\0\0\xFF\xFF\0\0\0\0\xC4\x11\0\0d\0\0\0\xD9\x14\0\0l\0\0\0\xE1\x15\0\0v\0\0\0\xFF\xFF\0\0\0\0(\x12\0\0l\0\0\0E\x15\0\0s\0\0\0W\x16\0\0\x8B\0\0\0\xFF\xFF\0\0\0\0\x94\x12\0\0^\0\0\0\xB8\x15\0\0c\0\0\0\xE2\x16\0\0m\0\0\0\xFF\xFF\0\0\0\0\xF2\x12\0\0\x7F\0\0\0\x1B\x16\0\0\xA8\0\0\0O\x17\0\0\xA9\0\0\0\xFF\xFF\0\0\0\0q\x13\0\0O\0\0\0\xC3\x16\0\0Y\0\0\0\xF8\x17\0\0e\0\0\0\xFF\xFF\0\0\0\0\xC0\x13\0\0D\0\0\0\x1C\x17\0\0C\0\0\0]\x18\0\0V\0\0\0\xFF\xFF\0\0\0\0\x04\x14\0\0S\0\0\0_\x17\0\0c\0\0\0\xB3\x18\0\0\\\0\0\0\xFF\xFF\0\0\0\0W\x14\0\0M\0\0\0\xC2\x17\0\0U\0\0\0\x0F\x19\0\0w\0\0\0\xFF\xFF\0\0\0\0\xA4\x14\0\0{\0\0\0\x17\x18\0\0\x83\0\0\0\x86\x19\0\0\xA4\0\0\0\xFF\xFF\0\0\0\0\x1F\x15\0\0\x82\0\0\0\x9A\x18\0\0\x95\0\0\0*\x1A\0\0\xB2\0\0\0\xFF\xFF\0\0\0\0\xA1\x15\0\0X\0\0\0/\x19\0\0W\0\0\0\xDC\x1A\0\0o\0\0\0\xFF\xFF\0\0\0\0\xF9\x15\0\0\xAA\0\0\0\x86\x19\0\0\xC2\0\0\0K\x1B\0\0\xC0\0\0\0\xFF\xFF\0\0\0\0\xA3\x16\0\0\xCA\0\0\0H\x1A\0\0\x08\x01\0\0\x0B\x1C\0\0\x07\x01\0\0\xFF\xFF\0\0\0\0m\x17\0\0m\0\0\0P\x1B\0\0|\0\0\0\x12\x1D\0\0\x8D\0\0\0\xFF\xFF\0\0\0\0\xDA\x17\0\0\\\0\0\0\xCC\x1B\0\0d\0\0\0\x9F\x1D\0\0k\0\0\0\xFF\xFF\0\0\0\x006\x18\0\0\xA9\0\0\x000\x1C\0\0\xD6\0\0\0\n\x1E\0\0\xDD\0\0\0\xFF\xFF\0\0\0\0\xDF\x18\0\0\xB7\0\0\0\x06\x1D\0\0\xCF\0\0\0\xE7\x1E\0\0\xCF\0\0\0\xFF\xFF\0\0\0\0\x96\x19\0\0\xA5\0\0\0\xD5\x1D\0\0\x08\x01\0\0\xB6\x1F\0\0\xEC\0\0\0\xFF\xFF\0\0\0\0;\x1A\0\0Q\0\0\0\xDD\x1E\0\0b\0\0\0\xA2 \0\0c\0\0\0\xFF\xFF\0\0\0\0\x8C\x1A\0\0H\0\0\0?\x1F\0\0P\0\0\0\x05!\0\0V\0\0\0\xFF\xFF\0\0\0\0\xD4\x1A\0\0\x85\0\0\0\x8F\x1F\0\0\xB6\0\0\0[!\0\0\xA2\0\0\0\xFF\xFF\0\0\0\0Y\x1B\0\0\x85\0\0\0E \0\0\x99\0\0\0\xFD!\0\0\x94\0\0\0\xFF\xFF\0\0\0\0\xDE\x1B\0\0]\0\0\0\xDE \0\0V\0\0\0\x91\"\0\0\\\0\0\0\xFF\xFF\0\0\0\0;\x1C\0\0\x84\0\0\x004!\0\0\x8C\0\0\0\xED\"\0\0\x92\0\0\0\xFF\xFF\0\0\0\0\xBF\x1C\0\0b\0\0\0\xC0!\0\0d\0\0\0\x7F#\0\0d\0\0\0\xFF\xFF\0\0\0\0!\x1D\0\0d\0\0\0$\"\0\0n\0\0\0\xE3#\0\0y\0\0\0\xFF\xFF\0\0\0\0\x85\x1D\0\0\x95\0\0\0\x92\"\0\0\xAF\0\0\0\\$\0\0\xB6\0\0\0\xFF\xFF\0\0\0\0\x1A\x1E\0\0g\0\0\0A#\0\0k\0\0\0\x12%\0\0}\0\0\0\xFF\xFF\0\0\0\0\x81\x1E\0\0X\0\0\0\xAC#\0\0\x8D\0\0\0\x8F%\0\0u\0\0\0\xFF\xFF\0\0\0\0\xD9\x1E\0\0P\0\0\09$\0\0W\0\0\0\x04&\0\0`\0\0\0\xFF\xFF\0\0\0\0)\x1F\0\0\\\0\0\0\x90$\0\0e\0\0\0d&\0\0h\0\0\0\xFF\xFF\0\0\0\0\x85\x1F\0\0\x88\0\0\0\xF5$\0\0\x9F\0\0\0\xCC&\0\0\xA5\0\0\0\xFF\xFF\0\0\0\0\r \0\0}\0\0\0\x94%\0\0\x95\0\0\0q'\0\0\x98\0\0\0\xFF\xFF\0\0\0\0\x8A \0\0\xAE\0\0\0)&\0\0\xF1\0\0\0\t(\0\0\xD6\0\0\0\xFF\xFF\0\0\0\08!\0\0\x13\x01\0\0\x1A'\0\0M\x01\0\0\xDF(\0\0Y\x01\0\0\xFF\xFF\0\0\0\0K\"\0\0J\0\0\0g(\0\0^\0\0\08*\0\0j\0\0\0\xFF\xFF\0\0\0\0\x95\"\0\0\xA8\0\0\0\xC5(\0\0\xD9\0\0\0\xA2*\0\0\xD9\0\0\0\xFF\xFF\0\0\0\0=#\0\0U\0\0\0\x9E)\0\0d\0\0\0{+\0\0g\0\0\0\xFF\xFF\0\0\0\0\x92#\0\0h\0\0\0\x02*\0\0\x90\0\0\0\xE2+\0\0\x85\0\0\0\xFF\xFF\0\0\0\0\xFA#\0\0\x97\0\0\0\x92*\0\0\x9E\0\0\0g,\0\0\xC2\0\0\0\xFF\xFF\0\0\0\0\x91$\0\0s\0\0\x000+\0\0\x81\0\0\0)-\0\0\x8D\0\0\0\xFF\xFF\0\0\0\0\x04%\0\0M\0\0\0\xB1+\0\0R\0\0\0\xB6-\0\0]\0\0\0\xFF\xFF\0\0\0\0Q%\0\0\xBE\0\0\0\x03,\0\0\xE9\0\0\0\x13.\0\0\x04\x01\0\0\xFF\xFF\0\0\0\0\x0F&\0\0j\0\0\0\xEC,\0\0\x96\0\0\0\x17/\0\0\x9F\0\0\0\xFF\xFF\0\0\0\0y&\0\0\xCD\0\0\0\x82-\0\0\x03\x01\0\0\xB6/\0\0\xED\0\0\0\xFF\xFF\0\0\0\0F'\0\0\xDA\0\0\0\x85.\0\0\x1E\x01\0\0\xA30\0\0\x13\x01\0\0\xFF\xFF\0\0\0\0 (\0\0\xA3\0\0\0\xA3/\0\0\xC6\0\0\0\xB61\0\0\xD5\0\0\0\xFF\xFF\0\0\0\0\xC3(\0\0m\0\0\0i0\0\0y\0\0\0\x8B2\0\0~\0\0\0\xFF\xFF\0\0\0\x000)\0\0\x84\0\0\0\xE20\0\0\x9F\0\0\0\t3\0\0\xAC\0\0\0\xFF\xFF\0\0\0\0\xB4)\0\0\xC8\0\0\0\x811\0\0\xE5\0\0\0\xB53\0\0\x05\x01\0\0\xFF\xFF\0\0\0\0|*\0\0u\0\0\0f2\0\0v\0\0\0\xBA4\0\0\x84\0\0\0\xFF\xFF\0\0\0\0\xF1*\0\0S\0\0\0\xDC2\0\0n\0\0\0>5\0\0_\0\0\0\xFF\xFF\0\0\0\0D+\0\0`\0\0\0J3\0\0l\0\0\0\x9D5\0\0|\0\0\0\xFF\xFF\0\0\0\0\xA4+\0\0\xB8\0\0\0\xB63\0\0\xDD\0\0\0\x196\0\0\x01\x01\0\0\x02\0\0\0\0\0\\,\0\0b\0\0\0\x934\0\0{\0\0\0\x1A7\0\0f\0\0\0\x02\0\0\0\0\0\xBE,\0\0\xA2\0\0\0\x0E5\0\0\xC7\0\0\0\x807\0\0\xBC\0\0\0\x02\0\0\0\0\0`-\0\0n\0\0\0\xD55\0\0\x8B\0\0\0<8\0\0\x84\0\0\0\x02\0\0\0\0\0\xCE-\0\0\x9B\0\0\0`6\0\0\xBB\0\0\0\xC08\0\0\xC0\0\0\0\x02\0\0\0\0\0i.\0\0z\0\0\0\x1B7\0\0\x92\0\0\0\x809\0\0\x90\0\0\0\x02\0\0\0\0\0\xE3.\0\0r\0\0\0\xAD7\0\0\x86\0\0\0\x10:\0\0\x96\0\0\0\x02\x02\0\0\0\0U/\0\0\x85\0\0\x0038\0\0\xB1\0\0\0\xA6:\0\0\xC1\0\0\0\x03\0\0\0\0\0\xDA/\0\0\xD1\0\0\0\xE48\0\0\x01\x01\0\0g;\0\0#\x01\0\0\x02\x02\0\0\0\0\xAB0\0\0\xAC\0\0\0\xE59\0\0\xC9\0\0\0\x8A<\0\0\xDC\0\0\0\x02\x02\0\0\0\0W1\0\0\x92\0\0\0\xAE:\0\0\xBF\0\0\0f=\0\0\xC0\0\0\0\x02\x02\0\0\0\0\xE91\0\0\x86\0\0\0m;\0\0\x81\0\0\0&>\0\0\x98\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEERR_ALLOCATED",
                        "LINEERR_BADDEVICEID",
                        "LINEERR_BEARERMODEUNAVAIL",
                        "LINEERR_CALLUNAVAIL",
                        "LINEERR_COMPLETIONOVERRUN",
                        "LINEERR_CONFERENCEFULL",
                        "LINEERR_DIALBILLING",
                        "LINEERR_DIALDIALTONE",
                        "LINEERR_DIALPROMPT",
                        "LINEERR_DIALQUIET",
                        "LINEERR_INCOMPATIBLEAPIVERSION",
                        "LINEERR_INCOMPATIBLEEXTVERSION",
                        "LINEERR_INIFILECORRUPT",
                        "LINEERR_INUSE",
                        "LINEERR_INVALADDRESS",
                        "LINEERR_INVALADDRESSID",
                        "LINEERR_INVALADDRESSMODE",
                        "LINEERR_INVALADDRESSSTATE",
                        "LINEERR_INVALAPPHANDLE",
                        "LINEERR_INVALAPPNAME",
                        "LINEERR_INVALBEARERMODE",
                        "LINEERR_INVALCALLCOMPLMODE",
                        "LINEERR_INVALCALLHANDLE",
                        "LINEERR_INVALCALLPARAMS",
                        "LINEERR_INVALCALLPRIVILEGE",
                        "LINEERR_INVALCALLSELECT",
                        "LINEERR_INVALCALLSTATE",
                        "LINEERR_INVALCALLSTATELIST",
                        "LINEERR_INVALCARD",
                        "LINEERR_INVALCOMPLETIONID",
                        "LINEERR_INVALCONFCALLHANDLE",
                        "LINEERR_INVALCONSULTCALLHANDLE",
                        "LINEERR_INVALCOUNTRYCODE",
                        "LINEERR_INVALDEVICECLASS",
                        "LINEERR_INVALDEVICEHANDLE",
                        "LINEERR_INVALDIALPARAMS",
                        "LINEERR_INVALDIGITLIST",
                        "LINEERR_INVALDIGITMODE",
                        "LINEERR_INVALDIGITS",
                        "LINEERR_INVALEXTVERSION",
                        "LINEERR_INVALGROUPID",
                        "LINEERR_INVALLINEHANDLE",
                        "LINEERR_INVALLINESTATE",
                        "LINEERR_INVALLOCATION",
                        "LINEERR_INVALMEDIALIST",
                        "LINEERR_INVALMEDIAMODE",
                        "LINEERR_INVALMESSAGEID",
                        "LINEERR_INVALPARAM",
                        "LINEERR_INVALPARKID",
                        "LINEERR_INVALPARKMODE",
                        "LINEERR_INVALPOINTER",
                        "LINEERR_INVALPRIVSELECT",
                        "LINEERR_INVALRATE",
                        "LINEERR_INVALREQUESTMODE",
                        "LINEERR_INVALTERMINALID",
                        "LINEERR_INVALTERMINALMODE",
                        "LINEERR_INVALTIMEOUT",
                        "LINEERR_INVALTONE",
                        "LINEERR_INVALTONELIST",
                        "LINEERR_INVALTONEMODE",
                        "LINEERR_INVALTRANSFERMODE",
                        "LINEERR_LINEMAPPERFAILED",
                        "LINEERR_NOCONFERENCE",
                        "LINEERR_NODEVICE",
                        "LINEERR_NODRIVER",
                        "LINEERR_NOMEM",
                        "LINEERR_NOREQUEST",
                        "LINEERR_NOTOWNER",
                        "LINEERR_NOTREGISTERED",
                        "LINEERR_OPERATIONFAILED",
                        "LINEERR_OPERATIONUNAVAIL",
                        "LINEERR_RATEUNAVAIL",
                        "LINEERR_RESOURCEUNAVAIL",
                        "LINEERR_REQUESTOVERRUN",
                        "LINEERR_STRUCTURETOOSMALL",
                        "LINEERR_TARGETNOTFOUND",
                        "LINEERR_TARGETSELF",
                        "LINEERR_UNINITIALIZED",
                        "LINEERR_USERUSERINFOTOOBIG",
                        "LINEERR_REINIT",
                        "LINEERR_ADDRESSBLOCKED",
                        "LINEERR_BILLINGREJECTED",
                        "LINEERR_INVALFEATURE",
                        "LINEERR_NOMULTIPLEINSTANCE",
                        "LINEERR_INVALAGENTID",
                        "LINEERR_INVALAGENTGROUP",
                        "LINEERR_INVALPASSWORD",
                        "LINEERR_INVALAGENTSTATE",
                        "LINEERR_INVALAGENTACTIVITY",
                        "LINEERR_DIALVOICEDETECT",
                        "LINEERR_USERCANCELLED",
                        "LINEERR_INVALADDRESSTYPE",
                        "LINEERR_INVALAGENTSESSIONSTATE",
                        "LINEERR_DISCONNECTED",
                        "LINEERR_SERVICE_NOT_RUNNING",
                        "ALLOCATED",
                        "BADDEVICEID",
                        "BEARERMODEUNAVAIL",
                        "CALLUNAVAIL",
                        "COMPLETIONOVERRUN",
                        "CONFERENCEFULL",
                        "DIALBILLING",
                        "DIALDIALTONE",
                        "DIALPROMPT",
                        "DIALQUIET",
                        "INCOMPATIBLEAPIVERSION",
                        "INCOMPATIBLEEXTVERSION",
                        "INIFILECORRUPT",
                        "INUSE",
                        "INVALADDRESS",
                        "INVALADDRESSID",
                        "INVALADDRESSMODE",
                        "INVALADDRESSSTATE",
                        "INVALAPPHANDLE",
                        "INVALAPPNAME",
                        "INVALBEARERMODE",
                        "INVALCALLCOMPLMODE",
                        "INVALCALLHANDLE",
                        "INVALCALLPARAMS",
                        "INVALCALLPRIVILEGE",
                        "INVALCALLSELECT",
                        "INVALCALLSTATE",
                        "INVALCALLSTATELIST",
                        "INVALCARD",
                        "INVALCOMPLETIONID",
                        "INVALCONFCALLHANDLE",
                        "INVALCONSULTCALLHANDLE",
                        "INVALCOUNTRYCODE",
                        "INVALDEVICECLASS",
                        "INVALDEVICEHANDLE",
                        "INVALDIALPARAMS",
                        "INVALDIGITLIST",
                        "INVALDIGITMODE",
                        "INVALDIGITS",
                        "INVALEXTVERSION",
                        "INVALGROUPID",
                        "INVALLINEHANDLE",
                        "INVALLINESTATE",
                        "INVALLOCATION",
                        "INVALMEDIALIST",
                        "INVALMEDIAMODE",
                        "INVALMESSAGEID",
                        "INVALPARAM",
                        "INVALPARKID",
                        "INVALPARKMODE",
                        "INVALPOINTER",
                        "INVALPRIVSELECT",
                        "INVALRATE",
                        "INVALREQUESTMODE",
                        "INVALTERMINALID",
                        "INVALTERMINALMODE",
                        "INVALTIMEOUT",
                        "INVALTONE",
                        "INVALTONELIST",
                        "INVALTONEMODE",
                        "INVALTRANSFERMODE",
                        "LINEMAPPERFAILED",
                        "NOCONFERENCE",
                        "NODEVICE",
                        "NODRIVER",
                        "NOMEM",
                        "NOREQUEST",
                        "NOTOWNER",
                        "NOTREGISTERED",
                        "OPERATIONFAILED",
                        "OPERATIONUNAVAIL",
                        "RATEUNAVAIL",
                        "RESOURCEUNAVAIL",
                        "REQUESTOVERRUN",
                        "STRUCTURETOOSMALL",
                        "TARGETNOTFOUND",
                        "TARGETSELF",
                        "UNINITIALIZED",
                        "USERUSERINFOTOOBIG",
                        "REINIT",
                        "ADDRESSBLOCKED",
                        "BILLINGREJECTED",
                        "INVALFEATURE",
                        "NOMULTIPLEINSTANCE",
                        "INVALAGENTID",
                        "INVALAGENTGROUP",
                        "INVALPASSWORD",
                        "INVALAGENTSTATE",
                        "INVALAGENTACTIVITY",
                        "DIALVOICEDETECT",
                        "USERCANCELLED",
                        "INVALADDRESSTYPE",
                        "INVALAGENTSESSIONSTATE",
                        "DISCONNECTED",
                        "SERVICE_NOT_RUNNING",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\x1F\0 \0!\0\"\0#\0$\0%\0&\0'\0(\0)\0*\0+\0,\0-\0.\0/\x000\x001\x002\x003\x004\x005\x006\x007\08\09\0:\0;\0<\0=\0>\0?\0@\0A\0B\0C\0D\0E\0F\0G\0H\0I\0J\0K\0L\0M\0N\0O\0P\0Q\0R\0S\0T\0U\0V\0W\0X\0Y\0Z\0[\0\\\0]\0^\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 2472074832271045867u64,
                        shift: 52u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFg\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF@\0@\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA0\0A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBB\0\\\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA7\0H\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFH\0H\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFJ\0J\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFb\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x96\x007\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF6\x006\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x98\09\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0%\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA1\0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFj\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\0)\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF1\x001\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF[\0[\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\0\x02\0\xFF\xFF\xFF\xFF\x8C\0-\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x97\08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x003\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFr\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x99\0:\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFG\0G\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB9\0Z\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAC\0M\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB6\0W\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA2\0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA9\0J\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB7\0X\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\"\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF8\08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA3\0D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA8\0I\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF{\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x003\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\0&\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0+\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0)\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFP\0P\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\0'\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\x004\0\xFF\xFF\xFF\xFF\xB4\0U\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFu\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\x9D\0>\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF>\0>\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFp\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0&\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFs\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF5\x005\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBA\0[\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0$\0\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFm\0\x0E\0\xFF\xFF\xFF\xFF\x17\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBC\0]\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFq\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF;\0;\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA5\0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFl\0\r\0\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAF\0P\0\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFz\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFY\0Y\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBD\0^\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF|\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAB\0L\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFx\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0-\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF?\0?\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF~\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFi\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0(\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFd\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0Z\0Z\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\0!\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFv\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\x004\0\xFF\xFF\xFF\xFF2\x002\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFF\0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB8\0Y\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFo\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA6\0G\0\xAE\0O\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0!\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\0(\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFA\0A\0\xFF\xFF\xFF\xFF\x95\x006\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFS\0S\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFQ\0Q\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9E\0?\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\0.\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9F\0@\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB2\0S\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9A\0;\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFN\0N\0\x1E\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFD\0D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9B\0<\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x005\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0'\0\xFF\xFF\xFF\xFF\xA4\0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\\\0\\\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF}\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x002\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9C\0=\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFR\0R\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0,\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\0\"\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFE\0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF7\x007\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\0$\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB3\0T\0\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFy\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFn\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFI\0I\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB5\0V\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF9\09\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF_\0\0\0\xFF\xFF\xFF\xFFK\0K\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\0+\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF^\0^\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFh\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0*\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\0%\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAD\0N\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAA\0K\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFX\0X\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFM\0M\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFT\0T\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFL\0L\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF0\x000\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFk\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF=\0=\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\0,\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFf\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF:\0:\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x001\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\x8F\x000\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF.\0.\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFU\0U\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFV\0V\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF]\0]\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xB1\0R\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFe\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\0*\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFW\0W\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8E\0/\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB0\0Q\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0\xFF\xFF\xFF\xFFO\0O\0<\0<\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0/\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEERR_` family (enumeration, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEERR_ALLOCATED` | `0x80000001` |  |\n| `LINEERR_BADDEVICEID` | `0x80000002` |  |\n| `LINEERR_BEARERMODEUNAVAIL` | `0x80000003` |  |\n| `LINEERR_CALLUNAVAIL` | `0x80000005` |  |\n| `LINEERR_COMPLETIONOVERRUN` | `0x80000006` |  |\n| `LINEERR_CONFERENCEFULL` | `0x80000007` |  |\n| `LINEERR_DIALBILLING` | `0x80000008` |  |\n| `LINEERR_DIALDIALTONE` | `0x80000009` |  |\n| `LINEERR_DIALPROMPT` | `0x8000000A` |  |\n| `LINEERR_DIALQUIET` | `0x8000000B` |  |\n| `LINEERR_INCOMPATIBLEAPIVERSION` | `0x8000000C` |  |\n| `LINEERR_INCOMPATIBLEEXTVERSION` | `0x8000000D` |  |\n| `LINEERR_INIFILECORRUPT` | `0x8000000E` |  |\n| `LINEERR_INUSE` | `0x8000000F` |  |\n| `LINEERR_INVALADDRESS` | `0x80000010` |  |\n| `LINEERR_INVALADDRESSID` | `0x80000011` |  |\n| `LINEERR_INVALADDRESSMODE` | `0x80000012` |  |\n| `LINEERR_INVALADDRESSSTATE` | `0x80000013` |  |\n| `LINEERR_INVALAPPHANDLE` | `0x80000014` |  |\n| `LINEERR_INVALAPPNAME` | `0x80000015` |  |\n| `LINEERR_INVALBEARERMODE` | `0x80000016` |  |\n| `LINEERR_INVALCALLCOMPLMODE` | `0x80000017` |  |\n| `LINEERR_INVALCALLHANDLE` | `0x80000018` |  |\n| `LINEERR_INVALCALLPARAMS` | `0x80000019` |  |\n| `LINEERR_INVALCALLPRIVILEGE` | `0x8000001A` |  |\n| `LINEERR_INVALCALLSELECT` | `0x8000001B` |  |\n| `LINEERR_INVALCALLSTATE` | `0x8000001C` |  |\n| `LINEERR_INVALCALLSTATELIST` | `0x8000001D` |  |\n| `LINEERR_INVALCARD` | `0x8000001E` |  |\n| `LINEERR_INVALCOMPLETIONID` | `0x8000001F` |  |\n| `LINEERR_INVALCONFCALLHANDLE` | `0x80000020` |  |\n| `LINEERR_INVALCONSULTCALLHANDLE` | `0x80000021` |  |\n| `LINEERR_INVALCOUNTRYCODE` | `0x80000022` |  |\n| `LINEERR_INVALDEVICECLASS` | `0x80000023` |  |\n| `LINEERR_INVALDEVICEHANDLE` | `0x80000024` |  |\n| `LINEERR_INVALDIALPARAMS` | `0x80000025` |  |\n| `LINEERR_INVALDIGITLIST` | `0x80000026` |  |\n| `LINEERR_INVALDIGITMODE` | `0x80000027` |  |\n| `LINEERR_INVALDIGITS` | `0x80000028` |  |\n| `LINEERR_INVALEXTVERSION` | `0x80000029` |  |\n| `LINEERR_INVALGROUPID` | `0x8000002A` |  |\n| `LINEERR_INVALLINEHANDLE` | `0x8000002B` |  |\n| `LINEERR_INVALLINESTATE` | `0x8000002C` |  |\n| `LINEERR_INVALLOCATION` | `0x8000002D` |  |\n| `LINEERR_INVALMEDIALIST` | `0x8000002E` |  |\n| `LINEERR_INVALMEDIAMODE` | `0x8000002F` |  |\n| `LINEERR_INVALMESSAGEID` | `0x80000030` |  |\n| `LINEERR_INVALPARAM` | `0x80000032` |  |\n| `LINEERR_INVALPARKID` | `0x80000033` |  |\n| `LINEERR_INVALPARKMODE` | `0x80000034` |  |\n| `LINEERR_INVALPOINTER` | `0x80000035` |  |\n| `LINEERR_INVALPRIVSELECT` | `0x80000036` |  |\n| `LINEERR_INVALRATE` | `0x80000037` |  |\n| `LINEERR_INVALREQUESTMODE` | `0x80000038` |  |\n| `LINEERR_INVALTERMINALID` | `0x80000039` |  |\n| `LINEERR_INVALTERMINALMODE` | `0x8000003A` |  |\n| `LINEERR_INVALTIMEOUT` | `0x8000003B` |  |\n| `LINEERR_INVALTONE` | `0x8000003C` |  |\n| `LINEERR_INVALTONELIST` | `0x8000003D` |  |\n| `LINEERR_INVALTONEMODE` | `0x8000003E` |  |\n| `LINEERR_INVALTRANSFERMODE` | `0x8000003F` |  |\n| `LINEERR_LINEMAPPERFAILED` | `0x80000040` |  |\n| `LINEERR_NOCONFERENCE` | `0x80000041` |  |\n| `LINEERR_NODEVICE` | `0x80000042` |  |\n| `LINEERR_NODRIVER` | `0x80000043` |  |\n| `LINEERR_NOMEM` | `0x80000044` |  |\n| `LINEERR_NOREQUEST` | `0x80000045` |  |\n| `LINEERR_NOTOWNER` | `0x80000046` |  |\n| `LINEERR_NOTREGISTERED` | `0x80000047` |  |\n| `LINEERR_OPERATIONFAILED` | `0x80000048` |  |\n| `LINEERR_OPERATIONUNAVAIL` | `0x80000049` |  |\n| `LINEERR_RATEUNAVAIL` | `0x8000004A` |  |\n| `LINEERR_RESOURCEUNAVAIL` | `0x8000004B` |  |\n| `LINEERR_REQUESTOVERRUN` | `0x8000004C` |  |\n| `LINEERR_STRUCTURETOOSMALL` | `0x8000004D` |  |\n| `LINEERR_TARGETNOTFOUND` | `0x8000004E` |  |\n| `LINEERR_TARGETSELF` | `0x8000004F` |  |\n| `LINEERR_UNINITIALIZED` | `0x80000050` |  |\n| `LINEERR_USERUSERINFOTOOBIG` | `0x80000051` |  |\n| `LINEERR_REINIT` | `0x80000052` |  |\n| `LINEERR_ADDRESSBLOCKED` | `0x80000053` |  |\n| `LINEERR_BILLINGREJECTED` | `0x80000054` |  |\n| `LINEERR_INVALFEATURE` | `0x80000055` |  |\n| `LINEERR_NOMULTIPLEINSTANCE` | `0x80000056` |  |\n| `LINEERR_INVALAGENTID` | `0x80000057` | TAPI 2.0 |\n| `LINEERR_INVALAGENTGROUP` | `0x80000058` | TAPI 2.0 |\n| `LINEERR_INVALPASSWORD` | `0x80000059` | TAPI 2.0 |\n| `LINEERR_INVALAGENTSTATE` | `0x8000005A` | TAPI 2.0 |\n| `LINEERR_INVALAGENTACTIVITY` | `0x8000005B` | TAPI 2.0 |\n| `LINEERR_DIALVOICEDETECT` | `0x8000005C` | TAPI 2.0 |\n| `LINEERR_USERCANCELLED` | `0x8000005D` | TAPI 2.2 |\n| `LINEERR_INVALADDRESSTYPE` | `0x8000005E` | TAPI 3.0 |\n| `LINEERR_INVALAGENTSESSIONSTATE` | `0x8000005F` | TAPI 2.2 |\n| `LINEERR_DISCONNECTED` | `0x80000060` | TAPI 2.2 |\n| `LINEERR_SERVICE_NOT_RUNNING` | `0x80000061` | TAPI 2.2 |\n\n# Deutsch\n\nFehlercodes, die die TAPI-Leitungsfunktionen bei Operationen auf Leitungsgeräten, Adressen und Anrufen melden. Eine synchrone `line…`-Funktion gibt einen dieser Codes direkt zurück (als negativen `LONG`); eine asynchrone gibt zunächst eine positive Anforderungskennung zurück und liefert das Ergebnis später in `dwParam2` der Nachricht `LINE_REPLY`. Codes ab 0xC0000000 sind gerätespezifischen Erweiterungen vorbehalten; eine Anwendung, die einen ihr unbekannten Code erhält, sollte ihn wie `LINEERR_OPERATIONFAILED` behandeln.\n\n- `LINEERR_ALLOCATED`: Ein anderer Prozess belegt die Hardware hinter der Leitung (etwa eine serielle Schnittstelle) exklusiv; die Leitung lässt sich erst öffnen, wenn er sie wieder freigibt.\n- `LINEERR_BADDEVICEID`: Das Argument `dwDeviceID` bezeichnet kein Leitungsgerät: Es ist nicht kleiner als die Anzahl der Leitungsgeräte, die TAPI bei der Initialisierung der Anwendung gemeldet hat.\n- `LINEERR_BEARERMODEUNAVAIL`: Der Anruf kann den angeforderten Trägermodus nicht verwenden: Der Wert in `LINECALLPARAMS` ist fehlerhaft, die Leitung bietet diesen Modus nicht an, oder ein bestehender Anruf lässt sich nicht auf ihn umstellen.\n- `LINEERR_CALLUNAVAIL`: Auf der Adresse ist keine Anrufdarstellung mehr frei; dort kann kein weiterer Anruf aufgebaut werden, bis eine Anrufdarstellung frei wird.\n- `LINEERR_COMPLETIONOVERRUN`: `lineCompleteCall` wurde abgewiesen, weil auf der Adresse bereits so viele Anforderungen zur Anrufvervollständigung ausstehen, wie sie zulässt (`dwMaxCallCompletions` in `LINEADDRESSCAPS`).\n- `LINEERR_CONFERENCEFULL`: Die Konferenz kann keine weiteren Teilnehmer aufnehmen (siehe `dwMaxNumConference` in `LINEADDRESSCAPS`), oder die beim Einrichten angeforderte Größe übersteigt das, was die Vermittlung bereitstellen kann.\n- `LINEERR_DIALBILLING`: Die wählbare Adresse enthält den Modifikator `$` (auf den Abrechnungston oder den Aufforderungston für die Calling Card warten), den der Dienstanbieter nicht unterstützt.\n- `LINEERR_DIALDIALTONE`: Die wählbare Adresse enthält den Modifikator `W` (auf den Wählton warten), den der Dienstanbieter nicht unterstützt.\n- `LINEERR_DIALPROMPT`: Die wählbare Adresse enthält den Modifikator `?` (anhalten und vor dem Weiterwählen beim Benutzer nachfragen), den der Dienstanbieter nicht unterstützt.\n- `LINEERR_DIALQUIET`: Die wählbare Adresse enthält den Modifikator `@` (auf eine stille Rufannahme warten, also auf Stille nach dem Freiton), den der Dienstanbieter nicht unterstützt.\n- `LINEERR_INCOMPATIBLEAPIVERSION`: Keine TAPI-Version in dem von der Anwendung angeforderten Bereich kann sowohl von TAPI als auch vom Dienstanbieter des Geräts unterstützt werden.\n- `LINEERR_INCOMPATIBLEEXTVERSION`: Das Aushandeln der Erweiterungsversion (`lineNegotiateExtVersion`) ist fehlgeschlagen: Der angegebene Bereich ist fehlerhaft, oder die Erweiterungen des Anbieters liegen außerhalb davon.\n- `LINEERR_INIFILECORRUPT`: TAPI kann seine gespeicherte Telefoniekonfiguration (die Daten aus `Telephon.ini` oder ihre Entsprechung in der Registry, etwa die Abschnitte für Standorte, Calling Cards oder Länder) nicht auswerten, weil sie beschädigt oder widersprüchlich ist.\n- `LINEERR_INUSE`: Eine andere Aktivität belegt das Leitungsgerät gerade und blockiert die Anforderung, sei es das Umkonfigurieren der Leitung, das Hinzufügen eines Teilnehmers oder das Annehmen, Tätigen oder Übergeben eines Anrufs.\n- `LINEERR_INVALADDRESS`: Eine Adresse ist fehlerhaft aufgebaut (ungültige Zeichen oder Modifikatoren der Wählzeichenfolge wie `W`, `@`, `$` oder `?`, die der Anbieter nicht verarbeitet) oder nicht zulässig, etwa weil sie der Leitung nicht zugewiesen ist oder nicht als Umleitungsziel dienen kann.\n- `LINEERR_INVALADDRESSID`: Die angegebene Kennung der Adresse (`dwAddressID`) liegt außerhalb des gültigen Bereichs: Gültig sind nur Werte unterhalb der Anzahl der Adressen der Leitung (`dwNumAddresses` in `LINEDEVCAPS`).\n- `LINEERR_INVALADDRESSMODE`: Der Wert des Adressmodus (ein Selektor `LINEADDRESSMODE_`) ist nicht zulässig.\n- `LINEERR_INVALADDRESSSTATE`: Die Maske `dwAddressStates` (etwa von `lineSetStatusMessages`) enthält andere Bits als die definierten Bits `LINEADDRESSSTATE_`.\n- `LINEERR_INVALAPPHANDLE`: Das Nutzungshandle `hLineApp` stammt nicht aus einem erfolgreichen Aufruf von `lineInitialize` oder `lineInitializeEx` (oder wurde bereits geschlossen), oder ein Registrierungshandle ist unbekannt.\n- `LINEERR_INVALAPPNAME`: Der angegebene Anwendungsname ist unbrauchbar; TAPI erwartet eine nullterminierte Zeichenkette, die nur aus darstellbaren Zeichen besteht.\n- `LINEERR_INVALBEARERMODE`: Ein Argument für den Trägermodus ist keiner der Werte `LINEBEARERMODE_` oder keiner, der in diesem Zusammenhang verwendet werden darf.\n- `LINEERR_INVALCALLCOMPLMODE`: Der an `lineCompleteCall` übergebene Vervollständigungsmodus ist kein gültiger Wert `LINECALLCOMPLMODE_`.\n- `LINEERR_INVALCALLHANDLE`: Das angegebene `hCall` bezeichnet keinen Anruf, auf den die Anwendung einwirken kann, etwa ein von null verschiedenes Handle, das zu einer anderen Leitung gehört.\n- `LINEERR_INVALCALLPARAMS`: Die angegebenen Anrufparameter (meist eine Struktur `LINECALLPARAMS`) enthalten unzulässige Werte.\n- `LINEERR_INVALCALLPRIVILEGE`: Die angeforderte Anrufberechtigung (etwa mit `lineSetCallPrivilege`) ist kein gültiger Wert `LINECALLPRIVILEGE_`.\n- `LINEERR_INVALCALLSELECT`: Der Auswahlparameter (ein Wert `LINECALLSELECT_`, der angibt, ob die Leitung, eine Adresse oder ein Anruf gemeint ist) ist ungültig.\n- `LINEERR_INVALCALLSTATE`: Die angeforderte Operation lässt sich auf den Anruf in seinem aktuellen Anrufzustand nicht anwenden, etwa das Annehmen eines Anrufs, der nicht mehr angeboten wird.\n- `LINEERR_INVALCALLSTATELIST`: Die angegebene Liste von Anrufzuständen (etwa für `lineSetMediaControl`) ist ungültig.\n- `LINEERR_INVALCARD`: In der gespeicherten Telefoniekonfiguration gibt es keine Calling Card mit der in `dwCard` angegebenen permanenten Kennung.\n- `LINEERR_INVALCOMPLETIONID`: Die an `lineUncompleteCall` übergebene Kennung der Anrufvervollständigung gehört zu keiner ausstehenden Anforderung zur Anrufvervollständigung.\n- `LINEERR_INVALCONFCALLHANDLE`: Das Argument `hConfCall` bezeichnet keinen Konferenzanruf oder ist überhaupt kein verwendbares Anrufhandle.\n- `LINEERR_INVALCONSULTCALLHANDLE`: Das Argument `hConsultCall` (der Rückfrageanruf einer Übergabe oder Konferenz) ist kein verwendbares Anrufhandle.\n- `LINEERR_INVALCOUNTRYCODE`: Die Landes- oder Regionskennzahl (etwa die an `lineGetCountry` übergebene) ist TAPI nicht bekannt.\n- `LINEERR_INVALDEVICECLASS`: Die Zeichenkette der Geräteklasse (etwa `wave/in`, an `lineGetID` übergeben) bezeichnet eine Klasse, für die diese Leitung kein Gerät oder keine Unterstützung hat.\n- `LINEERR_INVALDEVICEHANDLE`: Das an die Funktion übergebene Gerätehandle bezeichnet kein geöffnetes Leitungsgerät.\n- `LINEERR_INVALDIALPARAMS`: Die Wählparameter (eine Struktur `LINEDIALPARAMS`) sind ungültig.\n- `LINEERR_INVALDIGITLIST`: Die angegebene Ziffernliste (etwa der zu erzeugenden oder zu überwachenden Ziffern) ist ungültig.\n- `LINEERR_INVALDIGITMODE`: Das Wahlverfahren (ein Wert `LINEDIGITMODE_` wie Impulswahl oder DTMF) ist ungültig.\n- `LINEERR_INVALDIGITS`: Die an `lineGatherDigits` übergebenen Endeziffern enthalten Zeichen, die im gewählten Wahlverfahren keine gültigen Ziffern sind.\n- `LINEERR_INVALEXTVERSION`: Die angegebene Erweiterungsversion (etwa an `lineOpen`) wird vom Anbieter des Geräts nicht unterstützt oder wurde beim Aushandeln nicht vereinbart.\n- `LINEERR_INVALGROUPID`: Die Gruppenkennung (etwa die an `linePickup` übergebene Heranholgruppe) ist ungültig.\n- `LINEERR_INVALLINEHANDLE`: Das Handle `hLine` oder ein anderes von der Funktion erwartetes Handle, etwa ein Anruf- oder Gerätehandle, bezeichnet keine geöffnete Leitung (zum Beispiel weil die Leitung geschlossen wurde).\n- `LINEERR_INVALLINESTATE`: Die Operation ist im aktuellen Zustand der Leitung nicht zulässig: Die Leitung wird möglicherweise von einer anderen Anwendung verwendet, ist getrennt oder außer Betrieb, oder eine Maske von Leitungszuständen enthält Bits, die keine Bits `LINEDEVSTATE_` sind.\n- `LINEERR_INVALLOCATION`: In der gespeicherten Telefoniekonfiguration gibt es keinen Standort mit der in `dwLocation` angegebenen permanenten Kennung.\n- `LINEERR_INVALMEDIALIST`: Die angegebene Liste von Einträgen für Medienmodi (etwa für `lineSetMediaControl`) ist ungültig.\n- `LINEERR_INVALMEDIAMODE`: Ein Wert oder eine Liste von Medienmodi ist fehlerhaft aufgebaut oder nennt einen Medienmodus, den der Anbieter auf dieser Leitung nicht unterstützt (die unterstützten stehen in `dwMediaModes` von `LINEDEVCAPS`).\n- `LINEERR_INVALMESSAGEID`: `lineCompleteCall` hat eine `dwMessageID` erhalten, die kein Index einer der Vervollständigungsnachrichten der Adresse ist; gültige Indizes sind kleiner als `dwNumCompletionMessages` von `LINEADDRESSCAPS`.\n- `LINEERR_INVALPARAM`: Allgemeiner Code für fehlerhafte Argumente: Ein Parameter oder die Struktur, auf die er zeigt, enthält unzulässige Daten. Der Code dient auch für eine fehlerhafte Landeskennzahl, ein fehlerhaftes Fensterhandle oder eine fehlerhafte Liste für die Rufumleitung.\n- `LINEERR_INVALPARKID`: Die Parkkennung (die Stelle, an der ein Anruf geparkt ist oder geparkt werden soll) ist ungültig.\n- `LINEERR_INVALPARKMODE`: Der an `linePark` übergebene Parkmodus ist kein gültiger Wert `LINEPARKMODE_`.\n- `LINEERR_INVALPOINTER`: Ein Zeigerargument verweist auf Speicher, den der Aufrufer nicht wie erforderlich lesen oder beschreiben kann, oder ein obligatorischer Ausgabezeiger wurde als Nullzeiger übergeben.\n- `LINEERR_INVALPRIVSELECT`: Die in `dwPrivileges` (etwa von `lineOpen`) angeforderten Berechtigungen enthalten ein undefiniertes Bit oder kombinieren Bits, die nicht zusammenpassen.\n- `LINEERR_INVALRATE`: Die angeforderte Datenrate (etwa über `lineSetCallParams`) ist kein zulässiger Wert.\n- `LINEERR_INVALREQUESTMODE`: Der übergebene Anforderungsmodus (etwa an `lineRegisterRequestRecipient` oder `lineGetRequest`) ist kein gültiger Wert `LINEREQUESTMODE_`.\n- `LINEERR_INVALTERMINALID`: Die an `lineSetTerminal` übergebene Endgerätekennung bezeichnet keines der Endgeräte der Leitung.\n- `LINEERR_INVALTERMINALMODE`: Die an `lineSetTerminal` übergebenen Endgerätemodi sind keine gültige Kombination von Bits `LINETERMMODE_`.\n- `LINEERR_INVALTIMEOUT`: Die Leitung kann überhaupt keine Zeitlimits anwenden, oder das angeforderte Zeitlimit (etwa für die Ziffernerfassung) liegt außerhalb der Grenzen, die `LINEDEVCAPS` angibt.\n- `LINEERR_INVALTONE`: Der benutzerdefinierte Ton beschreibt keinen verwendbaren Ton, etwa weil er zu viele Frequenzen kombiniert.\n- `LINEERR_INVALTONELIST`: Die angegebene Liste von Tönen (etwa der zu überwachenden Töne oder der Töne, auf die eine Mediensteuerung reagieren soll) ist ungültig.\n- `LINEERR_INVALTONEMODE`: Der an `lineGenerateTone` übergebene Tonmodus ist kein gültiger Wert `LINETONEMODE_`.\n- `LINEERR_INVALTRANSFERMODE`: Der an `lineCompleteTransfer` übergebene Übergabemodus ist kein gültiger Wert `LINETRANSFERMODE_`.\n- `LINEERR_LINEMAPPERFAILED`: Die Anwendung hat TAPI die Wahl der Leitung überlassen (`LINEMAPPER` als Gerätekennung), und keine der Leitungen kann erfüllen, was `lpCallParams` verlangt.\n- `LINEERR_NOCONFERENCE`: Das Anrufhandle bezeichnet einen gewöhnlichen Anruf, der an keiner Konferenz beteiligt ist; Konferenzoperationen sind daher auf ihn nicht anwendbar.\n- `LINEERR_NODEVICE`: Das Gerät wurde nach der Initialisierung von TAPI aus dem System entfernt, sodass seine bis dahin gültige Gerätekennung nicht mehr funktioniert. Der Code dient auch für den Fall, dass die Leitung kein Gerät der angeforderten Klasse hat.\n- `LINEERR_NODRIVER`: Eine benötigte Komponente fehlt: `Tapiaddr.dll` wurde nicht gefunden, oder der Dienstanbieter des Geräts hat nach der Initialisierung festgestellt, dass ein Teil von ihm fehlt oder beschädigt ist. Abhilfe schafft eine Neuinstallation oder Neukonfiguration des Anbieters, etwa über die Telefonie-Einstellungen der Systemsteuerung.\n- `LINEERR_NOMEM`: Es konnte nicht genug Speicher reserviert oder gesperrt werden, um die Operation auszuführen.\n- `LINEERR_NOREQUEST`: `lineGetRequest` hatte nichts zu liefern: Es steht keine Anforderung der unterstützten Telefonie dieses Modus in der Warteschlange, oder eine andere Anwendung ist inzwischen der bevorzugte Empfänger dafür geworden.\n- `LINEERR_NOTOWNER`: Die Operation erfordert das Besitzerprivileg für den Anruf, über das die Anwendung nicht verfügt.\n- `LINEERR_NOTREGISTERED`: Die Anwendung wollte Anforderungen eines Modus abrufen, für den sie sich nie mit `lineRegisterRequestRecipient` als Empfänger registriert hat.\n- `LINEERR_OPERATIONFAILED`: Allgemeiner Fehler: Es ist etwas schiefgegangen, das kein genauerer Code beschreibt. Anwendungen sollten Fehlercodes, die sie nicht kennen, genauso behandeln.\n- `LINEERR_OPERATIONUNAVAIL`: Das Gerät oder sein Dienstanbieter implementiert diese Operation nicht oder bietet sie auf dieser Leitung oder Adresse nicht an.\n- `LINEERR_RATEUNAVAIL`: Die angeforderte Datenrate würde mehr Bandbreite erfordern, als derzeit frei ist.\n- `LINEERR_RESOURCEUNAVAIL`: Eine für die Operation benötigte Ressource ist momentan überlastet, sodass die Anforderung (etwa das Öffnen einer Leitung) jetzt nicht erfüllt werden kann; anders als bei `LINEERR_ALLOCATED` dürfte dieser Zustand vorübergehen.\n- `LINEERR_REQUESTOVERRUN`: Die Warteschlange des Geräts für ausstehende asynchrone Anforderungen ist voll; neue Anforderungen werden abgewiesen, bis einige abgeschlossen sind.\n- `LINEERR_STRUCTURETOOSMALL`: Eine vom Aufrufer bereitgestellte Struktur gibt in `dwTotalSize` weniger Bytes an, als ihr Teil fester Größe benötigt. (Passt nur der variable Teil nicht hinein, ist der Aufruf erfolgreich, und `dwNeededSize` gibt an, wie viel Speicher zu reservieren ist.)\n- `LINEERR_TARGETNOTFOUND`: `lineHandoff` hat keine Anwendung gefunden, die den Anruf übernehmen kann: Die genannte Zielanwendung hat diese Leitung nicht mit Besitzerprivileg geöffnet, oder bei einer Übergabe nach Medienmodus hat keine Anwendung sie mit Besitzerprivileg (und für diesen Medienmodus) geöffnet.\n- `LINEERR_TARGETSELF`: Eine indirekte Übergabe nach Medienmodus per `lineHandoff` würde den Anruf direkt an den Aufrufer zurückgeben, weil die aufrufende Anwendung selbst an erster Stelle für diesen Medienmodus steht.\n- `LINEERR_UNINITIALIZED`: TAPI ist noch nicht initialisiert: Dieser Operation ging kein Aufruf von `lineInitialize` oder `lineInitializeEx` voraus.\n- `LINEERR_USERUSERINFOTOOBIG`: Die Benutzer-zu-Benutzer-Informationen sind länger, als die Leitung erlaubt (die entsprechende Grenze `dwUUI…Size` in `LINEDEVCAPS`), oder schlicht zu lang.\n- `LINEERR_REINIT`: Eine Neuinitialisierung von TAPI steht aus (etwa nachdem ein Dienstanbieter hinzugefügt oder entfernt wurde); Initialisierung und Öffnen von Leitungen werden abgewiesen, bis alle Anwendungen ihre Nutzung von TAPI beendet haben.\n- `LINEERR_ADDRESSBLOCKED`: Die Vermittlung verweigert das Wählen dieser Adresse auf dem Anruf, etwa weil am Ziel eine Anrufsperre aktiviert ist.\n- `LINEERR_BILLINGREJECTED`: Das Netz oder die Vermittlung hat die Abrechnungsinformationen oder den Abrechnungsmodus des Anrufs abgelehnt.\n- `LINEERR_INVALFEATURE`: Der an `lineDevSpecificFeature` übergebene Wert `dwFeature` ist keine Funktion, die diese Leitung anbietet.\n- `LINEERR_NOMULTIPLEINSTANCE`: Derselbe Dienstanbieter steht zweimal in der Liste der Anbieter, obwohl er nur einmal geladen werden kann; der Benutzer muss den überzähligen Eintrag löschen, etwa über die Telefonie-Einstellungen der Systemsteuerung.\n- `LINEERR_INVALAGENTID`: Die Agentenkennung oder das Agentenhandle, das einer Agentenfunktion übergeben wurde, bezeichnet keinen bekannten Agenten.\n- `LINEERR_INVALAGENTGROUP`: Die angegebene Liste von ACD-Gruppen (etwa für `lineSetAgentGroup`) ist fehlerhaft aufgebaut oder nennt eine Gruppe, die der Agent nicht verwenden kann; die Gruppen des Agenten bleiben unverändert.\n- `LINEERR_INVALPASSWORD`: Die angegebene PIN oder das angegebene Kennwort des Agenten (etwa für `lineCreateAgentSession`) stimmt nicht; es wurde nichts ausgeführt.\n- `LINEERR_INVALAGENTSTATE`: Der angeforderte aktuelle oder nächste Zustand des Agenten (etwa über `lineSetAgentState`) kann vom Agenten nicht eingenommen werden; die Adresse behält ihren aktuellen Agentenzustand.\n- `LINEERR_INVALAGENTACTIVITY`: Der an `lineSetAgentActivity` übergebene Aktivitätscode gehört nicht zu denen, die der Agent verwenden darf (siehe `lineGetAgentActivityList`).\n- `LINEERR_DIALVOICEDETECT`: Die wählbare Adresse enthält den Modifikator `:` (pausieren, bis eine Sprachansage zu hören ist), der hier nicht unterstützt wird.\n- `LINEERR_USERCANCELLED`: Der Benutzer hat abgebrochen, daher wurde der Anruf oder die Operation nicht ausgeführt. Dieser Code wird nur Anwendungen gemeldet, die TAPI 2.2 oder höher ausgehandelt haben.\n- `LINEERR_INVALADDRESSTYPE`: Ein von der Anwendung angegebener Wert `LINEADDRESSTYPE_` (Telefonnummer, SDP, E-Mail-Name, Domänenname oder IP-Adresse) ist nicht definiert oder hier nicht verwendbar. Dieser Code wird nur Anwendungen gemeldet, die TAPI 3.0 oder höher ausgehandelt haben.\n- `LINEERR_INVALAGENTSESSIONSTATE`: Der an `lineSetAgentSessionState` übergebene Sitzungszustand ist kein zulässiger Wert `LINEAGENTSESSIONSTATE_`. Dieser Code wird nur Anwendungen gemeldet, die TAPI 2.2 oder höher ausgehandelt haben.\n- `LINEERR_DISCONNECTED`: Die Verbindung des Anrufs ist bereits getrennt, daher lässt sich die Operation nicht auf ihn anwenden. Dieser Code wird nur Anwendungen gemeldet, die TAPI 2.2 oder höher ausgehandelt haben.\n- `LINEERR_SERVICE_NOT_RUNNING`: Der Telefoniedienst (TapiSrv), der TAPI-Anforderungen im Auftrag der Anwendung ausführt, läuft nicht oder war nicht erreichbar.\n\n# Français\n\nCodes d’erreur que les fonctions de ligne de TAPI renvoient pour les opérations sur les périphériques de ligne, les adresses et les appels. Une fonction `line…` synchrone renvoie directement l’un de ces codes (sous forme de `LONG` négatif) ; une fonction asynchrone renvoie d’abord un identifiant de requête positif, puis communique le résultat dans `dwParam2` du message `LINE_REPLY`. Les codes à partir de 0xC0000000 sont laissés aux extensions propres aux périphériques ; une application qui reçoit un code inconnu doit le traiter comme `LINEERR_OPERATIONFAILED`.\n\n- `LINEERR_ALLOCATED`: Un autre processus s’est approprié en exclusivité le matériel qui se trouve derrière la ligne (un port série, par exemple) ; la ligne ne pourra pas être ouverte tant qu’il ne l’aura pas libéré.\n- `LINEERR_BADDEVICEID`: L’argument `dwDeviceID` ne désigne aucun périphérique de ligne : il n’est pas inférieur au nombre de périphériques de ligne que TAPI a annoncé lors de l’initialisation de l’application.\n- `LINEERR_BEARERMODEUNAVAIL`: L’appel ne peut pas utiliser le mode porteur demandé : la valeur figurant dans `LINECALLPARAMS` est incorrecte, la ligne ne propose pas ce mode, ou un appel existant ne peut pas y être basculé.\n- `LINEERR_CALLUNAVAIL`: Il ne reste aucune présentation d’appel libre sur l’adresse ; aucun autre appel ne peut y être établi tant qu’une présentation n’est pas libérée.\n- `LINEERR_COMPLETIONOVERRUN`: `lineCompleteCall` a été refusée parce que l’adresse a déjà autant de demandes d’achèvement d’appel en cours qu’elle en autorise (`dwMaxCallCompletions` dans `LINEADDRESSCAPS`).\n- `LINEERR_CONFERENCEFULL`: La conférence ne peut plus accueillir de participants (voir `dwMaxNumConference` dans `LINEADDRESSCAPS`), ou la taille demandée à sa préparation dépasse ce que le commutateur peut offrir.\n- `LINEERR_DIALBILLING`: L’adresse composable contient le modificateur `$` (attendre la tonalité d’invite de facturation ou de carte d’appel), que le fournisseur de services ne prend pas en charge.\n- `LINEERR_DIALDIALTONE`: L’adresse composable contient le modificateur `W` (attendre la tonalité de numérotation), que le fournisseur de services ne prend pas en charge.\n- `LINEERR_DIALPROMPT`: L’adresse composable contient le modificateur `?` (s’arrêter et demander confirmation à l’utilisateur avant de poursuivre la numérotation), que le fournisseur de services ne prend pas en charge.\n- `LINEERR_DIALQUIET`: L’adresse composable contient le modificateur `@` (attendre une réponse silencieuse, c’est-à-dire un silence après la tonalité de retour d’appel), que le fournisseur de services ne prend pas en charge.\n- `LINEERR_INCOMPATIBLEAPIVERSION`: Aucune version de TAPI comprise dans la plage demandée par l’application ne peut être prise en charge à la fois par TAPI et par le fournisseur de services du périphérique.\n- `LINEERR_INCOMPATIBLEEXTVERSION`: La négociation de la version d’extension (`lineNegotiateExtVersion`) a échoué : la plage fournie est mal formée, ou les extensions du fournisseur se situent en dehors.\n- `LINEERR_INIFILECORRUPT`: TAPI ne parvient pas à interpréter sa configuration de téléphonie enregistrée (les données de `Telephon.ini` ou leur équivalent dans le registre, comme les sections des emplacements, des cartes ou des pays) parce qu’elle est endommagée ou incohérente.\n- `LINEERR_INUSE`: Une autre activité occupe en ce moment le périphérique de ligne et bloque la requête, qu’il s’agisse de reconfigurer la ligne, d’ajouter un participant, ou de répondre à un appel, d’en passer un ou de le transférer.\n- `LINEERR_INVALADDRESS`: Une adresse est mal formée (caractères incorrects, ou modificateurs de numérotation comme `W`, `@`, `$` ou `?` que le fournisseur ne gère pas) ou n’est pas autorisée, par exemple parce qu’elle n’est pas attribuée à la ligne ou ne peut pas servir de destination de redirection.\n- `LINEERR_INVALADDRESSID`: Le `dwAddressID` fourni est hors limites : il doit être inférieur au nombre d’adresses de la ligne (`dwNumAddresses` dans `LINEDEVCAPS`).\n- `LINEERR_INVALADDRESSMODE`: La valeur de mode d’adressage (un sélecteur `LINEADDRESSMODE_`) n’est pas acceptable.\n- `LINEERR_INVALADDRESSSTATE`: Le masque `dwAddressStates` (par exemple de `lineSetStatusMessages`) comporte des bits autres que les indicateurs `LINEADDRESSSTATE_` définis.\n- `LINEERR_INVALAPPHANDLE`: Le handle d’utilisation `hLineApp` ne provient pas d’un appel réussi à `lineInitialize` ou `lineInitializeEx` (ou a déjà été fermé), ou bien un handle d’inscription est inconnu.\n- `LINEERR_INVALAPPNAME`: Le nom d’application fourni est inutilisable ; TAPI attend une chaîne terminée par un zéro et composée uniquement de caractères affichables.\n- `LINEERR_INVALBEARERMODE`: Un argument de mode porteur n’est pas l’une des valeurs `LINEBEARERMODE_`, ou pas l’une de celles utilisables dans ce contexte.\n- `LINEERR_INVALCALLCOMPLMODE`: Le mode d’achèvement passé à `lineCompleteCall` n’est pas une valeur `LINECALLCOMPLMODE_` valide.\n- `LINEERR_INVALCALLHANDLE`: Le `hCall` fourni ne désigne pas un appel sur lequel l’application peut agir, par exemple un handle non nul qui appartient à une autre ligne.\n- `LINEERR_INVALCALLPARAMS`: Les paramètres d’appel fournis (en général une structure `LINECALLPARAMS`) contiennent des valeurs inacceptables.\n- `LINEERR_INVALCALLPRIVILEGE`: Le privilège d’appel demandé (par exemple avec `lineSetCallPrivilege`) n’est pas une valeur `LINECALLPRIVILEGE_` valide.\n- `LINEERR_INVALCALLSELECT`: Le paramètre de sélection (une valeur `LINECALLSELECT_` indiquant si la cible est la ligne, une adresse ou un appel) n’est pas valide.\n- `LINEERR_INVALCALLSTATE`: L’opération demandée ne peut pas s’appliquer à l’appel dans l’état où il se trouve, comme répondre à un appel qui n’est plus présenté.\n- `LINEERR_INVALCALLSTATELIST`: La liste d’états d’appel fournie (par exemple à `lineSetMediaControl`) n’est pas valide.\n- `LINEERR_INVALCARD`: Aucune carte d’appel portant l’identifiant permanent indiqué dans `dwCard` n’existe dans la configuration de téléphonie enregistrée.\n- `LINEERR_INVALCOMPLETIONID`: L’identifiant d’achèvement passé à `lineUncompleteCall` ne correspond à aucune demande d’achèvement d’appel en cours.\n- `LINEERR_INVALCONFCALLHANDLE`: L’argument `hConfCall` ne désigne pas un appel de conférence, ou n’est même pas un handle d’appel utilisable.\n- `LINEERR_INVALCONSULTCALLHANDLE`: L’argument `hConsultCall` (l’appel de consultation d’un transfert ou d’une conférence) n’est pas un handle d’appel utilisable.\n- `LINEERR_INVALCOUNTRYCODE`: L’indicatif de pays ou de région (par exemple celui passé à `lineGetCountry`) n’est pas connu de TAPI.\n- `LINEERR_INVALDEVICECLASS`: La chaîne de classe de périphérique (comme `wave/in` passée à `lineGetID`) désigne une classe pour laquelle cette ligne n’a ni périphérique ni prise en charge.\n- `LINEERR_INVALDEVICEHANDLE`: Le handle de périphérique transmis à la fonction ne désigne aucun périphérique de ligne ouvert.\n- `LINEERR_INVALDIALPARAMS`: Les paramètres de numérotation (une structure `LINEDIALPARAMS`) ne sont pas valides.\n- `LINEERR_INVALDIGITLIST`: La liste de chiffres fournie (par exemple à générer ou à surveiller) n’est pas valide.\n- `LINEERR_INVALDIGITMODE`: Le mode de signalisation des chiffres (une valeur `LINEDIGITMODE_`, par exemple impulsions ou DTMF) n’est pas valide.\n- `LINEERR_INVALDIGITS`: Les chiffres de fin passés à `lineGatherDigits` comportent des caractères qui ne sont pas des chiffres valides pour le mode de signalisation des chiffres choisi.\n- `LINEERR_INVALEXTVERSION`: La version d’extension fournie (par exemple à `lineOpen`) n’est pas prise en charge par le fournisseur du périphérique ou n’a pas été convenue lors de la négociation.\n- `LINEERR_INVALGROUPID`: L’identifiant de groupe (par exemple le groupe d’interception transmis à `linePickup`) n’est pas valide.\n- `LINEERR_INVALLINEHANDLE`: Le handle `hLine`, ou un autre handle attendu par la fonction comme un handle d’appel ou de périphérique, ne désigne aucune ligne ouverte (par exemple parce que la ligne a été fermée).\n- `LINEERR_INVALLINESTATE`: L’opération n’est pas permise dans l’état actuel de la ligne : celle-ci peut être utilisée par une autre application, déconnectée ou hors service, ou bien un masque d’états de ligne comporte des bits qui ne sont pas des indicateurs `LINEDEVSTATE_`.\n- `LINEERR_INVALLOCATION`: Aucun emplacement portant l’identifiant permanent indiqué dans `dwLocation` n’existe dans la configuration de téléphonie enregistrée.\n- `LINEERR_INVALMEDIALIST`: La liste d’entrées de modes de média fournie (par exemple à `lineSetMediaControl`) n’est pas valide.\n- `LINEERR_INVALMEDIAMODE`: Une valeur ou une liste de modes de média est mal formée, ou désigne un mode de média que le fournisseur ne prend pas en charge sur cette ligne (les modes pris en charge figurent dans `dwMediaModes` de `LINEDEVCAPS`).\n- `LINEERR_INVALMESSAGEID`: `lineCompleteCall` a reçu un `dwMessageID` qui n’est l’index d’aucun des messages d’achèvement de l’adresse ; les index valides sont inférieurs à `dwNumCompletionMessages` de `LINEADDRESSCAPS`.\n- `LINEERR_INVALPARAM`: Code générique pour les arguments incorrects : un paramètre, ou la structure vers laquelle il pointe, contient des données inacceptables. Sert aussi pour un indicatif de pays, un handle de fenêtre ou une liste de renvoi incorrects.\n- `LINEERR_INVALPARKID`: L’identifiant de parcage (l’endroit où un appel est ou doit être parqué) n’est pas valide.\n- `LINEERR_INVALPARKMODE`: Le mode de parcage passé à `linePark` n’est pas une valeur `LINEPARKMODE_` valide.\n- `LINEERR_INVALPOINTER`: Un argument pointeur désigne une mémoire que l’appelant ne peut pas lire ou écrire comme il le faut, ou un pointeur de sortie obligatoire a été passé nul.\n- `LINEERR_INVALPRIVSELECT`: Les privilèges demandés dans `dwPrivileges` (par exemple de `lineOpen`) comportent un bit non défini ou mélangent des indicateurs incompatibles.\n- `LINEERR_INVALRATE`: Le débit demandé (par exemple avec `lineSetCallParams`) n’est pas une valeur acceptable.\n- `LINEERR_INVALREQUESTMODE`: Le mode de requête transmis (par exemple à `lineRegisterRequestRecipient` ou `lineGetRequest`) n’est pas une valeur `LINEREQUESTMODE_` valide.\n- `LINEERR_INVALTERMINALID`: L’identifiant de terminal passé à `lineSetTerminal` ne désigne aucun des terminaux de la ligne.\n- `LINEERR_INVALTERMINALMODE`: Les modes de terminal passés à `lineSetTerminal` ne forment pas une combinaison valide d’indicateurs `LINETERMMODE_`.\n- `LINEERR_INVALTIMEOUT`: La ligne ne sait pas du tout appliquer de délais d’expiration, ou le délai demandé (par exemple pour la collecte de chiffres) dépasse les limites annoncées dans `LINEDEVCAPS`.\n- `LINEERR_INVALTONE`: La tonalité personnalisée ne décrit pas une tonalité utilisable, par exemple parce qu’elle combine trop de fréquences.\n- `LINEERR_INVALTONELIST`: La liste de tonalités fournie (par exemple à surveiller ou associée à un contrôle du média) n’est pas valide.\n- `LINEERR_INVALTONEMODE`: Le mode de tonalité passé à `lineGenerateTone` n’est pas une valeur `LINETONEMODE_` valide.\n- `LINEERR_INVALTRANSFERMODE`: Le mode de transfert passé à `lineCompleteTransfer` n’est pas une valeur `LINETRANSFERMODE_` valide.\n- `LINEERR_LINEMAPPERFAILED`: L’application a laissé TAPI choisir la ligne (`LINEMAPPER` comme identifiant de périphérique), et aucune ligne ne peut satisfaire ce que demande `lpCallParams`.\n- `LINEERR_NOCONFERENCE`: Le handle d’appel désigne un appel ordinaire qui ne fait partie d’aucune conférence ; les opérations de conférence ne s’y appliquent donc pas.\n- `LINEERR_NODEVICE`: Le périphérique a été retiré du système après l’initialisation de TAPI ; son identifiant, valide jusque-là, ne fonctionne plus. Sert aussi quand la ligne n’a aucun périphérique de la classe demandée.\n- `LINEERR_NODRIVER`: Un composant nécessaire est absent : `Tapiaddr.dll` est introuvable, ou le fournisseur de services du périphérique a découvert après l’initialisation qu’une de ses parties manque ou est endommagée. Pour y remédier, il faut réinstaller ou reconfigurer le fournisseur, par exemple depuis le panneau de configuration de la téléphonie.\n- `LINEERR_NOMEM`: Il n’a pas été possible d’allouer ou de verrouiller assez de mémoire pour effectuer l’opération.\n- `LINEERR_NOREQUEST`: `lineGetRequest` n’avait rien à remettre : aucune requête de téléphonie assistée de ce mode n’est en file d’attente, ou une autre application est entre-temps devenue le destinataire préféré pour ce mode.\n- `LINEERR_NOTOWNER`: L’opération exige le privilège de propriétaire sur l’appel, dont l’application ne dispose pas.\n- `LINEERR_NOTREGISTERED`: L’application a demandé des requêtes d’un mode pour lequel elle ne s’est jamais inscrite avec `lineRegisterRequestRecipient`.\n- `LINEERR_OPERATIONFAILED`: Échec générique : un problème est survenu qu’aucun code plus précis ne décrit. Les applications doivent traiter de la même manière les codes d’erreur qu’elles ne reconnaissent pas.\n- `LINEERR_OPERATIONUNAVAIL`: Le périphérique ou son fournisseur de services n’implémente pas cette opération, ou ne la propose pas sur cette ligne ou cette adresse.\n- `LINEERR_RATEUNAVAIL`: Le débit demandé exigerait plus de bande passante qu’il n’y en a de libre en ce moment.\n- `LINEERR_RESOURCEUNAVAIL`: Une ressource nécessaire à l’opération est momentanément surchargée, si bien que la requête (par exemple l’ouverture d’une ligne) ne peut pas être satisfaite maintenant ; contrairement à `LINEERR_ALLOCATED`, la situation devrait être passagère.\n- `LINEERR_REQUESTOVERRUN`: La file des requêtes asynchrones en cours du périphérique est pleine ; les nouvelles requêtes sont refusées jusqu’à ce que certaines soient terminées.\n- `LINEERR_STRUCTURETOOSMALL`: Une structure fournie par l’appelant déclare dans `dwTotalSize` moins d’octets que n’en exige sa partie de taille fixe. (Lorsque seule la partie variable ne tient pas, l’appel réussit et `dwNeededSize` indique combien allouer.)\n- `LINEERR_TARGETNOTFOUND`: `lineHandoff` n’a trouvé aucune application pour recevoir l’appel : la cible nommée ou, pour une remise par mode de média, aucune application n’a ouvert cette ligne avec le privilège de propriétaire (et, pour une remise par mode de média, pour ce mode de média).\n- `LINEERR_TARGETSELF`: Une remise (handoff) indirecte par mode de média avec `lineHandoff` renverrait l’appel directement à l’appelant, car l’application appelante est elle-même la première destinataire pour ce mode de média.\n- `LINEERR_UNINITIALIZED`: TAPI n’est pas encore initialisé : aucun appel à `lineInitialize` ou `lineInitializeEx` n’a précédé cette opération.\n- `LINEERR_USERUSERINFOTOOBIG`: Les informations d’usager à usager sont plus longues que la ligne ne le permet (limite `dwUUI…Size` correspondante dans `LINEDEVCAPS`) ou tout simplement trop longues.\n- `LINEERR_REINIT`: Une réinitialisation de TAPI est en attente (par exemple après l’ajout ou la suppression d’un fournisseur de services) ; l’initialisation et l’ouverture de lignes sont refusées jusqu’à ce que toutes les applications aient cessé d’utiliser TAPI.\n- `LINEERR_ADDRESSBLOCKED`: Le commutateur refuse de composer cette adresse sur l’appel, par exemple parce que la destination a activé le blocage d’appels.\n- `LINEERR_BILLINGREJECTED`: Le réseau ou le commutateur a refusé les informations ou le mode de facturation de l’appel.\n- `LINEERR_INVALFEATURE`: La valeur `dwFeature` passée à `lineDevSpecificFeature` ne correspond à aucune fonctionnalité proposée par cette ligne.\n- `LINEERR_NOMULTIPLEINSTANCE`: Le même fournisseur de services figure deux fois dans la liste des fournisseurs alors qu’il ne peut être chargé qu’une seule fois ; l’utilisateur doit supprimer l’entrée en trop, par exemple depuis le panneau de configuration de la téléphonie.\n- `LINEERR_INVALAGENTID`: L’identifiant ou le handle d’agent passé à une fonction d’agent ne désigne aucun agent connu.\n- `LINEERR_INVALAGENTGROUP`: La liste de groupes ACD fournie (par exemple à `lineSetAgentGroup`) est mal formée ou désigne un groupe que l’agent ne peut pas utiliser ; les groupes de l’agent restent inchangés.\n- `LINEERR_INVALPASSWORD`: Le code PIN ou le mot de passe d’agent fourni (par exemple à `lineCreateAgentSession`) ne correspond pas ; rien n’a été fait.\n- `LINEERR_INVALAGENTSTATE`: L’état ou l’état suivant demandé pour l’agent (par exemple avec `lineSetAgentState`) n’est pas un état que l’agent peut prendre ; l’adresse conserve son état d’agent actuel.\n- `LINEERR_INVALAGENTACTIVITY`: Le code d’activité passé à `lineSetAgentActivity` ne fait pas partie de ceux que l’agent peut utiliser (voir `lineGetAgentActivityList`).\n- `LINEERR_DIALVOICEDETECT`: L’adresse composable contient le modificateur `:` (faire une pause jusqu’à détection d’une invite vocale), qui n’est pas pris en charge ici.\n- `LINEERR_USERCANCELLED`: L’utilisateur a choisi d’annuler ; l’appel ou l’opération n’a donc pas eu lieu. Ce code n’est communiqué qu’aux applications ayant négocié TAPI 2.2 ou une version ultérieure.\n- `LINEERR_INVALADDRESSTYPE`: Une valeur `LINEADDRESSTYPE_` fournie par l’application (numéro de téléphone, SDP, nom de messagerie, nom de domaine ou adresse IP) n’est pas définie ou n’est pas utilisable ici. Ce code n’est communiqué qu’aux applications ayant négocié TAPI 3.0 ou une version ultérieure.\n- `LINEERR_INVALAGENTSESSIONSTATE`: L’état de session passé à `lineSetAgentSessionState` n’est pas une valeur `LINEAGENTSESSIONSTATE_` acceptable. Ce code n’est communiqué qu’aux applications ayant négocié TAPI 2.2 ou une version ultérieure.\n- `LINEERR_DISCONNECTED`: L’appel est déjà déconnecté ; l’opération ne peut donc pas lui être appliquée. Ce code n’est communiqué qu’aux applications ayant négocié TAPI 2.2 ou une version ultérieure.\n- `LINEERR_SERVICE_NOT_RUNNING`: Le service Téléphonie (TapiSrv), qui exécute les requêtes TAPI pour le compte de l’application, n’est pas démarré ou n’a pas pu être joint.\n"
    )]
    impl LineErr {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Allocated,
            Self::BadDeviceId,
            Self::BearerModeUnavail,
            Self::CallUnavail,
            Self::CompletionOverrun,
            Self::ConferenceFull,
            Self::DialBilling,
            Self::DialDialTone,
            Self::DialPrompt,
            Self::DialQuiet,
            Self::IncompatibleApiVersion,
            Self::IncompatibleExtVersion,
            Self::IniFileCorrupt,
            Self::InUse,
            Self::InvalAddress,
            Self::InvalAddressId,
            Self::InvalAddressMode,
            Self::InvalAddressState,
            Self::InvalAppHandle,
            Self::InvalAppName,
            Self::InvalBearerMode,
            Self::InvalCallComplMode,
            Self::InvalCallHandle,
            Self::InvalCallParams,
            Self::InvalCallPrivilege,
            Self::InvalCallSelect,
            Self::InvalCallState,
            Self::InvalCallStateList,
            Self::InvalCard,
            Self::InvalCompletionId,
            Self::InvalConfCallHandle,
            Self::InvalConsultCallHandle,
            Self::InvalCountryCode,
            Self::InvalDeviceClass,
            Self::InvalDeviceHandle,
            Self::InvalDialParams,
            Self::InvalDigitList,
            Self::InvalDigitMode,
            Self::InvalDigits,
            Self::InvalExtVersion,
            Self::InvalGroupId,
            Self::InvalLineHandle,
            Self::InvalLineState,
            Self::InvalLocation,
            Self::InvalMediaList,
            Self::InvalMediaMode,
            Self::InvalMessageId,
            Self::InvalParam,
            Self::InvalParkId,
            Self::InvalParkMode,
            Self::InvalPointer,
            Self::InvalPrivSelect,
            Self::InvalRate,
            Self::InvalRequestMode,
            Self::InvalTerminalId,
            Self::InvalTerminalMode,
            Self::InvalTimeout,
            Self::InvalTone,
            Self::InvalToneList,
            Self::InvalToneMode,
            Self::InvalTransferMode,
            Self::LineMapperFailed,
            Self::NoConference,
            Self::NoDevice,
            Self::NoDriver,
            Self::NoMem,
            Self::NoRequest,
            Self::NotOwner,
            Self::NotRegistered,
            Self::OperationFailed,
            Self::OperationUnavail,
            Self::RateUnavail,
            Self::ResourceUnavail,
            Self::RequestOverrun,
            Self::StructureTooSmall,
            Self::TargetNotFound,
            Self::TargetSelf,
            Self::Uninitialized,
            Self::UserUserInfoTooBig,
            Self::Reinit,
            Self::AddressBlocked,
            Self::BillingRejected,
            Self::InvalFeature,
            Self::NoMultipleInstance,
            Self::InvalAgentId,
            Self::InvalAgentGroup,
            Self::InvalPassword,
            Self::InvalAgentState,
            Self::InvalAgentActivity,
            Self::DialVoiceDetect,
            Self::UserCancelled,
            Self::InvalAddressType,
            Self::InvalAgentSessionState,
            Self::Disconnected,
            Self::ServiceNotRunning,
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
            let index = {
                let offset = value.wrapping_sub(2147483649);
                if offset < 97 {
                    __tapi::map_index(
                        b"\0\0\x01\0\x02\0\xFF\xFF\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\x1F\0 \0!\0\"\0#\0$\0%\0&\0'\0(\0)\0*\0+\0,\0-\0.\0\xFF\xFF/\x000\x001\x002\x003\x004\x005\x006\x007\08\09\0:\0;\0<\0=\0>\0?\0@\0A\0B\0C\0D\0E\0F\0G\0H\0I\0J\0K\0L\0M\0N\0O\0P\0Q\0R\0S\0T\0U\0V\0W\0X\0Y\0Z\0[\0\\\0]\0^\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            };
            if index < Self::ALL.len() {
                __tapi::Some(Self::ALL[index])
            } else {
                __tapi::None
            }
        }
        /// The full C name, such as `LINEERR_ALLOCATED`; `{:#}` in `format!` gives the short name.
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
            {
                let offset = (self as ::core::primitive::u32).wrapping_sub(2147483649);
                if offset < 97 {
                    __tapi::map_index(
                        b"\0\0\x01\0\x02\0\xFF\xFF\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\x1F\0 \0!\0\"\0#\0$\0%\0&\0'\0(\0)\0*\0+\0,\0-\0.\0\xFF\xFF/\x000\x001\x002\x003\x004\x005\x006\x007\08\09\0:\0;\0<\0=\0>\0?\0@\0A\0B\0C\0D\0E\0F\0G\0H\0I\0J\0K\0L\0M\0N\0O\0P\0Q\0R\0S\0T\0U\0V\0W\0X\0Y\0Z\0[\0\\\0]\0^\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineErr {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineErr> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineErr) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineErr {
        type Error = ::tapi_consts::UnknownValueError<LineErr>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineErr {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineErr {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineErr, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineErr);
};
///The `LINEERR_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineerr {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::Allocated`](super::LineErr::Allocated)."
    )]
    pub const LINEERR_ALLOCATED: ::core::primitive::u32 = 2147483649;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::BadDeviceId`](super::LineErr::BadDeviceId)."
    )]
    pub const LINEERR_BADDEVICEID: ::core::primitive::u32 = 2147483650;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::BearerModeUnavail`](super::LineErr::BearerModeUnavail)."
    )]
    pub const LINEERR_BEARERMODEUNAVAIL: ::core::primitive::u32 = 2147483651;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::CallUnavail`](super::LineErr::CallUnavail)."
    )]
    pub const LINEERR_CALLUNAVAIL: ::core::primitive::u32 = 2147483653;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::CompletionOverrun`](super::LineErr::CompletionOverrun)."
    )]
    pub const LINEERR_COMPLETIONOVERRUN: ::core::primitive::u32 = 2147483654;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::ConferenceFull`](super::LineErr::ConferenceFull)."
    )]
    pub const LINEERR_CONFERENCEFULL: ::core::primitive::u32 = 2147483655;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::DialBilling`](super::LineErr::DialBilling)."
    )]
    pub const LINEERR_DIALBILLING: ::core::primitive::u32 = 2147483656;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::DialDialTone`](super::LineErr::DialDialTone)."
    )]
    pub const LINEERR_DIALDIALTONE: ::core::primitive::u32 = 2147483657;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::DialPrompt`](super::LineErr::DialPrompt)."
    )]
    pub const LINEERR_DIALPROMPT: ::core::primitive::u32 = 2147483658;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::DialQuiet`](super::LineErr::DialQuiet)."
    )]
    pub const LINEERR_DIALQUIET: ::core::primitive::u32 = 2147483659;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::IncompatibleApiVersion`](super::LineErr::IncompatibleApiVersion)."
    )]
    pub const LINEERR_INCOMPATIBLEAPIVERSION: ::core::primitive::u32 = 2147483660;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::IncompatibleExtVersion`](super::LineErr::IncompatibleExtVersion)."
    )]
    pub const LINEERR_INCOMPATIBLEEXTVERSION: ::core::primitive::u32 = 2147483661;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::IniFileCorrupt`](super::LineErr::IniFileCorrupt)."
    )]
    pub const LINEERR_INIFILECORRUPT: ::core::primitive::u32 = 2147483662;
    #[cfg_attr(doc, doc = "The value of [`LineErr::InUse`](super::LineErr::InUse).")]
    pub const LINEERR_INUSE: ::core::primitive::u32 = 2147483663;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalAddress`](super::LineErr::InvalAddress)."
    )]
    pub const LINEERR_INVALADDRESS: ::core::primitive::u32 = 2147483664;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalAddressId`](super::LineErr::InvalAddressId)."
    )]
    pub const LINEERR_INVALADDRESSID: ::core::primitive::u32 = 2147483665;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalAddressMode`](super::LineErr::InvalAddressMode)."
    )]
    pub const LINEERR_INVALADDRESSMODE: ::core::primitive::u32 = 2147483666;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalAddressState`](super::LineErr::InvalAddressState)."
    )]
    pub const LINEERR_INVALADDRESSSTATE: ::core::primitive::u32 = 2147483667;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalAppHandle`](super::LineErr::InvalAppHandle)."
    )]
    pub const LINEERR_INVALAPPHANDLE: ::core::primitive::u32 = 2147483668;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalAppName`](super::LineErr::InvalAppName)."
    )]
    pub const LINEERR_INVALAPPNAME: ::core::primitive::u32 = 2147483669;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalBearerMode`](super::LineErr::InvalBearerMode)."
    )]
    pub const LINEERR_INVALBEARERMODE: ::core::primitive::u32 = 2147483670;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalCallComplMode`](super::LineErr::InvalCallComplMode)."
    )]
    pub const LINEERR_INVALCALLCOMPLMODE: ::core::primitive::u32 = 2147483671;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalCallHandle`](super::LineErr::InvalCallHandle)."
    )]
    pub const LINEERR_INVALCALLHANDLE: ::core::primitive::u32 = 2147483672;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalCallParams`](super::LineErr::InvalCallParams)."
    )]
    pub const LINEERR_INVALCALLPARAMS: ::core::primitive::u32 = 2147483673;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalCallPrivilege`](super::LineErr::InvalCallPrivilege)."
    )]
    pub const LINEERR_INVALCALLPRIVILEGE: ::core::primitive::u32 = 2147483674;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalCallSelect`](super::LineErr::InvalCallSelect)."
    )]
    pub const LINEERR_INVALCALLSELECT: ::core::primitive::u32 = 2147483675;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalCallState`](super::LineErr::InvalCallState)."
    )]
    pub const LINEERR_INVALCALLSTATE: ::core::primitive::u32 = 2147483676;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalCallStateList`](super::LineErr::InvalCallStateList)."
    )]
    pub const LINEERR_INVALCALLSTATELIST: ::core::primitive::u32 = 2147483677;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalCard`](super::LineErr::InvalCard)."
    )]
    pub const LINEERR_INVALCARD: ::core::primitive::u32 = 2147483678;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalCompletionId`](super::LineErr::InvalCompletionId)."
    )]
    pub const LINEERR_INVALCOMPLETIONID: ::core::primitive::u32 = 2147483679;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalConfCallHandle`](super::LineErr::InvalConfCallHandle)."
    )]
    pub const LINEERR_INVALCONFCALLHANDLE: ::core::primitive::u32 = 2147483680;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalConsultCallHandle`](super::LineErr::InvalConsultCallHandle)."
    )]
    pub const LINEERR_INVALCONSULTCALLHANDLE: ::core::primitive::u32 = 2147483681;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalCountryCode`](super::LineErr::InvalCountryCode)."
    )]
    pub const LINEERR_INVALCOUNTRYCODE: ::core::primitive::u32 = 2147483682;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalDeviceClass`](super::LineErr::InvalDeviceClass)."
    )]
    pub const LINEERR_INVALDEVICECLASS: ::core::primitive::u32 = 2147483683;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalDeviceHandle`](super::LineErr::InvalDeviceHandle)."
    )]
    pub const LINEERR_INVALDEVICEHANDLE: ::core::primitive::u32 = 2147483684;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalDialParams`](super::LineErr::InvalDialParams)."
    )]
    pub const LINEERR_INVALDIALPARAMS: ::core::primitive::u32 = 2147483685;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalDigitList`](super::LineErr::InvalDigitList)."
    )]
    pub const LINEERR_INVALDIGITLIST: ::core::primitive::u32 = 2147483686;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalDigitMode`](super::LineErr::InvalDigitMode)."
    )]
    pub const LINEERR_INVALDIGITMODE: ::core::primitive::u32 = 2147483687;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalDigits`](super::LineErr::InvalDigits)."
    )]
    pub const LINEERR_INVALDIGITS: ::core::primitive::u32 = 2147483688;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalExtVersion`](super::LineErr::InvalExtVersion)."
    )]
    pub const LINEERR_INVALEXTVERSION: ::core::primitive::u32 = 2147483689;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalGroupId`](super::LineErr::InvalGroupId)."
    )]
    pub const LINEERR_INVALGROUPID: ::core::primitive::u32 = 2147483690;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalLineHandle`](super::LineErr::InvalLineHandle)."
    )]
    pub const LINEERR_INVALLINEHANDLE: ::core::primitive::u32 = 2147483691;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalLineState`](super::LineErr::InvalLineState)."
    )]
    pub const LINEERR_INVALLINESTATE: ::core::primitive::u32 = 2147483692;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalLocation`](super::LineErr::InvalLocation)."
    )]
    pub const LINEERR_INVALLOCATION: ::core::primitive::u32 = 2147483693;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalMediaList`](super::LineErr::InvalMediaList)."
    )]
    pub const LINEERR_INVALMEDIALIST: ::core::primitive::u32 = 2147483694;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalMediaMode`](super::LineErr::InvalMediaMode)."
    )]
    pub const LINEERR_INVALMEDIAMODE: ::core::primitive::u32 = 2147483695;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalMessageId`](super::LineErr::InvalMessageId)."
    )]
    pub const LINEERR_INVALMESSAGEID: ::core::primitive::u32 = 2147483696;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalParam`](super::LineErr::InvalParam)."
    )]
    pub const LINEERR_INVALPARAM: ::core::primitive::u32 = 2147483698;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalParkId`](super::LineErr::InvalParkId)."
    )]
    pub const LINEERR_INVALPARKID: ::core::primitive::u32 = 2147483699;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalParkMode`](super::LineErr::InvalParkMode)."
    )]
    pub const LINEERR_INVALPARKMODE: ::core::primitive::u32 = 2147483700;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalPointer`](super::LineErr::InvalPointer)."
    )]
    pub const LINEERR_INVALPOINTER: ::core::primitive::u32 = 2147483701;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalPrivSelect`](super::LineErr::InvalPrivSelect)."
    )]
    pub const LINEERR_INVALPRIVSELECT: ::core::primitive::u32 = 2147483702;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalRate`](super::LineErr::InvalRate)."
    )]
    pub const LINEERR_INVALRATE: ::core::primitive::u32 = 2147483703;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalRequestMode`](super::LineErr::InvalRequestMode)."
    )]
    pub const LINEERR_INVALREQUESTMODE: ::core::primitive::u32 = 2147483704;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalTerminalId`](super::LineErr::InvalTerminalId)."
    )]
    pub const LINEERR_INVALTERMINALID: ::core::primitive::u32 = 2147483705;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalTerminalMode`](super::LineErr::InvalTerminalMode)."
    )]
    pub const LINEERR_INVALTERMINALMODE: ::core::primitive::u32 = 2147483706;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalTimeout`](super::LineErr::InvalTimeout)."
    )]
    pub const LINEERR_INVALTIMEOUT: ::core::primitive::u32 = 2147483707;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalTone`](super::LineErr::InvalTone)."
    )]
    pub const LINEERR_INVALTONE: ::core::primitive::u32 = 2147483708;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalToneList`](super::LineErr::InvalToneList)."
    )]
    pub const LINEERR_INVALTONELIST: ::core::primitive::u32 = 2147483709;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalToneMode`](super::LineErr::InvalToneMode)."
    )]
    pub const LINEERR_INVALTONEMODE: ::core::primitive::u32 = 2147483710;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalTransferMode`](super::LineErr::InvalTransferMode)."
    )]
    pub const LINEERR_INVALTRANSFERMODE: ::core::primitive::u32 = 2147483711;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::LineMapperFailed`](super::LineErr::LineMapperFailed)."
    )]
    pub const LINEERR_LINEMAPPERFAILED: ::core::primitive::u32 = 2147483712;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::NoConference`](super::LineErr::NoConference)."
    )]
    pub const LINEERR_NOCONFERENCE: ::core::primitive::u32 = 2147483713;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::NoDevice`](super::LineErr::NoDevice)."
    )]
    pub const LINEERR_NODEVICE: ::core::primitive::u32 = 2147483714;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::NoDriver`](super::LineErr::NoDriver)."
    )]
    pub const LINEERR_NODRIVER: ::core::primitive::u32 = 2147483715;
    #[cfg_attr(doc, doc = "The value of [`LineErr::NoMem`](super::LineErr::NoMem).")]
    pub const LINEERR_NOMEM: ::core::primitive::u32 = 2147483716;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::NoRequest`](super::LineErr::NoRequest)."
    )]
    pub const LINEERR_NOREQUEST: ::core::primitive::u32 = 2147483717;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::NotOwner`](super::LineErr::NotOwner)."
    )]
    pub const LINEERR_NOTOWNER: ::core::primitive::u32 = 2147483718;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::NotRegistered`](super::LineErr::NotRegistered)."
    )]
    pub const LINEERR_NOTREGISTERED: ::core::primitive::u32 = 2147483719;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::OperationFailed`](super::LineErr::OperationFailed)."
    )]
    pub const LINEERR_OPERATIONFAILED: ::core::primitive::u32 = 2147483720;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::OperationUnavail`](super::LineErr::OperationUnavail)."
    )]
    pub const LINEERR_OPERATIONUNAVAIL: ::core::primitive::u32 = 2147483721;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::RateUnavail`](super::LineErr::RateUnavail)."
    )]
    pub const LINEERR_RATEUNAVAIL: ::core::primitive::u32 = 2147483722;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::ResourceUnavail`](super::LineErr::ResourceUnavail)."
    )]
    pub const LINEERR_RESOURCEUNAVAIL: ::core::primitive::u32 = 2147483723;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::RequestOverrun`](super::LineErr::RequestOverrun)."
    )]
    pub const LINEERR_REQUESTOVERRUN: ::core::primitive::u32 = 2147483724;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::StructureTooSmall`](super::LineErr::StructureTooSmall)."
    )]
    pub const LINEERR_STRUCTURETOOSMALL: ::core::primitive::u32 = 2147483725;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::TargetNotFound`](super::LineErr::TargetNotFound)."
    )]
    pub const LINEERR_TARGETNOTFOUND: ::core::primitive::u32 = 2147483726;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::TargetSelf`](super::LineErr::TargetSelf)."
    )]
    pub const LINEERR_TARGETSELF: ::core::primitive::u32 = 2147483727;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::Uninitialized`](super::LineErr::Uninitialized)."
    )]
    pub const LINEERR_UNINITIALIZED: ::core::primitive::u32 = 2147483728;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::UserUserInfoTooBig`](super::LineErr::UserUserInfoTooBig)."
    )]
    pub const LINEERR_USERUSERINFOTOOBIG: ::core::primitive::u32 = 2147483729;
    #[cfg_attr(doc, doc = "The value of [`LineErr::Reinit`](super::LineErr::Reinit).")]
    pub const LINEERR_REINIT: ::core::primitive::u32 = 2147483730;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::AddressBlocked`](super::LineErr::AddressBlocked)."
    )]
    pub const LINEERR_ADDRESSBLOCKED: ::core::primitive::u32 = 2147483731;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::BillingRejected`](super::LineErr::BillingRejected)."
    )]
    pub const LINEERR_BILLINGREJECTED: ::core::primitive::u32 = 2147483732;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalFeature`](super::LineErr::InvalFeature)."
    )]
    pub const LINEERR_INVALFEATURE: ::core::primitive::u32 = 2147483733;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::NoMultipleInstance`](super::LineErr::NoMultipleInstance)."
    )]
    pub const LINEERR_NOMULTIPLEINSTANCE: ::core::primitive::u32 = 2147483734;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalAgentId`](super::LineErr::InvalAgentId)."
    )]
    pub const LINEERR_INVALAGENTID: ::core::primitive::u32 = 2147483735;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalAgentGroup`](super::LineErr::InvalAgentGroup)."
    )]
    pub const LINEERR_INVALAGENTGROUP: ::core::primitive::u32 = 2147483736;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalPassword`](super::LineErr::InvalPassword)."
    )]
    pub const LINEERR_INVALPASSWORD: ::core::primitive::u32 = 2147483737;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalAgentState`](super::LineErr::InvalAgentState)."
    )]
    pub const LINEERR_INVALAGENTSTATE: ::core::primitive::u32 = 2147483738;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalAgentActivity`](super::LineErr::InvalAgentActivity)."
    )]
    pub const LINEERR_INVALAGENTACTIVITY: ::core::primitive::u32 = 2147483739;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::DialVoiceDetect`](super::LineErr::DialVoiceDetect)."
    )]
    pub const LINEERR_DIALVOICEDETECT: ::core::primitive::u32 = 2147483740;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::UserCancelled`](super::LineErr::UserCancelled)."
    )]
    pub const LINEERR_USERCANCELLED: ::core::primitive::u32 = 2147483741;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalAddressType`](super::LineErr::InvalAddressType)."
    )]
    pub const LINEERR_INVALADDRESSTYPE: ::core::primitive::u32 = 2147483742;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::InvalAgentSessionState`](super::LineErr::InvalAgentSessionState)."
    )]
    pub const LINEERR_INVALAGENTSESSIONSTATE: ::core::primitive::u32 = 2147483743;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::Disconnected`](super::LineErr::Disconnected)."
    )]
    pub const LINEERR_DISCONNECTED: ::core::primitive::u32 = 2147483744;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineErr::ServiceNotRunning`](super::LineErr::ServiceNotRunning)."
    )]
    pub const LINEERR_SERVICE_NOT_RUNNING: ::core::primitive::u32 = 2147483745;
}
