// @generated from tapi-consts/families/call_info.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! What TAPI reports about a call: info changes, origin, reason, parties, privileges, treatment.
/// Levels of call hub tracking that a line device can offer, as reported in the
/// `LINECALLHUBTRACKINGINFO` structure read with `lineGetCallHubTracking` and set with
/// `lineSetCallHubTracking`.
///
/// Although the family counts as bit flags, its three values (0, 1 and 2) behave like a short sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallHubTracking {
    /// No call hub tracking is available or in effect on the line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLHUBTRACKING_NONE` = `0x00000000`")]
    None = 0x0000_0000,
    /// Call hubs are tracked inside the service provider only; changes that concern individual
    /// calls are not reported to the application.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLHUBTRACKING_PROVIDERLEVEL` = `0x00000001`")]
    ProviderLevel = 0x0000_0001,
    /// Tracking is done at the level of each individual call, so changes are reported call by call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLHUBTRACKING_ALLCALLS` = `0x00000002`")]
    AllCalls = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Levels of call hub tracking that a line device can offer, as reported in the `LINECALLHUBTRACKINGINFO` structure read with `lineGetCallHubTracking` and set with `lineSetCallHubTracking`.\n\nAlthough the family counts as bit flags, its three values (0, 1 and 2) behave like a short sequence.No call hub tracking is available or in effect on the line.Call hubs are tracked inside the service provider only; changes that concern individual calls are not reported to the application.Tracking is done at the level of each individual call, so changes are reported call by call."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Stufen der Anrufhub-Verfolgung, die ein Leitungsgerät bieten kann, wie sie in der Struktur `LINECALLHUBTRACKINGINFO` gemeldet werden, die mit `lineGetCallHubTracking` gelesen und mit `lineSetCallHubTracking` gesetzt wird.\n\nObwohl die Familie als Menge von Bits geführt wird, verhalten sich ihre drei Werte (0, 1 und 2) wie eine kurze Aufzählung.Auf der Leitung ist keine Anrufhub-Verfolgung verfügbar oder aktiv.Anrufhubs werden nur innerhalb des Dienstanbieters verfolgt; Änderungen, die einzelne Anrufe betreffen, werden der Anwendung nicht gemeldet.Die Verfolgung erfolgt auf der Ebene jedes einzelnen Anrufs, sodass Änderungen Anruf für Anruf gemeldet werden."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Niveaux de suivi des concentrateurs d’appels qu’un périphérique de ligne peut offrir, tels qu’ils sont indiqués dans la structure `LINECALLHUBTRACKINGINFO` lue avec `lineGetCallHubTracking` et modifiée avec `lineSetCallHubTracking`.\n\nBien que la famille soit classée parmi les indicateurs binaires, ses trois valeurs (0, 1 et 2) se comportent comme une courte suite.Aucun suivi des concentrateurs d’appels n’est disponible ni actif sur la ligne.Les concentrateurs d’appels ne sont suivis qu’au sein du fournisseur de services ; les changements qui concernent chaque appel ne sont pas signalés à l’application.Le suivi s’effectue au niveau de chaque appel, et les changements sont signalés appel par appel."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallHubTracking",
            prefix: "LINECALLHUBTRACKING_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 2u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINECALLHUBTRACKING_NONE",
                    "LINECALLHUBTRACKING_PROVIDERLEVEL",
                    "LINECALLHUBTRACKING_ALLCALLS",
                ],
                bits: &[0u64, 1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0 \x01\0\0\0\0\0\0\\\x01\0\0\0\0\0\0y\x01\0\0\x03\0\0\0\0\0 \x01\0\0;\0\0\0\\\x01\0\0D\0\0\0y\x01\0\0S\0\0\0\x03\0\0\0\0\0[\x01\0\0\x82\0\0\0\xA0\x01\0\0\x8D\0\0\0\xCC\x01\0\0\xAC\0\0\0\x03\0\0\0\0\0\xDD\x01\0\0\\\0\0\0-\x02\0\0q\0\0\0x\x02\0\0c\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLHUBTRACKING_NONE",
                        "LINECALLHUBTRACKING_PROVIDERLEVEL",
                        "LINECALLHUBTRACKING_ALLCALLS",
                        "NONE",
                        "PROVIDERLEVEL",
                        "ALLCALLS",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINECALLHUBTRACKING_PROVIDERLEVEL",
                        " | LINECALLHUBTRACKING_ALLCALLS",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLHUBTRACKING_` family (bit flags, `u32`); requires TAPI 2.2; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCallHubTracking>`](::tapi_consts::Flags), named [`LineCallHubTrackingSet`](crate::families::LineCallHubTrackingSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINECALLHUBTRACKING_NONE` | `0x00000000` | TAPI 3.0 |\n| `LINECALLHUBTRACKING_PROVIDERLEVEL` | `0x00000001` | TAPI 3.0 |\n| `LINECALLHUBTRACKING_ALLCALLS` | `0x00000002` | TAPI 3.0 |\n\n# Deutsch\n\nStufen der Anrufhub-Verfolgung, die ein Leitungsgerät bieten kann, wie sie in der Struktur `LINECALLHUBTRACKINGINFO` gemeldet werden, die mit `lineGetCallHubTracking` gelesen und mit `lineSetCallHubTracking` gesetzt wird.<br><br>Obwohl die Familie als Menge von Bits geführt wird, verhalten sich ihre drei Werte (0, 1 und 2) wie eine kurze Aufzählung.\n\n- `LINECALLHUBTRACKING_NONE`: Auf der Leitung ist keine Anrufhub-Verfolgung verfügbar oder aktiv.\n- `LINECALLHUBTRACKING_PROVIDERLEVEL`: Anrufhubs werden nur innerhalb des Dienstanbieters verfolgt; Änderungen, die einzelne Anrufe betreffen, werden der Anwendung nicht gemeldet.\n- `LINECALLHUBTRACKING_ALLCALLS`: Die Verfolgung erfolgt auf der Ebene jedes einzelnen Anrufs, sodass Änderungen Anruf für Anruf gemeldet werden.\n\n# Français\n\nNiveaux de suivi des concentrateurs d’appels qu’un périphérique de ligne peut offrir, tels qu’ils sont indiqués dans la structure `LINECALLHUBTRACKINGINFO` lue avec `lineGetCallHubTracking` et modifiée avec `lineSetCallHubTracking`.<br><br>Bien que la famille soit classée parmi les indicateurs binaires, ses trois valeurs (0, 1 et 2) se comportent comme une courte suite.\n\n- `LINECALLHUBTRACKING_NONE`: Aucun suivi des concentrateurs d’appels n’est disponible ni actif sur la ligne.\n- `LINECALLHUBTRACKING_PROVIDERLEVEL`: Les concentrateurs d’appels ne sont suivis qu’au sein du fournisseur de services ; les changements qui concernent chaque appel ne sont pas signalés à l’application.\n- `LINECALLHUBTRACKING_ALLCALLS`: Le suivi s’effectue au niveau de chaque appel, et les changements sont signalés appel par appel.\n"
    )]
    impl LineCallHubTracking {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::None,
            Self::ProviderLevel,
            Self::AllCalls,
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
                0 => __tapi::Some(Self::None),
                1 => __tapi::Some(Self::ProviderLevel),
                2 => __tapi::Some(Self::AllCalls),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLHUBTRACKING_NONE`; `{:#}` in `format!` gives the short name.
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
                let bits = self as ::core::primitive::u32;
                __tapi::map_index(
                    b"\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0",
                    bits.trailing_zeros() as ::core::primitive::usize,
                )
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineCallHubTracking {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallHubTracking> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallHubTracking) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallHubTracking {
        type Error = ::tapi_consts::UnknownValueError<LineCallHubTracking>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallHubTracking {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallHubTracking {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCallHubTracking {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCallHubTracking {
        type Output = ::tapi_consts::Flags<LineCallHubTracking>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCallHubTracking> {
            <::tapi_consts::Flags<
                LineCallHubTracking,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCallHubTracking>>
    for LineCallHubTracking {
        type Output = ::tapi_consts::Flags<LineCallHubTracking>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCallHubTracking>,
        ) -> ::tapi_consts::Flags<LineCallHubTracking> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallHubTracking, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallHubTracking);
};
///The `LINECALLHUBTRACKING_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecallhubtracking {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallHubTracking::None`](super::LineCallHubTracking::None)."
    )]
    pub const LINECALLHUBTRACKING_NONE: ::core::primitive::u32 = 0;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallHubTracking::ProviderLevel`](super::LineCallHubTracking::ProviderLevel)."
    )]
    pub const LINECALLHUBTRACKING_PROVIDERLEVEL: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallHubTracking::AllCalls`](super::LineCallHubTracking::AllCalls)."
    )]
    pub const LINECALLHUBTRACKING_ALLCALLS: ::core::primitive::u32 = 2;
}
/// Items of a call's `LINECALLINFO` record whose change can be reported to an application.
///
/// The flags arrive in the `dwParam1` parameter of the `LINE_CALLINFO` message; the
/// `dwCallInfoStates` member of `LINEADDRESSCAPS` uses them to tell which items are meaningful
/// for the calls on an address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallInfoState {
    /// Some call information item not covered by the other flags has changed; the application
    /// has to read the current `LINECALLINFO` to find out which.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_OTHER` = `0x00000001`")]
    Other = 0x0000_0001,
    /// The device-specific part of the call information has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_DEVSPECIFIC` = `0x00000002`")]
    DevSpecific = 0x0000_0002,
    /// The bearer mode of the call (`dwBearerMode`) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_BEARERMODE` = `0x00000004`")]
    BearerMode = 0x0000_0004,
    /// The data rate of the call (`dwRate`) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_RATE` = `0x00000008`")]
    Rate = 0x0000_0008,
    /// The media mode of the call (`dwMediaMode`) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_MEDIAMODE` = `0x00000010`")]
    MediaMode = 0x0000_0010,
    /// The application-defined value attached to the call (`dwAppSpecific`) has changed,
    /// typically after a `lineSetAppSpecific` call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_APPSPECIFIC` = `0x00000020`")]
    AppSpecific = 0x0000_0020,
    /// The identifier that the switch or service provider gives the call (`dwCallID`) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_CALLID` = `0x00000040`")]
    CallId = 0x0000_0040,
    /// The identifier of the call that this call is related to (`dwRelatedCallID`) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_RELATEDCALLID` = `0x00000080`")]
    RelatedCallId = 0x0000_0080,
    /// The origin of the call (`dwOrigin`, see `LINECALLORIGIN_`) has changed or has become known.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_ORIGIN` = `0x00000100`")]
    Origin = 0x0000_0100,
    /// The reason for the call (`dwReason`, see `LINECALLREASON_`) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_REASON` = `0x00000200`")]
    Reason = 0x0000_0200,
    /// The completion identifier (`dwCompletionID`), which links an incoming call to an earlier
    /// call completion request, has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_COMPLETIONID` = `0x00000400`")]
    CompletionId = 0x0000_0400,
    /// The number of applications holding owner privilege on the call (`dwNumOwners`) has gone up.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_NUMOWNERINCR` = `0x00000800`")]
    NumOwnerIncr = 0x0000_0800,
    /// The number of applications holding owner privilege on the call (`dwNumOwners`) has gone down.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_NUMOWNERDECR` = `0x00001000`")]
    NumOwnerDecr = 0x0000_1000,
    /// The number of applications with monitor privilege on the call (`dwNumMonitors`) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_NUMMONITORS` = `0x00002000`")]
    NumMonitors = 0x0000_2000,
    /// The trunk used by the call (`dwTrunk`) has changed or has become known.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_TRUNK` = `0x00004000`")]
    Trunk = 0x0000_4000,
    /// One of the members identifying the calling party (`dwCallerIDFlags` and the caller's
    /// number or name) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_CALLERID` = `0x00008000`")]
    CallerId = 0x0000_8000,
    /// One of the members identifying the called party (`dwCalledIDFlags` and the called number
    /// or name) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_CALLEDID` = `0x00010000`")]
    CalledId = 0x0001_0000,
    /// One of the members identifying the party the call is actually connected to
    /// (`dwConnectedIDFlags` and the related number or name) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_CONNECTEDID` = `0x00020000`")]
    ConnectedId = 0x0002_0000,
    /// The identification of the address the call was redirected to (`dwRedirectionIDFlags` and
    /// related members) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_REDIRECTIONID` = `0x00040000`")]
    RedirectionId = 0x0004_0000,
    /// The identification of the address that redirected the call (`dwRedirectingIDFlags` and
    /// related members) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_REDIRECTINGID` = `0x00080000`")]
    RedirectingId = 0x0008_0000,
    /// The display text the network or switch sent for the call has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_DISPLAY` = `0x00100000`")]
    Display = 0x0010_0000,
    /// The user-to-user information received for the call has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_USERUSERINFO` = `0x00200000`")]
    UserUserInfo = 0x0020_0000,
    /// The high-level compatibility information of the call (in the ISDN sense) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_HIGHLEVELCOMP` = `0x00400000`")]
    HighLevelComp = 0x0040_0000,
    /// The low-level compatibility information of the call (in the ISDN sense) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_LOWLEVELCOMP` = `0x00800000`")]
    LowLevelComp = 0x0080_0000,
    /// The charging information of the call has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_CHARGINGINFO` = `0x01000000`")]
    ChargingInfo = 0x0100_0000,
    /// The terminal modes of the call, that is which terminals carry its media, have changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_TERMINAL` = `0x02000000`")]
    Terminal = 0x0200_0000,
    /// The dialing parameters of the call (`DialParams`, a `LINEDIALPARAMS`) have changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_DIALPARAMS` = `0x04000000`")]
    DialParams = 0x0400_0000,
    /// One or more of the digit, tone or media mode detection settings of the call have changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_MONITORMODES` = `0x08000000`")]
    MonitorModes = 0x0800_0000,
    /// The call treatment (`dwCallTreatment`, see `LINECALLTREATMENT_`) has changed, for example
    /// after `lineSetCallTreatment`, a change of call state, a script run by the switch, or the end
    /// of a recorded announcement.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_TREATMENT` = `0x10000000`")]
    Treatment = 0x1000_0000,
    /// One or more of the quality-of-service members of `LINECALLINFO` have been updated.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_QOS` = `0x20000000`")]
    Qos = 0x2000_0000,
    /// The call data block of `LINECALLINFO` (`CallData`) has been updated, for example through
    /// `lineSetCallData`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLINFOSTATE_CALLDATA` = `0x40000000`")]
    CallData = 0x4000_0000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Items of a call's `LINECALLINFO` record whose change can be reported to an application.\n\nThe flags arrive in the `dwParam1` parameter of the `LINE_CALLINFO` message; the `dwCallInfoStates` member of `LINEADDRESSCAPS` uses them to tell which items are meaningful for the calls on an address.Some call information item not covered by the other flags has changed; the application has to read the current `LINECALLINFO` to find out which.The device-specific part of the call information has changed.The bearer mode of the call (`dwBearerMode`) has changed.The data rate of the call (`dwRate`) has changed.The media mode of the call (`dwMediaMode`) has changed.The application-defined value attached to the call (`dwAppSpecific`) has changed, typically after a `lineSetAppSpecific` call.The identifier that the switch or service provider gives the call (`dwCallID`) has changed.The identifier of the call that this call is related to (`dwRelatedCallID`) has changed.The origin of the call (`dwOrigin`, see `LINECALLORIGIN_`) has changed or has become known.The reason for the call (`dwReason`, see `LINECALLREASON_`) has changed.The completion identifier (`dwCompletionID`), which links an incoming call to an earlier call completion request, has changed.The number of applications holding owner privilege on the call (`dwNumOwners`) has gone up.The number of applications holding owner privilege on the call (`dwNumOwners`) has gone down.The number of applications with monitor privilege on the call (`dwNumMonitors`) has changed.The trunk used by the call (`dwTrunk`) has changed or has become known.One of the members identifying the calling party (`dwCallerIDFlags` and the caller's number or name) has changed.One of the members identifying the called party (`dwCalledIDFlags` and the called number or name) has changed.One of the members identifying the party the call is actually connected to (`dwConnectedIDFlags` and the related number or name) has changed.The identification of the address the call was redirected to (`dwRedirectionIDFlags` and related members) has changed.The identification of the address that redirected the call (`dwRedirectingIDFlags` and related members) has changed.The display text the network or switch sent for the call has changed.The user-to-user information received for the call has changed.The high-level compatibility information of the call (in the ISDN sense) has changed.The low-level compatibility information of the call (in the ISDN sense) has changed.The charging information of the call has changed.The terminal modes of the call, that is which terminals carry its media, have changed.The dialing parameters of the call (`DialParams`, a `LINEDIALPARAMS`) have changed.One or more of the digit, tone or media mode detection settings of the call have changed.The call treatment (`dwCallTreatment`, see `LINECALLTREATMENT_`) has changed, for example after `lineSetCallTreatment`, a change of call state, a script run by the switch, or the end of a recorded announcement.One or more of the quality-of-service members of `LINECALLINFO` have been updated.The call data block of `LINECALLINFO` (`CallData`) has been updated, for example through `lineSetCallData`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Elemente des Datensatzes `LINECALLINFO` eines Anrufs, deren Änderung einer Anwendung gemeldet werden kann.\n\nDie Bits kommen im Parameter `dwParam1` der Nachricht `LINE_CALLINFO` an; das Feld `dwCallInfoStates` von `LINEADDRESSCAPS` gibt mit ihnen an, welche Elemente für die Anrufe auf einer Adresse von Bedeutung sind.Ein Element der Anrufinformationen, das die anderen Bits nicht abdecken, hat sich geändert; die Anwendung muss die aktuelle Struktur `LINECALLINFO` lesen, um zu erfahren, welches.Der gerätespezifische Teil der Anrufinformationen hat sich geändert.Der Trägermodus des Anrufs (`dwBearerMode`) hat sich geändert.Die Datenrate des Anrufs (`dwRate`) hat sich geändert.Der Medienmodus des Anrufs (`dwMediaMode`) hat sich geändert.Der von der Anwendung festgelegte Wert, der dem Anruf zugeordnet ist (`dwAppSpecific`), hat sich geändert, meist nach einem Aufruf von `lineSetAppSpecific`.Die Kennung, die die Vermittlung oder der Dienstanbieter dem Anruf gibt (`dwCallID`), hat sich geändert.Die Kennung des Anrufs, mit dem dieser Anruf in Beziehung steht (`dwRelatedCallID`), hat sich geändert.Die Herkunft des Anrufs (`dwOrigin`, siehe `LINECALLORIGIN_`) hat sich geändert oder ist bekannt geworden.Der Grund des Anrufs (`dwReason`, siehe `LINECALLREASON_`) hat sich geändert.Die Kennung der Anrufvervollständigung (`dwCompletionID`), die einen eingehenden Anruf mit einer früheren Anforderung zur Anrufvervollständigung verknüpft, hat sich geändert.Die Anzahl der Anwendungen mit Besitzerprivileg für den Anruf (`dwNumOwners`) ist gestiegen.Die Anzahl der Anwendungen mit Besitzerprivileg für den Anruf (`dwNumOwners`) ist gesunken.Die Anzahl der Anwendungen mit Überwachungsberechtigung für den Anruf (`dwNumMonitors`) hat sich geändert.Die vom Anruf belegte Amtsleitung (`dwTrunk`) hat sich geändert oder ist bekannt geworden.Eines der Felder, die den Anrufer kennzeichnen (`dwCallerIDFlags` sowie Nummer oder Name des Anrufers), hat sich geändert.Eines der Felder, die den angerufenen Teilnehmer kennzeichnen (`dwCalledIDFlags` sowie die angerufene Nummer oder der angerufene Name), hat sich geändert.Eines der Felder, die den Teilnehmer kennzeichnen, mit dem der Anruf tatsächlich verbunden ist (`dwConnectedIDFlags` sowie die zugehörige Nummer oder der zugehörige Name), hat sich geändert.Die Kennungsangaben der Adresse, zu der der Anruf umgeleitet wurde (`dwRedirectionIDFlags` und die zugehörigen Felder), haben sich geändert.Die Kennungsangaben der Adresse, die den Anruf umgeleitet hat (`dwRedirectingIDFlags` und die zugehörigen Felder), haben sich geändert.Der Displaytext, den das Netz oder die Vermittlung für den Anruf gesendet hat, hat sich geändert.Die für den Anruf empfangenen Benutzer-zu-Benutzer-Informationen haben sich geändert.Die Angaben zur Kompatibilität der höheren Schichten (im Sinne von ISDN) für den Anruf haben sich geändert.Die Angaben zur Kompatibilität der unteren Schichten (im Sinne von ISDN) für den Anruf haben sich geändert.Die Gebühreninformationen des Anrufs haben sich geändert.Die Endgerätemodi des Anrufs, also die Endgeräte, über die seine Medien geleitet werden, haben sich geändert.Die Wählparameter des Anrufs (`DialParams`, eine Struktur `LINEDIALPARAMS`) haben sich geändert.Eine oder mehrere Einstellungen des Anrufs zur Erkennung von Ziffern, Tönen oder Medienmodi haben sich geändert.Die Anrufbehandlung (`dwCallTreatment`, siehe `LINECALLTREATMENT_`) hat sich geändert, etwa nach `lineSetCallTreatment`, einem Wechsel des Anrufzustands, einem von der Vermittlung ausgeführten Skript oder dem Ende einer aufgezeichneten Ansage.Ein oder mehrere Felder von `LINECALLINFO` zur QoS (Dienstgüte) wurden aktualisiert.Der Block mit den Anrufdaten in `LINECALLINFO` (`CallData`) wurde aktualisiert, etwa durch `lineSetCallData`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Éléments de l’enregistrement `LINECALLINFO` d’un appel dont la modification peut être signalée à une application.\n\nCes indicateurs sont transmis dans le paramètre `dwParam1` du message `LINE_CALLINFO` ; le membre `dwCallInfoStates` de `LINEADDRESSCAPS` s’en sert pour indiquer quels éléments ont un sens pour les appels d’une adresse.Un élément d’information d’appel que les autres indicateurs ne couvrent pas a changé ; l’application doit relire la structure `LINECALLINFO` actuelle pour savoir lequel.La partie propre au périphérique des informations d’appel a changé.Le mode porteur de l’appel (`dwBearerMode`) a changé.Le débit de l’appel (`dwRate`) a changé.Le mode de média de l’appel (`dwMediaMode`) a changé.La valeur définie par l’application et rattachée à l’appel (`dwAppSpecific`) a changé, en général à la suite d’un appel à `lineSetAppSpecific`.L’identifiant que le commutateur ou le fournisseur de services attribue à l’appel (`dwCallID`) a changé.L’identifiant de l’appel auquel cet appel est lié (`dwRelatedCallID`) a changé.L’origine de l’appel (`dwOrigin`, voir `LINECALLORIGIN_`) a changé ou vient d’être connue.Le motif de l’appel (`dwReason`, voir `LINECALLREASON_`) a changé.L’identifiant d’achèvement (`dwCompletionID`), qui rattache un appel entrant à une demande d’achèvement d’appel antérieure, a changé.Le nombre d’applications détenant le privilège de propriétaire sur l’appel (`dwNumOwners`) a augmenté.Le nombre d’applications détenant le privilège de propriétaire sur l’appel (`dwNumOwners`) a diminué.Le nombre d’applications détenant le privilège de surveillance sur l’appel (`dwNumMonitors`) a changé.La ligne réseau empruntée par l’appel (`dwTrunk`) a changé ou vient d’être connue.L’un des membres qui identifient l’appelant (`dwCallerIDFlags` et le numéro ou le nom de l’appelant) a changé.L’un des membres qui identifient l’appelé (`dwCalledIDFlags` et le numéro ou le nom de l’appelé) a changé.L’un des membres qui identifient le correspondant auquel l’appel est réellement connecté (`dwConnectedIDFlags` et le numéro ou le nom associés) a changé.L’identification de l’adresse vers laquelle l’appel a été redirigé (`dwRedirectionIDFlags` et les membres associés) a changé.L’identification de l’adresse qui a redirigé l’appel (`dwRedirectingIDFlags` et les membres associés) a changé.Le texte d’affichage envoyé pour l’appel par le réseau ou le commutateur a changé.Les informations d’usager à usager reçues pour l’appel ont changé.Les informations de compatibilité de couche haute de l’appel (au sens du RNIS) ont changé.Les informations de compatibilité de couche basse de l’appel (au sens du RNIS) ont changé.Les informations de taxation de l’appel ont changé.Les modes de terminal de l’appel, c’est-à-dire les terminaux qui acheminent son média, ont changé.Les paramètres de numérotation de l’appel (`DialParams`, de type `LINEDIALPARAMS`) ont changé.Un ou plusieurs réglages de détection des chiffres, des tonalités ou des modes de média de l’appel ont changé.Le traitement de l’appel (`dwCallTreatment`, voir `LINECALLTREATMENT_`) a changé, par exemple après `lineSetCallTreatment`, un changement d’état de l’appel, un script exécuté par le commutateur ou la fin d’une annonce enregistrée.Un ou plusieurs membres de qualité de service de `LINECALLINFO` ont été mis à jour.Le bloc de données d’appel de `LINECALLINFO` (`CallData`) a été mis à jour, par exemple par `lineSetCallData`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallInfoState",
            prefix: "LINECALLINFOSTATE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 2147483647u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINECALLINFOSTATE_OTHER",
                    "LINECALLINFOSTATE_DEVSPECIFIC",
                    "LINECALLINFOSTATE_BEARERMODE",
                    "LINECALLINFOSTATE_RATE",
                    "LINECALLINFOSTATE_MEDIAMODE",
                    "LINECALLINFOSTATE_APPSPECIFIC",
                    "LINECALLINFOSTATE_CALLID",
                    "LINECALLINFOSTATE_RELATEDCALLID",
                    "LINECALLINFOSTATE_ORIGIN",
                    "LINECALLINFOSTATE_REASON",
                    "LINECALLINFOSTATE_COMPLETIONID",
                    "LINECALLINFOSTATE_NUMOWNERINCR",
                    "LINECALLINFOSTATE_NUMOWNERDECR",
                    "LINECALLINFOSTATE_NUMMONITORS",
                    "LINECALLINFOSTATE_TRUNK",
                    "LINECALLINFOSTATE_CALLERID",
                    "LINECALLINFOSTATE_CALLEDID",
                    "LINECALLINFOSTATE_CONNECTEDID",
                    "LINECALLINFOSTATE_REDIRECTIONID",
                    "LINECALLINFOSTATE_REDIRECTINGID",
                    "LINECALLINFOSTATE_DISPLAY",
                    "LINECALLINFOSTATE_USERUSERINFO",
                    "LINECALLINFOSTATE_HIGHLEVELCOMP",
                    "LINECALLINFOSTATE_LOWLEVELCOMP",
                    "LINECALLINFOSTATE_CHARGINGINFO",
                    "LINECALLINFOSTATE_TERMINAL",
                    "LINECALLINFOSTATE_DIALPARAMS",
                    "LINECALLINFOSTATE_MONITORMODES",
                    "LINECALLINFOSTATE_TREATMENT",
                    "LINECALLINFOSTATE_QOS",
                    "LINECALLINFOSTATE_CALLDATA",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64, 4096u64, 8192u64, 16384u64, 32768u64, 65536u64,
                    131072u64, 262144u64, 524288u64, 1048576u64, 2097152u64, 4194304u64,
                    8388608u64, 16777216u64, 33554432u64, 67108864u64, 134217728u64,
                    268435456u64, 536870912u64, 1073741824u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\"\x01\0\0\0\0\0\0A\x01\0\0\0\0\0\0^\x01\0\0\xFF\xFF\0\0\0\0\"\x01\0\0\x90\0\0\0A\x01\0\0\xB4\0\0\0^\x01\0\0\xB2\0\0\0\xFF\xFF\0\0\0\0\xB2\x01\0\0=\0\0\0\xF5\x01\0\0F\0\0\0\x10\x02\0\0H\0\0\0\xFF\xFF\0\0\0\0\xEF\x01\0\09\0\0\0;\x02\0\0@\0\0\0X\x02\0\08\0\0\0\xFF\xFF\0\0\0\0(\x02\0\x001\0\0\0{\x02\0\x007\0\0\0\x90\x02\0\0,\0\0\0\xFF\xFF\0\0\0\0Y\x02\0\x007\0\0\0\xB2\x02\0\0>\0\0\0\xBC\x02\0\09\0\0\0\xFF\xFF\0\0\0\0\x90\x02\0\0~\0\0\0\xF0\x02\0\0\x9D\0\0\0\xF5\x02\0\0\x9D\0\0\0\xFF\xFF\0\0\0\0\x0E\x03\0\0[\0\0\0\x8D\x03\0\0i\0\0\0\x92\x03\0\0n\0\0\0\xFF\xFF\0\0\0\0i\x03\0\0X\0\0\0\xF6\x03\0\0h\0\0\0\0\x04\0\0U\0\0\0\xFF\xFF\0\0\0\0\xC1\x03\0\0[\0\0\0^\x04\0\0k\0\0\0U\x04\0\0b\0\0\0\xFF\xFF\0\0\0\0\x1C\x04\0\0H\0\0\0\xC9\x04\0\0N\0\0\0\xB7\x04\0\0E\0\0\0\xFF\xFF\0\0\0\0d\x04\0\0~\0\0\0\x17\x05\0\0\xB3\0\0\0\xFC\x04\0\0\x92\0\0\0\xFF\xFF\0\0\0\0\xE2\x04\0\0[\0\0\0\xCA\x05\0\0]\0\0\0\x8E\x05\0\0n\0\0\0\xFF\xFF\0\0\0\0=\x05\0\0]\0\0\0'\x06\0\0\\\0\0\0\xFC\x05\0\0m\0\0\0\xFF\xFF\0\0\0\0\x9A\x05\0\0\\\0\0\0\x83\x06\0\0m\0\0\0i\x06\0\0m\0\0\0\xFF\xFF\0\0\0\0\xF6\x05\0\0G\0\0\0\xF0\x06\0\0[\0\0\0\xD6\x06\0\0Z\0\0\0\xFF\xFF\0\0\0\0=\x06\0\0q\0\0\0K\x07\0\0{\0\0\x000\x07\0\0v\0\0\0\xFF\xFF\0\0\0\0\xAE\x06\0\0n\0\0\0\xC6\x07\0\0\x9B\0\0\0\xA6\x07\0\0t\0\0\0\xFF\xFF\0\0\0\0\x1C\x07\0\0\x8D\0\0\0a\x08\0\0\xC2\0\0\0\x1A\x08\0\0\xA2\0\0\0\xFF\xFF\0\0\0\0\xA9\x07\0\0v\0\0\0#\t\0\0\x8E\0\0\0\xBC\x08\0\0\x88\0\0\0\xFF\xFF\0\0\0\0\x1F\x08\0\0t\0\0\0\xB1\t\0\0\x89\0\0\0D\t\0\0x\0\0\0\xFF\xFF\0\0\0\0\x93\x08\0\0E\0\0\0:\n\0\0c\0\0\0\xBC\t\0\0Y\0\0\0\xFF\xFF\0\0\0\0\xD8\x08\0\0?\0\0\0\x9D\n\0\0W\0\0\0\x15\n\0\0I\0\0\0\xFF\xFF\0\0\0\0\x17\t\0\0U\0\0\0\xF4\n\0\0o\0\0\0^\n\0\0^\0\0\0\xFF\xFF\0\0\0\0l\t\0\0T\0\0\0c\x0B\0\0n\0\0\0\xBC\n\0\0^\0\0\0\xFF\xFF\0\0\0\0\xC0\t\0\x001\0\0\0\xD1\x0B\0\0;\0\0\0\x1A\x0B\0\x006\0\0\0\xFF\xFF\0\0\0\0\xF1\t\0\0V\0\0\0\x0C\x0C\0\0q\0\0\0P\x0B\0\0i\0\0\0\xFF\xFF\0\0\0\0G\n\0\0S\0\0\0}\x0C\0\0b\0\0\0\xB9\x0B\0\0c\0\0\0\xFF\xFF\0\0\0\0\x9A\n\0\0Y\0\0\0\xDF\x0C\0\0r\0\0\0\x1C\x0C\0\0u\0\0\0\x02\0\0\0\0\0\xF3\n\0\0\xD2\0\0\0Q\r\0\0\xF5\0\0\0\x91\x0C\0\0\xF4\0\0\0\x02\0\0\0\0\0\xC5\x0B\0\0R\0\0\0F\x0E\0\0U\0\0\0\x85\r\0\0W\0\0\0\x02\0\0\0\0\0\x17\x0C\0\0k\0\0\0\x9B\x0E\0\0m\0\0\0\xDC\r\0\0t\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLINFOSTATE_OTHER",
                        "LINECALLINFOSTATE_DEVSPECIFIC",
                        "LINECALLINFOSTATE_BEARERMODE",
                        "LINECALLINFOSTATE_RATE",
                        "LINECALLINFOSTATE_MEDIAMODE",
                        "LINECALLINFOSTATE_APPSPECIFIC",
                        "LINECALLINFOSTATE_CALLID",
                        "LINECALLINFOSTATE_RELATEDCALLID",
                        "LINECALLINFOSTATE_ORIGIN",
                        "LINECALLINFOSTATE_REASON",
                        "LINECALLINFOSTATE_COMPLETIONID",
                        "LINECALLINFOSTATE_NUMOWNERINCR",
                        "LINECALLINFOSTATE_NUMOWNERDECR",
                        "LINECALLINFOSTATE_NUMMONITORS",
                        "LINECALLINFOSTATE_TRUNK",
                        "LINECALLINFOSTATE_CALLERID",
                        "LINECALLINFOSTATE_CALLEDID",
                        "LINECALLINFOSTATE_CONNECTEDID",
                        "LINECALLINFOSTATE_REDIRECTIONID",
                        "LINECALLINFOSTATE_REDIRECTINGID",
                        "LINECALLINFOSTATE_DISPLAY",
                        "LINECALLINFOSTATE_USERUSERINFO",
                        "LINECALLINFOSTATE_HIGHLEVELCOMP",
                        "LINECALLINFOSTATE_LOWLEVELCOMP",
                        "LINECALLINFOSTATE_CHARGINGINFO",
                        "LINECALLINFOSTATE_TERMINAL",
                        "LINECALLINFOSTATE_DIALPARAMS",
                        "LINECALLINFOSTATE_MONITORMODES",
                        "LINECALLINFOSTATE_TREATMENT",
                        "LINECALLINFOSTATE_QOS",
                        "LINECALLINFOSTATE_CALLDATA",
                        "OTHER",
                        "DEVSPECIFIC",
                        "BEARERMODE",
                        "RATE",
                        "MEDIAMODE",
                        "APPSPECIFIC",
                        "CALLID",
                        "RELATEDCALLID",
                        "ORIGIN",
                        "REASON",
                        "COMPLETIONID",
                        "NUMOWNERINCR",
                        "NUMOWNERDECR",
                        "NUMMONITORS",
                        "TRUNK",
                        "CALLERID",
                        "CALLEDID",
                        "CONNECTEDID",
                        "REDIRECTIONID",
                        "REDIRECTINGID",
                        "DISPLAY",
                        "USERUSERINFO",
                        "HIGHLEVELCOMP",
                        "LOWLEVELCOMP",
                        "CHARGINGINFO",
                        "TERMINAL",
                        "DIALPARAMS",
                        "MONITORMODES",
                        "TREATMENT",
                        "QOS",
                        "CALLDATA",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\xFF\xFF",
                    bit_terms: &[
                        " | LINECALLINFOSTATE_OTHER",
                        " | LINECALLINFOSTATE_DEVSPECIFIC",
                        " | LINECALLINFOSTATE_BEARERMODE",
                        " | LINECALLINFOSTATE_RATE",
                        " | LINECALLINFOSTATE_MEDIAMODE",
                        " | LINECALLINFOSTATE_APPSPECIFIC",
                        " | LINECALLINFOSTATE_CALLID",
                        " | LINECALLINFOSTATE_RELATEDCALLID",
                        " | LINECALLINFOSTATE_ORIGIN",
                        " | LINECALLINFOSTATE_REASON",
                        " | LINECALLINFOSTATE_COMPLETIONID",
                        " | LINECALLINFOSTATE_NUMOWNERINCR",
                        " | LINECALLINFOSTATE_NUMOWNERDECR",
                        " | LINECALLINFOSTATE_NUMMONITORS",
                        " | LINECALLINFOSTATE_TRUNK",
                        " | LINECALLINFOSTATE_CALLERID",
                        " | LINECALLINFOSTATE_CALLEDID",
                        " | LINECALLINFOSTATE_CONNECTEDID",
                        " | LINECALLINFOSTATE_REDIRECTIONID",
                        " | LINECALLINFOSTATE_REDIRECTINGID",
                        " | LINECALLINFOSTATE_DISPLAY",
                        " | LINECALLINFOSTATE_USERUSERINFO",
                        " | LINECALLINFOSTATE_HIGHLEVELCOMP",
                        " | LINECALLINFOSTATE_LOWLEVELCOMP",
                        " | LINECALLINFOSTATE_CHARGINGINFO",
                        " | LINECALLINFOSTATE_TERMINAL",
                        " | LINECALLINFOSTATE_DIALPARAMS",
                        " | LINECALLINFOSTATE_MONITORMODES",
                        " | LINECALLINFOSTATE_TREATMENT",
                        " | LINECALLINFOSTATE_QOS",
                        " | LINECALLINFOSTATE_CALLDATA",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 15896332661193327458u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF8\0\x19\0\x02\0\x02\0\xFF\xFF\xFF\xFF)\0\n\0\xFF\xFF\xFF\xFF\x19\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0=\0\x1E\x006\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF2\0\x13\0\x14\0\x14\0\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\x1B\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0\x05\0\xFF\xFF\xFF\xFF3\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF5\0\x16\0\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF0\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x1A\0\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0\x01\0\x17\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF.\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x16\09\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\0\0\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF;\0\x1C\0\xFF\xFF\xFF\xFF:\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF7\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF1\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0\x0E\0\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF<\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLINFOSTATE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCallInfoState>`](::tapi_consts::Flags), named [`LineCallInfoStateSet`](crate::families::LineCallInfoStateSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINECALLINFOSTATE_OTHER` | `0x00000001` |  |\n| `LINECALLINFOSTATE_DEVSPECIFIC` | `0x00000002` |  |\n| `LINECALLINFOSTATE_BEARERMODE` | `0x00000004` |  |\n| `LINECALLINFOSTATE_RATE` | `0x00000008` |  |\n| `LINECALLINFOSTATE_MEDIAMODE` | `0x00000010` |  |\n| `LINECALLINFOSTATE_APPSPECIFIC` | `0x00000020` |  |\n| `LINECALLINFOSTATE_CALLID` | `0x00000040` |  |\n| `LINECALLINFOSTATE_RELATEDCALLID` | `0x00000080` |  |\n| `LINECALLINFOSTATE_ORIGIN` | `0x00000100` |  |\n| `LINECALLINFOSTATE_REASON` | `0x00000200` |  |\n| `LINECALLINFOSTATE_COMPLETIONID` | `0x00000400` |  |\n| `LINECALLINFOSTATE_NUMOWNERINCR` | `0x00000800` |  |\n| `LINECALLINFOSTATE_NUMOWNERDECR` | `0x00001000` |  |\n| `LINECALLINFOSTATE_NUMMONITORS` | `0x00002000` |  |\n| `LINECALLINFOSTATE_TRUNK` | `0x00004000` |  |\n| `LINECALLINFOSTATE_CALLERID` | `0x00008000` |  |\n| `LINECALLINFOSTATE_CALLEDID` | `0x00010000` |  |\n| `LINECALLINFOSTATE_CONNECTEDID` | `0x00020000` |  |\n| `LINECALLINFOSTATE_REDIRECTIONID` | `0x00040000` |  |\n| `LINECALLINFOSTATE_REDIRECTINGID` | `0x00080000` |  |\n| `LINECALLINFOSTATE_DISPLAY` | `0x00100000` |  |\n| `LINECALLINFOSTATE_USERUSERINFO` | `0x00200000` |  |\n| `LINECALLINFOSTATE_HIGHLEVELCOMP` | `0x00400000` |  |\n| `LINECALLINFOSTATE_LOWLEVELCOMP` | `0x00800000` |  |\n| `LINECALLINFOSTATE_CHARGINGINFO` | `0x01000000` |  |\n| `LINECALLINFOSTATE_TERMINAL` | `0x02000000` |  |\n| `LINECALLINFOSTATE_DIALPARAMS` | `0x04000000` |  |\n| `LINECALLINFOSTATE_MONITORMODES` | `0x08000000` |  |\n| `LINECALLINFOSTATE_TREATMENT` | `0x10000000` | TAPI 2.0 |\n| `LINECALLINFOSTATE_QOS` | `0x20000000` | TAPI 2.0 |\n| `LINECALLINFOSTATE_CALLDATA` | `0x40000000` | TAPI 2.0 |\n\n# Deutsch\n\nElemente des Datensatzes `LINECALLINFO` eines Anrufs, deren Änderung einer Anwendung gemeldet werden kann.<br><br>Die Bits kommen im Parameter `dwParam1` der Nachricht `LINE_CALLINFO` an; das Feld `dwCallInfoStates` von `LINEADDRESSCAPS` gibt mit ihnen an, welche Elemente für die Anrufe auf einer Adresse von Bedeutung sind.\n\n- `LINECALLINFOSTATE_OTHER`: Ein Element der Anrufinformationen, das die anderen Bits nicht abdecken, hat sich geändert; die Anwendung muss die aktuelle Struktur `LINECALLINFO` lesen, um zu erfahren, welches.\n- `LINECALLINFOSTATE_DEVSPECIFIC`: Der gerätespezifische Teil der Anrufinformationen hat sich geändert.\n- `LINECALLINFOSTATE_BEARERMODE`: Der Trägermodus des Anrufs (`dwBearerMode`) hat sich geändert.\n- `LINECALLINFOSTATE_RATE`: Die Datenrate des Anrufs (`dwRate`) hat sich geändert.\n- `LINECALLINFOSTATE_MEDIAMODE`: Der Medienmodus des Anrufs (`dwMediaMode`) hat sich geändert.\n- `LINECALLINFOSTATE_APPSPECIFIC`: Der von der Anwendung festgelegte Wert, der dem Anruf zugeordnet ist (`dwAppSpecific`), hat sich geändert, meist nach einem Aufruf von `lineSetAppSpecific`.\n- `LINECALLINFOSTATE_CALLID`: Die Kennung, die die Vermittlung oder der Dienstanbieter dem Anruf gibt (`dwCallID`), hat sich geändert.\n- `LINECALLINFOSTATE_RELATEDCALLID`: Die Kennung des Anrufs, mit dem dieser Anruf in Beziehung steht (`dwRelatedCallID`), hat sich geändert.\n- `LINECALLINFOSTATE_ORIGIN`: Die Herkunft des Anrufs (`dwOrigin`, siehe `LINECALLORIGIN_`) hat sich geändert oder ist bekannt geworden.\n- `LINECALLINFOSTATE_REASON`: Der Grund des Anrufs (`dwReason`, siehe `LINECALLREASON_`) hat sich geändert.\n- `LINECALLINFOSTATE_COMPLETIONID`: Die Kennung der Anrufvervollständigung (`dwCompletionID`), die einen eingehenden Anruf mit einer früheren Anforderung zur Anrufvervollständigung verknüpft, hat sich geändert.\n- `LINECALLINFOSTATE_NUMOWNERINCR`: Die Anzahl der Anwendungen mit Besitzerprivileg für den Anruf (`dwNumOwners`) ist gestiegen.\n- `LINECALLINFOSTATE_NUMOWNERDECR`: Die Anzahl der Anwendungen mit Besitzerprivileg für den Anruf (`dwNumOwners`) ist gesunken.\n- `LINECALLINFOSTATE_NUMMONITORS`: Die Anzahl der Anwendungen mit Überwachungsberechtigung für den Anruf (`dwNumMonitors`) hat sich geändert.\n- `LINECALLINFOSTATE_TRUNK`: Die vom Anruf belegte Amtsleitung (`dwTrunk`) hat sich geändert oder ist bekannt geworden.\n- `LINECALLINFOSTATE_CALLERID`: Eines der Felder, die den Anrufer kennzeichnen (`dwCallerIDFlags` sowie Nummer oder Name des Anrufers), hat sich geändert.\n- `LINECALLINFOSTATE_CALLEDID`: Eines der Felder, die den angerufenen Teilnehmer kennzeichnen (`dwCalledIDFlags` sowie die angerufene Nummer oder der angerufene Name), hat sich geändert.\n- `LINECALLINFOSTATE_CONNECTEDID`: Eines der Felder, die den Teilnehmer kennzeichnen, mit dem der Anruf tatsächlich verbunden ist (`dwConnectedIDFlags` sowie die zugehörige Nummer oder der zugehörige Name), hat sich geändert.\n- `LINECALLINFOSTATE_REDIRECTIONID`: Die Kennungsangaben der Adresse, zu der der Anruf umgeleitet wurde (`dwRedirectionIDFlags` und die zugehörigen Felder), haben sich geändert.\n- `LINECALLINFOSTATE_REDIRECTINGID`: Die Kennungsangaben der Adresse, die den Anruf umgeleitet hat (`dwRedirectingIDFlags` und die zugehörigen Felder), haben sich geändert.\n- `LINECALLINFOSTATE_DISPLAY`: Der Displaytext, den das Netz oder die Vermittlung für den Anruf gesendet hat, hat sich geändert.\n- `LINECALLINFOSTATE_USERUSERINFO`: Die für den Anruf empfangenen Benutzer-zu-Benutzer-Informationen haben sich geändert.\n- `LINECALLINFOSTATE_HIGHLEVELCOMP`: Die Angaben zur Kompatibilität der höheren Schichten (im Sinne von ISDN) für den Anruf haben sich geändert.\n- `LINECALLINFOSTATE_LOWLEVELCOMP`: Die Angaben zur Kompatibilität der unteren Schichten (im Sinne von ISDN) für den Anruf haben sich geändert.\n- `LINECALLINFOSTATE_CHARGINGINFO`: Die Gebühreninformationen des Anrufs haben sich geändert.\n- `LINECALLINFOSTATE_TERMINAL`: Die Endgerätemodi des Anrufs, also die Endgeräte, über die seine Medien geleitet werden, haben sich geändert.\n- `LINECALLINFOSTATE_DIALPARAMS`: Die Wählparameter des Anrufs (`DialParams`, eine Struktur `LINEDIALPARAMS`) haben sich geändert.\n- `LINECALLINFOSTATE_MONITORMODES`: Eine oder mehrere Einstellungen des Anrufs zur Erkennung von Ziffern, Tönen oder Medienmodi haben sich geändert.\n- `LINECALLINFOSTATE_TREATMENT`: Die Anrufbehandlung (`dwCallTreatment`, siehe `LINECALLTREATMENT_`) hat sich geändert, etwa nach `lineSetCallTreatment`, einem Wechsel des Anrufzustands, einem von der Vermittlung ausgeführten Skript oder dem Ende einer aufgezeichneten Ansage.\n- `LINECALLINFOSTATE_QOS`: Ein oder mehrere Felder von `LINECALLINFO` zur QoS (Dienstgüte) wurden aktualisiert.\n- `LINECALLINFOSTATE_CALLDATA`: Der Block mit den Anrufdaten in `LINECALLINFO` (`CallData`) wurde aktualisiert, etwa durch `lineSetCallData`.\n\n# Français\n\nÉléments de l’enregistrement `LINECALLINFO` d’un appel dont la modification peut être signalée à une application.<br><br>Ces indicateurs sont transmis dans le paramètre `dwParam1` du message `LINE_CALLINFO` ; le membre `dwCallInfoStates` de `LINEADDRESSCAPS` s’en sert pour indiquer quels éléments ont un sens pour les appels d’une adresse.\n\n- `LINECALLINFOSTATE_OTHER`: Un élément d’information d’appel que les autres indicateurs ne couvrent pas a changé ; l’application doit relire la structure `LINECALLINFO` actuelle pour savoir lequel.\n- `LINECALLINFOSTATE_DEVSPECIFIC`: La partie propre au périphérique des informations d’appel a changé.\n- `LINECALLINFOSTATE_BEARERMODE`: Le mode porteur de l’appel (`dwBearerMode`) a changé.\n- `LINECALLINFOSTATE_RATE`: Le débit de l’appel (`dwRate`) a changé.\n- `LINECALLINFOSTATE_MEDIAMODE`: Le mode de média de l’appel (`dwMediaMode`) a changé.\n- `LINECALLINFOSTATE_APPSPECIFIC`: La valeur définie par l’application et rattachée à l’appel (`dwAppSpecific`) a changé, en général à la suite d’un appel à `lineSetAppSpecific`.\n- `LINECALLINFOSTATE_CALLID`: L’identifiant que le commutateur ou le fournisseur de services attribue à l’appel (`dwCallID`) a changé.\n- `LINECALLINFOSTATE_RELATEDCALLID`: L’identifiant de l’appel auquel cet appel est lié (`dwRelatedCallID`) a changé.\n- `LINECALLINFOSTATE_ORIGIN`: L’origine de l’appel (`dwOrigin`, voir `LINECALLORIGIN_`) a changé ou vient d’être connue.\n- `LINECALLINFOSTATE_REASON`: Le motif de l’appel (`dwReason`, voir `LINECALLREASON_`) a changé.\n- `LINECALLINFOSTATE_COMPLETIONID`: L’identifiant d’achèvement (`dwCompletionID`), qui rattache un appel entrant à une demande d’achèvement d’appel antérieure, a changé.\n- `LINECALLINFOSTATE_NUMOWNERINCR`: Le nombre d’applications détenant le privilège de propriétaire sur l’appel (`dwNumOwners`) a augmenté.\n- `LINECALLINFOSTATE_NUMOWNERDECR`: Le nombre d’applications détenant le privilège de propriétaire sur l’appel (`dwNumOwners`) a diminué.\n- `LINECALLINFOSTATE_NUMMONITORS`: Le nombre d’applications détenant le privilège de surveillance sur l’appel (`dwNumMonitors`) a changé.\n- `LINECALLINFOSTATE_TRUNK`: La ligne réseau empruntée par l’appel (`dwTrunk`) a changé ou vient d’être connue.\n- `LINECALLINFOSTATE_CALLERID`: L’un des membres qui identifient l’appelant (`dwCallerIDFlags` et le numéro ou le nom de l’appelant) a changé.\n- `LINECALLINFOSTATE_CALLEDID`: L’un des membres qui identifient l’appelé (`dwCalledIDFlags` et le numéro ou le nom de l’appelé) a changé.\n- `LINECALLINFOSTATE_CONNECTEDID`: L’un des membres qui identifient le correspondant auquel l’appel est réellement connecté (`dwConnectedIDFlags` et le numéro ou le nom associés) a changé.\n- `LINECALLINFOSTATE_REDIRECTIONID`: L’identification de l’adresse vers laquelle l’appel a été redirigé (`dwRedirectionIDFlags` et les membres associés) a changé.\n- `LINECALLINFOSTATE_REDIRECTINGID`: L’identification de l’adresse qui a redirigé l’appel (`dwRedirectingIDFlags` et les membres associés) a changé.\n- `LINECALLINFOSTATE_DISPLAY`: Le texte d’affichage envoyé pour l’appel par le réseau ou le commutateur a changé.\n- `LINECALLINFOSTATE_USERUSERINFO`: Les informations d’usager à usager reçues pour l’appel ont changé.\n- `LINECALLINFOSTATE_HIGHLEVELCOMP`: Les informations de compatibilité de couche haute de l’appel (au sens du RNIS) ont changé.\n- `LINECALLINFOSTATE_LOWLEVELCOMP`: Les informations de compatibilité de couche basse de l’appel (au sens du RNIS) ont changé.\n- `LINECALLINFOSTATE_CHARGINGINFO`: Les informations de taxation de l’appel ont changé.\n- `LINECALLINFOSTATE_TERMINAL`: Les modes de terminal de l’appel, c’est-à-dire les terminaux qui acheminent son média, ont changé.\n- `LINECALLINFOSTATE_DIALPARAMS`: Les paramètres de numérotation de l’appel (`DialParams`, de type `LINEDIALPARAMS`) ont changé.\n- `LINECALLINFOSTATE_MONITORMODES`: Un ou plusieurs réglages de détection des chiffres, des tonalités ou des modes de média de l’appel ont changé.\n- `LINECALLINFOSTATE_TREATMENT`: Le traitement de l’appel (`dwCallTreatment`, voir `LINECALLTREATMENT_`) a changé, par exemple après `lineSetCallTreatment`, un changement d’état de l’appel, un script exécuté par le commutateur ou la fin d’une annonce enregistrée.\n- `LINECALLINFOSTATE_QOS`: Un ou plusieurs membres de qualité de service de `LINECALLINFO` ont été mis à jour.\n- `LINECALLINFOSTATE_CALLDATA`: Le bloc de données d’appel de `LINECALLINFO` (`CallData`) a été mis à jour, par exemple par `lineSetCallData`.\n"
    )]
    impl LineCallInfoState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Other,
            Self::DevSpecific,
            Self::BearerMode,
            Self::Rate,
            Self::MediaMode,
            Self::AppSpecific,
            Self::CallId,
            Self::RelatedCallId,
            Self::Origin,
            Self::Reason,
            Self::CompletionId,
            Self::NumOwnerIncr,
            Self::NumOwnerDecr,
            Self::NumMonitors,
            Self::Trunk,
            Self::CallerId,
            Self::CalledId,
            Self::ConnectedId,
            Self::RedirectionId,
            Self::RedirectingId,
            Self::Display,
            Self::UserUserInfo,
            Self::HighLevelComp,
            Self::LowLevelComp,
            Self::ChargingInfo,
            Self::Terminal,
            Self::DialParams,
            Self::MonitorModes,
            Self::Treatment,
            Self::Qos,
            Self::CallData,
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
                1 => __tapi::Some(Self::Other),
                2 => __tapi::Some(Self::DevSpecific),
                4 => __tapi::Some(Self::BearerMode),
                8 => __tapi::Some(Self::Rate),
                16 => __tapi::Some(Self::MediaMode),
                32 => __tapi::Some(Self::AppSpecific),
                64 => __tapi::Some(Self::CallId),
                128 => __tapi::Some(Self::RelatedCallId),
                256 => __tapi::Some(Self::Origin),
                512 => __tapi::Some(Self::Reason),
                1024 => __tapi::Some(Self::CompletionId),
                2048 => __tapi::Some(Self::NumOwnerIncr),
                4096 => __tapi::Some(Self::NumOwnerDecr),
                8192 => __tapi::Some(Self::NumMonitors),
                16384 => __tapi::Some(Self::Trunk),
                32768 => __tapi::Some(Self::CallerId),
                65536 => __tapi::Some(Self::CalledId),
                131072 => __tapi::Some(Self::ConnectedId),
                262144 => __tapi::Some(Self::RedirectionId),
                524288 => __tapi::Some(Self::RedirectingId),
                1048576 => __tapi::Some(Self::Display),
                2097152 => __tapi::Some(Self::UserUserInfo),
                4194304 => __tapi::Some(Self::HighLevelComp),
                8388608 => __tapi::Some(Self::LowLevelComp),
                16777216 => __tapi::Some(Self::ChargingInfo),
                33554432 => __tapi::Some(Self::Terminal),
                67108864 => __tapi::Some(Self::DialParams),
                134217728 => __tapi::Some(Self::MonitorModes),
                268435456 => __tapi::Some(Self::Treatment),
                536870912 => __tapi::Some(Self::Qos),
                1073741824 => __tapi::Some(Self::CallData),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLINFOSTATE_OTHER`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineCallInfoState {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallInfoState> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallInfoState) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallInfoState {
        type Error = ::tapi_consts::UnknownValueError<LineCallInfoState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallInfoState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallInfoState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCallInfoState {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCallInfoState {
        type Output = ::tapi_consts::Flags<LineCallInfoState>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCallInfoState> {
            <::tapi_consts::Flags<
                LineCallInfoState,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCallInfoState>>
    for LineCallInfoState {
        type Output = ::tapi_consts::Flags<LineCallInfoState>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCallInfoState>,
        ) -> ::tapi_consts::Flags<LineCallInfoState> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallInfoState, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallInfoState);
};
///The `LINECALLINFOSTATE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecallinfostate {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::Other`](super::LineCallInfoState::Other)."
    )]
    pub const LINECALLINFOSTATE_OTHER: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::DevSpecific`](super::LineCallInfoState::DevSpecific)."
    )]
    pub const LINECALLINFOSTATE_DEVSPECIFIC: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::BearerMode`](super::LineCallInfoState::BearerMode)."
    )]
    pub const LINECALLINFOSTATE_BEARERMODE: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::Rate`](super::LineCallInfoState::Rate)."
    )]
    pub const LINECALLINFOSTATE_RATE: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::MediaMode`](super::LineCallInfoState::MediaMode)."
    )]
    pub const LINECALLINFOSTATE_MEDIAMODE: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::AppSpecific`](super::LineCallInfoState::AppSpecific)."
    )]
    pub const LINECALLINFOSTATE_APPSPECIFIC: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::CallId`](super::LineCallInfoState::CallId)."
    )]
    pub const LINECALLINFOSTATE_CALLID: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::RelatedCallId`](super::LineCallInfoState::RelatedCallId)."
    )]
    pub const LINECALLINFOSTATE_RELATEDCALLID: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::Origin`](super::LineCallInfoState::Origin)."
    )]
    pub const LINECALLINFOSTATE_ORIGIN: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::Reason`](super::LineCallInfoState::Reason)."
    )]
    pub const LINECALLINFOSTATE_REASON: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::CompletionId`](super::LineCallInfoState::CompletionId)."
    )]
    pub const LINECALLINFOSTATE_COMPLETIONID: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::NumOwnerIncr`](super::LineCallInfoState::NumOwnerIncr)."
    )]
    pub const LINECALLINFOSTATE_NUMOWNERINCR: ::core::primitive::u32 = 2048;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::NumOwnerDecr`](super::LineCallInfoState::NumOwnerDecr)."
    )]
    pub const LINECALLINFOSTATE_NUMOWNERDECR: ::core::primitive::u32 = 4096;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::NumMonitors`](super::LineCallInfoState::NumMonitors)."
    )]
    pub const LINECALLINFOSTATE_NUMMONITORS: ::core::primitive::u32 = 8192;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::Trunk`](super::LineCallInfoState::Trunk)."
    )]
    pub const LINECALLINFOSTATE_TRUNK: ::core::primitive::u32 = 16384;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::CallerId`](super::LineCallInfoState::CallerId)."
    )]
    pub const LINECALLINFOSTATE_CALLERID: ::core::primitive::u32 = 32768;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::CalledId`](super::LineCallInfoState::CalledId)."
    )]
    pub const LINECALLINFOSTATE_CALLEDID: ::core::primitive::u32 = 65536;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::ConnectedId`](super::LineCallInfoState::ConnectedId)."
    )]
    pub const LINECALLINFOSTATE_CONNECTEDID: ::core::primitive::u32 = 131072;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::RedirectionId`](super::LineCallInfoState::RedirectionId)."
    )]
    pub const LINECALLINFOSTATE_REDIRECTIONID: ::core::primitive::u32 = 262144;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::RedirectingId`](super::LineCallInfoState::RedirectingId)."
    )]
    pub const LINECALLINFOSTATE_REDIRECTINGID: ::core::primitive::u32 = 524288;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::Display`](super::LineCallInfoState::Display)."
    )]
    pub const LINECALLINFOSTATE_DISPLAY: ::core::primitive::u32 = 1048576;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::UserUserInfo`](super::LineCallInfoState::UserUserInfo)."
    )]
    pub const LINECALLINFOSTATE_USERUSERINFO: ::core::primitive::u32 = 2097152;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::HighLevelComp`](super::LineCallInfoState::HighLevelComp)."
    )]
    pub const LINECALLINFOSTATE_HIGHLEVELCOMP: ::core::primitive::u32 = 4194304;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::LowLevelComp`](super::LineCallInfoState::LowLevelComp)."
    )]
    pub const LINECALLINFOSTATE_LOWLEVELCOMP: ::core::primitive::u32 = 8388608;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::ChargingInfo`](super::LineCallInfoState::ChargingInfo)."
    )]
    pub const LINECALLINFOSTATE_CHARGINGINFO: ::core::primitive::u32 = 16777216;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::Terminal`](super::LineCallInfoState::Terminal)."
    )]
    pub const LINECALLINFOSTATE_TERMINAL: ::core::primitive::u32 = 33554432;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::DialParams`](super::LineCallInfoState::DialParams)."
    )]
    pub const LINECALLINFOSTATE_DIALPARAMS: ::core::primitive::u32 = 67108864;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::MonitorModes`](super::LineCallInfoState::MonitorModes)."
    )]
    pub const LINECALLINFOSTATE_MONITORMODES: ::core::primitive::u32 = 134217728;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::Treatment`](super::LineCallInfoState::Treatment)."
    )]
    pub const LINECALLINFOSTATE_TREATMENT: ::core::primitive::u32 = 268435456;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::Qos`](super::LineCallInfoState::Qos)."
    )]
    pub const LINECALLINFOSTATE_QOS: ::core::primitive::u32 = 536870912;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallInfoState::CallData`](super::LineCallInfoState::CallData)."
    )]
    pub const LINECALLINFOSTATE_CALLDATA: ::core::primitive::u32 = 1073741824;
}
/// Where a call came from, as stored in the `dwOrigin` member of `LINECALLINFO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallOrigin {
    /// The call was placed from this station: it is an outgoing call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLORIGIN_OUTBOUND` = `0x00000001`")]
    Outbound = 0x0000_0001,
    /// An incoming call that comes from another station attached to the same switch.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLORIGIN_INTERNAL` = `0x00000002`")]
    Internal = 0x0000_0002,
    /// An incoming call that arrived over an external line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLORIGIN_EXTERNAL` = `0x00000004`")]
    External = 0x0000_0004,
    /// The origin is not known yet but may be determined later in the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLORIGIN_UNKNOWN` = `0x00000010`")]
    Unknown = 0x0000_0010,
    /// The origin cannot be obtained and will never be known for this call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLORIGIN_UNAVAIL` = `0x00000020`")]
    Unavail = 0x0000_0020,
    /// The call handle stands for a conference: it is the application's own connection to the
    /// conference bridge in the switch.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLORIGIN_CONFERENCE` = `0x00000040`")]
    Conference = 0x0000_0040,
    /// An incoming call that the provider cannot classify as internal or external. Only usable
    /// when TAPI 1.4 or later has been negotiated; otherwise the provider reports `UNAVAIL`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLORIGIN_INBOUND` = `0x00000080`")]
    Inbound = 0x0000_0080,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Where a call came from, as stored in the `dwOrigin` member of `LINECALLINFO`.The call was placed from this station: it is an outgoing call.An incoming call that comes from another station attached to the same switch.An incoming call that arrived over an external line.The origin is not known yet but may be determined later in the call.The origin cannot be obtained and will never be known for this call.The call handle stands for a conference: it is the application's own connection to the conference bridge in the switch.An incoming call that the provider cannot classify as internal or external. Only usable when TAPI 1.4 or later has been negotiated; otherwise the provider reports `UNAVAIL`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Herkunft eines Anrufs, wie sie im Feld `dwOrigin` von `LINECALLINFO` steht.Der Anruf wurde von dieser Nebenstelle aus getätigt: Es ist ein ausgehender Anruf.Ein eingehender Anruf, der von einer anderen Nebenstelle an derselben Vermittlung kommt.Ein eingehender Anruf, der über eine externe Leitung angekommen ist.Die Herkunft ist noch nicht bekannt, kann aber im weiteren Verlauf des Anrufs ermittelt werden.Die Herkunft lässt sich nicht ermitteln und wird für diesen Anruf nie bekannt sein.Das Anruf-Handle steht für eine Konferenz: Es ist die eigene Verbindung der Anwendung zur Konferenzbrücke in der Vermittlung.Ein eingehender Anruf, den der Dienstanbieter weder als intern noch als extern einordnen kann. Nur verwendbar, wenn TAPI 1.4 oder höher ausgehandelt wurde; andernfalls meldet der Dienstanbieter `UNAVAIL`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Provenance d’un appel, telle qu’elle figure dans le membre `dwOrigin` de `LINECALLINFO`.L’appel a été émis depuis ce poste : c’est un appel sortant.Appel entrant provenant d’un autre poste relié au même commutateur.Appel entrant arrivé par une ligne extérieure.L’origine n’est pas encore connue mais pourra être déterminée plus tard au cours de l’appel.L’origine ne peut pas être obtenue et ne sera jamais connue pour cet appel.Le handle d’appel représente une conférence : c’est la liaison propre de l’application avec le pont de conférence du commutateur.Appel entrant que le fournisseur ne sait pas classer comme interne ou externe. Utilisable seulement si TAPI 1.4 ou une version ultérieure a été négociée ; sinon, le fournisseur indique `UNAVAIL`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallOrigin",
            prefix: "LINECALLORIGIN_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 247u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINECALLORIGIN_OUTBOUND",
                    "LINECALLORIGIN_INTERNAL",
                    "LINECALLORIGIN_EXTERNAL",
                    "LINECALLORIGIN_UNKNOWN",
                    "LINECALLORIGIN_UNAVAIL",
                    "LINECALLORIGIN_CONFERENCE",
                    "LINECALLORIGIN_INBOUND",
                ],
                bits: &[1u64, 2u64, 4u64, 16u64, 32u64, 64u64, 128u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0M\0\0\0\0\0\0\0K\0\0\0\0\0\0\0\\\0\0\0\xFF\xFF\0\0\0\0M\0\0\0>\0\0\0K\0\0\0S\0\0\0\\\0\0\0C\0\0\0\xFF\xFF\0\0\0\0\x8B\0\0\0M\0\0\0\x9E\0\0\0X\0\0\0\x9F\0\0\0G\0\0\0\xFF\xFF\0\0\0\0\xD8\0\0\x004\0\0\0\xF6\0\0\0E\0\0\0\xE6\0\0\x000\0\0\0\xFF\xFF\0\0\0\0\x0C\x01\0\0D\0\0\0;\x01\0\0_\0\0\0\x16\x01\0\0e\0\0\0\xFF\xFF\0\0\0\0P\x01\0\0D\0\0\0\x9A\x01\0\0U\0\0\0{\x01\0\0N\0\0\0\xFF\xFF\0\0\0\0\x94\x01\0\0w\0\0\0\xEF\x01\0\0\x7F\0\0\0\xC9\x01\0\0\x8A\0\0\0\x01\x04\0\0\0\0\x0B\x02\0\0\xAD\0\0\0n\x02\0\0\xCD\0\0\0S\x02\0\0\xC8\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLORIGIN_OUTBOUND",
                        "LINECALLORIGIN_INTERNAL",
                        "LINECALLORIGIN_EXTERNAL",
                        "LINECALLORIGIN_UNKNOWN",
                        "LINECALLORIGIN_UNAVAIL",
                        "LINECALLORIGIN_CONFERENCE",
                        "LINECALLORIGIN_INBOUND",
                        "OUTBOUND",
                        "INTERNAL",
                        "EXTERNAL",
                        "UNKNOWN",
                        "UNAVAIL",
                        "CONFERENCE",
                        "INBOUND",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0",
                    bit_index: b"\0\0\x01\0\x02\0\xFF\xFF\x03\0\x04\0\x05\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINECALLORIGIN_OUTBOUND",
                        " | LINECALLORIGIN_INTERNAL",
                        " | LINECALLORIGIN_EXTERNAL",
                        "",
                        " | LINECALLORIGIN_UNKNOWN",
                        " | LINECALLORIGIN_UNAVAIL",
                        " | LINECALLORIGIN_CONFERENCE",
                        " | LINECALLORIGIN_INBOUND",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\x0B\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x06\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\0\0\n\0\x03\0\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLORIGIN_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCallOrigin>`](::tapi_consts::Flags), named [`LineCallOriginSet`](crate::families::LineCallOriginSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINECALLORIGIN_OUTBOUND` | `0x00000001` |  |\n| `LINECALLORIGIN_INTERNAL` | `0x00000002` |  |\n| `LINECALLORIGIN_EXTERNAL` | `0x00000004` |  |\n| `LINECALLORIGIN_UNKNOWN` | `0x00000010` |  |\n| `LINECALLORIGIN_UNAVAIL` | `0x00000020` |  |\n| `LINECALLORIGIN_CONFERENCE` | `0x00000040` |  |\n| `LINECALLORIGIN_INBOUND` | `0x00000080` | TAPI 1.4 |\n\n# Deutsch\n\nHerkunft eines Anrufs, wie sie im Feld `dwOrigin` von `LINECALLINFO` steht.\n\n- `LINECALLORIGIN_OUTBOUND`: Der Anruf wurde von dieser Nebenstelle aus getätigt: Es ist ein ausgehender Anruf.\n- `LINECALLORIGIN_INTERNAL`: Ein eingehender Anruf, der von einer anderen Nebenstelle an derselben Vermittlung kommt.\n- `LINECALLORIGIN_EXTERNAL`: Ein eingehender Anruf, der über eine externe Leitung angekommen ist.\n- `LINECALLORIGIN_UNKNOWN`: Die Herkunft ist noch nicht bekannt, kann aber im weiteren Verlauf des Anrufs ermittelt werden.\n- `LINECALLORIGIN_UNAVAIL`: Die Herkunft lässt sich nicht ermitteln und wird für diesen Anruf nie bekannt sein.\n- `LINECALLORIGIN_CONFERENCE`: Das Anruf-Handle steht für eine Konferenz: Es ist die eigene Verbindung der Anwendung zur Konferenzbrücke in der Vermittlung.\n- `LINECALLORIGIN_INBOUND`: Ein eingehender Anruf, den der Dienstanbieter weder als intern noch als extern einordnen kann. Nur verwendbar, wenn TAPI 1.4 oder höher ausgehandelt wurde; andernfalls meldet der Dienstanbieter `UNAVAIL`.\n\n# Français\n\nProvenance d’un appel, telle qu’elle figure dans le membre `dwOrigin` de `LINECALLINFO`.\n\n- `LINECALLORIGIN_OUTBOUND`: L’appel a été émis depuis ce poste : c’est un appel sortant.\n- `LINECALLORIGIN_INTERNAL`: Appel entrant provenant d’un autre poste relié au même commutateur.\n- `LINECALLORIGIN_EXTERNAL`: Appel entrant arrivé par une ligne extérieure.\n- `LINECALLORIGIN_UNKNOWN`: L’origine n’est pas encore connue mais pourra être déterminée plus tard au cours de l’appel.\n- `LINECALLORIGIN_UNAVAIL`: L’origine ne peut pas être obtenue et ne sera jamais connue pour cet appel.\n- `LINECALLORIGIN_CONFERENCE`: Le handle d’appel représente une conférence : c’est la liaison propre de l’application avec le pont de conférence du commutateur.\n- `LINECALLORIGIN_INBOUND`: Appel entrant que le fournisseur ne sait pas classer comme interne ou externe. Utilisable seulement si TAPI 1.4 ou une version ultérieure a été négociée ; sinon, le fournisseur indique `UNAVAIL`.\n"
    )]
    impl LineCallOrigin {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Outbound,
            Self::Internal,
            Self::External,
            Self::Unknown,
            Self::Unavail,
            Self::Conference,
            Self::Inbound,
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
                1 => __tapi::Some(Self::Outbound),
                2 => __tapi::Some(Self::Internal),
                4 => __tapi::Some(Self::External),
                16 => __tapi::Some(Self::Unknown),
                32 => __tapi::Some(Self::Unavail),
                64 => __tapi::Some(Self::Conference),
                128 => __tapi::Some(Self::Inbound),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLORIGIN_OUTBOUND`; `{:#}` in `format!` gives the short name.
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
                let bits = self as ::core::primitive::u32;
                __tapi::map_index(
                    b"\0\0\x01\0\x02\0\xFF\xFF\x03\0\x04\0\x05\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bits.trailing_zeros() as ::core::primitive::usize,
                )
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineCallOrigin {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallOrigin> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallOrigin) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallOrigin {
        type Error = ::tapi_consts::UnknownValueError<LineCallOrigin>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallOrigin {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallOrigin {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCallOrigin {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCallOrigin {
        type Output = ::tapi_consts::Flags<LineCallOrigin>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCallOrigin> {
            <::tapi_consts::Flags<
                LineCallOrigin,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCallOrigin>> for LineCallOrigin {
        type Output = ::tapi_consts::Flags<LineCallOrigin>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCallOrigin>,
        ) -> ::tapi_consts::Flags<LineCallOrigin> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallOrigin, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallOrigin);
};
///The `LINECALLORIGIN_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecallorigin {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallOrigin::Outbound`](super::LineCallOrigin::Outbound)."
    )]
    pub const LINECALLORIGIN_OUTBOUND: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallOrigin::Internal`](super::LineCallOrigin::Internal)."
    )]
    pub const LINECALLORIGIN_INTERNAL: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallOrigin::External`](super::LineCallOrigin::External)."
    )]
    pub const LINECALLORIGIN_EXTERNAL: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallOrigin::Unknown`](super::LineCallOrigin::Unknown)."
    )]
    pub const LINECALLORIGIN_UNKNOWN: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallOrigin::Unavail`](super::LineCallOrigin::Unavail)."
    )]
    pub const LINECALLORIGIN_UNAVAIL: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallOrigin::Conference`](super::LineCallOrigin::Conference)."
    )]
    pub const LINECALLORIGIN_CONFERENCE: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallOrigin::Inbound`](super::LineCallOrigin::Inbound)."
    )]
    pub const LINECALLORIGIN_INBOUND: ::core::primitive::u32 = 128;
}
/// What kind of identification is available for a party to a call. Used in the
/// `dwCallerIDFlags`, `dwCalledIDFlags`, `dwConnectedIDFlags`, `dwRedirectionIDFlags` and
/// `dwRedirectingIDFlags` members of `LINECALLINFO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallPartyId {
    /// No identification is given because the remote party has chosen to withhold it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARTYID_BLOCKED` = `0x00000001`")]
    Blocked = 0x0000_0001,
    /// No caller identification because the network did not carry it all the way to this line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARTYID_OUTOFAREA` = `0x00000002`")]
    OutOfArea = 0x0000_0002,
    /// The identification includes the party's name, for example taken from a directory kept in
    /// the switch.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARTYID_NAME` = `0x00000004`")]
    Name = 0x0000_0004,
    /// The identification includes the party's address, in canonical or dialable form.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARTYID_ADDRESS` = `0x00000008`")]
    Address = 0x0000_0008,
    /// The identification is valid but only partial.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARTYID_PARTIAL` = `0x00000010`")]
    Partial = 0x0000_0010,
    /// The identification is not known yet but may become available later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARTYID_UNKNOWN` = `0x00000020`")]
    Unknown = 0x0000_0020,
    /// No identification is available and none will come, whether because the network did not
    /// deliver it, the provider ignored it, or for another reason.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARTYID_UNAVAIL` = `0x00000040`")]
    Unavail = 0x0000_0040,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "What kind of identification is available for a party to a call. Used in the `dwCallerIDFlags`, `dwCalledIDFlags`, `dwConnectedIDFlags`, `dwRedirectionIDFlags` and `dwRedirectingIDFlags` members of `LINECALLINFO`.No identification is given because the remote party has chosen to withhold it.No caller identification because the network did not carry it all the way to this line.The identification includes the party's name, for example taken from a directory kept in the switch.The identification includes the party's address, in canonical or dialable form.The identification is valid but only partial.The identification is not known yet but may become available later.No identification is available and none will come, whether because the network did not deliver it, the provider ignored it, or for another reason."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Art der Kennungsangaben, die für einen Teilnehmer eines Anrufs verfügbar sind. Verwendet in den Feldern `dwCallerIDFlags`, `dwCalledIDFlags`, `dwConnectedIDFlags`, `dwRedirectionIDFlags` und `dwRedirectingIDFlags` von `LINECALLINFO`.Es werden keine Kennungsangaben geliefert, weil der entfernte Teilnehmer sie unterdrückt hat.Es gibt keine Kennungsangaben des Anrufers, weil das Netz sie nicht bis zu dieser Leitung übertragen hat.Die Kennungsangaben enthalten den Namen des Teilnehmers, etwa aus einem Verzeichnis, das in der Vermittlung geführt wird.Die Kennungsangaben enthalten die Adresse des Teilnehmers, in kanonischer oder wählbarer Form.Die Kennungsangaben sind gültig, aber unvollständig.Die Kennungsangaben sind noch nicht bekannt, können aber später verfügbar werden.Es sind keine Kennungsangaben verfügbar, und es werden auch keine mehr kommen, sei es, weil das Netz sie nicht geliefert hat, weil der Dienstanbieter sie ignoriert hat, oder aus einem anderen Grund."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Nature de l’identification disponible pour un correspondant d’un appel. Sert dans les membres `dwCallerIDFlags`, `dwCalledIDFlags`, `dwConnectedIDFlags`, `dwRedirectionIDFlags` et `dwRedirectingIDFlags` de `LINECALLINFO`.Aucune identification n’est fournie, car le correspondant distant a choisi de la masquer.Pas d’identification de l’appelant, car le réseau ne l’a pas transmise jusqu’à cette ligne.L’identification comprend le nom du correspondant, tiré par exemple d’un annuaire tenu par le commutateur.L’identification comprend l’adresse du correspondant, sous forme canonique ou composable.L’identification est valide mais seulement partielle.L’identification n’est pas encore connue mais pourra devenir disponible plus tard.Aucune identification n’est disponible et aucune ne viendra, que le réseau ne l’ait pas transmise, que le fournisseur l’ait ignorée ou pour une autre raison."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallPartyId",
            prefix: "LINECALLPARTYID_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 127u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINECALLPARTYID_BLOCKED",
                    "LINECALLPARTYID_OUTOFAREA",
                    "LINECALLPARTYID_NAME",
                    "LINECALLPARTYID_ADDRESS",
                    "LINECALLPARTYID_PARTIAL",
                    "LINECALLPARTYID_UNKNOWN",
                    "LINECALLPARTYID_UNAVAIL",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xD4\0\0\0\0\0\0\0\xEB\0\0\0\0\0\0\0\xE1\0\0\0\xFF\xFF\0\0\0\0\xD4\0\0\0N\0\0\0\xEB\0\0\0^\0\0\0\xE1\0\0\0[\0\0\0\xFF\xFF\0\0\0\0\"\x01\0\0W\0\0\0I\x01\0\0j\0\0\0<\x01\0\0e\0\0\0\xFF\xFF\0\0\0\0y\x01\0\0d\0\0\0\xB3\x01\0\0z\0\0\0\xA1\x01\0\0o\0\0\0\xFF\xFF\0\0\0\0\xDD\x01\0\0O\0\0\0-\x02\0\0_\0\0\0\x10\x02\0\0]\0\0\0\xFF\xFF\0\0\0\0,\x02\0\0-\0\0\0\x8C\x02\0\x006\0\0\0m\x02\0\x007\0\0\0\xFF\xFF\0\0\0\0Y\x02\0\0C\0\0\0\xC2\x02\0\0T\0\0\0\xA4\x02\0\0V\0\0\0\xFF\xFF\0\0\0\0\x9C\x02\0\0\x92\0\0\0\x16\x03\0\0\xC7\0\0\0\xFA\x02\0\0\xA5\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLPARTYID_BLOCKED",
                        "LINECALLPARTYID_OUTOFAREA",
                        "LINECALLPARTYID_NAME",
                        "LINECALLPARTYID_ADDRESS",
                        "LINECALLPARTYID_PARTIAL",
                        "LINECALLPARTYID_UNKNOWN",
                        "LINECALLPARTYID_UNAVAIL",
                        "BLOCKED",
                        "OUTOFAREA",
                        "NAME",
                        "ADDRESS",
                        "PARTIAL",
                        "UNKNOWN",
                        "UNAVAIL",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINECALLPARTYID_BLOCKED",
                        " | LINECALLPARTYID_OUTOFAREA",
                        " | LINECALLPARTYID_NAME",
                        " | LINECALLPARTYID_ADDRESS",
                        " | LINECALLPARTYID_PARTIAL",
                        " | LINECALLPARTYID_UNKNOWN",
                        " | LINECALLPARTYID_UNAVAIL",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x03\0\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\x07\0\0\0\xFF\xFF\xFF\xFF\x0C\0\x05\0\xFF\xFF\xFF\xFF\t\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLPARTYID_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCallPartyId>`](::tapi_consts::Flags), named [`LineCallPartyIdSet`](crate::families::LineCallPartyIdSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINECALLPARTYID_BLOCKED` | `0x00000001` |\n| `LINECALLPARTYID_OUTOFAREA` | `0x00000002` |\n| `LINECALLPARTYID_NAME` | `0x00000004` |\n| `LINECALLPARTYID_ADDRESS` | `0x00000008` |\n| `LINECALLPARTYID_PARTIAL` | `0x00000010` |\n| `LINECALLPARTYID_UNKNOWN` | `0x00000020` |\n| `LINECALLPARTYID_UNAVAIL` | `0x00000040` |\n\n# Deutsch\n\nArt der Kennungsangaben, die für einen Teilnehmer eines Anrufs verfügbar sind. Verwendet in den Feldern `dwCallerIDFlags`, `dwCalledIDFlags`, `dwConnectedIDFlags`, `dwRedirectionIDFlags` und `dwRedirectingIDFlags` von `LINECALLINFO`.\n\n- `LINECALLPARTYID_BLOCKED`: Es werden keine Kennungsangaben geliefert, weil der entfernte Teilnehmer sie unterdrückt hat.\n- `LINECALLPARTYID_OUTOFAREA`: Es gibt keine Kennungsangaben des Anrufers, weil das Netz sie nicht bis zu dieser Leitung übertragen hat.\n- `LINECALLPARTYID_NAME`: Die Kennungsangaben enthalten den Namen des Teilnehmers, etwa aus einem Verzeichnis, das in der Vermittlung geführt wird.\n- `LINECALLPARTYID_ADDRESS`: Die Kennungsangaben enthalten die Adresse des Teilnehmers, in kanonischer oder wählbarer Form.\n- `LINECALLPARTYID_PARTIAL`: Die Kennungsangaben sind gültig, aber unvollständig.\n- `LINECALLPARTYID_UNKNOWN`: Die Kennungsangaben sind noch nicht bekannt, können aber später verfügbar werden.\n- `LINECALLPARTYID_UNAVAIL`: Es sind keine Kennungsangaben verfügbar, und es werden auch keine mehr kommen, sei es, weil das Netz sie nicht geliefert hat, weil der Dienstanbieter sie ignoriert hat, oder aus einem anderen Grund.\n\n# Français\n\nNature de l’identification disponible pour un correspondant d’un appel. Sert dans les membres `dwCallerIDFlags`, `dwCalledIDFlags`, `dwConnectedIDFlags`, `dwRedirectionIDFlags` et `dwRedirectingIDFlags` de `LINECALLINFO`.\n\n- `LINECALLPARTYID_BLOCKED`: Aucune identification n’est fournie, car le correspondant distant a choisi de la masquer.\n- `LINECALLPARTYID_OUTOFAREA`: Pas d’identification de l’appelant, car le réseau ne l’a pas transmise jusqu’à cette ligne.\n- `LINECALLPARTYID_NAME`: L’identification comprend le nom du correspondant, tiré par exemple d’un annuaire tenu par le commutateur.\n- `LINECALLPARTYID_ADDRESS`: L’identification comprend l’adresse du correspondant, sous forme canonique ou composable.\n- `LINECALLPARTYID_PARTIAL`: L’identification est valide mais seulement partielle.\n- `LINECALLPARTYID_UNKNOWN`: L’identification n’est pas encore connue mais pourra devenir disponible plus tard.\n- `LINECALLPARTYID_UNAVAIL`: Aucune identification n’est disponible et aucune ne viendra, que le réseau ne l’ait pas transmise, que le fournisseur l’ait ignorée ou pour une autre raison.\n"
    )]
    impl LineCallPartyId {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Blocked,
            Self::OutOfArea,
            Self::Name,
            Self::Address,
            Self::Partial,
            Self::Unknown,
            Self::Unavail,
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
                1 => __tapi::Some(Self::Blocked),
                2 => __tapi::Some(Self::OutOfArea),
                4 => __tapi::Some(Self::Name),
                8 => __tapi::Some(Self::Address),
                16 => __tapi::Some(Self::Partial),
                32 => __tapi::Some(Self::Unknown),
                64 => __tapi::Some(Self::Unavail),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLPARTYID_BLOCKED`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineCallPartyId {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallPartyId> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallPartyId) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallPartyId {
        type Error = ::tapi_consts::UnknownValueError<LineCallPartyId>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallPartyId {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallPartyId {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCallPartyId {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCallPartyId {
        type Output = ::tapi_consts::Flags<LineCallPartyId>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCallPartyId> {
            <::tapi_consts::Flags<
                LineCallPartyId,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCallPartyId>> for LineCallPartyId {
        type Output = ::tapi_consts::Flags<LineCallPartyId>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCallPartyId>,
        ) -> ::tapi_consts::Flags<LineCallPartyId> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallPartyId, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallPartyId);
};
///The `LINECALLPARTYID_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecallpartyid {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallPartyId::Blocked`](super::LineCallPartyId::Blocked)."
    )]
    pub const LINECALLPARTYID_BLOCKED: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallPartyId::OutOfArea`](super::LineCallPartyId::OutOfArea)."
    )]
    pub const LINECALLPARTYID_OUTOFAREA: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallPartyId::Name`](super::LineCallPartyId::Name)."
    )]
    pub const LINECALLPARTYID_NAME: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallPartyId::Address`](super::LineCallPartyId::Address)."
    )]
    pub const LINECALLPARTYID_ADDRESS: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallPartyId::Partial`](super::LineCallPartyId::Partial)."
    )]
    pub const LINECALLPARTYID_PARTIAL: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallPartyId::Unknown`](super::LineCallPartyId::Unknown)."
    )]
    pub const LINECALLPARTYID_UNKNOWN: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallPartyId::Unavail`](super::LineCallPartyId::Unavail)."
    )]
    pub const LINECALLPARTYID_UNAVAIL: ::core::primitive::u32 = 64;
}
/// Rights that an application holds over a call through its call handle. Requested in the
/// `dwPrivileges` parameter of `lineOpen`, changed with `lineSetCallPrivilege`, and reported with
/// `LINE_CALLSTATE` when a handle is first given to an application or its privilege changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallPrivilege {
    /// The application has no rights to the call; its handle is no longer valid and must not be
    /// used. Passed to `lineOpen`, it means the application will only place outgoing calls.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPRIVILEGE_NONE` = `0x00000001`")]
    None = 0x0000_0001,
    /// The application may watch the call: it receives its state changes and can query its
    /// information and status, but cannot act on it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPRIVILEGE_MONITOR` = `0x00000002`")]
    Monitor = 0x0000_0002,
    /// The application may act on the call in ways that change its state, such as answering,
    /// holding, transferring or dropping it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPRIVILEGE_OWNER` = `0x00000004`")]
    Owner = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Rights that an application holds over a call through its call handle. Requested in the `dwPrivileges` parameter of `lineOpen`, changed with `lineSetCallPrivilege`, and reported with `LINE_CALLSTATE` when a handle is first given to an application or its privilege changes.The application has no rights to the call; its handle is no longer valid and must not be used. Passed to `lineOpen`, it means the application will only place outgoing calls.The application may watch the call: it receives its state changes and can query its information and status, but cannot act on it.The application may act on the call in ways that change its state, such as answering, holding, transferring or dropping it."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Berechtigungen, die eine Anwendung über ihr Anruf-Handle für einen Anruf besitzt. Angefordert im Parameter `dwPrivileges` von `lineOpen`, geändert mit `lineSetCallPrivilege` und mit `LINE_CALLSTATE` gemeldet, wenn eine Anwendung erstmals ein Handle erhält oder sich ihre Berechtigung ändert.Die Anwendung hat keine Berechtigung für den Anruf; ihr Handle ist nicht mehr gültig und darf nicht verwendet werden. An `lineOpen` übergeben, bedeutet der Wert, dass die Anwendung nur ausgehende Anrufe tätigen wird.Die Anwendung darf den Anruf überwachen, also seine Zustandsänderungen empfangen und seine Informationen und seinen Status abfragen, aber nicht auf ihn einwirken.Die Anwendung darf so auf den Anruf einwirken, dass sich sein Zustand ändert, etwa ihn annehmen, halten, übergeben oder beenden."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Droits qu’une application détient sur un appel par son handle d’appel. Demandés dans le paramètre `dwPrivileges` de `lineOpen`, modifiés avec `lineSetCallPrivilege` et signalés par `LINE_CALLSTATE` lorsqu’un handle est remis pour la première fois à une application ou que son privilège change.L’application n’a aucun droit sur l’appel ; son handle n’est plus valide et ne doit pas être utilisé. Passé à `lineOpen`, il signifie que l’application se contentera d’émettre des appels.L’application peut surveiller l’appel : elle reçoit ses changements d’état et peut en consulter les informations et l’état, mais ne peut pas agir dessus.L’application peut agir sur l’appel de façon à en changer l’état, par exemple y répondre, le mettre en attente, le transférer ou y mettre fin."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallPrivilege",
            prefix: "LINECALLPRIVILEGE_",
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
                    "LINECALLPRIVILEGE_NONE",
                    "LINECALLPRIVILEGE_MONITOR",
                    "LINECALLPRIVILEGE_OWNER",
                ],
                bits: &[1u64, 2u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x0F\x01\0\0\0\0\0\0(\x01\0\0\0\0\0\x003\x01\0\0\xFF\xFF\0\0\0\0\x0F\x01\0\0\xAD\0\0\0(\x01\0\0\xDC\0\0\x003\x01\0\0\xCC\0\0\0\xFF\xFF\0\0\0\0\xBC\x01\0\0\x81\0\0\0\x04\x02\0\0\xA4\0\0\0\xFF\x01\0\0\xA4\0\0\0\xFF\xFF\0\0\0\0=\x02\0\0{\0\0\0\xA8\x02\0\0\x82\0\0\0\xA3\x02\0\0\x99\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLPRIVILEGE_NONE",
                        "LINECALLPRIVILEGE_MONITOR",
                        "LINECALLPRIVILEGE_OWNER",
                        "NONE",
                        "MONITOR",
                        "OWNER",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINECALLPRIVILEGE_NONE",
                        " | LINECALLPRIVILEGE_MONITOR",
                        " | LINECALLPRIVILEGE_OWNER",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLPRIVILEGE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCallPrivilege>`](::tapi_consts::Flags), named [`LineCallPrivilegeSet`](crate::families::LineCallPrivilegeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINECALLPRIVILEGE_NONE` | `0x00000001` |\n| `LINECALLPRIVILEGE_MONITOR` | `0x00000002` |\n| `LINECALLPRIVILEGE_OWNER` | `0x00000004` |\n\n# Deutsch\n\nBerechtigungen, die eine Anwendung über ihr Anruf-Handle für einen Anruf besitzt. Angefordert im Parameter `dwPrivileges` von `lineOpen`, geändert mit `lineSetCallPrivilege` und mit `LINE_CALLSTATE` gemeldet, wenn eine Anwendung erstmals ein Handle erhält oder sich ihre Berechtigung ändert.\n\n- `LINECALLPRIVILEGE_NONE`: Die Anwendung hat keine Berechtigung für den Anruf; ihr Handle ist nicht mehr gültig und darf nicht verwendet werden. An `lineOpen` übergeben, bedeutet der Wert, dass die Anwendung nur ausgehende Anrufe tätigen wird.\n- `LINECALLPRIVILEGE_MONITOR`: Die Anwendung darf den Anruf überwachen, also seine Zustandsänderungen empfangen und seine Informationen und seinen Status abfragen, aber nicht auf ihn einwirken.\n- `LINECALLPRIVILEGE_OWNER`: Die Anwendung darf so auf den Anruf einwirken, dass sich sein Zustand ändert, etwa ihn annehmen, halten, übergeben oder beenden.\n\n# Français\n\nDroits qu’une application détient sur un appel par son handle d’appel. Demandés dans le paramètre `dwPrivileges` de `lineOpen`, modifiés avec `lineSetCallPrivilege` et signalés par `LINE_CALLSTATE` lorsqu’un handle est remis pour la première fois à une application ou que son privilège change.\n\n- `LINECALLPRIVILEGE_NONE`: L’application n’a aucun droit sur l’appel ; son handle n’est plus valide et ne doit pas être utilisé. Passé à `lineOpen`, il signifie que l’application se contentera d’émettre des appels.\n- `LINECALLPRIVILEGE_MONITOR`: L’application peut surveiller l’appel : elle reçoit ses changements d’état et peut en consulter les informations et l’état, mais ne peut pas agir dessus.\n- `LINECALLPRIVILEGE_OWNER`: L’application peut agir sur l’appel de façon à en changer l’état, par exemple y répondre, le mettre en attente, le transférer ou y mettre fin.\n"
    )]
    impl LineCallPrivilege {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::None, Self::Monitor, Self::Owner];
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
                2 => __tapi::Some(Self::Monitor),
                4 => __tapi::Some(Self::Owner),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLPRIVILEGE_NONE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineCallPrivilege {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallPrivilege> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallPrivilege) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallPrivilege {
        type Error = ::tapi_consts::UnknownValueError<LineCallPrivilege>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallPrivilege {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallPrivilege {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCallPrivilege {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCallPrivilege {
        type Output = ::tapi_consts::Flags<LineCallPrivilege>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCallPrivilege> {
            <::tapi_consts::Flags<
                LineCallPrivilege,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCallPrivilege>>
    for LineCallPrivilege {
        type Output = ::tapi_consts::Flags<LineCallPrivilege>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCallPrivilege>,
        ) -> ::tapi_consts::Flags<LineCallPrivilege> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallPrivilege, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallPrivilege);
};
///The `LINECALLPRIVILEGE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecallprivilege {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallPrivilege::None`](super::LineCallPrivilege::None)."
    )]
    pub const LINECALLPRIVILEGE_NONE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallPrivilege::Monitor`](super::LineCallPrivilege::Monitor)."
    )]
    pub const LINECALLPRIVILEGE_MONITOR: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallPrivilege::Owner`](super::LineCallPrivilege::Owner)."
    )]
    pub const LINECALLPRIVILEGE_OWNER: ::core::primitive::u32 = 4;
}
/// Why a call appeared on an address, as stored in the `dwReason` member of `LINECALLINFO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallReason {
    /// An ordinary incoming or outgoing call, with no forwarding, transfer or other feature involved.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_DIRECT` = `0x00000001`")]
    Direct = 0x0000_0001,
    /// The call was forwarded here from another extension because that extension was busy.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_FWDBUSY` = `0x00000002`")]
    FwdBusy = 0x0000_0002,
    /// The call was forwarded here from another extension that did not answer after a number of rings.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_FWDNOANSWER` = `0x00000004`")]
    FwdNoAnswer = 0x0000_0004,
    /// The call was forwarded here unconditionally from another number.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_FWDUNCOND` = `0x00000008`")]
    FwdUncond = 0x0000_0008,
    /// The call was picked up from another extension.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_PICKUP` = `0x00000010`")]
    Pickup = 0x0000_0010,
    /// The call was retrieved from park.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_UNPARK` = `0x00000020`")]
    Unpark = 0x0000_0020,
    /// The call was redirected to this station.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_REDIRECT` = `0x00000040`")]
    Redirect = 0x0000_0040,
    /// The call results from an earlier call completion request.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_CALLCOMPLETION` = `0x00000080`")]
    CallCompletion = 0x0000_0080,
    /// The call was transferred here from another number.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_TRANSFER` = `0x00000100`")]
    Transfer = 0x0000_0100,
    /// A reminder (recall) that the user has a call parked or on hold, possibly for a long time.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_REMINDER` = `0x00000200`")]
    Reminder = 0x0000_0200,
    /// The reason is not known yet but may become known later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_UNKNOWN` = `0x00000400`")]
    Unknown = 0x0000_0400,
    /// The reason is unavailable and will never be known.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_UNAVAIL` = `0x00000800`")]
    Unavail = 0x0000_0800,
    /// The call broke into the line, through a call completion action by another station or by an
    /// operator. Depending on the switch, it shows up connected or conferenced with the call
    /// already active on the line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_INTRUDE` = `0x00001000`")]
    Intrude = 0x0000_1000,
    /// The call was parked on this address; it normally first appears in the on-hold state.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_PARKED` = `0x00002000`")]
    Parked = 0x0000_2000,
    /// The call is camped on this address: it usually first appears on hold and can be taken with
    /// `lineSwapHold`, and it may start ringing (offering state) once the active call goes idle.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_CAMPEDON` = `0x00004000`")]
    CampedOn = 0x0000_4000,
    /// The switch wants routing instructions: the application reads the called ID and gives a
    /// destination with `lineRedirect`, or refuses the call with `lineDrop`; without an answer in
    /// time, the switch applies a default action. Needs TAPI 2.0 or later negotiated on the line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLREASON_ROUTEREQUEST` = `0x00008000`")]
    RouteRequest = 0x0000_8000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Why a call appeared on an address, as stored in the `dwReason` member of `LINECALLINFO`.An ordinary incoming or outgoing call, with no forwarding, transfer or other feature involved.The call was forwarded here from another extension because that extension was busy.The call was forwarded here from another extension that did not answer after a number of rings.The call was forwarded here unconditionally from another number.The call was picked up from another extension.The call was retrieved from park.The call was redirected to this station.The call results from an earlier call completion request.The call was transferred here from another number.A reminder (recall) that the user has a call parked or on hold, possibly for a long time.The reason is not known yet but may become known later.The reason is unavailable and will never be known.The call broke into the line, through a call completion action by another station or by an operator. Depending on the switch, it shows up connected or conferenced with the call already active on the line.The call was parked on this address; it normally first appears in the on-hold state.The call is camped on this address: it usually first appears on hold and can be taken with `lineSwapHold`, and it may start ringing (offering state) once the active call goes idle.The switch wants routing instructions: the application reads the called ID and gives a destination with `lineRedirect`, or refuses the call with `lineDrop`; without an answer in time, the switch applies a default action. Needs TAPI 2.0 or later negotiated on the line."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Grund, aus dem ein Anruf auf einer Adresse erschienen ist, wie er im Feld `dwReason` von `LINECALLINFO` steht.Ein gewöhnlicher eingehender oder ausgehender Anruf, an dem weder Rufumleitung noch Übergabe noch ein anderes Leistungsmerkmal beteiligt ist.Der Anruf wurde per Rufumleitung von einer anderen Nebenstelle hierher weitergeleitet, weil diese besetzt war.Der Anruf wurde per Rufumleitung von einer anderen Nebenstelle hierher weitergeleitet, die sich nach einer bestimmten Anzahl von Klingelzeichen nicht gemeldet hat.Der Anruf wurde von einer anderen Nummer per sofortiger Rufumleitung (ohne Bedingung) hierher weitergeleitet.Der Anruf wurde von einer anderen Nebenstelle herangeholt.Der Anruf wurde aus dem Parken geholt.Der Anruf wurde zu dieser Nebenstelle umgeleitet.Der Anruf geht auf eine frühere Anforderung zur Anrufvervollständigung zurück.Der Anruf wurde von einer anderen Nummer hierher übergeben.Eine Erinnerung (Wiederanruf) daran, dass beim Benutzer ein Anruf geparkt ist oder gehalten wird, möglicherweise schon seit Langem.Der Grund ist noch nicht bekannt, kann aber später bekannt werden.Der Grund ist nicht verfügbar und wird nie bekannt sein.Der Anruf hat sich auf die Leitung aufgeschaltet, durch eine Anrufvervollständigung einer anderen Nebenstelle oder durch einen Vermittlungsplatz. Je nach Vermittlung erscheint er als verbunden oder in einer Konferenz mit dem bereits aktiven Anruf der Leitung.Der Anruf wurde auf dieser Adresse geparkt; er erscheint normalerweise zuerst als gehalten.Der Anruf wartet bei Besetzt auf dieser Adresse: Er erscheint meist zuerst als gehalten und kann mit `lineSwapHold` übernommen werden, und er kann zu klingeln beginnen (Angebotszustand), sobald der aktive Anruf in den Ruhezustand übergeht.Die Vermittlung verlangt Anweisungen zur Leitweglenkung: Die Anwendung liest die Kennungsangaben des angerufenen Teilnehmers und gibt mit `lineRedirect` ein Ziel an oder weist den Anruf mit `lineDrop` ab; bleibt eine rechtzeitige Antwort aus, wendet die Vermittlung eine Standardaktion an. Erfordert, dass auf der Leitung TAPI 2.0 oder höher ausgehandelt wurde."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Raison pour laquelle un appel est apparu sur une adresse, telle qu’elle figure dans le membre `dwReason` de `LINECALLINFO`.Appel entrant ou sortant ordinaire, sans renvoi, transfert ni autre fonction en jeu.L’appel a été renvoyé ici depuis un autre poste parce que celui-ci était occupé.L’appel a été renvoyé ici depuis un autre poste qui n’a pas répondu après un certain nombre de sonneries.L’appel a été renvoyé ici sans condition depuis un autre numéro.L’appel a été intercepté depuis un autre poste.L’appel a été repris alors qu’il était parqué.L’appel a été redirigé vers ce poste.L’appel résulte d’une demande d’achèvement d’appel antérieure.L’appel a été transféré ici depuis un autre numéro.Rappel signalant à l’utilisateur qu’un de ses appels est parqué ou en attente, peut-être depuis longtemps.La raison n’est pas encore connue mais pourra l’être plus tard.La raison n’est pas disponible et ne sera jamais connue.L’appel s’est imposé sur la ligne, par une action d’achèvement d’appel d’un autre poste ou par l’intervention du standard. Selon le commutateur, il apparaît connecté ou en conférence avec l’appel déjà actif sur la ligne.L’appel a été parqué sur cette adresse ; il apparaît normalement d’abord à l’état en attente.L’appel est en attente sur occupation de cette adresse : il apparaît en général d’abord en attente et peut être pris avec `lineSwapHold` ; il peut se mettre à sonner (état de présentation) dès que l’appel actif passe à l’état inactif.Le commutateur demande des instructions d’acheminement : l’application lit l’identification de l’appelé et fournit une destination avec `lineRedirect`, ou refuse l’appel avec `lineDrop` ; faute de réponse à temps, le commutateur applique une action par défaut. Nécessite que TAPI 2.0 ou une version ultérieure ait été négociée sur la ligne."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallReason",
            prefix: "LINECALLREASON_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 65535u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINECALLREASON_DIRECT",
                    "LINECALLREASON_FWDBUSY",
                    "LINECALLREASON_FWDNOANSWER",
                    "LINECALLREASON_FWDUNCOND",
                    "LINECALLREASON_PICKUP",
                    "LINECALLREASON_UNPARK",
                    "LINECALLREASON_REDIRECT",
                    "LINECALLREASON_CALLCOMPLETION",
                    "LINECALLREASON_TRANSFER",
                    "LINECALLREASON_REMINDER",
                    "LINECALLREASON_UNKNOWN",
                    "LINECALLREASON_UNAVAIL",
                    "LINECALLREASON_INTRUDE",
                    "LINECALLREASON_PARKED",
                    "LINECALLREASON_CAMPEDON",
                    "LINECALLREASON_ROUTEREQUEST",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64, 4096u64, 8192u64, 16384u64, 32768u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0X\0\0\0\0\0\0\0n\0\0\0\0\0\0\0}\0\0\0\xFF\xFF\0\0\0\0X\0\0\0^\0\0\0n\0\0\0\x8F\0\0\0}\0\0\0T\0\0\0\xFF\xFF\0\0\0\0\xB6\0\0\0S\0\0\0\xFD\0\0\0n\0\0\0\xD1\0\0\0W\0\0\0\xFF\xFF\0\0\0\0\t\x01\0\0_\0\0\0k\x01\0\0\xA3\0\0\0(\x01\0\0r\0\0\0\xFF\xFF\0\0\0\0h\x01\0\0@\0\0\0\x0E\x02\0\0m\0\0\0\x9A\x01\0\0F\0\0\0\xFF\xFF\0\0\0\0\xA8\x01\0\0.\0\0\0{\x02\0\0:\0\0\0\xE0\x01\0\x004\0\0\0\xFF\xFF\0\0\0\0\xD6\x01\0\0!\0\0\0\xB5\x02\0\0&\0\0\0\x14\x02\0\x006\0\0\0\xFF\xFF\0\0\0\0\xF7\x01\0\0(\0\0\0\xDB\x02\0\x001\0\0\0J\x02\0\0*\0\0\0\xFF\xFF\0\0\0\0\x1F\x02\0\09\0\0\0\x0C\x03\0\0Q\0\0\0t\x02\0\0I\0\0\0\xFF\xFF\0\0\0\0X\x02\0\x002\0\0\0]\x03\0\0<\0\0\0\xBD\x02\0\0:\0\0\0\xFF\xFF\0\0\0\0\x8A\x02\0\0Y\0\0\0\x99\x03\0\0\x84\0\0\0\xF7\x02\0\0q\0\0\0\xFF\xFF\0\0\0\0\xE3\x02\0\x007\0\0\0\x1D\x04\0\0C\0\0\0h\x03\0\0D\0\0\0\xFF\xFF\0\0\0\0\x1A\x03\0\x002\0\0\0`\x04\0\09\0\0\0\xAC\x03\0\0:\0\0\0\x01\x04\0\0\0\0L\x03\0\0\xCC\0\0\0\x99\x04\0\0\x04\x01\0\0\xE6\x03\0\0\xF1\0\0\0\x01\x04\0\0\0\0\x18\x04\0\0T\0\0\0\x9D\x05\0\0[\0\0\0\xD7\x04\0\0i\0\0\0\x02\0\0\0\0\0l\x04\0\0\xB4\0\0\0\xF8\x05\0\0\xF1\0\0\0@\x05\0\0\xFC\0\0\0\x02\0\0\0\0\0 \x05\0\0\x0C\x01\0\0\xE9\x06\0\0j\x01\0\0<\x06\0\0h\x01\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLREASON_DIRECT",
                        "LINECALLREASON_FWDBUSY",
                        "LINECALLREASON_FWDNOANSWER",
                        "LINECALLREASON_FWDUNCOND",
                        "LINECALLREASON_PICKUP",
                        "LINECALLREASON_UNPARK",
                        "LINECALLREASON_REDIRECT",
                        "LINECALLREASON_CALLCOMPLETION",
                        "LINECALLREASON_TRANSFER",
                        "LINECALLREASON_REMINDER",
                        "LINECALLREASON_UNKNOWN",
                        "LINECALLREASON_UNAVAIL",
                        "LINECALLREASON_INTRUDE",
                        "LINECALLREASON_PARKED",
                        "LINECALLREASON_CAMPEDON",
                        "LINECALLREASON_ROUTEREQUEST",
                        "DIRECT",
                        "FWDBUSY",
                        "FWDNOANSWER",
                        "FWDUNCOND",
                        "PICKUP",
                        "UNPARK",
                        "REDIRECT",
                        "CALLCOMPLETION",
                        "TRANSFER",
                        "REMINDER",
                        "UNKNOWN",
                        "UNAVAIL",
                        "INTRUDE",
                        "PARKED",
                        "CAMPEDON",
                        "ROUTEREQUEST",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINECALLREASON_DIRECT",
                        " | LINECALLREASON_FWDBUSY",
                        " | LINECALLREASON_FWDNOANSWER",
                        " | LINECALLREASON_FWDUNCOND",
                        " | LINECALLREASON_PICKUP",
                        " | LINECALLREASON_UNPARK",
                        " | LINECALLREASON_REDIRECT",
                        " | LINECALLREASON_CALLCOMPLETION",
                        " | LINECALLREASON_TRANSFER",
                        " | LINECALLREASON_REMINDER",
                        " | LINECALLREASON_UNKNOWN",
                        " | LINECALLREASON_UNAVAIL",
                        " | LINECALLREASON_INTRUDE",
                        " | LINECALLREASON_PARKED",
                        " | LINECALLREASON_CAMPEDON",
                        " | LINECALLREASON_ROUTEREQUEST",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 12094403244463466271u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\x11\0\x01\0\xFF\xFF\xFF\xFF\x1F\0\x0F\0\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x0C\0\x15\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\0\0\xFF\xFF\xFF\xFF\x0E\0\x0E\0\x19\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\x1A\0\n\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLREASON_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCallReason>`](::tapi_consts::Flags), named [`LineCallReasonSet`](crate::families::LineCallReasonSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINECALLREASON_DIRECT` | `0x00000001` |  |\n| `LINECALLREASON_FWDBUSY` | `0x00000002` |  |\n| `LINECALLREASON_FWDNOANSWER` | `0x00000004` |  |\n| `LINECALLREASON_FWDUNCOND` | `0x00000008` |  |\n| `LINECALLREASON_PICKUP` | `0x00000010` |  |\n| `LINECALLREASON_UNPARK` | `0x00000020` |  |\n| `LINECALLREASON_REDIRECT` | `0x00000040` |  |\n| `LINECALLREASON_CALLCOMPLETION` | `0x00000080` |  |\n| `LINECALLREASON_TRANSFER` | `0x00000100` |  |\n| `LINECALLREASON_REMINDER` | `0x00000200` |  |\n| `LINECALLREASON_UNKNOWN` | `0x00000400` |  |\n| `LINECALLREASON_UNAVAIL` | `0x00000800` |  |\n| `LINECALLREASON_INTRUDE` | `0x00001000` | TAPI 1.4 |\n| `LINECALLREASON_PARKED` | `0x00002000` | TAPI 1.4 |\n| `LINECALLREASON_CAMPEDON` | `0x00004000` | TAPI 2.0 |\n| `LINECALLREASON_ROUTEREQUEST` | `0x00008000` | TAPI 2.0 |\n\n# Deutsch\n\nGrund, aus dem ein Anruf auf einer Adresse erschienen ist, wie er im Feld `dwReason` von `LINECALLINFO` steht.\n\n- `LINECALLREASON_DIRECT`: Ein gewöhnlicher eingehender oder ausgehender Anruf, an dem weder Rufumleitung noch Übergabe noch ein anderes Leistungsmerkmal beteiligt ist.\n- `LINECALLREASON_FWDBUSY`: Der Anruf wurde per Rufumleitung von einer anderen Nebenstelle hierher weitergeleitet, weil diese besetzt war.\n- `LINECALLREASON_FWDNOANSWER`: Der Anruf wurde per Rufumleitung von einer anderen Nebenstelle hierher weitergeleitet, die sich nach einer bestimmten Anzahl von Klingelzeichen nicht gemeldet hat.\n- `LINECALLREASON_FWDUNCOND`: Der Anruf wurde von einer anderen Nummer per sofortiger Rufumleitung (ohne Bedingung) hierher weitergeleitet.\n- `LINECALLREASON_PICKUP`: Der Anruf wurde von einer anderen Nebenstelle herangeholt.\n- `LINECALLREASON_UNPARK`: Der Anruf wurde aus dem Parken geholt.\n- `LINECALLREASON_REDIRECT`: Der Anruf wurde zu dieser Nebenstelle umgeleitet.\n- `LINECALLREASON_CALLCOMPLETION`: Der Anruf geht auf eine frühere Anforderung zur Anrufvervollständigung zurück.\n- `LINECALLREASON_TRANSFER`: Der Anruf wurde von einer anderen Nummer hierher übergeben.\n- `LINECALLREASON_REMINDER`: Eine Erinnerung (Wiederanruf) daran, dass beim Benutzer ein Anruf geparkt ist oder gehalten wird, möglicherweise schon seit Langem.\n- `LINECALLREASON_UNKNOWN`: Der Grund ist noch nicht bekannt, kann aber später bekannt werden.\n- `LINECALLREASON_UNAVAIL`: Der Grund ist nicht verfügbar und wird nie bekannt sein.\n- `LINECALLREASON_INTRUDE`: Der Anruf hat sich auf die Leitung aufgeschaltet, durch eine Anrufvervollständigung einer anderen Nebenstelle oder durch einen Vermittlungsplatz. Je nach Vermittlung erscheint er als verbunden oder in einer Konferenz mit dem bereits aktiven Anruf der Leitung.\n- `LINECALLREASON_PARKED`: Der Anruf wurde auf dieser Adresse geparkt; er erscheint normalerweise zuerst als gehalten.\n- `LINECALLREASON_CAMPEDON`: Der Anruf wartet bei Besetzt auf dieser Adresse: Er erscheint meist zuerst als gehalten und kann mit `lineSwapHold` übernommen werden, und er kann zu klingeln beginnen (Angebotszustand), sobald der aktive Anruf in den Ruhezustand übergeht.\n- `LINECALLREASON_ROUTEREQUEST`: Die Vermittlung verlangt Anweisungen zur Leitweglenkung: Die Anwendung liest die Kennungsangaben des angerufenen Teilnehmers und gibt mit `lineRedirect` ein Ziel an oder weist den Anruf mit `lineDrop` ab; bleibt eine rechtzeitige Antwort aus, wendet die Vermittlung eine Standardaktion an. Erfordert, dass auf der Leitung TAPI 2.0 oder höher ausgehandelt wurde.\n\n# Français\n\nRaison pour laquelle un appel est apparu sur une adresse, telle qu’elle figure dans le membre `dwReason` de `LINECALLINFO`.\n\n- `LINECALLREASON_DIRECT`: Appel entrant ou sortant ordinaire, sans renvoi, transfert ni autre fonction en jeu.\n- `LINECALLREASON_FWDBUSY`: L’appel a été renvoyé ici depuis un autre poste parce que celui-ci était occupé.\n- `LINECALLREASON_FWDNOANSWER`: L’appel a été renvoyé ici depuis un autre poste qui n’a pas répondu après un certain nombre de sonneries.\n- `LINECALLREASON_FWDUNCOND`: L’appel a été renvoyé ici sans condition depuis un autre numéro.\n- `LINECALLREASON_PICKUP`: L’appel a été intercepté depuis un autre poste.\n- `LINECALLREASON_UNPARK`: L’appel a été repris alors qu’il était parqué.\n- `LINECALLREASON_REDIRECT`: L’appel a été redirigé vers ce poste.\n- `LINECALLREASON_CALLCOMPLETION`: L’appel résulte d’une demande d’achèvement d’appel antérieure.\n- `LINECALLREASON_TRANSFER`: L’appel a été transféré ici depuis un autre numéro.\n- `LINECALLREASON_REMINDER`: Rappel signalant à l’utilisateur qu’un de ses appels est parqué ou en attente, peut-être depuis longtemps.\n- `LINECALLREASON_UNKNOWN`: La raison n’est pas encore connue mais pourra l’être plus tard.\n- `LINECALLREASON_UNAVAIL`: La raison n’est pas disponible et ne sera jamais connue.\n- `LINECALLREASON_INTRUDE`: L’appel s’est imposé sur la ligne, par une action d’achèvement d’appel d’un autre poste ou par l’intervention du standard. Selon le commutateur, il apparaît connecté ou en conférence avec l’appel déjà actif sur la ligne.\n- `LINECALLREASON_PARKED`: L’appel a été parqué sur cette adresse ; il apparaît normalement d’abord à l’état en attente.\n- `LINECALLREASON_CAMPEDON`: L’appel est en attente sur occupation de cette adresse : il apparaît en général d’abord en attente et peut être pris avec `lineSwapHold` ; il peut se mettre à sonner (état de présentation) dès que l’appel actif passe à l’état inactif.\n- `LINECALLREASON_ROUTEREQUEST`: Le commutateur demande des instructions d’acheminement : l’application lit l’identification de l’appelé et fournit une destination avec `lineRedirect`, ou refuse l’appel avec `lineDrop` ; faute de réponse à temps, le commutateur applique une action par défaut. Nécessite que TAPI 2.0 ou une version ultérieure ait été négociée sur la ligne.\n"
    )]
    impl LineCallReason {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Direct,
            Self::FwdBusy,
            Self::FwdNoAnswer,
            Self::FwdUncond,
            Self::Pickup,
            Self::Unpark,
            Self::Redirect,
            Self::CallCompletion,
            Self::Transfer,
            Self::Reminder,
            Self::Unknown,
            Self::Unavail,
            Self::Intrude,
            Self::Parked,
            Self::CampedOn,
            Self::RouteRequest,
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
                1 => __tapi::Some(Self::Direct),
                2 => __tapi::Some(Self::FwdBusy),
                4 => __tapi::Some(Self::FwdNoAnswer),
                8 => __tapi::Some(Self::FwdUncond),
                16 => __tapi::Some(Self::Pickup),
                32 => __tapi::Some(Self::Unpark),
                64 => __tapi::Some(Self::Redirect),
                128 => __tapi::Some(Self::CallCompletion),
                256 => __tapi::Some(Self::Transfer),
                512 => __tapi::Some(Self::Reminder),
                1024 => __tapi::Some(Self::Unknown),
                2048 => __tapi::Some(Self::Unavail),
                4096 => __tapi::Some(Self::Intrude),
                8192 => __tapi::Some(Self::Parked),
                16384 => __tapi::Some(Self::CampedOn),
                32768 => __tapi::Some(Self::RouteRequest),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLREASON_DIRECT`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineCallReason {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallReason> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallReason) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallReason {
        type Error = ::tapi_consts::UnknownValueError<LineCallReason>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallReason {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallReason {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCallReason {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCallReason {
        type Output = ::tapi_consts::Flags<LineCallReason>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCallReason> {
            <::tapi_consts::Flags<
                LineCallReason,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCallReason>> for LineCallReason {
        type Output = ::tapi_consts::Flags<LineCallReason>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCallReason>,
        ) -> ::tapi_consts::Flags<LineCallReason> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallReason, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallReason);
};
///The `LINECALLREASON_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecallreason {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::Direct`](super::LineCallReason::Direct)."
    )]
    pub const LINECALLREASON_DIRECT: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::FwdBusy`](super::LineCallReason::FwdBusy)."
    )]
    pub const LINECALLREASON_FWDBUSY: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::FwdNoAnswer`](super::LineCallReason::FwdNoAnswer)."
    )]
    pub const LINECALLREASON_FWDNOANSWER: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::FwdUncond`](super::LineCallReason::FwdUncond)."
    )]
    pub const LINECALLREASON_FWDUNCOND: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::Pickup`](super::LineCallReason::Pickup)."
    )]
    pub const LINECALLREASON_PICKUP: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::Unpark`](super::LineCallReason::Unpark)."
    )]
    pub const LINECALLREASON_UNPARK: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::Redirect`](super::LineCallReason::Redirect)."
    )]
    pub const LINECALLREASON_REDIRECT: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::CallCompletion`](super::LineCallReason::CallCompletion)."
    )]
    pub const LINECALLREASON_CALLCOMPLETION: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::Transfer`](super::LineCallReason::Transfer)."
    )]
    pub const LINECALLREASON_TRANSFER: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::Reminder`](super::LineCallReason::Reminder)."
    )]
    pub const LINECALLREASON_REMINDER: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::Unknown`](super::LineCallReason::Unknown)."
    )]
    pub const LINECALLREASON_UNKNOWN: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::Unavail`](super::LineCallReason::Unavail)."
    )]
    pub const LINECALLREASON_UNAVAIL: ::core::primitive::u32 = 2048;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::Intrude`](super::LineCallReason::Intrude)."
    )]
    pub const LINECALLREASON_INTRUDE: ::core::primitive::u32 = 4096;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::Parked`](super::LineCallReason::Parked)."
    )]
    pub const LINECALLREASON_PARKED: ::core::primitive::u32 = 8192;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::CampedOn`](super::LineCallReason::CampedOn)."
    )]
    pub const LINECALLREASON_CAMPEDON: ::core::primitive::u32 = 16384;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallReason::RouteRequest`](super::LineCallReason::RouteRequest)."
    )]
    pub const LINECALLREASON_ROUTEREQUEST: ::core::primitive::u32 = 32768;
}
/// What a party hears while its call is not connected to a device (offering or on hold). Set with
/// `lineSetCallTreatment` and read in the `dwCallTreatment` member of `LINECALLINFO`; TAPI only
/// checks the value and passes it on to the service provider.
///
/// Zero means the provider does not support call treatments. Values 0x05 to 0xFF are reserved,
/// and values from 0x100 up belong to service providers (for example a particular piece of music
/// or a recorded announcement).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallTreatment {
    /// While the call is offering or on hold, the waiting party hears silence.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLTREATMENT_SILENCE` = `0x00000001`")]
    Silence = 0x0000_0001,
    /// While the call is offering or on hold, the waiting party hears ringback tone, as if the call
    /// were still ringing.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLTREATMENT_RINGBACK` = `0x00000002`")]
    Ringback = 0x0000_0002,
    /// While the call is offering or on hold, the waiting party hears a busy signal.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLTREATMENT_BUSY` = `0x00000003`")]
    Busy = 0x0000_0003,
    /// While the call is offering or on hold, the waiting party hears music.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLTREATMENT_MUSIC` = `0x00000004`")]
    Music = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "What a party hears while its call is not connected to a device (offering or on hold). Set with `lineSetCallTreatment` and read in the `dwCallTreatment` member of `LINECALLINFO`; TAPI only checks the value and passes it on to the service provider.\n\nZero means the provider does not support call treatments. Values 0x05 to 0xFF are reserved, and values from 0x100 up belong to service providers (for example a particular piece of music or a recorded announcement).While the call is offering or on hold, the waiting party hears silence.While the call is offering or on hold, the waiting party hears ringback tone, as if the call were still ringing.While the call is offering or on hold, the waiting party hears a busy signal.While the call is offering or on hold, the waiting party hears music."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Was ein Teilnehmer hört, solange sein Anruf mit keinem Gerät verbunden ist (angeboten oder gehalten). Gesetzt mit `lineSetCallTreatment` und gelesen im Feld `dwCallTreatment` von `LINECALLINFO`; TAPI prüft den Wert nur und reicht ihn an den Dienstanbieter weiter.\n\nNull bedeutet, dass der Dienstanbieter keine Anrufbehandlungen unterstützt. Die Werte 0x05 bis 0xFF sind reserviert, und die Werte ab 0x100 gehören den Dienstanbietern (etwa ein bestimmtes Musikstück oder eine bestimmte aufgezeichnete Ansage).Solange der Anruf angeboten wird oder gehalten ist, hört der wartende Teilnehmer Stille.Solange der Anruf angeboten wird oder gehalten ist, hört der wartende Teilnehmer den Freiton, als ob der Anruf noch klingeln würde.Solange der Anruf angeboten wird oder gehalten ist, hört der wartende Teilnehmer den Besetztton.Solange der Anruf angeboten wird oder gehalten ist, hört der wartende Teilnehmer Musik."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Ce qu’entend un correspondant tant que son appel n’est relié à aucun périphérique (état de présentation ou en attente). Défini avec `lineSetCallTreatment` et lu dans le membre `dwCallTreatment` de `LINECALLINFO` ; TAPI se contente de vérifier la valeur et la transmet au fournisseur de services.\n\nZéro signifie que le fournisseur ne prend pas en charge les traitements d’appel. Les valeurs 0x05 à 0xFF sont réservées, et celles à partir de 0x100 appartiennent aux fournisseurs de services (par exemple un morceau de musique précis ou une annonce enregistrée particulière).Tant que l’appel est présenté ou en attente, le correspondant qui patiente n’entend que du silence.Tant que l’appel est présenté ou en attente, le correspondant qui patiente entend la tonalité de retour d’appel, comme si l’appel sonnait encore.Tant que l’appel est présenté ou en attente, le correspondant qui patiente entend la tonalité d’occupation.Tant que l’appel est présenté ou en attente, le correspondant qui patiente entend de la musique."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallTreatment",
            prefix: "LINECALLTREATMENT_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::Some(__tapi::DeviceSpecific::From(256u64)),
            table: __tapi::Table {
                names: &[
                    "LINECALLTREATMENT_SILENCE",
                    "LINECALLTREATMENT_RINGBACK",
                    "LINECALLTREATMENT_BUSY",
                    "LINECALLTREATMENT_MUSIC",
                ],
                bits: &[1u64, 2u64, 3u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xCE\x01\0\0\0\0\0\0\x02\x02\0\0\0\0\0\0R\x02\0\0\x02\0\0\0\0\0\xCE\x01\0\0G\0\0\0\x02\x02\0\0Y\0\0\0R\x02\0\0i\0\0\0\x02\0\0\0\0\0\x15\x02\0\0p\0\0\0[\x02\0\0\x85\0\0\0\xBB\x02\0\0\x9A\0\0\0\x02\0\0\0\0\0\x85\x02\0\0M\0\0\0\xE0\x02\0\0a\0\0\0U\x03\0\0r\0\0\0\x02\0\0\0\0\0\xD2\x02\0\0E\0\0\0A\x03\0\0X\0\0\0\xC7\x03\0\0d\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLTREATMENT_SILENCE",
                        "LINECALLTREATMENT_RINGBACK",
                        "LINECALLTREATMENT_BUSY",
                        "LINECALLTREATMENT_MUSIC",
                        "SILENCE",
                        "RINGBACK",
                        "BUSY",
                        "MUSIC",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\x07\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLTREATMENT_` family (enumeration, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINECALLTREATMENT_SILENCE` | `0x00000001` | TAPI 2.0 |\n| `LINECALLTREATMENT_RINGBACK` | `0x00000002` | TAPI 2.0 |\n| `LINECALLTREATMENT_BUSY` | `0x00000003` | TAPI 2.0 |\n| `LINECALLTREATMENT_MUSIC` | `0x00000004` | TAPI 2.0 |\n\n# Deutsch\n\nWas ein Teilnehmer hört, solange sein Anruf mit keinem Gerät verbunden ist (angeboten oder gehalten). Gesetzt mit `lineSetCallTreatment` und gelesen im Feld `dwCallTreatment` von `LINECALLINFO`; TAPI prüft den Wert nur und reicht ihn an den Dienstanbieter weiter.<br><br>Null bedeutet, dass der Dienstanbieter keine Anrufbehandlungen unterstützt. Die Werte 0x05 bis 0xFF sind reserviert, und die Werte ab 0x100 gehören den Dienstanbietern (etwa ein bestimmtes Musikstück oder eine bestimmte aufgezeichnete Ansage).\n\n- `LINECALLTREATMENT_SILENCE`: Solange der Anruf angeboten wird oder gehalten ist, hört der wartende Teilnehmer Stille.\n- `LINECALLTREATMENT_RINGBACK`: Solange der Anruf angeboten wird oder gehalten ist, hört der wartende Teilnehmer den Freiton, als ob der Anruf noch klingeln würde.\n- `LINECALLTREATMENT_BUSY`: Solange der Anruf angeboten wird oder gehalten ist, hört der wartende Teilnehmer den Besetztton.\n- `LINECALLTREATMENT_MUSIC`: Solange der Anruf angeboten wird oder gehalten ist, hört der wartende Teilnehmer Musik.\n\n# Français\n\nCe qu’entend un correspondant tant que son appel n’est relié à aucun périphérique (état de présentation ou en attente). Défini avec `lineSetCallTreatment` et lu dans le membre `dwCallTreatment` de `LINECALLINFO` ; TAPI se contente de vérifier la valeur et la transmet au fournisseur de services.<br><br>Zéro signifie que le fournisseur ne prend pas en charge les traitements d’appel. Les valeurs 0x05 à 0xFF sont réservées, et celles à partir de 0x100 appartiennent aux fournisseurs de services (par exemple un morceau de musique précis ou une annonce enregistrée particulière).\n\n- `LINECALLTREATMENT_SILENCE`: Tant que l’appel est présenté ou en attente, le correspondant qui patiente n’entend que du silence.\n- `LINECALLTREATMENT_RINGBACK`: Tant que l’appel est présenté ou en attente, le correspondant qui patiente entend la tonalité de retour d’appel, comme si l’appel sonnait encore.\n- `LINECALLTREATMENT_BUSY`: Tant que l’appel est présenté ou en attente, le correspondant qui patiente entend la tonalité d’occupation.\n- `LINECALLTREATMENT_MUSIC`: Tant que l’appel est présenté ou en attente, le correspondant qui patiente entend de la musique.\n"
    )]
    impl LineCallTreatment {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Silence,
            Self::Ringback,
            Self::Busy,
            Self::Music,
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
                1 => __tapi::Some(Self::Silence),
                2 => __tapi::Some(Self::Ringback),
                3 => __tapi::Some(Self::Busy),
                4 => __tapi::Some(Self::Music),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLTREATMENT_SILENCE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineCallTreatment {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallTreatment> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallTreatment) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallTreatment {
        type Error = ::tapi_consts::UnknownValueError<LineCallTreatment>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallTreatment {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallTreatment {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallTreatment, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallTreatment);
};
///The `LINECALLTREATMENT_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecalltreatment {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallTreatment::Silence`](super::LineCallTreatment::Silence)."
    )]
    pub const LINECALLTREATMENT_SILENCE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallTreatment::Ringback`](super::LineCallTreatment::Ringback)."
    )]
    pub const LINECALLTREATMENT_RINGBACK: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallTreatment::Busy`](super::LineCallTreatment::Busy)."
    )]
    pub const LINECALLTREATMENT_BUSY: ::core::primitive::u32 = 3;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallTreatment::Music`](super::LineCallTreatment::Music)."
    )]
    pub const LINECALLTREATMENT_MUSIC: ::core::primitive::u32 = 4;
}
