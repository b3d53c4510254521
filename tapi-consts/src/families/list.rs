//! The list of every prebuilt family, declared once: [`__tapi_every_family!`](crate::__tapi_every_family).

/// Calls `$callback! { … }` with every prebuilt family, in the order `tapi.h`
/// defines them (the order of [`ALL`](crate::families::ALL)), one per line:
///
/// ```text
/// enum  Tapi                   c_tapi,
/// flags LineAgentSessionState  c_lineagentsessionstate  LineAgentSessionStateSet,
/// mixed LineInitializeExOption c_lineinitializeexoption LineInitializeExOptionSet,
/// ```
///
/// that is its kind ([`Kind`](crate::Kind): `enum`, `flags` or `mixed`),
/// its type, the module of C-name constants its `#[tapi(c_consts)]`
/// generates, and, for a `flags` or `mixed` family, the alias of its sets,
/// always the type's name followed by `Set` (a compile-time check in
/// `families/mod.rs` refuses any other). A callback matches
/// `$($kind:ident $family:ident $c_consts:ident $($set:ident)?),* $(,)?`.
///
/// Generated from it: [`families::ALL`](crate::families::ALL), the set
/// aliases, the re-exports of [`raw`](crate::raw), and the per-family tests
/// of `tests/tests/every_family.rs`, which also check that every family
/// described in `tapi-consts/families/` is in it. Adding a family is one line
/// here. Not part of the API: it may change in any release.
///
/// Without the `tapi` feature the list is empty, and so are everything
/// made from it.
#[cfg(feature = "tapi")]
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_every_family {
    ($callback:ident) => {
        $callback! {
            enum  Tapi                    c_tapi,
            enum  Line                    c_line,
            enum  Phone                   c_phone,
            enum  Initialize              c_initialize,
            flags LineAddrCapFlags        c_lineaddrcapflags           LineAddrCapFlagsSet,
            flags LineAddressMode         c_lineaddressmode            LineAddressModeSet,
            flags LineAddressSharing      c_lineaddresssharing         LineAddressSharingSet,
            flags LineAddressState        c_lineaddressstate           LineAddressStateSet,
            flags LineAddressType         c_lineaddresstype            LineAddressTypeSet,
            flags LineAddrFeature         c_lineaddrfeature            LineAddrFeatureSet,
            flags LineAgentFeature        c_lineagentfeature           LineAgentFeatureSet,
            flags LineAgentState          c_lineagentstate             LineAgentStateSet,
            flags LineAgentStatus         c_lineagentstatus            LineAgentStatusSet,
            flags LineAgentStateEx        c_lineagentstateex           LineAgentStateExSet,
            flags LineAgentStatusEx       c_lineagentstatusex          LineAgentStatusExSet,
            flags LineAgentSessionState   c_lineagentsessionstate      LineAgentSessionStateSet,
            flags LineAgentSessionStatus  c_lineagentsessionstatus     LineAgentSessionStatusSet,
            flags LineQueueStatus         c_linequeuestatus            LineQueueStatusSet,
            flags LineGroupStatus         c_linegroupstatus            LineGroupStatusSet,
            flags LineProxyStatus         c_lineproxystatus            LineProxyStatusSet,
            flags LineAnswerMode          c_lineanswermode             LineAnswerModeSet,
            flags LineBearerMode          c_linebearermode             LineBearerModeSet,
            flags LineBusyMode            c_linebusymode               LineBusyModeSet,
            flags LineCallComplCond       c_linecallcomplcond          LineCallComplCondSet,
            flags LineCallComplMode       c_linecallcomplmode          LineCallComplModeSet,
            flags LineCallFeature         c_linecallfeature            LineCallFeatureSet,
            flags LineCallFeature2        c_linecallfeature2           LineCallFeature2Set,
            flags LineCallHubTracking     c_linecallhubtracking        LineCallHubTrackingSet,
            flags LineCallInfoState       c_linecallinfostate          LineCallInfoStateSet,
            flags LineCallOrigin          c_linecallorigin             LineCallOriginSet,
            flags LineCallParamFlags      c_linecallparamflags         LineCallParamFlagsSet,
            flags LineCallPartyId         c_linecallpartyid            LineCallPartyIdSet,
            flags LineCallPrivilege       c_linecallprivilege          LineCallPrivilegeSet,
            flags LineCallReason          c_linecallreason             LineCallReasonSet,
            flags LineCallSelect          c_linecallselect             LineCallSelectSet,
            flags LineCallState           c_linecallstate              LineCallStateSet,
            enum  LineCallTreatment       c_linecalltreatment,
            flags LineCardOption          c_linecardoption             LineCardOptionSet,
            flags LineConnectedMode       c_lineconnectedmode          LineConnectedModeSet,
            flags LineDevCapFlags         c_linedevcapflags            LineDevCapFlagsSet,
            flags LineDevState            c_linedevstate               LineDevStateSet,
            flags LineDevStatusFlags      c_linedevstatusflags         LineDevStatusFlagsSet,
            flags LineDialToneMode        c_linedialtonemode           LineDialToneModeSet,
            flags LineDigitMode           c_linedigitmode              LineDigitModeSet,
            flags LineDisconnectMode      c_linedisconnectmode         LineDisconnectModeSet,
            enum  LineErr                 c_lineerr,
            flags LineFeature             c_linefeature                LineFeatureSet,
            flags LineForwardMode         c_lineforwardmode            LineForwardModeSet,
            flags LineGatherTerm          c_linegatherterm             LineGatherTermSet,
            flags LineGenerateTerm        c_linegenerateterm           LineGenerateTermSet,
            mixed LineInitializeExOption  c_lineinitializeexoption     LineInitializeExOptionSet,
            flags LineLocationOption      c_linelocationoption         LineLocationOptionSet,
            flags LineMediaControl        c_linemediacontrol           LineMediaControlSet,
            flags LineMediaMode           c_linemediamode              LineMediaModeSet,
            enum  Last                    c_last,
            flags LineOfferingMode        c_lineofferingmode           LineOfferingModeSet,
            flags LineOpenOption          c_lineopenoption             LineOpenOptionSet,
            flags LineParkMode            c_lineparkmode               LineParkModeSet,
            enum  LineProxyRequest        c_lineproxyrequest,
            enum  LineRemoveFromConf      c_lineremovefromconf,
            flags LineRequestMode         c_linerequestmode            LineRequestModeSet,
            flags LineRoamMode            c_lineroammode               LineRoamModeSet,
            flags LineSpecialInfo         c_linespecialinfo            LineSpecialInfoSet,
            flags LineTermDev             c_linetermdev                LineTermDevSet,
            flags LineTermMode            c_linetermmode               LineTermModeSet,
            flags LineTermSharing         c_linetermsharing            LineTermSharingSet,
            flags LineTollListOption      c_linetolllistoption         LineTollListOptionSet,
            flags LineToneMode            c_linetonemode               LineToneModeSet,
            flags LineTransferMode        c_linetransfermode           LineTransferModeSet,
            flags LineTranslateOption     c_linetranslateoption        LineTranslateOptionSet,
            flags LineTranslateResult     c_linetranslateresult        LineTranslateResultSet,
            enum  PhoneButtonFunction     c_phonebuttonfunction,
            flags PhoneButtonMode         c_phonebuttonmode            PhoneButtonModeSet,
            flags PhoneButtonState        c_phonebuttonstate           PhoneButtonStateSet,
            enum  PhoneErr                c_phoneerr,
            flags PhoneFeature            c_phonefeature               PhoneFeatureSet,
            flags PhoneHookSwitchDev      c_phonehookswitchdev         PhoneHookSwitchDevSet,
            flags PhoneHookSwitchMode     c_phonehookswitchmode        PhoneHookSwitchModeSet,
            enum  PhoneInitializeExOption c_phoneinitializeexoption,
            flags PhoneLampMode           c_phonelampmode              PhoneLampModeSet,
            flags PhonePrivilege          c_phoneprivilege             PhonePrivilegeSet,
            flags PhoneState              c_phonestate                 PhoneStateSet,
            flags PhoneStatusFlags        c_phonestatusflags           PhoneStatusFlagsSet,
            enum  StringFormat            c_stringformat,
            enum  TapiErr                 c_tapierr,
            enum  ProviderMessage         c_providermessage,
        }
    };
}

/// The list without the `tapi` feature: no family.
#[cfg(not(feature = "tapi"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_every_family {
    ($callback:ident) => {
        $callback! {}
    };
}
