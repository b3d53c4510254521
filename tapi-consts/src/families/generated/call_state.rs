// @generated from tapi-consts/families/call_state.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Call states (`LINECALLSTATE_`) and the modes that refine them (busy, offering, disconnected, …).
/// Kinds of busy signal the switch or network can return, telling which resource is in use.
///
/// Given in `dwParam2` of `LINE_CALLSTATE` and in `dwCallStateMode` of `LINECALLSTATUS` when a
/// call is in the `LINECALLSTATE_BUSY` state; `dwBusyModes` of `LINEADDRESSCAPS` lists the ones
/// an address can detect. The signal may be an in-band tone or an out-of-band message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineBusyMode {
    /// The called party's station is busy; usually signalled by the normal busy tone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEBUSYMODE_STATION` = `0x00000001`")]
    Station = 0x0000_0001,
    /// A trunk or circuit on the way is busy; usually signalled by a fast busy tone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEBUSYMODE_TRUNK` = `0x00000002`")]
    Trunk = 0x0000_0002,
    /// The kind of busy signal is not known yet but may become known later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEBUSYMODE_UNKNOWN` = `0x00000004`")]
    Unknown = 0x0000_0004,
    /// The kind of busy signal cannot be determined and never will be.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEBUSYMODE_UNAVAIL` = `0x00000008`")]
    Unavail = 0x0000_0008,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of busy signal the switch or network can return, telling which resource is in use.\n\nGiven in `dwParam2` of `LINE_CALLSTATE` and in `dwCallStateMode` of `LINECALLSTATUS` when a call is in the `LINECALLSTATE_BUSY` state; `dwBusyModes` of `LINEADDRESSCAPS` lists the ones an address can detect. The signal may be an in-band tone or an out-of-band message.The called party's station is busy; usually signalled by the normal busy tone.A trunk or circuit on the way is busy; usually signalled by a fast busy tone.The kind of busy signal is not known yet but may become known later.The kind of busy signal cannot be determined and never will be."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Besetztzeichen, die die Vermittlung oder das Netz zurückgeben kann; sie zeigen an, welche Ressource belegt ist. Angegeben in `dwParam2` von `LINE_CALLSTATE` und in `dwCallStateMode` von `LINECALLSTATUS`, wenn sich ein Anruf im Zustand `LINECALLSTATE_BUSY` befindet; `dwBusyModes` von `LINEADDRESSCAPS` gibt an, welche davon eine Adresse erkennen kann. Das Zeichen kann ein In-Band-Ton oder eine Out-of-Band-Nachricht sein.Die Nebenstelle des angerufenen Teilnehmers ist besetzt; meist durch den normalen Besetztton signalisiert.Eine Amtsleitung oder eine andere Leitung auf dem Verbindungsweg ist belegt; meist durch einen Gassenbesetztton (schnellen Besetztton) signalisiert.Die Art des Besetztzeichens ist noch nicht bekannt, kann aber später bekannt werden.Die Art des Besetztzeichens lässt sich nicht bestimmen und wird sich auch nie bestimmen lassen."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de signal d’occupation que le commutateur ou le réseau peut renvoyer, indiquant quelle ressource est occupée. Fourni dans `dwParam2` de `LINE_CALLSTATE` et dans `dwCallStateMode` de `LINECALLSTATUS` lorsqu’un appel est à l’état `LINECALLSTATE_BUSY` ; `dwBusyModes` de `LINEADDRESSCAPS` énumère ceux qu’une adresse sait détecter.Le poste de l’appelé est occupé ; généralement signalé par la tonalité d’occupation normale.Une ligne réseau ou un circuit sur le trajet est occupé ; généralement signalé par une tonalité d’encombrement (occupation rapide).Le type de signal d’occupation n’est pas encore connu mais pourra l’être plus tard.Le type de signal d’occupation ne peut pas être déterminé et ne le sera jamais."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineBusyMode",
            prefix: "LINEBUSYMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 15u64,
            selector_mask: 0u64,
            device_specific: __tapi::Some(__tapi::DeviceSpecific::Bits(4294901760u64)),
            table: __tapi::Table {
                names: &[
                    "LINEBUSYMODE_STATION",
                    "LINEBUSYMODE_TRUNK",
                    "LINEBUSYMODE_UNKNOWN",
                    "LINEBUSYMODE_UNAVAIL",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0f\x01\0\0\0\0\0\0\xB1\x01\0\0\0\0\0\0]\x01\0\0\xFF\xFF\0\0\0\0f\x01\0\0N\0\0\0\xB1\x01\0\0j\0\0\0]\x01\0\0f\0\0\0\xFF\xFF\0\0\0\0\xB4\x01\0\0M\0\0\0\x1B\x02\0\0\x94\0\0\0\xC3\x01\0\0\x8B\0\0\0\xFF\xFF\0\0\0\0\x01\x02\0\0D\0\0\0\xAF\x02\0\0U\0\0\0N\x02\0\0Z\0\0\0\xFF\xFF\0\0\0\0E\x02\0\0?\0\0\0\x04\x03\0\0`\0\0\0\xA8\x02\0\0T\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEBUSYMODE_STATION",
                        "LINEBUSYMODE_TRUNK",
                        "LINEBUSYMODE_UNKNOWN",
                        "LINEBUSYMODE_UNAVAIL",
                        "STATION",
                        "TRUNK",
                        "UNKNOWN",
                        "UNAVAIL",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEBUSYMODE_STATION",
                        " | LINEBUSYMODE_TRUNK",
                        " | LINEBUSYMODE_UNKNOWN",
                        " | LINEBUSYMODE_UNAVAIL",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x04\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEBUSYMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineBusyMode>`](::tapi_consts::Flags), named [`LineBusyModeSet`](crate::families::LineBusyModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINEBUSYMODE_STATION` | `0x00000001` |\n| `LINEBUSYMODE_TRUNK` | `0x00000002` |\n| `LINEBUSYMODE_UNKNOWN` | `0x00000004` |\n| `LINEBUSYMODE_UNAVAIL` | `0x00000008` |\n\n# Deutsch\n\nArten von Besetztzeichen, die die Vermittlung oder das Netz zurückgeben kann; sie zeigen an, welche Ressource belegt ist. Angegeben in `dwParam2` von `LINE_CALLSTATE` und in `dwCallStateMode` von `LINECALLSTATUS`, wenn sich ein Anruf im Zustand `LINECALLSTATE_BUSY` befindet; `dwBusyModes` von `LINEADDRESSCAPS` gibt an, welche davon eine Adresse erkennen kann. Das Zeichen kann ein In-Band-Ton oder eine Out-of-Band-Nachricht sein.\n\n- `LINEBUSYMODE_STATION`: Die Nebenstelle des angerufenen Teilnehmers ist besetzt; meist durch den normalen Besetztton signalisiert.\n- `LINEBUSYMODE_TRUNK`: Eine Amtsleitung oder eine andere Leitung auf dem Verbindungsweg ist belegt; meist durch einen Gassenbesetztton (schnellen Besetztton) signalisiert.\n- `LINEBUSYMODE_UNKNOWN`: Die Art des Besetztzeichens ist noch nicht bekannt, kann aber später bekannt werden.\n- `LINEBUSYMODE_UNAVAIL`: Die Art des Besetztzeichens lässt sich nicht bestimmen und wird sich auch nie bestimmen lassen.\n\n# Français\n\nTypes de signal d’occupation que le commutateur ou le réseau peut renvoyer, indiquant quelle ressource est occupée. Fourni dans `dwParam2` de `LINE_CALLSTATE` et dans `dwCallStateMode` de `LINECALLSTATUS` lorsqu’un appel est à l’état `LINECALLSTATE_BUSY` ; `dwBusyModes` de `LINEADDRESSCAPS` énumère ceux qu’une adresse sait détecter.\n\n- `LINEBUSYMODE_STATION`: Le poste de l’appelé est occupé ; généralement signalé par la tonalité d’occupation normale.\n- `LINEBUSYMODE_TRUNK`: Une ligne réseau ou un circuit sur le trajet est occupé ; généralement signalé par une tonalité d’encombrement (occupation rapide).\n- `LINEBUSYMODE_UNKNOWN`: Le type de signal d’occupation n’est pas encore connu mais pourra l’être plus tard.\n- `LINEBUSYMODE_UNAVAIL`: Le type de signal d’occupation ne peut pas être déterminé et ne le sera jamais.\n"
    )]
    impl LineBusyMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Station,
            Self::Trunk,
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
                1 => __tapi::Some(Self::Station),
                2 => __tapi::Some(Self::Trunk),
                4 => __tapi::Some(Self::Unknown),
                8 => __tapi::Some(Self::Unavail),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEBUSYMODE_STATION`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineBusyMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineBusyMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineBusyMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineBusyMode {
        type Error = ::tapi_consts::UnknownValueError<LineBusyMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineBusyMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineBusyMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineBusyMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineBusyMode {
        type Output = ::tapi_consts::Flags<LineBusyMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineBusyMode> {
            <::tapi_consts::Flags<
                LineBusyMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineBusyMode>> for LineBusyMode {
        type Output = ::tapi_consts::Flags<LineBusyMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineBusyMode>,
        ) -> ::tapi_consts::Flags<LineBusyMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineBusyMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineBusyMode);
};
///The `LINEBUSYMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linebusymode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineBusyMode::Station`](super::LineBusyMode::Station)."
    )]
    pub const LINEBUSYMODE_STATION: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineBusyMode::Trunk`](super::LineBusyMode::Trunk)."
    )]
    pub const LINEBUSYMODE_TRUNK: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineBusyMode::Unknown`](super::LineBusyMode::Unknown)."
    )]
    pub const LINEBUSYMODE_UNKNOWN: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineBusyMode::Unavail`](super::LineBusyMode::Unavail)."
    )]
    pub const LINEBUSYMODE_UNAVAIL: ::core::primitive::u32 = 8;
}
/// States a call can be in. The new state arrives in `dwParam1` of the `LINE_CALLSTATE`
/// message, and the current one is in the `dwCallState` member of the `LINECALLSTATUS` structure
/// returned by `lineGetCallStatus`.
///
/// TAPI defines only the low 24 bits; a provider may use the high 8 bits for a device-specific
/// substate, but only together with one of the standard bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallState {
    /// The call exists but has no activity and no connection. Once idle, a call never leaves
    /// this state; the application can then release its handle with `lineDeallocateCall`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_IDLE` = `0x00000001`")]
    Idle = 0x0000_0001,
    /// A new incoming call is being presented to the station. This does not mean the phone rings:
    /// a switch may present a call to several stations but ring only the primary one.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_OFFERING` = `0x00000002`")]
    Offering = 0x0000_0002,
    /// The offered call has been accepted: the owning application has claimed responsibility for
    /// answering it, which monitoring applications can see. In ISDN this starts alerting at both
    /// ends; an incoming call may also be answered without being accepted first.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_ACCEPTED` = `0x00000004`")]
    Accepted = 0x0000_0004,
    /// The switch is giving dial tone and is ready to receive digits; `LINEDIALTONEMODE_` tells
    /// which kind of dial tone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_DIALTONE` = `0x00000008`")]
    DialTone = 0x0000_0008,
    /// Digits are being dialed and collected by the switch. Sending digits with
    /// `lineGenerateDigits` does not put the call in this state.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_DIALING` = `0x00000010`")]
    Dialing = 0x0000_0010,
    /// The destination has been reached and is being alerted; its switch sends ringback tone to
    /// the caller.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_RINGBACK` = `0x00000020`")]
    Ringback = 0x0000_0020,
    /// The call hears a busy signal because a trunk or the remote station is in use; see
    /// `LINEBUSYMODE_` for which.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_BUSY` = `0x00000040`")]
    Busy = 0x0000_0040,
    /// A special information tone is being received, which precedes a recorded message explaining
    /// why the call cannot be completed; see `LINESPECIALINFO_`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_SPECIALINFO` = `0x00000080`")]
    SpecialInfo = 0x0000_0080,
    /// The call is established, and information can flow between the originating and destination
    /// addresses.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_CONNECTED` = `0x00000100`")]
    Connected = 0x0000_0100,
    /// Dialing is finished and the call is progressing through the switch or network, before
    /// ringback, busy or answer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_PROCEEDING` = `0x00000200`")]
    Proceeding = 0x0000_0200,
    /// The switch holds the call, which frees the physical line for another call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_ONHOLD` = `0x00000400`")]
    OnHold = 0x0000_0400,
    /// The call is one party of a conference and is logically connected.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_CONFERENCED` = `0x00000800`")]
    Conferenced = 0x0000_0800,
    /// The call is on hold while it is being added to a conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_ONHOLDPENDCONF` = `0x00001000`")]
    OnHoldPendConf = 0x0000_1000,
    /// The call is on hold, waiting to be transferred to another number.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_ONHOLDPENDTRANSFER` = `0x00002000`")]
    OnHoldPendTransfer = 0x0000_2000,
    /// The remote party has disconnected; `LINEDISCONNECTMODE_` gives the reason. The call can
    /// still be queried until the application drops it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_DISCONNECTED` = `0x00004000`")]
    Disconnected = 0x0000_4000,
    /// The call exists but its state is not known, for instance because call-progress detection
    /// is poor. A provider may also use it to announce a new call whose exact state is unclear.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSTATE_UNKNOWN` = `0x00008000`")]
    Unknown = 0x0000_8000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "States a call can be in. The new state arrives in `dwParam1` of the `LINE_CALLSTATE` message, and the current one is in the `dwCallState` member of the `LINECALLSTATUS` structure returned by `lineGetCallStatus`.\n\nTAPI defines only the low 24 bits; a provider may use the high 8 bits for a device-specific substate, but only together with one of the standard bits.The call exists but has no activity and no connection. Once idle, a call never leaves this state; the application can then release its handle with `lineDeallocateCall`.A new incoming call is being presented to the station. This does not mean the phone rings: a switch may present a call to several stations but ring only the primary one.The offered call has been accepted: the owning application has claimed responsibility for answering it, which monitoring applications can see. In ISDN this starts alerting at both ends; an incoming call may also be answered without being accepted first.The switch is giving dial tone and is ready to receive digits; `LINEDIALTONEMODE_` tells which kind of dial tone.Digits are being dialed and collected by the switch. Sending digits with `lineGenerateDigits` does not put the call in this state.The destination has been reached and is being alerted; its switch sends ringback tone to the caller.The call hears a busy signal because a trunk or the remote station is in use; see `LINEBUSYMODE_` for which.A special information tone is being received, which precedes a recorded message explaining why the call cannot be completed; see `LINESPECIALINFO_`.The call is established, and information can flow between the originating and destination addresses.Dialing is finished and the call is progressing through the switch or network, before ringback, busy or answer.The switch holds the call, which frees the physical line for another call.The call is one party of a conference and is logically connected.The call is on hold while it is being added to a conference.The call is on hold, waiting to be transferred to another number.The remote party has disconnected; `LINEDISCONNECTMODE_` gives the reason. The call can still be queried until the application drops it.The call exists but its state is not known, for instance because call-progress detection is poor. A provider may also use it to announce a new call whose exact state is unclear."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Anrufzustände, in denen sich ein Anruf befinden kann. Der neue Zustand wird in `dwParam1` der Nachricht `LINE_CALLSTATE` übermittelt, der aktuelle steht im Feld `dwCallState` der Struktur `LINECALLSTATUS`, die `lineGetCallStatus` zurückgibt.\n\nTAPI definiert nur die unteren 24 Bits; ein Anbieter kann die oberen 8 Bits für einen gerätespezifischen Unterzustand verwenden, aber nur zusammen mit einem der Standardbits.Der Anruf existiert, hat aber weder Aktivität noch Verbindung. Ein Anruf, der diesen inaktiven Zustand erreicht hat, verlässt ihn nie wieder; die Anwendung kann dann sein Handle mit `lineDeallocateCall` freigeben.Ein neuer eingehender Anruf wird der Nebenstelle angeboten. Das bedeutet nicht, dass das Telefon klingelt: Eine Vermittlung kann einen Anruf mehreren Nebenstellen anbieten, aber nur die primäre Nebenstelle klingeln lassen.Der angebotene Anruf wurde akzeptiert: Die Anwendung mit Besitzerprivileg hat es übernommen, ihn entgegenzunehmen, und überwachende Anwendungen können das sehen. Bei ISDN wird dadurch an beiden Enden der Ruf signalisiert; ein eingehender Anruf kann auch entgegengenommen werden, ohne zuvor akzeptiert worden zu sein.Die Vermittlung liefert den Wählton und ist bereit, Ziffern zu empfangen; `LINEDIALTONEMODE_` gibt an, welche Art von Wählton.Ziffern werden gewählt und von der Vermittlung entgegengenommen. Das Senden von Ziffern mit `lineGenerateDigits` versetzt den Anruf nicht in diesen Zustand.Das Ziel wurde erreicht und wird gerufen; seine Vermittlung sendet dem Anrufer den Freiton.Der Anruf erhält ein Besetztzeichen, weil eine Amtsleitung oder die entfernte Nebenstelle belegt ist; welche von beiden, gibt `LINEBUSYMODE_` an.Ein Sonderinformationston wird empfangen; er geht einer aufgezeichneten Ansage voraus, die erklärt, warum der Anruf nicht zustande kommen kann. Siehe `LINESPECIALINFO_`.Der Anruf ist aufgebaut, und zwischen Ursprungsadresse und Zieladresse können Informationen fließen.Die Wahl ist abgeschlossen, und der Anruf wird in der Vermittlung oder im Netz weiterverarbeitet, bevor Freiton, Besetztzeichen oder die Annahme folgen.Die Vermittlung hält den Anruf, wodurch die physische Leitung für einen anderen Anruf frei wird.Der Anruf ist einer der Teilnehmer einer Konferenz und logisch verbunden.Der Anruf wird gehalten, während er einer Konferenz hinzugefügt wird.Der Anruf wird gehalten und wartet darauf, an eine andere Nummer übergeben zu werden.Der entfernte Teilnehmer hat die Verbindung getrennt; `LINEDISCONNECTMODE_` gibt den Trennungsgrund an. Der Anruf kann noch abgefragt werden, bis die Anwendung ihn beendet.Der Anruf existiert, aber sein Zustand ist nicht bekannt, etwa weil die Erkennung des Anrufverlaufs unzureichend ist. Ein Anbieter kann diesen Zustand auch verwenden, um einen neuen Anruf zu melden, dessen genauer Zustand unklar ist."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "États dans lesquels un appel peut se trouver. Le nouvel état est transmis dans `dwParam1` du message `LINE_CALLSTATE`, et l’état actuel figure dans le membre `dwCallState` de la structure `LINECALLSTATUS` renvoyée par `lineGetCallStatus`.\n\nTAPI ne définit que les 24 bits de poids faible ; un fournisseur peut utiliser les 8 bits de poids fort pour un sous-état propre au périphérique, mais uniquement avec l’un des bits standard.L’appel existe mais n’a ni activité ni connexion. Un appel qui a atteint cet état n’en sort plus ; l’application peut alors libérer son handle avec `lineDeallocateCall`.Un nouvel appel entrant est présenté au poste. Cela ne signifie pas que le téléphone sonne : un commutateur peut présenter un appel à plusieurs postes mais ne faire sonner que le poste principal.L’appel présenté a été accepté : l’application propriétaire s’est chargée d’y répondre, ce que voient les applications de surveillance. En RNIS, cela déclenche l’alerte aux deux extrémités ; un appel entrant peut aussi être pris sans avoir été accepté au préalable.Le commutateur fournit la tonalité de numérotation et attend les chiffres ; `LINEDIALTONEMODE_` précise le type de tonalité.Des chiffres sont en cours de numérotation et sont recueillis par le commutateur. L’envoi de chiffres avec `lineGenerateDigits` ne place pas l’appel dans cet état.La destination a été atteinte et reçoit l’alerte ; son commutateur renvoie la tonalité de retour d’appel à l’appelant.L’appel reçoit une tonalité d’occupation, car une ligne réseau ou le poste distant est occupé ; voir `LINEBUSYMODE_` pour savoir lequel.Une tonalité d’information spéciale est reçue ; elle précède un message enregistré qui explique pourquoi l’appel ne peut pas aboutir. Voir `LINESPECIALINFO_`.L’appel est établi, et les informations peuvent circuler entre l’adresse d’origine et l’adresse de destination.La numérotation est terminée et l’appel progresse dans le commutateur ou le réseau, avant le retour d’appel, l’occupation ou la réponse.Le commutateur maintient l’appel en attente, ce qui libère la ligne physique pour un autre appel.L’appel est l’un des participants d’une conférence et se trouve logiquement à l’état connecté.L’appel est en attente pendant son ajout à une conférence.L’appel est en attente de son transfert vers un autre numéro.Le correspondant distant s’est déconnecté ; `LINEDISCONNECTMODE_` en donne la raison. L’appel peut encore être consulté jusqu’à ce que l’application y mette fin.L’appel existe mais son état est inconnu, par exemple en raison d’une détection insuffisante de la progression de l’appel. Un fournisseur peut aussi s’en servir pour annoncer un nouvel appel dont l’état exact n’est pas clair."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallState",
            prefix: "LINECALLSTATE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 65535u64,
            selector_mask: 0u64,
            device_specific: __tapi::Some(__tapi::DeviceSpecific::Bits(4278190080u64)),
            table: __tapi::Table {
                names: &[
                    "LINECALLSTATE_IDLE",
                    "LINECALLSTATE_OFFERING",
                    "LINECALLSTATE_ACCEPTED",
                    "LINECALLSTATE_DIALTONE",
                    "LINECALLSTATE_DIALING",
                    "LINECALLSTATE_RINGBACK",
                    "LINECALLSTATE_BUSY",
                    "LINECALLSTATE_SPECIALINFO",
                    "LINECALLSTATE_CONNECTED",
                    "LINECALLSTATE_PROCEEDING",
                    "LINECALLSTATE_ONHOLD",
                    "LINECALLSTATE_CONFERENCED",
                    "LINECALLSTATE_ONHOLDPENDCONF",
                    "LINECALLSTATE_ONHOLDPENDTRANSFER",
                    "LINECALLSTATE_DISCONNECTED",
                    "LINECALLSTATE_UNKNOWN",
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
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0k\x01\0\0\0\0\0\0\xA6\x01\0\0\0\0\0\0\xBA\x01\0\0\xFF\xFF\0\0\0\0k\x01\0\0\xA8\0\0\0\xA6\x01\0\0\xD7\0\0\0\xBA\x01\0\0\xB4\0\0\0\xFF\xFF\0\0\0\0\x13\x02\0\0\xA9\0\0\0}\x02\0\0\xDF\0\0\0n\x02\0\0\xC9\0\0\0\xFF\xFF\0\0\0\0\xBC\x02\0\0\xFD\0\0\0\\\x03\0\0?\x01\0\x007\x03\0\0#\x01\0\0\xFF\xFF\0\0\0\0\xB9\x03\0\0q\0\0\0\x9B\x04\0\0\x80\0\0\0Z\x04\0\0\x80\0\0\0\xFF\xFF\0\0\0\0*\x04\0\0\x82\0\0\0\x1B\x05\0\0\x9D\0\0\0\xDA\x04\0\0\xA9\0\0\0\xFF\xFF\0\0\0\0\xAC\x04\0\0d\0\0\0\xB8\x05\0\0[\0\0\0\x83\x05\0\0\x81\0\0\0\xFF\xFF\0\0\0\0\x10\x05\0\0l\0\0\0\x13\x06\0\0\x92\0\0\0\x04\x06\0\0\x90\0\0\0\xFF\xFF\0\0\0\0|\x05\0\0\x94\0\0\0\xA5\x06\0\0\xAA\0\0\0\x94\x06\0\0\xA8\0\0\0\xFF\xFF\0\0\0\0\x10\x06\0\0d\0\0\0O\x07\0\0f\0\0\0<\x07\0\0x\0\0\0\xFF\xFF\0\0\0\0t\x06\0\0o\0\0\0\xB5\x07\0\0\x98\0\0\0\xB4\x07\0\0\x92\0\0\0\xFF\xFF\0\0\0\0\xE3\x06\0\0J\0\0\0M\x08\0\0b\0\0\0F\x08\0\0d\0\0\0\xFF\xFF\0\0\0\0-\x07\0\0A\0\0\0\xAF\x08\0\0I\0\0\0\xAA\x08\0\0j\0\0\0\xFF\xFF\0\0\0\0n\x07\0\0<\0\0\0\xF8\x08\0\0G\0\0\0\x14\t\0\0>\0\0\0\xFF\xFF\0\0\0\0\xAA\x07\0\0A\0\0\0?\t\0\0V\0\0\0R\t\0\0@\0\0\0\xFF\xFF\0\0\0\0\xEB\x07\0\0\x88\0\0\0\x95\t\0\0\xAC\0\0\0\x92\t\0\0\xAE\0\0\0\xFF\xFF\0\0\0\0s\x08\0\0\xB1\0\0\0A\n\0\0\xE9\0\0\0@\n\0\0\xF0\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLSTATE_IDLE",
                        "LINECALLSTATE_OFFERING",
                        "LINECALLSTATE_ACCEPTED",
                        "LINECALLSTATE_DIALTONE",
                        "LINECALLSTATE_DIALING",
                        "LINECALLSTATE_RINGBACK",
                        "LINECALLSTATE_BUSY",
                        "LINECALLSTATE_SPECIALINFO",
                        "LINECALLSTATE_CONNECTED",
                        "LINECALLSTATE_PROCEEDING",
                        "LINECALLSTATE_ONHOLD",
                        "LINECALLSTATE_CONFERENCED",
                        "LINECALLSTATE_ONHOLDPENDCONF",
                        "LINECALLSTATE_ONHOLDPENDTRANSFER",
                        "LINECALLSTATE_DISCONNECTED",
                        "LINECALLSTATE_UNKNOWN",
                        "IDLE",
                        "OFFERING",
                        "ACCEPTED",
                        "DIALTONE",
                        "DIALING",
                        "RINGBACK",
                        "BUSY",
                        "SPECIALINFO",
                        "CONNECTED",
                        "PROCEEDING",
                        "ONHOLD",
                        "CONFERENCED",
                        "ONHOLDPENDCONF",
                        "ONHOLDPENDTRANSFER",
                        "DISCONNECTED",
                        "UNKNOWN",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINECALLSTATE_IDLE",
                        " | LINECALLSTATE_OFFERING",
                        " | LINECALLSTATE_ACCEPTED",
                        " | LINECALLSTATE_DIALTONE",
                        " | LINECALLSTATE_DIALING",
                        " | LINECALLSTATE_RINGBACK",
                        " | LINECALLSTATE_BUSY",
                        " | LINECALLSTATE_SPECIALINFO",
                        " | LINECALLSTATE_CONNECTED",
                        " | LINECALLSTATE_PROCEEDING",
                        " | LINECALLSTATE_ONHOLD",
                        " | LINECALLSTATE_CONFERENCED",
                        " | LINECALLSTATE_ONHOLDPENDCONF",
                        " | LINECALLSTATE_ONHOLDPENDTRANSFER",
                        " | LINECALLSTATE_DISCONNECTED",
                        " | LINECALLSTATE_UNKNOWN",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 3004016666054571995u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\x18\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x0E\0\x03\0\x03\0\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\n\0\x1D\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLSTATE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCallState>`](::tapi_consts::Flags), named [`LineCallStateSet`](crate::families::LineCallStateSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINECALLSTATE_IDLE` | `0x00000001` |\n| `LINECALLSTATE_OFFERING` | `0x00000002` |\n| `LINECALLSTATE_ACCEPTED` | `0x00000004` |\n| `LINECALLSTATE_DIALTONE` | `0x00000008` |\n| `LINECALLSTATE_DIALING` | `0x00000010` |\n| `LINECALLSTATE_RINGBACK` | `0x00000020` |\n| `LINECALLSTATE_BUSY` | `0x00000040` |\n| `LINECALLSTATE_SPECIALINFO` | `0x00000080` |\n| `LINECALLSTATE_CONNECTED` | `0x00000100` |\n| `LINECALLSTATE_PROCEEDING` | `0x00000200` |\n| `LINECALLSTATE_ONHOLD` | `0x00000400` |\n| `LINECALLSTATE_CONFERENCED` | `0x00000800` |\n| `LINECALLSTATE_ONHOLDPENDCONF` | `0x00001000` |\n| `LINECALLSTATE_ONHOLDPENDTRANSFER` | `0x00002000` |\n| `LINECALLSTATE_DISCONNECTED` | `0x00004000` |\n| `LINECALLSTATE_UNKNOWN` | `0x00008000` |\n\n# Deutsch\n\nAnrufzustände, in denen sich ein Anruf befinden kann. Der neue Zustand wird in `dwParam1` der Nachricht `LINE_CALLSTATE` übermittelt, der aktuelle steht im Feld `dwCallState` der Struktur `LINECALLSTATUS`, die `lineGetCallStatus` zurückgibt.<br><br>TAPI definiert nur die unteren 24 Bits; ein Anbieter kann die oberen 8 Bits für einen gerätespezifischen Unterzustand verwenden, aber nur zusammen mit einem der Standardbits.\n\n- `LINECALLSTATE_IDLE`: Der Anruf existiert, hat aber weder Aktivität noch Verbindung. Ein Anruf, der diesen inaktiven Zustand erreicht hat, verlässt ihn nie wieder; die Anwendung kann dann sein Handle mit `lineDeallocateCall` freigeben.\n- `LINECALLSTATE_OFFERING`: Ein neuer eingehender Anruf wird der Nebenstelle angeboten. Das bedeutet nicht, dass das Telefon klingelt: Eine Vermittlung kann einen Anruf mehreren Nebenstellen anbieten, aber nur die primäre Nebenstelle klingeln lassen.\n- `LINECALLSTATE_ACCEPTED`: Der angebotene Anruf wurde akzeptiert: Die Anwendung mit Besitzerprivileg hat es übernommen, ihn entgegenzunehmen, und überwachende Anwendungen können das sehen. Bei ISDN wird dadurch an beiden Enden der Ruf signalisiert; ein eingehender Anruf kann auch entgegengenommen werden, ohne zuvor akzeptiert worden zu sein.\n- `LINECALLSTATE_DIALTONE`: Die Vermittlung liefert den Wählton und ist bereit, Ziffern zu empfangen; `LINEDIALTONEMODE_` gibt an, welche Art von Wählton.\n- `LINECALLSTATE_DIALING`: Ziffern werden gewählt und von der Vermittlung entgegengenommen. Das Senden von Ziffern mit `lineGenerateDigits` versetzt den Anruf nicht in diesen Zustand.\n- `LINECALLSTATE_RINGBACK`: Das Ziel wurde erreicht und wird gerufen; seine Vermittlung sendet dem Anrufer den Freiton.\n- `LINECALLSTATE_BUSY`: Der Anruf erhält ein Besetztzeichen, weil eine Amtsleitung oder die entfernte Nebenstelle belegt ist; welche von beiden, gibt `LINEBUSYMODE_` an.\n- `LINECALLSTATE_SPECIALINFO`: Ein Sonderinformationston wird empfangen; er geht einer aufgezeichneten Ansage voraus, die erklärt, warum der Anruf nicht zustande kommen kann. Siehe `LINESPECIALINFO_`.\n- `LINECALLSTATE_CONNECTED`: Der Anruf ist aufgebaut, und zwischen Ursprungsadresse und Zieladresse können Informationen fließen.\n- `LINECALLSTATE_PROCEEDING`: Die Wahl ist abgeschlossen, und der Anruf wird in der Vermittlung oder im Netz weiterverarbeitet, bevor Freiton, Besetztzeichen oder die Annahme folgen.\n- `LINECALLSTATE_ONHOLD`: Die Vermittlung hält den Anruf, wodurch die physische Leitung für einen anderen Anruf frei wird.\n- `LINECALLSTATE_CONFERENCED`: Der Anruf ist einer der Teilnehmer einer Konferenz und logisch verbunden.\n- `LINECALLSTATE_ONHOLDPENDCONF`: Der Anruf wird gehalten, während er einer Konferenz hinzugefügt wird.\n- `LINECALLSTATE_ONHOLDPENDTRANSFER`: Der Anruf wird gehalten und wartet darauf, an eine andere Nummer übergeben zu werden.\n- `LINECALLSTATE_DISCONNECTED`: Der entfernte Teilnehmer hat die Verbindung getrennt; `LINEDISCONNECTMODE_` gibt den Trennungsgrund an. Der Anruf kann noch abgefragt werden, bis die Anwendung ihn beendet.\n- `LINECALLSTATE_UNKNOWN`: Der Anruf existiert, aber sein Zustand ist nicht bekannt, etwa weil die Erkennung des Anrufverlaufs unzureichend ist. Ein Anbieter kann diesen Zustand auch verwenden, um einen neuen Anruf zu melden, dessen genauer Zustand unklar ist.\n\n# Français\n\nÉtats dans lesquels un appel peut se trouver. Le nouvel état est transmis dans `dwParam1` du message `LINE_CALLSTATE`, et l’état actuel figure dans le membre `dwCallState` de la structure `LINECALLSTATUS` renvoyée par `lineGetCallStatus`.<br><br>TAPI ne définit que les 24 bits de poids faible ; un fournisseur peut utiliser les 8 bits de poids fort pour un sous-état propre au périphérique, mais uniquement avec l’un des bits standard.\n\n- `LINECALLSTATE_IDLE`: L’appel existe mais n’a ni activité ni connexion. Un appel qui a atteint cet état n’en sort plus ; l’application peut alors libérer son handle avec `lineDeallocateCall`.\n- `LINECALLSTATE_OFFERING`: Un nouvel appel entrant est présenté au poste. Cela ne signifie pas que le téléphone sonne : un commutateur peut présenter un appel à plusieurs postes mais ne faire sonner que le poste principal.\n- `LINECALLSTATE_ACCEPTED`: L’appel présenté a été accepté : l’application propriétaire s’est chargée d’y répondre, ce que voient les applications de surveillance. En RNIS, cela déclenche l’alerte aux deux extrémités ; un appel entrant peut aussi être pris sans avoir été accepté au préalable.\n- `LINECALLSTATE_DIALTONE`: Le commutateur fournit la tonalité de numérotation et attend les chiffres ; `LINEDIALTONEMODE_` précise le type de tonalité.\n- `LINECALLSTATE_DIALING`: Des chiffres sont en cours de numérotation et sont recueillis par le commutateur. L’envoi de chiffres avec `lineGenerateDigits` ne place pas l’appel dans cet état.\n- `LINECALLSTATE_RINGBACK`: La destination a été atteinte et reçoit l’alerte ; son commutateur renvoie la tonalité de retour d’appel à l’appelant.\n- `LINECALLSTATE_BUSY`: L’appel reçoit une tonalité d’occupation, car une ligne réseau ou le poste distant est occupé ; voir `LINEBUSYMODE_` pour savoir lequel.\n- `LINECALLSTATE_SPECIALINFO`: Une tonalité d’information spéciale est reçue ; elle précède un message enregistré qui explique pourquoi l’appel ne peut pas aboutir. Voir `LINESPECIALINFO_`.\n- `LINECALLSTATE_CONNECTED`: L’appel est établi, et les informations peuvent circuler entre l’adresse d’origine et l’adresse de destination.\n- `LINECALLSTATE_PROCEEDING`: La numérotation est terminée et l’appel progresse dans le commutateur ou le réseau, avant le retour d’appel, l’occupation ou la réponse.\n- `LINECALLSTATE_ONHOLD`: Le commutateur maintient l’appel en attente, ce qui libère la ligne physique pour un autre appel.\n- `LINECALLSTATE_CONFERENCED`: L’appel est l’un des participants d’une conférence et se trouve logiquement à l’état connecté.\n- `LINECALLSTATE_ONHOLDPENDCONF`: L’appel est en attente pendant son ajout à une conférence.\n- `LINECALLSTATE_ONHOLDPENDTRANSFER`: L’appel est en attente de son transfert vers un autre numéro.\n- `LINECALLSTATE_DISCONNECTED`: Le correspondant distant s’est déconnecté ; `LINEDISCONNECTMODE_` en donne la raison. L’appel peut encore être consulté jusqu’à ce que l’application y mette fin.\n- `LINECALLSTATE_UNKNOWN`: L’appel existe mais son état est inconnu, par exemple en raison d’une détection insuffisante de la progression de l’appel. Un fournisseur peut aussi s’en servir pour annoncer un nouvel appel dont l’état exact n’est pas clair.\n"
    )]
    impl LineCallState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Idle,
            Self::Offering,
            Self::Accepted,
            Self::DialTone,
            Self::Dialing,
            Self::Ringback,
            Self::Busy,
            Self::SpecialInfo,
            Self::Connected,
            Self::Proceeding,
            Self::OnHold,
            Self::Conferenced,
            Self::OnHoldPendConf,
            Self::OnHoldPendTransfer,
            Self::Disconnected,
            Self::Unknown,
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
                1 => __tapi::Some(Self::Idle),
                2 => __tapi::Some(Self::Offering),
                4 => __tapi::Some(Self::Accepted),
                8 => __tapi::Some(Self::DialTone),
                16 => __tapi::Some(Self::Dialing),
                32 => __tapi::Some(Self::Ringback),
                64 => __tapi::Some(Self::Busy),
                128 => __tapi::Some(Self::SpecialInfo),
                256 => __tapi::Some(Self::Connected),
                512 => __tapi::Some(Self::Proceeding),
                1024 => __tapi::Some(Self::OnHold),
                2048 => __tapi::Some(Self::Conferenced),
                4096 => __tapi::Some(Self::OnHoldPendConf),
                8192 => __tapi::Some(Self::OnHoldPendTransfer),
                16384 => __tapi::Some(Self::Disconnected),
                32768 => __tapi::Some(Self::Unknown),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLSTATE_IDLE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineCallState {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallState> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallState) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallState {
        type Error = ::tapi_consts::UnknownValueError<LineCallState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCallState {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCallState {
        type Output = ::tapi_consts::Flags<LineCallState>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCallState> {
            <::tapi_consts::Flags<
                LineCallState,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCallState>> for LineCallState {
        type Output = ::tapi_consts::Flags<LineCallState>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCallState>,
        ) -> ::tapi_consts::Flags<LineCallState> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallState, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallState);
};
///The `LINECALLSTATE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecallstate {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::Idle`](super::LineCallState::Idle)."
    )]
    pub const LINECALLSTATE_IDLE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::Offering`](super::LineCallState::Offering)."
    )]
    pub const LINECALLSTATE_OFFERING: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::Accepted`](super::LineCallState::Accepted)."
    )]
    pub const LINECALLSTATE_ACCEPTED: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::DialTone`](super::LineCallState::DialTone)."
    )]
    pub const LINECALLSTATE_DIALTONE: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::Dialing`](super::LineCallState::Dialing)."
    )]
    pub const LINECALLSTATE_DIALING: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::Ringback`](super::LineCallState::Ringback)."
    )]
    pub const LINECALLSTATE_RINGBACK: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::Busy`](super::LineCallState::Busy)."
    )]
    pub const LINECALLSTATE_BUSY: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::SpecialInfo`](super::LineCallState::SpecialInfo)."
    )]
    pub const LINECALLSTATE_SPECIALINFO: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::Connected`](super::LineCallState::Connected)."
    )]
    pub const LINECALLSTATE_CONNECTED: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::Proceeding`](super::LineCallState::Proceeding)."
    )]
    pub const LINECALLSTATE_PROCEEDING: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::OnHold`](super::LineCallState::OnHold)."
    )]
    pub const LINECALLSTATE_ONHOLD: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::Conferenced`](super::LineCallState::Conferenced)."
    )]
    pub const LINECALLSTATE_CONFERENCED: ::core::primitive::u32 = 2048;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::OnHoldPendConf`](super::LineCallState::OnHoldPendConf)."
    )]
    pub const LINECALLSTATE_ONHOLDPENDCONF: ::core::primitive::u32 = 4096;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::OnHoldPendTransfer`](super::LineCallState::OnHoldPendTransfer)."
    )]
    pub const LINECALLSTATE_ONHOLDPENDTRANSFER: ::core::primitive::u32 = 8192;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::Disconnected`](super::LineCallState::Disconnected)."
    )]
    pub const LINECALLSTATE_DISCONNECTED: ::core::primitive::u32 = 16384;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallState::Unknown`](super::LineCallState::Unknown)."
    )]
    pub const LINECALLSTATE_UNKNOWN: ::core::primitive::u32 = 32768;
}
/// Substates of a connected call, meaningful mainly on addresses shared (bridged) between several
/// stations, as on key systems. The mode comes with the `LINE_CALLSTATE` message reporting
/// `LINECALLSTATE_CONNECTED` (in `dwParam2`) and is kept in the `dwCallStateMode` member of
/// `LINECALLSTATUS`.
///
/// A mode of zero should be read as `ACTIVE`, which is the normal case on an address that is not
/// bridged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineConnectedMode {
    /// This station takes part in the connected call. On a bridged address, `lineDrop` or
    /// `lineHold` may only make the call inactive here while it stays connected at other stations.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECONNECTEDMODE_ACTIVE` = `0x00000001`")]
    Active = 0x0000_0001,
    /// The call is connected at one or more other stations but this station is not taking part;
    /// `lineAnswer` joins it. Operations such as tone or digit detection are usually suspended (not
    /// cancelled) in this mode.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECONNECTEDMODE_INACTIVE` = `0x00000002`")]
    Inactive = 0x0000_0002,
    /// This station takes part in the call, but the remote party has put it on hold; usually known
    /// only when both ends are on the same switch. Requires TAPI 2.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECONNECTEDMODE_ACTIVEHELD` = `0x00000004`")]
    ActiveHeld = 0x0000_0004,
    /// This station is not taking part in the call, and the remote party has put it on hold.
    /// Requires TAPI 2.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECONNECTEDMODE_INACTIVEHELD` = `0x00000008`")]
    InactiveHeld = 0x0000_0008,
    /// The provider has received positive confirmation that the call is connected, for example
    /// through answer supervision. Requires TAPI 2.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECONNECTEDMODE_CONFIRMED` = `0x00000010`")]
    Confirmed = 0x0000_0010,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Substates of a connected call, meaningful mainly on addresses shared (bridged) between several stations, as on key systems. The mode comes with the `LINE_CALLSTATE` message reporting `LINECALLSTATE_CONNECTED` (in `dwParam2`) and is kept in the `dwCallStateMode` member of `LINECALLSTATUS`.\n\nA mode of zero should be read as `ACTIVE`, which is the normal case on an address that is not bridged.This station takes part in the connected call. On a bridged address, `lineDrop` or `lineHold` may only make the call inactive here while it stays connected at other stations.The call is connected at one or more other stations but this station is not taking part; `lineAnswer` joins it. Operations such as tone or digit detection are usually suspended (not cancelled) in this mode.This station takes part in the call, but the remote party has put it on hold; usually known only when both ends are on the same switch. Requires TAPI 2.0 or later.This station is not taking part in the call, and the remote party has put it on hold. Requires TAPI 2.0 or later.The provider has received positive confirmation that the call is connected, for example through answer supervision. Requires TAPI 2.0 or later."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Unterzustände des verbundenen Zustands eines Anrufs, vor allem auf Adressen von Bedeutung, die sich mehrere Nebenstellen teilen (gebrückte Adressen), etwa bei Reihenanlagen. Der Modus kommt mit der Nachricht `LINE_CALLSTATE`, die `LINECALLSTATE_CONNECTED` meldet (in `dwParam2`), und wird im Feld `dwCallStateMode` von `LINECALLSTATUS` festgehalten.\n\nEin Modus mit dem Wert 0 ist als `ACTIVE` zu lesen; das ist der Normalfall auf einer nicht gebrückten Adresse.Diese Nebenstelle ist am verbundenen Anruf beteiligt. Auf einer gebrückten Adresse machen `lineDrop` oder `lineHold` den Anruf unter Umständen nur hier inaktiv, während er an anderen Nebenstellen verbunden bleibt.Der Anruf ist an einer oder mehreren anderen Nebenstellen verbunden, diese Nebenstelle ist aber nicht beteiligt; mit `lineAnswer` schaltet sie sich hinzu. Vorgänge wie die Ton- oder Ziffernerkennung werden in diesem Modus meist ausgesetzt (nicht abgebrochen).Diese Nebenstelle ist am Anruf beteiligt, aber der entfernte Teilnehmer hat den Anruf gehalten; das ist meist nur bekannt, wenn beide Enden an derselben Vermittlung liegen. Erfordert TAPI 2.0 oder höher.Diese Nebenstelle ist nicht am Anruf beteiligt, und der entfernte Teilnehmer hat den Anruf gehalten. Erfordert TAPI 2.0 oder höher.Der Anbieter hat eine ausdrückliche Bestätigung erhalten, dass der Anruf verbunden ist, etwa durch Meldeüberwachung (Answer Supervision). Erfordert TAPI 2.0 oder höher."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Sous-états d’un appel connecté, utiles surtout sur les adresses partagées (pontées) entre plusieurs postes, comme sur les systèmes à touches. Le mode accompagne le message `LINE_CALLSTATE` qui signale `LINECALLSTATE_CONNECTED` (dans `dwParam2`) et est conservé dans le membre `dwCallStateMode` de `LINECALLSTATUS`.\n\nUn mode nul doit être interprété comme `ACTIVE`, ce qui est le cas normal sur une adresse non pontée.Ce poste participe à l’appel connecté. Sur une adresse pontée, `lineDrop` ou `lineHold` peuvent se contenter de rendre l’appel inactif sur ce poste, alors qu’il reste connecté sur d’autres.L’appel est connecté sur un ou plusieurs autres postes, mais ce poste n’y participe pas ; `lineAnswer` permet de le rejoindre. Les opérations comme la détection de tonalités ou de chiffres sont en général suspendues (et non annulées) dans ce mode.Ce poste participe à l’appel, mais le correspondant distant l’a mis en attente ; en général connu seulement lorsque les deux extrémités dépendent du même commutateur. Nécessite TAPI 2.0 ou une version ultérieure.Ce poste ne participe pas à l’appel, et le correspondant distant l’a mis en attente. Nécessite TAPI 2.0 ou une version ultérieure.Le fournisseur a reçu une confirmation explicite que l’appel est connecté, par exemple grâce à la supervision de la réponse. Nécessite TAPI 2.0 ou une version ultérieure."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineConnectedMode",
            prefix: "LINECONNECTEDMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 31u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINECONNECTEDMODE_ACTIVE",
                    "LINECONNECTEDMODE_INACTIVE",
                    "LINECONNECTEDMODE_ACTIVEHELD",
                    "LINECONNECTEDMODE_INACTIVEHELD",
                    "LINECONNECTEDMODE_CONFIRMED",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x89\x01\0\0\0\0\0\0\xD0\x01\0\0\0\0\0\0\xAE\x01\0\0\x01\x04\0\0\0\0\x89\x01\0\0\xAE\0\0\0\xD0\x01\0\0\xD8\0\0\0\xAE\x01\0\0\xC9\0\0\0\x01\x04\0\0\0\x007\x02\0\0\xCE\0\0\0\xA8\x02\0\0\x04\x01\0\0w\x02\0\0\x02\x01\0\0\x02\0\0\0\0\0\x05\x03\0\0\xA3\0\0\0\xAC\x03\0\0\xCC\0\0\0y\x03\0\0\xE1\0\0\0\x02\0\0\0\0\0\xA8\x03\0\0q\0\0\0x\x04\0\0\x84\0\0\0Z\x04\0\0\x89\0\0\0\x02\0\0\0\0\0\x19\x04\0\0\x8F\0\0\0\xFC\x04\0\0\xAC\0\0\0\xE3\x04\0\0\xB3\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECONNECTEDMODE_ACTIVE",
                        "LINECONNECTEDMODE_INACTIVE",
                        "LINECONNECTEDMODE_ACTIVEHELD",
                        "LINECONNECTEDMODE_INACTIVEHELD",
                        "LINECONNECTEDMODE_CONFIRMED",
                        "ACTIVE",
                        "INACTIVE",
                        "ACTIVEHELD",
                        "INACTIVEHELD",
                        "CONFIRMED",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINECONNECTEDMODE_ACTIVE",
                        " | LINECONNECTEDMODE_INACTIVE",
                        " | LINECONNECTEDMODE_ACTIVEHELD",
                        " | LINECONNECTEDMODE_INACTIVEHELD",
                        " | LINECONNECTEDMODE_CONFIRMED",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\x05\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECONNECTEDMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineConnectedMode>`](::tapi_consts::Flags), named [`LineConnectedModeSet`](crate::families::LineConnectedModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINECONNECTEDMODE_ACTIVE` | `0x00000001` | TAPI 1.4 |\n| `LINECONNECTEDMODE_INACTIVE` | `0x00000002` | TAPI 1.4 |\n| `LINECONNECTEDMODE_ACTIVEHELD` | `0x00000004` | TAPI 2.0 |\n| `LINECONNECTEDMODE_INACTIVEHELD` | `0x00000008` | TAPI 2.0 |\n| `LINECONNECTEDMODE_CONFIRMED` | `0x00000010` | TAPI 2.0 |\n\n# Deutsch\n\nUnterzustände des verbundenen Zustands eines Anrufs, vor allem auf Adressen von Bedeutung, die sich mehrere Nebenstellen teilen (gebrückte Adressen), etwa bei Reihenanlagen. Der Modus kommt mit der Nachricht `LINE_CALLSTATE`, die `LINECALLSTATE_CONNECTED` meldet (in `dwParam2`), und wird im Feld `dwCallStateMode` von `LINECALLSTATUS` festgehalten.<br><br>Ein Modus mit dem Wert 0 ist als `ACTIVE` zu lesen; das ist der Normalfall auf einer nicht gebrückten Adresse.\n\n- `LINECONNECTEDMODE_ACTIVE`: Diese Nebenstelle ist am verbundenen Anruf beteiligt. Auf einer gebrückten Adresse machen `lineDrop` oder `lineHold` den Anruf unter Umständen nur hier inaktiv, während er an anderen Nebenstellen verbunden bleibt.\n- `LINECONNECTEDMODE_INACTIVE`: Der Anruf ist an einer oder mehreren anderen Nebenstellen verbunden, diese Nebenstelle ist aber nicht beteiligt; mit `lineAnswer` schaltet sie sich hinzu. Vorgänge wie die Ton- oder Ziffernerkennung werden in diesem Modus meist ausgesetzt (nicht abgebrochen).\n- `LINECONNECTEDMODE_ACTIVEHELD`: Diese Nebenstelle ist am Anruf beteiligt, aber der entfernte Teilnehmer hat den Anruf gehalten; das ist meist nur bekannt, wenn beide Enden an derselben Vermittlung liegen. Erfordert TAPI 2.0 oder höher.\n- `LINECONNECTEDMODE_INACTIVEHELD`: Diese Nebenstelle ist nicht am Anruf beteiligt, und der entfernte Teilnehmer hat den Anruf gehalten. Erfordert TAPI 2.0 oder höher.\n- `LINECONNECTEDMODE_CONFIRMED`: Der Anbieter hat eine ausdrückliche Bestätigung erhalten, dass der Anruf verbunden ist, etwa durch Meldeüberwachung (Answer Supervision). Erfordert TAPI 2.0 oder höher.\n\n# Français\n\nSous-états d’un appel connecté, utiles surtout sur les adresses partagées (pontées) entre plusieurs postes, comme sur les systèmes à touches. Le mode accompagne le message `LINE_CALLSTATE` qui signale `LINECALLSTATE_CONNECTED` (dans `dwParam2`) et est conservé dans le membre `dwCallStateMode` de `LINECALLSTATUS`.<br><br>Un mode nul doit être interprété comme `ACTIVE`, ce qui est le cas normal sur une adresse non pontée.\n\n- `LINECONNECTEDMODE_ACTIVE`: Ce poste participe à l’appel connecté. Sur une adresse pontée, `lineDrop` ou `lineHold` peuvent se contenter de rendre l’appel inactif sur ce poste, alors qu’il reste connecté sur d’autres.\n- `LINECONNECTEDMODE_INACTIVE`: L’appel est connecté sur un ou plusieurs autres postes, mais ce poste n’y participe pas ; `lineAnswer` permet de le rejoindre. Les opérations comme la détection de tonalités ou de chiffres sont en général suspendues (et non annulées) dans ce mode.\n- `LINECONNECTEDMODE_ACTIVEHELD`: Ce poste participe à l’appel, mais le correspondant distant l’a mis en attente ; en général connu seulement lorsque les deux extrémités dépendent du même commutateur. Nécessite TAPI 2.0 ou une version ultérieure.\n- `LINECONNECTEDMODE_INACTIVEHELD`: Ce poste ne participe pas à l’appel, et le correspondant distant l’a mis en attente. Nécessite TAPI 2.0 ou une version ultérieure.\n- `LINECONNECTEDMODE_CONFIRMED`: Le fournisseur a reçu une confirmation explicite que l’appel est connecté, par exemple grâce à la supervision de la réponse. Nécessite TAPI 2.0 ou une version ultérieure.\n"
    )]
    impl LineConnectedMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Active,
            Self::Inactive,
            Self::ActiveHeld,
            Self::InactiveHeld,
            Self::Confirmed,
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
                1 => __tapi::Some(Self::Active),
                2 => __tapi::Some(Self::Inactive),
                4 => __tapi::Some(Self::ActiveHeld),
                8 => __tapi::Some(Self::InactiveHeld),
                16 => __tapi::Some(Self::Confirmed),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECONNECTEDMODE_ACTIVE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineConnectedMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineConnectedMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineConnectedMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineConnectedMode {
        type Error = ::tapi_consts::UnknownValueError<LineConnectedMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineConnectedMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineConnectedMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineConnectedMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineConnectedMode {
        type Output = ::tapi_consts::Flags<LineConnectedMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineConnectedMode> {
            <::tapi_consts::Flags<
                LineConnectedMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineConnectedMode>>
    for LineConnectedMode {
        type Output = ::tapi_consts::Flags<LineConnectedMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineConnectedMode>,
        ) -> ::tapi_consts::Flags<LineConnectedMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineConnectedMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineConnectedMode);
};
///The `LINECONNECTEDMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineconnectedmode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineConnectedMode::Active`](super::LineConnectedMode::Active)."
    )]
    pub const LINECONNECTEDMODE_ACTIVE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineConnectedMode::Inactive`](super::LineConnectedMode::Inactive)."
    )]
    pub const LINECONNECTEDMODE_INACTIVE: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineConnectedMode::ActiveHeld`](super::LineConnectedMode::ActiveHeld)."
    )]
    pub const LINECONNECTEDMODE_ACTIVEHELD: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineConnectedMode::InactiveHeld`](super::LineConnectedMode::InactiveHeld)."
    )]
    pub const LINECONNECTEDMODE_INACTIVEHELD: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineConnectedMode::Confirmed`](super::LineConnectedMode::Confirmed)."
    )]
    pub const LINECONNECTEDMODE_CONFIRMED: ::core::primitive::u32 = 16;
}
/// Kinds of dial tone. Reported in the `dwCallStateMode` member of `LINECALLSTATUS` (and with the
/// `LINE_CALLSTATE` message) while a call is in the `LINECALLSTATE_DIALTONE` state; the
/// `dwDialToneModes` member of `LINEADDRESSCAPS` lists those an address can detect.
///
/// The low 16 bits are reserved for TAPI; the high 16 bits may hold device-specific extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineDialToneMode {
    /// An ordinary dial tone, usually a steady tone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDIALTONEMODE_NORMAL` = `0x00000001`")]
    Normal = 0x0000_0001,
    /// A special dial tone, usually interrupted, signaling that some condition known to the switch
    /// or network applies (such as a waiting message); the switch is still ready for digits.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDIALTONEMODE_SPECIAL` = `0x00000002`")]
    Special = 0x0000_0002,
    /// An internal dial tone, such as the one given inside a PBX.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDIALTONEMODE_INTERNAL` = `0x00000004`")]
    Internal = 0x0000_0004,
    /// An external dial tone, coming from the public network.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDIALTONEMODE_EXTERNAL` = `0x00000008`")]
    External = 0x0000_0008,
    /// The kind of dial tone is not known yet but may become known later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDIALTONEMODE_UNKNOWN` = `0x00000010`")]
    Unknown = 0x0000_0010,
    /// The kind of dial tone is unavailable and will never be known.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDIALTONEMODE_UNAVAIL` = `0x00000020`")]
    Unavail = 0x0000_0020,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of dial tone. Reported in the `dwCallStateMode` member of `LINECALLSTATUS` (and with the `LINE_CALLSTATE` message) while a call is in the `LINECALLSTATE_DIALTONE` state; the `dwDialToneModes` member of `LINEADDRESSCAPS` lists those an address can detect.\n\nThe low 16 bits are reserved for TAPI; the high 16 bits may hold device-specific extensions.An ordinary dial tone, usually a steady tone.A special dial tone, usually interrupted, signaling that some condition known to the switch or network applies (such as a waiting message); the switch is still ready for digits.An internal dial tone, such as the one given inside a PBX.An external dial tone, coming from the public network.The kind of dial tone is not known yet but may become known later.The kind of dial tone is unavailable and will never be known."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Wähltönen. Gemeldet im Feld `dwCallStateMode` von `LINECALLSTATUS` (und mit der Nachricht `LINE_CALLSTATE`), solange sich ein Anruf im Zustand `LINECALLSTATE_DIALTONE` befindet; das Feld `dwDialToneModes` von `LINEADDRESSCAPS` gibt an, welche davon eine Adresse erkennen kann.\n\nDie unteren 16 Bits sind TAPI vorbehalten; die oberen 16 Bits können gerätespezifische Erweiterungen aufnehmen.Ein gewöhnlicher Wählton, meist ein Dauerton.Ein besonderer Wählton, meist unterbrochen, der anzeigt, dass ein der Vermittlung oder dem Netz bekannter Umstand vorliegt (etwa eine wartende Nachricht); die Vermittlung ist trotzdem bereit, Ziffern zu empfangen.Ein interner Wählton, etwa der innerhalb einer Nebenstellenanlage.Ein externer Wählton aus dem öffentlichen Netz.Die Art des Wähltons ist noch nicht bekannt, kann aber später bekannt werden.Die Art des Wähltons ist nicht verfügbar und wird nie bekannt sein."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de tonalité de numérotation. Indiqués dans le membre `dwCallStateMode` de `LINECALLSTATUS` (et avec le message `LINE_CALLSTATE`) pendant qu’un appel est à l’état `LINECALLSTATE_DIALTONE` ; le membre `dwDialToneModes` de `LINEADDRESSCAPS` énumère ceux qu’une adresse peut détecter.\n\nLes 16 bits de poids faible sont réservés à TAPI ; les 16 bits de poids fort peuvent accueillir des extensions propres au périphérique.Tonalité de numérotation ordinaire, en général continue.Tonalité de numérotation spéciale, en général hachée, qui signale qu’une situation connue du commutateur ou du réseau est en vigueur (comme un message en attente) ; le commutateur reste prêt à recevoir les chiffres.Tonalité de numérotation interne, comme celle que fournit un PABX.Tonalité de numérotation externe, provenant du réseau public.Le type de tonalité n’est pas encore connu mais pourra l’être plus tard.Le type de tonalité n’est pas disponible et ne sera jamais connu."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineDialToneMode",
            prefix: "LINEDIALTONEMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 63u64,
            selector_mask: 0u64,
            device_specific: __tapi::Some(__tapi::DeviceSpecific::Bits(4294901760u64)),
            table: __tapi::Table {
                names: &[
                    "LINEDIALTONEMODE_NORMAL",
                    "LINEDIALTONEMODE_SPECIAL",
                    "LINEDIALTONEMODE_INTERNAL",
                    "LINEDIALTONEMODE_EXTERNAL",
                    "LINEDIALTONEMODE_UNKNOWN",
                    "LINEDIALTONEMODE_UNAVAIL",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0b\x01\0\0\0\0\0\0\x93\x01\0\0\0\0\0\0\xBA\x01\0\0\xFF\xFF\0\0\0\0b\x01\0\0-\0\0\0\x93\x01\0\0/\0\0\0\xBA\x01\0\0<\0\0\0\xFF\xFF\0\0\0\0\x8F\x01\0\0\xB1\0\0\0\xC2\x01\0\0\xD6\0\0\0\xF6\x01\0\0\xE2\0\0\0\xFF\xFF\0\0\0\0@\x02\0\0:\0\0\0\x98\x02\0\0C\0\0\0\xD8\x02\0\0D\0\0\0\xFF\xFF\0\0\0\0z\x02\0\x006\0\0\0\xDB\x02\0\x001\0\0\0\x1C\x03\0\0@\0\0\0\xFF\xFF\0\0\0\0\xB0\x02\0\0B\0\0\0\x0C\x03\0\0O\0\0\0\\\x03\0\0N\0\0\0\xFF\xFF\0\0\0\0\xF2\x02\0\0=\0\0\0[\x03\0\0E\0\0\0\xAA\x03\0\0D\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEDIALTONEMODE_NORMAL",
                        "LINEDIALTONEMODE_SPECIAL",
                        "LINEDIALTONEMODE_INTERNAL",
                        "LINEDIALTONEMODE_EXTERNAL",
                        "LINEDIALTONEMODE_UNKNOWN",
                        "LINEDIALTONEMODE_UNAVAIL",
                        "NORMAL",
                        "SPECIAL",
                        "INTERNAL",
                        "EXTERNAL",
                        "UNKNOWN",
                        "UNAVAIL",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEDIALTONEMODE_NORMAL",
                        " | LINEDIALTONEMODE_SPECIAL",
                        " | LINEDIALTONEMODE_INTERNAL",
                        " | LINEDIALTONEMODE_EXTERNAL",
                        " | LINEDIALTONEMODE_UNKNOWN",
                        " | LINEDIALTONEMODE_UNAVAIL",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x05\0\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEDIALTONEMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineDialToneMode>`](::tapi_consts::Flags), named [`LineDialToneModeSet`](crate::families::LineDialToneModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINEDIALTONEMODE_NORMAL` | `0x00000001` |\n| `LINEDIALTONEMODE_SPECIAL` | `0x00000002` |\n| `LINEDIALTONEMODE_INTERNAL` | `0x00000004` |\n| `LINEDIALTONEMODE_EXTERNAL` | `0x00000008` |\n| `LINEDIALTONEMODE_UNKNOWN` | `0x00000010` |\n| `LINEDIALTONEMODE_UNAVAIL` | `0x00000020` |\n\n# Deutsch\n\nArten von Wähltönen. Gemeldet im Feld `dwCallStateMode` von `LINECALLSTATUS` (und mit der Nachricht `LINE_CALLSTATE`), solange sich ein Anruf im Zustand `LINECALLSTATE_DIALTONE` befindet; das Feld `dwDialToneModes` von `LINEADDRESSCAPS` gibt an, welche davon eine Adresse erkennen kann.<br><br>Die unteren 16 Bits sind TAPI vorbehalten; die oberen 16 Bits können gerätespezifische Erweiterungen aufnehmen.\n\n- `LINEDIALTONEMODE_NORMAL`: Ein gewöhnlicher Wählton, meist ein Dauerton.\n- `LINEDIALTONEMODE_SPECIAL`: Ein besonderer Wählton, meist unterbrochen, der anzeigt, dass ein der Vermittlung oder dem Netz bekannter Umstand vorliegt (etwa eine wartende Nachricht); die Vermittlung ist trotzdem bereit, Ziffern zu empfangen.\n- `LINEDIALTONEMODE_INTERNAL`: Ein interner Wählton, etwa der innerhalb einer Nebenstellenanlage.\n- `LINEDIALTONEMODE_EXTERNAL`: Ein externer Wählton aus dem öffentlichen Netz.\n- `LINEDIALTONEMODE_UNKNOWN`: Die Art des Wähltons ist noch nicht bekannt, kann aber später bekannt werden.\n- `LINEDIALTONEMODE_UNAVAIL`: Die Art des Wähltons ist nicht verfügbar und wird nie bekannt sein.\n\n# Français\n\nTypes de tonalité de numérotation. Indiqués dans le membre `dwCallStateMode` de `LINECALLSTATUS` (et avec le message `LINE_CALLSTATE`) pendant qu’un appel est à l’état `LINECALLSTATE_DIALTONE` ; le membre `dwDialToneModes` de `LINEADDRESSCAPS` énumère ceux qu’une adresse peut détecter.<br><br>Les 16 bits de poids faible sont réservés à TAPI ; les 16 bits de poids fort peuvent accueillir des extensions propres au périphérique.\n\n- `LINEDIALTONEMODE_NORMAL`: Tonalité de numérotation ordinaire, en général continue.\n- `LINEDIALTONEMODE_SPECIAL`: Tonalité de numérotation spéciale, en général hachée, qui signale qu’une situation connue du commutateur ou du réseau est en vigueur (comme un message en attente) ; le commutateur reste prêt à recevoir les chiffres.\n- `LINEDIALTONEMODE_INTERNAL`: Tonalité de numérotation interne, comme celle que fournit un PABX.\n- `LINEDIALTONEMODE_EXTERNAL`: Tonalité de numérotation externe, provenant du réseau public.\n- `LINEDIALTONEMODE_UNKNOWN`: Le type de tonalité n’est pas encore connu mais pourra l’être plus tard.\n- `LINEDIALTONEMODE_UNAVAIL`: Le type de tonalité n’est pas disponible et ne sera jamais connu.\n"
    )]
    impl LineDialToneMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Normal,
            Self::Special,
            Self::Internal,
            Self::External,
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
                1 => __tapi::Some(Self::Normal),
                2 => __tapi::Some(Self::Special),
                4 => __tapi::Some(Self::Internal),
                8 => __tapi::Some(Self::External),
                16 => __tapi::Some(Self::Unknown),
                32 => __tapi::Some(Self::Unavail),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEDIALTONEMODE_NORMAL`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineDialToneMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineDialToneMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineDialToneMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineDialToneMode {
        type Error = ::tapi_consts::UnknownValueError<LineDialToneMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineDialToneMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineDialToneMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineDialToneMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineDialToneMode {
        type Output = ::tapi_consts::Flags<LineDialToneMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineDialToneMode> {
            <::tapi_consts::Flags<
                LineDialToneMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineDialToneMode>>
    for LineDialToneMode {
        type Output = ::tapi_consts::Flags<LineDialToneMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineDialToneMode>,
        ) -> ::tapi_consts::Flags<LineDialToneMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineDialToneMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineDialToneMode);
};
///The `LINEDIALTONEMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linedialtonemode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDialToneMode::Normal`](super::LineDialToneMode::Normal)."
    )]
    pub const LINEDIALTONEMODE_NORMAL: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDialToneMode::Special`](super::LineDialToneMode::Special)."
    )]
    pub const LINEDIALTONEMODE_SPECIAL: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDialToneMode::Internal`](super::LineDialToneMode::Internal)."
    )]
    pub const LINEDIALTONEMODE_INTERNAL: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDialToneMode::External`](super::LineDialToneMode::External)."
    )]
    pub const LINEDIALTONEMODE_EXTERNAL: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDialToneMode::Unknown`](super::LineDialToneMode::Unknown)."
    )]
    pub const LINEDIALTONEMODE_UNKNOWN: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDialToneMode::Unavail`](super::LineDialToneMode::Unavail)."
    )]
    pub const LINEDIALTONEMODE_UNAVAIL: ::core::primitive::u32 = 32;
}
/// Reasons why the remote end or the network ended a call. Reported in the `dwCallStateMode`
/// member of `LINECALLSTATUS` (and with the `LINE_CALLSTATE` message) once the call is in the
/// `LINECALLSTATE_DISCONNECTED` state; the call can still be queried, for example for user-to-user
/// information sent with the disconnect, until the application drops it.
///
/// A provider must not report a value unknown to the negotiated TAPI version; it falls back to
/// `NORMAL` or `UNKNOWN`. The reference page leaves the high 16 bits to device-specific
/// extensions, but TAPI 3.0 (`QOSUNAVAIL` to `CANCELLED`) and Windows' metadata
/// (`DESTINATIONBARRED`, `FDNRESTRICT`) have since given bits 16 to 21 to members, so only the bits
/// above them (`0xFFC00000`) are read as device-specific.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineDisconnectMode {
    /// The remote party hung up normally.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_NORMAL` = `0x00000001`")]
    Normal = 0x0000_0001,
    /// The reason is not known yet but may become known later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_UNKNOWN` = `0x00000002`")]
    Unknown = 0x0000_0002,
    /// The remote user refused the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_REJECT` = `0x00000004`")]
    Reject = 0x0000_0004,
    /// The call was picked up at another station.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_PICKUP` = `0x00000008`")]
    Pickup = 0x0000_0008,
    /// The switch forwarded the call elsewhere.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_FORWARDED` = `0x00000010`")]
    Forwarded = 0x0000_0010,
    /// The remote station was busy.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_BUSY` = `0x00000020`")]
    Busy = 0x0000_0020,
    /// The remote station did not answer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_NOANSWER` = `0x00000040`")]
    NoAnswer = 0x0000_0040,
    /// The destination address is not valid.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_BADADDRESS` = `0x00000080`")]
    BadAddress = 0x0000_0080,
    /// The remote user could not be reached.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_UNREACHABLE` = `0x00000100`")]
    Unreachable = 0x0000_0100,
    /// The network is congested.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_CONGESTION` = `0x00000200`")]
    Congestion = 0x0000_0200,
    /// The remote equipment cannot handle the type of call requested.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_INCOMPATIBLE` = `0x00000400`")]
    Incompatible = 0x0000_0400,
    /// The reason is unavailable and will never be known.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_UNAVAIL` = `0x00000800`")]
    Unavail = 0x0000_0800,
    /// No dial tone was detected when one was expected during dialing (for example at a `W` in the
    /// dialable string), within the provider's timeout or the `dwWaitForDialTone` delay of
    /// `LINEDIALPARAMS`. Requires TAPI 1.4 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_NODIALTONE` = `0x00001000`")]
    NoDialTone = 0x0000_1000,
    /// The destination number has changed and the network does not redirect calls to the new one.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_NUMBERCHANGED` = `0x00002000`")]
    NumberChanged = 0x0000_2000,
    /// The destination device is out of order (hardware fault), so the call failed or was cut off.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_OUTOFORDER` = `0x00004000`")]
    OutOfOrder = 0x0000_4000,
    /// A temporary network failure prevented or broke the call; trying again later should
    /// succeed. Also fits a modem's "delayed" result after too many failed attempts in a period.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_TEMPFAILURE` = `0x00008000`")]
    TempFailure = 0x0000_8000,
    /// The minimum quality of service could not be obtained or kept. Unlike `INCOMPATIBLE`, the
    /// shortage may be temporary at the destination.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_QOSUNAVAIL` = `0x00010000`")]
    QosUnavail = 0x0001_0000,
    /// The network refuses calls from this origin to the destination (a passive refusal, unlike
    /// `REJECT`), because this caller is excluded or the destination accepts only a closed user
    /// group. Also fits a modem's "blocklisted" result for a number it will not call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_BLOCKED` = `0x00020000`")]
    Blocked = 0x0002_0000,
    /// The destination has turned on the Do Not Disturb feature.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_DONOTDISTURB` = `0x00040000`")]
    DoNotDisturb = 0x0004_0000,
    /// The call was cancelled, rather than refused by the destination or failing in the network.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_CANCELLED` = `0x00080000`")]
    Cancelled = 0x0008_0000,
    /// The network barred the call to this destination. Present in Windows' metadata but not in
    /// `tapi.h`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_DESTINATIONBARRED` = `0x00100000`")]
    DestinationBarred = 0x0010_0000,
    /// The call was refused by a fixed dialing number (FDN) restriction, which lets the device call
    /// only the numbers on its authorized list. Present in Windows' metadata but not in `tapi.h`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDISCONNECTMODE_FDNRESTRICT` = `0x00200000`")]
    FdnRestrict = 0x0020_0000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Reasons why the remote end or the network ended a call. Reported in the `dwCallStateMode` member of `LINECALLSTATUS` (and with the `LINE_CALLSTATE` message) once the call is in the `LINECALLSTATE_DISCONNECTED` state; the call can still be queried, for example for user-to-user information sent with the disconnect, until the application drops it.\n\nA provider must not report a value unknown to the negotiated TAPI version; it falls back to `NORMAL` or `UNKNOWN`. The reference page leaves the high 16 bits to device-specific extensions, but TAPI 3.0 (`QOSUNAVAIL` to `CANCELLED`) and Windows' metadata (`DESTINATIONBARRED`, `FDNRESTRICT`) have since given bits 16 to 21 to members, so only the bits above them (`0xFFC00000`) are read as device-specific.The remote party hung up normally.The reason is not known yet but may become known later.The remote user refused the call.The call was picked up at another station.The switch forwarded the call elsewhere.The remote station was busy.The remote station did not answer.The destination address is not valid.The remote user could not be reached.The network is congested.The remote equipment cannot handle the type of call requested.The reason is unavailable and will never be known.No dial tone was detected when one was expected during dialing (for example at a `W` in the dialable string), within the provider's timeout or the `dwWaitForDialTone` delay of `LINEDIALPARAMS`. Requires TAPI 1.4 or later.The destination number has changed and the network does not redirect calls to the new one.The destination device is out of order (hardware fault), so the call failed or was cut off.A temporary network failure prevented or broke the call; trying again later should succeed. Also fits a modem's \"delayed\" result after too many failed attempts in a period.The minimum quality of service could not be obtained or kept. Unlike `INCOMPATIBLE`, the shortage may be temporary at the destination.The network refuses calls from this origin to the destination (a passive refusal, unlike `REJECT`), because this caller is excluded or the destination accepts only a closed user group. Also fits a modem's \"blocklisted\" result for a number it will not call.The destination has turned on the Do Not Disturb feature.The call was cancelled, rather than refused by the destination or failing in the network.The network barred the call to this destination. Present in Windows' metadata but not in `tapi.h`.The call was refused by a fixed dialing number (FDN) restriction, which lets the device call only the numbers on its authorized list. Present in Windows' metadata but not in `tapi.h`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Trennungsgründe, also die Gründe, aus denen die Gegenseite oder das Netz einen Anruf beendet hat. Gemeldet im Feld `dwCallStateMode` von `LINECALLSTATUS` (und mit der Nachricht `LINE_CALLSTATE`), sobald sich der Anruf im Zustand `LINECALLSTATE_DISCONNECTED` befindet; der Anruf kann weiterhin abgefragt werden, etwa nach Benutzer-zu-Benutzer-Informationen, die mit der Trennung gesendet wurden, bis die Anwendung ihn beendet.\n\nEin Anbieter darf keinen Wert melden, den die ausgehandelte TAPI-Version nicht kennt; er weicht dann auf `NORMAL` oder `UNKNOWN` aus. Die Referenzseite überlässt die oberen 16 Bits gerätespezifischen Erweiterungen, doch TAPI 3.0 (`QOSUNAVAIL` bis `CANCELLED`) und die Windows-Metadaten (`DESTINATIONBARRED`, `FDNRESTRICT`) haben die Bits 16 bis 21 inzwischen an Werte dieser Familie vergeben; daher gelten nur die Bits darüber (`0xFFC00000`) als gerätespezifisch.Der entfernte Teilnehmer hat normal aufgelegt.Der Grund ist noch nicht bekannt, kann aber später bekannt werden.Der entfernte Benutzer hat den Anruf abgewiesen.Der Anruf wurde an einer anderen Nebenstelle herangeholt.Die Vermittlung hat den Anruf per Rufumleitung an ein anderes Ziel weitergeleitet.Die entfernte Nebenstelle war besetzt.Die entfernte Nebenstelle hat sich nicht gemeldet.Die Zieladresse ist ungültig.Der entfernte Benutzer war nicht erreichbar.Das Netz ist überlastet.Die Geräte der Gegenseite können die angeforderte Art von Anruf nicht verarbeiten.Der Grund ist nicht verfügbar und wird nie bekannt sein.Während der Wahl wurde kein Wählton erkannt, obwohl einer erwartet wurde (etwa bei einem `W` in der Wählzeichenfolge), und zwar weder innerhalb des Zeitlimits des Anbieters noch innerhalb der Wartezeit `dwWaitForDialTone` von `LINEDIALPARAMS`. Erfordert TAPI 1.4 oder höher.Die Zielrufnummer hat sich geändert, und das Netz leitet Anrufe nicht an die neue Nummer weiter.Das Zielgerät ist außer Betrieb (Hardwarefehler), daher ist der Anruf fehlgeschlagen oder wurde unterbrochen.Eine vorübergehende Netzstörung hat den Anruf verhindert oder unterbrochen; ein späterer neuer Versuch sollte gelingen. Passt auch zum Modemergebnis „delayed“, das ein Modem nach zu vielen Fehlversuchen innerhalb eines Zeitraums meldet.Die Mindestdienstgüte konnte nicht erreicht oder nicht gehalten werden. Anders als bei `INCOMPATIBLE` kann der Mangel am Ziel vorübergehend sein.Das Netz weist Anrufe von diesem Ursprung zu diesem Ziel ab (eine passive Abweisung, anders als `REJECT`), weil dieser Anrufer ausgeschlossen ist oder das Ziel nur eine geschlossene Benutzergruppe annimmt. Passt auch zum Modemergebnis „blocklisted“ für eine Nummer, die das Modem nicht anwählt.Das Ziel hat den Anrufschutz („Bitte nicht stören“) eingeschaltet.Der Anruf wurde abgebrochen, statt vom Ziel abgewiesen zu werden oder im Netz zu scheitern.Das Netz hat den Anruf zu diesem Ziel gesperrt. In den Windows-Metadaten vorhanden, aber nicht in `tapi.h`.Der Anruf wurde durch eine FDN-Beschränkung (Fixed Dialing Numbers) abgewiesen, mit der das Gerät nur die Nummern seiner Freigabeliste anrufen darf. In den Windows-Metadaten vorhanden, aber nicht in `tapi.h`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Raisons pour lesquelles l’extrémité distante ou le réseau a mis fin à un appel. Indiquées dans le membre `dwCallStateMode` de `LINECALLSTATUS` (et avec le message `LINE_CALLSTATE`) une fois l’appel à l’état `LINECALLSTATE_DISCONNECTED` ; l’appel reste consultable, par exemple pour lire les informations d’usager à usager reçues avec la déconnexion, jusqu’à ce que l’application y mette fin.\n\nUn fournisseur ne doit pas signaler une valeur inconnue de la version de TAPI négociée ; il se rabat alors sur `NORMAL` ou `UNKNOWN`. La page de référence réserve les 16 bits de poids fort aux extensions propres au périphérique, mais TAPI 3.0 (`QOSUNAVAIL` à `CANCELLED`) et les métadonnées de Windows (`DESTINATIONBARRED`, `FDNRESTRICT`) ont depuis attribué les bits 16 à 21 à des membres ; seuls les bits au-dessus (`0xFFC00000`) sont donc lus comme propres au périphérique.Le correspondant distant a raccroché normalement.La raison n’est pas encore connue mais pourra l’être plus tard.L’utilisateur distant a refusé l’appel.L’appel a été intercepté sur un autre poste.Le commutateur a renvoyé l’appel ailleurs.Le poste distant était occupé.Le poste distant n’a pas répondu.L’adresse de destination n’est pas valide.L’utilisateur distant n’a pas pu être joint.Le réseau est encombré.L’équipement distant ne peut pas traiter le type d’appel demandé.La raison n’est pas disponible et ne sera jamais connue.Aucune tonalité de numérotation n’a été détectée alors qu’une était attendue pendant la numérotation (par exemple à un `W` de la chaîne composable), dans le délai du fournisseur ou dans celui de `dwWaitForDialTone` de `LINEDIALPARAMS`. Requiert TAPI 1.4 ou une version ultérieure.Le numéro de destination a changé et le réseau ne redirige pas les appels vers le nouveau numéro.Le périphérique de destination est en panne (défaillance matérielle), si bien que l’appel a échoué ou a été coupé.Une défaillance temporaire du réseau a empêché ou interrompu l’appel ; une nouvelle tentative ultérieure devrait aboutir. Convient aussi lorsqu’un modem, après trop d’échecs sur une période donnée, s’interdit de rappeler le numéro pendant un certain temps.La qualité de service minimale n’a pas pu être obtenue ou maintenue. Contrairement à `INCOMPATIBLE`, le manque de ressources peut être temporaire à la destination.Le réseau refuse les appels de cette origine vers la destination (un refus passif, contrairement à `REJECT`), soit parce que cet appelant est exclu, soit parce que la destination n’accepte qu’un groupe fermé d’usagers. Convient aussi lorsqu’un modem place un numéro sur sa liste de blocage et refuse de l’appeler.La destination a activé la fonction Ne pas déranger.L’appel a été annulé, plutôt que refusé par la destination ou mis en échec par le réseau.Le réseau a interdit l’appel vers cette destination. Présent dans les métadonnées de Windows mais absent de `tapi.h`.L’appel a été refusé par une restriction de numérotation fixe (FDN), qui ne permet à l’appareil d’appeler que les numéros de sa liste autorisée. Présent dans les métadonnées de Windows mais absent de `tapi.h`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineDisconnectMode",
            prefix: "LINEDISCONNECTMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 4194303u64,
            selector_mask: 0u64,
            device_specific: __tapi::Some(__tapi::DeviceSpecific::Bits(4290772992u64)),
            table: __tapi::Table {
                names: &[
                    "LINEDISCONNECTMODE_NORMAL",
                    "LINEDISCONNECTMODE_UNKNOWN",
                    "LINEDISCONNECTMODE_REJECT",
                    "LINEDISCONNECTMODE_PICKUP",
                    "LINEDISCONNECTMODE_FORWARDED",
                    "LINEDISCONNECTMODE_BUSY",
                    "LINEDISCONNECTMODE_NOANSWER",
                    "LINEDISCONNECTMODE_BADADDRESS",
                    "LINEDISCONNECTMODE_UNREACHABLE",
                    "LINEDISCONNECTMODE_CONGESTION",
                    "LINEDISCONNECTMODE_INCOMPATIBLE",
                    "LINEDISCONNECTMODE_UNAVAIL",
                    "LINEDISCONNECTMODE_NODIALTONE",
                    "LINEDISCONNECTMODE_NUMBERCHANGED",
                    "LINEDISCONNECTMODE_OUTOFORDER",
                    "LINEDISCONNECTMODE_TEMPFAILURE",
                    "LINEDISCONNECTMODE_QOSUNAVAIL",
                    "LINEDISCONNECTMODE_BLOCKED",
                    "LINEDISCONNECTMODE_DONOTDISTURB",
                    "LINEDISCONNECTMODE_CANCELLED",
                    "LINEDISCONNECTMODE_DESTINATIONBARRED",
                    "LINEDISCONNECTMODE_FDNRESTRICT",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64, 4096u64, 8192u64, 16384u64, 32768u64, 65536u64,
                    131072u64, 262144u64, 524288u64, 1048576u64, 2097152u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xF1\x02\0\0\0\0\0\0\x81\x03\0\0\0\0\0\0\x8D\x03\0\0\xFF\xFF\0\0\0\0\xF1\x02\0\0\"\0\0\0\x81\x03\0\0.\0\0\0\x8D\x03\0\x002\0\0\0\xFF\xFF\0\0\0\0\x13\x03\0\x007\0\0\0\xAF\x03\0\0C\0\0\0\xBF\x03\0\0D\0\0\0\xFF\xFF\0\0\0\0J\x03\0\0!\0\0\0\xF2\x03\0\x000\0\0\0\x03\x04\0\0,\0\0\0\xFF\xFF\0\0\0\0k\x03\0\0*\0\0\0\"\x04\0\09\0\0\0/\x04\0\x001\0\0\0\xFF\xFF\0\0\0\0\x95\x03\0\0(\0\0\0[\x04\0\0R\0\0\0`\x04\0\0-\0\0\0\xFF\xFF\0\0\0\0\xBD\x03\0\0\x1C\0\0\0\xAD\x04\0\0&\0\0\0\x8D\x04\0\0 \0\0\0\xFF\xFF\0\0\0\0\xD9\x03\0\0\"\0\0\0\xD3\x04\0\x002\0\0\0\xAD\x04\0\0$\0\0\0\xFF\xFF\0\0\0\0\xFB\x03\0\0%\0\0\0\x05\x05\0\0\x1E\0\0\0\xD1\x04\0\0.\0\0\0\xFF\xFF\0\0\0\0 \x04\0\0%\0\0\0#\x05\0\0,\0\0\0\xFF\x04\0\x001\0\0\0\xFF\xFF\0\0\0\0E\x04\0\0\x19\0\0\0O\x05\0\0\x19\0\0\x000\x05\0\0\x19\0\0\0\xFF\xFF\0\0\0\0^\x04\0\0>\0\0\0h\x05\0\0T\0\0\0I\x05\0\0G\0\0\0\xFF\xFF\0\0\0\0\x9C\x04\0\x002\0\0\0\xBC\x05\0\09\0\0\0\x90\x05\0\0:\0\0\0\x01\x04\0\0\0\0\xCE\x04\0\0\xDD\0\0\0\xF5\x05\0\0\x16\x01\0\0\xCA\x05\0\0(\x01\0\0\x02\0\0\0\0\0\xAB\x05\0\0Z\0\0\0\x0B\x07\0\0a\0\0\0\xF2\x06\0\0e\0\0\0\x02\0\0\0\0\0\x05\x06\0\0[\0\0\0l\x07\0\0o\0\0\0W\x07\0\0}\0\0\0\x02\0\0\0\0\0`\x06\0\0\xAC\0\0\0\xDB\x07\0\0\xF3\0\0\0\xD4\x07\0\0\x12\x01\0\0\x02\0\0\0\0\0\x0C\x07\0\0\x86\0\0\0\xCE\x08\0\0\x93\0\0\0\xE6\x08\0\0\xAA\0\0\0\x02\0\0\0\0\0\x92\x07\0\0\0\x01\0\0a\t\0\0,\x01\0\0\x90\t\0\0G\x01\0\0\x02\0\0\0\0\0\x92\x08\0\09\0\0\0\x8D\n\0\0G\0\0\0\xD7\n\0\x006\0\0\0\x02\0\0\0\0\0\xCB\x08\0\0Y\0\0\0\xD4\n\0\0[\0\0\0\r\x0B\0\0b\0\0\0\xFF\xFF\0\0\0\0$\t\0\0b\0\0\0/\x0B\0\0k\0\0\0o\x0B\0\0{\0\0\0\xFF\xFF\0\0\0\0\x86\t\0\0\xB7\0\0\0\x9A\x0B\0\0\xD2\0\0\0\xEA\x0B\0\0\xE1\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEDISCONNECTMODE_NORMAL",
                        "LINEDISCONNECTMODE_UNKNOWN",
                        "LINEDISCONNECTMODE_REJECT",
                        "LINEDISCONNECTMODE_PICKUP",
                        "LINEDISCONNECTMODE_FORWARDED",
                        "LINEDISCONNECTMODE_BUSY",
                        "LINEDISCONNECTMODE_NOANSWER",
                        "LINEDISCONNECTMODE_BADADDRESS",
                        "LINEDISCONNECTMODE_UNREACHABLE",
                        "LINEDISCONNECTMODE_CONGESTION",
                        "LINEDISCONNECTMODE_INCOMPATIBLE",
                        "LINEDISCONNECTMODE_UNAVAIL",
                        "LINEDISCONNECTMODE_NODIALTONE",
                        "LINEDISCONNECTMODE_NUMBERCHANGED",
                        "LINEDISCONNECTMODE_OUTOFORDER",
                        "LINEDISCONNECTMODE_TEMPFAILURE",
                        "LINEDISCONNECTMODE_QOSUNAVAIL",
                        "LINEDISCONNECTMODE_BLOCKED",
                        "LINEDISCONNECTMODE_DONOTDISTURB",
                        "LINEDISCONNECTMODE_CANCELLED",
                        "LINEDISCONNECTMODE_DESTINATIONBARRED",
                        "LINEDISCONNECTMODE_FDNRESTRICT",
                        "NORMAL",
                        "UNKNOWN",
                        "REJECT",
                        "PICKUP",
                        "FORWARDED",
                        "BUSY",
                        "NOANSWER",
                        "BADADDRESS",
                        "UNREACHABLE",
                        "CONGESTION",
                        "INCOMPATIBLE",
                        "UNAVAIL",
                        "NODIALTONE",
                        "NUMBERCHANGED",
                        "OUTOFORDER",
                        "TEMPFAILURE",
                        "QOSUNAVAIL",
                        "BLOCKED",
                        "DONOTDISTURB",
                        "CANCELLED",
                        "DESTINATIONBARRED",
                        "FDNRESTRICT",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEDISCONNECTMODE_NORMAL",
                        " | LINEDISCONNECTMODE_UNKNOWN",
                        " | LINEDISCONNECTMODE_REJECT",
                        " | LINEDISCONNECTMODE_PICKUP",
                        " | LINEDISCONNECTMODE_FORWARDED",
                        " | LINEDISCONNECTMODE_BUSY",
                        " | LINEDISCONNECTMODE_NOANSWER",
                        " | LINEDISCONNECTMODE_BADADDRESS",
                        " | LINEDISCONNECTMODE_UNREACHABLE",
                        " | LINEDISCONNECTMODE_CONGESTION",
                        " | LINEDISCONNECTMODE_INCOMPATIBLE",
                        " | LINEDISCONNECTMODE_UNAVAIL",
                        " | LINEDISCONNECTMODE_NODIALTONE",
                        " | LINEDISCONNECTMODE_NUMBERCHANGED",
                        " | LINEDISCONNECTMODE_OUTOFORDER",
                        " | LINEDISCONNECTMODE_TEMPFAILURE",
                        " | LINEDISCONNECTMODE_QOSUNAVAIL",
                        " | LINEDISCONNECTMODE_BLOCKED",
                        " | LINEDISCONNECTMODE_DONOTDISTURB",
                        " | LINEDISCONNECTMODE_CANCELLED",
                        " | LINEDISCONNECTMODE_DESTINATIONBARRED",
                        " | LINEDISCONNECTMODE_FDNRESTRICT",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 12094403244463466271u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x04\0\xFF\xFF\xFF\xFF*\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0\x12\0\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\t\0\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x01\0\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEDISCONNECTMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineDisconnectMode>`](::tapi_consts::Flags), named [`LineDisconnectModeSet`](crate::families::LineDisconnectModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEDISCONNECTMODE_NORMAL` | `0x00000001` |  |\n| `LINEDISCONNECTMODE_UNKNOWN` | `0x00000002` |  |\n| `LINEDISCONNECTMODE_REJECT` | `0x00000004` |  |\n| `LINEDISCONNECTMODE_PICKUP` | `0x00000008` |  |\n| `LINEDISCONNECTMODE_FORWARDED` | `0x00000010` |  |\n| `LINEDISCONNECTMODE_BUSY` | `0x00000020` |  |\n| `LINEDISCONNECTMODE_NOANSWER` | `0x00000040` |  |\n| `LINEDISCONNECTMODE_BADADDRESS` | `0x00000080` |  |\n| `LINEDISCONNECTMODE_UNREACHABLE` | `0x00000100` |  |\n| `LINEDISCONNECTMODE_CONGESTION` | `0x00000200` |  |\n| `LINEDISCONNECTMODE_INCOMPATIBLE` | `0x00000400` |  |\n| `LINEDISCONNECTMODE_UNAVAIL` | `0x00000800` |  |\n| `LINEDISCONNECTMODE_NODIALTONE` | `0x00001000` | TAPI 1.4 |\n| `LINEDISCONNECTMODE_NUMBERCHANGED` | `0x00002000` | TAPI 2.0 |\n| `LINEDISCONNECTMODE_OUTOFORDER` | `0x00004000` | TAPI 2.0 |\n| `LINEDISCONNECTMODE_TEMPFAILURE` | `0x00008000` | TAPI 2.0 |\n| `LINEDISCONNECTMODE_QOSUNAVAIL` | `0x00010000` | TAPI 2.0 |\n| `LINEDISCONNECTMODE_BLOCKED` | `0x00020000` | TAPI 2.0 |\n| `LINEDISCONNECTMODE_DONOTDISTURB` | `0x00040000` | TAPI 2.0 |\n| `LINEDISCONNECTMODE_CANCELLED` | `0x00080000` | TAPI 2.0 |\n| `LINEDISCONNECTMODE_DESTINATIONBARRED` | `0x00100000` |  |\n| `LINEDISCONNECTMODE_FDNRESTRICT` | `0x00200000` |  |\n\n# Deutsch\n\nTrennungsgründe, also die Gründe, aus denen die Gegenseite oder das Netz einen Anruf beendet hat. Gemeldet im Feld `dwCallStateMode` von `LINECALLSTATUS` (und mit der Nachricht `LINE_CALLSTATE`), sobald sich der Anruf im Zustand `LINECALLSTATE_DISCONNECTED` befindet; der Anruf kann weiterhin abgefragt werden, etwa nach Benutzer-zu-Benutzer-Informationen, die mit der Trennung gesendet wurden, bis die Anwendung ihn beendet.<br><br>Ein Anbieter darf keinen Wert melden, den die ausgehandelte TAPI-Version nicht kennt; er weicht dann auf `NORMAL` oder `UNKNOWN` aus. Die Referenzseite überlässt die oberen 16 Bits gerätespezifischen Erweiterungen, doch TAPI 3.0 (`QOSUNAVAIL` bis `CANCELLED`) und die Windows-Metadaten (`DESTINATIONBARRED`, `FDNRESTRICT`) haben die Bits 16 bis 21 inzwischen an Werte dieser Familie vergeben; daher gelten nur die Bits darüber (`0xFFC00000`) als gerätespezifisch.\n\n- `LINEDISCONNECTMODE_NORMAL`: Der entfernte Teilnehmer hat normal aufgelegt.\n- `LINEDISCONNECTMODE_UNKNOWN`: Der Grund ist noch nicht bekannt, kann aber später bekannt werden.\n- `LINEDISCONNECTMODE_REJECT`: Der entfernte Benutzer hat den Anruf abgewiesen.\n- `LINEDISCONNECTMODE_PICKUP`: Der Anruf wurde an einer anderen Nebenstelle herangeholt.\n- `LINEDISCONNECTMODE_FORWARDED`: Die Vermittlung hat den Anruf per Rufumleitung an ein anderes Ziel weitergeleitet.\n- `LINEDISCONNECTMODE_BUSY`: Die entfernte Nebenstelle war besetzt.\n- `LINEDISCONNECTMODE_NOANSWER`: Die entfernte Nebenstelle hat sich nicht gemeldet.\n- `LINEDISCONNECTMODE_BADADDRESS`: Die Zieladresse ist ungültig.\n- `LINEDISCONNECTMODE_UNREACHABLE`: Der entfernte Benutzer war nicht erreichbar.\n- `LINEDISCONNECTMODE_CONGESTION`: Das Netz ist überlastet.\n- `LINEDISCONNECTMODE_INCOMPATIBLE`: Die Geräte der Gegenseite können die angeforderte Art von Anruf nicht verarbeiten.\n- `LINEDISCONNECTMODE_UNAVAIL`: Der Grund ist nicht verfügbar und wird nie bekannt sein.\n- `LINEDISCONNECTMODE_NODIALTONE`: Während der Wahl wurde kein Wählton erkannt, obwohl einer erwartet wurde (etwa bei einem `W` in der Wählzeichenfolge), und zwar weder innerhalb des Zeitlimits des Anbieters noch innerhalb der Wartezeit `dwWaitForDialTone` von `LINEDIALPARAMS`. Erfordert TAPI 1.4 oder höher.\n- `LINEDISCONNECTMODE_NUMBERCHANGED`: Die Zielrufnummer hat sich geändert, und das Netz leitet Anrufe nicht an die neue Nummer weiter.\n- `LINEDISCONNECTMODE_OUTOFORDER`: Das Zielgerät ist außer Betrieb (Hardwarefehler), daher ist der Anruf fehlgeschlagen oder wurde unterbrochen.\n- `LINEDISCONNECTMODE_TEMPFAILURE`: Eine vorübergehende Netzstörung hat den Anruf verhindert oder unterbrochen; ein späterer neuer Versuch sollte gelingen. Passt auch zum Modemergebnis „delayed“, das ein Modem nach zu vielen Fehlversuchen innerhalb eines Zeitraums meldet.\n- `LINEDISCONNECTMODE_QOSUNAVAIL`: Die Mindestdienstgüte konnte nicht erreicht oder nicht gehalten werden. Anders als bei `INCOMPATIBLE` kann der Mangel am Ziel vorübergehend sein.\n- `LINEDISCONNECTMODE_BLOCKED`: Das Netz weist Anrufe von diesem Ursprung zu diesem Ziel ab (eine passive Abweisung, anders als `REJECT`), weil dieser Anrufer ausgeschlossen ist oder das Ziel nur eine geschlossene Benutzergruppe annimmt. Passt auch zum Modemergebnis „blocklisted“ für eine Nummer, die das Modem nicht anwählt.\n- `LINEDISCONNECTMODE_DONOTDISTURB`: Das Ziel hat den Anrufschutz („Bitte nicht stören“) eingeschaltet.\n- `LINEDISCONNECTMODE_CANCELLED`: Der Anruf wurde abgebrochen, statt vom Ziel abgewiesen zu werden oder im Netz zu scheitern.\n- `LINEDISCONNECTMODE_DESTINATIONBARRED`: Das Netz hat den Anruf zu diesem Ziel gesperrt. In den Windows-Metadaten vorhanden, aber nicht in `tapi.h`.\n- `LINEDISCONNECTMODE_FDNRESTRICT`: Der Anruf wurde durch eine FDN-Beschränkung (Fixed Dialing Numbers) abgewiesen, mit der das Gerät nur die Nummern seiner Freigabeliste anrufen darf. In den Windows-Metadaten vorhanden, aber nicht in `tapi.h`.\n\n# Français\n\nRaisons pour lesquelles l’extrémité distante ou le réseau a mis fin à un appel. Indiquées dans le membre `dwCallStateMode` de `LINECALLSTATUS` (et avec le message `LINE_CALLSTATE`) une fois l’appel à l’état `LINECALLSTATE_DISCONNECTED` ; l’appel reste consultable, par exemple pour lire les informations d’usager à usager reçues avec la déconnexion, jusqu’à ce que l’application y mette fin.<br><br>Un fournisseur ne doit pas signaler une valeur inconnue de la version de TAPI négociée ; il se rabat alors sur `NORMAL` ou `UNKNOWN`. La page de référence réserve les 16 bits de poids fort aux extensions propres au périphérique, mais TAPI 3.0 (`QOSUNAVAIL` à `CANCELLED`) et les métadonnées de Windows (`DESTINATIONBARRED`, `FDNRESTRICT`) ont depuis attribué les bits 16 à 21 à des membres ; seuls les bits au-dessus (`0xFFC00000`) sont donc lus comme propres au périphérique.\n\n- `LINEDISCONNECTMODE_NORMAL`: Le correspondant distant a raccroché normalement.\n- `LINEDISCONNECTMODE_UNKNOWN`: La raison n’est pas encore connue mais pourra l’être plus tard.\n- `LINEDISCONNECTMODE_REJECT`: L’utilisateur distant a refusé l’appel.\n- `LINEDISCONNECTMODE_PICKUP`: L’appel a été intercepté sur un autre poste.\n- `LINEDISCONNECTMODE_FORWARDED`: Le commutateur a renvoyé l’appel ailleurs.\n- `LINEDISCONNECTMODE_BUSY`: Le poste distant était occupé.\n- `LINEDISCONNECTMODE_NOANSWER`: Le poste distant n’a pas répondu.\n- `LINEDISCONNECTMODE_BADADDRESS`: L’adresse de destination n’est pas valide.\n- `LINEDISCONNECTMODE_UNREACHABLE`: L’utilisateur distant n’a pas pu être joint.\n- `LINEDISCONNECTMODE_CONGESTION`: Le réseau est encombré.\n- `LINEDISCONNECTMODE_INCOMPATIBLE`: L’équipement distant ne peut pas traiter le type d’appel demandé.\n- `LINEDISCONNECTMODE_UNAVAIL`: La raison n’est pas disponible et ne sera jamais connue.\n- `LINEDISCONNECTMODE_NODIALTONE`: Aucune tonalité de numérotation n’a été détectée alors qu’une était attendue pendant la numérotation (par exemple à un `W` de la chaîne composable), dans le délai du fournisseur ou dans celui de `dwWaitForDialTone` de `LINEDIALPARAMS`. Requiert TAPI 1.4 ou une version ultérieure.\n- `LINEDISCONNECTMODE_NUMBERCHANGED`: Le numéro de destination a changé et le réseau ne redirige pas les appels vers le nouveau numéro.\n- `LINEDISCONNECTMODE_OUTOFORDER`: Le périphérique de destination est en panne (défaillance matérielle), si bien que l’appel a échoué ou a été coupé.\n- `LINEDISCONNECTMODE_TEMPFAILURE`: Une défaillance temporaire du réseau a empêché ou interrompu l’appel ; une nouvelle tentative ultérieure devrait aboutir. Convient aussi lorsqu’un modem, après trop d’échecs sur une période donnée, s’interdit de rappeler le numéro pendant un certain temps.\n- `LINEDISCONNECTMODE_QOSUNAVAIL`: La qualité de service minimale n’a pas pu être obtenue ou maintenue. Contrairement à `INCOMPATIBLE`, le manque de ressources peut être temporaire à la destination.\n- `LINEDISCONNECTMODE_BLOCKED`: Le réseau refuse les appels de cette origine vers la destination (un refus passif, contrairement à `REJECT`), soit parce que cet appelant est exclu, soit parce que la destination n’accepte qu’un groupe fermé d’usagers. Convient aussi lorsqu’un modem place un numéro sur sa liste de blocage et refuse de l’appeler.\n- `LINEDISCONNECTMODE_DONOTDISTURB`: La destination a activé la fonction Ne pas déranger.\n- `LINEDISCONNECTMODE_CANCELLED`: L’appel a été annulé, plutôt que refusé par la destination ou mis en échec par le réseau.\n- `LINEDISCONNECTMODE_DESTINATIONBARRED`: Le réseau a interdit l’appel vers cette destination. Présent dans les métadonnées de Windows mais absent de `tapi.h`.\n- `LINEDISCONNECTMODE_FDNRESTRICT`: L’appel a été refusé par une restriction de numérotation fixe (FDN), qui ne permet à l’appareil d’appeler que les numéros de sa liste autorisée. Présent dans les métadonnées de Windows mais absent de `tapi.h`.\n"
    )]
    impl LineDisconnectMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Normal,
            Self::Unknown,
            Self::Reject,
            Self::Pickup,
            Self::Forwarded,
            Self::Busy,
            Self::NoAnswer,
            Self::BadAddress,
            Self::Unreachable,
            Self::Congestion,
            Self::Incompatible,
            Self::Unavail,
            Self::NoDialTone,
            Self::NumberChanged,
            Self::OutOfOrder,
            Self::TempFailure,
            Self::QosUnavail,
            Self::Blocked,
            Self::DoNotDisturb,
            Self::Cancelled,
            Self::DestinationBarred,
            Self::FdnRestrict,
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
                1 => __tapi::Some(Self::Normal),
                2 => __tapi::Some(Self::Unknown),
                4 => __tapi::Some(Self::Reject),
                8 => __tapi::Some(Self::Pickup),
                16 => __tapi::Some(Self::Forwarded),
                32 => __tapi::Some(Self::Busy),
                64 => __tapi::Some(Self::NoAnswer),
                128 => __tapi::Some(Self::BadAddress),
                256 => __tapi::Some(Self::Unreachable),
                512 => __tapi::Some(Self::Congestion),
                1024 => __tapi::Some(Self::Incompatible),
                2048 => __tapi::Some(Self::Unavail),
                4096 => __tapi::Some(Self::NoDialTone),
                8192 => __tapi::Some(Self::NumberChanged),
                16384 => __tapi::Some(Self::OutOfOrder),
                32768 => __tapi::Some(Self::TempFailure),
                65536 => __tapi::Some(Self::QosUnavail),
                131072 => __tapi::Some(Self::Blocked),
                262144 => __tapi::Some(Self::DoNotDisturb),
                524288 => __tapi::Some(Self::Cancelled),
                1048576 => __tapi::Some(Self::DestinationBarred),
                2097152 => __tapi::Some(Self::FdnRestrict),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEDISCONNECTMODE_NORMAL`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineDisconnectMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineDisconnectMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineDisconnectMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineDisconnectMode {
        type Error = ::tapi_consts::UnknownValueError<LineDisconnectMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineDisconnectMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineDisconnectMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineDisconnectMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineDisconnectMode {
        type Output = ::tapi_consts::Flags<LineDisconnectMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineDisconnectMode> {
            <::tapi_consts::Flags<
                LineDisconnectMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineDisconnectMode>>
    for LineDisconnectMode {
        type Output = ::tapi_consts::Flags<LineDisconnectMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineDisconnectMode>,
        ) -> ::tapi_consts::Flags<LineDisconnectMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineDisconnectMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineDisconnectMode);
};
///The `LINEDISCONNECTMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linedisconnectmode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::Normal`](super::LineDisconnectMode::Normal)."
    )]
    pub const LINEDISCONNECTMODE_NORMAL: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::Unknown`](super::LineDisconnectMode::Unknown)."
    )]
    pub const LINEDISCONNECTMODE_UNKNOWN: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::Reject`](super::LineDisconnectMode::Reject)."
    )]
    pub const LINEDISCONNECTMODE_REJECT: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::Pickup`](super::LineDisconnectMode::Pickup)."
    )]
    pub const LINEDISCONNECTMODE_PICKUP: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::Forwarded`](super::LineDisconnectMode::Forwarded)."
    )]
    pub const LINEDISCONNECTMODE_FORWARDED: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::Busy`](super::LineDisconnectMode::Busy)."
    )]
    pub const LINEDISCONNECTMODE_BUSY: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::NoAnswer`](super::LineDisconnectMode::NoAnswer)."
    )]
    pub const LINEDISCONNECTMODE_NOANSWER: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::BadAddress`](super::LineDisconnectMode::BadAddress)."
    )]
    pub const LINEDISCONNECTMODE_BADADDRESS: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::Unreachable`](super::LineDisconnectMode::Unreachable)."
    )]
    pub const LINEDISCONNECTMODE_UNREACHABLE: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::Congestion`](super::LineDisconnectMode::Congestion)."
    )]
    pub const LINEDISCONNECTMODE_CONGESTION: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::Incompatible`](super::LineDisconnectMode::Incompatible)."
    )]
    pub const LINEDISCONNECTMODE_INCOMPATIBLE: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::Unavail`](super::LineDisconnectMode::Unavail)."
    )]
    pub const LINEDISCONNECTMODE_UNAVAIL: ::core::primitive::u32 = 2048;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::NoDialTone`](super::LineDisconnectMode::NoDialTone)."
    )]
    pub const LINEDISCONNECTMODE_NODIALTONE: ::core::primitive::u32 = 4096;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::NumberChanged`](super::LineDisconnectMode::NumberChanged)."
    )]
    pub const LINEDISCONNECTMODE_NUMBERCHANGED: ::core::primitive::u32 = 8192;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::OutOfOrder`](super::LineDisconnectMode::OutOfOrder)."
    )]
    pub const LINEDISCONNECTMODE_OUTOFORDER: ::core::primitive::u32 = 16384;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::TempFailure`](super::LineDisconnectMode::TempFailure)."
    )]
    pub const LINEDISCONNECTMODE_TEMPFAILURE: ::core::primitive::u32 = 32768;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::QosUnavail`](super::LineDisconnectMode::QosUnavail)."
    )]
    pub const LINEDISCONNECTMODE_QOSUNAVAIL: ::core::primitive::u32 = 65536;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::Blocked`](super::LineDisconnectMode::Blocked)."
    )]
    pub const LINEDISCONNECTMODE_BLOCKED: ::core::primitive::u32 = 131072;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::DoNotDisturb`](super::LineDisconnectMode::DoNotDisturb)."
    )]
    pub const LINEDISCONNECTMODE_DONOTDISTURB: ::core::primitive::u32 = 262144;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::Cancelled`](super::LineDisconnectMode::Cancelled)."
    )]
    pub const LINEDISCONNECTMODE_CANCELLED: ::core::primitive::u32 = 524288;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::DestinationBarred`](super::LineDisconnectMode::DestinationBarred)."
    )]
    pub const LINEDISCONNECTMODE_DESTINATIONBARRED: ::core::primitive::u32 = 1048576;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDisconnectMode::FdnRestrict`](super::LineDisconnectMode::FdnRestrict)."
    )]
    pub const LINEDISCONNECTMODE_FDNRESTRICT: ::core::primitive::u32 = 2097152;
}
/// Categories of special information tone (SIT), the three-note coded signal a network sends
/// ahead of a recorded announcement about why a call failed.
///
/// Reported as the call-state mode of `LINECALLSTATE_SPECIALINFO` (in `dwParam2` of
/// `LINE_CALLSTATE` and `dwCallStateMode` of `LINECALLSTATUS`). The low 16 bits are reserved; the
/// high 16 bits are free for device-specific extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineSpecialInfo {
    /// Trunk blockage: the network had no free circuit for the call, or is playing an emergency
    /// announcement.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINESPECIALINFO_NOCIRCUIT` = `0x00000001`")]
    NoCircuit = 0x0000_0001,
    /// Customer irregularity: the call failed because of what was dialed, for example a vacant or
    /// changed number, a line that is out of service, a missing or wrong access code, or an operator
    /// intercept. Also used when billing data is refused or the number is blocked at the switch.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINESPECIALINFO_CUSTIRREG` = `0x00000002`")]
    CustIrreg = 0x0000_0002,
    /// Equipment irregularity: the network ran into a problem routing the call and plays a reorder
    /// (fast busy) announcement. Also used when the phone stayed off-hook too long.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINESPECIALINFO_REORDER` = `0x00000004`")]
    Reorder = 0x0000_0004,
    /// A special information tone was heard, but its category cannot be identified yet; it may be
    /// learned later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINESPECIALINFO_UNKNOWN` = `0x00000008`")]
    Unknown = 0x0000_0008,
    /// A special information tone was heard, but the provider will never be able to say which category
    /// it belongs to.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINESPECIALINFO_UNAVAIL` = `0x00000010`")]
    Unavail = 0x0000_0010,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Categories of special information tone (SIT), the three-note coded signal a network sends ahead of a recorded announcement about why a call failed.\n\nReported as the call-state mode of `LINECALLSTATE_SPECIALINFO` (in `dwParam2` of `LINE_CALLSTATE` and `dwCallStateMode` of `LINECALLSTATUS`). The low 16 bits are reserved; the high 16 bits are free for device-specific extensions.Trunk blockage: the network had no free circuit for the call, or is playing an emergency announcement.Customer irregularity: the call failed because of what was dialed, for example a vacant or changed number, a line that is out of service, a missing or wrong access code, or an operator intercept. Also used when billing data is refused or the number is blocked at the switch.Equipment irregularity: the network ran into a problem routing the call and plays a reorder (fast busy) announcement. Also used when the phone stayed off-hook too long.A special information tone was heard, but its category cannot be identified yet; it may be learned later.A special information tone was heard, but the provider will never be able to say which category it belongs to."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Kategorien von Sonderinformationstönen (SIT), dem kodierten Signal aus drei Tönen, das ein Netz vor einer aufgezeichneten Ansage über den Grund eines fehlgeschlagenen Anrufs sendet. Gemeldet als Anrufzustandsmodus von `LINECALLSTATE_SPECIALINFO` (in `dwParam2` von `LINE_CALLSTATE` und in `dwCallStateMode` von `LINECALLSTATUS`). Die unteren 16 Bits sind reserviert; die oberen 16 Bits stehen für gerätespezifische Erweiterungen frei.Keine freie Leitung: Das Netz hatte keine freie Leitung für den Anruf oder spielt eine Notfallansage ab.Fehler auf Teilnehmerseite: Der Anruf ist an dem gescheitert, was gewählt wurde, etwa an einer nicht vergebenen oder geänderten Nummer, einer Leitung außer Betrieb, einem fehlenden oder falschen Zugangscode oder am Abfangen durch einen Vermittlungsplatz. Wird auch verwendet, wenn Abrechnungsdaten abgelehnt werden oder die Nummer in der Vermittlung gesperrt ist.Störung im Netz: Das Netz ist beim Vermitteln des Anrufs auf ein Problem gestoßen und spielt eine Ansage mit Gassenbesetztton (schnellem Besetztton) ab. Wird auch verwendet, wenn das Telefon zu lange abgehoben war.Ein Sonderinformationston wurde gehört, seine Kategorie lässt sich aber noch nicht bestimmen; sie kann später bekannt werden.Ein Sonderinformationston wurde gehört, aber der Anbieter wird nie angeben können, zu welcher Kategorie er gehört."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Catégories de tonalités d’information spéciale (SIT), le signal codé de trois notes que le réseau envoie avant une annonce enregistrée expliquant l’échec d’un appel. Indiquées comme mode d’état d’appel de `LINECALLSTATE_SPECIALINFO` (dans `dwParam2` de `LINE_CALLSTATE` et `dwCallStateMode` de `LINECALLSTATUS`). Les 16 bits de poids faible sont réservés ; les 16 bits de poids fort sont libres pour les extensions propres aux périphériques.Encombrement des circuits : le réseau n’avait aucun circuit libre pour l’appel, ou diffuse une annonce d’urgence.Irrégularité imputable à l’abonné : l’appel a échoué à cause de ce qui a été composé, par exemple un numéro non attribué ou modifié, une ligne hors service, un code d’accès manquant ou erroné, ou une interception par un opérateur. Sert aussi lorsque les données de facturation sont refusées ou que le numéro est bloqué sur le commutateur.Irrégularité d’équipement : le réseau a rencontré un problème d’acheminement de l’appel et diffuse une annonce d’encombrement (occupation rapide). Sert aussi lorsque le téléphone est resté décroché trop longtemps.Une tonalité d’information spéciale a été entendue, mais sa catégorie ne peut pas encore être identifiée ; elle pourra l’être plus tard.Une tonalité d’information spéciale a été entendue, mais le fournisseur ne pourra jamais dire à quelle catégorie elle appartient."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineSpecialInfo",
            prefix: "LINESPECIALINFO_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 31u64,
            selector_mask: 0u64,
            device_specific: __tapi::Some(__tapi::DeviceSpecific::Bits(4294901760u64)),
            table: __tapi::Table {
                names: &[
                    "LINESPECIALINFO_NOCIRCUIT",
                    "LINESPECIALINFO_CUSTIRREG",
                    "LINESPECIALINFO_REORDER",
                    "LINESPECIALINFO_UNKNOWN",
                    "LINESPECIALINFO_UNAVAIL",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0z\x01\0\0\0\0\0\0\xB7\x01\0\0\0\0\0\0\xD0\x01\0\0\xFF\xFF\0\0\0\0z\x01\0\0f\0\0\0\xB7\x01\0\0i\0\0\0\xD0\x01\0\0x\0\0\0\xFF\xFF\0\0\0\0\xE0\x01\0\0\x12\x01\0\0 \x02\0\0n\x01\0\0H\x02\0\0l\x01\0\0\xFF\xFF\0\0\0\0\xF2\x02\0\0\xA8\0\0\0\x8E\x03\0\0\xD8\0\0\0\xB4\x03\0\0\xE8\0\0\0\xFF\xFF\0\0\0\0\x9A\x03\0\0i\0\0\0f\x04\0\0\x80\0\0\0\x9C\x04\0\0\x94\0\0\0\xFF\xFF\0\0\0\0\x03\x04\0\0n\0\0\0\xE6\x04\0\0u\0\0\x000\x05\0\0\x89\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINESPECIALINFO_NOCIRCUIT",
                        "LINESPECIALINFO_CUSTIRREG",
                        "LINESPECIALINFO_REORDER",
                        "LINESPECIALINFO_UNKNOWN",
                        "LINESPECIALINFO_UNAVAIL",
                        "NOCIRCUIT",
                        "CUSTIRREG",
                        "REORDER",
                        "UNKNOWN",
                        "UNAVAIL",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINESPECIALINFO_NOCIRCUIT",
                        " | LINESPECIALINFO_CUSTIRREG",
                        " | LINESPECIALINFO_REORDER",
                        " | LINESPECIALINFO_UNKNOWN",
                        " | LINESPECIALINFO_UNAVAIL",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINESPECIALINFO_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineSpecialInfo>`](::tapi_consts::Flags), named [`LineSpecialInfoSet`](crate::families::LineSpecialInfoSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINESPECIALINFO_NOCIRCUIT` | `0x00000001` |\n| `LINESPECIALINFO_CUSTIRREG` | `0x00000002` |\n| `LINESPECIALINFO_REORDER` | `0x00000004` |\n| `LINESPECIALINFO_UNKNOWN` | `0x00000008` |\n| `LINESPECIALINFO_UNAVAIL` | `0x00000010` |\n\n# Deutsch\n\nKategorien von Sonderinformationstönen (SIT), dem kodierten Signal aus drei Tönen, das ein Netz vor einer aufgezeichneten Ansage über den Grund eines fehlgeschlagenen Anrufs sendet. Gemeldet als Anrufzustandsmodus von `LINECALLSTATE_SPECIALINFO` (in `dwParam2` von `LINE_CALLSTATE` und in `dwCallStateMode` von `LINECALLSTATUS`). Die unteren 16 Bits sind reserviert; die oberen 16 Bits stehen für gerätespezifische Erweiterungen frei.\n\n- `LINESPECIALINFO_NOCIRCUIT`: Keine freie Leitung: Das Netz hatte keine freie Leitung für den Anruf oder spielt eine Notfallansage ab.\n- `LINESPECIALINFO_CUSTIRREG`: Fehler auf Teilnehmerseite: Der Anruf ist an dem gescheitert, was gewählt wurde, etwa an einer nicht vergebenen oder geänderten Nummer, einer Leitung außer Betrieb, einem fehlenden oder falschen Zugangscode oder am Abfangen durch einen Vermittlungsplatz. Wird auch verwendet, wenn Abrechnungsdaten abgelehnt werden oder die Nummer in der Vermittlung gesperrt ist.\n- `LINESPECIALINFO_REORDER`: Störung im Netz: Das Netz ist beim Vermitteln des Anrufs auf ein Problem gestoßen und spielt eine Ansage mit Gassenbesetztton (schnellem Besetztton) ab. Wird auch verwendet, wenn das Telefon zu lange abgehoben war.\n- `LINESPECIALINFO_UNKNOWN`: Ein Sonderinformationston wurde gehört, seine Kategorie lässt sich aber noch nicht bestimmen; sie kann später bekannt werden.\n- `LINESPECIALINFO_UNAVAIL`: Ein Sonderinformationston wurde gehört, aber der Anbieter wird nie angeben können, zu welcher Kategorie er gehört.\n\n# Français\n\nCatégories de tonalités d’information spéciale (SIT), le signal codé de trois notes que le réseau envoie avant une annonce enregistrée expliquant l’échec d’un appel. Indiquées comme mode d’état d’appel de `LINECALLSTATE_SPECIALINFO` (dans `dwParam2` de `LINE_CALLSTATE` et `dwCallStateMode` de `LINECALLSTATUS`). Les 16 bits de poids faible sont réservés ; les 16 bits de poids fort sont libres pour les extensions propres aux périphériques.\n\n- `LINESPECIALINFO_NOCIRCUIT`: Encombrement des circuits : le réseau n’avait aucun circuit libre pour l’appel, ou diffuse une annonce d’urgence.\n- `LINESPECIALINFO_CUSTIRREG`: Irrégularité imputable à l’abonné : l’appel a échoué à cause de ce qui a été composé, par exemple un numéro non attribué ou modifié, une ligne hors service, un code d’accès manquant ou erroné, ou une interception par un opérateur. Sert aussi lorsque les données de facturation sont refusées ou que le numéro est bloqué sur le commutateur.\n- `LINESPECIALINFO_REORDER`: Irrégularité d’équipement : le réseau a rencontré un problème d’acheminement de l’appel et diffuse une annonce d’encombrement (occupation rapide). Sert aussi lorsque le téléphone est resté décroché trop longtemps.\n- `LINESPECIALINFO_UNKNOWN`: Une tonalité d’information spéciale a été entendue, mais sa catégorie ne peut pas encore être identifiée ; elle pourra l’être plus tard.\n- `LINESPECIALINFO_UNAVAIL`: Une tonalité d’information spéciale a été entendue, mais le fournisseur ne pourra jamais dire à quelle catégorie elle appartient.\n"
    )]
    impl LineSpecialInfo {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NoCircuit,
            Self::CustIrreg,
            Self::Reorder,
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
                1 => __tapi::Some(Self::NoCircuit),
                2 => __tapi::Some(Self::CustIrreg),
                4 => __tapi::Some(Self::Reorder),
                8 => __tapi::Some(Self::Unknown),
                16 => __tapi::Some(Self::Unavail),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINESPECIALINFO_NOCIRCUIT`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineSpecialInfo {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineSpecialInfo> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineSpecialInfo) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineSpecialInfo {
        type Error = ::tapi_consts::UnknownValueError<LineSpecialInfo>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineSpecialInfo {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineSpecialInfo {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineSpecialInfo {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineSpecialInfo {
        type Output = ::tapi_consts::Flags<LineSpecialInfo>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineSpecialInfo> {
            <::tapi_consts::Flags<
                LineSpecialInfo,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineSpecialInfo>> for LineSpecialInfo {
        type Output = ::tapi_consts::Flags<LineSpecialInfo>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineSpecialInfo>,
        ) -> ::tapi_consts::Flags<LineSpecialInfo> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineSpecialInfo, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineSpecialInfo);
};
///The `LINESPECIALINFO_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linespecialinfo {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineSpecialInfo::NoCircuit`](super::LineSpecialInfo::NoCircuit)."
    )]
    pub const LINESPECIALINFO_NOCIRCUIT: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineSpecialInfo::CustIrreg`](super::LineSpecialInfo::CustIrreg)."
    )]
    pub const LINESPECIALINFO_CUSTIRREG: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineSpecialInfo::Reorder`](super::LineSpecialInfo::Reorder)."
    )]
    pub const LINESPECIALINFO_REORDER: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineSpecialInfo::Unknown`](super::LineSpecialInfo::Unknown)."
    )]
    pub const LINESPECIALINFO_UNKNOWN: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineSpecialInfo::Unavail`](super::LineSpecialInfo::Unavail)."
    )]
    pub const LINESPECIALINFO_UNAVAIL: ::core::primitive::u32 = 16;
}
/// Sub-states of an incoming call in the offering state on an address shared (bridged) with
/// other stations, mostly on electronic key systems (TAPI 1.4 and later).
///
/// Reported as the call-state mode with `LINECALLSTATE_OFFERING`, that is in `dwParam2` of the
/// `LINE_CALLSTATE` message and in `dwCallStateMode` of `LINECALLSTATUS`. A mode of zero should be
/// read as `ACTIVE`, which is what a non-bridged address gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineOfferingMode {
    /// This station is the one being alerted: it rings (`LINEDEVSTATE_RINGING` notifications follow),
    /// so auto-answer software here is free to take the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEOFFERINGMODE_ACTIVE` = `0x00000001`")]
    Active = 0x0000_0001,
    /// The call is offered at several stations but does not ring at this one, which only shows it
    /// (for example a blinking lamp on an attendant console). Auto-answer software should leave it
    /// to the ringing station, although `lineAnswer` still works.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEOFFERINGMODE_INACTIVE` = `0x00000002`")]
    Inactive = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Sub-states of an incoming call in the offering state on an address shared (bridged) with other stations, mostly on electronic key systems (TAPI 1.4 and later).\n\nReported as the call-state mode with `LINECALLSTATE_OFFERING`, that is in `dwParam2` of the `LINE_CALLSTATE` message and in `dwCallStateMode` of `LINECALLSTATUS`. A mode of zero should be read as `ACTIVE`, which is what a non-bridged address gives.This station is the one being alerted: it rings (`LINEDEVSTATE_RINGING` notifications follow), so auto-answer software here is free to take the call.The call is offered at several stations but does not ring at this one, which only shows it (for example a blinking lamp on an attendant console). Auto-answer software should leave it to the ringing station, although `lineAnswer` still works."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Unterzustände des Angebotszustands eines eingehenden Anrufs auf einer Adresse, die mit anderen Nebenstellen geteilt wird (gebrückt), vor allem bei elektronischen Reihenanlagen (TAPI 1.4 oder höher). Gemeldet als Anrufzustandsmodus zusammen mit `LINECALLSTATE_OFFERING`, also in `dwParam2` der Nachricht `LINE_CALLSTATE` und in `dwCallStateMode` von `LINECALLSTATUS`. Ein Modus mit dem Wert 0 ist als `ACTIVE` zu lesen; diesen Wert liefert eine nicht gebrückte Adresse.Diese Nebenstelle wird gerufen: Sie klingelt (es folgen Benachrichtigungen `LINEDEVSTATE_RINGING`), sodass Software zur automatischen Anrufannahme hier den Anruf entgegennehmen darf.Der Anruf wird an mehreren Nebenstellen angeboten, klingelt aber nicht an dieser, die ihn nur anzeigt (etwa durch eine blinkende Leuchtanzeige an einem Vermittlungsplatz). Software zur automatischen Anrufannahme sollte ihn der klingelnden Nebenstelle überlassen, auch wenn `lineAnswer` weiterhin funktioniert."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Sous-états d’un appel entrant présenté sur une adresse partagée (pontée) avec d’autres postes, surtout sur les systèmes à touches électroniques (TAPI 1.4 et versions ultérieures). Indiqués comme mode d’état d’appel avec `LINECALLSTATE_OFFERING`, c’est-à-dire dans `dwParam2` du message `LINE_CALLSTATE` et dans `dwCallStateMode` de `LINECALLSTATUS`. Un mode nul doit être interprété comme `ACTIVE`, ce que donne une adresse non pontée.C’est ce poste qui est alerté : il sonne (des notifications `LINEDEVSTATE_RINGING` suivent), et un logiciel de réponse automatique de ce poste peut donc prendre l’appel.L’appel est présenté sur plusieurs postes mais ne sonne pas sur celui-ci, qui se contente de le signaler (par exemple par un voyant clignotant sur un poste de standardiste). Un logiciel de réponse automatique doit le laisser au poste qui sonne, même si `lineAnswer` reste utilisable."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineOfferingMode",
            prefix: "LINEOFFERINGMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["LINEOFFERINGMODE_ACTIVE", "LINEOFFERINGMODE_INACTIVE"],
                bits: &[1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x99\x01\0\0\0\0\0\0\xD8\x01\0\0\0\0\0\0\xCD\x01\0\0\x01\x04\0\0\0\0\x99\x01\0\0\x95\0\0\0\xD8\x01\0\0\xB6\0\0\0\xCD\x01\0\0\xAF\0\0\0\x01\x04\0\0\0\0.\x02\0\0\xF1\0\0\0\x8E\x02\0\x006\x01\0\0|\x02\0\0!\x01\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEOFFERINGMODE_ACTIVE",
                        "LINEOFFERINGMODE_INACTIVE",
                        "ACTIVE",
                        "INACTIVE",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"\0\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEOFFERINGMODE_ACTIVE",
                        " | LINEOFFERINGMODE_INACTIVE",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEOFFERINGMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineOfferingMode>`](::tapi_consts::Flags), named [`LineOfferingModeSet`](crate::families::LineOfferingModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEOFFERINGMODE_ACTIVE` | `0x00000001` | TAPI 1.4 |\n| `LINEOFFERINGMODE_INACTIVE` | `0x00000002` | TAPI 1.4 |\n\n# Deutsch\n\nUnterzustände des Angebotszustands eines eingehenden Anrufs auf einer Adresse, die mit anderen Nebenstellen geteilt wird (gebrückt), vor allem bei elektronischen Reihenanlagen (TAPI 1.4 oder höher). Gemeldet als Anrufzustandsmodus zusammen mit `LINECALLSTATE_OFFERING`, also in `dwParam2` der Nachricht `LINE_CALLSTATE` und in `dwCallStateMode` von `LINECALLSTATUS`. Ein Modus mit dem Wert 0 ist als `ACTIVE` zu lesen; diesen Wert liefert eine nicht gebrückte Adresse.\n\n- `LINEOFFERINGMODE_ACTIVE`: Diese Nebenstelle wird gerufen: Sie klingelt (es folgen Benachrichtigungen `LINEDEVSTATE_RINGING`), sodass Software zur automatischen Anrufannahme hier den Anruf entgegennehmen darf.\n- `LINEOFFERINGMODE_INACTIVE`: Der Anruf wird an mehreren Nebenstellen angeboten, klingelt aber nicht an dieser, die ihn nur anzeigt (etwa durch eine blinkende Leuchtanzeige an einem Vermittlungsplatz). Software zur automatischen Anrufannahme sollte ihn der klingelnden Nebenstelle überlassen, auch wenn `lineAnswer` weiterhin funktioniert.\n\n# Français\n\nSous-états d’un appel entrant présenté sur une adresse partagée (pontée) avec d’autres postes, surtout sur les systèmes à touches électroniques (TAPI 1.4 et versions ultérieures). Indiqués comme mode d’état d’appel avec `LINECALLSTATE_OFFERING`, c’est-à-dire dans `dwParam2` du message `LINE_CALLSTATE` et dans `dwCallStateMode` de `LINECALLSTATUS`. Un mode nul doit être interprété comme `ACTIVE`, ce que donne une adresse non pontée.\n\n- `LINEOFFERINGMODE_ACTIVE`: C’est ce poste qui est alerté : il sonne (des notifications `LINEDEVSTATE_RINGING` suivent), et un logiciel de réponse automatique de ce poste peut donc prendre l’appel.\n- `LINEOFFERINGMODE_INACTIVE`: L’appel est présenté sur plusieurs postes mais ne sonne pas sur celui-ci, qui se contente de le signaler (par exemple par un voyant clignotant sur un poste de standardiste). Un logiciel de réponse automatique doit le laisser au poste qui sonne, même si `lineAnswer` reste utilisable.\n"
    )]
    impl LineOfferingMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Active, Self::Inactive];
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
                1 => __tapi::Some(Self::Active),
                2 => __tapi::Some(Self::Inactive),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEOFFERINGMODE_ACTIVE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineOfferingMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineOfferingMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineOfferingMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineOfferingMode {
        type Error = ::tapi_consts::UnknownValueError<LineOfferingMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineOfferingMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineOfferingMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineOfferingMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineOfferingMode {
        type Output = ::tapi_consts::Flags<LineOfferingMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineOfferingMode> {
            <::tapi_consts::Flags<
                LineOfferingMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineOfferingMode>>
    for LineOfferingMode {
        type Output = ::tapi_consts::Flags<LineOfferingMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineOfferingMode>,
        ) -> ::tapi_consts::Flags<LineOfferingMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineOfferingMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineOfferingMode);
};
///The `LINEOFFERINGMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineofferingmode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineOfferingMode::Active`](super::LineOfferingMode::Active)."
    )]
    pub const LINEOFFERINGMODE_ACTIVE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineOfferingMode::Inactive`](super::LineOfferingMode::Inactive)."
    )]
    pub const LINEOFFERINGMODE_INACTIVE: ::core::primitive::u32 = 2;
}
