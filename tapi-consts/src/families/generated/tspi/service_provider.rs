// @generated from tapi-consts/families/tspi/service_provider.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Telephony service provider interface (`TSPI.h`) constants other than the provider messages:
//! `TSPI_` function ordinals, QoS requests and results, provider options, UI DLL object types and
//! private object types.
/// Ordinal numbers under which a telephony service provider exports its `TSPI_` functions, counted
/// from `TSPI_PROC_BASE` (500).
///
/// `TSPI.h` defines them only when building for a TAPI version below 2.0, that is for 16-bit TAPI
/// 1.3 and 1.4 providers. The numbers 500 to 506 are also the provider messages of
/// `ProviderMessage` (`LINE_NEWCALL` is 500), so a number alone does not say which one is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum TspiProc {
    /// Ordinal of `TSPI_lineAccept`, which accepts an offered call and may send user-user
    /// information to the caller at the same time. `TSPI_PROC_BASE` (the base of the ordinals) and
    /// `TSPI_MESSAGE_BASE` (the base of the provider messages, where 500 is `LINE_NEWCALL`) have
    /// the same value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEACCEPT` = `0x000001F4`")]
    LineAccept = 500,
    /// Ordinal of `TSPI_lineAddToConference`, which adds a consultation call to an existing
    /// conference call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEADDTOCONFERENCE` = `0x000001F5`")]
    LineAddToConference = 501,
    /// Ordinal of `TSPI_lineAnswer`, which answers an offered call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEANSWER` = `0x000001F6`")]
    LineAnswer = 502,
    /// Ordinal of `TSPI_lineBlindTransfer`, which transfers a call to a destination address in a
    /// single step, without a consultation call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEBLINDTRANSFER` = `0x000001F7`")]
    LineBlindTransfer = 503,
    /// Ordinal of `TSPI_lineClose`, which closes an open line device after finishing or aborting
    /// the calls and asynchronous operations still outstanding on it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINECLOSE` = `0x000001F8`")]
    LineClose = 504,
    /// Ordinal of `TSPI_lineCloseCall`, which deallocates a call after finishing or aborting the
    /// asynchronous operations still outstanding on it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINECLOSECALL` = `0x000001F9`")]
    LineCloseCall = 505,
    /// Ordinal of `TSPI_lineCompleteCall`, which asks for a call that could not be connected
    /// normally to be completed another way: camp-on, callback, intrusion or a message.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINECOMPLETECALL` = `0x000001FA`")]
    LineCompleteCall = 506,
    /// Ordinal of `TSPI_lineCompleteTransfer`, which completes the transfer of a call to the party
    /// reached on the consultation call, or joins the two calls into a three-way conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINECOMPLETETRANSFER` = `0x000001FB`")]
    LineCompleteTransfer = 507,
    /// Ordinal of `TSPI_lineConditionalMediaDetection`, which TAPI calls when an application opens
    /// `LINEMAPPER`, to learn whether the line can serve the requested media modes and call
    /// parameters.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINECONDITIONALMEDIADETECTION` = `0x000001FC`")]
    LineConditionalMediaDetection = 508,
    /// Ordinal of `TSPI_lineConfigDialog`, which showed the provider's configuration dialog box for
    /// a line device. Obsolete: providers written for TAPI 2.0 or later implement
    /// `TUISPI_lineConfigDialog` in their UI DLL instead.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINECONFIGDIALOG` = `0x000001FD`")]
    LineConfigDialog = 509,
    /// Ordinal of `TSPI_lineDevSpecific`, the general extension mechanism that gives access to
    /// device-specific features of a line, an address or a call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEDEVSPECIFIC` = `0x000001FE`")]
    LineDevSpecific = 510,
    /// Ordinal of `TSPI_lineDevSpecificFeature`, the extension mechanism that invokes on a line a
    /// switch feature, named by a `PHONEBUTTONFUNCTION_` value, that no other function covers.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEDEVSPECIFICFEATURE` = `0x000001FF`")]
    LineDevSpecificFeature = 511,
    /// Ordinal of `TSPI_lineDial`, which dials a dialable address on an existing call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEDIAL` = `0x00000200`")]
    LineDial = 512,
    /// Ordinal of `TSPI_lineDrop`, which drops (disconnects) a call, optionally sending user-user
    /// information.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEDROP` = `0x00000201`")]
    LineDrop = 513,
    /// Ordinal of `TSPI_lineForward`, which sets up or cancels forwarding of the calls arriving at
    /// one address, or at every address, of a line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEFORWARD` = `0x00000202`")]
    LineForward = 514,
    /// Ordinal of `TSPI_lineGatherDigits`, which starts collecting the digits received on a call
    /// into a buffer that TAPI supplies.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGATHERDIGITS` = `0x00000203`")]
    LineGatherDigits = 515,
    /// Ordinal of `TSPI_lineGenerateDigits`, which generates digits in-band on a call in a given
    /// digit mode (pulse or DTMF).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGENERATEDIGITS` = `0x00000204`")]
    LineGenerateDigits = 516,
    /// Ordinal of `TSPI_lineGenerateTone`, which generates a tone in-band on a call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGENERATETONE` = `0x00000205`")]
    LineGenerateTone = 517,
    /// Ordinal of `TSPI_lineGetAddressCaps`, which reports in `LINEADDRESSCAPS` the telephony
    /// capabilities of one address of a line device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETADDRESSCAPS` = `0x00000206`")]
    LineGetAddressCaps = 518,
    /// Ordinal of `TSPI_lineGetAddressID`, which finds the address identifier of an address of a
    /// line given in another form, such as its dialable address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETADDRESSID` = `0x00000207`")]
    LineGetAddressId = 519,
    /// Ordinal of `TSPI_lineGetAddressStatus`, which reports in `LINEADDRESSSTATUS` the current
    /// status of an address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETADDRESSSTATUS` = `0x00000208`")]
    LineGetAddressStatus = 520,
    /// Ordinal of `TSPI_lineGetCallAddressID`, which returns the identifier of the address on which
    /// a call exists.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETCALLADDRESSID` = `0x00000209`")]
    LineGetCallAddressId = 521,
    /// Ordinal of `TSPI_lineGetCallInfo`, which returns in `LINECALLINFO` detailed information
    /// about a call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETCALLINFO` = `0x0000020A`")]
    LineGetCallInfo = 522,
    /// Ordinal of `TSPI_lineGetCallStatus`, which returns in `LINECALLSTATUS` the current status of
    /// a call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETCALLSTATUS` = `0x0000020B`")]
    LineGetCallStatus = 523,
    /// Ordinal of `TSPI_lineGetDevCaps`, which reports in `LINEDEVCAPS` the telephony capabilities
    /// of a line device, valid for all of its addresses.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETDEVCAPS` = `0x0000020C`")]
    LineGetDevCaps = 524,
    /// Ordinal of `TSPI_lineGetDevConfig`, which returns the current configuration of a device tied
    /// to the line, such as its modem, as an opaque structure specific to the device class.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETDEVCONFIG` = `0x0000020D`")]
    LineGetDevConfig = 525,
    /// Ordinal of `TSPI_lineGetExtensionID`, which returns the identifier of the provider-specific
    /// extensions that a line device supports.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETEXTENSIONID` = `0x0000020E`")]
    LineGetExtensionId = 526,
    /// Ordinal of `TSPI_lineGetIcon`, which returns an icon specific to the line device, or to the
    /// provider, for display to the user.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETICON` = `0x0000020F`")]
    LineGetIcon = 527,
    /// Ordinal of `TSPI_lineGetID`, which returns the device identifier, in a given device class,
    /// associated with a line, an address or a call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETID` = `0x00000210`")]
    LineGetId = 528,
    /// Ordinal of `TSPI_lineGetLineDevStatus`, which reports in `LINEDEVSTATUS` the current status
    /// of an open line device, common to all of its addresses.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETLINEDEVSTATUS` = `0x00000211`")]
    LineGetLineDevStatus = 529,
    /// Ordinal of `TSPI_lineGetNumAddressIDs`, which returns how many address identifiers a line
    /// supports.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETNUMADDRESSIDS` = `0x00000212`")]
    LineGetNumAddressIds = 530,
    /// Ordinal of `TSPI_lineHold`, which places a call on hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEHOLD` = `0x00000213`")]
    LineHold = 531,
    /// Ordinal of `TSPI_lineMakeCall`, which places a call on a line to a destination address, with
    /// the default call parameters or those supplied.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEMAKECALL` = `0x00000214`")]
    LineMakeCall = 532,
    /// Ordinal of `TSPI_lineMonitorDigits`, which turns on or off the unbuffered detection of the
    /// digits received on a call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEMONITORDIGITS` = `0x00000215`")]
    LineMonitorDigits = 533,
    /// Ordinal of `TSPI_lineMonitorMedia`, which turns on or off the detection of media modes on a
    /// call; each detection is reported with `LINE_MONITORMEDIA`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEMONITORMEDIA` = `0x00000216`")]
    LineMonitorMedia = 534,
    /// Ordinal of `TSPI_lineMonitorTones`, which turns on or off the detection of given in-band
    /// tones on a call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEMONITORTONES` = `0x00000217`")]
    LineMonitorTones = 535,
    /// Ordinal of `TSPI_lineNegotiateExtVersion`, which returns the highest extension version,
    /// within a proposed range, under which the provider can operate a line device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINENEGOTIATEEXTVERSION` = `0x00000218`")]
    LineNegotiateExtVersion = 536,
    /// Ordinal of `TSPI_lineNegotiateTSPIVersion`, which returns the highest TSPI version, within a
    /// proposed range, under which the provider can operate a line device (or, with
    /// `INITIALIZE_NEGOTIATION`, the provider as a whole).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINENEGOTIATETSPIVERSION` = `0x00000219`")]
    LineNegotiateTspiVersion = 537,
    /// Ordinal of `TSPI_lineOpen`, which opens the line device with a given device identifier and
    /// returns the provider's handle for it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEOPEN` = `0x0000021A`")]
    LineOpen = 538,
    /// Ordinal of `TSPI_linePark`, which parks a call in the given park mode, directed or
    /// non-directed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEPARK` = `0x0000021B`")]
    LinePark = 539,
    /// Ordinal of `TSPI_linePickup`, which picks up a call alerting at a destination address or in
    /// a pickup group, and returns a handle for it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEPICKUP` = `0x0000021C`")]
    LinePickup = 540,
    /// Ordinal of `TSPI_linePrepareAddToConference`, which prepares a conference for one more party
    /// by creating a temporary consultation call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEPREPAREADDTOCONFERENCE` = `0x0000021D`")]
    LinePrepareAddToConference = 541,
    /// Ordinal of `TSPI_lineRedirect`, which redirects an offered call to another destination
    /// address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEREDIRECT` = `0x0000021E`")]
    LineRedirect = 542,
    /// Ordinal of `TSPI_lineRemoveFromConference`, which removes a call from its conference,
    /// leaving the other calls in the conference as they are.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEREMOVEFROMCONFERENCE` = `0x0000021F`")]
    LineRemoveFromConference = 543,
    /// Ordinal of `TSPI_lineSecureCall`, which protects a call against interruptions or
    /// interference that could disturb its media stream, such as call-waiting beeps.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESECURECALL` = `0x00000220`")]
    LineSecureCall = 544,
    /// Ordinal of `TSPI_lineSelectExtVersion`, which selects the extension version under which
    /// later requests on a line device operate.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESELECTEXTVERSION` = `0x00000221`")]
    LineSelectExtVersion = 545,
    /// Ordinal of `TSPI_lineSendUserUserInfo`, which sends user-user information to the remote
    /// party of a call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESENDUSERUSERINFO` = `0x00000222`")]
    LineSendUserUserInfo = 546,
    /// Ordinal of `TSPI_lineSetAppSpecific`, which sets the application-specific field
    /// (`dwAppSpecific`) of a call's `LINECALLINFO`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESETAPPSPECIFIC` = `0x00000223`")]
    LineSetAppSpecific = 547,
    /// Ordinal of `TSPI_lineSetCallParams`, which changes some parameters of an existing call, such
    /// as its bearer mode or data rate.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESETCALLPARAMS` = `0x00000224`")]
    LineSetCallParams = 548,
    /// Ordinal of `TSPI_lineSetDefaultMediaDetection`, which gives the provider the new set of
    /// media modes to detect on a line, replacing the previous set.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESETDEFAULTMEDIADETECTION` = `0x00000225`")]
    LineSetDefaultMediaDetection = 549,
    /// Ordinal of `TSPI_lineSetDevConfig`, which restores the configuration of a device tied to the
    /// line from a structure obtained earlier with `TSPI_lineGetDevConfig`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESETDEVCONFIG` = `0x00000226`")]
    LineSetDevConfig = 550,
    /// Ordinal of `TSPI_lineSetMediaControl`, which sets the media control actions to take on a
    /// line, an address or a call when given digits, tones, media modes or call states are
    /// detected.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESETMEDIACONTROL` = `0x00000227`")]
    LineSetMediaControl = 551,
    /// Ordinal of `TSPI_lineSetMediaMode`, which changes the media mode of a call as recorded in
    /// its `LINECALLINFO`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESETMEDIAMODE` = `0x00000228`")]
    LineSetMediaMode = 552,
    /// Ordinal of `TSPI_lineSetStatusMessages`, which tells the provider which status changes of a
    /// line and its addresses it should report.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESETSTATUSMESSAGES` = `0x00000229`")]
    LineSetStatusMessages = 553,
    /// Ordinal of `TSPI_lineSetTerminal`, which chooses the terminal to which the information of a
    /// line, an address or a call is routed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESETTERMINAL` = `0x0000022A`")]
    LineSetTerminal = 554,
    /// Ordinal of `TSPI_lineSetupConference`, which sets up a conference call, with a consultation
    /// call for adding the third party.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESETUPCONFERENCE` = `0x0000022B`")]
    LineSetupConference = 555,
    /// Ordinal of `TSPI_lineSetupTransfer`, which starts a transfer by creating a consultation call
    /// on which the transfer destination can be dialed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESETUPTRANSFER` = `0x0000022C`")]
    LineSetupTransfer = 556,
    /// Ordinal of `TSPI_lineSwapHold`, which swaps an active call with a call on consultation hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESWAPHOLD` = `0x0000022D`")]
    LineSwapHold = 557,
    /// Ordinal of `TSPI_lineUncompleteCall`, which cancels a call completion request on a line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEUNCOMPLETECALL` = `0x0000022E`")]
    LineUncompleteCall = 558,
    /// Ordinal of `TSPI_lineUnhold`, which takes a held call off hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEUNHOLD` = `0x0000022F`")]
    LineUnhold = 559,
    /// Ordinal of `TSPI_lineUnpark`, which retrieves the call parked at an address and returns a
    /// handle for it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEUNPARK` = `0x00000230`")]
    LineUnpark = 560,
    /// Ordinal of `TSPI_phoneClose`, which closes an open phone device after finishing or aborting
    /// the asynchronous operations still outstanding on it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONECLOSE` = `0x00000231`")]
    PhoneClose = 561,
    /// Ordinal of `TSPI_phoneConfigDialog`, which showed the provider's configuration dialog box
    /// for a phone device. Obsolete: providers written for TAPI 2.0 or later implement
    /// `TUISPI_phoneConfigDialog` in their UI DLL instead.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONECONFIGDIALOG` = `0x00000232`")]
    PhoneConfigDialog = 562,
    /// Ordinal of `TSPI_phoneDevSpecific`, the general extension mechanism that gives access to
    /// device-specific features of a phone device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEDEVSPECIFIC` = `0x00000233`")]
    PhoneDevSpecific = 563,
    /// Ordinal of `TSPI_phoneGetButtonInfo`, which returns in `PHONEBUTTONINFO` the information
    /// about a button of a phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEGETBUTTONINFO` = `0x00000234`")]
    PhoneGetButtonInfo = 564,
    /// Ordinal of `TSPI_phoneGetData`, which uploads the data held at a given location of an open
    /// phone device into a buffer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEGETDATA` = `0x00000235`")]
    PhoneGetData = 565,
    /// Ordinal of `TSPI_phoneGetDevCaps`, which reports in `PHONECAPS` the telephony capabilities
    /// of a phone device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEGETDEVCAPS` = `0x00000236`")]
    PhoneGetDevCaps = 566,
    /// Ordinal of `TSPI_phoneGetDisplay`, which returns what the display of a phone currently
    /// shows.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEGETDISPLAY` = `0x00000237`")]
    PhoneGetDisplay = 567,
    /// Ordinal of `TSPI_phoneGetExtensionID`, which returns the identifier of the provider-specific
    /// extensions that a phone device supports.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEGETEXTENSIONID` = `0x00000238`")]
    PhoneGetExtensionId = 568,
    /// Ordinal of `TSPI_phoneGetGain`, which returns the microphone gain of one of the hook switch
    /// devices of a phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEGETGAIN` = `0x00000239`")]
    PhoneGetGain = 569,
    /// Ordinal of `TSPI_phoneGetHookSwitch`, which returns the current hook switch mode of an open
    /// phone device, that is which of its hook switch devices are off-hook.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEGETHOOKSWITCH` = `0x0000023A`")]
    PhoneGetHookSwitch = 570,
    /// Ordinal of `TSPI_phoneGetIcon`, which returns an icon specific to the phone device, or to
    /// the provider, for display to the user.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEGETICON` = `0x0000023B`")]
    PhoneGetIcon = 571,
    /// Ordinal of `TSPI_phoneGetID`, which returns the device identifier, in a given device class,
    /// associated with a phone device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEGETID` = `0x0000023C`")]
    PhoneGetId = 572,
    /// Ordinal of `TSPI_phoneGetLamp`, which returns the current lamp mode of a lamp of the phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEGETLAMP` = `0x0000023D`")]
    PhoneGetLamp = 573,
    /// Ordinal of `TSPI_phoneGetRing`, which returns the ring mode and ring volume currently in use
    /// on an open phone device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEGETRING` = `0x0000023E`")]
    PhoneGetRing = 574,
    /// Ordinal of `TSPI_phoneGetStatus`, which reports in `PHONESTATUS` the overall status of an
    /// open phone device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEGETSTATUS` = `0x0000023F`")]
    PhoneGetStatus = 575,
    /// Ordinal of `TSPI_phoneGetVolume`, which returns the volume setting of one of the hook switch
    /// devices of a phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEGETVOLUME` = `0x00000240`")]
    PhoneGetVolume = 576,
    /// Ordinal of `TSPI_phoneNegotiateExtVersion`, which returns the highest extension version,
    /// within a proposed range, under which the provider can operate a phone device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONENEGOTIATEEXTVERSION` = `0x00000241`")]
    PhoneNegotiateExtVersion = 577,
    /// Ordinal of `TSPI_phoneNegotiateTSPIVersion`, which returns the highest TSPI version, within
    /// a proposed range, under which the provider can operate a phone device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONENEGOTIATETSPIVERSION` = `0x00000242`")]
    PhoneNegotiateTspiVersion = 578,
    /// Ordinal of `TSPI_phoneOpen`, which opens the phone device with a given device identifier,
    /// returning the provider's handle for it and keeping TAPI's handle for later events.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONEOPEN` = `0x00000243`")]
    PhoneOpen = 579,
    /// Ordinal of `TSPI_phoneSelectExtVersion`, which selects the extension version under which
    /// later requests on a phone device operate.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONESELECTEXTVERSION` = `0x00000244`")]
    PhoneSelectExtVersion = 580,
    /// Ordinal of `TSPI_phoneSetButtonInfo`, which sets the information about a button of a phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONESETBUTTONINFO` = `0x00000245`")]
    PhoneSetButtonInfo = 581,
    /// Ordinal of `TSPI_phoneSetData`, which downloads the contents of a buffer into an open phone
    /// device at a given data identifier.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONESETDATA` = `0x00000246`")]
    PhoneSetData = 582,
    /// Ordinal of `TSPI_phoneSetDisplay`, which shows a string on the display of an open phone
    /// device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONESETDISPLAY` = `0x00000247`")]
    PhoneSetDisplay = 583,
    /// Ordinal of `TSPI_phoneSetGain`, which sets the microphone gain of one of the hook switch
    /// devices of a phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONESETGAIN` = `0x00000248`")]
    PhoneSetGain = 584,
    /// Ordinal of `TSPI_phoneSetHookSwitch`, which puts the listed hook switch devices of an open
    /// phone in a given hook switch mode, leaving the others as they are.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONESETHOOKSWITCH` = `0x00000249`")]
    PhoneSetHookSwitch = 585,
    /// Ordinal of `TSPI_phoneSetLamp`, which sets a lamp of an open phone device to a given lamp
    /// mode.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONESETLAMP` = `0x0000024A`")]
    PhoneSetLamp = 586,
    /// Ordinal of `TSPI_phoneSetRing`, which rings an open phone device with a given ring mode and
    /// volume.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONESETRING` = `0x0000024B`")]
    PhoneSetRing = 587,
    /// Ordinal of `TSPI_phoneSetStatusMessages`, which tells the provider which phone status
    /// changes interest applications, so that it can filter out the others.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONESETSTATUSMESSAGES` = `0x0000024C`")]
    PhoneSetStatusMessages = 588,
    /// Ordinal of `TSPI_phoneSetVolume`, which sets the speaker volume of one of the hook switch
    /// devices of a phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PHONESETVOLUME` = `0x0000024D`")]
    PhoneSetVolume = 589,
    /// Ordinal of `TSPI_providerConfig`, which showed the provider's own configuration dialog box.
    /// Obsolete: providers written for TAPI 2.0 or later implement `TUISPI_providerConfig` in their
    /// UI DLL instead.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PROVIDERCONFIG` = `0x0000024E`")]
    ProviderConfig = 590,
    /// Ordinal of `TSPI_providerInit`, which initializes the provider and gives it what it needs
    /// for later work, such as its permanent provider identifier and the first line and phone
    /// device identifiers.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PROVIDERINIT` = `0x0000024F`")]
    ProviderInit = 591,
    /// Ordinal of `TSPI_providerInstall`, which let the provider take part in its own installation.
    /// Obsolete: providers written for TAPI 2.0 or later implement `TUISPI_providerInstall` in
    /// their UI DLL instead.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PROVIDERINSTALL` = `0x00000250`")]
    ProviderInstall = 592,
    /// Ordinal of `TSPI_providerRemove`, which let the provider take part in its own removal.
    /// Obsolete: providers written for TAPI 2.0 or later implement `TUISPI_providerRemove` in their
    /// UI DLL instead.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PROVIDERREMOVE` = `0x00000251`")]
    ProviderRemove = 593,
    /// Ordinal of `TSPI_providerShutdown`, which shuts the provider down: it ends the activities in
    /// progress and frees the resources it allocated.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PROVIDERSHUTDOWN` = `0x00000252`")]
    ProviderShutdown = 594,
    /// Ordinal of `TSPI_providerEnumDevices`, which TAPI calls before `TSPI_providerInit` to learn
    /// how many line and phone devices the provider supports.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PROVIDERENUMDEVICES` = `0x00000253`")]
    ProviderEnumDevices = 595,
    /// Ordinal of `TSPI_lineDropOnClose`, through which TAPI had a call dropped when its sole owner
    /// closed its handle of the line. Obsolete: TAPI no longer drops such calls, so that calls can
    /// be controlled from several client machines.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEDROPONCLOSE` = `0x00000254`")]
    LineDropOnClose = 596,
    /// Ordinal of `TSPI_lineDropNoOwner`, through which TAPI had a call dropped when no initial
    /// owner could be found for it. Obsolete, for the same reason as `TSPI_lineDropOnClose`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEDROPNOOWNER` = `0x00000255`")]
    LineDropNoOwner = 597,
    /// Ordinal of `TSPI_providerCreateLineDevice`, which TAPI calls after the provider has sent
    /// `LINE_CREATE`, to create the new line device dynamically.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PROVIDERCREATELINEDEVICE` = `0x00000256`")]
    ProviderCreateLineDevice = 598,
    /// Ordinal of `TSPI_providerCreatePhoneDevice`, which TAPI calls after the provider has sent
    /// `PHONE_CREATE`, to create the new phone device dynamically.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_PROVIDERCREATEPHONEDEVICE` = `0x00000257`")]
    ProviderCreatePhoneDevice = 599,
    /// Ordinal of `TSPI_lineSetCurrentLocation`, through which TAPI told the provider that the user
    /// or an application had changed the current location for address translation. Obsolete: TAPI
    /// now reports the change with `LINE_LINEDEVSTATE` and `LINEDEVSTATE_TRANSLATECHANGE`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESETCURRENTLOCATION` = `0x00000258`")]
    LineSetCurrentLocation = 600,
    /// Ordinal of `TSPI_lineConfigDialogEdit`, which showed a dialog box for editing a line device
    /// configuration supplied by the caller and returned the edited configuration. Obsolete:
    /// providers written for TAPI 2.0 or later implement `TUISPI_lineConfigDialogEdit` in their UI
    /// DLL instead.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINECONFIGDIALOGEDIT` = `0x00000259`")]
    LineConfigDialogEdit = 601,
    /// Ordinal of `TSPI_lineReleaseUserUserInfo`, which tells the provider that the user-user
    /// information in `LINECALLINFO` has been processed, so that information received later can
    /// take its place.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINERELEASEUSERUSERINFO` = `0x0000025A`")]
    LineReleaseUserUserInfo = 602,
    /// Ordinal of `TSPI_lineGetCallIDs` (the constant's name drops the final S), which returns the
    /// address identifier, call identifier and related call identifier of a call. It requires a
    /// negotiated TSPI version of 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETCALLID` = `0x0000025B`")]
    LineGetCallId = 603,
    /// Ordinal of `TSPI_lineGetCallHubTracking`, which returns in `LINECALLHUBTRACKINGINFO` the
    /// call hub tracking currently in force on a line. It requires a negotiated TSPI version of 3.0
    /// or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEGETCALLHUBTRACKING` = `0x0000025C`")]
    LineGetCallHubTracking = 604,
    /// Ordinal of `TSPI_lineSetCallHubTracking`, which sets the call hub tracking mode of a line.
    /// It requires a negotiated TSPI version of 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINESETCALLHUBTRACKING` = `0x0000025D`")]
    LineSetCallHubTracking = 605,
    /// Ordinal of `TSPI_lineReceiveMSPData`, which hands the provider a buffer sent by a media
    /// service provider (MSP) about a line or a call. It requires a negotiated TSPI version of 3.0
    /// or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINERECEIVEMSPDATA` = `0x0000025E`")]
    LineReceiveMspData = 606,
    /// Ordinal of `TSPI_lineMSPIdentify`, which returns the CLSID of the media service provider
    /// (MSP) associated with a line device. It requires a negotiated TSPI version of 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINEMSPIDENTIFY` = `0x0000025F`")]
    LineMspIdentify = 607,
    /// Ordinal of `TSPI_lineCreateMSPInstance`, through which TAPI announces a new media service
    /// provider (MSP) instance for an address of a line and receives the provider's handle for it.
    /// It requires a negotiated TSPI version of 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINECREATEMSPINSTANCE` = `0x00000260`")]
    LineCreateMspInstance = 608,
    /// Ordinal of `TSPI_lineCloseMSPInstance`, through which TAPI announces that a media service
    /// provider (MSP) instance created with `TSPI_lineCreateMSPInstance` is closed. It requires a
    /// negotiated TSPI version of 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TSPI_LINECLOSEMSPINSTANCE` = `0x00000261`")]
    LineCloseMspInstance = 609,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Ordinal numbers under which a telephony service provider exports its `TSPI_` functions, counted from `TSPI_PROC_BASE` (500).\n\n`TSPI.h` defines them only when building for a TAPI version below 2.0, that is for 16-bit TAPI 1.3 and 1.4 providers. The numbers 500 to 506 are also the provider messages of `ProviderMessage` (`LINE_NEWCALL` is 500), so a number alone does not say which one is meant.Ordinal of `TSPI_lineAccept`, which accepts an offered call and may send user-user information to the caller at the same time. `TSPI_PROC_BASE` (the base of the ordinals) and `TSPI_MESSAGE_BASE` (the base of the provider messages, where 500 is `LINE_NEWCALL`) have the same value.Ordinal of `TSPI_lineAddToConference`, which adds a consultation call to an existing conference call.Ordinal of `TSPI_lineAnswer`, which answers an offered call.Ordinal of `TSPI_lineBlindTransfer`, which transfers a call to a destination address in a single step, without a consultation call.Ordinal of `TSPI_lineClose`, which closes an open line device after finishing or aborting the calls and asynchronous operations still outstanding on it.Ordinal of `TSPI_lineCloseCall`, which deallocates a call after finishing or aborting the asynchronous operations still outstanding on it.Ordinal of `TSPI_lineCompleteCall`, which asks for a call that could not be connected normally to be completed another way: camp-on, callback, intrusion or a message.Ordinal of `TSPI_lineCompleteTransfer`, which completes the transfer of a call to the party reached on the consultation call, or joins the two calls into a three-way conference.Ordinal of `TSPI_lineConditionalMediaDetection`, which TAPI calls when an application opens `LINEMAPPER`, to learn whether the line can serve the requested media modes and call parameters.Ordinal of `TSPI_lineConfigDialog`, which showed the provider's configuration dialog box for a line device. Obsolete: providers written for TAPI 2.0 or later implement `TUISPI_lineConfigDialog` in their UI DLL instead.Ordinal of `TSPI_lineDevSpecific`, the general extension mechanism that gives access to device-specific features of a line, an address or a call.Ordinal of `TSPI_lineDevSpecificFeature`, the extension mechanism that invokes on a line a switch feature, named by a `PHONEBUTTONFUNCTION_` value, that no other function covers.Ordinal of `TSPI_lineDial`, which dials a dialable address on an existing call.Ordinal of `TSPI_lineDrop`, which drops (disconnects) a call, optionally sending user-user information.Ordinal of `TSPI_lineForward`, which sets up or cancels forwarding of the calls arriving at one address, or at every address, of a line.Ordinal of `TSPI_lineGatherDigits`, which starts collecting the digits received on a call into a buffer that TAPI supplies.Ordinal of `TSPI_lineGenerateDigits`, which generates digits in-band on a call in a given digit mode (pulse or DTMF).Ordinal of `TSPI_lineGenerateTone`, which generates a tone in-band on a call.Ordinal of `TSPI_lineGetAddressCaps`, which reports in `LINEADDRESSCAPS` the telephony capabilities of one address of a line device.Ordinal of `TSPI_lineGetAddressID`, which finds the address identifier of an address of a line given in another form, such as its dialable address.Ordinal of `TSPI_lineGetAddressStatus`, which reports in `LINEADDRESSSTATUS` the current status of an address.Ordinal of `TSPI_lineGetCallAddressID`, which returns the identifier of the address on which a call exists.Ordinal of `TSPI_lineGetCallInfo`, which returns in `LINECALLINFO` detailed information about a call.Ordinal of `TSPI_lineGetCallStatus`, which returns in `LINECALLSTATUS` the current status of a call.Ordinal of `TSPI_lineGetDevCaps`, which reports in `LINEDEVCAPS` the telephony capabilities of a line device, valid for all of its addresses.Ordinal of `TSPI_lineGetDevConfig`, which returns the current configuration of a device tied to the line, such as its modem, as an opaque structure specific to the device class.Ordinal of `TSPI_lineGetExtensionID`, which returns the identifier of the provider-specific extensions that a line device supports.Ordinal of `TSPI_lineGetIcon`, which returns an icon specific to the line device, or to the provider, for display to the user.Ordinal of `TSPI_lineGetID`, which returns the device identifier, in a given device class, associated with a line, an address or a call.Ordinal of `TSPI_lineGetLineDevStatus`, which reports in `LINEDEVSTATUS` the current status of an open line device, common to all of its addresses.Ordinal of `TSPI_lineGetNumAddressIDs`, which returns how many address identifiers a line supports.Ordinal of `TSPI_lineHold`, which places a call on hold.Ordinal of `TSPI_lineMakeCall`, which places a call on a line to a destination address, with the default call parameters or those supplied.Ordinal of `TSPI_lineMonitorDigits`, which turns on or off the unbuffered detection of the digits received on a call.Ordinal of `TSPI_lineMonitorMedia`, which turns on or off the detection of media modes on a call; each detection is reported with `LINE_MONITORMEDIA`.Ordinal of `TSPI_lineMonitorTones`, which turns on or off the detection of given in-band tones on a call.Ordinal of `TSPI_lineNegotiateExtVersion`, which returns the highest extension version, within a proposed range, under which the provider can operate a line device.Ordinal of `TSPI_lineNegotiateTSPIVersion`, which returns the highest TSPI version, within a proposed range, under which the provider can operate a line device (or, with `INITIALIZE_NEGOTIATION`, the provider as a whole).Ordinal of `TSPI_lineOpen`, which opens the line device with a given device identifier and returns the provider's handle for it.Ordinal of `TSPI_linePark`, which parks a call in the given park mode, directed or non-directed.Ordinal of `TSPI_linePickup`, which picks up a call alerting at a destination address or in a pickup group, and returns a handle for it.Ordinal of `TSPI_linePrepareAddToConference`, which prepares a conference for one more party by creating a temporary consultation call.Ordinal of `TSPI_lineRedirect`, which redirects an offered call to another destination address.Ordinal of `TSPI_lineRemoveFromConference`, which removes a call from its conference, leaving the other calls in the conference as they are.Ordinal of `TSPI_lineSecureCall`, which protects a call against interruptions or interference that could disturb its media stream, such as call-waiting beeps.Ordinal of `TSPI_lineSelectExtVersion`, which selects the extension version under which later requests on a line device operate.Ordinal of `TSPI_lineSendUserUserInfo`, which sends user-user information to the remote party of a call.Ordinal of `TSPI_lineSetAppSpecific`, which sets the application-specific field (`dwAppSpecific`) of a call's `LINECALLINFO`.Ordinal of `TSPI_lineSetCallParams`, which changes some parameters of an existing call, such as its bearer mode or data rate.Ordinal of `TSPI_lineSetDefaultMediaDetection`, which gives the provider the new set of media modes to detect on a line, replacing the previous set.Ordinal of `TSPI_lineSetDevConfig`, which restores the configuration of a device tied to the line from a structure obtained earlier with `TSPI_lineGetDevConfig`.Ordinal of `TSPI_lineSetMediaControl`, which sets the media control actions to take on a line, an address or a call when given digits, tones, media modes or call states are detected.Ordinal of `TSPI_lineSetMediaMode`, which changes the media mode of a call as recorded in its `LINECALLINFO`.Ordinal of `TSPI_lineSetStatusMessages`, which tells the provider which status changes of a line and its addresses it should report.Ordinal of `TSPI_lineSetTerminal`, which chooses the terminal to which the information of a line, an address or a call is routed.Ordinal of `TSPI_lineSetupConference`, which sets up a conference call, with a consultation call for adding the third party.Ordinal of `TSPI_lineSetupTransfer`, which starts a transfer by creating a consultation call on which the transfer destination can be dialed.Ordinal of `TSPI_lineSwapHold`, which swaps an active call with a call on consultation hold.Ordinal of `TSPI_lineUncompleteCall`, which cancels a call completion request on a line.Ordinal of `TSPI_lineUnhold`, which takes a held call off hold.Ordinal of `TSPI_lineUnpark`, which retrieves the call parked at an address and returns a handle for it.Ordinal of `TSPI_phoneClose`, which closes an open phone device after finishing or aborting the asynchronous operations still outstanding on it.Ordinal of `TSPI_phoneConfigDialog`, which showed the provider's configuration dialog box for a phone device. Obsolete: providers written for TAPI 2.0 or later implement `TUISPI_phoneConfigDialog` in their UI DLL instead.Ordinal of `TSPI_phoneDevSpecific`, the general extension mechanism that gives access to device-specific features of a phone device.Ordinal of `TSPI_phoneGetButtonInfo`, which returns in `PHONEBUTTONINFO` the information about a button of a phone.Ordinal of `TSPI_phoneGetData`, which uploads the data held at a given location of an open phone device into a buffer.Ordinal of `TSPI_phoneGetDevCaps`, which reports in `PHONECAPS` the telephony capabilities of a phone device.Ordinal of `TSPI_phoneGetDisplay`, which returns what the display of a phone currently shows.Ordinal of `TSPI_phoneGetExtensionID`, which returns the identifier of the provider-specific extensions that a phone device supports.Ordinal of `TSPI_phoneGetGain`, which returns the microphone gain of one of the hook switch devices of a phone.Ordinal of `TSPI_phoneGetHookSwitch`, which returns the current hook switch mode of an open phone device, that is which of its hook switch devices are off-hook.Ordinal of `TSPI_phoneGetIcon`, which returns an icon specific to the phone device, or to the provider, for display to the user.Ordinal of `TSPI_phoneGetID`, which returns the device identifier, in a given device class, associated with a phone device.Ordinal of `TSPI_phoneGetLamp`, which returns the current lamp mode of a lamp of the phone.Ordinal of `TSPI_phoneGetRing`, which returns the ring mode and ring volume currently in use on an open phone device.Ordinal of `TSPI_phoneGetStatus`, which reports in `PHONESTATUS` the overall status of an open phone device.Ordinal of `TSPI_phoneGetVolume`, which returns the volume setting of one of the hook switch devices of a phone.Ordinal of `TSPI_phoneNegotiateExtVersion`, which returns the highest extension version, within a proposed range, under which the provider can operate a phone device.Ordinal of `TSPI_phoneNegotiateTSPIVersion`, which returns the highest TSPI version, within a proposed range, under which the provider can operate a phone device.Ordinal of `TSPI_phoneOpen`, which opens the phone device with a given device identifier, returning the provider's handle for it and keeping TAPI's handle for later events.Ordinal of `TSPI_phoneSelectExtVersion`, which selects the extension version under which later requests on a phone device operate.Ordinal of `TSPI_phoneSetButtonInfo`, which sets the information about a button of a phone.Ordinal of `TSPI_phoneSetData`, which downloads the contents of a buffer into an open phone device at a given data identifier.Ordinal of `TSPI_phoneSetDisplay`, which shows a string on the display of an open phone device.Ordinal of `TSPI_phoneSetGain`, which sets the microphone gain of one of the hook switch devices of a phone.Ordinal of `TSPI_phoneSetHookSwitch`, which puts the listed hook switch devices of an open phone in a given hook switch mode, leaving the others as they are.Ordinal of `TSPI_phoneSetLamp`, which sets a lamp of an open phone device to a given lamp mode.Ordinal of `TSPI_phoneSetRing`, which rings an open phone device with a given ring mode and volume.Ordinal of `TSPI_phoneSetStatusMessages`, which tells the provider which phone status changes interest applications, so that it can filter out the others.Ordinal of `TSPI_phoneSetVolume`, which sets the speaker volume of one of the hook switch devices of a phone.Ordinal of `TSPI_providerConfig`, which showed the provider's own configuration dialog box. Obsolete: providers written for TAPI 2.0 or later implement `TUISPI_providerConfig` in their UI DLL instead.Ordinal of `TSPI_providerInit`, which initializes the provider and gives it what it needs for later work, such as its permanent provider identifier and the first line and phone device identifiers.Ordinal of `TSPI_providerInstall`, which let the provider take part in its own installation. Obsolete: providers written for TAPI 2.0 or later implement `TUISPI_providerInstall` in their UI DLL instead.Ordinal of `TSPI_providerRemove`, which let the provider take part in its own removal. Obsolete: providers written for TAPI 2.0 or later implement `TUISPI_providerRemove` in their UI DLL instead.Ordinal of `TSPI_providerShutdown`, which shuts the provider down: it ends the activities in progress and frees the resources it allocated.Ordinal of `TSPI_providerEnumDevices`, which TAPI calls before `TSPI_providerInit` to learn how many line and phone devices the provider supports.Ordinal of `TSPI_lineDropOnClose`, through which TAPI had a call dropped when its sole owner closed its handle of the line. Obsolete: TAPI no longer drops such calls, so that calls can be controlled from several client machines.Ordinal of `TSPI_lineDropNoOwner`, through which TAPI had a call dropped when no initial owner could be found for it. Obsolete, for the same reason as `TSPI_lineDropOnClose`.Ordinal of `TSPI_providerCreateLineDevice`, which TAPI calls after the provider has sent `LINE_CREATE`, to create the new line device dynamically.Ordinal of `TSPI_providerCreatePhoneDevice`, which TAPI calls after the provider has sent `PHONE_CREATE`, to create the new phone device dynamically.Ordinal of `TSPI_lineSetCurrentLocation`, through which TAPI told the provider that the user or an application had changed the current location for address translation. Obsolete: TAPI now reports the change with `LINE_LINEDEVSTATE` and `LINEDEVSTATE_TRANSLATECHANGE`.Ordinal of `TSPI_lineConfigDialogEdit`, which showed a dialog box for editing a line device configuration supplied by the caller and returned the edited configuration. Obsolete: providers written for TAPI 2.0 or later implement `TUISPI_lineConfigDialogEdit` in their UI DLL instead.Ordinal of `TSPI_lineReleaseUserUserInfo`, which tells the provider that the user-user information in `LINECALLINFO` has been processed, so that information received later can take its place.Ordinal of `TSPI_lineGetCallIDs` (the constant's name drops the final S), which returns the address identifier, call identifier and related call identifier of a call. It requires a negotiated TSPI version of 3.0 or later.Ordinal of `TSPI_lineGetCallHubTracking`, which returns in `LINECALLHUBTRACKINGINFO` the call hub tracking currently in force on a line. It requires a negotiated TSPI version of 3.0 or later.Ordinal of `TSPI_lineSetCallHubTracking`, which sets the call hub tracking mode of a line. It requires a negotiated TSPI version of 3.0 or later.Ordinal of `TSPI_lineReceiveMSPData`, which hands the provider a buffer sent by a media service provider (MSP) about a line or a call. It requires a negotiated TSPI version of 3.0 or later.Ordinal of `TSPI_lineMSPIdentify`, which returns the CLSID of the media service provider (MSP) associated with a line device. It requires a negotiated TSPI version of 3.0 or later.Ordinal of `TSPI_lineCreateMSPInstance`, through which TAPI announces a new media service provider (MSP) instance for an address of a line and receives the provider's handle for it. It requires a negotiated TSPI version of 3.0 or later.Ordinal of `TSPI_lineCloseMSPInstance`, through which TAPI announces that a media service provider (MSP) instance created with `TSPI_lineCreateMSPInstance` is closed. It requires a negotiated TSPI version of 3.0 or later."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Ordnungszahlen, unter denen ein Telefonie-Dienstanbieter seine `TSPI_`-Funktionen exportiert, gezählt ab `TSPI_PROC_BASE` (500). `TSPI.h` definiert sie nur bei einer Kompilierung für eine TAPI-Version unter 2.0, also für 16-Bit-Anbieter von TAPI 1.3 und 1.4. Die Zahlen 500 bis 506 sind zugleich die Nummern der Anbieternachrichten (`ProviderMessage`, wo `LINE_NEWCALL` den Wert 500 hat); eine Zahl allein sagt also nicht, welche gemeint ist.Ordnungszahl der Funktion `TSPI_lineAccept`, die einen angebotenen Anruf akzeptiert und dabei dem Anrufer Benutzer-zu-Benutzer-Informationen senden kann. `TSPI_PROC_BASE` (die Basis der Ordnungszahlen) und `TSPI_MESSAGE_BASE` (die Basis der Anbieternachrichten, bei denen 500 für `LINE_NEWCALL` steht) haben denselben Wert.Ordnungszahl der Funktion `TSPI_lineAddToConference`, die einen Rückfrageanruf zu einem bestehenden Konferenzanruf hinzufügt.Ordnungszahl der Funktion `TSPI_lineAnswer`, die einen angebotenen Anruf annimmt.Ordnungszahl der Funktion `TSPI_lineBlindTransfer`, die einen Anruf in einem Schritt, ohne Rückfrageanruf, an eine Zieladresse übergibt.Ordnungszahl der Funktion `TSPI_lineClose`, die ein geöffnetes Leitungsgerät schließt, nachdem die darauf noch ausstehenden Anrufe und asynchronen Vorgänge abgeschlossen oder abgebrochen wurden.Ordnungszahl der Funktion `TSPI_lineCloseCall`, die einen Anruf freigibt, nachdem die darauf noch ausstehenden asynchronen Vorgänge abgeschlossen oder abgebrochen wurden.Ordnungszahl der Funktion `TSPI_lineCompleteCall`, die anfordert, dass ein Anruf, der nicht normal verbunden werden konnte, auf anderem Weg vervollständigt wird: durch Warten bei Besetzt, Rückruf, Aufschalten oder eine Nachricht.Ordnungszahl der Funktion `TSPI_lineCompleteTransfer`, die die Übergabe eines Anrufs an den über den Rückfrageanruf erreichten Teilnehmer abschließt oder die beiden Anrufe zu einer Dreierkonferenz zusammenführt.Ordnungszahl der Funktion `TSPI_lineConditionalMediaDetection`, die TAPI beim Öffnen von `LINEMAPPER` durch eine Anwendung aufruft, um zu erfahren, ob die Leitung die angeforderten Medienmodi und Anrufparameter bedienen kann.Ordnungszahl der Funktion `TSPI_lineConfigDialog`, die das Konfigurationsdialogfeld des Anbieters für ein Leitungsgerät anzeigte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_lineConfigDialog` in ihrer UI-DLL.Ordnungszahl der Funktion `TSPI_lineDevSpecific`, des allgemeinen Erweiterungsmechanismus, der Zugriff auf gerätespezifische Leistungsmerkmale einer Leitung, einer Adresse oder eines Anrufs gewährt.Ordnungszahl der Funktion `TSPI_lineDevSpecificFeature`, des Erweiterungsmechanismus, der auf einer Leitung ein Leistungsmerkmal der Vermittlung aufruft, das durch einen Wert `PHONEBUTTONFUNCTION_` bezeichnet wird und von keiner anderen Funktion abgedeckt ist.Ordnungszahl der Funktion `TSPI_lineDial`, die auf einem bestehenden Anruf eine wählbare Adresse wählt.Ordnungszahl der Funktion `TSPI_lineDrop`, die einen Anruf beendet (trennt) und dabei optional Benutzer-zu-Benutzer-Informationen sendet.Ordnungszahl der Funktion `TSPI_lineForward`, die eine Rufumleitung für die Anrufe einrichtet oder aufhebt, die an einer Adresse oder an allen Adressen einer Leitung eintreffen.Ordnungszahl der Funktion `TSPI_lineGatherDigits`, die beginnt, die auf einem Anruf empfangenen Ziffern in einem von TAPI bereitgestellten Puffer zu erfassen.Ordnungszahl der Funktion `TSPI_lineGenerateDigits`, die auf einem Anruf In-Band-Ziffern in einem bestimmten Wahlverfahren (Impulswahl oder DTMF) erzeugt.Ordnungszahl der Funktion `TSPI_lineGenerateTone`, die auf einem Anruf einen In-Band-Ton erzeugt.Ordnungszahl der Funktion `TSPI_lineGetAddressCaps`, die in `LINEADDRESSCAPS` die Telefoniefähigkeiten einer Adresse eines Leitungsgeräts meldet.Ordnungszahl der Funktion `TSPI_lineGetAddressID`, die für eine in anderer Form angegebene Adresse einer Leitung, etwa ihre wählbare Adresse, die Kennung der Adresse ermittelt.Ordnungszahl der Funktion `TSPI_lineGetAddressStatus`, die in `LINEADDRESSSTATUS` den aktuellen Status einer Adresse meldet.Ordnungszahl der Funktion `TSPI_lineGetCallAddressID`, die die Kennung der Adresse zurückgibt, auf der ein Anruf besteht.Ordnungszahl der Funktion `TSPI_lineGetCallInfo`, die in `LINECALLINFO` ausführliche Anrufinformationen zu einem Anruf zurückgibt.Ordnungszahl der Funktion `TSPI_lineGetCallStatus`, die in `LINECALLSTATUS` den aktuellen Status eines Anrufs zurückgibt.Ordnungszahl der Funktion `TSPI_lineGetDevCaps`, die in `LINEDEVCAPS` die Telefoniefähigkeiten eines Leitungsgeräts meldet, die für alle seine Adressen gelten.Ordnungszahl der Funktion `TSPI_lineGetDevConfig`, die die aktuelle Konfiguration eines der Leitung zugeordneten Geräts, etwa ihres Modems, als opake, von der Geräteklasse abhängige Struktur zurückgibt.Ordnungszahl der Funktion `TSPI_lineGetExtensionID`, die die Kennung der anbieterspezifischen Erweiterungen zurückgibt, die ein Leitungsgerät unterstützt.Ordnungszahl der Funktion `TSPI_lineGetIcon`, die ein für das Leitungsgerät oder den Anbieter spezifisches Symbol zur Anzeige für den Benutzer zurückgibt.Ordnungszahl der Funktion `TSPI_lineGetID`, die die Gerätekennung in einer bestimmten Geräteklasse zurückgibt, die einer Leitung, einer Adresse oder einem Anruf zugeordnet ist.Ordnungszahl der Funktion `TSPI_lineGetLineDevStatus`, die in `LINEDEVSTATUS` den aktuellen Status eines geöffneten Leitungsgeräts meldet, der für alle seine Adressen gemeinsam gilt.Ordnungszahl der Funktion `TSPI_lineGetNumAddressIDs`, die zurückgibt, wie viele Kennungen von Adressen eine Leitung unterstützt.Ordnungszahl der Funktion `TSPI_lineHold`, die einen Anruf in den Haltezustand versetzt.Ordnungszahl der Funktion `TSPI_lineMakeCall`, die auf einer Leitung einen Anruf an eine Zieladresse aufbaut, mit den Standardanrufparametern oder den angegebenen.Ordnungszahl der Funktion `TSPI_lineMonitorDigits`, die die ungepufferte Erkennung der auf einem Anruf empfangenen Ziffern ein- oder ausschaltet.Ordnungszahl der Funktion `TSPI_lineMonitorMedia`, die die Erkennung von Medienmodi auf einem Anruf ein- oder ausschaltet; jede Erkennung wird mit `LINE_MONITORMEDIA` gemeldet.Ordnungszahl der Funktion `TSPI_lineMonitorTones`, die die Erkennung bestimmter In-Band-Töne auf einem Anruf ein- oder ausschaltet.Ordnungszahl der Funktion `TSPI_lineNegotiateExtVersion`, die innerhalb eines vorgeschlagenen Bereichs die höchste Erweiterungsversion zurückgibt, unter der der Anbieter ein Leitungsgerät betreiben kann.Ordnungszahl der Funktion `TSPI_lineNegotiateTSPIVersion`, die innerhalb eines vorgeschlagenen Bereichs die höchste TSPI-Version zurückgibt, unter der der Anbieter ein Leitungsgerät (oder, mit `INITIALIZE_NEGOTIATION`, sich selbst als Ganzes) betreiben kann.Ordnungszahl der Funktion `TSPI_lineOpen`, die das Leitungsgerät mit einer bestimmten Gerätekennung öffnet und das Handle des Anbieters dafür zurückgibt.Ordnungszahl der Funktion `TSPI_linePark`, die einen Anruf im angegebenen Parkmodus, gezielt oder ungezielt, parkt.Ordnungszahl der Funktion `TSPI_linePickup`, die einen Anruf heranholt, der an einer Zieladresse oder in einer Heranholgruppe klingelt, und ein Handle dafür zurückgibt.Ordnungszahl der Funktion `TSPI_linePrepareAddToConference`, die eine Konferenz auf einen weiteren Teilnehmer vorbereitet, indem sie einen vorübergehenden Rückfrageanruf anlegt.Ordnungszahl der Funktion `TSPI_lineRedirect`, die einen angebotenen Anruf zu einer anderen Zieladresse umleitet.Ordnungszahl der Funktion `TSPI_lineRemoveFromConference`, die einen Anruf aus seiner Konferenz entfernt und die übrigen Anrufe der Konferenz unverändert lässt.Ordnungszahl der Funktion `TSPI_lineSecureCall`, die einen Anruf gegen Unterbrechungen oder Störungen schützt, die seinen Medienstrom beeinträchtigen könnten, etwa Anklopftöne.Ordnungszahl der Funktion `TSPI_lineSelectExtVersion`, die die Erweiterungsversion auswählt, unter der spätere Anforderungen an ein Leitungsgerät ausgeführt werden.Ordnungszahl der Funktion `TSPI_lineSendUserUserInfo`, die Benutzer-zu-Benutzer-Informationen an den entfernten Teilnehmer eines Anrufs sendet.Ordnungszahl der Funktion `TSPI_lineSetAppSpecific`, die das anwendungsspezifische Feld (`dwAppSpecific`) in der Struktur `LINECALLINFO` eines Anrufs setzt.Ordnungszahl der Funktion `TSPI_lineSetCallParams`, die einige Parameter eines bestehenden Anrufs ändert, etwa seinen Trägermodus oder seine Datenrate.Ordnungszahl der Funktion `TSPI_lineSetDefaultMediaDetection`, die dem Anbieter die neue Menge der auf einer Leitung zu erkennenden Medienmodi mitteilt, die die bisherige ersetzt.Ordnungszahl der Funktion `TSPI_lineSetDevConfig`, die die Konfiguration eines der Leitung zugeordneten Geräts aus einer Struktur wiederherstellt, die zuvor mit `TSPI_lineGetDevConfig` abgerufen wurde.Ordnungszahl der Funktion `TSPI_lineSetMediaControl`, die die Aktionen der Mediensteuerung festlegt, die auf einer Leitung, einer Adresse oder einem Anruf ausgeführt werden, wenn bestimmte Ziffern, Töne, Medienmodi oder Anrufzustände erkannt werden.Ordnungszahl der Funktion `TSPI_lineSetMediaMode`, die den Medienmodus eines Anrufs ändert, wie er in dessen `LINECALLINFO` festgehalten ist.Ordnungszahl der Funktion `TSPI_lineSetStatusMessages`, die dem Anbieter mitteilt, welche Statusänderungen einer Leitung und ihrer Adressen er melden soll.Ordnungszahl der Funktion `TSPI_lineSetTerminal`, die das Endgerät auswählt, an das die Informationen einer Leitung, einer Adresse oder eines Anrufs geleitet werden.Ordnungszahl der Funktion `TSPI_lineSetupConference`, die einen Konferenzanruf einrichtet, mit einem Rückfrageanruf zum Hinzufügen des dritten Teilnehmers.Ordnungszahl der Funktion `TSPI_lineSetupTransfer`, die eine Übergabe einleitet, indem sie einen Rückfrageanruf anlegt, auf dem das Übergabeziel gewählt werden kann.Ordnungszahl der Funktion `TSPI_lineSwapHold`, die einen aktiven Anruf und einen zur Rückfrage gehaltenen Anruf gegeneinander tauscht (Makeln).Ordnungszahl der Funktion `TSPI_lineUncompleteCall`, die eine Anforderung zur Anrufvervollständigung auf einer Leitung aufhebt.Ordnungszahl der Funktion `TSPI_lineUnhold`, die einen gehaltenen Anruf aus dem Haltezustand zurückholt.Ordnungszahl der Funktion `TSPI_lineUnpark`, die den auf einer Adresse geparkten Anruf aus dem Parken holt und ein Handle dafür zurückgibt.Ordnungszahl der Funktion `TSPI_phoneClose`, die ein geöffnetes Telefongerät schließt, nachdem die darauf noch ausstehenden asynchronen Vorgänge abgeschlossen oder abgebrochen wurden.Ordnungszahl der Funktion `TSPI_phoneConfigDialog`, die das Konfigurationsdialogfeld des Anbieters für ein Telefongerät anzeigte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_phoneConfigDialog` in ihrer UI-DLL.Ordnungszahl der Funktion `TSPI_phoneDevSpecific`, des allgemeinen Erweiterungsmechanismus, der Zugriff auf gerätespezifische Leistungsmerkmale eines Telefongeräts gewährt.Ordnungszahl der Funktion `TSPI_phoneGetButtonInfo`, die in `PHONEBUTTONINFO` die Angaben zu einer Taste eines Telefons zurückgibt.Ordnungszahl der Funktion `TSPI_phoneGetData`, die die an einer bestimmten Stelle eines geöffneten Telefongeräts gespeicherten Daten in einen Puffer hochlädt.Ordnungszahl der Funktion `TSPI_phoneGetDevCaps`, die in `PHONECAPS` die Telefoniefähigkeiten eines Telefongeräts meldet.Ordnungszahl der Funktion `TSPI_phoneGetDisplay`, die zurückgibt, was das Display eines Telefons gerade anzeigt.Ordnungszahl der Funktion `TSPI_phoneGetExtensionID`, die die Kennung der anbieterspezifischen Erweiterungen zurückgibt, die ein Telefongerät unterstützt.Ordnungszahl der Funktion `TSPI_phoneGetGain`, die die Mikrofonverstärkung eines der Geräte mit Gabelumschalter eines Telefons zurückgibt.Ordnungszahl der Funktion `TSPI_phoneGetHookSwitch`, die den aktuellen Gabelumschaltermodus eines geöffneten Telefongeräts zurückgibt, also welche seiner Geräte mit Gabelumschalter abgehoben sind.Ordnungszahl der Funktion `TSPI_phoneGetIcon`, die ein für das Telefongerät oder den Anbieter spezifisches Symbol zur Anzeige für den Benutzer zurückgibt.Ordnungszahl der Funktion `TSPI_phoneGetID`, die die Gerätekennung in einer bestimmten Geräteklasse zurückgibt, die einem Telefongerät zugeordnet ist.Ordnungszahl der Funktion `TSPI_phoneGetLamp`, die das aktuelle Leuchtmuster einer Leuchtanzeige des Telefons zurückgibt.Ordnungszahl der Funktion `TSPI_phoneGetRing`, die den Klingelmodus und die Klingellautstärke zurückgibt, die ein geöffnetes Telefongerät gerade verwendet.Ordnungszahl der Funktion `TSPI_phoneGetStatus`, die in `PHONESTATUS` den Gesamtstatus eines geöffneten Telefongeräts meldet.Ordnungszahl der Funktion `TSPI_phoneGetVolume`, die die eingestellte Wiedergabelautstärke eines der Geräte mit Gabelumschalter eines Telefons zurückgibt.Ordnungszahl der Funktion `TSPI_phoneNegotiateExtVersion`, die innerhalb eines vorgeschlagenen Bereichs die höchste Erweiterungsversion zurückgibt, unter der der Anbieter ein Telefongerät betreiben kann.Ordnungszahl der Funktion `TSPI_phoneNegotiateTSPIVersion`, die innerhalb eines vorgeschlagenen Bereichs die höchste TSPI-Version zurückgibt, unter der der Anbieter ein Telefongerät betreiben kann.Ordnungszahl der Funktion `TSPI_phoneOpen`, die das Telefongerät mit einer bestimmten Gerätekennung öffnet, das Handle des Anbieters dafür zurückgibt und das Handle von TAPI für spätere Ereignisse aufbewahrt.Ordnungszahl der Funktion `TSPI_phoneSelectExtVersion`, die die Erweiterungsversion auswählt, unter der spätere Anforderungen an ein Telefongerät ausgeführt werden.Ordnungszahl der Funktion `TSPI_phoneSetButtonInfo`, die die Angaben zu einer Taste eines Telefons festlegt.Ordnungszahl der Funktion `TSPI_phoneSetData`, die den Inhalt eines Puffers unter einer bestimmten Datenkennung in ein geöffnetes Telefongerät herunterlädt.Ordnungszahl der Funktion `TSPI_phoneSetDisplay`, die eine Zeichenkette auf dem Display eines geöffneten Telefongeräts anzeigt.Ordnungszahl der Funktion `TSPI_phoneSetGain`, die die Mikrofonverstärkung eines der Geräte mit Gabelumschalter eines Telefons einstellt.Ordnungszahl der Funktion `TSPI_phoneSetHookSwitch`, die die angegebenen Geräte mit Gabelumschalter eines geöffneten Telefons in einen bestimmten Gabelumschaltermodus versetzt und die übrigen unverändert lässt.Ordnungszahl der Funktion `TSPI_phoneSetLamp`, die eine Leuchtanzeige eines geöffneten Telefongeräts auf ein bestimmtes Leuchtmuster setzt.Ordnungszahl der Funktion `TSPI_phoneSetRing`, die ein geöffnetes Telefongerät mit einem bestimmten Klingelmodus und einer bestimmten Lautstärke klingeln lässt.Ordnungszahl der Funktion `TSPI_phoneSetStatusMessages`, die dem Anbieter mitteilt, welche Statusänderungen des Telefons die Anwendungen interessieren, damit er die übrigen herausfiltern kann.Ordnungszahl der Funktion `TSPI_phoneSetVolume`, die die Wiedergabelautstärke eines der Geräte mit Gabelumschalter eines Telefons einstellt.Ordnungszahl der Funktion `TSPI_providerConfig`, die das eigene Konfigurationsdialogfeld des Anbieters anzeigte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_providerConfig` in ihrer UI-DLL.Ordnungszahl der Funktion `TSPI_providerInit`, die den Anbieter initialisiert und ihm gibt, was er für die weitere Arbeit braucht, etwa seine permanente Anbieterkennung und die ersten Gerätekennungen für Leitungs- und Telefongeräte.Ordnungszahl der Funktion `TSPI_providerInstall`, mit der sich der Anbieter an seiner eigenen Installation beteiligen konnte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_providerInstall` in ihrer UI-DLL.Ordnungszahl der Funktion `TSPI_providerRemove`, mit der sich der Anbieter an seiner eigenen Entfernung beteiligen konnte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_providerRemove` in ihrer UI-DLL.Ordnungszahl der Funktion `TSPI_providerShutdown`, die den Anbieter herunterfährt: Er beendet die laufenden Aktivitäten und gibt die von ihm belegten Ressourcen frei.Ordnungszahl der Funktion `TSPI_providerEnumDevices`, die TAPI vor `TSPI_providerInit` aufruft, um zu erfahren, wie viele Leitungs- und Telefongeräte der Anbieter unterstützt.Ordnungszahl der Funktion `TSPI_lineDropOnClose`, über die TAPI einen Anruf beenden ließ, wenn dessen einziger Besitzer sein Handle der Leitung schloss. Veraltet: TAPI beendet solche Anrufe nicht mehr, damit Anrufe von mehreren Clientrechnern aus gesteuert werden können.Ordnungszahl der Funktion `TSPI_lineDropNoOwner`, über die TAPI einen Anruf beenden ließ, für den kein anfänglicher Besitzer gefunden werden konnte. Veraltet, aus demselben Grund wie `TSPI_lineDropOnClose`.Ordnungszahl der Funktion `TSPI_providerCreateLineDevice`, die TAPI aufruft, nachdem der Anbieter `LINE_CREATE` gesendet hat, um das neue Leitungsgerät dynamisch anzulegen.Ordnungszahl der Funktion `TSPI_providerCreatePhoneDevice`, die TAPI aufruft, nachdem der Anbieter `PHONE_CREATE` gesendet hat, um das neue Telefongerät dynamisch anzulegen.Ordnungszahl der Funktion `TSPI_lineSetCurrentLocation`, über die TAPI dem Anbieter mitteilte, dass der Benutzer oder eine Anwendung den aktuellen Standort für die Umsetzung von Adressen geändert hatte. Veraltet: TAPI meldet diese Änderung jetzt mit `LINE_LINEDEVSTATE` und `LINEDEVSTATE_TRANSLATECHANGE`.Ordnungszahl der Funktion `TSPI_lineConfigDialogEdit`, die ein Dialogfeld zum Bearbeiten einer vom Aufrufer übergebenen Konfiguration eines Leitungsgeräts anzeigte und die bearbeitete Konfiguration zurückgab. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_lineConfigDialogEdit` in ihrer UI-DLL.Ordnungszahl der Funktion `TSPI_lineReleaseUserUserInfo`, die dem Anbieter mitteilt, dass die Benutzer-zu-Benutzer-Informationen in `LINECALLINFO` verarbeitet sind, damit später empfangene Informationen an ihre Stelle treten können.Ordnungszahl der Funktion `TSPI_lineGetCallIDs` (im Namen der Konstante fehlt das abschließende S), die die Kennung der Adresse, die Anrufkennung und die Kennung des zugehörigen Anrufs eines Anrufs zurückgibt. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde.Ordnungszahl der Funktion `TSPI_lineGetCallHubTracking`, die in `LINECALLHUBTRACKINGINFO` die auf einer Leitung geltende Anrufhub-Verfolgung zurückgibt. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde.Ordnungszahl der Funktion `TSPI_lineSetCallHubTracking`, die den Modus der Anrufhub-Verfolgung einer Leitung festlegt. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde.Ordnungszahl der Funktion `TSPI_lineReceiveMSPData`, die dem Anbieter einen Puffer übergibt, den ein MSP (Mediendienstanbieter) zu einer Leitung oder einem Anruf gesendet hat. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde.Ordnungszahl der Funktion `TSPI_lineMSPIdentify`, die die CLSID des MSP (Mediendienstanbieter) zurückgibt, der einem Leitungsgerät zugeordnet ist. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde.Ordnungszahl der Funktion `TSPI_lineCreateMSPInstance`, über die TAPI eine neue MSP-Instanz (Mediendienstanbieter) für eine Adresse einer Leitung ankündigt und das Handle des Anbieters für sie erhält. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde.Ordnungszahl der Funktion `TSPI_lineCloseMSPInstance`, über die TAPI ankündigt, dass eine mit `TSPI_lineCreateMSPInstance` angelegte MSP-Instanz (Mediendienstanbieter) geschlossen ist. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Numéros d’ordre sous lesquels un fournisseur de services téléphoniques exporte ses fonctions `TSPI_`, comptés à partir de `TSPI_PROC_BASE` (500). `TSPI.h` ne les définit que pour une compilation visant une version de TAPI antérieure à 2.0, c’est-à-dire pour les fournisseurs 16 bits de TAPI 1.3 et 1.4. Les nombres 500 à 506 sont aussi les numéros des messages du fournisseur (`ProviderMessage`, où `LINE_NEWCALL` vaut 500) : un nombre seul ne dit donc pas lequel est visé.Numéro d’ordre de `TSPI_lineAccept`, qui accepte un appel présenté et peut envoyer en même temps des informations d’usager à usager à l’appelant. `TSPI_PROC_BASE` (base des numéros d’ordre) et `TSPI_MESSAGE_BASE` (base des messages du fournisseur, où 500 est `LINE_NEWCALL`) ont la même valeur.Numéro d’ordre de `TSPI_lineAddToConference`, qui ajoute un appel de consultation à une conférence existante.Numéro d’ordre de `TSPI_lineAnswer`, qui répond à un appel présenté.Numéro d’ordre de `TSPI_lineBlindTransfer`, qui transfère un appel vers une adresse de destination en une étape, sans appel de consultation.Numéro d’ordre de `TSPI_lineClose`, qui ferme un périphérique de ligne ouvert après avoir achevé ou interrompu les appels et les opérations asynchrones encore en cours sur celui-ci.Numéro d’ordre de `TSPI_lineCloseCall`, qui libère un appel après avoir achevé ou interrompu les opérations asynchrones encore en cours sur celui-ci.Numéro d’ordre de `TSPI_lineCompleteCall`, qui demande l’achèvement par un autre moyen d’un appel qui n’a pas pu aboutir normalement : attente sur occupation, rappel automatique, intrusion ou message.Numéro d’ordre de `TSPI_lineCompleteTransfer`, qui achève le transfert d’un appel vers le correspondant joint par l’appel de consultation, ou réunit les deux appels en une conférence à trois.Numéro d’ordre de `TSPI_lineConditionalMediaDetection`, que TAPI appelle lorsqu’une application ouvre `LINEMAPPER`, pour savoir si la ligne peut prendre en charge les modes de média et les paramètres d’appel demandés.Numéro d’ordre de `TSPI_lineConfigDialog`, qui affichait la boîte de dialogue de configuration du fournisseur pour un périphérique de ligne. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_lineConfigDialog` dans leur DLL d’interface utilisateur.Numéro d’ordre de `TSPI_lineDevSpecific`, le mécanisme d’extension général qui donne accès aux fonctions propres au périphérique d’une ligne, d’une adresse ou d’un appel.Numéro d’ordre de `TSPI_lineDevSpecificFeature`, le mécanisme d’extension qui invoque sur une ligne une fonction du commutateur, désignée par une valeur `PHONEBUTTONFUNCTION_`, qu’aucune autre fonction ne couvre.Numéro d’ordre de `TSPI_lineDial`, qui compose une adresse composable sur un appel existant.Numéro d’ordre de `TSPI_lineDrop`, qui met fin à un appel en envoyant éventuellement des informations d’usager à usager.Numéro d’ordre de `TSPI_lineForward`, qui met en place ou annule le renvoi des appels arrivant sur une adresse ou sur toutes les adresses d’une ligne.Numéro d’ordre de `TSPI_lineGatherDigits`, qui lance sur un appel la collecte de chiffres dans une mémoire tampon fournie par TAPI.Numéro d’ordre de `TSPI_lineGenerateDigits`, qui génère des chiffres dans la bande sur un appel, selon un mode de signalisation des chiffres donné (impulsions ou DTMF).Numéro d’ordre de `TSPI_lineGenerateTone`, qui génère une tonalité dans la bande sur un appel.Numéro d’ordre de `TSPI_lineGetAddressCaps`, qui indique dans `LINEADDRESSCAPS` les capacités de téléphonie d’une adresse d’un périphérique de ligne.Numéro d’ordre de `TSPI_lineGetAddressID`, qui retrouve l’identifiant d’une adresse de la ligne à partir d’une autre forme de cette adresse, par exemple son adresse composable.Numéro d’ordre de `TSPI_lineGetAddressStatus`, qui indique dans `LINEADDRESSSTATUS` l’état actuel d’une adresse.Numéro d’ordre de `TSPI_lineGetCallAddressID`, qui renvoie l’identifiant de l’adresse sur laquelle se trouve un appel.Numéro d’ordre de `TSPI_lineGetCallInfo`, qui renvoie dans `LINECALLINFO` les informations d’appel détaillées d’un appel.Numéro d’ordre de `TSPI_lineGetCallStatus`, qui renvoie dans `LINECALLSTATUS` l’état actuel d’un appel.Numéro d’ordre de `TSPI_lineGetDevCaps`, qui indique dans `LINEDEVCAPS` les capacités de téléphonie d’un périphérique de ligne, valables pour toutes ses adresses.Numéro d’ordre de `TSPI_lineGetDevConfig`, qui renvoie, sous forme d’une structure opaque propre à la classe de périphérique, la configuration actuelle d’un périphérique associé à la ligne, par exemple son modem.Numéro d’ordre de `TSPI_lineGetExtensionID`, qui renvoie l’identifiant des extensions propres au fournisseur de services que prend en charge un périphérique de ligne.Numéro d’ordre de `TSPI_lineGetIcon`, qui renvoie une icône propre au périphérique de ligne, ou au fournisseur, à présenter à l’utilisateur.Numéro d’ordre de `TSPI_lineGetID`, qui renvoie l’identifiant de périphérique, dans une classe de périphérique donnée, associé à une ligne, une adresse ou un appel.Numéro d’ordre de `TSPI_lineGetLineDevStatus`, qui indique dans `LINEDEVSTATUS` l’état actuel d’un périphérique de ligne ouvert, commun à toutes ses adresses.Numéro d’ordre de `TSPI_lineGetNumAddressIDs`, qui renvoie le nombre d’identifiants d’adresse que prend en charge une ligne.Numéro d’ordre de `TSPI_lineHold`, qui met un appel en attente.Numéro d’ordre de `TSPI_lineMakeCall`, qui établit un appel sur une ligne vers une adresse de destination, avec les paramètres d’appel par défaut ou ceux fournis.Numéro d’ordre de `TSPI_lineMonitorDigits`, qui active ou désactive la détection, sans mémoire tampon, des chiffres reçus sur un appel.Numéro d’ordre de `TSPI_lineMonitorMedia`, qui active ou désactive la détection des modes de média sur un appel ; chaque détection est signalée par `LINE_MONITORMEDIA`.Numéro d’ordre de `TSPI_lineMonitorTones`, qui active ou désactive la détection de tonalités données dans la bande sur un appel.Numéro d’ordre de `TSPI_lineNegotiateExtVersion`, qui renvoie la version d’extension la plus élevée, dans une plage proposée, sous laquelle le fournisseur peut faire fonctionner un périphérique de ligne.Numéro d’ordre de `TSPI_lineNegotiateTSPIVersion`, qui renvoie la version de TSPI la plus élevée, dans une plage proposée, sous laquelle le fournisseur peut faire fonctionner un périphérique de ligne (ou, avec `INITIALIZE_NEGOTIATION`, le fournisseur dans son ensemble).Numéro d’ordre de `TSPI_lineOpen`, qui ouvre le périphérique de ligne portant un identifiant de périphérique donné et renvoie le handle que le fournisseur lui attribue.Numéro d’ordre de `TSPI_linePark`, qui parque un appel selon le mode de parcage indiqué, dirigé ou non dirigé.Numéro d’ordre de `TSPI_linePickup`, qui intercepte un appel qui sonne sur une adresse de destination ou dans un groupe d’interception, et renvoie un handle pour cet appel.Numéro d’ordre de `TSPI_linePrepareAddToConference`, qui prépare une conférence à l’ajout d’un participant en créant un appel de consultation temporaire.Numéro d’ordre de `TSPI_lineRedirect`, qui redirige un appel présenté vers une autre adresse de destination.Numéro d’ordre de `TSPI_lineRemoveFromConference`, qui retire un appel de sa conférence sans toucher aux autres appels de la conférence.Numéro d’ordre de `TSPI_lineSecureCall`, qui protège un appel contre les interruptions ou interférences susceptibles de perturber son flux de média, comme le bip du signal d’appel.Numéro d’ordre de `TSPI_lineSelectExtVersion`, qui sélectionne la version d’extension selon laquelle fonctionnent les requêtes suivantes sur un périphérique de ligne.Numéro d’ordre de `TSPI_lineSendUserUserInfo`, qui envoie des informations d’usager à usager au correspondant distant d’un appel.Numéro d’ordre de `TSPI_lineSetAppSpecific`, qui définit le champ propre à l’application (`dwAppSpecific`) de la structure `LINECALLINFO` d’un appel.Numéro d’ordre de `TSPI_lineSetCallParams`, qui modifie certains paramètres d’un appel existant, par exemple son mode porteur ou son débit.Numéro d’ordre de `TSPI_lineSetDefaultMediaDetection`, qui communique au fournisseur le nouvel ensemble de modes de média à détecter sur une ligne, en remplacement du précédent.Numéro d’ordre de `TSPI_lineSetDevConfig`, qui rétablit la configuration d’un périphérique associé à la ligne à partir d’une structure obtenue auparavant par `TSPI_lineGetDevConfig`.Numéro d’ordre de `TSPI_lineSetMediaControl`, qui définit les actions de contrôle du média à appliquer sur une ligne, une adresse ou un appel lorsque des chiffres, des tonalités, des modes de média ou des états d’appel donnés sont détectés.Numéro d’ordre de `TSPI_lineSetMediaMode`, qui modifie le mode de média d’un appel tel qu’il figure dans sa structure `LINECALLINFO`.Numéro d’ordre de `TSPI_lineSetStatusMessages`, qui indique au fournisseur les changements d’état d’une ligne et de ses adresses qu’il doit signaler.Numéro d’ordre de `TSPI_lineSetTerminal`, qui choisit le terminal vers lequel sont acheminées les informations d’une ligne, d’une adresse ou d’un appel.Numéro d’ordre de `TSPI_lineSetupConference`, qui établit une conférence, avec un appel de consultation pour y ajouter le troisième participant.Numéro d’ordre de `TSPI_lineSetupTransfer`, qui commence un transfert en créant un appel de consultation sur lequel composer la destination du transfert.Numéro d’ordre de `TSPI_lineSwapHold`, qui intervertit un appel actif et un appel en attente de consultation.Numéro d’ordre de `TSPI_lineUncompleteCall`, qui annule une demande d’achèvement d’appel sur une ligne.Numéro d’ordre de `TSPI_lineUnhold`, qui reprend un appel en attente.Numéro d’ordre de `TSPI_lineUnpark`, qui reprend l’appel parqué sur une adresse et renvoie un handle pour cet appel.Numéro d’ordre de `TSPI_phoneClose`, qui ferme un périphérique téléphonique ouvert après avoir achevé ou interrompu les opérations asynchrones encore en cours sur celui-ci.Numéro d’ordre de `TSPI_phoneConfigDialog`, qui affichait la boîte de dialogue de configuration du fournisseur pour un périphérique téléphonique. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_phoneConfigDialog` dans leur DLL d’interface utilisateur.Numéro d’ordre de `TSPI_phoneDevSpecific`, le mécanisme d’extension général qui donne accès, sur un périphérique téléphonique, aux fonctions propres au périphérique.Numéro d’ordre de `TSPI_phoneGetButtonInfo`, qui renvoie dans `PHONEBUTTONINFO` les informations sur un bouton d’un poste téléphonique.Numéro d’ordre de `TSPI_phoneGetData`, qui transfère dans une mémoire tampon les données conservées à un emplacement donné d’un périphérique téléphonique ouvert.Numéro d’ordre de `TSPI_phoneGetDevCaps`, qui indique dans `PHONECAPS` les capacités de téléphonie d’un périphérique téléphonique.Numéro d’ordre de `TSPI_phoneGetDisplay`, qui renvoie le contenu actuel de l’afficheur d’un poste téléphonique.Numéro d’ordre de `TSPI_phoneGetExtensionID`, qui renvoie l’identifiant des extensions propres au fournisseur de services que prend en charge un périphérique téléphonique.Numéro d’ordre de `TSPI_phoneGetGain`, qui renvoie le gain du microphone de l’un des périphériques à commutateur crochet d’un poste téléphonique.Numéro d’ordre de `TSPI_phoneGetHookSwitch`, qui renvoie l’état actuel des commutateurs crochets d’un périphérique téléphonique ouvert, c’est-à-dire lesquels de ses périphériques à commutateur crochet sont décrochés.Numéro d’ordre de `TSPI_phoneGetIcon`, qui renvoie une icône propre au périphérique téléphonique, ou au fournisseur, à présenter à l’utilisateur.Numéro d’ordre de `TSPI_phoneGetID`, qui renvoie l’identifiant de périphérique, dans une classe de périphérique donnée, associé à un périphérique téléphonique.Numéro d’ordre de `TSPI_phoneGetLamp`, qui renvoie la cadence d’allumage actuelle d’un voyant du poste téléphonique.Numéro d’ordre de `TSPI_phoneGetRing`, qui renvoie le mode de sonnerie et le volume de sonnerie actuellement utilisés par un périphérique téléphonique ouvert.Numéro d’ordre de `TSPI_phoneGetStatus`, qui indique dans `PHONESTATUS` l’état général d’un périphérique téléphonique ouvert.Numéro d’ordre de `TSPI_phoneGetVolume`, qui renvoie le volume d’écoute de l’un des périphériques à commutateur crochet d’un poste téléphonique.Numéro d’ordre de `TSPI_phoneNegotiateExtVersion`, qui renvoie la version d’extension la plus élevée, dans une plage proposée, sous laquelle le fournisseur peut faire fonctionner un périphérique téléphonique.Numéro d’ordre de `TSPI_phoneNegotiateTSPIVersion`, qui renvoie la version de TSPI la plus élevée, dans une plage proposée, sous laquelle le fournisseur peut faire fonctionner un périphérique téléphonique.Numéro d’ordre de `TSPI_phoneOpen`, qui ouvre le périphérique téléphonique portant un identifiant de périphérique donné, renvoie le handle que le fournisseur lui attribue et conserve celui de TAPI pour les événements suivants.Numéro d’ordre de `TSPI_phoneSelectExtVersion`, qui sélectionne la version d’extension selon laquelle fonctionnent les requêtes suivantes sur un périphérique téléphonique.Numéro d’ordre de `TSPI_phoneSetButtonInfo`, qui définit les informations d’un bouton d’un poste téléphonique.Numéro d’ordre de `TSPI_phoneSetData`, qui transfère le contenu d’une mémoire tampon dans un périphérique téléphonique ouvert, à l’emplacement désigné par un identifiant de données.Numéro d’ordre de `TSPI_phoneSetDisplay`, qui affiche une chaîne sur l’afficheur d’un périphérique téléphonique ouvert.Numéro d’ordre de `TSPI_phoneSetGain`, qui règle le gain du microphone de l’un des périphériques à commutateur crochet d’un poste téléphonique.Numéro d’ordre de `TSPI_phoneSetHookSwitch`, qui place les périphériques à commutateur crochet indiqués d’un poste ouvert dans un état donné, sans toucher aux autres.Numéro d’ordre de `TSPI_phoneSetLamp`, qui règle un voyant d’un périphérique téléphonique ouvert sur une cadence d’allumage donnée.Numéro d’ordre de `TSPI_phoneSetRing`, qui fait sonner un périphérique téléphonique ouvert avec un mode de sonnerie et un volume donnés.Numéro d’ordre de `TSPI_phoneSetStatusMessages`, qui indique au fournisseur les changements d’état du poste téléphonique qui intéressent les applications, afin qu’il puisse filtrer les autres.Numéro d’ordre de `TSPI_phoneSetVolume`, qui règle le volume d’écoute de l’un des périphériques à commutateur crochet d’un poste téléphonique.Numéro d’ordre de `TSPI_providerConfig`, qui affichait la boîte de dialogue de configuration propre au fournisseur. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_providerConfig` dans leur DLL d’interface utilisateur.Numéro d’ordre de `TSPI_providerInit`, qui initialise le fournisseur et lui donne ce dont il a besoin pour la suite, par exemple son identifiant permanent de fournisseur et les premiers identifiants de périphérique de ligne et de périphérique téléphonique.Numéro d’ordre de `TSPI_providerInstall`, qui permettait au fournisseur de participer à sa propre installation. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_providerInstall` dans leur DLL d’interface utilisateur.Numéro d’ordre de `TSPI_providerRemove`, qui permettait au fournisseur de participer à sa propre suppression. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_providerRemove` dans leur DLL d’interface utilisateur.Numéro d’ordre de `TSPI_providerShutdown`, qui arrête le fournisseur : celui-ci met fin aux activités en cours et libère les ressources qu’il a allouées.Numéro d’ordre de `TSPI_providerEnumDevices`, que TAPI appelle avant `TSPI_providerInit` pour connaître le nombre de périphériques de ligne et de périphériques téléphoniques que gère le fournisseur.Numéro d’ordre de `TSPI_lineDropOnClose`, par lequel TAPI faisait mettre fin à un appel lorsque son unique propriétaire fermait son handle de ligne. Obsolète : TAPI ne met plus fin à ces appels, afin que les appels puissent être pilotés depuis plusieurs machines clientes.Numéro d’ordre de `TSPI_lineDropNoOwner`, par lequel TAPI faisait mettre fin à un appel pour lequel aucun propriétaire initial n’était trouvé. Obsolète, pour la même raison que `TSPI_lineDropOnClose`.Numéro d’ordre de `TSPI_providerCreateLineDevice`, que TAPI appelle après que le fournisseur a envoyé `LINE_CREATE`, pour créer dynamiquement le nouveau périphérique de ligne.Numéro d’ordre de `TSPI_providerCreatePhoneDevice`, que TAPI appelle après que le fournisseur a envoyé `PHONE_CREATE`, pour créer dynamiquement le nouveau périphérique téléphonique.Numéro d’ordre de `TSPI_lineSetCurrentLocation`, par lequel TAPI signalait au fournisseur que l’utilisateur ou une application avait changé l’emplacement courant utilisé pour la conversion d’adresses. Obsolète : TAPI signale désormais ce changement par `LINE_LINEDEVSTATE` avec `LINEDEVSTATE_TRANSLATECHANGE`.Numéro d’ordre de `TSPI_lineConfigDialogEdit`, qui affichait une boîte de dialogue permettant de modifier une configuration de périphérique de ligne fournie par l’appelant, puis renvoyait la configuration modifiée. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_lineConfigDialogEdit` dans leur DLL d’interface utilisateur.Numéro d’ordre de `TSPI_lineReleaseUserUserInfo`, qui signale au fournisseur que les informations d’usager à usager présentes dans `LINECALLINFO` ont été traitées, afin que celles reçues ensuite puissent les remplacer.Numéro d’ordre de `TSPI_lineGetCallIDs` (le nom de la constante perd le S final), qui renvoie l’identifiant de l’adresse, l’identifiant d’appel et l’identifiant d’appel associé d’un appel. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.Numéro d’ordre de `TSPI_lineGetCallHubTracking`, qui renvoie dans `LINECALLHUBTRACKINGINFO` le suivi des concentrateurs d’appels en vigueur sur une ligne. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.Numéro d’ordre de `TSPI_lineSetCallHubTracking`, qui définit le mode de suivi des concentrateurs d’appels d’une ligne. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.Numéro d’ordre de `TSPI_lineReceiveMSPData`, qui remet au fournisseur une mémoire tampon envoyée par un MSP (fournisseur de services de média) au sujet d’une ligne ou d’un appel. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.Numéro d’ordre de `TSPI_lineMSPIdentify`, qui renvoie le CLSID du MSP (fournisseur de services de média) associé à un périphérique de ligne. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.Numéro d’ordre de `TSPI_lineCreateMSPInstance`, par lequel TAPI annonce une nouvelle instance de MSP (fournisseur de services de média) pour une adresse d’une ligne et reçoit le handle que le fournisseur lui attribue. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.Numéro d’ordre de `TSPI_lineCloseMSPInstance`, par lequel TAPI annonce la fermeture d’une instance de MSP (fournisseur de services de média) créée avec `TSPI_lineCreateMSPInstance`. Il faut avoir négocié TSPI 3.0 ou une version ultérieure."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "TspiProc",
            prefix: "TSPI_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::None,
            header: __tapi::Some("TSPI.h"),
            c_type: __tapi::None,
            known_bits: 1023u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "TSPI_LINEACCEPT",
                    "TSPI_LINEADDTOCONFERENCE",
                    "TSPI_LINEANSWER",
                    "TSPI_LINEBLINDTRANSFER",
                    "TSPI_LINECLOSE",
                    "TSPI_LINECLOSECALL",
                    "TSPI_LINECOMPLETECALL",
                    "TSPI_LINECOMPLETETRANSFER",
                    "TSPI_LINECONDITIONALMEDIADETECTION",
                    "TSPI_LINECONFIGDIALOG",
                    "TSPI_LINEDEVSPECIFIC",
                    "TSPI_LINEDEVSPECIFICFEATURE",
                    "TSPI_LINEDIAL",
                    "TSPI_LINEDROP",
                    "TSPI_LINEFORWARD",
                    "TSPI_LINEGATHERDIGITS",
                    "TSPI_LINEGENERATEDIGITS",
                    "TSPI_LINEGENERATETONE",
                    "TSPI_LINEGETADDRESSCAPS",
                    "TSPI_LINEGETADDRESSID",
                    "TSPI_LINEGETADDRESSSTATUS",
                    "TSPI_LINEGETCALLADDRESSID",
                    "TSPI_LINEGETCALLINFO",
                    "TSPI_LINEGETCALLSTATUS",
                    "TSPI_LINEGETDEVCAPS",
                    "TSPI_LINEGETDEVCONFIG",
                    "TSPI_LINEGETEXTENSIONID",
                    "TSPI_LINEGETICON",
                    "TSPI_LINEGETID",
                    "TSPI_LINEGETLINEDEVSTATUS",
                    "TSPI_LINEGETNUMADDRESSIDS",
                    "TSPI_LINEHOLD",
                    "TSPI_LINEMAKECALL",
                    "TSPI_LINEMONITORDIGITS",
                    "TSPI_LINEMONITORMEDIA",
                    "TSPI_LINEMONITORTONES",
                    "TSPI_LINENEGOTIATEEXTVERSION",
                    "TSPI_LINENEGOTIATETSPIVERSION",
                    "TSPI_LINEOPEN",
                    "TSPI_LINEPARK",
                    "TSPI_LINEPICKUP",
                    "TSPI_LINEPREPAREADDTOCONFERENCE",
                    "TSPI_LINEREDIRECT",
                    "TSPI_LINEREMOVEFROMCONFERENCE",
                    "TSPI_LINESECURECALL",
                    "TSPI_LINESELECTEXTVERSION",
                    "TSPI_LINESENDUSERUSERINFO",
                    "TSPI_LINESETAPPSPECIFIC",
                    "TSPI_LINESETCALLPARAMS",
                    "TSPI_LINESETDEFAULTMEDIADETECTION",
                    "TSPI_LINESETDEVCONFIG",
                    "TSPI_LINESETMEDIACONTROL",
                    "TSPI_LINESETMEDIAMODE",
                    "TSPI_LINESETSTATUSMESSAGES",
                    "TSPI_LINESETTERMINAL",
                    "TSPI_LINESETUPCONFERENCE",
                    "TSPI_LINESETUPTRANSFER",
                    "TSPI_LINESWAPHOLD",
                    "TSPI_LINEUNCOMPLETECALL",
                    "TSPI_LINEUNHOLD",
                    "TSPI_LINEUNPARK",
                    "TSPI_PHONECLOSE",
                    "TSPI_PHONECONFIGDIALOG",
                    "TSPI_PHONEDEVSPECIFIC",
                    "TSPI_PHONEGETBUTTONINFO",
                    "TSPI_PHONEGETDATA",
                    "TSPI_PHONEGETDEVCAPS",
                    "TSPI_PHONEGETDISPLAY",
                    "TSPI_PHONEGETEXTENSIONID",
                    "TSPI_PHONEGETGAIN",
                    "TSPI_PHONEGETHOOKSWITCH",
                    "TSPI_PHONEGETICON",
                    "TSPI_PHONEGETID",
                    "TSPI_PHONEGETLAMP",
                    "TSPI_PHONEGETRING",
                    "TSPI_PHONEGETSTATUS",
                    "TSPI_PHONEGETVOLUME",
                    "TSPI_PHONENEGOTIATEEXTVERSION",
                    "TSPI_PHONENEGOTIATETSPIVERSION",
                    "TSPI_PHONEOPEN",
                    "TSPI_PHONESELECTEXTVERSION",
                    "TSPI_PHONESETBUTTONINFO",
                    "TSPI_PHONESETDATA",
                    "TSPI_PHONESETDISPLAY",
                    "TSPI_PHONESETGAIN",
                    "TSPI_PHONESETHOOKSWITCH",
                    "TSPI_PHONESETLAMP",
                    "TSPI_PHONESETRING",
                    "TSPI_PHONESETSTATUSMESSAGES",
                    "TSPI_PHONESETVOLUME",
                    "TSPI_PROVIDERCONFIG",
                    "TSPI_PROVIDERINIT",
                    "TSPI_PROVIDERINSTALL",
                    "TSPI_PROVIDERREMOVE",
                    "TSPI_PROVIDERSHUTDOWN",
                    "TSPI_PROVIDERENUMDEVICES",
                    "TSPI_LINEDROPONCLOSE",
                    "TSPI_LINEDROPNOOWNER",
                    "TSPI_PROVIDERCREATELINEDEVICE",
                    "TSPI_PROVIDERCREATEPHONEDEVICE",
                    "TSPI_LINESETCURRENTLOCATION",
                    "TSPI_LINECONFIGDIALOGEDIT",
                    "TSPI_LINERELEASEUSERUSERINFO",
                    "TSPI_LINEGETCALLID",
                    "TSPI_LINEGETCALLHUBTRACKING",
                    "TSPI_LINESETCALLHUBTRACKING",
                    "TSPI_LINERECEIVEMSPDATA",
                    "TSPI_LINEMSPIDENTIFY",
                    "TSPI_LINECREATEMSPINSTANCE",
                    "TSPI_LINECLOSEMSPINSTANCE",
                ],
                bits: &[
                    500u64, 501u64, 502u64, 503u64, 504u64, 505u64, 506u64, 507u64,
                    508u64, 509u64, 510u64, 511u64, 512u64, 513u64, 514u64, 515u64,
                    516u64, 517u64, 518u64, 519u64, 520u64, 521u64, 522u64, 523u64,
                    524u64, 525u64, 526u64, 527u64, 528u64, 529u64, 530u64, 531u64,
                    532u64, 533u64, 534u64, 535u64, 536u64, 537u64, 538u64, 539u64,
                    540u64, 541u64, 542u64, 543u64, 544u64, 545u64, 546u64, 547u64,
                    548u64, 549u64, 550u64, 551u64, 552u64, 553u64, 554u64, 555u64,
                    556u64, 557u64, 558u64, 559u64, 560u64, 561u64, 562u64, 563u64,
                    564u64, 565u64, 566u64, 567u64, 568u64, 569u64, 570u64, 571u64,
                    572u64, 573u64, 574u64, 575u64, 576u64, 577u64, 578u64, 579u64,
                    580u64, 581u64, 582u64, 583u64, 584u64, 585u64, 586u64, 587u64,
                    588u64, 589u64, 590u64, 591u64, 592u64, 593u64, 594u64, 595u64,
                    596u64, 597u64, 598u64, 599u64, 600u64, 601u64, 602u64, 603u64,
                    604u64, 605u64, 606u64, 607u64, 608u64, 609u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x8A\x01\0\0\0\0\0\0\xBD\x01\0\0\0\0\0\0\xEA\x01\0\0\xFF\xFF\xDC\0\x02\0\x8A\x01\0\0\x18\x01\0\0\xBD\x01\0\0D\x01\0\0\xEA\x01\0\x007\x01\0\0\xFF\xFF\0\0\0\0\xA2\x02\0\0e\0\0\0\x01\x03\0\0\x7F\0\0\0!\x03\0\0r\0\0\0\xFF\xFF\0\0\0\0\x07\x03\0\0<\0\0\0\x80\x03\0\0Q\0\0\0\x93\x03\0\0K\0\0\0\xFF\xFF\0\0\0\0C\x03\0\0\x83\0\0\0\xD1\x03\0\0\x8A\0\0\0\xDE\x03\0\0\x91\0\0\0\xFF\xFF\0\0\0\0\xC6\x03\0\0\x98\0\0\0[\x04\0\0\xC6\0\0\0o\x04\0\0\xBD\0\0\0\xFF\xFF\0\0\0\0^\x04\0\0\x8A\0\0\0!\x05\0\0\xAB\0\0\0,\x05\0\0\x9C\0\0\0\xFF\xFF\0\0\0\0\xE8\x04\0\0\xA6\0\0\0\xCC\x05\0\0\xE7\0\0\0\xC8\x05\0\0\xD2\0\0\0\xFF\xFF\0\0\0\0\x8E\x05\0\0\xB1\0\0\0\xB3\x06\0\0\xD8\0\0\0\x9A\x06\0\0\xCA\0\0\0\xFF\xFF\0\0\0\0?\x06\0\0\xBC\0\0\0\x8B\x07\0\0\xE2\0\0\0d\x07\0\0\xE3\0\0\0\xFF\xFF\0\0\0\0\xFB\x06\0\0\xDA\0\0\0m\x08\0\0\r\x01\0\0G\x08\0\0=\x01\0\0\xFF\xFF\0\0\0\0\xD5\x07\0\0\x91\0\0\0z\t\0\0\xC8\0\0\0\x84\t\0\0\xBB\0\0\0\xFF\xFF\0\0\0\0f\x08\0\0\xB2\0\0\0B\n\0\0\x04\x01\0\0?\n\0\0\xDE\0\0\0\xFF\xFF\0\0\0\0\x18\t\0\0O\0\0\0F\x0B\0\0i\0\0\0\x1D\x0B\0\0_\0\0\0\xFF\xFF\0\0\0\0g\t\0\0g\0\0\0\xAF\x0B\0\0\x89\0\0\0|\x0B\0\0\x80\0\0\0\xFF\xFF\0\0\0\0\xCE\t\0\0\x88\0\0\08\x0C\0\0\xB2\0\0\0\xFC\x0B\0\0\x9B\0\0\0\xFF\xFF\0\0\0\0V\n\0\0{\0\0\0\xEA\x0C\0\0\x9E\0\0\0\x97\x0C\0\0\x87\0\0\0\xFF\xFF\0\0\0\0\xD1\n\0\0u\0\0\0\x88\r\0\0\x9A\0\0\0\x1E\r\0\0\xAE\0\0\0\xFF\xFF\0\0\0\0F\x0B\0\0M\0\0\0\"\x0E\0\0a\0\0\0\xCC\r\0\0d\0\0\0\xFF\xFF\0\0\0\0\x93\x0B\0\0\x84\0\0\0\x83\x0E\0\0\x93\0\0\x000\x0E\0\0\xA1\0\0\0\xFF\xFF\0\0\0\0\x17\x0C\0\0\x93\0\0\0\x16\x0F\0\0\xB2\0\0\0\xD1\x0E\0\0\xBA\0\0\0\xFF\xFF\0\0\0\0\xAA\x0C\0\0n\0\0\0\xC8\x0F\0\0|\0\0\0\x8B\x0F\0\0x\0\0\0\xFF\xFF\0\0\0\0\x18\r\0\0k\0\0\0D\x10\0\0z\0\0\0\x03\x10\0\0}\0\0\0\xFF\xFF\0\0\0\0\x83\r\0\0e\0\0\0\xBE\x10\0\0\x84\0\0\0\x80\x10\0\0\x82\0\0\0\xFF\xFF\0\0\0\0\xE8\r\0\0d\0\0\0B\x11\0\0z\0\0\0\x02\x11\0\0o\0\0\0\xFF\xFF\0\0\0\0L\x0E\0\0\x8D\0\0\0\xBC\x11\0\0\xA2\0\0\0q\x11\0\0\xAC\0\0\0\xFF\xFF\0\0\0\0\xD9\x0E\0\0\xB1\0\0\0^\x12\0\0\xCE\0\0\0\x1D\x12\0\0\xE2\0\0\0\xFF\xFF\0\0\0\0\x8A\x0F\0\0\x83\0\0\0,\x13\0\0\x9D\0\0\0\xFF\x12\0\0\xAD\0\0\0\xFF\xFF\0\0\0\0\r\x10\0\0~\0\0\0\xC9\x13\0\0\x9E\0\0\0\xAC\x13\0\0\x97\0\0\0\xFF\xFF\0\0\0\0\x8B\x10\0\0\x88\0\0\0g\x14\0\0\xB3\0\0\0C\x14\0\0\xB0\0\0\0\xFF\xFF\0\0\0\0\x13\x11\0\0\x93\0\0\0\x1A\x15\0\0\xB9\0\0\0\xF3\x14\0\0\xA9\0\0\0\xFF\xFF\0\0\0\0\xA6\x11\0\0c\0\0\0\xD3\x15\0\0\x83\0\0\0\x9C\x15\0\0\x83\0\0\0\xFF\xFF\0\0\0\0\t\x12\0\08\0\0\0V\x16\0\0X\0\0\0\x1F\x16\0\0B\0\0\0\xFF\xFF\0\0\0\0A\x12\0\0\x8B\0\0\0\xAE\x16\0\0\xA3\0\0\0a\x16\0\0\xAA\0\0\0\xFF\xFF\0\0\0\0\xCC\x12\0\0u\0\0\0Q\x17\0\0\x91\0\0\0\x0B\x17\0\0\x8E\0\0\0\xFF\xFF\0\0\0\0A\x13\0\0\x96\0\0\0\xE2\x17\0\0\xB0\0\0\0\x99\x17\0\0\xB0\0\0\0\xFF\xFF\0\0\0\0\xD7\x13\0\0i\0\0\0\x92\x18\0\0\x84\0\0\0I\x18\0\0\x87\0\0\0\xFF\xFF\0\0\0\0@\x14\0\0\xA4\0\0\0\x16\x19\0\0\xCE\0\0\0\xD0\x18\0\0\xD5\0\0\0\xFF\xFF\0\0\0\0\xE4\x14\0\0\xDD\0\0\0\xE4\x19\0\0\x05\x01\0\0\xA5\x19\0\0\x16\x01\0\0\xFF\xFF\0\0\0\0\xC1\x15\0\0\x80\0\0\0\xE9\x1A\0\0\x9E\0\0\0\xBB\x1A\0\0\xB0\0\0\0\xFF\xFF\0\0\0\0A\x16\0\0`\0\0\0\x87\x1B\0\0s\0\0\0k\x1B\0\0t\0\0\0\xFF\xFF\0\0\0\0\xA1\x16\0\0\x88\0\0\0\xFA\x1B\0\0\xAA\0\0\0\xDF\x1B\0\0\xB1\0\0\0\xFF\xFF\0\0\0\0)\x17\0\0\x87\0\0\0\xA4\x1C\0\0\xB3\0\0\0\x90\x1C\0\0\xA4\0\0\0\xFF\xFF\0\0\0\0\xB0\x17\0\0_\0\0\0W\x1D\0\0q\0\0\x004\x1D\0\0q\0\0\0\xFF\xFF\0\0\0\0\x0F\x18\0\0\x8C\0\0\0\xC8\x1D\0\0\xA3\0\0\0\xA5\x1D\0\0\x8D\0\0\0\xFF\xFF\0\0\0\0\x9B\x18\0\0\x9E\0\0\0k\x1E\0\0\xB5\0\0\x002\x1E\0\0\xBC\0\0\0\xFF\xFF\0\0\0\09\x19\0\0\x80\0\0\0 \x1F\0\0\xA8\0\0\0\xEE\x1E\0\0\xAF\0\0\0\xFF\xFF\0\0\0\0\xB9\x19\0\0h\0\0\0\xC8\x1F\0\0\x8F\0\0\0\x9D\x1F\0\0\x89\0\0\0\xFF\xFF\0\0\0\0!\x1A\0\0}\0\0\0W \0\0\x9C\0\0\0& \0\0\x9E\0\0\0\xFF\xFF\0\0\0\0\x9E\x1A\0\0}\0\0\0\xF3 \0\0\x99\0\0\0\xC4 \0\0\x92\0\0\0\xFF\xFF\0\0\0\0\x1B\x1B\0\0\x94\0\0\0\x8C!\0\0\xB3\0\0\0V!\0\0\xB9\0\0\0\xFF\xFF\0\0\0\0\xAF\x1B\0\0\xA1\0\0\0?\"\0\0\xCA\0\0\0\x0F\"\0\0\xC3\0\0\0\xFF\xFF\0\0\0\0P\x1C\0\0\xB6\0\0\0\t#\0\0\xFC\0\0\0\xD2\"\0\0\xFF\0\0\0\xFF\xFF\0\0\0\0\x06\x1D\0\0m\0\0\0\x05$\0\0\x8E\0\0\0\xD1#\0\0\x8D\0\0\0\xFF\xFF\0\0\0\0s\x1D\0\0\x84\0\0\0\x93$\0\0\x9C\0\0\0^$\0\0\x9F\0\0\0\xFF\xFF\0\0\0\0\xF7\x1D\0\0\x81\0\0\0/%\0\0\xA7\0\0\0\xFD$\0\0\xA2\0\0\0\xFF\xFF\0\0\0\0x\x1E\0\0|\0\0\0\xD6%\0\0\x9D\0\0\0\x9F%\0\0\x96\0\0\0\xFF\xFF\0\0\0\0\xF4\x1E\0\0\x8D\0\0\0s&\0\0\xA9\0\0\x005&\0\0\x9D\0\0\0\xFF\xFF\0\0\0\0\x81\x1F\0\0\\\0\0\0\x1C'\0\0\x90\0\0\0\xD2&\0\0p\0\0\0\xFF\xFF\0\0\0\0\xDD\x1F\0\0X\0\0\0\xAC'\0\0\x80\0\0\0B'\0\0o\0\0\0\xFF\xFF\0\0\0\x005 \0\0?\0\0\0,(\0\0i\0\0\0\xB1'\0\0H\0\0\0\xFF\xFF\0\0\0\0t \0\0h\0\0\0\x95(\0\0\x8D\0\0\0\xF9'\0\0z\0\0\0\xFF\xFF\0\0\0\0\xDC \0\0\x90\0\0\0\")\0\0\xBB\0\0\0s(\0\0\xB6\0\0\0\xFF\xFF\0\0\0\0l!\0\0\xDD\0\0\0\xDD)\0\0\x0E\x01\0\0))\0\0E\x01\0\0\xFF\xFF\0\0\0\0I\"\0\0\x84\0\0\0\xEB*\0\0\xAF\0\0\0n*\0\0\xB4\0\0\0\xFF\xFF\0\0\0\0\xCD\"\0\0s\0\0\0\x9A+\0\0\x84\0\0\0\"+\0\0\x8E\0\0\0\xFF\xFF\0\0\0\0@#\0\0v\0\0\0\x1E,\0\0\xA1\0\0\0\xB0+\0\0\xB0\0\0\0\xFF\xFF\0\0\0\0\xB6#\0\0m\0\0\0\xBF,\0\0{\0\0\0`,\0\0\x8E\0\0\0\xFF\xFF\0\0\0\0#$\0\0]\0\0\0:-\0\0q\0\0\0\xEE,\0\0x\0\0\0\xFF\xFF\0\0\0\0\x80$\0\0\x85\0\0\0\xAB-\0\0\x9D\0\0\0f-\0\0\xB4\0\0\0\xFF\xFF\0\0\0\0\x05%\0\0o\0\0\0H.\0\0\x8D\0\0\0\x1A.\0\0\x9D\0\0\0\xFF\xFF\0\0\0\0t%\0\0\xA0\0\0\0\xD5.\0\0\xC8\0\0\0\xB7.\0\0\xEC\0\0\0\xFF\xFF\0\0\0\0\x14&\0\0\x80\0\0\0\x9D/\0\0\x9E\0\0\0\xA3/\0\0\x9E\0\0\0\xFF\xFF\0\0\0\0\x94&\0\0{\0\0\0;0\0\0\x9A\0\0\0A0\0\0\xAF\0\0\0\xFF\xFF\0\0\0\0\x0F'\0\0[\0\0\0\xD50\0\0z\0\0\0\xF00\0\0}\0\0\0\xFF\xFF\0\0\0\0j'\0\0u\0\0\0O1\0\0\x9F\0\0\0m1\0\0\xA6\0\0\0\xFF\xFF\0\0\0\0\xDF'\0\0l\0\0\0\xEE1\0\0\x7F\0\0\0\x132\0\0\x8B\0\0\0\xFF\xFF\0\0\0\0K(\0\0p\0\0\0m2\0\0\x9D\0\0\0\x9E2\0\0\x9F\0\0\0\xFF\xFF\0\0\0\0\xBB(\0\0\xA6\0\0\0\n3\0\0\xCE\0\0\0=3\0\0\xDC\0\0\0\xFF\xFF\0\0\0\0a)\0\0\xA2\0\0\0\xD83\0\0\xC8\0\0\0\x194\0\0\xD7\0\0\0\xFF\xFF\0\0\0\0\x03*\0\0\xAC\0\0\0\xA04\0\0\xD7\0\0\0\xF04\0\0\xEE\0\0\0\xFF\xFF\0\0\0\0\xAF*\0\0\x82\0\0\0w5\0\0\xA8\0\0\0\xDE5\0\0\xB6\0\0\0\xFF\xFF\0\0\0\x001+\0\0[\0\0\0\x1F6\0\0l\0\0\0\x946\0\0x\0\0\0\xFF\xFF\0\0\0\0\x8C+\0\0~\0\0\0\x8B6\0\0\x9F\0\0\0\x0C7\0\0\xC6\0\0\0\xFF\xFF\0\0\0\0\n,\0\0_\0\0\0*7\0\0\x81\0\0\0\xD27\0\0\x83\0\0\0\xFF\xFF\0\0\0\0i,\0\0l\0\0\0\xAB7\0\0\x8B\0\0\0U8\0\0\x9C\0\0\0\xFF\xFF\0\0\0\0\xD5,\0\0\x9D\0\0\x0068\0\0\xD7\0\0\0\xF18\0\0\xB1\0\0\0\xFF\xFF\0\0\0\0r-\0\0_\0\0\0\r9\0\0\x8D\0\0\0\xA29\0\0\x90\0\0\0\xFF\xFF\0\0\0\0\xD1-\0\0c\0\0\0\x9A9\0\0\xA4\0\0\x002:\0\0\x90\0\0\0\xFF\xFF\0\0\0\x004.\0\0\x9A\0\0\0>:\0\0\xC2\0\0\0\xC2:\0\0\xCB\0\0\0\xFF\xFF\0\0\0\0\xCE.\0\0m\0\0\0\0;\0\0\x8E\0\0\0\x8D;\0\0\x9E\0\0\0\xFF\xFF\0\0\0\0;/\0\0\xC8\0\0\0\x8E;\0\0\xF8\0\0\0+<\0\0 \x01\0\0\xFF\xFF\0\0\0\0\x030\0\0\xC4\0\0\0\x86<\0\0\xEC\0\0\0K=\0\0\t\x01\0\0\xFF\xFF\0\0\0\0\xC70\0\0\xCA\0\0\0r=\0\0\x06\x01\0\0T>\0\0\x1D\x01\0\0\xFF\xFF\0\0\0\0\x911\0\0\xC3\0\0\0x>\0\0\x02\x01\0\0q?\0\0\x1A\x01\0\0\xFF\xFF\0\0\0\0T2\0\0\x8B\0\0\0z?\0\0\xA8\0\0\0\x8B@\0\0\xA2\0\0\0\x01\x04\0\0\0\0\xDF2\0\0\x92\0\0\0\"@\0\0\xB1\0\0\0-A\0\0\xD1\0\0\0\x01\x04\0\0\0\0q3\0\0\xE4\0\0\0\xD3@\0\0\x12\x01\0\0\xFEA\0\0\x19\x01\0\0\x01\x04\0\0\0\0U4\0\0\xAE\0\0\0\xE5A\0\0\xD2\0\0\0\x17C\0\0\xD3\0\0\0\x01\x04\0\0\0\0\x035\0\0\x92\0\0\0\xB7B\0\0\xAD\0\0\0\xEAC\0\0\xB7\0\0\0\x01\x04\0\0\0\0\x955\0\0\x95\0\0\0dC\0\0\xAE\0\0\0\xA1D\0\0\xBF\0\0\0\x01\x04\0\0\0\0*6\0\0\x0B\x01\0\0\x12D\0\x005\x01\0\0`E\0\0B\x01\0\0\x01\x04\0\0\0\x0057\0\0\x1A\x01\0\0GE\0\0a\x01\0\0\xA2F\0\0\x8E\x01\0\0\x01\x04\0\0\0\0O8\0\0\xBF\0\0\0\xA8F\0\0\xEA\0\0\x000H\0\0\xE5\0\0\0\x03\0\0\0\0\0\x0E9\0\0\xDD\0\0\0\x92G\0\0\r\x01\0\0\x15I\0\0\x0B\x01\0\0\x03\0\0\0\0\0\xEB9\0\0\xBF\0\0\0\x9FH\0\0\xD2\0\0\0 J\0\0\xDC\0\0\0\x03\0\0\0\0\0\xAA:\0\0\x91\0\0\0qI\0\0\xAF\0\0\0\xFCJ\0\0\xBB\0\0\0\x03\0\0\0\0\0;;\0\0\xBD\0\0\0 J\0\0\xE9\0\0\0\xB7K\0\0\xF9\0\0\0\x03\0\0\0\0\0\xF8;\0\0\xB4\0\0\0\tK\0\0\xCD\0\0\0\xB0L\0\0\xD1\0\0\0\x03\0\0\0\0\0\xAC<\0\0\xEC\0\0\0\xD6K\0\0\x06\x01\0\0\x81M\0\0\x1D\x01\0\0\x03\0\0\0\0\0\x98=\0\0\xDD\0\0\0\xDCL\0\0\xF3\0\0\0\x9EN\0\0\xFA\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "TSPI_LINEACCEPT",
                        "TSPI_LINEADDTOCONFERENCE",
                        "TSPI_LINEANSWER",
                        "TSPI_LINEBLINDTRANSFER",
                        "TSPI_LINECLOSE",
                        "TSPI_LINECLOSECALL",
                        "TSPI_LINECOMPLETECALL",
                        "TSPI_LINECOMPLETETRANSFER",
                        "TSPI_LINECONDITIONALMEDIADETECTION",
                        "TSPI_LINECONFIGDIALOG",
                        "TSPI_LINEDEVSPECIFIC",
                        "TSPI_LINEDEVSPECIFICFEATURE",
                        "TSPI_LINEDIAL",
                        "TSPI_LINEDROP",
                        "TSPI_LINEFORWARD",
                        "TSPI_LINEGATHERDIGITS",
                        "TSPI_LINEGENERATEDIGITS",
                        "TSPI_LINEGENERATETONE",
                        "TSPI_LINEGETADDRESSCAPS",
                        "TSPI_LINEGETADDRESSID",
                        "TSPI_LINEGETADDRESSSTATUS",
                        "TSPI_LINEGETCALLADDRESSID",
                        "TSPI_LINEGETCALLINFO",
                        "TSPI_LINEGETCALLSTATUS",
                        "TSPI_LINEGETDEVCAPS",
                        "TSPI_LINEGETDEVCONFIG",
                        "TSPI_LINEGETEXTENSIONID",
                        "TSPI_LINEGETICON",
                        "TSPI_LINEGETID",
                        "TSPI_LINEGETLINEDEVSTATUS",
                        "TSPI_LINEGETNUMADDRESSIDS",
                        "TSPI_LINEHOLD",
                        "TSPI_LINEMAKECALL",
                        "TSPI_LINEMONITORDIGITS",
                        "TSPI_LINEMONITORMEDIA",
                        "TSPI_LINEMONITORTONES",
                        "TSPI_LINENEGOTIATEEXTVERSION",
                        "TSPI_LINENEGOTIATETSPIVERSION",
                        "TSPI_LINEOPEN",
                        "TSPI_LINEPARK",
                        "TSPI_LINEPICKUP",
                        "TSPI_LINEPREPAREADDTOCONFERENCE",
                        "TSPI_LINEREDIRECT",
                        "TSPI_LINEREMOVEFROMCONFERENCE",
                        "TSPI_LINESECURECALL",
                        "TSPI_LINESELECTEXTVERSION",
                        "TSPI_LINESENDUSERUSERINFO",
                        "TSPI_LINESETAPPSPECIFIC",
                        "TSPI_LINESETCALLPARAMS",
                        "TSPI_LINESETDEFAULTMEDIADETECTION",
                        "TSPI_LINESETDEVCONFIG",
                        "TSPI_LINESETMEDIACONTROL",
                        "TSPI_LINESETMEDIAMODE",
                        "TSPI_LINESETSTATUSMESSAGES",
                        "TSPI_LINESETTERMINAL",
                        "TSPI_LINESETUPCONFERENCE",
                        "TSPI_LINESETUPTRANSFER",
                        "TSPI_LINESWAPHOLD",
                        "TSPI_LINEUNCOMPLETECALL",
                        "TSPI_LINEUNHOLD",
                        "TSPI_LINEUNPARK",
                        "TSPI_PHONECLOSE",
                        "TSPI_PHONECONFIGDIALOG",
                        "TSPI_PHONEDEVSPECIFIC",
                        "TSPI_PHONEGETBUTTONINFO",
                        "TSPI_PHONEGETDATA",
                        "TSPI_PHONEGETDEVCAPS",
                        "TSPI_PHONEGETDISPLAY",
                        "TSPI_PHONEGETEXTENSIONID",
                        "TSPI_PHONEGETGAIN",
                        "TSPI_PHONEGETHOOKSWITCH",
                        "TSPI_PHONEGETICON",
                        "TSPI_PHONEGETID",
                        "TSPI_PHONEGETLAMP",
                        "TSPI_PHONEGETRING",
                        "TSPI_PHONEGETSTATUS",
                        "TSPI_PHONEGETVOLUME",
                        "TSPI_PHONENEGOTIATEEXTVERSION",
                        "TSPI_PHONENEGOTIATETSPIVERSION",
                        "TSPI_PHONEOPEN",
                        "TSPI_PHONESELECTEXTVERSION",
                        "TSPI_PHONESETBUTTONINFO",
                        "TSPI_PHONESETDATA",
                        "TSPI_PHONESETDISPLAY",
                        "TSPI_PHONESETGAIN",
                        "TSPI_PHONESETHOOKSWITCH",
                        "TSPI_PHONESETLAMP",
                        "TSPI_PHONESETRING",
                        "TSPI_PHONESETSTATUSMESSAGES",
                        "TSPI_PHONESETVOLUME",
                        "TSPI_PROVIDERCONFIG",
                        "TSPI_PROVIDERINIT",
                        "TSPI_PROVIDERINSTALL",
                        "TSPI_PROVIDERREMOVE",
                        "TSPI_PROVIDERSHUTDOWN",
                        "TSPI_PROVIDERENUMDEVICES",
                        "TSPI_LINEDROPONCLOSE",
                        "TSPI_LINEDROPNOOWNER",
                        "TSPI_PROVIDERCREATELINEDEVICE",
                        "TSPI_PROVIDERCREATEPHONEDEVICE",
                        "TSPI_LINESETCURRENTLOCATION",
                        "TSPI_LINECONFIGDIALOGEDIT",
                        "TSPI_LINERELEASEUSERUSERINFO",
                        "TSPI_LINEGETCALLID",
                        "TSPI_LINEGETCALLHUBTRACKING",
                        "TSPI_LINESETCALLHUBTRACKING",
                        "TSPI_LINERECEIVEMSPDATA",
                        "TSPI_LINEMSPIDENTIFY",
                        "TSPI_LINECREATEMSPINSTANCE",
                        "TSPI_LINECLOSEMSPINSTANCE",
                        "LINEACCEPT",
                        "LINEADDTOCONFERENCE",
                        "LINEANSWER",
                        "LINEBLINDTRANSFER",
                        "LINECLOSE",
                        "LINECLOSECALL",
                        "LINECOMPLETECALL",
                        "LINECOMPLETETRANSFER",
                        "LINECONDITIONALMEDIADETECTION",
                        "LINECONFIGDIALOG",
                        "LINEDEVSPECIFIC",
                        "LINEDEVSPECIFICFEATURE",
                        "LINEDIAL",
                        "LINEDROP",
                        "LINEFORWARD",
                        "LINEGATHERDIGITS",
                        "LINEGENERATEDIGITS",
                        "LINEGENERATETONE",
                        "LINEGETADDRESSCAPS",
                        "LINEGETADDRESSID",
                        "LINEGETADDRESSSTATUS",
                        "LINEGETCALLADDRESSID",
                        "LINEGETCALLINFO",
                        "LINEGETCALLSTATUS",
                        "LINEGETDEVCAPS",
                        "LINEGETDEVCONFIG",
                        "LINEGETEXTENSIONID",
                        "LINEGETICON",
                        "LINEGETID",
                        "LINEGETLINEDEVSTATUS",
                        "LINEGETNUMADDRESSIDS",
                        "LINEHOLD",
                        "LINEMAKECALL",
                        "LINEMONITORDIGITS",
                        "LINEMONITORMEDIA",
                        "LINEMONITORTONES",
                        "LINENEGOTIATEEXTVERSION",
                        "LINENEGOTIATETSPIVERSION",
                        "LINEOPEN",
                        "LINEPARK",
                        "LINEPICKUP",
                        "LINEPREPAREADDTOCONFERENCE",
                        "LINEREDIRECT",
                        "LINEREMOVEFROMCONFERENCE",
                        "LINESECURECALL",
                        "LINESELECTEXTVERSION",
                        "LINESENDUSERUSERINFO",
                        "LINESETAPPSPECIFIC",
                        "LINESETCALLPARAMS",
                        "LINESETDEFAULTMEDIADETECTION",
                        "LINESETDEVCONFIG",
                        "LINESETMEDIACONTROL",
                        "LINESETMEDIAMODE",
                        "LINESETSTATUSMESSAGES",
                        "LINESETTERMINAL",
                        "LINESETUPCONFERENCE",
                        "LINESETUPTRANSFER",
                        "LINESWAPHOLD",
                        "LINEUNCOMPLETECALL",
                        "LINEUNHOLD",
                        "LINEUNPARK",
                        "PHONECLOSE",
                        "PHONECONFIGDIALOG",
                        "PHONEDEVSPECIFIC",
                        "PHONEGETBUTTONINFO",
                        "PHONEGETDATA",
                        "PHONEGETDEVCAPS",
                        "PHONEGETDISPLAY",
                        "PHONEGETEXTENSIONID",
                        "PHONEGETGAIN",
                        "PHONEGETHOOKSWITCH",
                        "PHONEGETICON",
                        "PHONEGETID",
                        "PHONEGETLAMP",
                        "PHONEGETRING",
                        "PHONEGETSTATUS",
                        "PHONEGETVOLUME",
                        "PHONENEGOTIATEEXTVERSION",
                        "PHONENEGOTIATETSPIVERSION",
                        "PHONEOPEN",
                        "PHONESELECTEXTVERSION",
                        "PHONESETBUTTONINFO",
                        "PHONESETDATA",
                        "PHONESETDISPLAY",
                        "PHONESETGAIN",
                        "PHONESETHOOKSWITCH",
                        "PHONESETLAMP",
                        "PHONESETRING",
                        "PHONESETSTATUSMESSAGES",
                        "PHONESETVOLUME",
                        "PROVIDERCONFIG",
                        "PROVIDERINIT",
                        "PROVIDERINSTALL",
                        "PROVIDERREMOVE",
                        "PROVIDERSHUTDOWN",
                        "PROVIDERENUMDEVICES",
                        "LINEDROPONCLOSE",
                        "LINEDROPNOOWNER",
                        "PROVIDERCREATELINEDEVICE",
                        "PROVIDERCREATEPHONEDEVICE",
                        "LINESETCURRENTLOCATION",
                        "LINECONFIGDIALOGEDIT",
                        "LINERELEASEUSERUSERINFO",
                        "LINEGETCALLID",
                        "LINEGETCALLHUBTRACKING",
                        "LINESETCALLHUBTRACKING",
                        "LINERECEIVEMSPDATA",
                        "LINEMSPIDENTIFY",
                        "LINECREATEMSPINSTANCE",
                        "LINECLOSEMSPINSTANCE",
                        "PROC_BASE",
                        "MESSAGE_BASE",
                        "TSPI_PROC_BASE",
                        "TSPI_MESSAGE_BASE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\x1F\0 \0!\0\"\0#\0$\0%\0&\0'\0(\0)\0*\0+\0,\0-\0.\0/\x000\x001\x002\x003\x004\x005\x006\x007\08\09\0:\0;\0<\0=\0>\0?\0@\0A\0B\0C\0D\0E\0F\0G\0H\0I\0J\0K\0L\0M\0N\0O\0P\0Q\0R\0S\0T\0U\0V\0W\0X\0Y\0Z\0[\0\\\0]\0^\0_\0`\0a\0b\0c\0d\0e\0f\0g\0h\0i\0j\0k\0l\0m\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: true,
                        seed: 2690670345073858831u64,
                        shift: 52u32,
                        slots: b"\xFF\xFF\xFF\xFFM\0M\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFW\0W\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC3\0U\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xD9\0k\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0/\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x99\0+\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAD\0?\0\xAB\0=\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9F\x001\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFi\0i\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\0$\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x95\0'\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9A\0,\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA3\x005\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFb\0b\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\0c\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF.\0.\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF7\x007\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFO\0O\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9B\0-\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0(\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC5\0W\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\"\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAC\0>\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC0\0R\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC9\0[\x004\x004\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF^\0^\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF}\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0,\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0+\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xD6\0h\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF{\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF9\09\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA1\x003\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF~\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFz\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB0\0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFp\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF_\0_\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\0\"\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDB\0m\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC8\0Z\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0\xA7\09\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9E\x000\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB9\0K\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFR\0R\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xD0\0b\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFJ\0J\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA2\x004\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA9\0;\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0%\0\xFF\xFF\xFF\xFFf\0f\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA4\x006\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xCD\0_\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBA\0L\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF|\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF>\0>\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x003\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF0\x000\0d\0d\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFU\0U\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x96\0(\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB6\0H\0q\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDE\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFZ\0Z\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFj\0j\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFH\0H\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFv\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB3\0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFL\0L\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF?\0?\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF2\x002\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]\0]\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xD8\0j\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFY\0Y\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFo\0\x01\0\xFF\xFF\xFF\xFF\x1B\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFS\0S\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAE\0@\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA8\0:\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB1\0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0&\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFx\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xCF\0a\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0$\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFG\0G\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFK\0K\0\xD2\0d\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFh\0h\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFA\0A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFk\0k\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA5\x007\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFX\0X\0\xFF\xFF\xFF\xFF\xCA\0\\\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA6\08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF:\0:\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFV\0V\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0-\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xD4\0f\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\0`\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xCE\0`\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF8\08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xD1\0c\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFy\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDD\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAA\0<\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8F\0!\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8C\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFQ\0Q\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x98\0*\0\xFF\xFF\xFF\xFF5\x005\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB7\0I\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC6\0X\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBE\0P\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBD\0O\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFr\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFs\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB2\0D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF;\0;\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC2\0T\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB5\0G\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0'\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFg\0g\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xD5\0g\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDA\0l\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0!\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFD\0D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBF\0Q\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xCB\0]\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDC\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0)\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93\0%\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\0&\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x9C\0.\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFE\0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFl\0l\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFI\0I\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBC\0N\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8E\0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xAF\0A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFe\0e\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFF\0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFP\0P\0\xFF\xFF\xFF\xFF*\0*\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFu\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB4\0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFn\0\0\0\xFF\xFF\xFF\xFFN\0N\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF6\x006\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\0a\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\\\0\\\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFm\0m\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC7\0Y\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBB\0M\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC1\0S\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xD7\0i\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x97\0)\0\x1E\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xCC\0^\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xA0\x002\0@\0@\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDF\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xB8\0J\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF=\0=\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF<\0<\0\xFF\xFF\xFF\xFFT\0T\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF[\0[\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC4\0V\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xD3\0e\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF1\x001\0\xFF\xFF\xFF\xFF\x9D\0/\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TSPI_` family (enumeration, `u32`); defined in `TSPI.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `TSPI_LINEACCEPT`<br>alias `TSPI_PROC_BASE`<br>alias `TSPI_MESSAGE_BASE` | `0x000001F4` |  |\n| `TSPI_LINEADDTOCONFERENCE` | `0x000001F5` |  |\n| `TSPI_LINEANSWER` | `0x000001F6` |  |\n| `TSPI_LINEBLINDTRANSFER` | `0x000001F7` |  |\n| `TSPI_LINECLOSE` | `0x000001F8` |  |\n| `TSPI_LINECLOSECALL` | `0x000001F9` |  |\n| `TSPI_LINECOMPLETECALL` | `0x000001FA` |  |\n| `TSPI_LINECOMPLETETRANSFER` | `0x000001FB` |  |\n| `TSPI_LINECONDITIONALMEDIADETECTION` | `0x000001FC` |  |\n| `TSPI_LINECONFIGDIALOG` | `0x000001FD` |  |\n| `TSPI_LINEDEVSPECIFIC` | `0x000001FE` |  |\n| `TSPI_LINEDEVSPECIFICFEATURE` | `0x000001FF` |  |\n| `TSPI_LINEDIAL` | `0x00000200` |  |\n| `TSPI_LINEDROP` | `0x00000201` |  |\n| `TSPI_LINEFORWARD` | `0x00000202` |  |\n| `TSPI_LINEGATHERDIGITS` | `0x00000203` |  |\n| `TSPI_LINEGENERATEDIGITS` | `0x00000204` |  |\n| `TSPI_LINEGENERATETONE` | `0x00000205` |  |\n| `TSPI_LINEGETADDRESSCAPS` | `0x00000206` |  |\n| `TSPI_LINEGETADDRESSID` | `0x00000207` |  |\n| `TSPI_LINEGETADDRESSSTATUS` | `0x00000208` |  |\n| `TSPI_LINEGETCALLADDRESSID` | `0x00000209` |  |\n| `TSPI_LINEGETCALLINFO` | `0x0000020A` |  |\n| `TSPI_LINEGETCALLSTATUS` | `0x0000020B` |  |\n| `TSPI_LINEGETDEVCAPS` | `0x0000020C` |  |\n| `TSPI_LINEGETDEVCONFIG` | `0x0000020D` |  |\n| `TSPI_LINEGETEXTENSIONID` | `0x0000020E` |  |\n| `TSPI_LINEGETICON` | `0x0000020F` |  |\n| `TSPI_LINEGETID` | `0x00000210` |  |\n| `TSPI_LINEGETLINEDEVSTATUS` | `0x00000211` |  |\n| `TSPI_LINEGETNUMADDRESSIDS` | `0x00000212` |  |\n| `TSPI_LINEHOLD` | `0x00000213` |  |\n| `TSPI_LINEMAKECALL` | `0x00000214` |  |\n| `TSPI_LINEMONITORDIGITS` | `0x00000215` |  |\n| `TSPI_LINEMONITORMEDIA` | `0x00000216` |  |\n| `TSPI_LINEMONITORTONES` | `0x00000217` |  |\n| `TSPI_LINENEGOTIATEEXTVERSION` | `0x00000218` |  |\n| `TSPI_LINENEGOTIATETSPIVERSION` | `0x00000219` |  |\n| `TSPI_LINEOPEN` | `0x0000021A` |  |\n| `TSPI_LINEPARK` | `0x0000021B` |  |\n| `TSPI_LINEPICKUP` | `0x0000021C` |  |\n| `TSPI_LINEPREPAREADDTOCONFERENCE` | `0x0000021D` |  |\n| `TSPI_LINEREDIRECT` | `0x0000021E` |  |\n| `TSPI_LINEREMOVEFROMCONFERENCE` | `0x0000021F` |  |\n| `TSPI_LINESECURECALL` | `0x00000220` |  |\n| `TSPI_LINESELECTEXTVERSION` | `0x00000221` |  |\n| `TSPI_LINESENDUSERUSERINFO` | `0x00000222` |  |\n| `TSPI_LINESETAPPSPECIFIC` | `0x00000223` |  |\n| `TSPI_LINESETCALLPARAMS` | `0x00000224` |  |\n| `TSPI_LINESETDEFAULTMEDIADETECTION` | `0x00000225` |  |\n| `TSPI_LINESETDEVCONFIG` | `0x00000226` |  |\n| `TSPI_LINESETMEDIACONTROL` | `0x00000227` |  |\n| `TSPI_LINESETMEDIAMODE` | `0x00000228` |  |\n| `TSPI_LINESETSTATUSMESSAGES` | `0x00000229` |  |\n| `TSPI_LINESETTERMINAL` | `0x0000022A` |  |\n| `TSPI_LINESETUPCONFERENCE` | `0x0000022B` |  |\n| `TSPI_LINESETUPTRANSFER` | `0x0000022C` |  |\n| `TSPI_LINESWAPHOLD` | `0x0000022D` |  |\n| `TSPI_LINEUNCOMPLETECALL` | `0x0000022E` |  |\n| `TSPI_LINEUNHOLD` | `0x0000022F` |  |\n| `TSPI_LINEUNPARK` | `0x00000230` |  |\n| `TSPI_PHONECLOSE` | `0x00000231` |  |\n| `TSPI_PHONECONFIGDIALOG` | `0x00000232` |  |\n| `TSPI_PHONEDEVSPECIFIC` | `0x00000233` |  |\n| `TSPI_PHONEGETBUTTONINFO` | `0x00000234` |  |\n| `TSPI_PHONEGETDATA` | `0x00000235` |  |\n| `TSPI_PHONEGETDEVCAPS` | `0x00000236` |  |\n| `TSPI_PHONEGETDISPLAY` | `0x00000237` |  |\n| `TSPI_PHONEGETEXTENSIONID` | `0x00000238` |  |\n| `TSPI_PHONEGETGAIN` | `0x00000239` |  |\n| `TSPI_PHONEGETHOOKSWITCH` | `0x0000023A` |  |\n| `TSPI_PHONEGETICON` | `0x0000023B` |  |\n| `TSPI_PHONEGETID` | `0x0000023C` |  |\n| `TSPI_PHONEGETLAMP` | `0x0000023D` |  |\n| `TSPI_PHONEGETRING` | `0x0000023E` |  |\n| `TSPI_PHONEGETSTATUS` | `0x0000023F` |  |\n| `TSPI_PHONEGETVOLUME` | `0x00000240` |  |\n| `TSPI_PHONENEGOTIATEEXTVERSION` | `0x00000241` |  |\n| `TSPI_PHONENEGOTIATETSPIVERSION` | `0x00000242` |  |\n| `TSPI_PHONEOPEN` | `0x00000243` |  |\n| `TSPI_PHONESELECTEXTVERSION` | `0x00000244` |  |\n| `TSPI_PHONESETBUTTONINFO` | `0x00000245` |  |\n| `TSPI_PHONESETDATA` | `0x00000246` |  |\n| `TSPI_PHONESETDISPLAY` | `0x00000247` |  |\n| `TSPI_PHONESETGAIN` | `0x00000248` |  |\n| `TSPI_PHONESETHOOKSWITCH` | `0x00000249` |  |\n| `TSPI_PHONESETLAMP` | `0x0000024A` |  |\n| `TSPI_PHONESETRING` | `0x0000024B` |  |\n| `TSPI_PHONESETSTATUSMESSAGES` | `0x0000024C` |  |\n| `TSPI_PHONESETVOLUME` | `0x0000024D` |  |\n| `TSPI_PROVIDERCONFIG` | `0x0000024E` |  |\n| `TSPI_PROVIDERINIT` | `0x0000024F` |  |\n| `TSPI_PROVIDERINSTALL` | `0x00000250` |  |\n| `TSPI_PROVIDERREMOVE` | `0x00000251` |  |\n| `TSPI_PROVIDERSHUTDOWN` | `0x00000252` |  |\n| `TSPI_PROVIDERENUMDEVICES` | `0x00000253` | TAPI 1.4 |\n| `TSPI_LINEDROPONCLOSE` | `0x00000254` | TAPI 1.4 |\n| `TSPI_LINEDROPNOOWNER` | `0x00000255` | TAPI 1.4 |\n| `TSPI_PROVIDERCREATELINEDEVICE` | `0x00000256` | TAPI 1.4 |\n| `TSPI_PROVIDERCREATEPHONEDEVICE` | `0x00000257` | TAPI 1.4 |\n| `TSPI_LINESETCURRENTLOCATION` | `0x00000258` | TAPI 1.4 |\n| `TSPI_LINECONFIGDIALOGEDIT` | `0x00000259` | TAPI 1.4 |\n| `TSPI_LINERELEASEUSERUSERINFO` | `0x0000025A` | TAPI 1.4 |\n| `TSPI_LINEGETCALLID` | `0x0000025B` | TAPI 3.0 |\n| `TSPI_LINEGETCALLHUBTRACKING` | `0x0000025C` | TAPI 3.0 |\n| `TSPI_LINESETCALLHUBTRACKING` | `0x0000025D` | TAPI 3.0 |\n| `TSPI_LINERECEIVEMSPDATA` | `0x0000025E` | TAPI 3.0 |\n| `TSPI_LINEMSPIDENTIFY` | `0x0000025F` | TAPI 3.0 |\n| `TSPI_LINECREATEMSPINSTANCE` | `0x00000260` | TAPI 3.0 |\n| `TSPI_LINECLOSEMSPINSTANCE` | `0x00000261` | TAPI 3.0 |\n\n# Deutsch\n\nOrdnungszahlen, unter denen ein Telefonie-Dienstanbieter seine `TSPI_`-Funktionen exportiert, gezählt ab `TSPI_PROC_BASE` (500). `TSPI.h` definiert sie nur bei einer Kompilierung für eine TAPI-Version unter 2.0, also für 16-Bit-Anbieter von TAPI 1.3 und 1.4. Die Zahlen 500 bis 506 sind zugleich die Nummern der Anbieternachrichten (`ProviderMessage`, wo `LINE_NEWCALL` den Wert 500 hat); eine Zahl allein sagt also nicht, welche gemeint ist.\n\n- `TSPI_LINEACCEPT`: Ordnungszahl der Funktion `TSPI_lineAccept`, die einen angebotenen Anruf akzeptiert und dabei dem Anrufer Benutzer-zu-Benutzer-Informationen senden kann. `TSPI_PROC_BASE` (die Basis der Ordnungszahlen) und `TSPI_MESSAGE_BASE` (die Basis der Anbieternachrichten, bei denen 500 für `LINE_NEWCALL` steht) haben denselben Wert.\n- `TSPI_LINEADDTOCONFERENCE`: Ordnungszahl der Funktion `TSPI_lineAddToConference`, die einen Rückfrageanruf zu einem bestehenden Konferenzanruf hinzufügt.\n- `TSPI_LINEANSWER`: Ordnungszahl der Funktion `TSPI_lineAnswer`, die einen angebotenen Anruf annimmt.\n- `TSPI_LINEBLINDTRANSFER`: Ordnungszahl der Funktion `TSPI_lineBlindTransfer`, die einen Anruf in einem Schritt, ohne Rückfrageanruf, an eine Zieladresse übergibt.\n- `TSPI_LINECLOSE`: Ordnungszahl der Funktion `TSPI_lineClose`, die ein geöffnetes Leitungsgerät schließt, nachdem die darauf noch ausstehenden Anrufe und asynchronen Vorgänge abgeschlossen oder abgebrochen wurden.\n- `TSPI_LINECLOSECALL`: Ordnungszahl der Funktion `TSPI_lineCloseCall`, die einen Anruf freigibt, nachdem die darauf noch ausstehenden asynchronen Vorgänge abgeschlossen oder abgebrochen wurden.\n- `TSPI_LINECOMPLETECALL`: Ordnungszahl der Funktion `TSPI_lineCompleteCall`, die anfordert, dass ein Anruf, der nicht normal verbunden werden konnte, auf anderem Weg vervollständigt wird: durch Warten bei Besetzt, Rückruf, Aufschalten oder eine Nachricht.\n- `TSPI_LINECOMPLETETRANSFER`: Ordnungszahl der Funktion `TSPI_lineCompleteTransfer`, die die Übergabe eines Anrufs an den über den Rückfrageanruf erreichten Teilnehmer abschließt oder die beiden Anrufe zu einer Dreierkonferenz zusammenführt.\n- `TSPI_LINECONDITIONALMEDIADETECTION`: Ordnungszahl der Funktion `TSPI_lineConditionalMediaDetection`, die TAPI beim Öffnen von `LINEMAPPER` durch eine Anwendung aufruft, um zu erfahren, ob die Leitung die angeforderten Medienmodi und Anrufparameter bedienen kann.\n- `TSPI_LINECONFIGDIALOG`: Ordnungszahl der Funktion `TSPI_lineConfigDialog`, die das Konfigurationsdialogfeld des Anbieters für ein Leitungsgerät anzeigte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_lineConfigDialog` in ihrer UI-DLL.\n- `TSPI_LINEDEVSPECIFIC`: Ordnungszahl der Funktion `TSPI_lineDevSpecific`, des allgemeinen Erweiterungsmechanismus, der Zugriff auf gerätespezifische Leistungsmerkmale einer Leitung, einer Adresse oder eines Anrufs gewährt.\n- `TSPI_LINEDEVSPECIFICFEATURE`: Ordnungszahl der Funktion `TSPI_lineDevSpecificFeature`, des Erweiterungsmechanismus, der auf einer Leitung ein Leistungsmerkmal der Vermittlung aufruft, das durch einen Wert `PHONEBUTTONFUNCTION_` bezeichnet wird und von keiner anderen Funktion abgedeckt ist.\n- `TSPI_LINEDIAL`: Ordnungszahl der Funktion `TSPI_lineDial`, die auf einem bestehenden Anruf eine wählbare Adresse wählt.\n- `TSPI_LINEDROP`: Ordnungszahl der Funktion `TSPI_lineDrop`, die einen Anruf beendet (trennt) und dabei optional Benutzer-zu-Benutzer-Informationen sendet.\n- `TSPI_LINEFORWARD`: Ordnungszahl der Funktion `TSPI_lineForward`, die eine Rufumleitung für die Anrufe einrichtet oder aufhebt, die an einer Adresse oder an allen Adressen einer Leitung eintreffen.\n- `TSPI_LINEGATHERDIGITS`: Ordnungszahl der Funktion `TSPI_lineGatherDigits`, die beginnt, die auf einem Anruf empfangenen Ziffern in einem von TAPI bereitgestellten Puffer zu erfassen.\n- `TSPI_LINEGENERATEDIGITS`: Ordnungszahl der Funktion `TSPI_lineGenerateDigits`, die auf einem Anruf In-Band-Ziffern in einem bestimmten Wahlverfahren (Impulswahl oder DTMF) erzeugt.\n- `TSPI_LINEGENERATETONE`: Ordnungszahl der Funktion `TSPI_lineGenerateTone`, die auf einem Anruf einen In-Band-Ton erzeugt.\n- `TSPI_LINEGETADDRESSCAPS`: Ordnungszahl der Funktion `TSPI_lineGetAddressCaps`, die in `LINEADDRESSCAPS` die Telefoniefähigkeiten einer Adresse eines Leitungsgeräts meldet.\n- `TSPI_LINEGETADDRESSID`: Ordnungszahl der Funktion `TSPI_lineGetAddressID`, die für eine in anderer Form angegebene Adresse einer Leitung, etwa ihre wählbare Adresse, die Kennung der Adresse ermittelt.\n- `TSPI_LINEGETADDRESSSTATUS`: Ordnungszahl der Funktion `TSPI_lineGetAddressStatus`, die in `LINEADDRESSSTATUS` den aktuellen Status einer Adresse meldet.\n- `TSPI_LINEGETCALLADDRESSID`: Ordnungszahl der Funktion `TSPI_lineGetCallAddressID`, die die Kennung der Adresse zurückgibt, auf der ein Anruf besteht.\n- `TSPI_LINEGETCALLINFO`: Ordnungszahl der Funktion `TSPI_lineGetCallInfo`, die in `LINECALLINFO` ausführliche Anrufinformationen zu einem Anruf zurückgibt.\n- `TSPI_LINEGETCALLSTATUS`: Ordnungszahl der Funktion `TSPI_lineGetCallStatus`, die in `LINECALLSTATUS` den aktuellen Status eines Anrufs zurückgibt.\n- `TSPI_LINEGETDEVCAPS`: Ordnungszahl der Funktion `TSPI_lineGetDevCaps`, die in `LINEDEVCAPS` die Telefoniefähigkeiten eines Leitungsgeräts meldet, die für alle seine Adressen gelten.\n- `TSPI_LINEGETDEVCONFIG`: Ordnungszahl der Funktion `TSPI_lineGetDevConfig`, die die aktuelle Konfiguration eines der Leitung zugeordneten Geräts, etwa ihres Modems, als opake, von der Geräteklasse abhängige Struktur zurückgibt.\n- `TSPI_LINEGETEXTENSIONID`: Ordnungszahl der Funktion `TSPI_lineGetExtensionID`, die die Kennung der anbieterspezifischen Erweiterungen zurückgibt, die ein Leitungsgerät unterstützt.\n- `TSPI_LINEGETICON`: Ordnungszahl der Funktion `TSPI_lineGetIcon`, die ein für das Leitungsgerät oder den Anbieter spezifisches Symbol zur Anzeige für den Benutzer zurückgibt.\n- `TSPI_LINEGETID`: Ordnungszahl der Funktion `TSPI_lineGetID`, die die Gerätekennung in einer bestimmten Geräteklasse zurückgibt, die einer Leitung, einer Adresse oder einem Anruf zugeordnet ist.\n- `TSPI_LINEGETLINEDEVSTATUS`: Ordnungszahl der Funktion `TSPI_lineGetLineDevStatus`, die in `LINEDEVSTATUS` den aktuellen Status eines geöffneten Leitungsgeräts meldet, der für alle seine Adressen gemeinsam gilt.\n- `TSPI_LINEGETNUMADDRESSIDS`: Ordnungszahl der Funktion `TSPI_lineGetNumAddressIDs`, die zurückgibt, wie viele Kennungen von Adressen eine Leitung unterstützt.\n- `TSPI_LINEHOLD`: Ordnungszahl der Funktion `TSPI_lineHold`, die einen Anruf in den Haltezustand versetzt.\n- `TSPI_LINEMAKECALL`: Ordnungszahl der Funktion `TSPI_lineMakeCall`, die auf einer Leitung einen Anruf an eine Zieladresse aufbaut, mit den Standardanrufparametern oder den angegebenen.\n- `TSPI_LINEMONITORDIGITS`: Ordnungszahl der Funktion `TSPI_lineMonitorDigits`, die die ungepufferte Erkennung der auf einem Anruf empfangenen Ziffern ein- oder ausschaltet.\n- `TSPI_LINEMONITORMEDIA`: Ordnungszahl der Funktion `TSPI_lineMonitorMedia`, die die Erkennung von Medienmodi auf einem Anruf ein- oder ausschaltet; jede Erkennung wird mit `LINE_MONITORMEDIA` gemeldet.\n- `TSPI_LINEMONITORTONES`: Ordnungszahl der Funktion `TSPI_lineMonitorTones`, die die Erkennung bestimmter In-Band-Töne auf einem Anruf ein- oder ausschaltet.\n- `TSPI_LINENEGOTIATEEXTVERSION`: Ordnungszahl der Funktion `TSPI_lineNegotiateExtVersion`, die innerhalb eines vorgeschlagenen Bereichs die höchste Erweiterungsversion zurückgibt, unter der der Anbieter ein Leitungsgerät betreiben kann.\n- `TSPI_LINENEGOTIATETSPIVERSION`: Ordnungszahl der Funktion `TSPI_lineNegotiateTSPIVersion`, die innerhalb eines vorgeschlagenen Bereichs die höchste TSPI-Version zurückgibt, unter der der Anbieter ein Leitungsgerät (oder, mit `INITIALIZE_NEGOTIATION`, sich selbst als Ganzes) betreiben kann.\n- `TSPI_LINEOPEN`: Ordnungszahl der Funktion `TSPI_lineOpen`, die das Leitungsgerät mit einer bestimmten Gerätekennung öffnet und das Handle des Anbieters dafür zurückgibt.\n- `TSPI_LINEPARK`: Ordnungszahl der Funktion `TSPI_linePark`, die einen Anruf im angegebenen Parkmodus, gezielt oder ungezielt, parkt.\n- `TSPI_LINEPICKUP`: Ordnungszahl der Funktion `TSPI_linePickup`, die einen Anruf heranholt, der an einer Zieladresse oder in einer Heranholgruppe klingelt, und ein Handle dafür zurückgibt.\n- `TSPI_LINEPREPAREADDTOCONFERENCE`: Ordnungszahl der Funktion `TSPI_linePrepareAddToConference`, die eine Konferenz auf einen weiteren Teilnehmer vorbereitet, indem sie einen vorübergehenden Rückfrageanruf anlegt.\n- `TSPI_LINEREDIRECT`: Ordnungszahl der Funktion `TSPI_lineRedirect`, die einen angebotenen Anruf zu einer anderen Zieladresse umleitet.\n- `TSPI_LINEREMOVEFROMCONFERENCE`: Ordnungszahl der Funktion `TSPI_lineRemoveFromConference`, die einen Anruf aus seiner Konferenz entfernt und die übrigen Anrufe der Konferenz unverändert lässt.\n- `TSPI_LINESECURECALL`: Ordnungszahl der Funktion `TSPI_lineSecureCall`, die einen Anruf gegen Unterbrechungen oder Störungen schützt, die seinen Medienstrom beeinträchtigen könnten, etwa Anklopftöne.\n- `TSPI_LINESELECTEXTVERSION`: Ordnungszahl der Funktion `TSPI_lineSelectExtVersion`, die die Erweiterungsversion auswählt, unter der spätere Anforderungen an ein Leitungsgerät ausgeführt werden.\n- `TSPI_LINESENDUSERUSERINFO`: Ordnungszahl der Funktion `TSPI_lineSendUserUserInfo`, die Benutzer-zu-Benutzer-Informationen an den entfernten Teilnehmer eines Anrufs sendet.\n- `TSPI_LINESETAPPSPECIFIC`: Ordnungszahl der Funktion `TSPI_lineSetAppSpecific`, die das anwendungsspezifische Feld (`dwAppSpecific`) in der Struktur `LINECALLINFO` eines Anrufs setzt.\n- `TSPI_LINESETCALLPARAMS`: Ordnungszahl der Funktion `TSPI_lineSetCallParams`, die einige Parameter eines bestehenden Anrufs ändert, etwa seinen Trägermodus oder seine Datenrate.\n- `TSPI_LINESETDEFAULTMEDIADETECTION`: Ordnungszahl der Funktion `TSPI_lineSetDefaultMediaDetection`, die dem Anbieter die neue Menge der auf einer Leitung zu erkennenden Medienmodi mitteilt, die die bisherige ersetzt.\n- `TSPI_LINESETDEVCONFIG`: Ordnungszahl der Funktion `TSPI_lineSetDevConfig`, die die Konfiguration eines der Leitung zugeordneten Geräts aus einer Struktur wiederherstellt, die zuvor mit `TSPI_lineGetDevConfig` abgerufen wurde.\n- `TSPI_LINESETMEDIACONTROL`: Ordnungszahl der Funktion `TSPI_lineSetMediaControl`, die die Aktionen der Mediensteuerung festlegt, die auf einer Leitung, einer Adresse oder einem Anruf ausgeführt werden, wenn bestimmte Ziffern, Töne, Medienmodi oder Anrufzustände erkannt werden.\n- `TSPI_LINESETMEDIAMODE`: Ordnungszahl der Funktion `TSPI_lineSetMediaMode`, die den Medienmodus eines Anrufs ändert, wie er in dessen `LINECALLINFO` festgehalten ist.\n- `TSPI_LINESETSTATUSMESSAGES`: Ordnungszahl der Funktion `TSPI_lineSetStatusMessages`, die dem Anbieter mitteilt, welche Statusänderungen einer Leitung und ihrer Adressen er melden soll.\n- `TSPI_LINESETTERMINAL`: Ordnungszahl der Funktion `TSPI_lineSetTerminal`, die das Endgerät auswählt, an das die Informationen einer Leitung, einer Adresse oder eines Anrufs geleitet werden.\n- `TSPI_LINESETUPCONFERENCE`: Ordnungszahl der Funktion `TSPI_lineSetupConference`, die einen Konferenzanruf einrichtet, mit einem Rückfrageanruf zum Hinzufügen des dritten Teilnehmers.\n- `TSPI_LINESETUPTRANSFER`: Ordnungszahl der Funktion `TSPI_lineSetupTransfer`, die eine Übergabe einleitet, indem sie einen Rückfrageanruf anlegt, auf dem das Übergabeziel gewählt werden kann.\n- `TSPI_LINESWAPHOLD`: Ordnungszahl der Funktion `TSPI_lineSwapHold`, die einen aktiven Anruf und einen zur Rückfrage gehaltenen Anruf gegeneinander tauscht (Makeln).\n- `TSPI_LINEUNCOMPLETECALL`: Ordnungszahl der Funktion `TSPI_lineUncompleteCall`, die eine Anforderung zur Anrufvervollständigung auf einer Leitung aufhebt.\n- `TSPI_LINEUNHOLD`: Ordnungszahl der Funktion `TSPI_lineUnhold`, die einen gehaltenen Anruf aus dem Haltezustand zurückholt.\n- `TSPI_LINEUNPARK`: Ordnungszahl der Funktion `TSPI_lineUnpark`, die den auf einer Adresse geparkten Anruf aus dem Parken holt und ein Handle dafür zurückgibt.\n- `TSPI_PHONECLOSE`: Ordnungszahl der Funktion `TSPI_phoneClose`, die ein geöffnetes Telefongerät schließt, nachdem die darauf noch ausstehenden asynchronen Vorgänge abgeschlossen oder abgebrochen wurden.\n- `TSPI_PHONECONFIGDIALOG`: Ordnungszahl der Funktion `TSPI_phoneConfigDialog`, die das Konfigurationsdialogfeld des Anbieters für ein Telefongerät anzeigte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_phoneConfigDialog` in ihrer UI-DLL.\n- `TSPI_PHONEDEVSPECIFIC`: Ordnungszahl der Funktion `TSPI_phoneDevSpecific`, des allgemeinen Erweiterungsmechanismus, der Zugriff auf gerätespezifische Leistungsmerkmale eines Telefongeräts gewährt.\n- `TSPI_PHONEGETBUTTONINFO`: Ordnungszahl der Funktion `TSPI_phoneGetButtonInfo`, die in `PHONEBUTTONINFO` die Angaben zu einer Taste eines Telefons zurückgibt.\n- `TSPI_PHONEGETDATA`: Ordnungszahl der Funktion `TSPI_phoneGetData`, die die an einer bestimmten Stelle eines geöffneten Telefongeräts gespeicherten Daten in einen Puffer hochlädt.\n- `TSPI_PHONEGETDEVCAPS`: Ordnungszahl der Funktion `TSPI_phoneGetDevCaps`, die in `PHONECAPS` die Telefoniefähigkeiten eines Telefongeräts meldet.\n- `TSPI_PHONEGETDISPLAY`: Ordnungszahl der Funktion `TSPI_phoneGetDisplay`, die zurückgibt, was das Display eines Telefons gerade anzeigt.\n- `TSPI_PHONEGETEXTENSIONID`: Ordnungszahl der Funktion `TSPI_phoneGetExtensionID`, die die Kennung der anbieterspezifischen Erweiterungen zurückgibt, die ein Telefongerät unterstützt.\n- `TSPI_PHONEGETGAIN`: Ordnungszahl der Funktion `TSPI_phoneGetGain`, die die Mikrofonverstärkung eines der Geräte mit Gabelumschalter eines Telefons zurückgibt.\n- `TSPI_PHONEGETHOOKSWITCH`: Ordnungszahl der Funktion `TSPI_phoneGetHookSwitch`, die den aktuellen Gabelumschaltermodus eines geöffneten Telefongeräts zurückgibt, also welche seiner Geräte mit Gabelumschalter abgehoben sind.\n- `TSPI_PHONEGETICON`: Ordnungszahl der Funktion `TSPI_phoneGetIcon`, die ein für das Telefongerät oder den Anbieter spezifisches Symbol zur Anzeige für den Benutzer zurückgibt.\n- `TSPI_PHONEGETID`: Ordnungszahl der Funktion `TSPI_phoneGetID`, die die Gerätekennung in einer bestimmten Geräteklasse zurückgibt, die einem Telefongerät zugeordnet ist.\n- `TSPI_PHONEGETLAMP`: Ordnungszahl der Funktion `TSPI_phoneGetLamp`, die das aktuelle Leuchtmuster einer Leuchtanzeige des Telefons zurückgibt.\n- `TSPI_PHONEGETRING`: Ordnungszahl der Funktion `TSPI_phoneGetRing`, die den Klingelmodus und die Klingellautstärke zurückgibt, die ein geöffnetes Telefongerät gerade verwendet.\n- `TSPI_PHONEGETSTATUS`: Ordnungszahl der Funktion `TSPI_phoneGetStatus`, die in `PHONESTATUS` den Gesamtstatus eines geöffneten Telefongeräts meldet.\n- `TSPI_PHONEGETVOLUME`: Ordnungszahl der Funktion `TSPI_phoneGetVolume`, die die eingestellte Wiedergabelautstärke eines der Geräte mit Gabelumschalter eines Telefons zurückgibt.\n- `TSPI_PHONENEGOTIATEEXTVERSION`: Ordnungszahl der Funktion `TSPI_phoneNegotiateExtVersion`, die innerhalb eines vorgeschlagenen Bereichs die höchste Erweiterungsversion zurückgibt, unter der der Anbieter ein Telefongerät betreiben kann.\n- `TSPI_PHONENEGOTIATETSPIVERSION`: Ordnungszahl der Funktion `TSPI_phoneNegotiateTSPIVersion`, die innerhalb eines vorgeschlagenen Bereichs die höchste TSPI-Version zurückgibt, unter der der Anbieter ein Telefongerät betreiben kann.\n- `TSPI_PHONEOPEN`: Ordnungszahl der Funktion `TSPI_phoneOpen`, die das Telefongerät mit einer bestimmten Gerätekennung öffnet, das Handle des Anbieters dafür zurückgibt und das Handle von TAPI für spätere Ereignisse aufbewahrt.\n- `TSPI_PHONESELECTEXTVERSION`: Ordnungszahl der Funktion `TSPI_phoneSelectExtVersion`, die die Erweiterungsversion auswählt, unter der spätere Anforderungen an ein Telefongerät ausgeführt werden.\n- `TSPI_PHONESETBUTTONINFO`: Ordnungszahl der Funktion `TSPI_phoneSetButtonInfo`, die die Angaben zu einer Taste eines Telefons festlegt.\n- `TSPI_PHONESETDATA`: Ordnungszahl der Funktion `TSPI_phoneSetData`, die den Inhalt eines Puffers unter einer bestimmten Datenkennung in ein geöffnetes Telefongerät herunterlädt.\n- `TSPI_PHONESETDISPLAY`: Ordnungszahl der Funktion `TSPI_phoneSetDisplay`, die eine Zeichenkette auf dem Display eines geöffneten Telefongeräts anzeigt.\n- `TSPI_PHONESETGAIN`: Ordnungszahl der Funktion `TSPI_phoneSetGain`, die die Mikrofonverstärkung eines der Geräte mit Gabelumschalter eines Telefons einstellt.\n- `TSPI_PHONESETHOOKSWITCH`: Ordnungszahl der Funktion `TSPI_phoneSetHookSwitch`, die die angegebenen Geräte mit Gabelumschalter eines geöffneten Telefons in einen bestimmten Gabelumschaltermodus versetzt und die übrigen unverändert lässt.\n- `TSPI_PHONESETLAMP`: Ordnungszahl der Funktion `TSPI_phoneSetLamp`, die eine Leuchtanzeige eines geöffneten Telefongeräts auf ein bestimmtes Leuchtmuster setzt.\n- `TSPI_PHONESETRING`: Ordnungszahl der Funktion `TSPI_phoneSetRing`, die ein geöffnetes Telefongerät mit einem bestimmten Klingelmodus und einer bestimmten Lautstärke klingeln lässt.\n- `TSPI_PHONESETSTATUSMESSAGES`: Ordnungszahl der Funktion `TSPI_phoneSetStatusMessages`, die dem Anbieter mitteilt, welche Statusänderungen des Telefons die Anwendungen interessieren, damit er die übrigen herausfiltern kann.\n- `TSPI_PHONESETVOLUME`: Ordnungszahl der Funktion `TSPI_phoneSetVolume`, die die Wiedergabelautstärke eines der Geräte mit Gabelumschalter eines Telefons einstellt.\n- `TSPI_PROVIDERCONFIG`: Ordnungszahl der Funktion `TSPI_providerConfig`, die das eigene Konfigurationsdialogfeld des Anbieters anzeigte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_providerConfig` in ihrer UI-DLL.\n- `TSPI_PROVIDERINIT`: Ordnungszahl der Funktion `TSPI_providerInit`, die den Anbieter initialisiert und ihm gibt, was er für die weitere Arbeit braucht, etwa seine permanente Anbieterkennung und die ersten Gerätekennungen für Leitungs- und Telefongeräte.\n- `TSPI_PROVIDERINSTALL`: Ordnungszahl der Funktion `TSPI_providerInstall`, mit der sich der Anbieter an seiner eigenen Installation beteiligen konnte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_providerInstall` in ihrer UI-DLL.\n- `TSPI_PROVIDERREMOVE`: Ordnungszahl der Funktion `TSPI_providerRemove`, mit der sich der Anbieter an seiner eigenen Entfernung beteiligen konnte. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_providerRemove` in ihrer UI-DLL.\n- `TSPI_PROVIDERSHUTDOWN`: Ordnungszahl der Funktion `TSPI_providerShutdown`, die den Anbieter herunterfährt: Er beendet die laufenden Aktivitäten und gibt die von ihm belegten Ressourcen frei.\n- `TSPI_PROVIDERENUMDEVICES`: Ordnungszahl der Funktion `TSPI_providerEnumDevices`, die TAPI vor `TSPI_providerInit` aufruft, um zu erfahren, wie viele Leitungs- und Telefongeräte der Anbieter unterstützt.\n- `TSPI_LINEDROPONCLOSE`: Ordnungszahl der Funktion `TSPI_lineDropOnClose`, über die TAPI einen Anruf beenden ließ, wenn dessen einziger Besitzer sein Handle der Leitung schloss. Veraltet: TAPI beendet solche Anrufe nicht mehr, damit Anrufe von mehreren Clientrechnern aus gesteuert werden können.\n- `TSPI_LINEDROPNOOWNER`: Ordnungszahl der Funktion `TSPI_lineDropNoOwner`, über die TAPI einen Anruf beenden ließ, für den kein anfänglicher Besitzer gefunden werden konnte. Veraltet, aus demselben Grund wie `TSPI_lineDropOnClose`.\n- `TSPI_PROVIDERCREATELINEDEVICE`: Ordnungszahl der Funktion `TSPI_providerCreateLineDevice`, die TAPI aufruft, nachdem der Anbieter `LINE_CREATE` gesendet hat, um das neue Leitungsgerät dynamisch anzulegen.\n- `TSPI_PROVIDERCREATEPHONEDEVICE`: Ordnungszahl der Funktion `TSPI_providerCreatePhoneDevice`, die TAPI aufruft, nachdem der Anbieter `PHONE_CREATE` gesendet hat, um das neue Telefongerät dynamisch anzulegen.\n- `TSPI_LINESETCURRENTLOCATION`: Ordnungszahl der Funktion `TSPI_lineSetCurrentLocation`, über die TAPI dem Anbieter mitteilte, dass der Benutzer oder eine Anwendung den aktuellen Standort für die Umsetzung von Adressen geändert hatte. Veraltet: TAPI meldet diese Änderung jetzt mit `LINE_LINEDEVSTATE` und `LINEDEVSTATE_TRANSLATECHANGE`.\n- `TSPI_LINECONFIGDIALOGEDIT`: Ordnungszahl der Funktion `TSPI_lineConfigDialogEdit`, die ein Dialogfeld zum Bearbeiten einer vom Aufrufer übergebenen Konfiguration eines Leitungsgeräts anzeigte und die bearbeitete Konfiguration zurückgab. Veraltet: Anbieter, die für TAPI 2.0 oder höher geschrieben sind, implementieren stattdessen `TUISPI_lineConfigDialogEdit` in ihrer UI-DLL.\n- `TSPI_LINERELEASEUSERUSERINFO`: Ordnungszahl der Funktion `TSPI_lineReleaseUserUserInfo`, die dem Anbieter mitteilt, dass die Benutzer-zu-Benutzer-Informationen in `LINECALLINFO` verarbeitet sind, damit später empfangene Informationen an ihre Stelle treten können.\n- `TSPI_LINEGETCALLID`: Ordnungszahl der Funktion `TSPI_lineGetCallIDs` (im Namen der Konstante fehlt das abschließende S), die die Kennung der Adresse, die Anrufkennung und die Kennung des zugehörigen Anrufs eines Anrufs zurückgibt. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde.\n- `TSPI_LINEGETCALLHUBTRACKING`: Ordnungszahl der Funktion `TSPI_lineGetCallHubTracking`, die in `LINECALLHUBTRACKINGINFO` die auf einer Leitung geltende Anrufhub-Verfolgung zurückgibt. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde.\n- `TSPI_LINESETCALLHUBTRACKING`: Ordnungszahl der Funktion `TSPI_lineSetCallHubTracking`, die den Modus der Anrufhub-Verfolgung einer Leitung festlegt. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde.\n- `TSPI_LINERECEIVEMSPDATA`: Ordnungszahl der Funktion `TSPI_lineReceiveMSPData`, die dem Anbieter einen Puffer übergibt, den ein MSP (Mediendienstanbieter) zu einer Leitung oder einem Anruf gesendet hat. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde.\n- `TSPI_LINEMSPIDENTIFY`: Ordnungszahl der Funktion `TSPI_lineMSPIdentify`, die die CLSID des MSP (Mediendienstanbieter) zurückgibt, der einem Leitungsgerät zugeordnet ist. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde.\n- `TSPI_LINECREATEMSPINSTANCE`: Ordnungszahl der Funktion `TSPI_lineCreateMSPInstance`, über die TAPI eine neue MSP-Instanz (Mediendienstanbieter) für eine Adresse einer Leitung ankündigt und das Handle des Anbieters für sie erhält. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde.\n- `TSPI_LINECLOSEMSPINSTANCE`: Ordnungszahl der Funktion `TSPI_lineCloseMSPInstance`, über die TAPI ankündigt, dass eine mit `TSPI_lineCreateMSPInstance` angelegte MSP-Instanz (Mediendienstanbieter) geschlossen ist. Erfordert, dass TSPI 3.0 oder höher ausgehandelt wurde.\n\n# Français\n\nNuméros d’ordre sous lesquels un fournisseur de services téléphoniques exporte ses fonctions `TSPI_`, comptés à partir de `TSPI_PROC_BASE` (500). `TSPI.h` ne les définit que pour une compilation visant une version de TAPI antérieure à 2.0, c’est-à-dire pour les fournisseurs 16 bits de TAPI 1.3 et 1.4. Les nombres 500 à 506 sont aussi les numéros des messages du fournisseur (`ProviderMessage`, où `LINE_NEWCALL` vaut 500) : un nombre seul ne dit donc pas lequel est visé.\n\n- `TSPI_LINEACCEPT`: Numéro d’ordre de `TSPI_lineAccept`, qui accepte un appel présenté et peut envoyer en même temps des informations d’usager à usager à l’appelant. `TSPI_PROC_BASE` (base des numéros d’ordre) et `TSPI_MESSAGE_BASE` (base des messages du fournisseur, où 500 est `LINE_NEWCALL`) ont la même valeur.\n- `TSPI_LINEADDTOCONFERENCE`: Numéro d’ordre de `TSPI_lineAddToConference`, qui ajoute un appel de consultation à une conférence existante.\n- `TSPI_LINEANSWER`: Numéro d’ordre de `TSPI_lineAnswer`, qui répond à un appel présenté.\n- `TSPI_LINEBLINDTRANSFER`: Numéro d’ordre de `TSPI_lineBlindTransfer`, qui transfère un appel vers une adresse de destination en une étape, sans appel de consultation.\n- `TSPI_LINECLOSE`: Numéro d’ordre de `TSPI_lineClose`, qui ferme un périphérique de ligne ouvert après avoir achevé ou interrompu les appels et les opérations asynchrones encore en cours sur celui-ci.\n- `TSPI_LINECLOSECALL`: Numéro d’ordre de `TSPI_lineCloseCall`, qui libère un appel après avoir achevé ou interrompu les opérations asynchrones encore en cours sur celui-ci.\n- `TSPI_LINECOMPLETECALL`: Numéro d’ordre de `TSPI_lineCompleteCall`, qui demande l’achèvement par un autre moyen d’un appel qui n’a pas pu aboutir normalement : attente sur occupation, rappel automatique, intrusion ou message.\n- `TSPI_LINECOMPLETETRANSFER`: Numéro d’ordre de `TSPI_lineCompleteTransfer`, qui achève le transfert d’un appel vers le correspondant joint par l’appel de consultation, ou réunit les deux appels en une conférence à trois.\n- `TSPI_LINECONDITIONALMEDIADETECTION`: Numéro d’ordre de `TSPI_lineConditionalMediaDetection`, que TAPI appelle lorsqu’une application ouvre `LINEMAPPER`, pour savoir si la ligne peut prendre en charge les modes de média et les paramètres d’appel demandés.\n- `TSPI_LINECONFIGDIALOG`: Numéro d’ordre de `TSPI_lineConfigDialog`, qui affichait la boîte de dialogue de configuration du fournisseur pour un périphérique de ligne. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_lineConfigDialog` dans leur DLL d’interface utilisateur.\n- `TSPI_LINEDEVSPECIFIC`: Numéro d’ordre de `TSPI_lineDevSpecific`, le mécanisme d’extension général qui donne accès aux fonctions propres au périphérique d’une ligne, d’une adresse ou d’un appel.\n- `TSPI_LINEDEVSPECIFICFEATURE`: Numéro d’ordre de `TSPI_lineDevSpecificFeature`, le mécanisme d’extension qui invoque sur une ligne une fonction du commutateur, désignée par une valeur `PHONEBUTTONFUNCTION_`, qu’aucune autre fonction ne couvre.\n- `TSPI_LINEDIAL`: Numéro d’ordre de `TSPI_lineDial`, qui compose une adresse composable sur un appel existant.\n- `TSPI_LINEDROP`: Numéro d’ordre de `TSPI_lineDrop`, qui met fin à un appel en envoyant éventuellement des informations d’usager à usager.\n- `TSPI_LINEFORWARD`: Numéro d’ordre de `TSPI_lineForward`, qui met en place ou annule le renvoi des appels arrivant sur une adresse ou sur toutes les adresses d’une ligne.\n- `TSPI_LINEGATHERDIGITS`: Numéro d’ordre de `TSPI_lineGatherDigits`, qui lance sur un appel la collecte de chiffres dans une mémoire tampon fournie par TAPI.\n- `TSPI_LINEGENERATEDIGITS`: Numéro d’ordre de `TSPI_lineGenerateDigits`, qui génère des chiffres dans la bande sur un appel, selon un mode de signalisation des chiffres donné (impulsions ou DTMF).\n- `TSPI_LINEGENERATETONE`: Numéro d’ordre de `TSPI_lineGenerateTone`, qui génère une tonalité dans la bande sur un appel.\n- `TSPI_LINEGETADDRESSCAPS`: Numéro d’ordre de `TSPI_lineGetAddressCaps`, qui indique dans `LINEADDRESSCAPS` les capacités de téléphonie d’une adresse d’un périphérique de ligne.\n- `TSPI_LINEGETADDRESSID`: Numéro d’ordre de `TSPI_lineGetAddressID`, qui retrouve l’identifiant d’une adresse de la ligne à partir d’une autre forme de cette adresse, par exemple son adresse composable.\n- `TSPI_LINEGETADDRESSSTATUS`: Numéro d’ordre de `TSPI_lineGetAddressStatus`, qui indique dans `LINEADDRESSSTATUS` l’état actuel d’une adresse.\n- `TSPI_LINEGETCALLADDRESSID`: Numéro d’ordre de `TSPI_lineGetCallAddressID`, qui renvoie l’identifiant de l’adresse sur laquelle se trouve un appel.\n- `TSPI_LINEGETCALLINFO`: Numéro d’ordre de `TSPI_lineGetCallInfo`, qui renvoie dans `LINECALLINFO` les informations d’appel détaillées d’un appel.\n- `TSPI_LINEGETCALLSTATUS`: Numéro d’ordre de `TSPI_lineGetCallStatus`, qui renvoie dans `LINECALLSTATUS` l’état actuel d’un appel.\n- `TSPI_LINEGETDEVCAPS`: Numéro d’ordre de `TSPI_lineGetDevCaps`, qui indique dans `LINEDEVCAPS` les capacités de téléphonie d’un périphérique de ligne, valables pour toutes ses adresses.\n- `TSPI_LINEGETDEVCONFIG`: Numéro d’ordre de `TSPI_lineGetDevConfig`, qui renvoie, sous forme d’une structure opaque propre à la classe de périphérique, la configuration actuelle d’un périphérique associé à la ligne, par exemple son modem.\n- `TSPI_LINEGETEXTENSIONID`: Numéro d’ordre de `TSPI_lineGetExtensionID`, qui renvoie l’identifiant des extensions propres au fournisseur de services que prend en charge un périphérique de ligne.\n- `TSPI_LINEGETICON`: Numéro d’ordre de `TSPI_lineGetIcon`, qui renvoie une icône propre au périphérique de ligne, ou au fournisseur, à présenter à l’utilisateur.\n- `TSPI_LINEGETID`: Numéro d’ordre de `TSPI_lineGetID`, qui renvoie l’identifiant de périphérique, dans une classe de périphérique donnée, associé à une ligne, une adresse ou un appel.\n- `TSPI_LINEGETLINEDEVSTATUS`: Numéro d’ordre de `TSPI_lineGetLineDevStatus`, qui indique dans `LINEDEVSTATUS` l’état actuel d’un périphérique de ligne ouvert, commun à toutes ses adresses.\n- `TSPI_LINEGETNUMADDRESSIDS`: Numéro d’ordre de `TSPI_lineGetNumAddressIDs`, qui renvoie le nombre d’identifiants d’adresse que prend en charge une ligne.\n- `TSPI_LINEHOLD`: Numéro d’ordre de `TSPI_lineHold`, qui met un appel en attente.\n- `TSPI_LINEMAKECALL`: Numéro d’ordre de `TSPI_lineMakeCall`, qui établit un appel sur une ligne vers une adresse de destination, avec les paramètres d’appel par défaut ou ceux fournis.\n- `TSPI_LINEMONITORDIGITS`: Numéro d’ordre de `TSPI_lineMonitorDigits`, qui active ou désactive la détection, sans mémoire tampon, des chiffres reçus sur un appel.\n- `TSPI_LINEMONITORMEDIA`: Numéro d’ordre de `TSPI_lineMonitorMedia`, qui active ou désactive la détection des modes de média sur un appel ; chaque détection est signalée par `LINE_MONITORMEDIA`.\n- `TSPI_LINEMONITORTONES`: Numéro d’ordre de `TSPI_lineMonitorTones`, qui active ou désactive la détection de tonalités données dans la bande sur un appel.\n- `TSPI_LINENEGOTIATEEXTVERSION`: Numéro d’ordre de `TSPI_lineNegotiateExtVersion`, qui renvoie la version d’extension la plus élevée, dans une plage proposée, sous laquelle le fournisseur peut faire fonctionner un périphérique de ligne.\n- `TSPI_LINENEGOTIATETSPIVERSION`: Numéro d’ordre de `TSPI_lineNegotiateTSPIVersion`, qui renvoie la version de TSPI la plus élevée, dans une plage proposée, sous laquelle le fournisseur peut faire fonctionner un périphérique de ligne (ou, avec `INITIALIZE_NEGOTIATION`, le fournisseur dans son ensemble).\n- `TSPI_LINEOPEN`: Numéro d’ordre de `TSPI_lineOpen`, qui ouvre le périphérique de ligne portant un identifiant de périphérique donné et renvoie le handle que le fournisseur lui attribue.\n- `TSPI_LINEPARK`: Numéro d’ordre de `TSPI_linePark`, qui parque un appel selon le mode de parcage indiqué, dirigé ou non dirigé.\n- `TSPI_LINEPICKUP`: Numéro d’ordre de `TSPI_linePickup`, qui intercepte un appel qui sonne sur une adresse de destination ou dans un groupe d’interception, et renvoie un handle pour cet appel.\n- `TSPI_LINEPREPAREADDTOCONFERENCE`: Numéro d’ordre de `TSPI_linePrepareAddToConference`, qui prépare une conférence à l’ajout d’un participant en créant un appel de consultation temporaire.\n- `TSPI_LINEREDIRECT`: Numéro d’ordre de `TSPI_lineRedirect`, qui redirige un appel présenté vers une autre adresse de destination.\n- `TSPI_LINEREMOVEFROMCONFERENCE`: Numéro d’ordre de `TSPI_lineRemoveFromConference`, qui retire un appel de sa conférence sans toucher aux autres appels de la conférence.\n- `TSPI_LINESECURECALL`: Numéro d’ordre de `TSPI_lineSecureCall`, qui protège un appel contre les interruptions ou interférences susceptibles de perturber son flux de média, comme le bip du signal d’appel.\n- `TSPI_LINESELECTEXTVERSION`: Numéro d’ordre de `TSPI_lineSelectExtVersion`, qui sélectionne la version d’extension selon laquelle fonctionnent les requêtes suivantes sur un périphérique de ligne.\n- `TSPI_LINESENDUSERUSERINFO`: Numéro d’ordre de `TSPI_lineSendUserUserInfo`, qui envoie des informations d’usager à usager au correspondant distant d’un appel.\n- `TSPI_LINESETAPPSPECIFIC`: Numéro d’ordre de `TSPI_lineSetAppSpecific`, qui définit le champ propre à l’application (`dwAppSpecific`) de la structure `LINECALLINFO` d’un appel.\n- `TSPI_LINESETCALLPARAMS`: Numéro d’ordre de `TSPI_lineSetCallParams`, qui modifie certains paramètres d’un appel existant, par exemple son mode porteur ou son débit.\n- `TSPI_LINESETDEFAULTMEDIADETECTION`: Numéro d’ordre de `TSPI_lineSetDefaultMediaDetection`, qui communique au fournisseur le nouvel ensemble de modes de média à détecter sur une ligne, en remplacement du précédent.\n- `TSPI_LINESETDEVCONFIG`: Numéro d’ordre de `TSPI_lineSetDevConfig`, qui rétablit la configuration d’un périphérique associé à la ligne à partir d’une structure obtenue auparavant par `TSPI_lineGetDevConfig`.\n- `TSPI_LINESETMEDIACONTROL`: Numéro d’ordre de `TSPI_lineSetMediaControl`, qui définit les actions de contrôle du média à appliquer sur une ligne, une adresse ou un appel lorsque des chiffres, des tonalités, des modes de média ou des états d’appel donnés sont détectés.\n- `TSPI_LINESETMEDIAMODE`: Numéro d’ordre de `TSPI_lineSetMediaMode`, qui modifie le mode de média d’un appel tel qu’il figure dans sa structure `LINECALLINFO`.\n- `TSPI_LINESETSTATUSMESSAGES`: Numéro d’ordre de `TSPI_lineSetStatusMessages`, qui indique au fournisseur les changements d’état d’une ligne et de ses adresses qu’il doit signaler.\n- `TSPI_LINESETTERMINAL`: Numéro d’ordre de `TSPI_lineSetTerminal`, qui choisit le terminal vers lequel sont acheminées les informations d’une ligne, d’une adresse ou d’un appel.\n- `TSPI_LINESETUPCONFERENCE`: Numéro d’ordre de `TSPI_lineSetupConference`, qui établit une conférence, avec un appel de consultation pour y ajouter le troisième participant.\n- `TSPI_LINESETUPTRANSFER`: Numéro d’ordre de `TSPI_lineSetupTransfer`, qui commence un transfert en créant un appel de consultation sur lequel composer la destination du transfert.\n- `TSPI_LINESWAPHOLD`: Numéro d’ordre de `TSPI_lineSwapHold`, qui intervertit un appel actif et un appel en attente de consultation.\n- `TSPI_LINEUNCOMPLETECALL`: Numéro d’ordre de `TSPI_lineUncompleteCall`, qui annule une demande d’achèvement d’appel sur une ligne.\n- `TSPI_LINEUNHOLD`: Numéro d’ordre de `TSPI_lineUnhold`, qui reprend un appel en attente.\n- `TSPI_LINEUNPARK`: Numéro d’ordre de `TSPI_lineUnpark`, qui reprend l’appel parqué sur une adresse et renvoie un handle pour cet appel.\n- `TSPI_PHONECLOSE`: Numéro d’ordre de `TSPI_phoneClose`, qui ferme un périphérique téléphonique ouvert après avoir achevé ou interrompu les opérations asynchrones encore en cours sur celui-ci.\n- `TSPI_PHONECONFIGDIALOG`: Numéro d’ordre de `TSPI_phoneConfigDialog`, qui affichait la boîte de dialogue de configuration du fournisseur pour un périphérique téléphonique. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_phoneConfigDialog` dans leur DLL d’interface utilisateur.\n- `TSPI_PHONEDEVSPECIFIC`: Numéro d’ordre de `TSPI_phoneDevSpecific`, le mécanisme d’extension général qui donne accès, sur un périphérique téléphonique, aux fonctions propres au périphérique.\n- `TSPI_PHONEGETBUTTONINFO`: Numéro d’ordre de `TSPI_phoneGetButtonInfo`, qui renvoie dans `PHONEBUTTONINFO` les informations sur un bouton d’un poste téléphonique.\n- `TSPI_PHONEGETDATA`: Numéro d’ordre de `TSPI_phoneGetData`, qui transfère dans une mémoire tampon les données conservées à un emplacement donné d’un périphérique téléphonique ouvert.\n- `TSPI_PHONEGETDEVCAPS`: Numéro d’ordre de `TSPI_phoneGetDevCaps`, qui indique dans `PHONECAPS` les capacités de téléphonie d’un périphérique téléphonique.\n- `TSPI_PHONEGETDISPLAY`: Numéro d’ordre de `TSPI_phoneGetDisplay`, qui renvoie le contenu actuel de l’afficheur d’un poste téléphonique.\n- `TSPI_PHONEGETEXTENSIONID`: Numéro d’ordre de `TSPI_phoneGetExtensionID`, qui renvoie l’identifiant des extensions propres au fournisseur de services que prend en charge un périphérique téléphonique.\n- `TSPI_PHONEGETGAIN`: Numéro d’ordre de `TSPI_phoneGetGain`, qui renvoie le gain du microphone de l’un des périphériques à commutateur crochet d’un poste téléphonique.\n- `TSPI_PHONEGETHOOKSWITCH`: Numéro d’ordre de `TSPI_phoneGetHookSwitch`, qui renvoie l’état actuel des commutateurs crochets d’un périphérique téléphonique ouvert, c’est-à-dire lesquels de ses périphériques à commutateur crochet sont décrochés.\n- `TSPI_PHONEGETICON`: Numéro d’ordre de `TSPI_phoneGetIcon`, qui renvoie une icône propre au périphérique téléphonique, ou au fournisseur, à présenter à l’utilisateur.\n- `TSPI_PHONEGETID`: Numéro d’ordre de `TSPI_phoneGetID`, qui renvoie l’identifiant de périphérique, dans une classe de périphérique donnée, associé à un périphérique téléphonique.\n- `TSPI_PHONEGETLAMP`: Numéro d’ordre de `TSPI_phoneGetLamp`, qui renvoie la cadence d’allumage actuelle d’un voyant du poste téléphonique.\n- `TSPI_PHONEGETRING`: Numéro d’ordre de `TSPI_phoneGetRing`, qui renvoie le mode de sonnerie et le volume de sonnerie actuellement utilisés par un périphérique téléphonique ouvert.\n- `TSPI_PHONEGETSTATUS`: Numéro d’ordre de `TSPI_phoneGetStatus`, qui indique dans `PHONESTATUS` l’état général d’un périphérique téléphonique ouvert.\n- `TSPI_PHONEGETVOLUME`: Numéro d’ordre de `TSPI_phoneGetVolume`, qui renvoie le volume d’écoute de l’un des périphériques à commutateur crochet d’un poste téléphonique.\n- `TSPI_PHONENEGOTIATEEXTVERSION`: Numéro d’ordre de `TSPI_phoneNegotiateExtVersion`, qui renvoie la version d’extension la plus élevée, dans une plage proposée, sous laquelle le fournisseur peut faire fonctionner un périphérique téléphonique.\n- `TSPI_PHONENEGOTIATETSPIVERSION`: Numéro d’ordre de `TSPI_phoneNegotiateTSPIVersion`, qui renvoie la version de TSPI la plus élevée, dans une plage proposée, sous laquelle le fournisseur peut faire fonctionner un périphérique téléphonique.\n- `TSPI_PHONEOPEN`: Numéro d’ordre de `TSPI_phoneOpen`, qui ouvre le périphérique téléphonique portant un identifiant de périphérique donné, renvoie le handle que le fournisseur lui attribue et conserve celui de TAPI pour les événements suivants.\n- `TSPI_PHONESELECTEXTVERSION`: Numéro d’ordre de `TSPI_phoneSelectExtVersion`, qui sélectionne la version d’extension selon laquelle fonctionnent les requêtes suivantes sur un périphérique téléphonique.\n- `TSPI_PHONESETBUTTONINFO`: Numéro d’ordre de `TSPI_phoneSetButtonInfo`, qui définit les informations d’un bouton d’un poste téléphonique.\n- `TSPI_PHONESETDATA`: Numéro d’ordre de `TSPI_phoneSetData`, qui transfère le contenu d’une mémoire tampon dans un périphérique téléphonique ouvert, à l’emplacement désigné par un identifiant de données.\n- `TSPI_PHONESETDISPLAY`: Numéro d’ordre de `TSPI_phoneSetDisplay`, qui affiche une chaîne sur l’afficheur d’un périphérique téléphonique ouvert.\n- `TSPI_PHONESETGAIN`: Numéro d’ordre de `TSPI_phoneSetGain`, qui règle le gain du microphone de l’un des périphériques à commutateur crochet d’un poste téléphonique.\n- `TSPI_PHONESETHOOKSWITCH`: Numéro d’ordre de `TSPI_phoneSetHookSwitch`, qui place les périphériques à commutateur crochet indiqués d’un poste ouvert dans un état donné, sans toucher aux autres.\n- `TSPI_PHONESETLAMP`: Numéro d’ordre de `TSPI_phoneSetLamp`, qui règle un voyant d’un périphérique téléphonique ouvert sur une cadence d’allumage donnée.\n- `TSPI_PHONESETRING`: Numéro d’ordre de `TSPI_phoneSetRing`, qui fait sonner un périphérique téléphonique ouvert avec un mode de sonnerie et un volume donnés.\n- `TSPI_PHONESETSTATUSMESSAGES`: Numéro d’ordre de `TSPI_phoneSetStatusMessages`, qui indique au fournisseur les changements d’état du poste téléphonique qui intéressent les applications, afin qu’il puisse filtrer les autres.\n- `TSPI_PHONESETVOLUME`: Numéro d’ordre de `TSPI_phoneSetVolume`, qui règle le volume d’écoute de l’un des périphériques à commutateur crochet d’un poste téléphonique.\n- `TSPI_PROVIDERCONFIG`: Numéro d’ordre de `TSPI_providerConfig`, qui affichait la boîte de dialogue de configuration propre au fournisseur. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_providerConfig` dans leur DLL d’interface utilisateur.\n- `TSPI_PROVIDERINIT`: Numéro d’ordre de `TSPI_providerInit`, qui initialise le fournisseur et lui donne ce dont il a besoin pour la suite, par exemple son identifiant permanent de fournisseur et les premiers identifiants de périphérique de ligne et de périphérique téléphonique.\n- `TSPI_PROVIDERINSTALL`: Numéro d’ordre de `TSPI_providerInstall`, qui permettait au fournisseur de participer à sa propre installation. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_providerInstall` dans leur DLL d’interface utilisateur.\n- `TSPI_PROVIDERREMOVE`: Numéro d’ordre de `TSPI_providerRemove`, qui permettait au fournisseur de participer à sa propre suppression. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_providerRemove` dans leur DLL d’interface utilisateur.\n- `TSPI_PROVIDERSHUTDOWN`: Numéro d’ordre de `TSPI_providerShutdown`, qui arrête le fournisseur : celui-ci met fin aux activités en cours et libère les ressources qu’il a allouées.\n- `TSPI_PROVIDERENUMDEVICES`: Numéro d’ordre de `TSPI_providerEnumDevices`, que TAPI appelle avant `TSPI_providerInit` pour connaître le nombre de périphériques de ligne et de périphériques téléphoniques que gère le fournisseur.\n- `TSPI_LINEDROPONCLOSE`: Numéro d’ordre de `TSPI_lineDropOnClose`, par lequel TAPI faisait mettre fin à un appel lorsque son unique propriétaire fermait son handle de ligne. Obsolète : TAPI ne met plus fin à ces appels, afin que les appels puissent être pilotés depuis plusieurs machines clientes.\n- `TSPI_LINEDROPNOOWNER`: Numéro d’ordre de `TSPI_lineDropNoOwner`, par lequel TAPI faisait mettre fin à un appel pour lequel aucun propriétaire initial n’était trouvé. Obsolète, pour la même raison que `TSPI_lineDropOnClose`.\n- `TSPI_PROVIDERCREATELINEDEVICE`: Numéro d’ordre de `TSPI_providerCreateLineDevice`, que TAPI appelle après que le fournisseur a envoyé `LINE_CREATE`, pour créer dynamiquement le nouveau périphérique de ligne.\n- `TSPI_PROVIDERCREATEPHONEDEVICE`: Numéro d’ordre de `TSPI_providerCreatePhoneDevice`, que TAPI appelle après que le fournisseur a envoyé `PHONE_CREATE`, pour créer dynamiquement le nouveau périphérique téléphonique.\n- `TSPI_LINESETCURRENTLOCATION`: Numéro d’ordre de `TSPI_lineSetCurrentLocation`, par lequel TAPI signalait au fournisseur que l’utilisateur ou une application avait changé l’emplacement courant utilisé pour la conversion d’adresses. Obsolète : TAPI signale désormais ce changement par `LINE_LINEDEVSTATE` avec `LINEDEVSTATE_TRANSLATECHANGE`.\n- `TSPI_LINECONFIGDIALOGEDIT`: Numéro d’ordre de `TSPI_lineConfigDialogEdit`, qui affichait une boîte de dialogue permettant de modifier une configuration de périphérique de ligne fournie par l’appelant, puis renvoyait la configuration modifiée. Obsolète : les fournisseurs écrits pour TAPI 2.0 ou une version ultérieure implémentent à la place `TUISPI_lineConfigDialogEdit` dans leur DLL d’interface utilisateur.\n- `TSPI_LINERELEASEUSERUSERINFO`: Numéro d’ordre de `TSPI_lineReleaseUserUserInfo`, qui signale au fournisseur que les informations d’usager à usager présentes dans `LINECALLINFO` ont été traitées, afin que celles reçues ensuite puissent les remplacer.\n- `TSPI_LINEGETCALLID`: Numéro d’ordre de `TSPI_lineGetCallIDs` (le nom de la constante perd le S final), qui renvoie l’identifiant de l’adresse, l’identifiant d’appel et l’identifiant d’appel associé d’un appel. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.\n- `TSPI_LINEGETCALLHUBTRACKING`: Numéro d’ordre de `TSPI_lineGetCallHubTracking`, qui renvoie dans `LINECALLHUBTRACKINGINFO` le suivi des concentrateurs d’appels en vigueur sur une ligne. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.\n- `TSPI_LINESETCALLHUBTRACKING`: Numéro d’ordre de `TSPI_lineSetCallHubTracking`, qui définit le mode de suivi des concentrateurs d’appels d’une ligne. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.\n- `TSPI_LINERECEIVEMSPDATA`: Numéro d’ordre de `TSPI_lineReceiveMSPData`, qui remet au fournisseur une mémoire tampon envoyée par un MSP (fournisseur de services de média) au sujet d’une ligne ou d’un appel. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.\n- `TSPI_LINEMSPIDENTIFY`: Numéro d’ordre de `TSPI_lineMSPIdentify`, qui renvoie le CLSID du MSP (fournisseur de services de média) associé à un périphérique de ligne. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.\n- `TSPI_LINECREATEMSPINSTANCE`: Numéro d’ordre de `TSPI_lineCreateMSPInstance`, par lequel TAPI annonce une nouvelle instance de MSP (fournisseur de services de média) pour une adresse d’une ligne et reçoit le handle que le fournisseur lui attribue. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.\n- `TSPI_LINECLOSEMSPINSTANCE`: Numéro d’ordre de `TSPI_lineCloseMSPInstance`, par lequel TAPI annonce la fermeture d’une instance de MSP (fournisseur de services de média) créée avec `TSPI_lineCreateMSPInstance`. Il faut avoir négocié TSPI 3.0 ou une version ultérieure.\n"
    )]
    impl TspiProc {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::LineAccept,
            Self::LineAddToConference,
            Self::LineAnswer,
            Self::LineBlindTransfer,
            Self::LineClose,
            Self::LineCloseCall,
            Self::LineCompleteCall,
            Self::LineCompleteTransfer,
            Self::LineConditionalMediaDetection,
            Self::LineConfigDialog,
            Self::LineDevSpecific,
            Self::LineDevSpecificFeature,
            Self::LineDial,
            Self::LineDrop,
            Self::LineForward,
            Self::LineGatherDigits,
            Self::LineGenerateDigits,
            Self::LineGenerateTone,
            Self::LineGetAddressCaps,
            Self::LineGetAddressId,
            Self::LineGetAddressStatus,
            Self::LineGetCallAddressId,
            Self::LineGetCallInfo,
            Self::LineGetCallStatus,
            Self::LineGetDevCaps,
            Self::LineGetDevConfig,
            Self::LineGetExtensionId,
            Self::LineGetIcon,
            Self::LineGetId,
            Self::LineGetLineDevStatus,
            Self::LineGetNumAddressIds,
            Self::LineHold,
            Self::LineMakeCall,
            Self::LineMonitorDigits,
            Self::LineMonitorMedia,
            Self::LineMonitorTones,
            Self::LineNegotiateExtVersion,
            Self::LineNegotiateTspiVersion,
            Self::LineOpen,
            Self::LinePark,
            Self::LinePickup,
            Self::LinePrepareAddToConference,
            Self::LineRedirect,
            Self::LineRemoveFromConference,
            Self::LineSecureCall,
            Self::LineSelectExtVersion,
            Self::LineSendUserUserInfo,
            Self::LineSetAppSpecific,
            Self::LineSetCallParams,
            Self::LineSetDefaultMediaDetection,
            Self::LineSetDevConfig,
            Self::LineSetMediaControl,
            Self::LineSetMediaMode,
            Self::LineSetStatusMessages,
            Self::LineSetTerminal,
            Self::LineSetupConference,
            Self::LineSetupTransfer,
            Self::LineSwapHold,
            Self::LineUncompleteCall,
            Self::LineUnhold,
            Self::LineUnpark,
            Self::PhoneClose,
            Self::PhoneConfigDialog,
            Self::PhoneDevSpecific,
            Self::PhoneGetButtonInfo,
            Self::PhoneGetData,
            Self::PhoneGetDevCaps,
            Self::PhoneGetDisplay,
            Self::PhoneGetExtensionId,
            Self::PhoneGetGain,
            Self::PhoneGetHookSwitch,
            Self::PhoneGetIcon,
            Self::PhoneGetId,
            Self::PhoneGetLamp,
            Self::PhoneGetRing,
            Self::PhoneGetStatus,
            Self::PhoneGetVolume,
            Self::PhoneNegotiateExtVersion,
            Self::PhoneNegotiateTspiVersion,
            Self::PhoneOpen,
            Self::PhoneSelectExtVersion,
            Self::PhoneSetButtonInfo,
            Self::PhoneSetData,
            Self::PhoneSetDisplay,
            Self::PhoneSetGain,
            Self::PhoneSetHookSwitch,
            Self::PhoneSetLamp,
            Self::PhoneSetRing,
            Self::PhoneSetStatusMessages,
            Self::PhoneSetVolume,
            Self::ProviderConfig,
            Self::ProviderInit,
            Self::ProviderInstall,
            Self::ProviderRemove,
            Self::ProviderShutdown,
            Self::ProviderEnumDevices,
            Self::LineDropOnClose,
            Self::LineDropNoOwner,
            Self::ProviderCreateLineDevice,
            Self::ProviderCreatePhoneDevice,
            Self::LineSetCurrentLocation,
            Self::LineConfigDialogEdit,
            Self::LineReleaseUserUserInfo,
            Self::LineGetCallId,
            Self::LineGetCallHubTracking,
            Self::LineSetCallHubTracking,
            Self::LineReceiveMspData,
            Self::LineMspIdentify,
            Self::LineCreateMspInstance,
            Self::LineCloseMspInstance,
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
                500 => __tapi::Some(Self::LineAccept),
                501 => __tapi::Some(Self::LineAddToConference),
                502 => __tapi::Some(Self::LineAnswer),
                503 => __tapi::Some(Self::LineBlindTransfer),
                504 => __tapi::Some(Self::LineClose),
                505 => __tapi::Some(Self::LineCloseCall),
                506 => __tapi::Some(Self::LineCompleteCall),
                507 => __tapi::Some(Self::LineCompleteTransfer),
                508 => __tapi::Some(Self::LineConditionalMediaDetection),
                509 => __tapi::Some(Self::LineConfigDialog),
                510 => __tapi::Some(Self::LineDevSpecific),
                511 => __tapi::Some(Self::LineDevSpecificFeature),
                512 => __tapi::Some(Self::LineDial),
                513 => __tapi::Some(Self::LineDrop),
                514 => __tapi::Some(Self::LineForward),
                515 => __tapi::Some(Self::LineGatherDigits),
                516 => __tapi::Some(Self::LineGenerateDigits),
                517 => __tapi::Some(Self::LineGenerateTone),
                518 => __tapi::Some(Self::LineGetAddressCaps),
                519 => __tapi::Some(Self::LineGetAddressId),
                520 => __tapi::Some(Self::LineGetAddressStatus),
                521 => __tapi::Some(Self::LineGetCallAddressId),
                522 => __tapi::Some(Self::LineGetCallInfo),
                523 => __tapi::Some(Self::LineGetCallStatus),
                524 => __tapi::Some(Self::LineGetDevCaps),
                525 => __tapi::Some(Self::LineGetDevConfig),
                526 => __tapi::Some(Self::LineGetExtensionId),
                527 => __tapi::Some(Self::LineGetIcon),
                528 => __tapi::Some(Self::LineGetId),
                529 => __tapi::Some(Self::LineGetLineDevStatus),
                530 => __tapi::Some(Self::LineGetNumAddressIds),
                531 => __tapi::Some(Self::LineHold),
                532 => __tapi::Some(Self::LineMakeCall),
                533 => __tapi::Some(Self::LineMonitorDigits),
                534 => __tapi::Some(Self::LineMonitorMedia),
                535 => __tapi::Some(Self::LineMonitorTones),
                536 => __tapi::Some(Self::LineNegotiateExtVersion),
                537 => __tapi::Some(Self::LineNegotiateTspiVersion),
                538 => __tapi::Some(Self::LineOpen),
                539 => __tapi::Some(Self::LinePark),
                540 => __tapi::Some(Self::LinePickup),
                541 => __tapi::Some(Self::LinePrepareAddToConference),
                542 => __tapi::Some(Self::LineRedirect),
                543 => __tapi::Some(Self::LineRemoveFromConference),
                544 => __tapi::Some(Self::LineSecureCall),
                545 => __tapi::Some(Self::LineSelectExtVersion),
                546 => __tapi::Some(Self::LineSendUserUserInfo),
                547 => __tapi::Some(Self::LineSetAppSpecific),
                548 => __tapi::Some(Self::LineSetCallParams),
                549 => __tapi::Some(Self::LineSetDefaultMediaDetection),
                550 => __tapi::Some(Self::LineSetDevConfig),
                551 => __tapi::Some(Self::LineSetMediaControl),
                552 => __tapi::Some(Self::LineSetMediaMode),
                553 => __tapi::Some(Self::LineSetStatusMessages),
                554 => __tapi::Some(Self::LineSetTerminal),
                555 => __tapi::Some(Self::LineSetupConference),
                556 => __tapi::Some(Self::LineSetupTransfer),
                557 => __tapi::Some(Self::LineSwapHold),
                558 => __tapi::Some(Self::LineUncompleteCall),
                559 => __tapi::Some(Self::LineUnhold),
                560 => __tapi::Some(Self::LineUnpark),
                561 => __tapi::Some(Self::PhoneClose),
                562 => __tapi::Some(Self::PhoneConfigDialog),
                563 => __tapi::Some(Self::PhoneDevSpecific),
                564 => __tapi::Some(Self::PhoneGetButtonInfo),
                565 => __tapi::Some(Self::PhoneGetData),
                566 => __tapi::Some(Self::PhoneGetDevCaps),
                567 => __tapi::Some(Self::PhoneGetDisplay),
                568 => __tapi::Some(Self::PhoneGetExtensionId),
                569 => __tapi::Some(Self::PhoneGetGain),
                570 => __tapi::Some(Self::PhoneGetHookSwitch),
                571 => __tapi::Some(Self::PhoneGetIcon),
                572 => __tapi::Some(Self::PhoneGetId),
                573 => __tapi::Some(Self::PhoneGetLamp),
                574 => __tapi::Some(Self::PhoneGetRing),
                575 => __tapi::Some(Self::PhoneGetStatus),
                576 => __tapi::Some(Self::PhoneGetVolume),
                577 => __tapi::Some(Self::PhoneNegotiateExtVersion),
                578 => __tapi::Some(Self::PhoneNegotiateTspiVersion),
                579 => __tapi::Some(Self::PhoneOpen),
                580 => __tapi::Some(Self::PhoneSelectExtVersion),
                581 => __tapi::Some(Self::PhoneSetButtonInfo),
                582 => __tapi::Some(Self::PhoneSetData),
                583 => __tapi::Some(Self::PhoneSetDisplay),
                584 => __tapi::Some(Self::PhoneSetGain),
                585 => __tapi::Some(Self::PhoneSetHookSwitch),
                586 => __tapi::Some(Self::PhoneSetLamp),
                587 => __tapi::Some(Self::PhoneSetRing),
                588 => __tapi::Some(Self::PhoneSetStatusMessages),
                589 => __tapi::Some(Self::PhoneSetVolume),
                590 => __tapi::Some(Self::ProviderConfig),
                591 => __tapi::Some(Self::ProviderInit),
                592 => __tapi::Some(Self::ProviderInstall),
                593 => __tapi::Some(Self::ProviderRemove),
                594 => __tapi::Some(Self::ProviderShutdown),
                595 => __tapi::Some(Self::ProviderEnumDevices),
                596 => __tapi::Some(Self::LineDropOnClose),
                597 => __tapi::Some(Self::LineDropNoOwner),
                598 => __tapi::Some(Self::ProviderCreateLineDevice),
                599 => __tapi::Some(Self::ProviderCreatePhoneDevice),
                600 => __tapi::Some(Self::LineSetCurrentLocation),
                601 => __tapi::Some(Self::LineConfigDialogEdit),
                602 => __tapi::Some(Self::LineReleaseUserUserInfo),
                603 => __tapi::Some(Self::LineGetCallId),
                604 => __tapi::Some(Self::LineGetCallHubTracking),
                605 => __tapi::Some(Self::LineSetCallHubTracking),
                606 => __tapi::Some(Self::LineReceiveMspData),
                607 => __tapi::Some(Self::LineMspIdentify),
                608 => __tapi::Some(Self::LineCreateMspInstance),
                609 => __tapi::Some(Self::LineCloseMspInstance),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `TSPI_LINEACCEPT`; `{:#}` in `format!` gives the short name.
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
            (self as ::core::primitive::u32).wrapping_sub(500)
                as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for TspiProc {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<TspiProc> for ::core::primitive::u32 {
        #[inline]
        fn from(member: TspiProc) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for TspiProc {
        type Error = ::tapi_consts::UnknownValueError<TspiProc>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for TspiProc {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for TspiProc {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(TspiProc, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(TspiProc);
};
///The `TSPI_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_tspiproc {
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineAccept`](super::TspiProc::LineAccept)."
    )]
    pub const TSPI_LINEACCEPT: ::core::primitive::u32 = 500;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineAccept`](super::TspiProc::LineAccept)."
    )]
    pub const TSPI_PROC_BASE: ::core::primitive::u32 = 500;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineAccept`](super::TspiProc::LineAccept)."
    )]
    pub const TSPI_MESSAGE_BASE: ::core::primitive::u32 = 500;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineAddToConference`](super::TspiProc::LineAddToConference)."
    )]
    pub const TSPI_LINEADDTOCONFERENCE: ::core::primitive::u32 = 501;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineAnswer`](super::TspiProc::LineAnswer)."
    )]
    pub const TSPI_LINEANSWER: ::core::primitive::u32 = 502;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineBlindTransfer`](super::TspiProc::LineBlindTransfer)."
    )]
    pub const TSPI_LINEBLINDTRANSFER: ::core::primitive::u32 = 503;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineClose`](super::TspiProc::LineClose)."
    )]
    pub const TSPI_LINECLOSE: ::core::primitive::u32 = 504;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineCloseCall`](super::TspiProc::LineCloseCall)."
    )]
    pub const TSPI_LINECLOSECALL: ::core::primitive::u32 = 505;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineCompleteCall`](super::TspiProc::LineCompleteCall)."
    )]
    pub const TSPI_LINECOMPLETECALL: ::core::primitive::u32 = 506;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineCompleteTransfer`](super::TspiProc::LineCompleteTransfer)."
    )]
    pub const TSPI_LINECOMPLETETRANSFER: ::core::primitive::u32 = 507;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineConditionalMediaDetection`](super::TspiProc::LineConditionalMediaDetection)."
    )]
    pub const TSPI_LINECONDITIONALMEDIADETECTION: ::core::primitive::u32 = 508;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineConfigDialog`](super::TspiProc::LineConfigDialog)."
    )]
    pub const TSPI_LINECONFIGDIALOG: ::core::primitive::u32 = 509;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineDevSpecific`](super::TspiProc::LineDevSpecific)."
    )]
    pub const TSPI_LINEDEVSPECIFIC: ::core::primitive::u32 = 510;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineDevSpecificFeature`](super::TspiProc::LineDevSpecificFeature)."
    )]
    pub const TSPI_LINEDEVSPECIFICFEATURE: ::core::primitive::u32 = 511;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineDial`](super::TspiProc::LineDial)."
    )]
    pub const TSPI_LINEDIAL: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineDrop`](super::TspiProc::LineDrop)."
    )]
    pub const TSPI_LINEDROP: ::core::primitive::u32 = 513;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineForward`](super::TspiProc::LineForward)."
    )]
    pub const TSPI_LINEFORWARD: ::core::primitive::u32 = 514;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGatherDigits`](super::TspiProc::LineGatherDigits)."
    )]
    pub const TSPI_LINEGATHERDIGITS: ::core::primitive::u32 = 515;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGenerateDigits`](super::TspiProc::LineGenerateDigits)."
    )]
    pub const TSPI_LINEGENERATEDIGITS: ::core::primitive::u32 = 516;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGenerateTone`](super::TspiProc::LineGenerateTone)."
    )]
    pub const TSPI_LINEGENERATETONE: ::core::primitive::u32 = 517;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetAddressCaps`](super::TspiProc::LineGetAddressCaps)."
    )]
    pub const TSPI_LINEGETADDRESSCAPS: ::core::primitive::u32 = 518;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetAddressId`](super::TspiProc::LineGetAddressId)."
    )]
    pub const TSPI_LINEGETADDRESSID: ::core::primitive::u32 = 519;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetAddressStatus`](super::TspiProc::LineGetAddressStatus)."
    )]
    pub const TSPI_LINEGETADDRESSSTATUS: ::core::primitive::u32 = 520;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetCallAddressId`](super::TspiProc::LineGetCallAddressId)."
    )]
    pub const TSPI_LINEGETCALLADDRESSID: ::core::primitive::u32 = 521;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetCallInfo`](super::TspiProc::LineGetCallInfo)."
    )]
    pub const TSPI_LINEGETCALLINFO: ::core::primitive::u32 = 522;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetCallStatus`](super::TspiProc::LineGetCallStatus)."
    )]
    pub const TSPI_LINEGETCALLSTATUS: ::core::primitive::u32 = 523;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetDevCaps`](super::TspiProc::LineGetDevCaps)."
    )]
    pub const TSPI_LINEGETDEVCAPS: ::core::primitive::u32 = 524;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetDevConfig`](super::TspiProc::LineGetDevConfig)."
    )]
    pub const TSPI_LINEGETDEVCONFIG: ::core::primitive::u32 = 525;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetExtensionId`](super::TspiProc::LineGetExtensionId)."
    )]
    pub const TSPI_LINEGETEXTENSIONID: ::core::primitive::u32 = 526;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetIcon`](super::TspiProc::LineGetIcon)."
    )]
    pub const TSPI_LINEGETICON: ::core::primitive::u32 = 527;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetId`](super::TspiProc::LineGetId)."
    )]
    pub const TSPI_LINEGETID: ::core::primitive::u32 = 528;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetLineDevStatus`](super::TspiProc::LineGetLineDevStatus)."
    )]
    pub const TSPI_LINEGETLINEDEVSTATUS: ::core::primitive::u32 = 529;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetNumAddressIds`](super::TspiProc::LineGetNumAddressIds)."
    )]
    pub const TSPI_LINEGETNUMADDRESSIDS: ::core::primitive::u32 = 530;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineHold`](super::TspiProc::LineHold)."
    )]
    pub const TSPI_LINEHOLD: ::core::primitive::u32 = 531;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineMakeCall`](super::TspiProc::LineMakeCall)."
    )]
    pub const TSPI_LINEMAKECALL: ::core::primitive::u32 = 532;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineMonitorDigits`](super::TspiProc::LineMonitorDigits)."
    )]
    pub const TSPI_LINEMONITORDIGITS: ::core::primitive::u32 = 533;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineMonitorMedia`](super::TspiProc::LineMonitorMedia)."
    )]
    pub const TSPI_LINEMONITORMEDIA: ::core::primitive::u32 = 534;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineMonitorTones`](super::TspiProc::LineMonitorTones)."
    )]
    pub const TSPI_LINEMONITORTONES: ::core::primitive::u32 = 535;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineNegotiateExtVersion`](super::TspiProc::LineNegotiateExtVersion)."
    )]
    pub const TSPI_LINENEGOTIATEEXTVERSION: ::core::primitive::u32 = 536;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineNegotiateTspiVersion`](super::TspiProc::LineNegotiateTspiVersion)."
    )]
    pub const TSPI_LINENEGOTIATETSPIVERSION: ::core::primitive::u32 = 537;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineOpen`](super::TspiProc::LineOpen)."
    )]
    pub const TSPI_LINEOPEN: ::core::primitive::u32 = 538;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LinePark`](super::TspiProc::LinePark)."
    )]
    pub const TSPI_LINEPARK: ::core::primitive::u32 = 539;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LinePickup`](super::TspiProc::LinePickup)."
    )]
    pub const TSPI_LINEPICKUP: ::core::primitive::u32 = 540;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LinePrepareAddToConference`](super::TspiProc::LinePrepareAddToConference)."
    )]
    pub const TSPI_LINEPREPAREADDTOCONFERENCE: ::core::primitive::u32 = 541;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineRedirect`](super::TspiProc::LineRedirect)."
    )]
    pub const TSPI_LINEREDIRECT: ::core::primitive::u32 = 542;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineRemoveFromConference`](super::TspiProc::LineRemoveFromConference)."
    )]
    pub const TSPI_LINEREMOVEFROMCONFERENCE: ::core::primitive::u32 = 543;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSecureCall`](super::TspiProc::LineSecureCall)."
    )]
    pub const TSPI_LINESECURECALL: ::core::primitive::u32 = 544;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSelectExtVersion`](super::TspiProc::LineSelectExtVersion)."
    )]
    pub const TSPI_LINESELECTEXTVERSION: ::core::primitive::u32 = 545;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSendUserUserInfo`](super::TspiProc::LineSendUserUserInfo)."
    )]
    pub const TSPI_LINESENDUSERUSERINFO: ::core::primitive::u32 = 546;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSetAppSpecific`](super::TspiProc::LineSetAppSpecific)."
    )]
    pub const TSPI_LINESETAPPSPECIFIC: ::core::primitive::u32 = 547;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSetCallParams`](super::TspiProc::LineSetCallParams)."
    )]
    pub const TSPI_LINESETCALLPARAMS: ::core::primitive::u32 = 548;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSetDefaultMediaDetection`](super::TspiProc::LineSetDefaultMediaDetection)."
    )]
    pub const TSPI_LINESETDEFAULTMEDIADETECTION: ::core::primitive::u32 = 549;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSetDevConfig`](super::TspiProc::LineSetDevConfig)."
    )]
    pub const TSPI_LINESETDEVCONFIG: ::core::primitive::u32 = 550;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSetMediaControl`](super::TspiProc::LineSetMediaControl)."
    )]
    pub const TSPI_LINESETMEDIACONTROL: ::core::primitive::u32 = 551;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSetMediaMode`](super::TspiProc::LineSetMediaMode)."
    )]
    pub const TSPI_LINESETMEDIAMODE: ::core::primitive::u32 = 552;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSetStatusMessages`](super::TspiProc::LineSetStatusMessages)."
    )]
    pub const TSPI_LINESETSTATUSMESSAGES: ::core::primitive::u32 = 553;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSetTerminal`](super::TspiProc::LineSetTerminal)."
    )]
    pub const TSPI_LINESETTERMINAL: ::core::primitive::u32 = 554;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSetupConference`](super::TspiProc::LineSetupConference)."
    )]
    pub const TSPI_LINESETUPCONFERENCE: ::core::primitive::u32 = 555;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSetupTransfer`](super::TspiProc::LineSetupTransfer)."
    )]
    pub const TSPI_LINESETUPTRANSFER: ::core::primitive::u32 = 556;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSwapHold`](super::TspiProc::LineSwapHold)."
    )]
    pub const TSPI_LINESWAPHOLD: ::core::primitive::u32 = 557;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineUncompleteCall`](super::TspiProc::LineUncompleteCall)."
    )]
    pub const TSPI_LINEUNCOMPLETECALL: ::core::primitive::u32 = 558;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineUnhold`](super::TspiProc::LineUnhold)."
    )]
    pub const TSPI_LINEUNHOLD: ::core::primitive::u32 = 559;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineUnpark`](super::TspiProc::LineUnpark)."
    )]
    pub const TSPI_LINEUNPARK: ::core::primitive::u32 = 560;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneClose`](super::TspiProc::PhoneClose)."
    )]
    pub const TSPI_PHONECLOSE: ::core::primitive::u32 = 561;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneConfigDialog`](super::TspiProc::PhoneConfigDialog)."
    )]
    pub const TSPI_PHONECONFIGDIALOG: ::core::primitive::u32 = 562;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneDevSpecific`](super::TspiProc::PhoneDevSpecific)."
    )]
    pub const TSPI_PHONEDEVSPECIFIC: ::core::primitive::u32 = 563;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneGetButtonInfo`](super::TspiProc::PhoneGetButtonInfo)."
    )]
    pub const TSPI_PHONEGETBUTTONINFO: ::core::primitive::u32 = 564;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneGetData`](super::TspiProc::PhoneGetData)."
    )]
    pub const TSPI_PHONEGETDATA: ::core::primitive::u32 = 565;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneGetDevCaps`](super::TspiProc::PhoneGetDevCaps)."
    )]
    pub const TSPI_PHONEGETDEVCAPS: ::core::primitive::u32 = 566;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneGetDisplay`](super::TspiProc::PhoneGetDisplay)."
    )]
    pub const TSPI_PHONEGETDISPLAY: ::core::primitive::u32 = 567;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneGetExtensionId`](super::TspiProc::PhoneGetExtensionId)."
    )]
    pub const TSPI_PHONEGETEXTENSIONID: ::core::primitive::u32 = 568;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneGetGain`](super::TspiProc::PhoneGetGain)."
    )]
    pub const TSPI_PHONEGETGAIN: ::core::primitive::u32 = 569;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneGetHookSwitch`](super::TspiProc::PhoneGetHookSwitch)."
    )]
    pub const TSPI_PHONEGETHOOKSWITCH: ::core::primitive::u32 = 570;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneGetIcon`](super::TspiProc::PhoneGetIcon)."
    )]
    pub const TSPI_PHONEGETICON: ::core::primitive::u32 = 571;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneGetId`](super::TspiProc::PhoneGetId)."
    )]
    pub const TSPI_PHONEGETID: ::core::primitive::u32 = 572;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneGetLamp`](super::TspiProc::PhoneGetLamp)."
    )]
    pub const TSPI_PHONEGETLAMP: ::core::primitive::u32 = 573;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneGetRing`](super::TspiProc::PhoneGetRing)."
    )]
    pub const TSPI_PHONEGETRING: ::core::primitive::u32 = 574;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneGetStatus`](super::TspiProc::PhoneGetStatus)."
    )]
    pub const TSPI_PHONEGETSTATUS: ::core::primitive::u32 = 575;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneGetVolume`](super::TspiProc::PhoneGetVolume)."
    )]
    pub const TSPI_PHONEGETVOLUME: ::core::primitive::u32 = 576;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneNegotiateExtVersion`](super::TspiProc::PhoneNegotiateExtVersion)."
    )]
    pub const TSPI_PHONENEGOTIATEEXTVERSION: ::core::primitive::u32 = 577;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneNegotiateTspiVersion`](super::TspiProc::PhoneNegotiateTspiVersion)."
    )]
    pub const TSPI_PHONENEGOTIATETSPIVERSION: ::core::primitive::u32 = 578;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneOpen`](super::TspiProc::PhoneOpen)."
    )]
    pub const TSPI_PHONEOPEN: ::core::primitive::u32 = 579;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneSelectExtVersion`](super::TspiProc::PhoneSelectExtVersion)."
    )]
    pub const TSPI_PHONESELECTEXTVERSION: ::core::primitive::u32 = 580;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneSetButtonInfo`](super::TspiProc::PhoneSetButtonInfo)."
    )]
    pub const TSPI_PHONESETBUTTONINFO: ::core::primitive::u32 = 581;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneSetData`](super::TspiProc::PhoneSetData)."
    )]
    pub const TSPI_PHONESETDATA: ::core::primitive::u32 = 582;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneSetDisplay`](super::TspiProc::PhoneSetDisplay)."
    )]
    pub const TSPI_PHONESETDISPLAY: ::core::primitive::u32 = 583;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneSetGain`](super::TspiProc::PhoneSetGain)."
    )]
    pub const TSPI_PHONESETGAIN: ::core::primitive::u32 = 584;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneSetHookSwitch`](super::TspiProc::PhoneSetHookSwitch)."
    )]
    pub const TSPI_PHONESETHOOKSWITCH: ::core::primitive::u32 = 585;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneSetLamp`](super::TspiProc::PhoneSetLamp)."
    )]
    pub const TSPI_PHONESETLAMP: ::core::primitive::u32 = 586;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneSetRing`](super::TspiProc::PhoneSetRing)."
    )]
    pub const TSPI_PHONESETRING: ::core::primitive::u32 = 587;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneSetStatusMessages`](super::TspiProc::PhoneSetStatusMessages)."
    )]
    pub const TSPI_PHONESETSTATUSMESSAGES: ::core::primitive::u32 = 588;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::PhoneSetVolume`](super::TspiProc::PhoneSetVolume)."
    )]
    pub const TSPI_PHONESETVOLUME: ::core::primitive::u32 = 589;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::ProviderConfig`](super::TspiProc::ProviderConfig)."
    )]
    pub const TSPI_PROVIDERCONFIG: ::core::primitive::u32 = 590;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::ProviderInit`](super::TspiProc::ProviderInit)."
    )]
    pub const TSPI_PROVIDERINIT: ::core::primitive::u32 = 591;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::ProviderInstall`](super::TspiProc::ProviderInstall)."
    )]
    pub const TSPI_PROVIDERINSTALL: ::core::primitive::u32 = 592;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::ProviderRemove`](super::TspiProc::ProviderRemove)."
    )]
    pub const TSPI_PROVIDERREMOVE: ::core::primitive::u32 = 593;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::ProviderShutdown`](super::TspiProc::ProviderShutdown)."
    )]
    pub const TSPI_PROVIDERSHUTDOWN: ::core::primitive::u32 = 594;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::ProviderEnumDevices`](super::TspiProc::ProviderEnumDevices)."
    )]
    pub const TSPI_PROVIDERENUMDEVICES: ::core::primitive::u32 = 595;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineDropOnClose`](super::TspiProc::LineDropOnClose)."
    )]
    pub const TSPI_LINEDROPONCLOSE: ::core::primitive::u32 = 596;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineDropNoOwner`](super::TspiProc::LineDropNoOwner)."
    )]
    pub const TSPI_LINEDROPNOOWNER: ::core::primitive::u32 = 597;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::ProviderCreateLineDevice`](super::TspiProc::ProviderCreateLineDevice)."
    )]
    pub const TSPI_PROVIDERCREATELINEDEVICE: ::core::primitive::u32 = 598;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::ProviderCreatePhoneDevice`](super::TspiProc::ProviderCreatePhoneDevice)."
    )]
    pub const TSPI_PROVIDERCREATEPHONEDEVICE: ::core::primitive::u32 = 599;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSetCurrentLocation`](super::TspiProc::LineSetCurrentLocation)."
    )]
    pub const TSPI_LINESETCURRENTLOCATION: ::core::primitive::u32 = 600;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineConfigDialogEdit`](super::TspiProc::LineConfigDialogEdit)."
    )]
    pub const TSPI_LINECONFIGDIALOGEDIT: ::core::primitive::u32 = 601;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineReleaseUserUserInfo`](super::TspiProc::LineReleaseUserUserInfo)."
    )]
    pub const TSPI_LINERELEASEUSERUSERINFO: ::core::primitive::u32 = 602;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetCallId`](super::TspiProc::LineGetCallId)."
    )]
    pub const TSPI_LINEGETCALLID: ::core::primitive::u32 = 603;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineGetCallHubTracking`](super::TspiProc::LineGetCallHubTracking)."
    )]
    pub const TSPI_LINEGETCALLHUBTRACKING: ::core::primitive::u32 = 604;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineSetCallHubTracking`](super::TspiProc::LineSetCallHubTracking)."
    )]
    pub const TSPI_LINESETCALLHUBTRACKING: ::core::primitive::u32 = 605;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineReceiveMspData`](super::TspiProc::LineReceiveMspData)."
    )]
    pub const TSPI_LINERECEIVEMSPDATA: ::core::primitive::u32 = 606;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineMspIdentify`](super::TspiProc::LineMspIdentify)."
    )]
    pub const TSPI_LINEMSPIDENTIFY: ::core::primitive::u32 = 607;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineCreateMspInstance`](super::TspiProc::LineCreateMspInstance)."
    )]
    pub const TSPI_LINECREATEMSPINSTANCE: ::core::primitive::u32 = 608;
    #[cfg_attr(
        doc,
        doc = "The value of [`TspiProc::LineCloseMspInstance`](super::TspiProc::LineCloseMspInstance)."
    )]
    pub const TSPI_LINECLOSEMSPINSTANCE: ::core::primitive::u32 = 609;
}
/// Kinds of quality-of-service (QoS) request that TAPI 3 passes to a service provider in a
/// `LINECALLQOSINFO` structure.
///
/// The value is in `dwQOSRequestType` of that structure, which starts with the key
/// `LINEQOSSTRUCT_KEY`; only the service-level request is defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineQosRequestType {
    /// The request sets a QoS service level per media mode: the structure then lists
    /// `LINEQOSSERVICELEVEL` entries, each pairing a `LINEMEDIAMODE_` value with a
    /// `LINEQOSSERVICELEVEL_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEQOSREQUESTTYPE_SERVICELEVEL` = `0x00000001`")]
    ServiceLevel = 0x0000_0001,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of quality-of-service (QoS) request that TAPI 3 passes to a service provider in a `LINECALLQOSINFO` structure.\n\nThe value is in `dwQOSRequestType` of that structure, which starts with the key `LINEQOSSTRUCT_KEY`; only the service-level request is defined.The request sets a QoS service level per media mode: the structure then lists `LINEQOSSERVICELEVEL` entries, each pairing a `LINEMEDIAMODE_` value with a `LINEQOSSERVICELEVEL_` value."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von QoS-Anforderungen (Dienstgüte), die TAPI 3 einem Dienstanbieter in einer Struktur `LINECALLQOSINFO` übergibt. Der Wert steht in `dwQOSRequestType` dieser Struktur, die mit dem Schlüssel `LINEQOSSTRUCT_KEY` beginnt; definiert ist nur die Anforderung einer Dienstgütestufe.Die Anforderung legt je Medienmodus eine Dienstgütestufe fest: Die Struktur führt dann Einträge `LINEQOSSERVICELEVEL` auf, die jeweils einen Wert `LINEMEDIAMODE_` mit einem Wert `LINEQOSSERVICELEVEL_` verbinden."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de requête de QoS (qualité de service) que TAPI 3 transmet à un fournisseur de services dans une structure `LINECALLQOSINFO`. La valeur figure dans `dwQOSRequestType` de cette structure, qui commence par la clé `LINEQOSSTRUCT_KEY` ; seule la requête de niveau de service est définie.La requête fixe un niveau de service QoS par mode de média : la structure énumère alors des entrées `LINEQOSSERVICELEVEL`, chacune associant une valeur `LINEMEDIAMODE_` à une valeur `LINEQOSSERVICELEVEL_`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineQosRequestType",
            prefix: "LINEQOSREQUESTTYPE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 2u8)),
            header: __tapi::Some("TSPI.h"),
            c_type: __tapi::None,
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["LINEQOSREQUESTTYPE_SERVICELEVEL"],
                bits: &[1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x05\x01\0\0\0\0\0\0\x1D\x01\0\0\0\0\0\0'\x01\0\0\xFF\xFF\0\0\0\0\x05\x01\0\0\xB7\0\0\0\x1D\x01\0\0\xD6\0\0\0'\x01\0\0\xD3\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &["LINEQOSREQUESTTYPE_SERVICELEVEL", "SERVICELEVEL"],
                    by_value: b"\0\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 60u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x01\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEQOSREQUESTTYPE_` family (enumeration, `u32`); requires TAPI 2.2; defined in `TSPI.h`.\n\n| Constant | Value |\n|---|---|\n| `LINEQOSREQUESTTYPE_SERVICELEVEL` | `0x00000001` |\n\n# Deutsch\n\nArten von QoS-Anforderungen (Dienstgüte), die TAPI 3 einem Dienstanbieter in einer Struktur `LINECALLQOSINFO` übergibt. Der Wert steht in `dwQOSRequestType` dieser Struktur, die mit dem Schlüssel `LINEQOSSTRUCT_KEY` beginnt; definiert ist nur die Anforderung einer Dienstgütestufe.\n\n- `LINEQOSREQUESTTYPE_SERVICELEVEL`: Die Anforderung legt je Medienmodus eine Dienstgütestufe fest: Die Struktur führt dann Einträge `LINEQOSSERVICELEVEL` auf, die jeweils einen Wert `LINEMEDIAMODE_` mit einem Wert `LINEQOSSERVICELEVEL_` verbinden.\n\n# Français\n\nTypes de requête de QoS (qualité de service) que TAPI 3 transmet à un fournisseur de services dans une structure `LINECALLQOSINFO`. La valeur figure dans `dwQOSRequestType` de cette structure, qui commence par la clé `LINEQOSSTRUCT_KEY` ; seule la requête de niveau de service est définie.\n\n- `LINEQOSREQUESTTYPE_SERVICELEVEL`: La requête fixe un niveau de service QoS par mode de média : la structure énumère alors des entrées `LINEQOSSERVICELEVEL`, chacune associant une valeur `LINEMEDIAMODE_` à une valeur `LINEQOSSERVICELEVEL_`.\n"
    )]
    impl LineQosRequestType {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::ServiceLevel];
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
                1 => __tapi::Some(Self::ServiceLevel),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEQOSREQUESTTYPE_SERVICELEVEL`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineQosRequestType {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineQosRequestType> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineQosRequestType) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineQosRequestType {
        type Error = ::tapi_consts::UnknownValueError<LineQosRequestType>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineQosRequestType {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineQosRequestType {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineQosRequestType, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineQosRequestType);
};
///The `LINEQOSREQUESTTYPE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineqosrequesttype {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineQosRequestType::ServiceLevel`](super::LineQosRequestType::ServiceLevel)."
    )]
    pub const LINEQOSREQUESTTYPE_SERVICELEVEL: ::core::primitive::u32 = 1;
}
/// How strictly a quality-of-service (QoS) level is requested for one media mode of a call.
///
/// Found in `dwQOSServiceLevel` of each `LINEQOSSERVICELEVEL` entry of a `LINECALLQOSINFO`
/// service-level request; the values match the TAPI 3 `QOS_SERVICE_LEVEL` members (`QSL_NEEDED` …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineQosServiceLevel {
    /// The QoS level is mandatory: the call should not go ahead without it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEQOSSERVICELEVEL_NEEDED` = `0x00000001`")]
    Needed = 0x0000_0001,
    /// The QoS level is wanted if the network can provide it; otherwise the call goes ahead without
    /// it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEQOSSERVICELEVEL_IFAVAILABLE` = `0x00000002`")]
    IfAvailable = 0x0000_0002,
    /// Only best-effort delivery is asked for, with no reserved QoS.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEQOSSERVICELEVEL_BESTEFFORT` = `0x00000003`")]
    BestEffort = 0x0000_0003,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "How strictly a quality-of-service (QoS) level is requested for one media mode of a call.\n\nFound in `dwQOSServiceLevel` of each `LINEQOSSERVICELEVEL` entry of a `LINECALLQOSINFO` service-level request; the values match the TAPI 3 `QOS_SERVICE_LEVEL` members (`QSL_NEEDED` …).The QoS level is mandatory: the call should not go ahead without it.The QoS level is wanted if the network can provide it; otherwise the call goes ahead without it.Only best-effort delivery is asked for, with no reserved QoS."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Grad der Verbindlichkeit, mit dem eine Dienstgütestufe (QoS) für einen Medienmodus eines Anrufs angefordert wird. Steht in `dwQOSServiceLevel` jedes Eintrags `LINEQOSSERVICELEVEL` einer Dienstgütestufen-Anforderung in `LINECALLQOSINFO`; die Werte entsprechen den Mitgliedern von `QOS_SERVICE_LEVEL` aus TAPI 3 (`QSL_NEEDED` …).Die Dienstgütestufe ist zwingend erforderlich: Ohne sie soll der Anruf nicht fortgesetzt werden.Die Dienstgütestufe ist erwünscht, sofern das Netz sie bereitstellen kann; andernfalls wird der Anruf ohne sie fortgesetzt.Verlangt wird nur eine bestmögliche Zustellung (Best Effort), ohne reservierte Dienstgüte."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Degré d’exigence avec lequel un niveau de QoS (qualité de service) est demandé pour un mode de média d’un appel. Présent dans `dwQOSServiceLevel` de chaque entrée `LINEQOSSERVICELEVEL` d’une requête de niveau de service `LINECALLQOSINFO` ; les valeurs sont celles des membres de `QOS_SERVICE_LEVEL` de TAPI 3 (`QSL_NEEDED` …).Le niveau de QoS est obligatoire : l’appel ne doit pas se poursuivre sans lui.Le niveau de QoS est souhaité si le réseau peut le fournir ; sinon, l’appel se poursuit sans lui.Seul un acheminement au mieux (best effort) est demandé, sans QoS réservée."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineQosServiceLevel",
            prefix: "LINEQOSSERVICELEVEL_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 2u8)),
            header: __tapi::Some("TSPI.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEQOSSERVICELEVEL_NEEDED",
                    "LINEQOSSERVICELEVEL_IFAVAILABLE",
                    "LINEQOSSERVICELEVEL_BESTEFFORT",
                ],
                bits: &[1u64, 2u64, 3u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x14\x01\0\0\0\0\0\0L\x01\0\0\0\0\0\0U\x01\0\0\xFF\xFF\0\0\0\0\x14\x01\0\0D\0\0\0L\x01\0\0a\0\0\0U\x01\0\0P\0\0\0\xFF\xFF\0\0\0\0X\x01\0\0`\0\0\0\xAD\x01\0\0}\0\0\0\xA5\x01\0\0e\0\0\0\xFF\xFF\0\0\0\0\xB8\x01\0\0=\0\0\0*\x02\0\0\\\0\0\0\n\x02\0\0N\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEQOSSERVICELEVEL_NEEDED",
                        "LINEQOSSERVICELEVEL_IFAVAILABLE",
                        "LINEQOSSERVICELEVEL_BESTEFFORT",
                        "NEEDED",
                        "IFAVAILABLE",
                        "BESTEFFORT",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEQOSSERVICELEVEL_` family (enumeration, `u32`); requires TAPI 2.2; defined in `TSPI.h`.\n\n| Constant | Value |\n|---|---|\n| `LINEQOSSERVICELEVEL_NEEDED` | `0x00000001` |\n| `LINEQOSSERVICELEVEL_IFAVAILABLE` | `0x00000002` |\n| `LINEQOSSERVICELEVEL_BESTEFFORT` | `0x00000003` |\n\n# Deutsch\n\nGrad der Verbindlichkeit, mit dem eine Dienstgütestufe (QoS) für einen Medienmodus eines Anrufs angefordert wird. Steht in `dwQOSServiceLevel` jedes Eintrags `LINEQOSSERVICELEVEL` einer Dienstgütestufen-Anforderung in `LINECALLQOSINFO`; die Werte entsprechen den Mitgliedern von `QOS_SERVICE_LEVEL` aus TAPI 3 (`QSL_NEEDED` …).\n\n- `LINEQOSSERVICELEVEL_NEEDED`: Die Dienstgütestufe ist zwingend erforderlich: Ohne sie soll der Anruf nicht fortgesetzt werden.\n- `LINEQOSSERVICELEVEL_IFAVAILABLE`: Die Dienstgütestufe ist erwünscht, sofern das Netz sie bereitstellen kann; andernfalls wird der Anruf ohne sie fortgesetzt.\n- `LINEQOSSERVICELEVEL_BESTEFFORT`: Verlangt wird nur eine bestmögliche Zustellung (Best Effort), ohne reservierte Dienstgüte.\n\n# Français\n\nDegré d’exigence avec lequel un niveau de QoS (qualité de service) est demandé pour un mode de média d’un appel. Présent dans `dwQOSServiceLevel` de chaque entrée `LINEQOSSERVICELEVEL` d’une requête de niveau de service `LINECALLQOSINFO` ; les valeurs sont celles des membres de `QOS_SERVICE_LEVEL` de TAPI 3 (`QSL_NEEDED` …).\n\n- `LINEQOSSERVICELEVEL_NEEDED`: Le niveau de QoS est obligatoire : l’appel ne doit pas se poursuivre sans lui.\n- `LINEQOSSERVICELEVEL_IFAVAILABLE`: Le niveau de QoS est souhaité si le réseau peut le fournir ; sinon, l’appel se poursuit sans lui.\n- `LINEQOSSERVICELEVEL_BESTEFFORT`: Seul un acheminement au mieux (best effort) est demandé, sans QoS réservée.\n"
    )]
    impl LineQosServiceLevel {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Needed,
            Self::IfAvailable,
            Self::BestEffort,
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
                1 => __tapi::Some(Self::Needed),
                2 => __tapi::Some(Self::IfAvailable),
                3 => __tapi::Some(Self::BestEffort),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEQOSSERVICELEVEL_NEEDED`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineQosServiceLevel {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineQosServiceLevel> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineQosServiceLevel) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineQosServiceLevel {
        type Error = ::tapi_consts::UnknownValueError<LineQosServiceLevel>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineQosServiceLevel {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineQosServiceLevel {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineQosServiceLevel, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineQosServiceLevel);
};
///The `LINEQOSSERVICELEVEL_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineqosservicelevel {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineQosServiceLevel::Needed`](super::LineQosServiceLevel::Needed)."
    )]
    pub const LINEQOSSERVICELEVEL_NEEDED: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineQosServiceLevel::IfAvailable`](super::LineQosServiceLevel::IfAvailable)."
    )]
    pub const LINEQOSSERVICELEVEL_IFAVAILABLE: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineQosServiceLevel::BestEffort`](super::LineQosServiceLevel::BestEffort)."
    )]
    pub const LINEQOSSERVICELEVEL_BESTEFFORT: ::core::primitive::u32 = 3;
}
/// Outcomes of a quality-of-service (QoS) request that a service provider reports to TAPI.
///
/// Carried in `dwParam1` of the `LINE_QOSINFO` provider message; the values match the TAPI 3
/// `QOS_EVENT` members (`QE_NOQOS` …) that applications receive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineEQosInfo {
    /// No QoS is available for the call's stream.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEEQOSINFO_NOQOS` = `0x00000001`")]
    NoQos = 0x0000_0001,
    /// The QoS request could not be met: the network did not admit the reservation.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEEQOSINFO_ADMISSIONFAILURE` = `0x00000002`")]
    AdmissionFailure = 0x0000_0002,
    /// The kind of QoS requested is not supported, for example because a policy forbids it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEEQOSINFO_POLICYFAILURE` = `0x00000003`")]
    PolicyFailure = 0x0000_0003,
    /// A QoS error occurred without a more specific reason.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEEQOSINFO_GENERICERROR` = `0x00000004`")]
    GenericError = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Outcomes of a quality-of-service (QoS) request that a service provider reports to TAPI.\n\nCarried in `dwParam1` of the `LINE_QOSINFO` provider message; the values match the TAPI 3 `QOS_EVENT` members (`QE_NOQOS` …) that applications receive.No QoS is available for the call's stream.The QoS request could not be met: the network did not admit the reservation.The kind of QoS requested is not supported, for example because a policy forbids it.A QoS error occurred without a more specific reason."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Ergebnisse einer QoS-Anforderung (Dienstgüte), die ein Dienstanbieter an TAPI meldet. Sie werden in `dwParam1` der Anbieternachricht `LINE_QOSINFO` übermittelt; die Werte entsprechen den Mitgliedern von `QOS_EVENT` aus TAPI 3 (`QE_NOQOS` …), die Anwendungen erhalten.Für den Medienstrom des Anrufs ist keine Dienstgüte verfügbar.Die QoS-Anforderung konnte nicht erfüllt werden: Das Netz hat die Reservierung nicht zugelassen (Zulassungsfehler).Die angeforderte Art von QoS wird nicht unterstützt, etwa weil eine Richtlinie sie verbietet (Richtlinienfehler).Ein QoS-Fehler ist ohne genauere Ursache aufgetreten."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Résultats d’une requête de QoS (qualité de service) qu’un fournisseur de services signale à TAPI. Transmis dans `dwParam1` du message du fournisseur `LINE_QOSINFO` ; les valeurs sont celles des membres de `QOS_EVENT` de TAPI 3 (`QE_NOQOS` …) que reçoivent les applications.Aucune QoS n’est disponible pour le flux de l’appel.La requête de QoS n’a pas pu être satisfaite : le réseau n’a pas admis la réservation (échec d’admission).Le type de QoS demandé n’est pas pris en charge, par exemple parce qu’une stratégie l’interdit (échec de stratégie).Une erreur de QoS s’est produite, sans raison plus précise."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineEQosInfo",
            prefix: "LINEEQOSINFO_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 2u8)),
            header: __tapi::Some("TSPI.h"),
            c_type: __tapi::None,
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEEQOSINFO_NOQOS",
                    "LINEEQOSINFO_ADMISSIONFAILURE",
                    "LINEEQOSINFO_POLICYFAILURE",
                    "LINEEQOSINFO_GENERICERROR",
                ],
                bits: &[1u64, 2u64, 3u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xF2\0\0\0\0\0\0\0\x0F\x01\0\0\0\0\0\0\x1C\x01\0\0\xFF\xFF\0\0\0\0\xF2\0\0\0*\0\0\0\x0F\x01\0\0A\0\0\0\x1C\x01\0\08\0\0\0\xFF\xFF\0\0\0\0\x1C\x01\0\0L\0\0\0P\x01\0\0t\0\0\0T\x01\0\0u\0\0\0\xFF\xFF\0\0\0\0h\x01\0\0T\0\0\0\xC4\x01\0\0r\0\0\0\xC9\x01\0\0~\0\0\0\xFF\xFF\0\0\0\0\xBC\x01\0\x004\0\0\x006\x02\0\x005\0\0\0G\x02\0\0>\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEEQOSINFO_NOQOS",
                        "LINEEQOSINFO_ADMISSIONFAILURE",
                        "LINEEQOSINFO_POLICYFAILURE",
                        "LINEEQOSINFO_GENERICERROR",
                        "NOQOS",
                        "ADMISSIONFAILURE",
                        "POLICYFAILURE",
                        "GENERICERROR",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x01\0\x01\0\x03\0\x03\0\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEEQOSINFO_` family (enumeration, `u32`); requires TAPI 2.2; defined in `TSPI.h`.\n\n| Constant | Value |\n|---|---|\n| `LINEEQOSINFO_NOQOS` | `0x00000001` |\n| `LINEEQOSINFO_ADMISSIONFAILURE` | `0x00000002` |\n| `LINEEQOSINFO_POLICYFAILURE` | `0x00000003` |\n| `LINEEQOSINFO_GENERICERROR` | `0x00000004` |\n\n# Deutsch\n\nErgebnisse einer QoS-Anforderung (Dienstgüte), die ein Dienstanbieter an TAPI meldet. Sie werden in `dwParam1` der Anbieternachricht `LINE_QOSINFO` übermittelt; die Werte entsprechen den Mitgliedern von `QOS_EVENT` aus TAPI 3 (`QE_NOQOS` …), die Anwendungen erhalten.\n\n- `LINEEQOSINFO_NOQOS`: Für den Medienstrom des Anrufs ist keine Dienstgüte verfügbar.\n- `LINEEQOSINFO_ADMISSIONFAILURE`: Die QoS-Anforderung konnte nicht erfüllt werden: Das Netz hat die Reservierung nicht zugelassen (Zulassungsfehler).\n- `LINEEQOSINFO_POLICYFAILURE`: Die angeforderte Art von QoS wird nicht unterstützt, etwa weil eine Richtlinie sie verbietet (Richtlinienfehler).\n- `LINEEQOSINFO_GENERICERROR`: Ein QoS-Fehler ist ohne genauere Ursache aufgetreten.\n\n# Français\n\nRésultats d’une requête de QoS (qualité de service) qu’un fournisseur de services signale à TAPI. Transmis dans `dwParam1` du message du fournisseur `LINE_QOSINFO` ; les valeurs sont celles des membres de `QOS_EVENT` de TAPI 3 (`QE_NOQOS` …) que reçoivent les applications.\n\n- `LINEEQOSINFO_NOQOS`: Aucune QoS n’est disponible pour le flux de l’appel.\n- `LINEEQOSINFO_ADMISSIONFAILURE`: La requête de QoS n’a pas pu être satisfaite : le réseau n’a pas admis la réservation (échec d’admission).\n- `LINEEQOSINFO_POLICYFAILURE`: Le type de QoS demandé n’est pas pris en charge, par exemple parce qu’une stratégie l’interdit (échec de stratégie).\n- `LINEEQOSINFO_GENERICERROR`: Une erreur de QoS s’est produite, sans raison plus précise.\n"
    )]
    impl LineEQosInfo {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NoQos,
            Self::AdmissionFailure,
            Self::PolicyFailure,
            Self::GenericError,
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
                1 => __tapi::Some(Self::NoQos),
                2 => __tapi::Some(Self::AdmissionFailure),
                3 => __tapi::Some(Self::PolicyFailure),
                4 => __tapi::Some(Self::GenericError),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEEQOSINFO_NOQOS`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineEQosInfo {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineEQosInfo> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineEQosInfo) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineEQosInfo {
        type Error = ::tapi_consts::UnknownValueError<LineEQosInfo>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineEQosInfo {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineEQosInfo {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineEQosInfo, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineEQosInfo);
};
///The `LINEEQOSINFO_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineeqosinfo {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineEQosInfo::NoQos`](super::LineEQosInfo::NoQos)."
    )]
    pub const LINEEQOSINFO_NOQOS: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineEQosInfo::AdmissionFailure`](super::LineEQosInfo::AdmissionFailure)."
    )]
    pub const LINEEQOSINFO_ADMISSIONFAILURE: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineEQosInfo::PolicyFailure`](super::LineEQosInfo::PolicyFailure)."
    )]
    pub const LINEEQOSINFO_POLICYFAILURE: ::core::primitive::u32 = 3;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineEQosInfo::GenericError`](super::LineEQosInfo::GenericError)."
    )]
    pub const LINEEQOSINFO_GENERICERROR: ::core::primitive::u32 = 4;
}
/// Options that a service provider returns to TAPI, through `lpdwTSPIOptions` of
/// `TSPI_providerInit`, about how TAPI should call it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineTspiOption {
    /// The provider is not reentrant: TAPI calls its functions one at a time, from any thread,
    /// waiting for each to return (though not for an asynchronous request to complete) before
    /// making the next call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETSPIOPTION_NONREENTRANT` = `0x00000001`")]
    NonReentrant = 0x0000_0001,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Options that a service provider returns to TAPI, through `lpdwTSPIOptions` of `TSPI_providerInit`, about how TAPI should call it.The provider is not reentrant: TAPI calls its functions one at a time, from any thread, waiting for each to return (though not for an asynchronous request to complete) before making the next call."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Optionen, die ein Dienstanbieter über `lpdwTSPIOptions` von `TSPI_providerInit` an TAPI zurückgibt und die festlegen, wie TAPI ihn aufrufen soll.Der Anbieter ist nicht wiedereintrittsfähig (nicht reentrant): TAPI ruft seine Funktionen einzeln und von einem beliebigen Thread aus auf und wartet vor dem nächsten Aufruf jeweils, bis der vorherige zurückgekehrt ist (nicht aber, bis eine asynchrone Anforderung abgeschlossen ist)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Options qu’un fournisseur de services renvoie à TAPI, par `lpdwTSPIOptions` de `TSPI_providerInit`, sur la manière dont TAPI doit l’appeler.Le fournisseur n’est pas réentrant : TAPI appelle ses fonctions une par une, depuis n’importe quel thread, en attendant le retour de chacune (mais pas l’achèvement d’une requête asynchrone) avant l’appel suivant."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineTspiOption",
            prefix: "LINETSPIOPTION_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("TSPI.h"),
            c_type: __tapi::None,
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["LINETSPIOPTION_NONREENTRANT"],
                bits: &[1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x81\0\0\0\0\0\0\0\x93\0\0\0\0\0\0\0\x92\0\0\0\xFF\xFF\0\0\0\0\x81\0\0\0\xC4\0\0\0\x93\0\0\0\x1D\x01\0\0\x92\0\0\0\xE1\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &["LINETSPIOPTION_NONREENTRANT", "NONREENTRANT"],
                    by_value: b"\0\0",
                    bit_index: b"\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[" | LINETSPIOPTION_NONREENTRANT"],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 60u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\0\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINETSPIOPTION_` family (bit flags, `u32`); requires TAPI 2.0; defined in `TSPI.h`.\n\nA set of them is a [`Flags<LineTspiOption>`](::tapi_consts::Flags), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINETSPIOPTION_NONREENTRANT` | `0x00000001` |\n\n# Deutsch\n\nOptionen, die ein Dienstanbieter über `lpdwTSPIOptions` von `TSPI_providerInit` an TAPI zurückgibt und die festlegen, wie TAPI ihn aufrufen soll.\n\n- `LINETSPIOPTION_NONREENTRANT`: Der Anbieter ist nicht wiedereintrittsfähig (nicht reentrant): TAPI ruft seine Funktionen einzeln und von einem beliebigen Thread aus auf und wartet vor dem nächsten Aufruf jeweils, bis der vorherige zurückgekehrt ist (nicht aber, bis eine asynchrone Anforderung abgeschlossen ist).\n\n# Français\n\nOptions qu’un fournisseur de services renvoie à TAPI, par `lpdwTSPIOptions` de `TSPI_providerInit`, sur la manière dont TAPI doit l’appeler.\n\n- `LINETSPIOPTION_NONREENTRANT`: Le fournisseur n’est pas réentrant : TAPI appelle ses fonctions une par une, depuis n’importe quel thread, en attendant le retour de chacune (mais pas l’achèvement d’une requête asynchrone) avant l’appel suivant.\n"
    )]
    impl LineTspiOption {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::NonReentrant];
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
                1 => __tapi::Some(Self::NonReentrant),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINETSPIOPTION_NONREENTRANT`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineTspiOption {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineTspiOption> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineTspiOption) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineTspiOption {
        type Error = ::tapi_consts::UnknownValueError<LineTspiOption>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineTspiOption {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineTspiOption {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineTspiOption {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineTspiOption {
        type Output = ::tapi_consts::Flags<LineTspiOption>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineTspiOption> {
            <::tapi_consts::Flags<
                LineTspiOption,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineTspiOption>> for LineTspiOption {
        type Output = ::tapi_consts::Flags<LineTspiOption>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineTspiOption>,
        ) -> ::tapi_consts::Flags<LineTspiOption> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineTspiOption, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineTspiOption);
};
///The `LINETSPIOPTION_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linetspioption {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTspiOption::NonReentrant`](super::LineTspiOption::NonReentrant)."
    )]
    pub const LINETSPIOPTION_NONREENTRANT: ::core::primitive::u32 = 1;
}
/// Kinds of object that a `dwObjectID` names when a service provider's UI DLL and the provider
/// exchange data.
///
/// Passed as `dwObjectType` to the `TUISPIDLLCALLBACK` function and to
/// `TSPI_providerGenericDialogData`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum TuispiDllObject {
    /// `dwObjectID` is the device identifier of a line device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TUISPIDLL_OBJECT_LINEID` = `0x00000001`")]
    LineId = 0x0000_0001,
    /// `dwObjectID` is the device identifier of a phone device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TUISPIDLL_OBJECT_PHONEID` = `0x00000002`")]
    PhoneId = 0x0000_0002,
    /// `dwObjectID` is the permanent identifier of a service provider.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TUISPIDLL_OBJECT_PROVIDERID` = `0x00000003`")]
    ProviderId = 0x0000_0003,
    /// `dwObjectID` is the handle of a dialog instance: `HDRVDIALOGINSTANCE` on the provider's side
    /// or `HTAPIDIALOGINSTANCE` on TAPI's, depending on the direction.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TUISPIDLL_OBJECT_DIALOGINSTANCE` = `0x00000004`")]
    DialogInstance = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of object that a `dwObjectID` names when a service provider's UI DLL and the provider exchange data.\n\nPassed as `dwObjectType` to the `TUISPIDLLCALLBACK` function and to `TSPI_providerGenericDialogData`.`dwObjectID` is the device identifier of a line device.`dwObjectID` is the device identifier of a phone device.`dwObjectID` is the permanent identifier of a service provider.`dwObjectID` is the handle of a dialog instance: `HDRVDIALOGINSTANCE` on the provider's side or `HTAPIDIALOGINSTANCE` on TAPI's, depending on the direction."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Objekten, die ein `dwObjectID` bezeichnet, wenn die UI-DLL eines Dienstanbieters und der Anbieter Daten austauschen. Wird als `dwObjectType` an die Funktion `TUISPIDLLCALLBACK` und an `TSPI_providerGenericDialogData` übergeben.`dwObjectID` ist die Gerätekennung eines Leitungsgeräts.`dwObjectID` ist die Gerätekennung eines Telefongeräts.`dwObjectID` ist die permanente Kennung eines Dienstanbieters.`dwObjectID` ist das Handle einer Dialoginstanz: je nach Richtung `HDRVDIALOGINSTANCE` auf der Seite des Anbieters oder `HTAPIDIALOGINSTANCE` auf der Seite von TAPI."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’objet que désigne un `dwObjectID` lorsque la DLL d’interface utilisateur d’un fournisseur de services et le fournisseur échangent des données. Transmis dans `dwObjectType` à la fonction `TUISPIDLLCALLBACK` et à `TSPI_providerGenericDialogData`.`dwObjectID` est l’identifiant de périphérique d’un périphérique de ligne.`dwObjectID` est l’identifiant de périphérique d’un périphérique téléphonique.`dwObjectID` est l’identifiant permanent d’un fournisseur de services.`dwObjectID` est le handle d’une instance de boîte de dialogue : `HDRVDIALOGINSTANCE` côté fournisseur ou `HTAPIDIALOGINSTANCE` côté TAPI, selon le sens de l’échange."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "TuispiDllObject",
            prefix: "TUISPIDLL_OBJECT_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("TSPI.h"),
            c_type: __tapi::None,
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "TUISPIDLL_OBJECT_LINEID",
                    "TUISPIDLL_OBJECT_PHONEID",
                    "TUISPIDLL_OBJECT_PROVIDERID",
                    "TUISPIDLL_OBJECT_DIALOGINSTANCE",
                ],
                bits: &[1u64, 2u64, 3u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xD1\0\0\0\0\0\0\0\xEE\0\0\0\0\0\0\0\x07\x01\0\0\xFF\xFF\0\0\0\0\xD1\0\0\x007\0\0\0\xEE\0\0\0:\0\0\0\x07\x01\0\0R\0\0\0\xFF\xFF\0\0\0\0\x08\x01\0\08\0\0\0(\x01\0\09\0\0\0Y\x01\0\0X\0\0\0\xFF\xFF\0\0\0\0@\x01\0\0?\0\0\0a\x01\0\0>\0\0\0\xB1\x01\0\0J\0\0\0\xFF\xFF\0\0\0\0\x7F\x01\0\0\x9C\0\0\0\x9F\x01\0\0\xA5\0\0\0\xFB\x01\0\0\xB0\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "TUISPIDLL_OBJECT_LINEID",
                        "TUISPIDLL_OBJECT_PHONEID",
                        "TUISPIDLL_OBJECT_PROVIDERID",
                        "TUISPIDLL_OBJECT_DIALOGINSTANCE",
                        "LINEID",
                        "PHONEID",
                        "PROVIDERID",
                        "DIALOGINSTANCE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TUISPIDLL_OBJECT_` family (enumeration, `i32`); requires TAPI 2.0; defined in `TSPI.h`.\n\n| Constant | Value |\n|---|---|\n| `TUISPIDLL_OBJECT_LINEID` | `0x00000001` |\n| `TUISPIDLL_OBJECT_PHONEID` | `0x00000002` |\n| `TUISPIDLL_OBJECT_PROVIDERID` | `0x00000003` |\n| `TUISPIDLL_OBJECT_DIALOGINSTANCE` | `0x00000004` |\n\n# Deutsch\n\nArten von Objekten, die ein `dwObjectID` bezeichnet, wenn die UI-DLL eines Dienstanbieters und der Anbieter Daten austauschen. Wird als `dwObjectType` an die Funktion `TUISPIDLLCALLBACK` und an `TSPI_providerGenericDialogData` übergeben.\n\n- `TUISPIDLL_OBJECT_LINEID`: `dwObjectID` ist die Gerätekennung eines Leitungsgeräts.\n- `TUISPIDLL_OBJECT_PHONEID`: `dwObjectID` ist die Gerätekennung eines Telefongeräts.\n- `TUISPIDLL_OBJECT_PROVIDERID`: `dwObjectID` ist die permanente Kennung eines Dienstanbieters.\n- `TUISPIDLL_OBJECT_DIALOGINSTANCE`: `dwObjectID` ist das Handle einer Dialoginstanz: je nach Richtung `HDRVDIALOGINSTANCE` auf der Seite des Anbieters oder `HTAPIDIALOGINSTANCE` auf der Seite von TAPI.\n\n# Français\n\nTypes d’objet que désigne un `dwObjectID` lorsque la DLL d’interface utilisateur d’un fournisseur de services et le fournisseur échangent des données. Transmis dans `dwObjectType` à la fonction `TUISPIDLLCALLBACK` et à `TSPI_providerGenericDialogData`.\n\n- `TUISPIDLL_OBJECT_LINEID`: `dwObjectID` est l’identifiant de périphérique d’un périphérique de ligne.\n- `TUISPIDLL_OBJECT_PHONEID`: `dwObjectID` est l’identifiant de périphérique d’un périphérique téléphonique.\n- `TUISPIDLL_OBJECT_PROVIDERID`: `dwObjectID` est l’identifiant permanent d’un fournisseur de services.\n- `TUISPIDLL_OBJECT_DIALOGINSTANCE`: `dwObjectID` est le handle d’une instance de boîte de dialogue : `HDRVDIALOGINSTANCE` côté fournisseur ou `HTAPIDIALOGINSTANCE` côté TAPI, selon le sens de l’échange.\n"
    )]
    impl TuispiDllObject {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::LineId,
            Self::PhoneId,
            Self::ProviderId,
            Self::DialogInstance,
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
                1 => __tapi::Some(Self::LineId),
                2 => __tapi::Some(Self::PhoneId),
                3 => __tapi::Some(Self::ProviderId),
                4 => __tapi::Some(Self::DialogInstance),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `TUISPIDLL_OBJECT_LINEID`; `{:#}` in `format!` gives the short name.
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
            (self as ::core::primitive::i32).wrapping_sub(1) as ::core::primitive::u32
                as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for TuispiDllObject {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<TuispiDllObject> for ::core::primitive::i32 {
        #[inline]
        fn from(member: TuispiDllObject) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for TuispiDllObject {
        type Error = ::tapi_consts::UnknownValueError<TuispiDllObject>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for TuispiDllObject {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for TuispiDllObject {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(TuispiDllObject, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(TuispiDllObject);
};
///The `TUISPIDLL_OBJECT_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_tuispidllobject {
    #[cfg_attr(
        doc,
        doc = "The value of [`TuispiDllObject::LineId`](super::TuispiDllObject::LineId)."
    )]
    pub const TUISPIDLL_OBJECT_LINEID: ::core::primitive::i32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`TuispiDllObject::PhoneId`](super::TuispiDllObject::PhoneId)."
    )]
    pub const TUISPIDLL_OBJECT_PHONEID: ::core::primitive::i32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`TuispiDllObject::ProviderId`](super::TuispiDllObject::ProviderId)."
    )]
    pub const TUISPIDLL_OBJECT_PROVIDERID: ::core::primitive::i32 = 3;
    #[cfg_attr(
        doc,
        doc = "The value of [`TuispiDllObject::DialogInstance`](super::TuispiDllObject::DialogInstance)."
    )]
    pub const TUISPIDLL_OBJECT_DIALOGINSTANCE: ::core::primitive::i32 = 4;
}
/// Kinds of TAPI object that a provider-specific (private) exchange between a TAPI 3.0 service
/// provider and TAPI concerns.
///
/// Microsoft documents neither the constants nor where they are used; the meanings are inferred
/// from the names, next to `LINEDEVCAPFLAGS_PRIVATEOBJECTS` and the TAPI 3 provider-specific
/// interfaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum PrivateObject {
    /// The data concerns no particular object (inferred from the name).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PRIVATEOBJECT_NONE` = `0x00000001`")]
    None = 0x0000_0001,
    /// The data concerns a call designated by its call identifier (inferred from the name).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PRIVATEOBJECT_CALLID` = `0x00000002`")]
    CallId = 0x0000_0002,
    /// The data concerns a line device (inferred from the name).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PRIVATEOBJECT_LINE` = `0x00000003`")]
    Line = 0x0000_0003,
    /// The data concerns a call designated by its handle (inferred from the name).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PRIVATEOBJECT_CALL` = `0x00000004`")]
    Call = 0x0000_0004,
    /// The data concerns a phone device (inferred from the name).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PRIVATEOBJECT_PHONE` = `0x00000005`")]
    Phone = 0x0000_0005,
    /// The data concerns an address of a line (inferred from the name).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PRIVATEOBJECT_ADDRESS` = `0x00000006`")]
    Address = 0x0000_0006,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of TAPI object that a provider-specific (private) exchange between a TAPI 3.0 service provider and TAPI concerns.\n\nMicrosoft documents neither the constants nor where they are used; the meanings are inferred from the names, next to `LINEDEVCAPFLAGS_PRIVATEOBJECTS` and the TAPI 3 provider-specific interfaces.The data concerns no particular object (inferred from the name).The data concerns a call designated by its call identifier (inferred from the name).The data concerns a line device (inferred from the name).The data concerns a call designated by its handle (inferred from the name).The data concerns a phone device (inferred from the name).The data concerns an address of a line (inferred from the name)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von TAPI-Objekten, die ein anbieterspezifischer (privater) Austausch zwischen einem Dienstanbieter für TAPI 3.0 und TAPI betrifft. Microsoft dokumentiert weder diese Konstanten noch ihre Verwendung; ihre Bedeutung ist aus den Namen abgeleitet, im Zusammenhang mit `LINEDEVCAPFLAGS_PRIVATEOBJECTS` und den anbieterspezifischen Schnittstellen von TAPI 3.Die Daten betreffen kein bestimmtes Objekt (aus dem Namen abgeleitet).Die Daten betreffen einen Anruf, der durch seine Anrufkennung bezeichnet wird (aus dem Namen abgeleitet).Die Daten betreffen ein Leitungsgerät (aus dem Namen abgeleitet).Die Daten betreffen einen Anruf, der durch sein Handle bezeichnet wird (aus dem Namen abgeleitet).Die Daten betreffen ein Telefongerät (aus dem Namen abgeleitet).Die Daten betreffen eine Adresse einer Leitung (aus dem Namen abgeleitet)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’objet TAPI que concerne un échange propre au fournisseur (privé) entre un fournisseur de services TAPI 3.0 et TAPI. Microsoft ne documente ni ces constantes ni leur usage ; leur sens est déduit des noms, à côté de `LINEDEVCAPFLAGS_PRIVATEOBJECTS` et des interfaces propres au fournisseur de TAPI 3.Les données ne concernent aucun objet particulier (sens déduit du nom).Les données concernent un appel désigné par son identifiant d’appel (sens déduit du nom).Les données concernent un périphérique de ligne (sens déduit du nom).Les données concernent un appel désigné par son handle (sens déduit du nom).Les données concernent un périphérique téléphonique (sens déduit du nom).Les données concernent une adresse d’une ligne (sens déduit du nom)."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PrivateObject",
            prefix: "PRIVATEOBJECT_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("TSPI.h"),
            c_type: __tapi::None,
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "PRIVATEOBJECT_NONE",
                    "PRIVATEOBJECT_CALLID",
                    "PRIVATEOBJECT_LINE",
                    "PRIVATEOBJECT_CALL",
                    "PRIVATEOBJECT_PHONE",
                    "PRIVATEOBJECT_ADDRESS",
                ],
                bits: &[1u64, 2u64, 3u64, 4u64, 5u64, 6u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0;\x01\0\0\0\0\0\0g\x01\0\0\0\0\0\0:\x01\0\0\xFF\xFF\0\0\0\0;\x01\0\0@\0\0\0g\x01\0\0F\0\0\0:\x01\0\0I\0\0\0\xFF\xFF\0\0\0\0{\x01\0\0T\0\0\0\xAD\x01\0\0i\0\0\0\x83\x01\0\0_\0\0\0\xFF\xFF\0\0\0\0\xCF\x01\0\09\0\0\0\x16\x02\0\0B\0\0\0\xE2\x01\0\0I\0\0\0\xFF\xFF\0\0\0\0\x08\x02\0\0K\0\0\0X\x02\0\0b\0\0\0+\x02\0\0P\0\0\0\xFF\xFF\0\0\0\0S\x02\0\0:\0\0\0\xBA\x02\0\0A\0\0\0{\x02\0\0O\0\0\0\xFF\xFF\0\0\0\0\x8D\x02\0\0@\0\0\0\xFB\x02\0\0J\0\0\0\xCA\x02\0\0H\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PRIVATEOBJECT_NONE",
                        "PRIVATEOBJECT_CALLID",
                        "PRIVATEOBJECT_LINE",
                        "PRIVATEOBJECT_CALL",
                        "PRIVATEOBJECT_PHONE",
                        "PRIVATEOBJECT_ADDRESS",
                        "NONE",
                        "CALLID",
                        "LINE",
                        "CALL",
                        "PHONE",
                        "ADDRESS",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 16240640158330268813u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\x03\0\x03\0\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PRIVATEOBJECT_` family (enumeration, `u32`); requires TAPI 3.0; defined in `TSPI.h`.\n\n| Constant | Value |\n|---|---|\n| `PRIVATEOBJECT_NONE` | `0x00000001` |\n| `PRIVATEOBJECT_CALLID` | `0x00000002` |\n| `PRIVATEOBJECT_LINE` | `0x00000003` |\n| `PRIVATEOBJECT_CALL` | `0x00000004` |\n| `PRIVATEOBJECT_PHONE` | `0x00000005` |\n| `PRIVATEOBJECT_ADDRESS` | `0x00000006` |\n\n# Deutsch\n\nArten von TAPI-Objekten, die ein anbieterspezifischer (privater) Austausch zwischen einem Dienstanbieter für TAPI 3.0 und TAPI betrifft. Microsoft dokumentiert weder diese Konstanten noch ihre Verwendung; ihre Bedeutung ist aus den Namen abgeleitet, im Zusammenhang mit `LINEDEVCAPFLAGS_PRIVATEOBJECTS` und den anbieterspezifischen Schnittstellen von TAPI 3.\n\n- `PRIVATEOBJECT_NONE`: Die Daten betreffen kein bestimmtes Objekt (aus dem Namen abgeleitet).\n- `PRIVATEOBJECT_CALLID`: Die Daten betreffen einen Anruf, der durch seine Anrufkennung bezeichnet wird (aus dem Namen abgeleitet).\n- `PRIVATEOBJECT_LINE`: Die Daten betreffen ein Leitungsgerät (aus dem Namen abgeleitet).\n- `PRIVATEOBJECT_CALL`: Die Daten betreffen einen Anruf, der durch sein Handle bezeichnet wird (aus dem Namen abgeleitet).\n- `PRIVATEOBJECT_PHONE`: Die Daten betreffen ein Telefongerät (aus dem Namen abgeleitet).\n- `PRIVATEOBJECT_ADDRESS`: Die Daten betreffen eine Adresse einer Leitung (aus dem Namen abgeleitet).\n\n# Français\n\nTypes d’objet TAPI que concerne un échange propre au fournisseur (privé) entre un fournisseur de services TAPI 3.0 et TAPI. Microsoft ne documente ni ces constantes ni leur usage ; leur sens est déduit des noms, à côté de `LINEDEVCAPFLAGS_PRIVATEOBJECTS` et des interfaces propres au fournisseur de TAPI 3.\n\n- `PRIVATEOBJECT_NONE`: Les données ne concernent aucun objet particulier (sens déduit du nom).\n- `PRIVATEOBJECT_CALLID`: Les données concernent un appel désigné par son identifiant d’appel (sens déduit du nom).\n- `PRIVATEOBJECT_LINE`: Les données concernent un périphérique de ligne (sens déduit du nom).\n- `PRIVATEOBJECT_CALL`: Les données concernent un appel désigné par son handle (sens déduit du nom).\n- `PRIVATEOBJECT_PHONE`: Les données concernent un périphérique téléphonique (sens déduit du nom).\n- `PRIVATEOBJECT_ADDRESS`: Les données concernent une adresse d’une ligne (sens déduit du nom).\n"
    )]
    impl PrivateObject {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::None,
            Self::CallId,
            Self::Line,
            Self::Call,
            Self::Phone,
            Self::Address,
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
                1 => __tapi::Some(Self::None),
                2 => __tapi::Some(Self::CallId),
                3 => __tapi::Some(Self::Line),
                4 => __tapi::Some(Self::Call),
                5 => __tapi::Some(Self::Phone),
                6 => __tapi::Some(Self::Address),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PRIVATEOBJECT_NONE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PrivateObject {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PrivateObject> for ::core::primitive::u32 {
        #[inline]
        fn from(member: PrivateObject) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for PrivateObject {
        type Error = ::tapi_consts::UnknownValueError<PrivateObject>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PrivateObject {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PrivateObject {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PrivateObject, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(PrivateObject);
};
///The `PRIVATEOBJECT_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_privateobject {
    #[cfg_attr(
        doc,
        doc = "The value of [`PrivateObject::None`](super::PrivateObject::None)."
    )]
    pub const PRIVATEOBJECT_NONE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`PrivateObject::CallId`](super::PrivateObject::CallId)."
    )]
    pub const PRIVATEOBJECT_CALLID: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`PrivateObject::Line`](super::PrivateObject::Line)."
    )]
    pub const PRIVATEOBJECT_LINE: ::core::primitive::u32 = 3;
    #[cfg_attr(
        doc,
        doc = "The value of [`PrivateObject::Call`](super::PrivateObject::Call)."
    )]
    pub const PRIVATEOBJECT_CALL: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`PrivateObject::Phone`](super::PrivateObject::Phone)."
    )]
    pub const PRIVATEOBJECT_PHONE: ::core::primitive::u32 = 5;
    #[cfg_attr(
        doc,
        doc = "The value of [`PrivateObject::Address`](super::PrivateObject::Address)."
    )]
    pub const PRIVATEOBJECT_ADDRESS: ::core::primitive::u32 = 6;
}
