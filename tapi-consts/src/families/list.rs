//! The list of every prebuilt family, declared once: [`__tapi_every_family!`](crate::__tapi_every_family).

/// Calls `$callback! { … }` with every prebuilt family, in the order `tapi.h`
/// defines them (the order of [`ALL`](crate::families::ALL)), one per line:
///
/// ```text
/// enum  Tapi                    c_tapi,
/// flags LineAgentSessionState   c_lineagentsessionstate,
/// mixed LineInitializeExOption  c_lineinitializeexoption,
/// ```
///
/// that is its kind ([`Kind`](crate::Kind): `enum`, `flags` or `mixed`),
/// its type, and the module of C-name constants its `#[tapi(c_consts)]`
/// generates. A callback matches
/// `$($kind:ident $family:ident $c_consts:ident),* $(,)?`.
///
/// Generated from it: [`families::ALL`](crate::families::ALL), the
/// re-exports of [`raw`](crate::raw), and the per-family tests of
/// `tests/tests/every_family.rs`, which also check that every family
/// declared under `src/families/` is in it. Adding a family is one line
/// here. Not part of the API: it may change in any release.
#[doc(hidden)]
#[macro_export]
macro_rules! __tapi_every_family {
    ($callback:ident) => {
        $callback! {
            enum  Tapi                    c_tapi,
            enum  Line                    c_line,
            enum  Phone                   c_phone,
            enum  Initialize              c_initialize,
            flags LineAddrCapFlags        c_lineaddrcapflags,
            flags LineAddressMode         c_lineaddressmode,
            flags LineAddressSharing      c_lineaddresssharing,
            flags LineAddressState        c_lineaddressstate,
            flags LineAddressType         c_lineaddresstype,
            flags LineAddrFeature         c_lineaddrfeature,
            flags LineAgentFeature        c_lineagentfeature,
            flags LineAgentState          c_lineagentstate,
            flags LineAgentStatus         c_lineagentstatus,
            flags LineAgentStateEx        c_lineagentstateex,
            flags LineAgentStatusEx       c_lineagentstatusex,
            flags LineAgentSessionState   c_lineagentsessionstate,
            flags LineAgentSessionStatus  c_lineagentsessionstatus,
            flags LineQueueStatus         c_linequeuestatus,
            flags LineGroupStatus         c_linegroupstatus,
            flags LineProxyStatus         c_lineproxystatus,
            flags LineAnswerMode          c_lineanswermode,
            flags LineBearerMode          c_linebearermode,
            flags LineBusyMode            c_linebusymode,
            flags LineCallComplCond       c_linecallcomplcond,
            flags LineCallComplMode       c_linecallcomplmode,
            flags LineCallFeature         c_linecallfeature,
            flags LineCallFeature2        c_linecallfeature2,
            flags LineCallHubTracking     c_linecallhubtracking,
            flags LineCallInfoState       c_linecallinfostate,
            flags LineCallOrigin          c_linecallorigin,
            flags LineCallParamFlags      c_linecallparamflags,
            flags LineCallPartyId         c_linecallpartyid,
            flags LineCallPrivilege       c_linecallprivilege,
            flags LineCallReason          c_linecallreason,
            flags LineCallSelect          c_linecallselect,
            flags LineCallState           c_linecallstate,
            enum  LineCallTreatment       c_linecalltreatment,
            flags LineCardOption          c_linecardoption,
            flags LineConnectedMode       c_lineconnectedmode,
            flags LineDevCapFlags         c_linedevcapflags,
            flags LineDevState            c_linedevstate,
            flags LineDevStatusFlags      c_linedevstatusflags,
            flags LineDialToneMode        c_linedialtonemode,
            flags LineDigitMode           c_linedigitmode,
            flags LineDisconnectMode      c_linedisconnectmode,
            enum  LineErr                 c_lineerr,
            flags LineFeature             c_linefeature,
            flags LineForwardMode         c_lineforwardmode,
            flags LineGatherTerm          c_linegatherterm,
            flags LineGenerateTerm        c_linegenerateterm,
            mixed LineInitializeExOption  c_lineinitializeexoption,
            flags LineLocationOption      c_linelocationoption,
            flags LineMediaControl        c_linemediacontrol,
            flags LineMediaMode           c_linemediamode,
            enum  Last                    c_last,
            flags LineOfferingMode        c_lineofferingmode,
            flags LineOpenOption          c_lineopenoption,
            flags LineParkMode            c_lineparkmode,
            enum  LineProxyRequest        c_lineproxyrequest,
            enum  LineRemoveFromConf      c_lineremovefromconf,
            flags LineRequestMode         c_linerequestmode,
            flags LineRoamMode            c_lineroammode,
            flags LineSpecialInfo         c_linespecialinfo,
            flags LineTermDev             c_linetermdev,
            flags LineTermMode            c_linetermmode,
            flags LineTermSharing         c_linetermsharing,
            flags LineTollListOption      c_linetolllistoption,
            flags LineToneMode            c_linetonemode,
            flags LineTransferMode        c_linetransfermode,
            flags LineTranslateOption     c_linetranslateoption,
            flags LineTranslateResult     c_linetranslateresult,
            enum  PhoneButtonFunction     c_phonebuttonfunction,
            flags PhoneButtonMode         c_phonebuttonmode,
            flags PhoneButtonState        c_phonebuttonstate,
            enum  PhoneErr                c_phoneerr,
            flags PhoneFeature            c_phonefeature,
            flags PhoneHookSwitchDev      c_phonehookswitchdev,
            flags PhoneHookSwitchMode     c_phonehookswitchmode,
            enum  PhoneInitializeExOption c_phoneinitializeexoption,
            flags PhoneLampMode           c_phonelampmode,
            flags PhonePrivilege          c_phoneprivilege,
            flags PhoneState              c_phonestate,
            flags PhoneStatusFlags        c_phonestatusflags,
            enum  StringFormat            c_stringformat,
            enum  TapiErr                 c_tapierr,
        }
    };
}
