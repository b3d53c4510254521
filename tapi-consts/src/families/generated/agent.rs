// @generated from tapi-consts/families/agent.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Call centres (ACD): agents, agent sessions, queues, groups and proxies, described in German too.
/// Agent-related operations available on an address of a line.
///
/// Reported in the `dwFeatures` member of `LINEAGENTCAPS`, filled in by `lineGetAgentCaps`; each
/// bit names a TAPI agent function that the agent handler accepts on that address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAgentFeature {
    /// `lineSetAgentGroup` can be used on this address to choose the ACD groups the agent is
    /// logged into.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTFEATURE_SETAGENTGROUP` = `0x00000001`")]
    SetAgentGroup = 0x0000_0001,
    /// `lineSetAgentState` can be used on this address to change the agent's current or next
    /// state.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTFEATURE_SETAGENTSTATE` = `0x00000002`")]
    SetAgentState = 0x0000_0002,
    /// `lineSetAgentActivity` can be used on this address to record what the agent is doing.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTFEATURE_SETAGENTACTIVITY` = `0x00000004`")]
    SetAgentActivity = 0x0000_0004,
    /// `lineAgentSpecific` can be used on this address to reach extensions specific to the agent
    /// handler.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTFEATURE_AGENTSPECIFIC` = `0x00000008`")]
    AgentSpecific = 0x0000_0008,
    /// `lineGetAgentActivityList` can be used on this address to read the activity codes the
    /// agent may choose from.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTFEATURE_GETAGENTACTIVITYLIST` = `0x00000010`")]
    GetAgentActivityList = 0x0000_0010,
    /// `lineGetAgentGroupList` can be used on this address to read the ACD groups the agent may
    /// log into.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTFEATURE_GETAGENTGROUP` = `0x00000020`")]
    GetAgentGroup = 0x0000_0020,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Agent-related operations available on an address of a line.\n\nReported in the `dwFeatures` member of `LINEAGENTCAPS`, filled in by `lineGetAgentCaps`; each bit names a TAPI agent function that the agent handler accepts on that address.`lineSetAgentGroup` can be used on this address to choose the ACD groups the agent is logged into.`lineSetAgentState` can be used on this address to change the agent's current or next state.`lineSetAgentActivity` can be used on this address to record what the agent is doing.`lineAgentSpecific` can be used on this address to reach extensions specific to the agent handler.`lineGetAgentActivityList` can be used on this address to read the activity codes the agent may choose from.`lineGetAgentGroupList` can be used on this address to read the ACD groups the agent may log into."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Agentenbezogene Operationen, die auf einer Adresse einer Leitung verfügbar sind; sie werden im Feld `dwFeatures` der Struktur `LINEAGENTCAPS` gemeldet, die `lineGetAgentCaps` ausfüllt. Jedes Bit steht für eine TAPI-Agentenfunktion, die der Agentenhandler auf dieser Adresse akzeptiert.Mit `lineSetAgentGroup` lassen sich auf dieser Adresse die ACD-Gruppen festlegen, bei denen der Agent angemeldet ist.Mit `lineSetAgentState` lässt sich auf dieser Adresse der aktuelle oder der nächste Zustand des Agenten ändern.Mit `lineSetAgentActivity` lässt sich auf dieser Adresse festhalten, welche Aktivität der Agent gerade ausführt.Über `lineAgentSpecific` sind auf dieser Adresse die spezifischen Erweiterungen des Agentenhandlers erreichbar.Mit `lineGetAgentActivityList` lassen sich auf dieser Adresse die Aktivitätscodes abrufen, aus denen der Agent wählen kann.Mit `lineGetAgentGroupList` lassen sich auf dieser Adresse die ACD-Gruppen abrufen, bei denen sich der Agent anmelden kann."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Opérations liées aux agents disponibles sur une adresse d’une ligne, indiquées dans le membre `dwFeatures` de `LINEAGENTCAPS`, que remplit `lineGetAgentCaps` ; chaque bit désigne une fonction d’agent de TAPI que le gestionnaire d’agents accepte sur cette adresse.`lineSetAgentGroup` peut être utilisé sur cette adresse pour choisir les groupes ACD auxquels l’agent est connecté.`lineSetAgentState` peut être utilisé sur cette adresse pour modifier l’état actuel ou suivant de l’agent.`lineSetAgentActivity` peut être utilisé sur cette adresse pour indiquer l’activité en cours de l’agent.`lineAgentSpecific` peut être utilisé sur cette adresse pour accéder aux extensions propres au gestionnaire d’agents.`lineGetAgentActivityList` peut être utilisé sur cette adresse pour lire les codes d’activité parmi lesquels l’agent peut choisir.`lineGetAgentGroupList` peut être utilisé sur cette adresse pour lire les groupes ACD auxquels l’agent peut se connecter."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAgentFeature",
            prefix: "LINEAGENTFEATURE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 63u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEAGENTFEATURE_SETAGENTGROUP",
                    "LINEAGENTFEATURE_SETAGENTSTATE",
                    "LINEAGENTFEATURE_SETAGENTACTIVITY",
                    "LINEAGENTFEATURE_AGENTSPECIFIC",
                    "LINEAGENTFEATURE_GETAGENTACTIVITYLIST",
                    "LINEAGENTFEATURE_GETAGENTGROUP",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xEA\0\0\0\0\0\0\0 \x01\0\0\0\0\0\0\x11\x01\0\0\x02\0\0\0\0\0\xEA\0\0\0b\0\0\0 \x01\0\0u\0\0\0\x11\x01\0\0x\0\0\0\x02\0\0\0\0\0L\x01\0\0\\\0\0\0\x95\x01\0\0r\0\0\0\x89\x01\0\0q\0\0\0\x02\0\0\0\0\0\xA8\x01\0\0U\0\0\0\x07\x02\0\0s\0\0\0\xFA\x01\0\0o\0\0\0\x02\0\0\0\0\0\xFD\x01\0\0b\0\0\0z\x02\0\0p\0\0\0i\x02\0\0z\0\0\0\x02\0\0\0\0\0_\x02\0\0l\0\0\0\xEA\x02\0\0}\0\0\0\xE3\x02\0\0\x89\0\0\0\x02\0\0\0\0\0\xCB\x02\0\0b\0\0\0g\x03\0\0{\0\0\0l\x03\0\0}\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEAGENTFEATURE_SETAGENTGROUP",
                        "LINEAGENTFEATURE_SETAGENTSTATE",
                        "LINEAGENTFEATURE_SETAGENTACTIVITY",
                        "LINEAGENTFEATURE_AGENTSPECIFIC",
                        "LINEAGENTFEATURE_GETAGENTACTIVITYLIST",
                        "LINEAGENTFEATURE_GETAGENTGROUP",
                        "SETAGENTGROUP",
                        "SETAGENTSTATE",
                        "SETAGENTACTIVITY",
                        "AGENTSPECIFIC",
                        "GETAGENTACTIVITYLIST",
                        "GETAGENTGROUP",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEAGENTFEATURE_SETAGENTGROUP",
                        " | LINEAGENTFEATURE_SETAGENTSTATE",
                        " | LINEAGENTFEATURE_SETAGENTACTIVITY",
                        " | LINEAGENTFEATURE_AGENTSPECIFIC",
                        " | LINEAGENTFEATURE_GETAGENTACTIVITYLIST",
                        " | LINEAGENTFEATURE_GETAGENTGROUP",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 14034536242950986010u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\0\0\xFF\xFF\xFF\xFF\x07\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEAGENTFEATURE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAgentFeature>`](::tapi_consts::Flags), named [`LineAgentFeatureSet`](crate::families::LineAgentFeatureSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEAGENTFEATURE_SETAGENTGROUP` | `0x00000001` | TAPI 2.0 |\n| `LINEAGENTFEATURE_SETAGENTSTATE` | `0x00000002` | TAPI 2.0 |\n| `LINEAGENTFEATURE_SETAGENTACTIVITY` | `0x00000004` | TAPI 2.0 |\n| `LINEAGENTFEATURE_AGENTSPECIFIC` | `0x00000008` | TAPI 2.0 |\n| `LINEAGENTFEATURE_GETAGENTACTIVITYLIST` | `0x00000010` | TAPI 2.0 |\n| `LINEAGENTFEATURE_GETAGENTGROUP` | `0x00000020` | TAPI 2.0 |\n\n# Deutsch\n\nAgentenbezogene Operationen, die auf einer Adresse einer Leitung verfügbar sind; sie werden im Feld `dwFeatures` der Struktur `LINEAGENTCAPS` gemeldet, die `lineGetAgentCaps` ausfüllt. Jedes Bit steht für eine TAPI-Agentenfunktion, die der Agentenhandler auf dieser Adresse akzeptiert.\n\n- `LINEAGENTFEATURE_SETAGENTGROUP`: Mit `lineSetAgentGroup` lassen sich auf dieser Adresse die ACD-Gruppen festlegen, bei denen der Agent angemeldet ist.\n- `LINEAGENTFEATURE_SETAGENTSTATE`: Mit `lineSetAgentState` lässt sich auf dieser Adresse der aktuelle oder der nächste Zustand des Agenten ändern.\n- `LINEAGENTFEATURE_SETAGENTACTIVITY`: Mit `lineSetAgentActivity` lässt sich auf dieser Adresse festhalten, welche Aktivität der Agent gerade ausführt.\n- `LINEAGENTFEATURE_AGENTSPECIFIC`: Über `lineAgentSpecific` sind auf dieser Adresse die spezifischen Erweiterungen des Agentenhandlers erreichbar.\n- `LINEAGENTFEATURE_GETAGENTACTIVITYLIST`: Mit `lineGetAgentActivityList` lassen sich auf dieser Adresse die Aktivitätscodes abrufen, aus denen der Agent wählen kann.\n- `LINEAGENTFEATURE_GETAGENTGROUP`: Mit `lineGetAgentGroupList` lassen sich auf dieser Adresse die ACD-Gruppen abrufen, bei denen sich der Agent anmelden kann.\n\n# Français\n\nOpérations liées aux agents disponibles sur une adresse d’une ligne, indiquées dans le membre `dwFeatures` de `LINEAGENTCAPS`, que remplit `lineGetAgentCaps` ; chaque bit désigne une fonction d’agent de TAPI que le gestionnaire d’agents accepte sur cette adresse.\n\n- `LINEAGENTFEATURE_SETAGENTGROUP`: `lineSetAgentGroup` peut être utilisé sur cette adresse pour choisir les groupes ACD auxquels l’agent est connecté.\n- `LINEAGENTFEATURE_SETAGENTSTATE`: `lineSetAgentState` peut être utilisé sur cette adresse pour modifier l’état actuel ou suivant de l’agent.\n- `LINEAGENTFEATURE_SETAGENTACTIVITY`: `lineSetAgentActivity` peut être utilisé sur cette adresse pour indiquer l’activité en cours de l’agent.\n- `LINEAGENTFEATURE_AGENTSPECIFIC`: `lineAgentSpecific` peut être utilisé sur cette adresse pour accéder aux extensions propres au gestionnaire d’agents.\n- `LINEAGENTFEATURE_GETAGENTACTIVITYLIST`: `lineGetAgentActivityList` peut être utilisé sur cette adresse pour lire les codes d’activité parmi lesquels l’agent peut choisir.\n- `LINEAGENTFEATURE_GETAGENTGROUP`: `lineGetAgentGroupList` peut être utilisé sur cette adresse pour lire les groupes ACD auxquels l’agent peut se connecter.\n"
    )]
    impl LineAgentFeature {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::SetAgentGroup,
            Self::SetAgentState,
            Self::SetAgentActivity,
            Self::AgentSpecific,
            Self::GetAgentActivityList,
            Self::GetAgentGroup,
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
                1 => __tapi::Some(Self::SetAgentGroup),
                2 => __tapi::Some(Self::SetAgentState),
                4 => __tapi::Some(Self::SetAgentActivity),
                8 => __tapi::Some(Self::AgentSpecific),
                16 => __tapi::Some(Self::GetAgentActivityList),
                32 => __tapi::Some(Self::GetAgentGroup),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEAGENTFEATURE_SETAGENTGROUP`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineAgentFeature {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAgentFeature> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAgentFeature) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAgentFeature {
        type Error = ::tapi_consts::UnknownValueError<LineAgentFeature>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAgentFeature {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAgentFeature {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAgentFeature {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAgentFeature {
        type Output = ::tapi_consts::Flags<LineAgentFeature>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAgentFeature> {
            <::tapi_consts::Flags<
                LineAgentFeature,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAgentFeature>>
    for LineAgentFeature {
        type Output = ::tapi_consts::Flags<LineAgentFeature>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAgentFeature>,
        ) -> ::tapi_consts::Flags<LineAgentFeature> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAgentFeature, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAgentFeature);
};
///The `LINEAGENTFEATURE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineagentfeature {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentFeature::SetAgentGroup`](super::LineAgentFeature::SetAgentGroup)."
    )]
    pub const LINEAGENTFEATURE_SETAGENTGROUP: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentFeature::SetAgentState`](super::LineAgentFeature::SetAgentState)."
    )]
    pub const LINEAGENTFEATURE_SETAGENTSTATE: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentFeature::SetAgentActivity`](super::LineAgentFeature::SetAgentActivity)."
    )]
    pub const LINEAGENTFEATURE_SETAGENTACTIVITY: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentFeature::AgentSpecific`](super::LineAgentFeature::AgentSpecific)."
    )]
    pub const LINEAGENTFEATURE_AGENTSPECIFIC: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentFeature::GetAgentActivityList`](super::LineAgentFeature::GetAgentActivityList)."
    )]
    pub const LINEAGENTFEATURE_GETAGENTACTIVITYLIST: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentFeature::GetAgentGroup`](super::LineAgentFeature::GetAgentGroup)."
    )]
    pub const LINEAGENTFEATURE_GETAGENTGROUP: ::core::primitive::u32 = 32;
}
/// States of the ACD agent working on an address (the address-based agent model).
///
/// Used in `dwState`, `dwNextState`, `dwValidStates` and `dwValidNextStates` of
/// `LINEAGENTSTATUS`, in the state arguments of `lineSetAgentState`, in `LINEAGENTCAPS`, and in
/// `dwParam3` of `LINE_AGENTSTATUS`. The upper 16 bits are left for device-specific states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAgentState {
    /// No agent is logged in on the address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATE_LOGGEDOFF` = `0x00000001`")]
    LoggedOff = 0x0000_0001,
    /// The agent is logged in but busy with something other than a call, such as a break; no
    /// further calls should be routed to it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATE_NOTREADY` = `0x00000002`")]
    NotReady = 0x0000_0002,
    /// The agent is available to take calls.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATE_READY` = `0x00000004`")]
    Ready = 0x0000_0004,
    /// The agent is on a call that an ACD queue delivered to it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATE_BUSYACD` = `0x00000008`")]
    BusyAcd = 0x0000_0008,
    /// The agent is on an incoming call that did not come from an ACD queue it is logged into.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATE_BUSYINCOMING` = `0x00000010`")]
    BusyIncoming = 0x0000_0010,
    /// The agent is on an outgoing call, for example one handed over by a predictive-dialling
    /// queue.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATE_BUSYOUTBOUND` = `0x00000020`")]
    BusyOutbound = 0x0000_0020,
    /// The agent is on some other kind of call, such as a personal outgoing call, or on a call of
    /// unknown kind.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATE_BUSYOTHER` = `0x00000040`")]
    BusyOther = 0x0000_0040,
    /// The agent has finished the previous call but is still doing work related to it (wrap-up);
    /// no new calls should be routed to it yet.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATE_WORKINGAFTERCALL` = `0x00000080`")]
    WorkingAfterCall = 0x0000_0080,
    /// The agent's state is not known for now but may become known, as can happen just after a
    /// line or address is opened.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATE_UNKNOWN` = `0x00000100`")]
    Unknown = 0x0000_0100,
    /// The agent's state is unknown and will stay unknown; in `LINEADDRESSSTATUS` a zero
    /// `dwAgentState` means the same.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATE_UNAVAIL` = `0x00000200`")]
    Unavail = 0x0000_0200,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "States of the ACD agent working on an address (the address-based agent model).\n\nUsed in `dwState`, `dwNextState`, `dwValidStates` and `dwValidNextStates` of `LINEAGENTSTATUS`, in the state arguments of `lineSetAgentState`, in `LINEAGENTCAPS`, and in `dwParam3` of `LINE_AGENTSTATUS`. The upper 16 bits are left for device-specific states.No agent is logged in on the address.The agent is logged in but busy with something other than a call, such as a break; no further calls should be routed to it.The agent is available to take calls.The agent is on a call that an ACD queue delivered to it.The agent is on an incoming call that did not come from an ACD queue it is logged into.The agent is on an outgoing call, for example one handed over by a predictive-dialling queue.The agent is on some other kind of call, such as a personal outgoing call, or on a call of unknown kind.The agent has finished the previous call but is still doing work related to it (wrap-up); no new calls should be routed to it yet.The agent's state is not known for now but may become known, as can happen just after a line or address is opened.The agent's state is unknown and will stay unknown; in `LINEADDRESSSTATUS` a zero `dwAgentState` means the same."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Zustände eines Agenten, der auf einer Adresse für eine ACD (automatische Anrufverteilung) arbeitet, im adressbasierten Agentenmodell. Sie stehen in `dwState`, `dwNextState`, `dwValidStates` und `dwValidNextStates` von `LINEAGENTSTATUS`, in den Zustandsargumenten von `lineSetAgentState`, in `LINEAGENTCAPS` und in `dwParam3` von `LINE_AGENTSTATUS`. Die oberen 16 Bits bleiben gerätespezifischen Zuständen vorbehalten.Auf der Adresse ist kein Agent angemeldet.Der Agent ist angemeldet, bearbeitet aber keinen Anruf, sondern ist anderweitig beschäftigt (etwa in einer Pause); ihm sollen keine weiteren Anrufe zugeleitet werden.Der Agent ist bereit, Anrufe entgegenzunehmen.Der Agent ist mit einem Anruf beschäftigt, den ihm eine ACD-Warteschlange zugeleitet hat.Der Agent ist mit einem eingehenden Anruf beschäftigt, der nicht aus einer ACD-Warteschlange stammt, bei der er angemeldet ist.Der Agent ist mit einem ausgehenden Anruf beschäftigt, etwa mit einem, den ihm eine Warteschlange für vorausschauende Wahl (Predictive Dialing) übergeben hat.Der Agent ist mit einem Anruf anderer Art beschäftigt, etwa einem privaten ausgehenden Anruf, oder mit einem Anruf unbekannter Art.Der Agent hat den vorherigen Anruf beendet, erledigt aber noch die Nachbearbeitung des Anrufs; ihm sollen noch keine neuen Anrufe zugeleitet werden.Der Zustand des Agenten ist derzeit unbekannt, kann aber noch bekannt werden, wie es etwa unmittelbar nach dem Öffnen einer Leitung oder Adresse vorkommt.Der Zustand des Agenten ist unbekannt und wird es bleiben; in `LINEADDRESSSTATUS` bedeutet ein `dwAgentState` mit dem Wert 0 dasselbe."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "États de l’agent ACD travaillant sur une adresse (modèle d’agents fondé sur les adresses) ; utilisés dans `dwState`, `dwNextState`, `dwValidStates` et `dwValidNextStates` de `LINEAGENTSTATUS`, dans les arguments d’état de `lineSetAgentState`, dans `LINEAGENTCAPS` et dans `dwParam3` de `LINE_AGENTSTATUS` ; les 16 bits de poids fort sont réservés aux états propres au périphérique.Aucun agent n’est connecté sur l’adresse.L’agent est connecté mais occupé à autre chose qu’un appel, par exemple une pause ; il ne faut plus lui acheminer d’appels.L’agent est disponible pour prendre des appels.L’agent traite un appel que lui a remis une file d’attente ACD.L’agent traite un appel entrant qui ne provient pas d’une file d’attente ACD à laquelle il est connecté.L’agent traite un appel sortant, par exemple un appel remis par une file d’attente de numérotation prédictive.L’agent est en communication sur un appel d’un autre type, par exemple un appel sortant personnel, ou d’un type inconnu.L’agent a terminé l’appel précédent mais effectue encore le post-traitement de l’appel ; il ne faut pas encore lui acheminer de nouveaux appels.L’état de l’agent est inconnu pour le moment mais pourra être connu plus tard, comme cela peut arriver juste après l’ouverture d’une ligne ou d’une adresse.L’état de l’agent est inconnu et le restera ; dans `LINEADDRESSSTATUS`, un `dwAgentState` nul a la même signification."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAgentState",
            prefix: "LINEAGENTSTATE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 1023u64,
            selector_mask: 0u64,
            device_specific: __tapi::Some(__tapi::DeviceSpecific::Bits(4294901760u64)),
            table: __tapi::Table {
                names: &[
                    "LINEAGENTSTATE_LOGGEDOFF",
                    "LINEAGENTSTATE_NOTREADY",
                    "LINEAGENTSTATE_READY",
                    "LINEAGENTSTATE_BUSYACD",
                    "LINEAGENTSTATE_BUSYINCOMING",
                    "LINEAGENTSTATE_BUSYOUTBOUND",
                    "LINEAGENTSTATE_BUSYOTHER",
                    "LINEAGENTSTATE_WORKINGAFTERCALL",
                    "LINEAGENTSTATE_UNKNOWN",
                    "LINEAGENTSTATE_UNAVAIL",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0R\x01\0\0\0\0\0\0\xA5\x01\0\0\0\0\0\0\x8D\x01\0\0\x02\0\0\0\0\0R\x01\0\0%\0\0\0\xA5\x01\0\0*\0\0\0\x8D\x01\0\0.\0\0\0\x02\0\0\0\0\0w\x01\0\0{\0\0\0\xCF\x01\0\0\xA7\0\0\0\xBB\x01\0\0\x84\0\0\0\x02\0\0\0\0\0\xF2\x01\0\0%\0\0\0v\x02\0\0.\0\0\0?\x02\0\x001\0\0\0\x02\0\0\0\0\0\x17\x02\0\09\0\0\0\xA4\x02\0\0Z\0\0\0p\x02\0\0C\0\0\0\x02\0\0\0\0\0P\x02\0\0W\0\0\0\xFE\x02\0\0\x80\0\0\0\xB3\x02\0\0p\0\0\0\x02\0\0\0\0\0\xA7\x02\0\0]\0\0\0~\x03\0\0\xA1\0\0\0#\x03\0\0t\0\0\0\x02\0\0\0\0\0\x04\x03\0\0h\0\0\0\x1F\x04\0\0\x84\0\0\0\x97\x03\0\0~\0\0\0\x02\0\0\0\0\0l\x03\0\0\x82\0\0\0\xA3\x04\0\0\x94\0\0\0\x15\x04\0\0\x99\0\0\0\x02\0\0\0\0\0\xEE\x03\0\0r\0\0\x007\x05\0\0\x9B\0\0\0\xAE\x04\0\0\xA9\0\0\0\x02\0\0\0\0\0`\x04\0\0p\0\0\0\xD2\x05\0\0\x86\0\0\0W\x05\0\0|\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEAGENTSTATE_LOGGEDOFF",
                        "LINEAGENTSTATE_NOTREADY",
                        "LINEAGENTSTATE_READY",
                        "LINEAGENTSTATE_BUSYACD",
                        "LINEAGENTSTATE_BUSYINCOMING",
                        "LINEAGENTSTATE_BUSYOUTBOUND",
                        "LINEAGENTSTATE_BUSYOTHER",
                        "LINEAGENTSTATE_WORKINGAFTERCALL",
                        "LINEAGENTSTATE_UNKNOWN",
                        "LINEAGENTSTATE_UNAVAIL",
                        "LOGGEDOFF",
                        "NOTREADY",
                        "READY",
                        "BUSYACD",
                        "BUSYINCOMING",
                        "BUSYOUTBOUND",
                        "BUSYOTHER",
                        "WORKINGAFTERCALL",
                        "UNKNOWN",
                        "UNAVAIL",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEAGENTSTATE_LOGGEDOFF",
                        " | LINEAGENTSTATE_NOTREADY",
                        " | LINEAGENTSTATE_READY",
                        " | LINEAGENTSTATE_BUSYACD",
                        " | LINEAGENTSTATE_BUSYINCOMING",
                        " | LINEAGENTSTATE_BUSYOUTBOUND",
                        " | LINEAGENTSTATE_BUSYOTHER",
                        " | LINEAGENTSTATE_WORKINGAFTERCALL",
                        " | LINEAGENTSTATE_UNKNOWN",
                        " | LINEAGENTSTATE_UNAVAIL",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 16240640158330268813u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x05\0\x10\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\x11\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEAGENTSTATE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAgentState>`](::tapi_consts::Flags), named [`LineAgentStateSet`](crate::families::LineAgentStateSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEAGENTSTATE_LOGGEDOFF` | `0x00000001` | TAPI 2.0 |\n| `LINEAGENTSTATE_NOTREADY` | `0x00000002` | TAPI 2.0 |\n| `LINEAGENTSTATE_READY` | `0x00000004` | TAPI 2.0 |\n| `LINEAGENTSTATE_BUSYACD` | `0x00000008` | TAPI 2.0 |\n| `LINEAGENTSTATE_BUSYINCOMING` | `0x00000010` | TAPI 2.0 |\n| `LINEAGENTSTATE_BUSYOUTBOUND` | `0x00000020` | TAPI 2.0 |\n| `LINEAGENTSTATE_BUSYOTHER` | `0x00000040` | TAPI 2.0 |\n| `LINEAGENTSTATE_WORKINGAFTERCALL` | `0x00000080` | TAPI 2.0 |\n| `LINEAGENTSTATE_UNKNOWN` | `0x00000100` | TAPI 2.0 |\n| `LINEAGENTSTATE_UNAVAIL` | `0x00000200` | TAPI 2.0 |\n\n# Deutsch\n\nZustände eines Agenten, der auf einer Adresse für eine ACD (automatische Anrufverteilung) arbeitet, im adressbasierten Agentenmodell. Sie stehen in `dwState`, `dwNextState`, `dwValidStates` und `dwValidNextStates` von `LINEAGENTSTATUS`, in den Zustandsargumenten von `lineSetAgentState`, in `LINEAGENTCAPS` und in `dwParam3` von `LINE_AGENTSTATUS`. Die oberen 16 Bits bleiben gerätespezifischen Zuständen vorbehalten.\n\n- `LINEAGENTSTATE_LOGGEDOFF`: Auf der Adresse ist kein Agent angemeldet.\n- `LINEAGENTSTATE_NOTREADY`: Der Agent ist angemeldet, bearbeitet aber keinen Anruf, sondern ist anderweitig beschäftigt (etwa in einer Pause); ihm sollen keine weiteren Anrufe zugeleitet werden.\n- `LINEAGENTSTATE_READY`: Der Agent ist bereit, Anrufe entgegenzunehmen.\n- `LINEAGENTSTATE_BUSYACD`: Der Agent ist mit einem Anruf beschäftigt, den ihm eine ACD-Warteschlange zugeleitet hat.\n- `LINEAGENTSTATE_BUSYINCOMING`: Der Agent ist mit einem eingehenden Anruf beschäftigt, der nicht aus einer ACD-Warteschlange stammt, bei der er angemeldet ist.\n- `LINEAGENTSTATE_BUSYOUTBOUND`: Der Agent ist mit einem ausgehenden Anruf beschäftigt, etwa mit einem, den ihm eine Warteschlange für vorausschauende Wahl (Predictive Dialing) übergeben hat.\n- `LINEAGENTSTATE_BUSYOTHER`: Der Agent ist mit einem Anruf anderer Art beschäftigt, etwa einem privaten ausgehenden Anruf, oder mit einem Anruf unbekannter Art.\n- `LINEAGENTSTATE_WORKINGAFTERCALL`: Der Agent hat den vorherigen Anruf beendet, erledigt aber noch die Nachbearbeitung des Anrufs; ihm sollen noch keine neuen Anrufe zugeleitet werden.\n- `LINEAGENTSTATE_UNKNOWN`: Der Zustand des Agenten ist derzeit unbekannt, kann aber noch bekannt werden, wie es etwa unmittelbar nach dem Öffnen einer Leitung oder Adresse vorkommt.\n- `LINEAGENTSTATE_UNAVAIL`: Der Zustand des Agenten ist unbekannt und wird es bleiben; in `LINEADDRESSSTATUS` bedeutet ein `dwAgentState` mit dem Wert 0 dasselbe.\n\n# Français\n\nÉtats de l’agent ACD travaillant sur une adresse (modèle d’agents fondé sur les adresses) ; utilisés dans `dwState`, `dwNextState`, `dwValidStates` et `dwValidNextStates` de `LINEAGENTSTATUS`, dans les arguments d’état de `lineSetAgentState`, dans `LINEAGENTCAPS` et dans `dwParam3` de `LINE_AGENTSTATUS` ; les 16 bits de poids fort sont réservés aux états propres au périphérique.\n\n- `LINEAGENTSTATE_LOGGEDOFF`: Aucun agent n’est connecté sur l’adresse.\n- `LINEAGENTSTATE_NOTREADY`: L’agent est connecté mais occupé à autre chose qu’un appel, par exemple une pause ; il ne faut plus lui acheminer d’appels.\n- `LINEAGENTSTATE_READY`: L’agent est disponible pour prendre des appels.\n- `LINEAGENTSTATE_BUSYACD`: L’agent traite un appel que lui a remis une file d’attente ACD.\n- `LINEAGENTSTATE_BUSYINCOMING`: L’agent traite un appel entrant qui ne provient pas d’une file d’attente ACD à laquelle il est connecté.\n- `LINEAGENTSTATE_BUSYOUTBOUND`: L’agent traite un appel sortant, par exemple un appel remis par une file d’attente de numérotation prédictive.\n- `LINEAGENTSTATE_BUSYOTHER`: L’agent est en communication sur un appel d’un autre type, par exemple un appel sortant personnel, ou d’un type inconnu.\n- `LINEAGENTSTATE_WORKINGAFTERCALL`: L’agent a terminé l’appel précédent mais effectue encore le post-traitement de l’appel ; il ne faut pas encore lui acheminer de nouveaux appels.\n- `LINEAGENTSTATE_UNKNOWN`: L’état de l’agent est inconnu pour le moment mais pourra être connu plus tard, comme cela peut arriver juste après l’ouverture d’une ligne ou d’une adresse.\n- `LINEAGENTSTATE_UNAVAIL`: L’état de l’agent est inconnu et le restera ; dans `LINEADDRESSSTATUS`, un `dwAgentState` nul a la même signification.\n"
    )]
    impl LineAgentState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::LoggedOff,
            Self::NotReady,
            Self::Ready,
            Self::BusyAcd,
            Self::BusyIncoming,
            Self::BusyOutbound,
            Self::BusyOther,
            Self::WorkingAfterCall,
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
                1 => __tapi::Some(Self::LoggedOff),
                2 => __tapi::Some(Self::NotReady),
                4 => __tapi::Some(Self::Ready),
                8 => __tapi::Some(Self::BusyAcd),
                16 => __tapi::Some(Self::BusyIncoming),
                32 => __tapi::Some(Self::BusyOutbound),
                64 => __tapi::Some(Self::BusyOther),
                128 => __tapi::Some(Self::WorkingAfterCall),
                256 => __tapi::Some(Self::Unknown),
                512 => __tapi::Some(Self::Unavail),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEAGENTSTATE_LOGGEDOFF`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineAgentState {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAgentState> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAgentState) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAgentState {
        type Error = ::tapi_consts::UnknownValueError<LineAgentState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAgentState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAgentState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAgentState {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAgentState {
        type Output = ::tapi_consts::Flags<LineAgentState>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAgentState> {
            <::tapi_consts::Flags<
                LineAgentState,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAgentState>> for LineAgentState {
        type Output = ::tapi_consts::Flags<LineAgentState>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAgentState>,
        ) -> ::tapi_consts::Flags<LineAgentState> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAgentState, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAgentState);
};
///The `LINEAGENTSTATE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineagentstate {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentState::LoggedOff`](super::LineAgentState::LoggedOff)."
    )]
    pub const LINEAGENTSTATE_LOGGEDOFF: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentState::NotReady`](super::LineAgentState::NotReady)."
    )]
    pub const LINEAGENTSTATE_NOTREADY: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentState::Ready`](super::LineAgentState::Ready)."
    )]
    pub const LINEAGENTSTATE_READY: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentState::BusyAcd`](super::LineAgentState::BusyAcd)."
    )]
    pub const LINEAGENTSTATE_BUSYACD: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentState::BusyIncoming`](super::LineAgentState::BusyIncoming)."
    )]
    pub const LINEAGENTSTATE_BUSYINCOMING: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentState::BusyOutbound`](super::LineAgentState::BusyOutbound)."
    )]
    pub const LINEAGENTSTATE_BUSYOUTBOUND: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentState::BusyOther`](super::LineAgentState::BusyOther)."
    )]
    pub const LINEAGENTSTATE_BUSYOTHER: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentState::WorkingAfterCall`](super::LineAgentState::WorkingAfterCall)."
    )]
    pub const LINEAGENTSTATE_WORKINGAFTERCALL: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentState::Unknown`](super::LineAgentState::Unknown)."
    )]
    pub const LINEAGENTSTATE_UNKNOWN: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentState::Unavail`](super::LineAgentState::Unavail)."
    )]
    pub const LINEAGENTSTATE_UNAVAIL: ::core::primitive::u32 = 512;
}
/// Parts of an agent's status that have changed (address-based agent model).
///
/// Carried in `dwParam2` of the `LINE_AGENTSTATUS` message; `dwAgentStatusMessages` of
/// `LINEAGENTCAPS` lists the ones the agent handler can report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAgentStatus {
    /// The ACD groups the agent is currently logged into, as listed in `LINEAGENTSTATUS`, have
    /// changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATUS_GROUP` = `0x00000001`")]
    Group = 0x0000_0001,
    /// The agent's current state (`dwState` of `LINEAGENTSTATUS`) has changed; the new value is
    /// in `dwParam3` of the message.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATUS_STATE` = `0x00000002`")]
    State = 0x0000_0002,
    /// The state the agent will enter next (`dwNextState` of `LINEAGENTSTATUS`) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATUS_NEXTSTATE` = `0x00000004`")]
    NextState = 0x0000_0004,
    /// The agent's current activity (the activity ID and text in `LINEAGENTSTATUS`) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATUS_ACTIVITY` = `0x00000008`")]
    Activity = 0x0000_0008,
    /// The list of activities the agent may choose from has changed; `lineGetAgentActivityList`
    /// returns the new one.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATUS_ACTIVITYLIST` = `0x00000010`")]
    ActivityList = 0x0000_0010,
    /// The list of ACD groups the agent may log into has changed; `lineGetAgentGroupList`
    /// returns the new one.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATUS_GROUPLIST` = `0x00000020`")]
    GroupList = 0x0000_0020,
    /// The agent capabilities in `LINEAGENTCAPS` have changed; call `lineGetAgentCaps` again.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATUS_CAPSCHANGE` = `0x00000040`")]
    CapsChange = 0x0000_0040,
    /// The set of states the agent may be put in now (`dwValidStates` of `LINEAGENTSTATUS`) has
    /// changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATUS_VALIDSTATES` = `0x00000080`")]
    ValidStates = 0x0000_0080,
    /// The set of states allowed as the agent's next state (`dwValidNextStates` of
    /// `LINEAGENTSTATUS`) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATUS_VALIDNEXTSTATES` = `0x00000100`")]
    ValidNextStates = 0x0000_0100,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Parts of an agent's status that have changed (address-based agent model).\n\nCarried in `dwParam2` of the `LINE_AGENTSTATUS` message; `dwAgentStatusMessages` of `LINEAGENTCAPS` lists the ones the agent handler can report.The ACD groups the agent is currently logged into, as listed in `LINEAGENTSTATUS`, have changed.The agent's current state (`dwState` of `LINEAGENTSTATUS`) has changed; the new value is in `dwParam3` of the message.The state the agent will enter next (`dwNextState` of `LINEAGENTSTATUS`) has changed.The agent's current activity (the activity ID and text in `LINEAGENTSTATUS`) has changed.The list of activities the agent may choose from has changed; `lineGetAgentActivityList` returns the new one.The list of ACD groups the agent may log into has changed; `lineGetAgentGroupList` returns the new one.The agent capabilities in `LINEAGENTCAPS` have changed; call `lineGetAgentCaps` again.The set of states the agent may be put in now (`dwValidStates` of `LINEAGENTSTATUS`) has changed.The set of states allowed as the agent's next state (`dwValidNextStates` of `LINEAGENTSTATUS`) has changed."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Teile des Agentenstatus, die sich geändert haben (adressbasiertes Agentenmodell). Sie werden in `dwParam2` der Nachricht `LINE_AGENTSTATUS` übermittelt; `dwAgentStatusMessages` von `LINEAGENTCAPS` gibt an, welche davon der Agentenhandler melden kann.Die ACD-Gruppen, bei denen der Agent derzeit angemeldet ist (wie in `LINEAGENTSTATUS` aufgeführt), haben sich geändert.Der aktuelle Zustand des Agenten (`dwState` von `LINEAGENTSTATUS`) hat sich geändert; der neue Wert steht in `dwParam3` der Nachricht.Der Zustand, in den der Agent als Nächstes wechselt (`dwNextState` von `LINEAGENTSTATUS`), hat sich geändert.Die aktuelle Aktivität des Agenten (Aktivitäts-ID und -text in `LINEAGENTSTATUS`) hat sich geändert.Die Liste der Aktivitäten, aus denen der Agent wählen kann, hat sich geändert; `lineGetAgentActivityList` liefert die neue Liste.Die Liste der ACD-Gruppen, bei denen sich der Agent anmelden kann, hat sich geändert; `lineGetAgentGroupList` liefert die neue Liste.Die Agentenfähigkeiten in `LINEAGENTCAPS` haben sich geändert; `lineGetAgentCaps` muss erneut aufgerufen werden.Die Menge der Zustände, in die der Agent jetzt versetzt werden kann (`dwValidStates` von `LINEAGENTSTATUS`), hat sich geändert.Die Menge der Zustände, die als nächster Zustand des Agenten zulässig sind (`dwValidNextStates` von `LINEAGENTSTATUS`), hat sich geändert."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Parties de l’état d’un agent qui ont changé (modèle d’agents fondé sur les adresses) ; transmises dans `dwParam2` du message `LINE_AGENTSTATUS`, `dwAgentStatusMessages` de `LINEAGENTCAPS` énumérant celles que le gestionnaire d’agents peut signaler.Les groupes ACD auxquels l’agent est actuellement connecté, tels qu’énumérés dans `LINEAGENTSTATUS`, ont changé.L’état actuel de l’agent (`dwState` de `LINEAGENTSTATUS`) a changé ; la nouvelle valeur figure dans `dwParam3` du message.L’état dans lequel l’agent passera ensuite (`dwNextState` de `LINEAGENTSTATUS`) a changé.L’activité en cours de l’agent (identifiant et libellé d’activité dans `LINEAGENTSTATUS`) a changé.La liste des activités parmi lesquelles l’agent peut choisir a changé ; `lineGetAgentActivityList` renvoie la nouvelle.La liste des groupes ACD auxquels l’agent peut se connecter a changé ; `lineGetAgentGroupList` renvoie la nouvelle.Les capacités d’agent décrites dans `LINEAGENTCAPS` ont changé ; appelez de nouveau `lineGetAgentCaps`.L’ensemble des états dans lesquels l’agent peut être placé maintenant (`dwValidStates` de `LINEAGENTSTATUS`) a changé.L’ensemble des états admis comme état suivant de l’agent (`dwValidNextStates` de `LINEAGENTSTATUS`) a changé."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAgentStatus",
            prefix: "LINEAGENTSTATUS_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 511u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEAGENTSTATUS_GROUP",
                    "LINEAGENTSTATUS_STATE",
                    "LINEAGENTSTATUS_NEXTSTATE",
                    "LINEAGENTSTATUS_ACTIVITY",
                    "LINEAGENTSTATUS_ACTIVITYLIST",
                    "LINEAGENTSTATUS_GROUPLIST",
                    "LINEAGENTSTATUS_CAPSCHANGE",
                    "LINEAGENTSTATUS_VALIDSTATES",
                    "LINEAGENTSTATUS_VALIDNEXTSTATES",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xDB\0\0\0\0\0\0\0\xFC\0\0\0\0\0\0\0\x06\x01\0\0\x02\0\0\0\0\0\xDB\0\0\0`\0\0\0\xFC\0\0\0y\0\0\0\x06\x01\0\0y\0\0\0\x02\0\0\0\0\0;\x01\0\0v\0\0\0u\x01\0\0\x87\0\0\0\x7F\x01\0\0\x80\0\0\0\x02\0\0\0\0\0\xB1\x01\0\0U\0\0\0\xFC\x01\0\0o\0\0\0\xFF\x01\0\0_\0\0\0\x02\0\0\0\0\0\x06\x02\0\0Y\0\0\0k\x02\0\0g\0\0\0^\x02\0\0m\0\0\0\x02\0\0\0\0\0_\x02\0\0m\0\0\0\xD2\x02\0\0\x84\0\0\0\xCB\x02\0\0{\0\0\0\x02\0\0\0\0\0\xCC\x02\0\0g\0\0\0V\x03\0\0\x86\0\0\0F\x03\0\0v\0\0\0\x02\0\0\0\0\x003\x03\0\0V\0\0\0\xDC\x03\0\0r\0\0\0\xBC\x03\0\0l\0\0\0\x02\0\0\0\0\0\x89\x03\0\0a\0\0\0N\x04\0\0\x81\0\0\0(\x04\0\0~\0\0\0\x02\0\0\0\0\0\xEA\x03\0\0k\0\0\0\xCF\x04\0\0\x8E\0\0\0\xA6\x04\0\0t\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEAGENTSTATUS_GROUP",
                        "LINEAGENTSTATUS_STATE",
                        "LINEAGENTSTATUS_NEXTSTATE",
                        "LINEAGENTSTATUS_ACTIVITY",
                        "LINEAGENTSTATUS_ACTIVITYLIST",
                        "LINEAGENTSTATUS_GROUPLIST",
                        "LINEAGENTSTATUS_CAPSCHANGE",
                        "LINEAGENTSTATUS_VALIDSTATES",
                        "LINEAGENTSTATUS_VALIDNEXTSTATES",
                        "GROUP",
                        "STATE",
                        "NEXTSTATE",
                        "ACTIVITY",
                        "ACTIVITYLIST",
                        "GROUPLIST",
                        "CAPSCHANGE",
                        "VALIDSTATES",
                        "VALIDNEXTSTATES",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEAGENTSTATUS_GROUP",
                        " | LINEAGENTSTATUS_STATE",
                        " | LINEAGENTSTATUS_NEXTSTATE",
                        " | LINEAGENTSTATUS_ACTIVITY",
                        " | LINEAGENTSTATUS_ACTIVITYLIST",
                        " | LINEAGENTSTATUS_GROUPLIST",
                        " | LINEAGENTSTATUS_CAPSCHANGE",
                        " | LINEAGENTSTATUS_VALIDSTATES",
                        " | LINEAGENTSTATUS_VALIDNEXTSTATES",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x04\0\x0F\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\0\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEAGENTSTATUS_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAgentStatus>`](::tapi_consts::Flags), named [`LineAgentStatusSet`](crate::families::LineAgentStatusSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEAGENTSTATUS_GROUP` | `0x00000001` | TAPI 2.0 |\n| `LINEAGENTSTATUS_STATE` | `0x00000002` | TAPI 2.0 |\n| `LINEAGENTSTATUS_NEXTSTATE` | `0x00000004` | TAPI 2.0 |\n| `LINEAGENTSTATUS_ACTIVITY` | `0x00000008` | TAPI 2.0 |\n| `LINEAGENTSTATUS_ACTIVITYLIST` | `0x00000010` | TAPI 2.0 |\n| `LINEAGENTSTATUS_GROUPLIST` | `0x00000020` | TAPI 2.0 |\n| `LINEAGENTSTATUS_CAPSCHANGE` | `0x00000040` | TAPI 2.0 |\n| `LINEAGENTSTATUS_VALIDSTATES` | `0x00000080` | TAPI 2.0 |\n| `LINEAGENTSTATUS_VALIDNEXTSTATES` | `0x00000100` | TAPI 2.0 |\n\n# Deutsch\n\nTeile des Agentenstatus, die sich geändert haben (adressbasiertes Agentenmodell). Sie werden in `dwParam2` der Nachricht `LINE_AGENTSTATUS` übermittelt; `dwAgentStatusMessages` von `LINEAGENTCAPS` gibt an, welche davon der Agentenhandler melden kann.\n\n- `LINEAGENTSTATUS_GROUP`: Die ACD-Gruppen, bei denen der Agent derzeit angemeldet ist (wie in `LINEAGENTSTATUS` aufgeführt), haben sich geändert.\n- `LINEAGENTSTATUS_STATE`: Der aktuelle Zustand des Agenten (`dwState` von `LINEAGENTSTATUS`) hat sich geändert; der neue Wert steht in `dwParam3` der Nachricht.\n- `LINEAGENTSTATUS_NEXTSTATE`: Der Zustand, in den der Agent als Nächstes wechselt (`dwNextState` von `LINEAGENTSTATUS`), hat sich geändert.\n- `LINEAGENTSTATUS_ACTIVITY`: Die aktuelle Aktivität des Agenten (Aktivitäts-ID und -text in `LINEAGENTSTATUS`) hat sich geändert.\n- `LINEAGENTSTATUS_ACTIVITYLIST`: Die Liste der Aktivitäten, aus denen der Agent wählen kann, hat sich geändert; `lineGetAgentActivityList` liefert die neue Liste.\n- `LINEAGENTSTATUS_GROUPLIST`: Die Liste der ACD-Gruppen, bei denen sich der Agent anmelden kann, hat sich geändert; `lineGetAgentGroupList` liefert die neue Liste.\n- `LINEAGENTSTATUS_CAPSCHANGE`: Die Agentenfähigkeiten in `LINEAGENTCAPS` haben sich geändert; `lineGetAgentCaps` muss erneut aufgerufen werden.\n- `LINEAGENTSTATUS_VALIDSTATES`: Die Menge der Zustände, in die der Agent jetzt versetzt werden kann (`dwValidStates` von `LINEAGENTSTATUS`), hat sich geändert.\n- `LINEAGENTSTATUS_VALIDNEXTSTATES`: Die Menge der Zustände, die als nächster Zustand des Agenten zulässig sind (`dwValidNextStates` von `LINEAGENTSTATUS`), hat sich geändert.\n\n# Français\n\nParties de l’état d’un agent qui ont changé (modèle d’agents fondé sur les adresses) ; transmises dans `dwParam2` du message `LINE_AGENTSTATUS`, `dwAgentStatusMessages` de `LINEAGENTCAPS` énumérant celles que le gestionnaire d’agents peut signaler.\n\n- `LINEAGENTSTATUS_GROUP`: Les groupes ACD auxquels l’agent est actuellement connecté, tels qu’énumérés dans `LINEAGENTSTATUS`, ont changé.\n- `LINEAGENTSTATUS_STATE`: L’état actuel de l’agent (`dwState` de `LINEAGENTSTATUS`) a changé ; la nouvelle valeur figure dans `dwParam3` du message.\n- `LINEAGENTSTATUS_NEXTSTATE`: L’état dans lequel l’agent passera ensuite (`dwNextState` de `LINEAGENTSTATUS`) a changé.\n- `LINEAGENTSTATUS_ACTIVITY`: L’activité en cours de l’agent (identifiant et libellé d’activité dans `LINEAGENTSTATUS`) a changé.\n- `LINEAGENTSTATUS_ACTIVITYLIST`: La liste des activités parmi lesquelles l’agent peut choisir a changé ; `lineGetAgentActivityList` renvoie la nouvelle.\n- `LINEAGENTSTATUS_GROUPLIST`: La liste des groupes ACD auxquels l’agent peut se connecter a changé ; `lineGetAgentGroupList` renvoie la nouvelle.\n- `LINEAGENTSTATUS_CAPSCHANGE`: Les capacités d’agent décrites dans `LINEAGENTCAPS` ont changé ; appelez de nouveau `lineGetAgentCaps`.\n- `LINEAGENTSTATUS_VALIDSTATES`: L’ensemble des états dans lesquels l’agent peut être placé maintenant (`dwValidStates` de `LINEAGENTSTATUS`) a changé.\n- `LINEAGENTSTATUS_VALIDNEXTSTATES`: L’ensemble des états admis comme état suivant de l’agent (`dwValidNextStates` de `LINEAGENTSTATUS`) a changé.\n"
    )]
    impl LineAgentStatus {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Group,
            Self::State,
            Self::NextState,
            Self::Activity,
            Self::ActivityList,
            Self::GroupList,
            Self::CapsChange,
            Self::ValidStates,
            Self::ValidNextStates,
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
                1 => __tapi::Some(Self::Group),
                2 => __tapi::Some(Self::State),
                4 => __tapi::Some(Self::NextState),
                8 => __tapi::Some(Self::Activity),
                16 => __tapi::Some(Self::ActivityList),
                32 => __tapi::Some(Self::GroupList),
                64 => __tapi::Some(Self::CapsChange),
                128 => __tapi::Some(Self::ValidStates),
                256 => __tapi::Some(Self::ValidNextStates),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEAGENTSTATUS_GROUP`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineAgentStatus {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAgentStatus> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAgentStatus) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAgentStatus {
        type Error = ::tapi_consts::UnknownValueError<LineAgentStatus>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAgentStatus {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAgentStatus {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAgentStatus {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAgentStatus {
        type Output = ::tapi_consts::Flags<LineAgentStatus>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAgentStatus> {
            <::tapi_consts::Flags<
                LineAgentStatus,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAgentStatus>> for LineAgentStatus {
        type Output = ::tapi_consts::Flags<LineAgentStatus>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAgentStatus>,
        ) -> ::tapi_consts::Flags<LineAgentStatus> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAgentStatus, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAgentStatus);
};
///The `LINEAGENTSTATUS_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineagentstatus {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStatus::Group`](super::LineAgentStatus::Group)."
    )]
    pub const LINEAGENTSTATUS_GROUP: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStatus::State`](super::LineAgentStatus::State)."
    )]
    pub const LINEAGENTSTATUS_STATE: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStatus::NextState`](super::LineAgentStatus::NextState)."
    )]
    pub const LINEAGENTSTATUS_NEXTSTATE: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStatus::Activity`](super::LineAgentStatus::Activity)."
    )]
    pub const LINEAGENTSTATUS_ACTIVITY: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStatus::ActivityList`](super::LineAgentStatus::ActivityList)."
    )]
    pub const LINEAGENTSTATUS_ACTIVITYLIST: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStatus::GroupList`](super::LineAgentStatus::GroupList)."
    )]
    pub const LINEAGENTSTATUS_GROUPLIST: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStatus::CapsChange`](super::LineAgentStatus::CapsChange)."
    )]
    pub const LINEAGENTSTATUS_CAPSCHANGE: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStatus::ValidStates`](super::LineAgentStatus::ValidStates)."
    )]
    pub const LINEAGENTSTATUS_VALIDSTATES: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStatus::ValidNextStates`](super::LineAgentStatus::ValidNextStates)."
    )]
    pub const LINEAGENTSTATUS_VALIDNEXTSTATES: ::core::primitive::u32 = 256;
}
/// States of an ACD agent in the agent-object model introduced with TAPI 2.2.
///
/// Used in `dwAgentState` and `dwNextAgentState` of `LINEAGENTINFO` (from `lineGetAgentInfo`), in
/// the state arguments of `lineSetAgentStateEx`, and in `dwParam3` of `LINE_AGENTSTATUSEX`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAgentStateEx {
    /// The agent is logged in but busy with something other than a call, such as a break; no
    /// further calls should be routed to it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATEEX_NOTREADY` = `0x00000001`")]
    NotReady = 0x0000_0001,
    /// The agent is available to take calls.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATEEX_READY` = `0x00000002`")]
    Ready = 0x0000_0002,
    /// The agent is on a call that an ACD queue delivered to it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATEEX_BUSYACD` = `0x00000004`")]
    BusyAcd = 0x0000_0004,
    /// The agent is on an incoming call that did not come from an ACD queue it is logged into.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATEEX_BUSYINCOMING` = `0x00000008`")]
    BusyIncoming = 0x0000_0008,
    /// The agent is on an outgoing call, for example one handed over by a predictive-dialling
    /// queue.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATEEX_BUSYOUTGOING` = `0x00000010`")]
    BusyOutgoing = 0x0000_0010,
    /// The agent's state is not known for now but may become known, as can happen just after a
    /// line or address is opened.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATEEX_UNKNOWN` = `0x00000020`")]
    Unknown = 0x0000_0020,
    /// The agent has been released by the agent handler, typically because it logged off.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATEEX_RELEASED` = `0x00000040`")]
    Released = 0x0000_0040,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "States of an ACD agent in the agent-object model introduced with TAPI 2.2.\n\nUsed in `dwAgentState` and `dwNextAgentState` of `LINEAGENTINFO` (from `lineGetAgentInfo`), in the state arguments of `lineSetAgentStateEx`, and in `dwParam3` of `LINE_AGENTSTATUSEX`.The agent is logged in but busy with something other than a call, such as a break; no further calls should be routed to it.The agent is available to take calls.The agent is on a call that an ACD queue delivered to it.The agent is on an incoming call that did not come from an ACD queue it is logged into.The agent is on an outgoing call, for example one handed over by a predictive-dialling queue.The agent's state is not known for now but may become known, as can happen just after a line or address is opened.The agent has been released by the agent handler, typically because it logged off."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Zustände eines Agenten im Agentenobjektmodell, das TAPI 2.2 für die ACD (automatische Anrufverteilung) eingeführt hat. Sie stehen in `dwAgentState` und `dwNextAgentState` von `LINEAGENTINFO` (geliefert von `lineGetAgentInfo`), in den Zustandsargumenten von `lineSetAgentStateEx` und in `dwParam3` von `LINE_AGENTSTATUSEX`.Der Agent ist angemeldet, bearbeitet aber keinen Anruf, sondern ist anderweitig beschäftigt (etwa in einer Pause); ihm sollen keine weiteren Anrufe zugeleitet werden.Der Agent ist bereit, Anrufe entgegenzunehmen.Der Agent ist mit einem Anruf beschäftigt, den ihm eine ACD-Warteschlange zugeleitet hat.Der Agent ist mit einem eingehenden Anruf beschäftigt, der nicht aus einer ACD-Warteschlange stammt, bei der er angemeldet ist.Der Agent ist mit einem ausgehenden Anruf beschäftigt, etwa mit einem, den ihm eine Warteschlange für vorausschauende Wahl (Predictive Dialing) übergeben hat.Der Zustand des Agenten ist derzeit unbekannt, kann aber noch bekannt werden, wie es etwa unmittelbar nach dem Öffnen einer Leitung oder Adresse vorkommt.Der Agent wurde vom Agentenhandler freigegeben, in der Regel, weil er sich abgemeldet hat."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "États d’un agent ACD dans le modèle d’objets agents apparu avec TAPI 2.2 ; utilisés dans `dwAgentState` et `dwNextAgentState` de `LINEAGENTINFO` (obtenu par `lineGetAgentInfo`), dans les arguments d’état de `lineSetAgentStateEx` et dans `dwParam3` de `LINE_AGENTSTATUSEX`.L’agent est connecté mais occupé à autre chose qu’un appel, par exemple une pause ; il ne faut plus lui acheminer d’appels.L’agent est disponible pour prendre des appels.L’agent traite un appel que lui a remis une file d’attente ACD.L’agent traite un appel entrant qui ne provient pas d’une file d’attente ACD à laquelle il est connecté.L’agent traite un appel sortant, par exemple un appel remis par une file d’attente de numérotation prédictive.L’état de l’agent est inconnu pour le moment mais pourra être connu plus tard, comme cela peut arriver juste après l’ouverture d’une ligne ou d’une adresse.L’agent a été libéré par le gestionnaire d’agents, en général parce qu’il s’est déconnecté."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAgentStateEx",
            prefix: "LINEAGENTSTATEEX_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 2u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 127u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEAGENTSTATEEX_NOTREADY",
                    "LINEAGENTSTATEEX_READY",
                    "LINEAGENTSTATEEX_BUSYACD",
                    "LINEAGENTSTATEEX_BUSYINCOMING",
                    "LINEAGENTSTATEEX_BUSYOUTGOING",
                    "LINEAGENTSTATEEX_UNKNOWN",
                    "LINEAGENTSTATEEX_RELEASED",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x03\x01\0\0\0\0\0\0E\x01\0\0\0\0\0\0\x1A\x01\0\0\x02\x02\0\0\0\0\x03\x01\0\0{\0\0\0E\x01\0\0\xA7\0\0\0\x1A\x01\0\0\x84\0\0\0\x02\x02\0\0\0\0~\x01\0\0%\0\0\0\xEC\x01\0\0.\0\0\0\x9E\x01\0\x001\0\0\0\x02\x02\0\0\0\0\xA3\x01\0\09\0\0\0\x1A\x02\0\0Z\0\0\0\xCF\x01\0\0C\0\0\0\x02\x02\0\0\0\0\xDC\x01\0\0W\0\0\0t\x02\0\0\x80\0\0\0\x12\x02\0\0p\0\0\0\x02\x02\0\0\0\x003\x02\0\0]\0\0\0\xF4\x02\0\0\xA1\0\0\0\x82\x02\0\0t\0\0\0\x02\x02\0\0\0\0\x90\x02\0\0r\0\0\0\x95\x03\0\0\x9B\0\0\0\xF6\x02\0\0\xA9\0\0\0\x02\x02\0\0\0\0\x02\x03\0\0R\0\0\x000\x04\0\0Z\0\0\0\x9F\x03\0\0k\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEAGENTSTATEEX_NOTREADY",
                        "LINEAGENTSTATEEX_READY",
                        "LINEAGENTSTATEEX_BUSYACD",
                        "LINEAGENTSTATEEX_BUSYINCOMING",
                        "LINEAGENTSTATEEX_BUSYOUTGOING",
                        "LINEAGENTSTATEEX_UNKNOWN",
                        "LINEAGENTSTATEEX_RELEASED",
                        "NOTREADY",
                        "READY",
                        "BUSYACD",
                        "BUSYINCOMING",
                        "BUSYOUTGOING",
                        "UNKNOWN",
                        "RELEASED",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEAGENTSTATEEX_NOTREADY",
                        " | LINEAGENTSTATEEX_READY",
                        " | LINEAGENTSTATEEX_BUSYACD",
                        " | LINEAGENTSTATEEX_BUSYINCOMING",
                        " | LINEAGENTSTATEEX_BUSYOUTGOING",
                        " | LINEAGENTSTATEEX_UNKNOWN",
                        " | LINEAGENTSTATEEX_RELEASED",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x01\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEAGENTSTATEEX_` family (bit flags, `u32`); requires TAPI 2.2; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAgentStateEx>`](::tapi_consts::Flags), named [`LineAgentStateExSet`](crate::families::LineAgentStateExSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEAGENTSTATEEX_NOTREADY` | `0x00000001` | TAPI 2.2 |\n| `LINEAGENTSTATEEX_READY` | `0x00000002` | TAPI 2.2 |\n| `LINEAGENTSTATEEX_BUSYACD` | `0x00000004` | TAPI 2.2 |\n| `LINEAGENTSTATEEX_BUSYINCOMING` | `0x00000008` | TAPI 2.2 |\n| `LINEAGENTSTATEEX_BUSYOUTGOING` | `0x00000010` | TAPI 2.2 |\n| `LINEAGENTSTATEEX_UNKNOWN` | `0x00000020` | TAPI 2.2 |\n| `LINEAGENTSTATEEX_RELEASED` | `0x00000040` | TAPI 2.2 |\n\n# Deutsch\n\nZustände eines Agenten im Agentenobjektmodell, das TAPI 2.2 für die ACD (automatische Anrufverteilung) eingeführt hat. Sie stehen in `dwAgentState` und `dwNextAgentState` von `LINEAGENTINFO` (geliefert von `lineGetAgentInfo`), in den Zustandsargumenten von `lineSetAgentStateEx` und in `dwParam3` von `LINE_AGENTSTATUSEX`.\n\n- `LINEAGENTSTATEEX_NOTREADY`: Der Agent ist angemeldet, bearbeitet aber keinen Anruf, sondern ist anderweitig beschäftigt (etwa in einer Pause); ihm sollen keine weiteren Anrufe zugeleitet werden.\n- `LINEAGENTSTATEEX_READY`: Der Agent ist bereit, Anrufe entgegenzunehmen.\n- `LINEAGENTSTATEEX_BUSYACD`: Der Agent ist mit einem Anruf beschäftigt, den ihm eine ACD-Warteschlange zugeleitet hat.\n- `LINEAGENTSTATEEX_BUSYINCOMING`: Der Agent ist mit einem eingehenden Anruf beschäftigt, der nicht aus einer ACD-Warteschlange stammt, bei der er angemeldet ist.\n- `LINEAGENTSTATEEX_BUSYOUTGOING`: Der Agent ist mit einem ausgehenden Anruf beschäftigt, etwa mit einem, den ihm eine Warteschlange für vorausschauende Wahl (Predictive Dialing) übergeben hat.\n- `LINEAGENTSTATEEX_UNKNOWN`: Der Zustand des Agenten ist derzeit unbekannt, kann aber noch bekannt werden, wie es etwa unmittelbar nach dem Öffnen einer Leitung oder Adresse vorkommt.\n- `LINEAGENTSTATEEX_RELEASED`: Der Agent wurde vom Agentenhandler freigegeben, in der Regel, weil er sich abgemeldet hat.\n\n# Français\n\nÉtats d’un agent ACD dans le modèle d’objets agents apparu avec TAPI 2.2 ; utilisés dans `dwAgentState` et `dwNextAgentState` de `LINEAGENTINFO` (obtenu par `lineGetAgentInfo`), dans les arguments d’état de `lineSetAgentStateEx` et dans `dwParam3` de `LINE_AGENTSTATUSEX`.\n\n- `LINEAGENTSTATEEX_NOTREADY`: L’agent est connecté mais occupé à autre chose qu’un appel, par exemple une pause ; il ne faut plus lui acheminer d’appels.\n- `LINEAGENTSTATEEX_READY`: L’agent est disponible pour prendre des appels.\n- `LINEAGENTSTATEEX_BUSYACD`: L’agent traite un appel que lui a remis une file d’attente ACD.\n- `LINEAGENTSTATEEX_BUSYINCOMING`: L’agent traite un appel entrant qui ne provient pas d’une file d’attente ACD à laquelle il est connecté.\n- `LINEAGENTSTATEEX_BUSYOUTGOING`: L’agent traite un appel sortant, par exemple un appel remis par une file d’attente de numérotation prédictive.\n- `LINEAGENTSTATEEX_UNKNOWN`: L’état de l’agent est inconnu pour le moment mais pourra être connu plus tard, comme cela peut arriver juste après l’ouverture d’une ligne ou d’une adresse.\n- `LINEAGENTSTATEEX_RELEASED`: L’agent a été libéré par le gestionnaire d’agents, en général parce qu’il s’est déconnecté.\n"
    )]
    impl LineAgentStateEx {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NotReady,
            Self::Ready,
            Self::BusyAcd,
            Self::BusyIncoming,
            Self::BusyOutgoing,
            Self::Unknown,
            Self::Released,
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
                1 => __tapi::Some(Self::NotReady),
                2 => __tapi::Some(Self::Ready),
                4 => __tapi::Some(Self::BusyAcd),
                8 => __tapi::Some(Self::BusyIncoming),
                16 => __tapi::Some(Self::BusyOutgoing),
                32 => __tapi::Some(Self::Unknown),
                64 => __tapi::Some(Self::Released),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEAGENTSTATEEX_NOTREADY`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineAgentStateEx {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAgentStateEx> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAgentStateEx) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAgentStateEx {
        type Error = ::tapi_consts::UnknownValueError<LineAgentStateEx>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAgentStateEx {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAgentStateEx {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAgentStateEx {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAgentStateEx {
        type Output = ::tapi_consts::Flags<LineAgentStateEx>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAgentStateEx> {
            <::tapi_consts::Flags<
                LineAgentStateEx,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAgentStateEx>>
    for LineAgentStateEx {
        type Output = ::tapi_consts::Flags<LineAgentStateEx>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAgentStateEx>,
        ) -> ::tapi_consts::Flags<LineAgentStateEx> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAgentStateEx, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAgentStateEx);
};
///The `LINEAGENTSTATEEX_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineagentstateex {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStateEx::NotReady`](super::LineAgentStateEx::NotReady)."
    )]
    pub const LINEAGENTSTATEEX_NOTREADY: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStateEx::Ready`](super::LineAgentStateEx::Ready)."
    )]
    pub const LINEAGENTSTATEEX_READY: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStateEx::BusyAcd`](super::LineAgentStateEx::BusyAcd)."
    )]
    pub const LINEAGENTSTATEEX_BUSYACD: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStateEx::BusyIncoming`](super::LineAgentStateEx::BusyIncoming)."
    )]
    pub const LINEAGENTSTATEEX_BUSYINCOMING: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStateEx::BusyOutgoing`](super::LineAgentStateEx::BusyOutgoing)."
    )]
    pub const LINEAGENTSTATEEX_BUSYOUTGOING: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStateEx::Unknown`](super::LineAgentStateEx::Unknown)."
    )]
    pub const LINEAGENTSTATEEX_UNKNOWN: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStateEx::Released`](super::LineAgentStateEx::Released)."
    )]
    pub const LINEAGENTSTATEEX_RELEASED: ::core::primitive::u32 = 64;
}
/// Kinds of change reported for an agent object (TAPI 2.2 agent model).
///
/// Carried in `dwParam2` of the `LINE_AGENTSTATUSEX` message, whose `dwParam1` is the agent
/// handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAgentStatusEx {
    /// A new agent has been created on the agent handler.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATUSEX_NEWAGENT` = `0x00000001`")]
    NewAgent = 0x0000_0001,
    /// The agent's state has changed; `dwParam3` of the message holds the new
    /// `LINEAGENTSTATEEX_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATUSEX_STATE` = `0x00000002`")]
    State = 0x0000_0002,
    /// Other information about the agent has been updated; `lineGetAgentInfo` returns the new
    /// `LINEAGENTINFO`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSTATUSEX_UPDATEINFO` = `0x00000004`")]
    UpdateInfo = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of change reported for an agent object (TAPI 2.2 agent model).\n\nCarried in `dwParam2` of the `LINE_AGENTSTATUSEX` message, whose `dwParam1` is the agent handle.A new agent has been created on the agent handler.The agent's state has changed; `dwParam3` of the message holds the new `LINEAGENTSTATEEX_` value.Other information about the agent has been updated; `lineGetAgentInfo` returns the new `LINEAGENTINFO`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Änderungen, die für ein Agentenobjekt gemeldet werden (Agentenmodell von TAPI 2.2). Sie werden in `dwParam2` der Nachricht `LINE_AGENTSTATUSEX` übermittelt, deren `dwParam1` das Handle des Agenten ist.Auf dem Agentenhandler wurde ein neuer Agent angelegt.Der Zustand des Agenten hat sich geändert; `dwParam3` der Nachricht enthält den neuen Wert `LINEAGENTSTATEEX_`.Andere Angaben zum Agenten wurden aktualisiert; `lineGetAgentInfo` liefert die neue Struktur `LINEAGENTINFO`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de changement signalés pour un objet agent (modèle d’agents de TAPI 2.2) ; transmis dans `dwParam2` du message `LINE_AGENTSTATUSEX`, dont `dwParam1` est le handle de l’agent.Un nouvel agent a été créé sur le gestionnaire d’agents.L’état de l’agent a changé ; `dwParam3` du message contient la nouvelle valeur `LINEAGENTSTATEEX_`.D’autres informations sur l’agent ont été mises à jour ; `lineGetAgentInfo` renvoie la nouvelle structure `LINEAGENTINFO`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAgentStatusEx",
            prefix: "LINEAGENTSTATUSEX_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 2u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEAGENTSTATUSEX_NEWAGENT",
                    "LINEAGENTSTATUSEX_STATE",
                    "LINEAGENTSTATUSEX_UPDATEINFO",
                ],
                bits: &[1u64, 2u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xA6\0\0\0\0\0\0\0\xD6\0\0\0\0\0\0\0\xBA\0\0\0\x02\x02\0\0\0\0\xA6\0\0\x002\0\0\0\xD6\0\0\x006\0\0\0\xBA\0\0\0>\0\0\0\x02\x02\0\0\0\0\xD8\0\0\0a\0\0\0\x0C\x01\0\0q\0\0\0\xF8\0\0\0i\0\0\0\x02\x02\0\0\0\09\x01\0\0g\0\0\0}\x01\0\0m\0\0\0a\x01\0\0\x81\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEAGENTSTATUSEX_NEWAGENT",
                        "LINEAGENTSTATUSEX_STATE",
                        "LINEAGENTSTATUSEX_UPDATEINFO",
                        "NEWAGENT",
                        "STATE",
                        "UPDATEINFO",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEAGENTSTATUSEX_NEWAGENT",
                        " | LINEAGENTSTATUSEX_STATE",
                        " | LINEAGENTSTATUSEX_UPDATEINFO",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEAGENTSTATUSEX_` family (bit flags, `u32`); requires TAPI 2.2; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAgentStatusEx>`](::tapi_consts::Flags), named [`LineAgentStatusExSet`](crate::families::LineAgentStatusExSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEAGENTSTATUSEX_NEWAGENT` | `0x00000001` | TAPI 2.2 |\n| `LINEAGENTSTATUSEX_STATE` | `0x00000002` | TAPI 2.2 |\n| `LINEAGENTSTATUSEX_UPDATEINFO` | `0x00000004` | TAPI 2.2 |\n\n# Deutsch\n\nArten von Änderungen, die für ein Agentenobjekt gemeldet werden (Agentenmodell von TAPI 2.2). Sie werden in `dwParam2` der Nachricht `LINE_AGENTSTATUSEX` übermittelt, deren `dwParam1` das Handle des Agenten ist.\n\n- `LINEAGENTSTATUSEX_NEWAGENT`: Auf dem Agentenhandler wurde ein neuer Agent angelegt.\n- `LINEAGENTSTATUSEX_STATE`: Der Zustand des Agenten hat sich geändert; `dwParam3` der Nachricht enthält den neuen Wert `LINEAGENTSTATEEX_`.\n- `LINEAGENTSTATUSEX_UPDATEINFO`: Andere Angaben zum Agenten wurden aktualisiert; `lineGetAgentInfo` liefert die neue Struktur `LINEAGENTINFO`.\n\n# Français\n\nTypes de changement signalés pour un objet agent (modèle d’agents de TAPI 2.2) ; transmis dans `dwParam2` du message `LINE_AGENTSTATUSEX`, dont `dwParam1` est le handle de l’agent.\n\n- `LINEAGENTSTATUSEX_NEWAGENT`: Un nouvel agent a été créé sur le gestionnaire d’agents.\n- `LINEAGENTSTATUSEX_STATE`: L’état de l’agent a changé ; `dwParam3` du message contient la nouvelle valeur `LINEAGENTSTATEEX_`.\n- `LINEAGENTSTATUSEX_UPDATEINFO`: D’autres informations sur l’agent ont été mises à jour ; `lineGetAgentInfo` renvoie la nouvelle structure `LINEAGENTINFO`.\n"
    )]
    impl LineAgentStatusEx {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NewAgent,
            Self::State,
            Self::UpdateInfo,
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
                1 => __tapi::Some(Self::NewAgent),
                2 => __tapi::Some(Self::State),
                4 => __tapi::Some(Self::UpdateInfo),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEAGENTSTATUSEX_NEWAGENT`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineAgentStatusEx {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAgentStatusEx> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAgentStatusEx) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAgentStatusEx {
        type Error = ::tapi_consts::UnknownValueError<LineAgentStatusEx>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAgentStatusEx {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAgentStatusEx {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAgentStatusEx {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAgentStatusEx {
        type Output = ::tapi_consts::Flags<LineAgentStatusEx>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAgentStatusEx> {
            <::tapi_consts::Flags<
                LineAgentStatusEx,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAgentStatusEx>>
    for LineAgentStatusEx {
        type Output = ::tapi_consts::Flags<LineAgentStatusEx>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAgentStatusEx>,
        ) -> ::tapi_consts::Flags<LineAgentStatusEx> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAgentStatusEx, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAgentStatusEx);
};
///The `LINEAGENTSTATUSEX_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineagentstatusex {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStatusEx::NewAgent`](super::LineAgentStatusEx::NewAgent)."
    )]
    pub const LINEAGENTSTATUSEX_NEWAGENT: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStatusEx::State`](super::LineAgentStatusEx::State)."
    )]
    pub const LINEAGENTSTATUSEX_STATE: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentStatusEx::UpdateInfo`](super::LineAgentStatusEx::UpdateInfo)."
    )]
    pub const LINEAGENTSTATUSEX_UPDATEINFO: ::core::primitive::u32 = 4;
}
/// States of an agent session on an ACD (automatic call distributor), as
/// reported in `LINEAGENTSESSIONINFO` and requested with
/// `lineSetAgentSessionState`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAgentSessionState {
    /// The agent is logged on but busy with a task other than handling a
    /// call, such as a break; no further calls should be routed to this
    /// session.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSESSIONSTATE_NOTREADY` = `0x00000001`")]
    NotReady = 0x0000_0001,
    /// The agent is available and ready to accept calls.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSESSIONSTATE_READY` = `0x00000002`")]
    Ready = 0x0000_0002,
    /// The agent is currently handling a call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSESSIONSTATE_BUSYONCALL` = `0x00000004`")]
    BusyOnCall = 0x0000_0004,
    /// The agent is doing the wrap-up work that follows a call and cannot
    /// take a new one yet.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSESSIONSTATE_BUSYWRAPUP` = `0x00000008`")]
    BusyWrapUp = 0x0000_0008,
    /// The agent session is over.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSESSIONSTATE_ENDED` = `0x00000010`")]
    Ended = 0x0000_0010,
    /// The agent session has been released and is no longer active.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSESSIONSTATE_RELEASED` = `0x00000020`")]
    Released = 0x0000_0020,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "States of an agent session on an ACD (automatic call distributor), as reported in `LINEAGENTSESSIONINFO` and requested with `lineSetAgentSessionState`.The agent is logged on but busy with a task other than handling a call, such as a break; no further calls should be routed to this session.The agent is available and ready to accept calls.The agent is currently handling a call.The agent is doing the wrap-up work that follows a call and cannot take a new one yet.The agent session is over.The agent session has been released and is no longer active."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Zustände einer Agentensitzung für eine ACD (automatische Anrufverteilung), wie sie `LINEAGENTSESSIONINFO` meldet und wie sie mit `lineSetAgentSessionState` angefordert werden.Der Agent ist angemeldet, bearbeitet aber keinen Anruf, sondern ist anderweitig beschäftigt (etwa in einer Pause); dieser Agentensitzung sollen keine weiteren Anrufe zugeleitet werden.Der Agent ist verfügbar und bereit, Anrufe entgegenzunehmen.Der Agent ist gerade mit der Bearbeitung eines Anrufs beschäftigt.Der Agent ist mit der Nachbearbeitung des Anrufs beschäftigt und kann noch keinen neuen Anruf annehmen.Die Agentensitzung ist beendet.Die Agentensitzung wurde freigegeben und ist nicht mehr aktiv."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "États d’une session d’agent auprès de l’ACD (distribution automatique des appels), tels que les signale `LINEAGENTSESSIONINFO` et que les demande `lineSetAgentSessionState`.L’agent est connecté mais occupé à une tâche autre que le traitement d’un appel, une pause par exemple ; aucun nouvel appel ne doit être acheminé vers cette session.L’agent est disponible et prêt à prendre des appels.L’agent est en train de traiter un appel.L’agent effectue le post-traitement de l’appel précédent et ne peut pas encore en prendre un nouveau.La session d’agent est terminée.La session d’agent a été libérée et n’est plus active."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAgentSessionState",
            prefix: "LINEAGENTSESSIONSTATE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 2u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 63u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEAGENTSESSIONSTATE_NOTREADY",
                    "LINEAGENTSESSIONSTATE_READY",
                    "LINEAGENTSESSIONSTATE_BUSYONCALL",
                    "LINEAGENTSESSIONSTATE_BUSYWRAPUP",
                    "LINEAGENTSESSIONSTATE_ENDED",
                    "LINEAGENTSESSIONSTATE_RELEASED",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x97\0\0\0\0\0\0\0\xB1\0\0\0\0\0\0\0\xB5\0\0\0\x02\x02\0\0\0\0\x97\0\0\0\x8B\0\0\0\xB1\0\0\0\xB9\0\0\0\xB5\0\0\0\xAF\0\0\0\x02\x02\0\0\0\0\"\x01\0\x001\0\0\0j\x01\0\0=\0\0\0d\x01\0\08\0\0\0\x02\x02\0\0\0\0S\x01\0\0'\0\0\0\xA7\x01\0\0C\0\0\0\x9C\x01\0\0+\0\0\0\x02\x02\0\0\0\0z\x01\0\0V\0\0\0\xEA\x01\0\0h\0\0\0\xC7\x01\0\0k\0\0\0\x02\x02\0\0\0\0\xD0\x01\0\0\x1A\0\0\0R\x02\0\0\x1F\0\0\x002\x02\0\0#\0\0\0\x02\x02\0\0\0\0\xEA\x01\0\0<\0\0\0q\x02\0\0>\0\0\0U\x02\0\0>\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEAGENTSESSIONSTATE_NOTREADY",
                        "LINEAGENTSESSIONSTATE_READY",
                        "LINEAGENTSESSIONSTATE_BUSYONCALL",
                        "LINEAGENTSESSIONSTATE_BUSYWRAPUP",
                        "LINEAGENTSESSIONSTATE_ENDED",
                        "LINEAGENTSESSIONSTATE_RELEASED",
                        "NOTREADY",
                        "READY",
                        "BUSYONCALL",
                        "BUSYWRAPUP",
                        "ENDED",
                        "RELEASED",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEAGENTSESSIONSTATE_NOTREADY",
                        " | LINEAGENTSESSIONSTATE_READY",
                        " | LINEAGENTSESSIONSTATE_BUSYONCALL",
                        " | LINEAGENTSESSIONSTATE_BUSYWRAPUP",
                        " | LINEAGENTSESSIONSTATE_ENDED",
                        " | LINEAGENTSESSIONSTATE_RELEASED",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 16240640158330268813u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\t\0\x03\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x01\0\xFF\xFF\xFF\xFF\x06\0\0\0\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEAGENTSESSIONSTATE_` family (bit flags, `u32`); requires TAPI 2.2; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAgentSessionState>`](::tapi_consts::Flags), named [`LineAgentSessionStateSet`](crate::families::LineAgentSessionStateSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEAGENTSESSIONSTATE_NOTREADY` | `0x00000001` | TAPI 2.2 |\n| `LINEAGENTSESSIONSTATE_READY` | `0x00000002` | TAPI 2.2 |\n| `LINEAGENTSESSIONSTATE_BUSYONCALL` | `0x00000004` | TAPI 2.2 |\n| `LINEAGENTSESSIONSTATE_BUSYWRAPUP` | `0x00000008` | TAPI 2.2 |\n| `LINEAGENTSESSIONSTATE_ENDED` | `0x00000010` | TAPI 2.2 |\n| `LINEAGENTSESSIONSTATE_RELEASED` | `0x00000020` | TAPI 2.2 |\n\n# Deutsch\n\nZustände einer Agentensitzung für eine ACD (automatische Anrufverteilung), wie sie `LINEAGENTSESSIONINFO` meldet und wie sie mit `lineSetAgentSessionState` angefordert werden.\n\n- `LINEAGENTSESSIONSTATE_NOTREADY`: Der Agent ist angemeldet, bearbeitet aber keinen Anruf, sondern ist anderweitig beschäftigt (etwa in einer Pause); dieser Agentensitzung sollen keine weiteren Anrufe zugeleitet werden.\n- `LINEAGENTSESSIONSTATE_READY`: Der Agent ist verfügbar und bereit, Anrufe entgegenzunehmen.\n- `LINEAGENTSESSIONSTATE_BUSYONCALL`: Der Agent ist gerade mit der Bearbeitung eines Anrufs beschäftigt.\n- `LINEAGENTSESSIONSTATE_BUSYWRAPUP`: Der Agent ist mit der Nachbearbeitung des Anrufs beschäftigt und kann noch keinen neuen Anruf annehmen.\n- `LINEAGENTSESSIONSTATE_ENDED`: Die Agentensitzung ist beendet.\n- `LINEAGENTSESSIONSTATE_RELEASED`: Die Agentensitzung wurde freigegeben und ist nicht mehr aktiv.\n\n# Français\n\nÉtats d’une session d’agent auprès de l’ACD (distribution automatique des appels), tels que les signale `LINEAGENTSESSIONINFO` et que les demande `lineSetAgentSessionState`.\n\n- `LINEAGENTSESSIONSTATE_NOTREADY`: L’agent est connecté mais occupé à une tâche autre que le traitement d’un appel, une pause par exemple ; aucun nouvel appel ne doit être acheminé vers cette session.\n- `LINEAGENTSESSIONSTATE_READY`: L’agent est disponible et prêt à prendre des appels.\n- `LINEAGENTSESSIONSTATE_BUSYONCALL`: L’agent est en train de traiter un appel.\n- `LINEAGENTSESSIONSTATE_BUSYWRAPUP`: L’agent effectue le post-traitement de l’appel précédent et ne peut pas encore en prendre un nouveau.\n- `LINEAGENTSESSIONSTATE_ENDED`: La session d’agent est terminée.\n- `LINEAGENTSESSIONSTATE_RELEASED`: La session d’agent a été libérée et n’est plus active.\n"
    )]
    impl LineAgentSessionState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NotReady,
            Self::Ready,
            Self::BusyOnCall,
            Self::BusyWrapUp,
            Self::Ended,
            Self::Released,
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
                1 => __tapi::Some(Self::NotReady),
                2 => __tapi::Some(Self::Ready),
                4 => __tapi::Some(Self::BusyOnCall),
                8 => __tapi::Some(Self::BusyWrapUp),
                16 => __tapi::Some(Self::Ended),
                32 => __tapi::Some(Self::Released),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEAGENTSESSIONSTATE_NOTREADY`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineAgentSessionState {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAgentSessionState> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAgentSessionState) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAgentSessionState {
        type Error = ::tapi_consts::UnknownValueError<LineAgentSessionState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAgentSessionState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAgentSessionState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAgentSessionState {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAgentSessionState {
        type Output = ::tapi_consts::Flags<LineAgentSessionState>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAgentSessionState> {
            <::tapi_consts::Flags<
                LineAgentSessionState,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAgentSessionState>>
    for LineAgentSessionState {
        type Output = ::tapi_consts::Flags<LineAgentSessionState>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAgentSessionState>,
        ) -> ::tapi_consts::Flags<LineAgentSessionState> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAgentSessionState, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAgentSessionState);
};
///The `LINEAGENTSESSIONSTATE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineagentsessionstate {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentSessionState::NotReady`](super::LineAgentSessionState::NotReady)."
    )]
    pub const LINEAGENTSESSIONSTATE_NOTREADY: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentSessionState::Ready`](super::LineAgentSessionState::Ready)."
    )]
    pub const LINEAGENTSESSIONSTATE_READY: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentSessionState::BusyOnCall`](super::LineAgentSessionState::BusyOnCall)."
    )]
    pub const LINEAGENTSESSIONSTATE_BUSYONCALL: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentSessionState::BusyWrapUp`](super::LineAgentSessionState::BusyWrapUp)."
    )]
    pub const LINEAGENTSESSIONSTATE_BUSYWRAPUP: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentSessionState::Ended`](super::LineAgentSessionState::Ended)."
    )]
    pub const LINEAGENTSESSIONSTATE_ENDED: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentSessionState::Released`](super::LineAgentSessionState::Released)."
    )]
    pub const LINEAGENTSESSIONSTATE_RELEASED: ::core::primitive::u32 = 32;
}
/// Kinds of change reported for an agent session (TAPI 2.2 agent model).
///
/// Carried in `dwParam2` of the `LINE_AGENTSESSIONSTATUS` message, whose `dwParam1` is the agent
/// session handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAgentSessionStatus {
    /// A new agent session has been created.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSESSIONSTATUS_NEWSESSION` = `0x00000001`")]
    NewSession = 0x0000_0001,
    /// The session's state has changed; `dwParam3` of the message holds the new
    /// `LINEAGENTSESSIONSTATE_` value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSESSIONSTATUS_STATE` = `0x00000002`")]
    State = 0x0000_0002,
    /// The session's information and statistics have been updated; `lineGetAgentSessionInfo`
    /// returns the new values.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEAGENTSESSIONSTATUS_UPDATEINFO` = `0x00000004`")]
    UpdateInfo = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of change reported for an agent session (TAPI 2.2 agent model).\n\nCarried in `dwParam2` of the `LINE_AGENTSESSIONSTATUS` message, whose `dwParam1` is the agent session handle.A new agent session has been created.The session's state has changed; `dwParam3` of the message holds the new `LINEAGENTSESSIONSTATE_` value.The session's information and statistics have been updated; `lineGetAgentSessionInfo` returns the new values."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Änderungen, die für eine Agentensitzung gemeldet werden (Agentenmodell von TAPI 2.2). Sie werden in `dwParam2` der Nachricht `LINE_AGENTSESSIONSTATUS` übermittelt, deren `dwParam1` das Handle der Agentensitzung ist.Eine neue Agentensitzung wurde angelegt.Der Zustand der Agentensitzung hat sich geändert; `dwParam3` der Nachricht enthält den neuen Wert `LINEAGENTSESSIONSTATE_`.Die Angaben und Statistiken der Agentensitzung wurden aktualisiert; `lineGetAgentSessionInfo` liefert die neuen Werte."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de changement signalés pour une session d’agent (modèle d’agents de TAPI 2.2) ; transmis dans `dwParam2` du message `LINE_AGENTSESSIONSTATUS`, dont `dwParam1` est le handle de la session.Une nouvelle session d’agent a été créée.L’état de la session a changé ; `dwParam3` du message contient la nouvelle valeur `LINEAGENTSESSIONSTATE_`.Les informations et statistiques de la session ont été mises à jour ; `lineGetAgentSessionInfo` renvoie les nouvelles valeurs."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAgentSessionStatus",
            prefix: "LINEAGENTSESSIONSTATUS_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 2u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEAGENTSESSIONSTATUS_NEWSESSION",
                    "LINEAGENTSESSIONSTATUS_STATE",
                    "LINEAGENTSESSIONSTATUS_UPDATEINFO",
                ],
                bits: &[1u64, 2u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xB4\0\0\0\0\0\0\0\xE4\0\0\0\0\0\0\0\xC7\0\0\0\x02\x02\0\0\0\0\xB4\0\0\0%\0\0\0\xE4\0\0\0(\0\0\0\xC7\0\0\0/\0\0\0\x02\x02\0\0\0\0\xD9\0\0\0h\0\0\0\x0C\x01\0\0}\0\0\0\xF6\0\0\0o\0\0\0\x02\x02\0\0\0\0A\x01\0\0m\0\0\0\x89\x01\0\0v\0\0\0e\x01\0\0\x81\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEAGENTSESSIONSTATUS_NEWSESSION",
                        "LINEAGENTSESSIONSTATUS_STATE",
                        "LINEAGENTSESSIONSTATUS_UPDATEINFO",
                        "NEWSESSION",
                        "STATE",
                        "UPDATEINFO",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEAGENTSESSIONSTATUS_NEWSESSION",
                        " | LINEAGENTSESSIONSTATUS_STATE",
                        " | LINEAGENTSESSIONSTATUS_UPDATEINFO",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEAGENTSESSIONSTATUS_` family (bit flags, `u32`); requires TAPI 2.2; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAgentSessionStatus>`](::tapi_consts::Flags), named [`LineAgentSessionStatusSet`](crate::families::LineAgentSessionStatusSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEAGENTSESSIONSTATUS_NEWSESSION` | `0x00000001` | TAPI 2.2 |\n| `LINEAGENTSESSIONSTATUS_STATE` | `0x00000002` | TAPI 2.2 |\n| `LINEAGENTSESSIONSTATUS_UPDATEINFO` | `0x00000004` | TAPI 2.2 |\n\n# Deutsch\n\nArten von Änderungen, die für eine Agentensitzung gemeldet werden (Agentenmodell von TAPI 2.2). Sie werden in `dwParam2` der Nachricht `LINE_AGENTSESSIONSTATUS` übermittelt, deren `dwParam1` das Handle der Agentensitzung ist.\n\n- `LINEAGENTSESSIONSTATUS_NEWSESSION`: Eine neue Agentensitzung wurde angelegt.\n- `LINEAGENTSESSIONSTATUS_STATE`: Der Zustand der Agentensitzung hat sich geändert; `dwParam3` der Nachricht enthält den neuen Wert `LINEAGENTSESSIONSTATE_`.\n- `LINEAGENTSESSIONSTATUS_UPDATEINFO`: Die Angaben und Statistiken der Agentensitzung wurden aktualisiert; `lineGetAgentSessionInfo` liefert die neuen Werte.\n\n# Français\n\nTypes de changement signalés pour une session d’agent (modèle d’agents de TAPI 2.2) ; transmis dans `dwParam2` du message `LINE_AGENTSESSIONSTATUS`, dont `dwParam1` est le handle de la session.\n\n- `LINEAGENTSESSIONSTATUS_NEWSESSION`: Une nouvelle session d’agent a été créée.\n- `LINEAGENTSESSIONSTATUS_STATE`: L’état de la session a changé ; `dwParam3` du message contient la nouvelle valeur `LINEAGENTSESSIONSTATE_`.\n- `LINEAGENTSESSIONSTATUS_UPDATEINFO`: Les informations et statistiques de la session ont été mises à jour ; `lineGetAgentSessionInfo` renvoie les nouvelles valeurs.\n"
    )]
    impl LineAgentSessionStatus {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NewSession,
            Self::State,
            Self::UpdateInfo,
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
                1 => __tapi::Some(Self::NewSession),
                2 => __tapi::Some(Self::State),
                4 => __tapi::Some(Self::UpdateInfo),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEAGENTSESSIONSTATUS_NEWSESSION`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineAgentSessionStatus {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAgentSessionStatus> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAgentSessionStatus) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAgentSessionStatus {
        type Error = ::tapi_consts::UnknownValueError<LineAgentSessionStatus>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAgentSessionStatus {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAgentSessionStatus {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAgentSessionStatus {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAgentSessionStatus {
        type Output = ::tapi_consts::Flags<LineAgentSessionStatus>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAgentSessionStatus> {
            <::tapi_consts::Flags<
                LineAgentSessionStatus,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAgentSessionStatus>>
    for LineAgentSessionStatus {
        type Output = ::tapi_consts::Flags<LineAgentSessionStatus>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAgentSessionStatus>,
        ) -> ::tapi_consts::Flags<LineAgentSessionStatus> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAgentSessionStatus, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAgentSessionStatus);
};
///The `LINEAGENTSESSIONSTATUS_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineagentsessionstatus {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentSessionStatus::NewSession`](super::LineAgentSessionStatus::NewSession)."
    )]
    pub const LINEAGENTSESSIONSTATUS_NEWSESSION: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentSessionStatus::State`](super::LineAgentSessionStatus::State)."
    )]
    pub const LINEAGENTSESSIONSTATUS_STATE: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAgentSessionStatus::UpdateInfo`](super::LineAgentSessionStatus::UpdateInfo)."
    )]
    pub const LINEAGENTSESSIONSTATUS_UPDATEINFO: ::core::primitive::u32 = 4;
}
/// Kinds of change reported for an ACD queue on an agent handler.
///
/// Carried in `dwParam2` of the `LINE_QUEUESTATUS` message, whose `dwParam1` is the queue
/// identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineQueueStatus {
    /// The queue's information and statistics have been updated; `lineGetQueueInfo` returns the
    /// new values.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEQUEUESTATUS_UPDATEINFO` = `0x00000001`")]
    UpdateInfo = 0x0000_0001,
    /// A queue has been added to the ones the agent handler offers.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEQUEUESTATUS_NEWQUEUE` = `0x00000002`")]
    NewQueue = 0x0000_0002,
    /// The queue has been withdrawn from the ones the agent handler offers.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEQUEUESTATUS_QUEUEREMOVED` = `0x00000004`")]
    QueueRemoved = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of change reported for an ACD queue on an agent handler.\n\nCarried in `dwParam2` of the `LINE_QUEUESTATUS` message, whose `dwParam1` is the queue identifier.The queue's information and statistics have been updated; `lineGetQueueInfo` returns the new values.A queue has been added to the ones the agent handler offers.The queue has been withdrawn from the ones the agent handler offers."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Änderungen, die ein Agentenhandler für eine Warteschlange meldet, aus der eine ACD (automatische Anrufverteilung) Anrufe an Agenten verteilt. Sie werden in `dwParam2` der Nachricht `LINE_QUEUESTATUS` übermittelt, deren `dwParam1` die Kennung der Warteschlange ist.Die Angaben und Statistiken der Warteschlange wurden aktualisiert; `lineGetQueueInfo` liefert die neuen Werte.Eine Warteschlange wurde zu den vom Agentenhandler angebotenen Warteschlangen hinzugefügt.Die Warteschlange wurde aus den vom Agentenhandler angebotenen Warteschlangen entfernt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de changement signalés pour une file d’attente ACD d’un gestionnaire d’agents ; transmis dans `dwParam2` du message `LINE_QUEUESTATUS`, dont `dwParam1` est l’identifiant de la file.Les informations et statistiques de la file d’attente ont été mises à jour ; `lineGetQueueInfo` renvoie les nouvelles valeurs.Une file d’attente a été ajoutée à celles que propose le gestionnaire d’agents.La file d’attente a été retirée de celles que propose le gestionnaire d’agents."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineQueueStatus",
            prefix: "LINEQUEUESTATUS_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 2u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEQUEUESTATUS_UPDATEINFO",
                    "LINEQUEUESTATUS_NEWQUEUE",
                    "LINEQUEUESTATUS_QUEUEREMOVED",
                ],
                bits: &[1u64, 2u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xA2\0\0\0\0\0\0\0\x15\x01\0\0\0\0\0\0\xC4\0\0\0\x02\x02\0\0\0\0\xA2\0\0\0d\0\0\0\x15\x01\0\0n\0\0\0\xC4\0\0\0\x83\0\0\0\x02\x02\0\0\0\0\x06\x01\0\0<\0\0\0\x83\x01\0\0[\0\0\0G\x01\0\0W\0\0\0\x02\x02\0\0\0\0B\x01\0\0D\0\0\0\xDE\x01\0\0W\0\0\0\x9E\x01\0\0V\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEQUEUESTATUS_UPDATEINFO",
                        "LINEQUEUESTATUS_NEWQUEUE",
                        "LINEQUEUESTATUS_QUEUEREMOVED",
                        "UPDATEINFO",
                        "NEWQUEUE",
                        "QUEUEREMOVED",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEQUEUESTATUS_UPDATEINFO",
                        " | LINEQUEUESTATUS_NEWQUEUE",
                        " | LINEQUEUESTATUS_QUEUEREMOVED",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEQUEUESTATUS_` family (bit flags, `u32`); requires TAPI 2.2; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineQueueStatus>`](::tapi_consts::Flags), named [`LineQueueStatusSet`](crate::families::LineQueueStatusSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEQUEUESTATUS_UPDATEINFO` | `0x00000001` | TAPI 2.2 |\n| `LINEQUEUESTATUS_NEWQUEUE` | `0x00000002` | TAPI 2.2 |\n| `LINEQUEUESTATUS_QUEUEREMOVED` | `0x00000004` | TAPI 2.2 |\n\n# Deutsch\n\nArten von Änderungen, die ein Agentenhandler für eine Warteschlange meldet, aus der eine ACD (automatische Anrufverteilung) Anrufe an Agenten verteilt. Sie werden in `dwParam2` der Nachricht `LINE_QUEUESTATUS` übermittelt, deren `dwParam1` die Kennung der Warteschlange ist.\n\n- `LINEQUEUESTATUS_UPDATEINFO`: Die Angaben und Statistiken der Warteschlange wurden aktualisiert; `lineGetQueueInfo` liefert die neuen Werte.\n- `LINEQUEUESTATUS_NEWQUEUE`: Eine Warteschlange wurde zu den vom Agentenhandler angebotenen Warteschlangen hinzugefügt.\n- `LINEQUEUESTATUS_QUEUEREMOVED`: Die Warteschlange wurde aus den vom Agentenhandler angebotenen Warteschlangen entfernt.\n\n# Français\n\nTypes de changement signalés pour une file d’attente ACD d’un gestionnaire d’agents ; transmis dans `dwParam2` du message `LINE_QUEUESTATUS`, dont `dwParam1` est l’identifiant de la file.\n\n- `LINEQUEUESTATUS_UPDATEINFO`: Les informations et statistiques de la file d’attente ont été mises à jour ; `lineGetQueueInfo` renvoie les nouvelles valeurs.\n- `LINEQUEUESTATUS_NEWQUEUE`: Une file d’attente a été ajoutée à celles que propose le gestionnaire d’agents.\n- `LINEQUEUESTATUS_QUEUEREMOVED`: La file d’attente a été retirée de celles que propose le gestionnaire d’agents.\n"
    )]
    impl LineQueueStatus {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::UpdateInfo,
            Self::NewQueue,
            Self::QueueRemoved,
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
                1 => __tapi::Some(Self::UpdateInfo),
                2 => __tapi::Some(Self::NewQueue),
                4 => __tapi::Some(Self::QueueRemoved),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEQUEUESTATUS_UPDATEINFO`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineQueueStatus {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineQueueStatus> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineQueueStatus) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineQueueStatus {
        type Error = ::tapi_consts::UnknownValueError<LineQueueStatus>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineQueueStatus {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineQueueStatus {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineQueueStatus {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineQueueStatus {
        type Output = ::tapi_consts::Flags<LineQueueStatus>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineQueueStatus> {
            <::tapi_consts::Flags<
                LineQueueStatus,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineQueueStatus>> for LineQueueStatus {
        type Output = ::tapi_consts::Flags<LineQueueStatus>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineQueueStatus>,
        ) -> ::tapi_consts::Flags<LineQueueStatus> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineQueueStatus, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineQueueStatus);
};
///The `LINEQUEUESTATUS_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linequeuestatus {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineQueueStatus::UpdateInfo`](super::LineQueueStatus::UpdateInfo)."
    )]
    pub const LINEQUEUESTATUS_UPDATEINFO: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineQueueStatus::NewQueue`](super::LineQueueStatus::NewQueue)."
    )]
    pub const LINEQUEUESTATUS_NEWQUEUE: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineQueueStatus::QueueRemoved`](super::LineQueueStatus::QueueRemoved)."
    )]
    pub const LINEQUEUESTATUS_QUEUEREMOVED: ::core::primitive::u32 = 4;
}
/// Kinds of change in the ACD groups offered by an agent handler.
///
/// Carried in `dwParam2` of the `LINE_GROUPSTATUS` message; `lineGetGroupList` returns the
/// groups as they now stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineGroupStatus {
    /// A group has been added to the list of available ACD groups.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEGROUPSTATUS_NEWGROUP` = `0x00000001`")]
    NewGroup = 0x0000_0001,
    /// A group has been taken off the list of available ACD groups.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEGROUPSTATUS_GROUPREMOVED` = `0x00000002`")]
    GroupRemoved = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of change in the ACD groups offered by an agent handler.\n\nCarried in `dwParam2` of the `LINE_GROUPSTATUS` message; `lineGetGroupList` returns the groups as they now stand.A group has been added to the list of available ACD groups.A group has been taken off the list of available ACD groups."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Änderungen an den Agentengruppen, die ein Agentenhandler für eine ACD (automatische Anrufverteilung) anbietet. Sie werden in `dwParam2` der Nachricht `LINE_GROUPSTATUS` übermittelt; `lineGetGroupList` liefert den aktuellen Stand der ACD-Gruppen.Eine Gruppe wurde in die Liste der verfügbaren ACD-Gruppen aufgenommen.Eine Gruppe wurde aus der Liste der verfügbaren ACD-Gruppen entfernt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de changement dans les groupes ACD proposés par un gestionnaire d’agents ; transmis dans `dwParam2` du message `LINE_GROUPSTATUS`, `lineGetGroupList` renvoyant la liste des groupes à jour.Un groupe a été ajouté à la liste des groupes ACD disponibles.Un groupe a été retiré de la liste des groupes ACD disponibles."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineGroupStatus",
            prefix: "LINEGROUPSTATUS_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 2u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["LINEGROUPSTATUS_NEWGROUP", "LINEGROUPSTATUS_GROUPREMOVED"],
                bits: &[1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xB1\0\0\0\0\0\0\0\x02\x01\0\0\0\0\0\0\xC6\0\0\0\x02\x02\0\0\0\0\xB1\0\0\0;\0\0\0\x02\x01\0\0H\0\0\0\xC6\0\0\0B\0\0\0\x02\x02\0\0\0\0\xEC\0\0\0<\0\0\0J\x01\0\0F\0\0\0\x08\x01\0\0B\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEGROUPSTATUS_NEWGROUP",
                        "LINEGROUPSTATUS_GROUPREMOVED",
                        "NEWGROUP",
                        "GROUPREMOVED",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"\0\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEGROUPSTATUS_NEWGROUP",
                        " | LINEGROUPSTATUS_GROUPREMOVED",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEGROUPSTATUS_` family (bit flags, `u32`); requires TAPI 2.2; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineGroupStatus>`](::tapi_consts::Flags), named [`LineGroupStatusSet`](crate::families::LineGroupStatusSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEGROUPSTATUS_NEWGROUP` | `0x00000001` | TAPI 2.2 |\n| `LINEGROUPSTATUS_GROUPREMOVED` | `0x00000002` | TAPI 2.2 |\n\n# Deutsch\n\nArten von Änderungen an den Agentengruppen, die ein Agentenhandler für eine ACD (automatische Anrufverteilung) anbietet. Sie werden in `dwParam2` der Nachricht `LINE_GROUPSTATUS` übermittelt; `lineGetGroupList` liefert den aktuellen Stand der ACD-Gruppen.\n\n- `LINEGROUPSTATUS_NEWGROUP`: Eine Gruppe wurde in die Liste der verfügbaren ACD-Gruppen aufgenommen.\n- `LINEGROUPSTATUS_GROUPREMOVED`: Eine Gruppe wurde aus der Liste der verfügbaren ACD-Gruppen entfernt.\n\n# Français\n\nTypes de changement dans les groupes ACD proposés par un gestionnaire d’agents ; transmis dans `dwParam2` du message `LINE_GROUPSTATUS`, `lineGetGroupList` renvoyant la liste des groupes à jour.\n\n- `LINEGROUPSTATUS_NEWGROUP`: Un groupe a été ajouté à la liste des groupes ACD disponibles.\n- `LINEGROUPSTATUS_GROUPREMOVED`: Un groupe a été retiré de la liste des groupes ACD disponibles.\n"
    )]
    impl LineGroupStatus {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::NewGroup, Self::GroupRemoved];
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
                1 => __tapi::Some(Self::NewGroup),
                2 => __tapi::Some(Self::GroupRemoved),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEGROUPSTATUS_NEWGROUP`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineGroupStatus {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineGroupStatus> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineGroupStatus) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineGroupStatus {
        type Error = ::tapi_consts::UnknownValueError<LineGroupStatus>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineGroupStatus {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineGroupStatus {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineGroupStatus {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineGroupStatus {
        type Output = ::tapi_consts::Flags<LineGroupStatus>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineGroupStatus> {
            <::tapi_consts::Flags<
                LineGroupStatus,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineGroupStatus>> for LineGroupStatus {
        type Output = ::tapi_consts::Flags<LineGroupStatus>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineGroupStatus>,
        ) -> ::tapi_consts::Flags<LineGroupStatus> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineGroupStatus, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineGroupStatus);
};
///The `LINEGROUPSTATUS_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linegroupstatus {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineGroupStatus::NewGroup`](super::LineGroupStatus::NewGroup)."
    )]
    pub const LINEGROUPSTATUS_NEWGROUP: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineGroupStatus::GroupRemoved`](super::LineGroupStatus::GroupRemoved)."
    )]
    pub const LINEGROUPSTATUS_GROUPREMOVED: ::core::primitive::u32 = 2;
}
/// Kinds of change in the proxies registered on a line the application has open.
///
/// Carried in `dwParam1` of the `LINE_PROXYSTATUS` message, which TAPI itself generates when a
/// proxy application opens or closes the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineProxyStatus {
    /// A proxy has opened the line to handle a request type; `dwParam2` of the message names
    /// that `LINEPROXYREQUEST_` type.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYSTATUS_OPEN` = `0x00000001`")]
    Open = 0x0000_0001,
    /// A proxy has closed the line and no longer handles a request type; `dwParam2` of the
    /// message names that `LINEPROXYREQUEST_` type.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYSTATUS_CLOSE` = `0x00000002`")]
    Close = 0x0000_0002,
    /// Proxies are now open on the line for every request type that TAPI 3.0 and later need for
    /// ACD (call-centre) operation.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPROXYSTATUS_ALLOPENFORACD` = `0x00000004`")]
    AllOpenForAcd = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of change in the proxies registered on a line the application has open.\n\nCarried in `dwParam1` of the `LINE_PROXYSTATUS` message, which TAPI itself generates when a proxy application opens or closes the line.A proxy has opened the line to handle a request type; `dwParam2` of the message names that `LINEPROXYREQUEST_` type.A proxy has closed the line and no longer handles a request type; `dwParam2` of the message names that `LINEPROXYREQUEST_` type.Proxies are now open on the line for every request type that TAPI 3.0 and later need for ACD (call-centre) operation."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Änderungen bei den Proxys, die auf einer von der Anwendung geöffneten Leitung registriert sind. Sie werden in `dwParam1` der Nachricht `LINE_PROXYSTATUS` übermittelt, die TAPI selbst erzeugt, wenn eine Proxy-Anwendung die Leitung öffnet oder schließt.Ein Proxy hat die Leitung geöffnet, um einen Anforderungstyp zu bearbeiten; `dwParam2` der Nachricht nennt diesen Anforderungstyp (`LINEPROXYREQUEST_`).Ein Proxy hat die Leitung geschlossen und bearbeitet einen Anforderungstyp nicht mehr; `dwParam2` der Nachricht nennt diesen Anforderungstyp (`LINEPROXYREQUEST_`).Auf der Leitung sind jetzt Proxys für alle Anforderungstypen geöffnet, die TAPI 3.0 und neuere Versionen für den ACD-Betrieb (Callcenter) benötigen."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de changement parmi les proxys inscrits sur une ligne ouverte par l’application ; transmis dans `dwParam1` du message `LINE_PROXYSTATUS`, que TAPI produit lui-même lorsqu’une application proxy ouvre ou ferme la ligne.Un proxy a ouvert la ligne pour traiter un type de requête ; `dwParam2` du message indique ce type `LINEPROXYREQUEST_`.Un proxy a fermé la ligne et ne traite plus un type de requête ; `dwParam2` du message indique ce type `LINEPROXYREQUEST_`.Des proxys sont désormais ouverts sur la ligne pour tous les types de requête dont TAPI 3.0 ou une version ultérieure a besoin pour les fonctions d’ACD (centre d’appels)."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineProxyStatus",
            prefix: "LINEPROXYSTATUS_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 2u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEPROXYSTATUS_OPEN",
                    "LINEPROXYSTATUS_CLOSE",
                    "LINEPROXYSTATUS_ALLOPENFORACD",
                ],
                bits: &[1u64, 2u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xD6\0\0\0\0\0\0\0\n\x01\0\0\0\0\0\0\xE4\0\0\0\x02\x02\0\0\0\0\xD6\0\0\0t\0\0\0\n\x01\0\0\x99\0\0\0\xE4\0\0\0x\0\0\0\x02\x02\0\0\0\0J\x01\0\0\x80\0\0\0\xA3\x01\0\0\xA3\0\0\0\\\x01\0\0}\0\0\0\x02\x02\0\0\0\0\xCA\x01\0\0u\0\0\0F\x02\0\0\x98\0\0\0\xD9\x01\0\0\xB1\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEPROXYSTATUS_OPEN",
                        "LINEPROXYSTATUS_CLOSE",
                        "LINEPROXYSTATUS_ALLOPENFORACD",
                        "OPEN",
                        "CLOSE",
                        "ALLOPENFORACD",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEPROXYSTATUS_OPEN",
                        " | LINEPROXYSTATUS_CLOSE",
                        " | LINEPROXYSTATUS_ALLOPENFORACD",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEPROXYSTATUS_` family (bit flags, `u32`); requires TAPI 2.2; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineProxyStatus>`](::tapi_consts::Flags), named [`LineProxyStatusSet`](crate::families::LineProxyStatusSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEPROXYSTATUS_OPEN` | `0x00000001` | TAPI 2.2 |\n| `LINEPROXYSTATUS_CLOSE` | `0x00000002` | TAPI 2.2 |\n| `LINEPROXYSTATUS_ALLOPENFORACD` | `0x00000004` | TAPI 2.2 |\n\n# Deutsch\n\nArten von Änderungen bei den Proxys, die auf einer von der Anwendung geöffneten Leitung registriert sind. Sie werden in `dwParam1` der Nachricht `LINE_PROXYSTATUS` übermittelt, die TAPI selbst erzeugt, wenn eine Proxy-Anwendung die Leitung öffnet oder schließt.\n\n- `LINEPROXYSTATUS_OPEN`: Ein Proxy hat die Leitung geöffnet, um einen Anforderungstyp zu bearbeiten; `dwParam2` der Nachricht nennt diesen Anforderungstyp (`LINEPROXYREQUEST_`).\n- `LINEPROXYSTATUS_CLOSE`: Ein Proxy hat die Leitung geschlossen und bearbeitet einen Anforderungstyp nicht mehr; `dwParam2` der Nachricht nennt diesen Anforderungstyp (`LINEPROXYREQUEST_`).\n- `LINEPROXYSTATUS_ALLOPENFORACD`: Auf der Leitung sind jetzt Proxys für alle Anforderungstypen geöffnet, die TAPI 3.0 und neuere Versionen für den ACD-Betrieb (Callcenter) benötigen.\n\n# Français\n\nTypes de changement parmi les proxys inscrits sur une ligne ouverte par l’application ; transmis dans `dwParam1` du message `LINE_PROXYSTATUS`, que TAPI produit lui-même lorsqu’une application proxy ouvre ou ferme la ligne.\n\n- `LINEPROXYSTATUS_OPEN`: Un proxy a ouvert la ligne pour traiter un type de requête ; `dwParam2` du message indique ce type `LINEPROXYREQUEST_`.\n- `LINEPROXYSTATUS_CLOSE`: Un proxy a fermé la ligne et ne traite plus un type de requête ; `dwParam2` du message indique ce type `LINEPROXYREQUEST_`.\n- `LINEPROXYSTATUS_ALLOPENFORACD`: Des proxys sont désormais ouverts sur la ligne pour tous les types de requête dont TAPI 3.0 ou une version ultérieure a besoin pour les fonctions d’ACD (centre d’appels).\n"
    )]
    impl LineProxyStatus {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Open, Self::Close, Self::AllOpenForAcd];
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
                1 => __tapi::Some(Self::Open),
                2 => __tapi::Some(Self::Close),
                4 => __tapi::Some(Self::AllOpenForAcd),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEPROXYSTATUS_OPEN`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineProxyStatus {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineProxyStatus> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineProxyStatus) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineProxyStatus {
        type Error = ::tapi_consts::UnknownValueError<LineProxyStatus>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineProxyStatus {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineProxyStatus {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineProxyStatus {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineProxyStatus {
        type Output = ::tapi_consts::Flags<LineProxyStatus>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineProxyStatus> {
            <::tapi_consts::Flags<
                LineProxyStatus,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineProxyStatus>> for LineProxyStatus {
        type Output = ::tapi_consts::Flags<LineProxyStatus>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineProxyStatus>,
        ) -> ::tapi_consts::Flags<LineProxyStatus> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineProxyStatus, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineProxyStatus);
};
///The `LINEPROXYSTATUS_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineproxystatus {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyStatus::Open`](super::LineProxyStatus::Open)."
    )]
    pub const LINEPROXYSTATUS_OPEN: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyStatus::Close`](super::LineProxyStatus::Close)."
    )]
    pub const LINEPROXYSTATUS_CLOSE: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineProxyStatus::AllOpenForAcd`](super::LineProxyStatus::AllOpenForAcd)."
    )]
    pub const LINEPROXYSTATUS_ALLOPENFORACD: ::core::primitive::u32 = 4;
}
