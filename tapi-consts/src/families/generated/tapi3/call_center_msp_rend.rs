// @generated from tapi-consts/families/tapi3/call_center_msp_rend.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! TAPI 3 call centres (`Tapi3cc.h`, described in German too), media service provider events
//! (`Msp.h`), the MSP base classes' stream states (`MspStrm.h`) and Rendezvous directories
//! (`REND.h`).
//!
//! The five `IDISP*` dispatch masks of `REND.h` cannot be a family (no `_` prefix, two values
//! shared between unrelated interfaces); they are proposed, commented out, at the end.
/// States of a TAPI 3 agent object, set with `ITAgent::put_State` and read with
/// `ITAgent::get_State`.
///
/// The values count from 0, whereas `lineSetAgentStateEx`, the TAPI 2.2 function that
/// `put_State` wraps, takes the matching `LINEAGENTSTATEEX_` bits (`AS_READY` = 1 there is
/// `LINEAGENTSTATEEX_READY` = 0x2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum AgentState {
    /// The agent is logged in but not available for calls, for example during a break.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AS_NOT_READY` = `0x00000000`")]
    NotReady = 0,
    /// The agent is ready to take calls.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AS_READY` = `0x00000001`")]
    Ready = 1,
    /// The agent is busy with a call that an ACD queue has delivered.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AS_BUSY_ACD` = `0x00000002`")]
    BusyAcd = 2,
    /// The agent is busy with an incoming call that did not come through the ACD.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AS_BUSY_INCOMING` = `0x00000003`")]
    BusyIncoming = 3,
    /// The agent is busy with an outgoing call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AS_BUSY_OUTGOING` = `0x00000004`")]
    BusyOutgoing = 4,
    /// The agent's state is not known.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AS_UNKNOWN` = `0x00000005`")]
    Unknown = 5,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "States of a TAPI 3 agent object, set with `ITAgent::put_State` and read with `ITAgent::get_State`.\n\nThe values count from 0, whereas `lineSetAgentStateEx`, the TAPI 2.2 function that `put_State` wraps, takes the matching `LINEAGENTSTATEEX_` bits (`AS_READY` = 1 there is `LINEAGENTSTATEEX_READY` = 0x2).The agent is logged in but not available for calls, for example during a break.The agent is ready to take calls.The agent is busy with a call that an ACD queue has delivered.The agent is busy with an incoming call that did not come through the ACD.The agent is busy with an outgoing call.The agent's state is not known."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Zustände eines TAPI-3-Agentenobjekts, die mit `ITAgent::put_State` gesetzt und mit `ITAgent::get_State` gelesen werden. Die Werte zählen ab 0, während `lineSetAgentStateEx`, die von `put_State` gekapselte TAPI-2.2-Funktion, die entsprechenden Bits `LINEAGENTSTATEEX_` erwartet (aus `AS_READY` = 1 wird dort `LINEAGENTSTATEEX_READY` = 0x2).Der Agent ist angemeldet, steht aber nicht für Anrufe bereit, etwa während einer Pause.Der Agent ist bereit und kann Anrufe annehmen.Der Agent ist mit einem Anruf beschäftigt, den ihm eine ACD-Warteschlange zugeleitet hat.Der Agent ist mit einem eingehenden Anruf beschäftigt, der nicht über die ACD kam.Der Agent ist mit einem ausgehenden Anruf beschäftigt.Der Zustand des Agenten ist nicht bekannt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "États d’un objet agent de TAPI 3, définis par `ITAgent::put_State` et lus par `ITAgent::get_State`. Les valeurs comptent à partir de 0, alors que `lineSetAgentStateEx`, la fonction TAPI 2.2 qu’enveloppe `put_State`, prend les bits `LINEAGENTSTATEEX_` correspondants (`AS_READY` = 1 y devient `LINEAGENTSTATEEX_READY` = 0x2).L’agent est connecté mais n’est pas disponible pour des appels, par exemple pendant une pause.L’agent est prêt à prendre des appels.L’agent est occupé par un appel que lui a remis une file d’attente ACD.L’agent est occupé par un appel entrant qui n’est pas passé par l’ACD.L’agent est occupé par un appel sortant.L’état de l’agent n’est pas connu."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "AgentState",
            prefix: "AS_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3cc.h"),
            c_type: __tapi::Some("AGENT_STATE"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "AS_NOT_READY",
                    "AS_READY",
                    "AS_BUSY_ACD",
                    "AS_BUSY_INCOMING",
                    "AS_BUSY_OUTGOING",
                    "AS_UNKNOWN",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0/\x01\0\0\0\0\0\0V\x01\0\0\0\0\0\0K\x01\0\0\xFF\xFF\0\0\0\0/\x01\0\0O\0\0\0V\x01\0\0Y\0\0\0K\x01\0\0c\0\0\0\xFF\xFF\0\0\0\0~\x01\0\0!\0\0\0\xAF\x01\0\0.\0\0\0\xAE\x01\0\0*\0\0\0\xFF\xFF\0\0\0\0\x9F\x01\0\0>\0\0\0\xDD\x01\0\0Z\0\0\0\xD8\x01\0\0L\0\0\0\xFF\xFF\0\0\0\0\xDD\x01\0\0J\0\0\x007\x02\0\0T\0\0\0$\x02\0\0N\0\0\0\xFF\xFF\0\0\0\0'\x02\0\0(\0\0\0\x8B\x02\0\x007\0\0\0r\x02\0\0+\0\0\0\xFF\xFF\0\0\0\0O\x02\0\0\x1F\0\0\0\xC2\x02\0\0*\0\0\0\x9D\x02\0\0)\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "AS_NOT_READY",
                        "AS_READY",
                        "AS_BUSY_ACD",
                        "AS_BUSY_INCOMING",
                        "AS_BUSY_OUTGOING",
                        "AS_UNKNOWN",
                        "NOT_READY",
                        "READY",
                        "BUSY_ACD",
                        "BUSY_INCOMING",
                        "BUSY_OUTGOING",
                        "UNKNOWN",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\0\0\x04\0\x04\0\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x05\0\xFF\xFF\xFF\xFF\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x01\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `AS_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3cc.h`.\n\n| Constant | Value |\n|---|---|\n| `AS_NOT_READY` | `0x00000000` |\n| `AS_READY` | `0x00000001` |\n| `AS_BUSY_ACD` | `0x00000002` |\n| `AS_BUSY_INCOMING` | `0x00000003` |\n| `AS_BUSY_OUTGOING` | `0x00000004` |\n| `AS_UNKNOWN` | `0x00000005` |\n\n# Deutsch\n\nZustände eines TAPI-3-Agentenobjekts, die mit `ITAgent::put_State` gesetzt und mit `ITAgent::get_State` gelesen werden. Die Werte zählen ab 0, während `lineSetAgentStateEx`, die von `put_State` gekapselte TAPI-2.2-Funktion, die entsprechenden Bits `LINEAGENTSTATEEX_` erwartet (aus `AS_READY` = 1 wird dort `LINEAGENTSTATEEX_READY` = 0x2).\n\n- `AS_NOT_READY`: Der Agent ist angemeldet, steht aber nicht für Anrufe bereit, etwa während einer Pause.\n- `AS_READY`: Der Agent ist bereit und kann Anrufe annehmen.\n- `AS_BUSY_ACD`: Der Agent ist mit einem Anruf beschäftigt, den ihm eine ACD-Warteschlange zugeleitet hat.\n- `AS_BUSY_INCOMING`: Der Agent ist mit einem eingehenden Anruf beschäftigt, der nicht über die ACD kam.\n- `AS_BUSY_OUTGOING`: Der Agent ist mit einem ausgehenden Anruf beschäftigt.\n- `AS_UNKNOWN`: Der Zustand des Agenten ist nicht bekannt.\n\n# Français\n\nÉtats d’un objet agent de TAPI 3, définis par `ITAgent::put_State` et lus par `ITAgent::get_State`. Les valeurs comptent à partir de 0, alors que `lineSetAgentStateEx`, la fonction TAPI 2.2 qu’enveloppe `put_State`, prend les bits `LINEAGENTSTATEEX_` correspondants (`AS_READY` = 1 y devient `LINEAGENTSTATEEX_READY` = 0x2).\n\n- `AS_NOT_READY`: L’agent est connecté mais n’est pas disponible pour des appels, par exemple pendant une pause.\n- `AS_READY`: L’agent est prêt à prendre des appels.\n- `AS_BUSY_ACD`: L’agent est occupé par un appel que lui a remis une file d’attente ACD.\n- `AS_BUSY_INCOMING`: L’agent est occupé par un appel entrant qui n’est pas passé par l’ACD.\n- `AS_BUSY_OUTGOING`: L’agent est occupé par un appel sortant.\n- `AS_UNKNOWN`: L’état de l’agent n’est pas connu.\n"
    )]
    impl AgentState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NotReady,
            Self::Ready,
            Self::BusyAcd,
            Self::BusyIncoming,
            Self::BusyOutgoing,
            Self::Unknown,
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
                0 => __tapi::Some(Self::NotReady),
                1 => __tapi::Some(Self::Ready),
                2 => __tapi::Some(Self::BusyAcd),
                3 => __tapi::Some(Self::BusyIncoming),
                4 => __tapi::Some(Self::BusyOutgoing),
                5 => __tapi::Some(Self::Unknown),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `AS_NOT_READY`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for AgentState {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<AgentState> for ::core::primitive::i32 {
        #[inline]
        fn from(member: AgentState) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for AgentState {
        type Error = ::tapi_consts::UnknownValueError<AgentState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for AgentState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for AgentState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(AgentState, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(AgentState);
};
/// States of a TAPI 3 agent session, set with `ITAgentSession::put_State` and read with
/// `ITAgentSession::get_State`.
///
/// The values count from 0, whereas `lineSetAgentSessionState`, which `put_State` wraps,
/// takes the matching `LINEAGENTSESSIONSTATE_` bits (value n there is the bit `1 << n`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum AgentSessionState {
    /// The agent cannot handle calls for this session at the moment.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ASST_NOT_READY` = `0x00000000`")]
    NotReady = 0,
    /// The agent can handle calls for this session.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ASST_READY` = `0x00000001`")]
    Ready = 1,
    /// The agent is working, in this session, on a call that the ACD has delivered.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ASST_BUSY_ON_CALL` = `0x00000002`")]
    BusyOnCall = 2,
    /// The agent is doing, in this session, the wrap-up work that follows an ACD call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ASST_BUSY_WRAPUP` = `0x00000003`")]
    BusyWrapUp = 3,
    /// The session is over; no other state can follow it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ASST_SESSION_ENDED` = `0x00000004`")]
    SessionEnded = 4,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "States of a TAPI 3 agent session, set with `ITAgentSession::put_State` and read with `ITAgentSession::get_State`.\n\nThe values count from 0, whereas `lineSetAgentSessionState`, which `put_State` wraps, takes the matching `LINEAGENTSESSIONSTATE_` bits (value n there is the bit `1 << n`).The agent cannot handle calls for this session at the moment.The agent can handle calls for this session.The agent is working, in this session, on a call that the ACD has delivered.The agent is doing, in this session, the wrap-up work that follows an ACD call.The session is over; no other state can follow it."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Zustände einer TAPI-3-Agentensitzung, die mit `ITAgentSession::put_State` gesetzt und mit `ITAgentSession::get_State` gelesen werden. Die Werte zählen ab 0, während das von `put_State` gekapselte `lineSetAgentSessionState` die entsprechenden Bits `LINEAGENTSESSIONSTATE_` erwartet (aus dem Wert n wird dort das Bit `1 << n`).Der Agent kann in dieser Agentensitzung vorerst keine Anrufe bearbeiten.Der Agent kann in dieser Agentensitzung Anrufe bearbeiten.Der Agent bearbeitet in dieser Agentensitzung einen Anruf, den ihm die ACD zugeteilt hat.Der Agent erledigt in dieser Agentensitzung die Nachbearbeitung eines ACD-Anrufs.Die Agentensitzung ist beendet; auf diesen Zustand kann kein anderer mehr folgen."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "États d’une session d’agent de TAPI 3, définis par `ITAgentSession::put_State` et lus par `ITAgentSession::get_State`. Les valeurs comptent à partir de 0, alors que `lineSetAgentSessionState`, qu’enveloppe `put_State`, prend les bits `LINEAGENTSESSIONSTATE_` correspondants (la valeur n y devient le bit `1 << n`).L’agent ne peut pas traiter d’appels pour cette session pour le moment.L’agent peut traiter des appels pour cette session.L’agent traite, dans cette session, un appel que l’ACD lui a distribué.L’agent effectue, dans cette session, le post-traitement d’un appel ACD.La session est terminée ; aucun autre état ne peut lui succéder."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "AgentSessionState",
            prefix: "ASST_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3cc.h"),
            c_type: __tapi::Some("AGENT_SESSION_STATE"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "ASST_NOT_READY",
                    "ASST_READY",
                    "ASST_BUSY_ON_CALL",
                    "ASST_BUSY_WRAPUP",
                    "ASST_SESSION_ENDED",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x1E\x01\0\0\0\0\0\0H\x01\0\0\0\0\0\0C\x01\0\0\xFF\xFF\0\0\0\0\x1E\x01\0\0=\0\0\0H\x01\0\0H\0\0\0C\x01\0\0K\0\0\0\xFF\xFF\0\0\0\0[\x01\0\0,\0\0\0\x90\x01\0\0:\0\0\0\x8E\x01\0\x005\0\0\0\xFF\xFF\0\0\0\0\x87\x01\0\0L\0\0\0\xCA\x01\0\0Y\0\0\0\xC3\x01\0\0L\0\0\0\xFF\xFF\0\0\0\0\xD3\x01\0\0O\0\0\0#\x02\0\0Q\0\0\0\x0F\x02\0\0L\0\0\0\xFF\xFF\0\0\0\0\"\x02\0\x002\0\0\0t\x02\0\0Q\0\0\0[\x02\0\0C\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "ASST_NOT_READY",
                        "ASST_READY",
                        "ASST_BUSY_ON_CALL",
                        "ASST_BUSY_WRAPUP",
                        "ASST_SESSION_ENDED",
                        "NOT_READY",
                        "READY",
                        "BUSY_ON_CALL",
                        "BUSY_WRAPUP",
                        "SESSION_ENDED",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `ASST_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3cc.h`.\n\n| Constant | Value |\n|---|---|\n| `ASST_NOT_READY` | `0x00000000` |\n| `ASST_READY` | `0x00000001` |\n| `ASST_BUSY_ON_CALL` | `0x00000002` |\n| `ASST_BUSY_WRAPUP` | `0x00000003` |\n| `ASST_SESSION_ENDED` | `0x00000004` |\n\n# Deutsch\n\nZustände einer TAPI-3-Agentensitzung, die mit `ITAgentSession::put_State` gesetzt und mit `ITAgentSession::get_State` gelesen werden. Die Werte zählen ab 0, während das von `put_State` gekapselte `lineSetAgentSessionState` die entsprechenden Bits `LINEAGENTSESSIONSTATE_` erwartet (aus dem Wert n wird dort das Bit `1 << n`).\n\n- `ASST_NOT_READY`: Der Agent kann in dieser Agentensitzung vorerst keine Anrufe bearbeiten.\n- `ASST_READY`: Der Agent kann in dieser Agentensitzung Anrufe bearbeiten.\n- `ASST_BUSY_ON_CALL`: Der Agent bearbeitet in dieser Agentensitzung einen Anruf, den ihm die ACD zugeteilt hat.\n- `ASST_BUSY_WRAPUP`: Der Agent erledigt in dieser Agentensitzung die Nachbearbeitung eines ACD-Anrufs.\n- `ASST_SESSION_ENDED`: Die Agentensitzung ist beendet; auf diesen Zustand kann kein anderer mehr folgen.\n\n# Français\n\nÉtats d’une session d’agent de TAPI 3, définis par `ITAgentSession::put_State` et lus par `ITAgentSession::get_State`. Les valeurs comptent à partir de 0, alors que `lineSetAgentSessionState`, qu’enveloppe `put_State`, prend les bits `LINEAGENTSESSIONSTATE_` correspondants (la valeur n y devient le bit `1 << n`).\n\n- `ASST_NOT_READY`: L’agent ne peut pas traiter d’appels pour cette session pour le moment.\n- `ASST_READY`: L’agent peut traiter des appels pour cette session.\n- `ASST_BUSY_ON_CALL`: L’agent traite, dans cette session, un appel que l’ACD lui a distribué.\n- `ASST_BUSY_WRAPUP`: L’agent effectue, dans cette session, le post-traitement d’un appel ACD.\n- `ASST_SESSION_ENDED`: La session est terminée ; aucun autre état ne peut lui succéder.\n"
    )]
    impl AgentSessionState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NotReady,
            Self::Ready,
            Self::BusyOnCall,
            Self::BusyWrapUp,
            Self::SessionEnded,
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
                0 => __tapi::Some(Self::NotReady),
                1 => __tapi::Some(Self::Ready),
                2 => __tapi::Some(Self::BusyOnCall),
                3 => __tapi::Some(Self::BusyWrapUp),
                4 => __tapi::Some(Self::SessionEnded),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `ASST_NOT_READY`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for AgentSessionState {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<AgentSessionState> for ::core::primitive::i32 {
        #[inline]
        fn from(member: AgentSessionState) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for AgentSessionState {
        type Error = ::tapi_consts::UnknownValueError<AgentSessionState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for AgentSessionState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for AgentSessionState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(AgentSessionState, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(AgentSessionState);
};
/// Kinds of agent event, returned by `ITAgentEvent::get_Event` when TAPI reports a change of
/// an agent object (event `TE_AGENT`).
///
/// Each member names the state the agent has just entered, with the same number as the
/// `AGENT_STATE` member of that state (`AE_READY` = `AS_READY` = 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum AgentEvent {
    /// The agent has become unable to handle calls.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_NOT_READY` = `0x00000000`")]
    NotReady = 0,
    /// The agent has become able to handle calls.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_READY` = `0x00000001`")]
    Ready = 1,
    /// The agent is now handling an ACD call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_BUSY_ACD` = `0x00000002`")]
    BusyAcd = 2,
    /// The agent is now handling an incoming call that did not come through the ACD.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_BUSY_INCOMING` = `0x00000003`")]
    BusyIncoming = 3,
    /// The agent is now handling an outgoing call outside the ACD.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_BUSY_OUTGOING` = `0x00000004`")]
    BusyOutgoing = 4,
    /// The agent's new state is not known.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AE_UNKNOWN` = `0x00000005`")]
    Unknown = 5,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of agent event, returned by `ITAgentEvent::get_Event` when TAPI reports a change of an agent object (event `TE_AGENT`).\n\nEach member names the state the agent has just entered, with the same number as the `AGENT_STATE` member of that state (`AE_READY` = `AS_READY` = 1).The agent has become unable to handle calls.The agent has become able to handle calls.The agent is now handling an ACD call.The agent is now handling an incoming call that did not come through the ACD.The agent is now handling an outgoing call outside the ACD.The agent's new state is not known."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Agentenereignissen, die `ITAgentEvent::get_Event` liefert, wenn TAPI eine Änderung an einem Agentenobjekt meldet (Ereignis `TE_AGENT`). Jeder Wert nennt den Zustand, in den der Agent gerade gewechselt ist, und trägt dieselbe Nummer wie das Mitglied von `AGENT_STATE` für diesen Zustand (`AE_READY` = `AS_READY` = 1).Der Agent kann keine Anrufe mehr bearbeiten.Der Agent kann jetzt Anrufe bearbeiten.Der Agent bearbeitet jetzt einen ACD-Anruf.Der Agent bearbeitet jetzt einen eingehenden Anruf, der nicht über die ACD kam.Der Agent bearbeitet jetzt einen ausgehenden Anruf außerhalb der ACD.Der neue Zustand des Agenten ist nicht bekannt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’événements d’agent, renvoyés par `ITAgentEvent::get_Event` lorsque TAPI signale un changement d’un objet agent (événement `TE_AGENT`). Chaque membre désigne l’état dans lequel l’agent vient de passer et porte le même numéro que le membre `AGENT_STATE` de cet état (`AE_READY` = `AS_READY` = 1).L’agent n’est plus en mesure de traiter des appels.L’agent est désormais en mesure de traiter des appels.L’agent traite désormais un appel ACD.L’agent traite désormais un appel entrant qui n’est pas passé par l’ACD.L’agent traite désormais un appel sortant hors ACD.Le nouvel état de l’agent n’est pas connu."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "AgentEvent",
            prefix: "AE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3cc.h"),
            c_type: __tapi::Some("AGENT_EVENT"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "AE_NOT_READY",
                    "AE_READY",
                    "AE_BUSY_ACD",
                    "AE_BUSY_INCOMING",
                    "AE_BUSY_OUTGOING",
                    "AE_UNKNOWN",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x14\x01\0\0\0\0\0\0I\x01\0\0\0\0\0\0B\x01\0\0\xFF\xFF\0\0\0\0\x14\x01\0\0,\0\0\0I\x01\0\0,\0\0\0B\x01\0\x007\0\0\0\xFF\xFF\0\0\0\0@\x01\0\0*\0\0\0u\x01\0\0'\0\0\0y\x01\0\09\0\0\0\xFF\xFF\0\0\0\0j\x01\0\0&\0\0\0\x9C\x01\0\0+\0\0\0\xB2\x01\0\0)\0\0\0\xFF\xFF\0\0\0\0\x90\x01\0\0M\0\0\0\xC7\x01\0\0P\0\0\0\xDB\x01\0\0P\0\0\0\xFF\xFF\0\0\0\0\xDD\x01\0\0;\0\0\0\x17\x02\0\0F\0\0\0+\x02\0\x006\0\0\0\xFF\xFF\0\0\0\0\x18\x02\0\0#\0\0\0]\x02\0\0/\0\0\0a\x02\0\0/\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "AE_NOT_READY",
                        "AE_READY",
                        "AE_BUSY_ACD",
                        "AE_BUSY_INCOMING",
                        "AE_BUSY_OUTGOING",
                        "AE_UNKNOWN",
                        "NOT_READY",
                        "READY",
                        "BUSY_ACD",
                        "BUSY_INCOMING",
                        "BUSY_OUTGOING",
                        "UNKNOWN",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\x08\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x05\0\xFF\xFF\xFF\xFF\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x01\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `AE_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3cc.h`.\n\n| Constant | Value |\n|---|---|\n| `AE_NOT_READY` | `0x00000000` |\n| `AE_READY` | `0x00000001` |\n| `AE_BUSY_ACD` | `0x00000002` |\n| `AE_BUSY_INCOMING` | `0x00000003` |\n| `AE_BUSY_OUTGOING` | `0x00000004` |\n| `AE_UNKNOWN` | `0x00000005` |\n\n# Deutsch\n\nArten von Agentenereignissen, die `ITAgentEvent::get_Event` liefert, wenn TAPI eine Änderung an einem Agentenobjekt meldet (Ereignis `TE_AGENT`). Jeder Wert nennt den Zustand, in den der Agent gerade gewechselt ist, und trägt dieselbe Nummer wie das Mitglied von `AGENT_STATE` für diesen Zustand (`AE_READY` = `AS_READY` = 1).\n\n- `AE_NOT_READY`: Der Agent kann keine Anrufe mehr bearbeiten.\n- `AE_READY`: Der Agent kann jetzt Anrufe bearbeiten.\n- `AE_BUSY_ACD`: Der Agent bearbeitet jetzt einen ACD-Anruf.\n- `AE_BUSY_INCOMING`: Der Agent bearbeitet jetzt einen eingehenden Anruf, der nicht über die ACD kam.\n- `AE_BUSY_OUTGOING`: Der Agent bearbeitet jetzt einen ausgehenden Anruf außerhalb der ACD.\n- `AE_UNKNOWN`: Der neue Zustand des Agenten ist nicht bekannt.\n\n# Français\n\nTypes d’événements d’agent, renvoyés par `ITAgentEvent::get_Event` lorsque TAPI signale un changement d’un objet agent (événement `TE_AGENT`). Chaque membre désigne l’état dans lequel l’agent vient de passer et porte le même numéro que le membre `AGENT_STATE` de cet état (`AE_READY` = `AS_READY` = 1).\n\n- `AE_NOT_READY`: L’agent n’est plus en mesure de traiter des appels.\n- `AE_READY`: L’agent est désormais en mesure de traiter des appels.\n- `AE_BUSY_ACD`: L’agent traite désormais un appel ACD.\n- `AE_BUSY_INCOMING`: L’agent traite désormais un appel entrant qui n’est pas passé par l’ACD.\n- `AE_BUSY_OUTGOING`: L’agent traite désormais un appel sortant hors ACD.\n- `AE_UNKNOWN`: Le nouvel état de l’agent n’est pas connu.\n"
    )]
    impl AgentEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NotReady,
            Self::Ready,
            Self::BusyAcd,
            Self::BusyIncoming,
            Self::BusyOutgoing,
            Self::Unknown,
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
                0 => __tapi::Some(Self::NotReady),
                1 => __tapi::Some(Self::Ready),
                2 => __tapi::Some(Self::BusyAcd),
                3 => __tapi::Some(Self::BusyIncoming),
                4 => __tapi::Some(Self::BusyOutgoing),
                5 => __tapi::Some(Self::Unknown),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `AE_NOT_READY`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for AgentEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<AgentEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: AgentEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for AgentEvent {
        type Error = ::tapi_consts::UnknownValueError<AgentEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for AgentEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for AgentEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(AgentEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(AgentEvent);
};
/// Kinds of agent session event, returned by `ITAgentSessionEvent::get_Event` (event
/// `TE_AGENTSESSION`).
///
/// Apart from `ASE_NEW_SESSION`, each member reports the state the session has just entered
/// and is one more than the matching `AGENT_SESSION_STATE` value (`ASE_READY` = 2,
/// `ASST_READY` = 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum AgentSessionEvent {
    /// An agent session has just been created.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ASE_NEW_SESSION` = `0x00000000`")]
    NewSession = 0,
    /// The agent can no longer handle calls for this session.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ASE_NOT_READY` = `0x00000001`")]
    NotReady = 1,
    /// The agent can now handle calls for this session.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ASE_READY` = `0x00000002`")]
    Ready = 2,
    /// The agent is now handling an ACD call in this session.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ASE_BUSY` = `0x00000003`")]
    Busy = 3,
    /// The agent has moved on to the wrap-up work of an ACD call in this session.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ASE_WRAPUP` = `0x00000004`")]
    WrapUp = 4,
    /// The agent session has come to an end.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ASE_END` = `0x00000005`")]
    End = 5,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of agent session event, returned by `ITAgentSessionEvent::get_Event` (event `TE_AGENTSESSION`).\n\nApart from `ASE_NEW_SESSION`, each member reports the state the session has just entered and is one more than the matching `AGENT_SESSION_STATE` value (`ASE_READY` = 2, `ASST_READY` = 1).An agent session has just been created.The agent can no longer handle calls for this session.The agent can now handle calls for this session.The agent is now handling an ACD call in this session.The agent has moved on to the wrap-up work of an ACD call in this session.The agent session has come to an end."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Ereignissen einer Agentensitzung, die `ITAgentSessionEvent::get_Event` liefert (Ereignis `TE_AGENTSESSION`). Abgesehen von `ASE_NEW_SESSION` meldet jeder Wert den Zustand, in den die Agentensitzung gerade gewechselt ist, und ist um eins größer als der entsprechende Wert von `AGENT_SESSION_STATE` (`ASE_READY` = 2, `ASST_READY` = 1).Eine Agentensitzung wurde soeben angelegt.Der Agent kann in dieser Agentensitzung keine Anrufe mehr bearbeiten.Der Agent kann in dieser Agentensitzung jetzt Anrufe bearbeiten.Der Agent bearbeitet in dieser Agentensitzung jetzt einen ACD-Anruf.Der Agent hat in dieser Agentensitzung mit der Nachbearbeitung eines ACD-Anrufs begonnen.Die Agentensitzung ist zu Ende gegangen."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’événements de session d’agent, renvoyés par `ITAgentSessionEvent::get_Event` (événement `TE_AGENTSESSION`). Hormis `ASE_NEW_SESSION`, chaque membre signale l’état dans lequel la session vient de passer et vaut un de plus que la valeur `AGENT_SESSION_STATE` correspondante (`ASE_READY` = 2, `ASST_READY` = 1).Une session d’agent vient d’être créée.L’agent ne peut plus traiter d’appels pour cette session.L’agent peut désormais traiter des appels pour cette session.L’agent traite désormais un appel ACD dans cette session.L’agent est passé au post-traitement d’un appel ACD dans cette session.La session d’agent a pris fin."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "AgentSessionEvent",
            prefix: "ASE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3cc.h"),
            c_type: __tapi::Some("AGENT_SESSION_EVENT"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "ASE_NEW_SESSION",
                    "ASE_NOT_READY",
                    "ASE_READY",
                    "ASE_BUSY",
                    "ASE_WRAPUP",
                    "ASE_END",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\"\x01\0\0\0\0\0\0Y\x01\0\0\0\0\0\0H\x01\0\0\xFF\xFF\0\0\0\0\"\x01\0\0'\0\0\0Y\x01\0\0*\0\0\0H\x01\0\0.\0\0\0\xFF\xFF\0\0\0\0I\x01\0\x006\0\0\0\x83\x01\0\0E\0\0\0v\x01\0\0=\0\0\0\xFF\xFF\0\0\0\0\x7F\x01\0\x000\0\0\0\xC8\x01\0\0@\0\0\0\xB3\x01\0\0@\0\0\0\xFF\xFF\0\0\0\0\xAF\x01\0\x006\0\0\0\x08\x02\0\0D\0\0\0\xF3\x01\0\0<\0\0\0\xFF\xFF\0\0\0\0\xE5\x01\0\0J\0\0\0L\x02\0\0Y\0\0\0/\x02\0\0L\0\0\0\xFF\xFF\0\0\0\0/\x02\0\0%\0\0\0\xA5\x02\0\0(\0\0\0{\x02\0\0 \0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "ASE_NEW_SESSION",
                        "ASE_NOT_READY",
                        "ASE_READY",
                        "ASE_BUSY",
                        "ASE_WRAPUP",
                        "ASE_END",
                        "NEW_SESSION",
                        "NOT_READY",
                        "READY",
                        "BUSY",
                        "WRAPUP",
                        "END",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 9356357495300657340u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x02\0\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `ASE_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3cc.h`.\n\n| Constant | Value |\n|---|---|\n| `ASE_NEW_SESSION` | `0x00000000` |\n| `ASE_NOT_READY` | `0x00000001` |\n| `ASE_READY` | `0x00000002` |\n| `ASE_BUSY` | `0x00000003` |\n| `ASE_WRAPUP` | `0x00000004` |\n| `ASE_END` | `0x00000005` |\n\n# Deutsch\n\nArten von Ereignissen einer Agentensitzung, die `ITAgentSessionEvent::get_Event` liefert (Ereignis `TE_AGENTSESSION`). Abgesehen von `ASE_NEW_SESSION` meldet jeder Wert den Zustand, in den die Agentensitzung gerade gewechselt ist, und ist um eins größer als der entsprechende Wert von `AGENT_SESSION_STATE` (`ASE_READY` = 2, `ASST_READY` = 1).\n\n- `ASE_NEW_SESSION`: Eine Agentensitzung wurde soeben angelegt.\n- `ASE_NOT_READY`: Der Agent kann in dieser Agentensitzung keine Anrufe mehr bearbeiten.\n- `ASE_READY`: Der Agent kann in dieser Agentensitzung jetzt Anrufe bearbeiten.\n- `ASE_BUSY`: Der Agent bearbeitet in dieser Agentensitzung jetzt einen ACD-Anruf.\n- `ASE_WRAPUP`: Der Agent hat in dieser Agentensitzung mit der Nachbearbeitung eines ACD-Anrufs begonnen.\n- `ASE_END`: Die Agentensitzung ist zu Ende gegangen.\n\n# Français\n\nTypes d’événements de session d’agent, renvoyés par `ITAgentSessionEvent::get_Event` (événement `TE_AGENTSESSION`). Hormis `ASE_NEW_SESSION`, chaque membre signale l’état dans lequel la session vient de passer et vaut un de plus que la valeur `AGENT_SESSION_STATE` correspondante (`ASE_READY` = 2, `ASST_READY` = 1).\n\n- `ASE_NEW_SESSION`: Une session d’agent vient d’être créée.\n- `ASE_NOT_READY`: L’agent ne peut plus traiter d’appels pour cette session.\n- `ASE_READY`: L’agent peut désormais traiter des appels pour cette session.\n- `ASE_BUSY`: L’agent traite désormais un appel ACD dans cette session.\n- `ASE_WRAPUP`: L’agent est passé au post-traitement d’un appel ACD dans cette session.\n- `ASE_END`: La session d’agent a pris fin.\n"
    )]
    impl AgentSessionEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NewSession,
            Self::NotReady,
            Self::Ready,
            Self::Busy,
            Self::WrapUp,
            Self::End,
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
                0 => __tapi::Some(Self::NewSession),
                1 => __tapi::Some(Self::NotReady),
                2 => __tapi::Some(Self::Ready),
                3 => __tapi::Some(Self::Busy),
                4 => __tapi::Some(Self::WrapUp),
                5 => __tapi::Some(Self::End),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `ASE_NEW_SESSION`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for AgentSessionEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<AgentSessionEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: AgentSessionEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for AgentSessionEvent {
        type Error = ::tapi_consts::UnknownValueError<AgentSessionEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for AgentSessionEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for AgentSessionEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(AgentSessionEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(AgentSessionEvent);
};
/// Kinds of agent handler event, returned by `ITAgentHandlerEvent::get_Event` (event
/// `TE_AGENTHANDLER`).
///
/// An agent handler stands for the switch or software that hands calls to a group of agents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum AgentHandlerEvent {
    /// A new agent handler is available to the application.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AHE_NEW_AGENTHANDLER` = `0x00000000`")]
    NewAgentHandler = 0,
    /// An agent handler is no longer available to the application.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`AHE_AGENTHANDLER_REMOVED` = `0x00000001`")]
    AgentHandlerRemoved = 1,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of agent handler event, returned by `ITAgentHandlerEvent::get_Event` (event `TE_AGENTHANDLER`).\n\nAn agent handler stands for the switch or software that hands calls to a group of agents.A new agent handler is available to the application.An agent handler is no longer available to the application."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Agentenhandler-Ereignissen, die `ITAgentHandlerEvent::get_Event` liefert (Ereignis `TE_AGENTHANDLER`). Ein Agentenhandler steht für die Vermittlung oder die Software, die Anrufe an eine Gruppe von Agenten verteilt.Der Anwendung steht ein neuer Agentenhandler zur Verfügung.Ein Agentenhandler steht der Anwendung nicht mehr zur Verfügung."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’événements de gestionnaire d’agents, renvoyés par `ITAgentHandlerEvent::get_Event` (événement `TE_AGENTHANDLER`). Un gestionnaire d’agents représente le commutateur ou le logiciel qui distribue les appels à un groupe d’agents.Un nouveau gestionnaire d’agents est à la disposition de l’application.Un gestionnaire d’agents n’est plus à la disposition de l’application."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "AgentHandlerEvent",
            prefix: "AHE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3cc.h"),
            c_type: __tapi::Some("AGENTHANDLER_EVENT"),
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["AHE_NEW_AGENTHANDLER", "AHE_AGENTHANDLER_REMOVED"],
                bits: &[0u64, 1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xC0\0\0\0\0\0\0\0\xE1\0\0\0\0\0\0\0\xF9\0\0\0\xFF\xFF\0\0\0\0\xC0\0\0\x004\0\0\0\xE1\0\0\0<\0\0\0\xF9\0\0\0L\0\0\0\xFF\xFF\0\0\0\0\xF4\0\0\0;\0\0\0\x1D\x01\0\0A\0\0\0E\x01\0\0M\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "AHE_NEW_AGENTHANDLER",
                        "AHE_AGENTHANDLER_REMOVED",
                        "NEW_AGENTHANDLER",
                        "AGENTHANDLER_REMOVED",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `AHE_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3cc.h`.\n\n| Constant | Value |\n|---|---|\n| `AHE_NEW_AGENTHANDLER` | `0x00000000` |\n| `AHE_AGENTHANDLER_REMOVED` | `0x00000001` |\n\n# Deutsch\n\nArten von Agentenhandler-Ereignissen, die `ITAgentHandlerEvent::get_Event` liefert (Ereignis `TE_AGENTHANDLER`). Ein Agentenhandler steht für die Vermittlung oder die Software, die Anrufe an eine Gruppe von Agenten verteilt.\n\n- `AHE_NEW_AGENTHANDLER`: Der Anwendung steht ein neuer Agentenhandler zur Verfügung.\n- `AHE_AGENTHANDLER_REMOVED`: Ein Agentenhandler steht der Anwendung nicht mehr zur Verfügung.\n\n# Français\n\nTypes d’événements de gestionnaire d’agents, renvoyés par `ITAgentHandlerEvent::get_Event` (événement `TE_AGENTHANDLER`). Un gestionnaire d’agents représente le commutateur ou le logiciel qui distribue les appels à un groupe d’agents.\n\n- `AHE_NEW_AGENTHANDLER`: Un nouveau gestionnaire d’agents est à la disposition de l’application.\n- `AHE_AGENTHANDLER_REMOVED`: Un gestionnaire d’agents n’est plus à la disposition de l’application.\n"
    )]
    impl AgentHandlerEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NewAgentHandler,
            Self::AgentHandlerRemoved,
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
                0 => __tapi::Some(Self::NewAgentHandler),
                1 => __tapi::Some(Self::AgentHandlerRemoved),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `AHE_NEW_AGENTHANDLER`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for AgentHandlerEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<AgentHandlerEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: AgentHandlerEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for AgentHandlerEvent {
        type Error = ::tapi_consts::UnknownValueError<AgentHandlerEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for AgentHandlerEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for AgentHandlerEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(AgentHandlerEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(AgentHandlerEvent);
};
/// Kinds of ACD queue event, returned by `ITQueueEvent::get_Event` (event `TE_QUEUE`).
///
/// A queue holds calls inside the ACD until an agent can take them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum AcdQueueEvent {
    /// A new ACD queue is now available.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ACDQE_NEW_QUEUE` = `0x00000000`")]
    NewQueue = 0,
    /// An ACD queue is no longer available.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ACDQE_QUEUE_REMOVED` = `0x00000001`")]
    QueueRemoved = 1,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of ACD queue event, returned by `ITQueueEvent::get_Event` (event `TE_QUEUE`).\n\nA queue holds calls inside the ACD until an agent can take them.A new ACD queue is now available.An ACD queue is no longer available."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Ereignissen zu ACD-Warteschlangen, die `ITQueueEvent::get_Event` liefert (Ereignis `TE_QUEUE`). Eine Warteschlange hält Anrufe in der ACD fest, bis ein Agent sie annehmen kann.Eine neue ACD-Warteschlange ist verfügbar.Eine ACD-Warteschlange ist nicht mehr verfügbar."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’événements de file d’attente ACD, renvoyés par `ITQueueEvent::get_Event` (événement `TE_QUEUE`). Une file d’attente retient les appels dans l’ACD jusqu’à ce qu’un agent puisse les prendre.Une nouvelle file d’attente ACD est disponible.Une file d’attente ACD n’est plus disponible."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "AcdQueueEvent",
            prefix: "ACDQE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3cc.h"),
            c_type: __tapi::Some("ACDQUEUE_EVENT"),
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["ACDQE_NEW_QUEUE", "ACDQE_QUEUE_REMOVED"],
                bits: &[0u64, 1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x95\0\0\0\0\0\0\0\xBB\0\0\0\0\0\0\0\xD6\0\0\0\xFF\xFF\0\0\0\0\x95\0\0\0!\0\0\0\xBB\0\0\0+\0\0\0\xD6\0\0\x001\0\0\0\xFF\xFF\0\0\0\0\xB6\0\0\0$\0\0\0\xE6\0\0\x001\0\0\0\x07\x01\0\x001\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "ACDQE_NEW_QUEUE",
                        "ACDQE_QUEUE_REMOVED",
                        "NEW_QUEUE",
                        "QUEUE_REMOVED",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `ACDQE_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3cc.h`.\n\n| Constant | Value |\n|---|---|\n| `ACDQE_NEW_QUEUE` | `0x00000000` |\n| `ACDQE_QUEUE_REMOVED` | `0x00000001` |\n\n# Deutsch\n\nArten von Ereignissen zu ACD-Warteschlangen, die `ITQueueEvent::get_Event` liefert (Ereignis `TE_QUEUE`). Eine Warteschlange hält Anrufe in der ACD fest, bis ein Agent sie annehmen kann.\n\n- `ACDQE_NEW_QUEUE`: Eine neue ACD-Warteschlange ist verfügbar.\n- `ACDQE_QUEUE_REMOVED`: Eine ACD-Warteschlange ist nicht mehr verfügbar.\n\n# Français\n\nTypes d’événements de file d’attente ACD, renvoyés par `ITQueueEvent::get_Event` (événement `TE_QUEUE`). Une file d’attente retient les appels dans l’ACD jusqu’à ce qu’un agent puisse les prendre.\n\n- `ACDQE_NEW_QUEUE`: Une nouvelle file d’attente ACD est disponible.\n- `ACDQE_QUEUE_REMOVED`: Une file d’attente ACD n’est plus disponible.\n"
    )]
    impl AcdQueueEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::NewQueue, Self::QueueRemoved];
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
                0 => __tapi::Some(Self::NewQueue),
                1 => __tapi::Some(Self::QueueRemoved),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `ACDQE_NEW_QUEUE`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for AcdQueueEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<AcdQueueEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: AcdQueueEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for AcdQueueEvent {
        type Error = ::tapi_consts::UnknownValueError<AcdQueueEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for AcdQueueEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for AcdQueueEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(AcdQueueEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(AcdQueueEvent);
};
/// Kinds of ACD group event, returned by `ITACDGroupEvent::get_Event` (event `TE_ACDGROUP`).
///
/// An ACD group stands for one class of calls that needs a particular kind of handling; one or
/// more queues serve it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum AcdGroupEvent {
    /// A new ACD group is now available.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ACDGE_NEW_GROUP` = `0x00000000`")]
    NewGroup = 0,
    /// An ACD group is no longer available.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ACDGE_GROUP_REMOVED` = `0x00000001`")]
    GroupRemoved = 1,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of ACD group event, returned by `ITACDGroupEvent::get_Event` (event `TE_ACDGROUP`).\n\nAn ACD group stands for one class of calls that needs a particular kind of handling; one or more queues serve it.A new ACD group is now available.An ACD group is no longer available."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Ereignissen zu ACD-Gruppen, die `ITACDGroupEvent::get_Event` liefert (Ereignis `TE_ACDGROUP`). Eine ACD-Gruppe steht für eine Art von Anrufen, die eine bestimmte Behandlung erfordert, und wird von einer oder mehreren Warteschlangen bedient.Eine neue ACD-Gruppe ist verfügbar.Eine ACD-Gruppe ist nicht mehr verfügbar."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’événements de groupe ACD, renvoyés par `ITACDGroupEvent::get_Event` (événement `TE_ACDGROUP`). Un groupe ACD représente une catégorie d’appels qui demande un traitement particulier et que desservent une ou plusieurs files d’attente.Un nouveau groupe ACD est disponible.Un groupe ACD n’est plus disponible."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "AcdGroupEvent",
            prefix: "ACDGE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3cc.h"),
            c_type: __tapi::Some("ACDGROUP_EVENT"),
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["ACDGE_NEW_GROUP", "ACDGE_GROUP_REMOVED"],
                bits: &[0u64, 1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xCC\0\0\0\0\0\0\0\xFB\0\0\0\0\0\0\0\xFD\0\0\0\xFF\xFF\0\0\0\0\xCC\0\0\0!\0\0\0\xFB\0\0\0$\0\0\0\xFD\0\0\0%\0\0\0\xFF\xFF\0\0\0\0\xED\0\0\0$\0\0\0\x1F\x01\0\0*\0\0\0\"\x01\0\0&\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "ACDGE_NEW_GROUP",
                        "ACDGE_GROUP_REMOVED",
                        "NEW_GROUP",
                        "GROUP_REMOVED",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `ACDGE_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3cc.h`.\n\n| Constant | Value |\n|---|---|\n| `ACDGE_NEW_GROUP` | `0x00000000` |\n| `ACDGE_GROUP_REMOVED` | `0x00000001` |\n\n# Deutsch\n\nArten von Ereignissen zu ACD-Gruppen, die `ITACDGroupEvent::get_Event` liefert (Ereignis `TE_ACDGROUP`). Eine ACD-Gruppe steht für eine Art von Anrufen, die eine bestimmte Behandlung erfordert, und wird von einer oder mehreren Warteschlangen bedient.\n\n- `ACDGE_NEW_GROUP`: Eine neue ACD-Gruppe ist verfügbar.\n- `ACDGE_GROUP_REMOVED`: Eine ACD-Gruppe ist nicht mehr verfügbar.\n\n# Français\n\nTypes d’événements de groupe ACD, renvoyés par `ITACDGroupEvent::get_Event` (événement `TE_ACDGROUP`). Un groupe ACD représente une catégorie d’appels qui demande un traitement particulier et que desservent une ou plusieurs files d’attente.\n\n- `ACDGE_NEW_GROUP`: Un nouveau groupe ACD est disponible.\n- `ACDGE_GROUP_REMOVED`: Un groupe ACD n’est plus disponible.\n"
    )]
    impl AcdGroupEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::NewGroup, Self::GroupRemoved];
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
                0 => __tapi::Some(Self::NewGroup),
                1 => __tapi::Some(Self::GroupRemoved),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `ACDGE_NEW_GROUP`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for AcdGroupEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<AcdGroupEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: AcdGroupEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for AcdGroupEvent {
        type Error = ::tapi_consts::UnknownValueError<AcdGroupEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for AcdGroupEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for AcdGroupEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(AcdGroupEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(AcdGroupEvent);
};
/// Kinds of event a media service provider (MSP) reports to TAPI 3; the value says which
/// structure of the union in `MSP_EVENT_INFO` is filled in.
///
/// TAPI reads these events from the MSP's address object with `ITMSPAddress::GetEvent`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum MspEvent {
    /// The event concerns an address of the MSP; the data is an `MSP_ADDRESS_EVENT_INFO`
    /// structure.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ME_ADDRESS_EVENT` = `0x00000000`")]
    AddressEvent = 0,
    /// The event concerns the streams or terminals of a call; the data is an
    /// `MSP_CALL_EVENT_INFO` structure.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ME_CALL_EVENT` = `0x00000001`")]
    CallEvent = 1,
    /// The MSP hands an opaque buffer for its telephony service provider (TSP) to TAPI; the data
    /// is an `MSP_TSP_DATA` structure.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ME_TSP_DATA` = `0x00000002`")]
    TspData = 2,
    /// The event is specific to the provider and concerns a private object; the data is an
    /// `MSP_PRIVATE_EVENT_INFO` structure.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ME_PRIVATE_EVENT` = `0x00000003`")]
    PrivateEvent = 3,
    /// The event comes from an automatic speech recognition (ASR) terminal; the data is an
    /// `MSP_ASR_TERMINAL_EVENT_INFO` structure.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ME_ASR_TERMINAL_EVENT` = `0x00000004`")]
    AsrTerminalEvent = 4,
    /// The event comes from a text-to-speech (TTS) terminal; the data is an
    /// `MSP_TTS_TERMINAL_EVENT_INFO` structure.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ME_TTS_TERMINAL_EVENT` = `0x00000005`")]
    TtsTerminalEvent = 5,
    /// The event comes from a file terminal, which plays or records a file; the data is an
    /// `MSP_FILE_TERMINAL_EVENT_INFO` structure.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ME_FILE_TERMINAL_EVENT` = `0x00000006`")]
    FileTerminalEvent = 6,
    /// The event comes from a tone terminal; the data is an `MSP_TONE_TERMINAL_EVENT_INFO`
    /// structure.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ME_TONE_TERMINAL_EVENT` = `0x00000007`")]
    ToneTerminalEvent = 7,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of event a media service provider (MSP) reports to TAPI 3; the value says which structure of the union in `MSP_EVENT_INFO` is filled in.\n\nTAPI reads these events from the MSP's address object with `ITMSPAddress::GetEvent`.The event concerns an address of the MSP; the data is an `MSP_ADDRESS_EVENT_INFO` structure.The event concerns the streams or terminals of a call; the data is an `MSP_CALL_EVENT_INFO` structure.The MSP hands an opaque buffer for its telephony service provider (TSP) to TAPI; the data is an `MSP_TSP_DATA` structure.The event is specific to the provider and concerns a private object; the data is an `MSP_PRIVATE_EVENT_INFO` structure.The event comes from an automatic speech recognition (ASR) terminal; the data is an `MSP_ASR_TERMINAL_EVENT_INFO` structure.The event comes from a text-to-speech (TTS) terminal; the data is an `MSP_TTS_TERMINAL_EVENT_INFO` structure.The event comes from a file terminal, which plays or records a file; the data is an `MSP_FILE_TERMINAL_EVENT_INFO` structure.The event comes from a tone terminal; the data is an `MSP_TONE_TERMINAL_EVENT_INFO` structure."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Ereignissen, die ein MSP (Mediendienstanbieter) an TAPI 3 meldet; der Wert gibt an, welche Struktur der Union in `MSP_EVENT_INFO` ausgefüllt ist. TAPI liest diese Ereignisse mit `ITMSPAddress::GetEvent` aus dem Adressobjekt des MSP.Das Ereignis betrifft eine Adresse des MSP; die Daten liegen als Struktur `MSP_ADDRESS_EVENT_INFO` vor.Das Ereignis betrifft die Medienströme oder Terminals eines Anrufs; die Daten liegen als Struktur `MSP_CALL_EVENT_INFO` vor.Der MSP übergibt TAPI einen opaken Puffer für seinen Telefonie-Dienstanbieter (TSP); die Daten liegen als Struktur `MSP_TSP_DATA` vor.Das Ereignis ist anbieterspezifisch und betrifft ein privates Objekt; die Daten liegen als Struktur `MSP_PRIVATE_EVENT_INFO` vor.Das Ereignis stammt von einem Terminal für automatische Spracherkennung (ASR); die Daten liegen als Struktur `MSP_ASR_TERMINAL_EVENT_INFO` vor.Das Ereignis stammt von einem Terminal für Sprachsynthese (TTS); die Daten liegen als Struktur `MSP_TTS_TERMINAL_EVENT_INFO` vor.Das Ereignis stammt von einem Dateiterminal, das eine Datei abspielt oder aufzeichnet; die Daten liegen als Struktur `MSP_FILE_TERMINAL_EVENT_INFO` vor.Das Ereignis stammt von einem Tonterminal; die Daten liegen als Struktur `MSP_TONE_TERMINAL_EVENT_INFO` vor."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’événements qu’un MSP (fournisseur de services de média) signale à TAPI 3 ; la valeur indique quelle structure de l’union de `MSP_EVENT_INFO` est remplie. TAPI lit ces événements sur l’objet adresse du MSP au moyen de `ITMSPAddress::GetEvent`.L’événement concerne une adresse du MSP ; les données forment une structure `MSP_ADDRESS_EVENT_INFO`.L’événement concerne les flux de média ou les terminaux d’un appel ; les données forment une structure `MSP_CALL_EVENT_INFO`.Le MSP confie à TAPI une mémoire tampon opaque destinée à son fournisseur de services téléphoniques (TSP) ; les données forment une structure `MSP_TSP_DATA`.L’événement est propre au fournisseur et concerne un objet privé ; les données forment une structure `MSP_PRIVATE_EVENT_INFO`.L’événement provient d’un terminal de reconnaissance automatique de la parole (ASR) ; les données forment une structure `MSP_ASR_TERMINAL_EVENT_INFO`.L’événement provient d’un terminal de synthèse vocale (TTS) ; les données forment une structure `MSP_TTS_TERMINAL_EVENT_INFO`.L’événement provient d’un terminal de fichier, qui lit ou enregistre un fichier ; les données forment une structure `MSP_FILE_TERMINAL_EVENT_INFO`.L’événement provient d’un terminal de tonalités ; les données forment une structure `MSP_TONE_TERMINAL_EVENT_INFO`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "MspEvent",
            prefix: "ME_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Msp.h"),
            c_type: __tapi::Some("MSP_EVENT"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "ME_ADDRESS_EVENT",
                    "ME_CALL_EVENT",
                    "ME_TSP_DATA",
                    "ME_PRIVATE_EVENT",
                    "ME_ASR_TERMINAL_EVENT",
                    "ME_TTS_TERMINAL_EVENT",
                    "ME_FILE_TERMINAL_EVENT",
                    "ME_TONE_TERMINAL_EVENT",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xE4\0\0\0\0\0\0\0\xF3\0\0\0\0\0\0\0\x08\x01\0\0\xFF\xFF\0\0\0\0\xE4\0\0\0\\\0\0\0\xF3\0\0\0g\0\0\0\x08\x01\0\0j\0\0\0\xFF\xFF\0\0\0\0@\x01\0\0f\0\0\0Z\x01\0\0}\0\0\0r\x01\0\0\x85\0\0\0\xFF\xFF\0\0\0\0\xA6\x01\0\0y\0\0\0\xD7\x01\0\0\x88\0\0\0\xF7\x01\0\0\xA4\0\0\0\xFF\xFF\0\0\0\0\x1F\x02\0\0w\0\0\0_\x02\0\0\x81\0\0\0\x9B\x02\0\0\x84\0\0\0\x03\x01\0\0\0\0\x96\x02\0\0|\0\0\0\xE0\x02\0\0\x90\0\0\0\x1F\x03\0\0\x9D\0\0\0\x03\x01\0\0\0\0\x12\x03\0\0m\0\0\0p\x03\0\0\x82\0\0\0\xBC\x03\0\0\x86\0\0\0\x03\x01\0\0\0\0\x7F\x03\0\0}\0\0\0\xF2\x03\0\0\x98\0\0\0B\x04\0\0\x9A\0\0\0\x03\x01\0\0\0\0\xFC\x03\0\0^\0\0\0\x8A\x04\0\0l\0\0\0\xDC\x04\0\0{\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "ME_ADDRESS_EVENT",
                        "ME_CALL_EVENT",
                        "ME_TSP_DATA",
                        "ME_PRIVATE_EVENT",
                        "ME_ASR_TERMINAL_EVENT",
                        "ME_TTS_TERMINAL_EVENT",
                        "ME_FILE_TERMINAL_EVENT",
                        "ME_TONE_TERMINAL_EVENT",
                        "ADDRESS_EVENT",
                        "CALL_EVENT",
                        "TSP_DATA",
                        "PRIVATE_EVENT",
                        "ASR_TERMINAL_EVENT",
                        "TTS_TERMINAL_EVENT",
                        "FILE_TERMINAL_EVENT",
                        "TONE_TERMINAL_EVENT",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: true,
                        seed: 4678178747650328670u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\x08\0\0\0\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x02\0\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x06\0\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `ME_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Msp.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `ME_ADDRESS_EVENT` | `0x00000000` |  |\n| `ME_CALL_EVENT` | `0x00000001` |  |\n| `ME_TSP_DATA` | `0x00000002` |  |\n| `ME_PRIVATE_EVENT` | `0x00000003` |  |\n| `ME_ASR_TERMINAL_EVENT` | `0x00000004` | TAPI 3.1 |\n| `ME_TTS_TERMINAL_EVENT` | `0x00000005` | TAPI 3.1 |\n| `ME_FILE_TERMINAL_EVENT` | `0x00000006` | TAPI 3.1 |\n| `ME_TONE_TERMINAL_EVENT` | `0x00000007` | TAPI 3.1 |\n\n# Deutsch\n\nArten von Ereignissen, die ein MSP (Mediendienstanbieter) an TAPI 3 meldet; der Wert gibt an, welche Struktur der Union in `MSP_EVENT_INFO` ausgefüllt ist. TAPI liest diese Ereignisse mit `ITMSPAddress::GetEvent` aus dem Adressobjekt des MSP.\n\n- `ME_ADDRESS_EVENT`: Das Ereignis betrifft eine Adresse des MSP; die Daten liegen als Struktur `MSP_ADDRESS_EVENT_INFO` vor.\n- `ME_CALL_EVENT`: Das Ereignis betrifft die Medienströme oder Terminals eines Anrufs; die Daten liegen als Struktur `MSP_CALL_EVENT_INFO` vor.\n- `ME_TSP_DATA`: Der MSP übergibt TAPI einen opaken Puffer für seinen Telefonie-Dienstanbieter (TSP); die Daten liegen als Struktur `MSP_TSP_DATA` vor.\n- `ME_PRIVATE_EVENT`: Das Ereignis ist anbieterspezifisch und betrifft ein privates Objekt; die Daten liegen als Struktur `MSP_PRIVATE_EVENT_INFO` vor.\n- `ME_ASR_TERMINAL_EVENT`: Das Ereignis stammt von einem Terminal für automatische Spracherkennung (ASR); die Daten liegen als Struktur `MSP_ASR_TERMINAL_EVENT_INFO` vor.\n- `ME_TTS_TERMINAL_EVENT`: Das Ereignis stammt von einem Terminal für Sprachsynthese (TTS); die Daten liegen als Struktur `MSP_TTS_TERMINAL_EVENT_INFO` vor.\n- `ME_FILE_TERMINAL_EVENT`: Das Ereignis stammt von einem Dateiterminal, das eine Datei abspielt oder aufzeichnet; die Daten liegen als Struktur `MSP_FILE_TERMINAL_EVENT_INFO` vor.\n- `ME_TONE_TERMINAL_EVENT`: Das Ereignis stammt von einem Tonterminal; die Daten liegen als Struktur `MSP_TONE_TERMINAL_EVENT_INFO` vor.\n\n# Français\n\nTypes d’événements qu’un MSP (fournisseur de services de média) signale à TAPI 3 ; la valeur indique quelle structure de l’union de `MSP_EVENT_INFO` est remplie. TAPI lit ces événements sur l’objet adresse du MSP au moyen de `ITMSPAddress::GetEvent`.\n\n- `ME_ADDRESS_EVENT`: L’événement concerne une adresse du MSP ; les données forment une structure `MSP_ADDRESS_EVENT_INFO`.\n- `ME_CALL_EVENT`: L’événement concerne les flux de média ou les terminaux d’un appel ; les données forment une structure `MSP_CALL_EVENT_INFO`.\n- `ME_TSP_DATA`: Le MSP confie à TAPI une mémoire tampon opaque destinée à son fournisseur de services téléphoniques (TSP) ; les données forment une structure `MSP_TSP_DATA`.\n- `ME_PRIVATE_EVENT`: L’événement est propre au fournisseur et concerne un objet privé ; les données forment une structure `MSP_PRIVATE_EVENT_INFO`.\n- `ME_ASR_TERMINAL_EVENT`: L’événement provient d’un terminal de reconnaissance automatique de la parole (ASR) ; les données forment une structure `MSP_ASR_TERMINAL_EVENT_INFO`.\n- `ME_TTS_TERMINAL_EVENT`: L’événement provient d’un terminal de synthèse vocale (TTS) ; les données forment une structure `MSP_TTS_TERMINAL_EVENT_INFO`.\n- `ME_FILE_TERMINAL_EVENT`: L’événement provient d’un terminal de fichier, qui lit ou enregistre un fichier ; les données forment une structure `MSP_FILE_TERMINAL_EVENT_INFO`.\n- `ME_TONE_TERMINAL_EVENT`: L’événement provient d’un terminal de tonalités ; les données forment une structure `MSP_TONE_TERMINAL_EVENT_INFO`.\n"
    )]
    impl MspEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::AddressEvent,
            Self::CallEvent,
            Self::TspData,
            Self::PrivateEvent,
            Self::AsrTerminalEvent,
            Self::TtsTerminalEvent,
            Self::FileTerminalEvent,
            Self::ToneTerminalEvent,
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
                0 => __tapi::Some(Self::AddressEvent),
                1 => __tapi::Some(Self::CallEvent),
                2 => __tapi::Some(Self::TspData),
                3 => __tapi::Some(Self::PrivateEvent),
                4 => __tapi::Some(Self::AsrTerminalEvent),
                5 => __tapi::Some(Self::TtsTerminalEvent),
                6 => __tapi::Some(Self::FileTerminalEvent),
                7 => __tapi::Some(Self::ToneTerminalEvent),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `ME_ADDRESS_EVENT`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for MspEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<MspEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: MspEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for MspEvent {
        type Error = ::tapi_consts::UnknownValueError<MspEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for MspEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for MspEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(MspEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(MspEvent);
};
/// Kinds of stream or terminal event an MSP reports for a call, in the `Type` member of
/// `MSP_CALL_EVENT_INFO` when the event is `ME_CALL_EVENT`.
///
/// The `CALL_MEDIA_EVENT` values (`CME_`) that applications receive carry the same numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum MspCallEvent {
    /// The call has created a new stream; the application may select a terminal for it or
    /// remove it from the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_NEW_STREAM` = `0x00000000`")]
    NewStream = 0,
    /// Setting up or starting the stream has failed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_STREAM_FAIL` = `0x00000001`")]
    StreamFail = 1,
    /// A terminal could not be connected.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_TERMINAL_FAIL` = `0x00000002`")]
    TerminalFail = 2,
    /// The stream is not used in the call, because the remote party turned it down.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_STREAM_NOT_USED` = `0x00000003`")]
    StreamNotUsed = 3,
    /// The stream has entered the running state and can now carry data; the TSP decides when
    /// this happens.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_STREAM_ACTIVE` = `0x00000004`")]
    StreamActive = 4,
    /// The stream can no longer send or receive data, for example because a sending stream has
    /// sent everything or a receiving stream gets nothing more.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_STREAM_INACTIVE` = `0x00000005`")]
    StreamInactive = 5,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of stream or terminal event an MSP reports for a call, in the `Type` member of `MSP_CALL_EVENT_INFO` when the event is `ME_CALL_EVENT`.\n\nThe `CALL_MEDIA_EVENT` values (`CME_`) that applications receive carry the same numbers.The call has created a new stream; the application may select a terminal for it or remove it from the call.Setting up or starting the stream has failed.A terminal could not be connected.The stream is not used in the call, because the remote party turned it down.The stream has entered the running state and can now carry data; the TSP decides when this happens.The stream can no longer send or receive data, for example because a sending stream has sent everything or a receiving stream gets nothing more."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Medienstrom- oder Terminalereignissen, die ein MSP für einen Anruf meldet, im Feld `Type` von `MSP_CALL_EVENT_INFO`, wenn das Ereignis `ME_CALL_EVENT` ist. Die Werte von `CALL_MEDIA_EVENT` (`CME_`), die Anwendungen erhalten, tragen dieselben Nummern.Der Anruf hat einen neuen Medienstrom angelegt; die Anwendung kann ein Terminal für ihn auswählen oder ihn aus dem Anruf entfernen.Das Einrichten oder Starten des Medienstroms ist fehlgeschlagen.Ein Terminal konnte nicht verbunden werden.Der Medienstrom wird im Anruf nicht verwendet, weil der entfernte Teilnehmer ihn abgelehnt hat.Der Medienstrom ist in den laufenden Zustand gewechselt und kann jetzt Daten übertragen; wann das geschieht, bestimmt der TSP.Der Medienstrom kann keine Daten mehr senden oder empfangen, etwa weil ein Sendestrom alles gesendet hat oder ein Empfangsstrom nichts mehr erhält."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’événements de flux de média ou de terminal qu’un MSP signale pour un appel, dans le membre `Type` de `MSP_CALL_EVENT_INFO` lorsque l’événement est `ME_CALL_EVENT`. Les valeurs `CALL_MEDIA_EVENT` (`CME_`) que reçoivent les applications portent les mêmes numéros.L’appel a créé un nouveau flux de média ; l’application peut lui associer un terminal ou le retirer de l’appel.La mise en place ou le démarrage du flux de média a échoué.Un terminal n’a pas pu être connecté.Le flux de média n’est pas utilisé dans l’appel, car le correspondant distant l’a refusé.Le flux de média est passé à l’état d’exécution et peut désormais transporter des données ; le TSP détermine à quel moment.Le flux de média ne peut plus envoyer ni recevoir de données, par exemple parce qu’un flux d’émission a tout envoyé ou qu’un flux de réception ne reçoit plus rien."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "MspCallEvent",
            prefix: "CALL_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Msp.h"),
            c_type: __tapi::Some("MSP_CALL_EVENT"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "CALL_NEW_STREAM",
                    "CALL_STREAM_FAIL",
                    "CALL_TERMINAL_FAIL",
                    "CALL_STREAM_NOT_USED",
                    "CALL_STREAM_ACTIVE",
                    "CALL_STREAM_INACTIVE",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xE7\0\0\0\0\0\0\0\x05\x01\0\0\0\0\0\0\x1B\x01\0\0\xFF\xFF\0\0\0\0\xE7\0\0\0k\0\0\0\x05\x01\0\0\x85\0\0\0\x1B\x01\0\0x\0\0\0\xFF\xFF\0\0\0\0R\x01\0\0-\0\0\0\x8A\x01\0\0@\0\0\0\x93\x01\0\0?\0\0\0\xFF\xFF\0\0\0\0\x7F\x01\0\0\"\0\0\0\xCA\x01\0\0+\0\0\0\xD2\x01\0\0)\0\0\0\xFF\xFF\0\0\0\0\xA1\x01\0\0L\0\0\0\xF5\x01\0\0_\0\0\0\xFB\x01\0\0b\0\0\0\xFF\xFF\0\0\0\0\xED\x01\0\0c\0\0\0T\x02\0\0\x7F\0\0\0]\x02\0\0\x88\0\0\0\xFF\xFF\0\0\0\0P\x02\0\0\x90\0\0\0\xD3\x02\0\0\x94\0\0\0\xE5\x02\0\0\xAF\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "CALL_NEW_STREAM",
                        "CALL_STREAM_FAIL",
                        "CALL_TERMINAL_FAIL",
                        "CALL_STREAM_NOT_USED",
                        "CALL_STREAM_ACTIVE",
                        "CALL_STREAM_INACTIVE",
                        "NEW_STREAM",
                        "STREAM_FAIL",
                        "TERMINAL_FAIL",
                        "STREAM_NOT_USED",
                        "STREAM_ACTIVE",
                        "STREAM_INACTIVE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CALL_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Msp.h`.\n\n| Constant | Value |\n|---|---|\n| `CALL_NEW_STREAM` | `0x00000000` |\n| `CALL_STREAM_FAIL` | `0x00000001` |\n| `CALL_TERMINAL_FAIL` | `0x00000002` |\n| `CALL_STREAM_NOT_USED` | `0x00000003` |\n| `CALL_STREAM_ACTIVE` | `0x00000004` |\n| `CALL_STREAM_INACTIVE` | `0x00000005` |\n\n# Deutsch\n\nArten von Medienstrom- oder Terminalereignissen, die ein MSP für einen Anruf meldet, im Feld `Type` von `MSP_CALL_EVENT_INFO`, wenn das Ereignis `ME_CALL_EVENT` ist. Die Werte von `CALL_MEDIA_EVENT` (`CME_`), die Anwendungen erhalten, tragen dieselben Nummern.\n\n- `CALL_NEW_STREAM`: Der Anruf hat einen neuen Medienstrom angelegt; die Anwendung kann ein Terminal für ihn auswählen oder ihn aus dem Anruf entfernen.\n- `CALL_STREAM_FAIL`: Das Einrichten oder Starten des Medienstroms ist fehlgeschlagen.\n- `CALL_TERMINAL_FAIL`: Ein Terminal konnte nicht verbunden werden.\n- `CALL_STREAM_NOT_USED`: Der Medienstrom wird im Anruf nicht verwendet, weil der entfernte Teilnehmer ihn abgelehnt hat.\n- `CALL_STREAM_ACTIVE`: Der Medienstrom ist in den laufenden Zustand gewechselt und kann jetzt Daten übertragen; wann das geschieht, bestimmt der TSP.\n- `CALL_STREAM_INACTIVE`: Der Medienstrom kann keine Daten mehr senden oder empfangen, etwa weil ein Sendestrom alles gesendet hat oder ein Empfangsstrom nichts mehr erhält.\n\n# Français\n\nTypes d’événements de flux de média ou de terminal qu’un MSP signale pour un appel, dans le membre `Type` de `MSP_CALL_EVENT_INFO` lorsque l’événement est `ME_CALL_EVENT`. Les valeurs `CALL_MEDIA_EVENT` (`CME_`) que reçoivent les applications portent les mêmes numéros.\n\n- `CALL_NEW_STREAM`: L’appel a créé un nouveau flux de média ; l’application peut lui associer un terminal ou le retirer de l’appel.\n- `CALL_STREAM_FAIL`: La mise en place ou le démarrage du flux de média a échoué.\n- `CALL_TERMINAL_FAIL`: Un terminal n’a pas pu être connecté.\n- `CALL_STREAM_NOT_USED`: Le flux de média n’est pas utilisé dans l’appel, car le correspondant distant l’a refusé.\n- `CALL_STREAM_ACTIVE`: Le flux de média est passé à l’état d’exécution et peut désormais transporter des données ; le TSP détermine à quel moment.\n- `CALL_STREAM_INACTIVE`: Le flux de média ne peut plus envoyer ni recevoir de données, par exemple parce qu’un flux d’émission a tout envoyé ou qu’un flux de réception ne reçoit plus rien.\n"
    )]
    impl MspCallEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NewStream,
            Self::StreamFail,
            Self::TerminalFail,
            Self::StreamNotUsed,
            Self::StreamActive,
            Self::StreamInactive,
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
                0 => __tapi::Some(Self::NewStream),
                1 => __tapi::Some(Self::StreamFail),
                2 => __tapi::Some(Self::TerminalFail),
                3 => __tapi::Some(Self::StreamNotUsed),
                4 => __tapi::Some(Self::StreamActive),
                5 => __tapi::Some(Self::StreamInactive),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CALL_NEW_STREAM`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for MspCallEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<MspCallEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: MspCallEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for MspCallEvent {
        type Error = ::tapi_consts::UnknownValueError<MspCallEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for MspCallEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for MspCallEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(MspCallEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(MspCallEvent);
};
/// Causes of an MSP call event, in the `Cause` member of `MSP_CALL_EVENT_INFO` when the event
/// is `ME_CALL_EVENT`.
///
/// The `CALL_MEDIA_EVENT_CAUSE` values (`CMC_`) that applications receive carry the same
/// numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum MspCallEventCause {
    /// The cause of the event is not known.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_CAUSE_UNKNOWN` = `0x00000000`")]
    Unknown = 0,
    /// A faulty device made the stream or the terminal fail (`CALL_STREAM_FAIL`,
    /// `CALL_TERMINAL_FAIL`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_CAUSE_BAD_DEVICE` = `0x00000001`")]
    BadDevice = 1,
    /// Connecting the stream or the terminal failed; when the only terminal of a stream cannot
    /// be connected, a terminal failure and a stream failure are both reported with this cause.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_CAUSE_CONNECT_FAIL` = `0x00000002`")]
    ConnectFail = 2,
    /// The event follows from a method the application called on the stream.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_CAUSE_LOCAL_REQUEST` = `0x00000003`")]
    LocalRequest = 3,
    /// The event follows from a request of the remote endpoint.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_CAUSE_REMOTE_REQUEST` = `0x00000004`")]
    RemoteRequest = 4,
    /// The medium carrying the stream is unavailable for the time being.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_CAUSE_MEDIA_TIMEOUT` = `0x00000005`")]
    MediaTimeout = 5,
    /// The medium carrying the stream works normally again after a temporary outage.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_CAUSE_MEDIA_RECOVERED` = `0x00000006`")]
    MediaRecovered = 6,
    /// A change in the quality of service (QoS) available to the stream caused the event.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`CALL_CAUSE_QUALITY_OF_SERVICE` = `0x00000007`")]
    QualityOfService = 7,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Causes of an MSP call event, in the `Cause` member of `MSP_CALL_EVENT_INFO` when the event is `ME_CALL_EVENT`.\n\nThe `CALL_MEDIA_EVENT_CAUSE` values (`CMC_`) that applications receive carry the same numbers.The cause of the event is not known.A faulty device made the stream or the terminal fail (`CALL_STREAM_FAIL`, `CALL_TERMINAL_FAIL`).Connecting the stream or the terminal failed; when the only terminal of a stream cannot be connected, a terminal failure and a stream failure are both reported with this cause.The event follows from a method the application called on the stream.The event follows from a request of the remote endpoint.The medium carrying the stream is unavailable for the time being.The medium carrying the stream works normally again after a temporary outage.A change in the quality of service (QoS) available to the stream caused the event."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Ursachen eines Anrufereignisses des MSP, im Feld `Cause` von `MSP_CALL_EVENT_INFO`, wenn das Ereignis `ME_CALL_EVENT` ist. Die Werte von `CALL_MEDIA_EVENT_CAUSE` (`CMC_`), die Anwendungen erhalten, tragen dieselben Nummern.Die Ursache des Ereignisses ist nicht bekannt.Ein defektes Gerät hat zum Ausfall des Medienstroms oder des Terminals geführt (`CALL_STREAM_FAIL`, `CALL_TERMINAL_FAIL`).Das Verbinden des Medienstroms oder des Terminals ist fehlgeschlagen; lässt sich das einzige Terminal eines Medienstroms nicht verbinden, werden sowohl ein Fehlschlag des Terminals als auch ein Fehlschlag des Medienstroms mit dieser Ursache gemeldet.Das Ereignis folgt aus einer Methode, die die Anwendung auf dem Medienstrom aufgerufen hat.Das Ereignis folgt aus einer Anforderung der Gegenseite.Das Übertragungsmedium, das den Medienstrom trägt, ist vorübergehend nicht verfügbar.Das Übertragungsmedium, das den Medienstrom trägt, arbeitet nach einer vorübergehenden Unterbrechung wieder normal.Eine Änderung der QoS (Dienstgüte), die dem Medienstrom zur Verfügung steht, hat das Ereignis ausgelöst."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Causes d’un événement d’appel du MSP, dans le membre `Cause` de `MSP_CALL_EVENT_INFO` lorsque l’événement est `ME_CALL_EVENT`. Les valeurs `CALL_MEDIA_EVENT_CAUSE` (`CMC_`) que reçoivent les applications portent les mêmes numéros.La cause de l’événement n’est pas connue.Un périphérique défectueux a fait échouer le flux de média ou le terminal (`CALL_STREAM_FAIL`, `CALL_TERMINAL_FAIL`).La connexion du flux de média ou du terminal a échoué ; lorsque le seul terminal d’un flux ne peut pas être connecté, un échec du terminal et un échec du flux sont tous deux signalés avec cette cause.L’événement découle d’une méthode que l’application a appelée sur le flux de média.L’événement découle d’une demande de l’extrémité distante.Le support qui transporte le flux de média est momentanément indisponible.Le support qui transporte le flux de média fonctionne de nouveau normalement après une interruption passagère.Un changement de la QoS (qualité de service) dont dispose le flux de média a provoqué l’événement."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "MspCallEventCause",
            prefix: "CALL_CAUSE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Msp.h"),
            c_type: __tapi::Some("MSP_CALL_EVENT_CAUSE"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "CALL_CAUSE_UNKNOWN",
                    "CALL_CAUSE_BAD_DEVICE",
                    "CALL_CAUSE_CONNECT_FAIL",
                    "CALL_CAUSE_LOCAL_REQUEST",
                    "CALL_CAUSE_REMOTE_REQUEST",
                    "CALL_CAUSE_MEDIA_TIMEOUT",
                    "CALL_CAUSE_MEDIA_RECOVERED",
                    "CALL_CAUSE_QUALITY_OF_SERVICE",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xCE\0\0\0\0\0\0\0\xDF\0\0\0\0\0\0\0\xF3\0\0\0\xFF\xFF\0\0\0\0\xCE\0\0\0$\0\0\0\xDF\0\0\0.\0\0\0\xF3\0\0\0/\0\0\0\xFF\xFF\0\0\0\0\xF2\0\0\0`\0\0\0\r\x01\0\0|\0\0\0\"\x01\0\0z\0\0\0\xFF\xFF\0\0\0\0R\x01\0\0\xB0\0\0\0\x89\x01\0\0\xFB\0\0\0\x9C\x01\0\0\xD2\0\0\0\xFF\xFF\0\0\0\0\x02\x02\0\0E\0\0\0\x84\x02\0\0[\0\0\0n\x02\0\0_\0\0\0\xFF\xFF\0\0\0\0G\x02\0\08\0\0\0\xDF\x02\0\08\0\0\0\xCD\x02\0\0E\0\0\0\xFF\xFF\0\0\0\0\x7F\x02\0\0A\0\0\0\x17\x03\0\0Y\0\0\0\x12\x03\0\0L\0\0\0\xFF\xFF\0\0\0\0\xC0\x02\0\0M\0\0\0p\x03\0\0v\0\0\0^\x03\0\0q\0\0\0\x03\x01\0\0\0\0\r\x03\0\0R\0\0\0\xE6\x03\0\0l\0\0\0\xCF\x03\0\0i\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "CALL_CAUSE_UNKNOWN",
                        "CALL_CAUSE_BAD_DEVICE",
                        "CALL_CAUSE_CONNECT_FAIL",
                        "CALL_CAUSE_LOCAL_REQUEST",
                        "CALL_CAUSE_REMOTE_REQUEST",
                        "CALL_CAUSE_MEDIA_TIMEOUT",
                        "CALL_CAUSE_MEDIA_RECOVERED",
                        "CALL_CAUSE_QUALITY_OF_SERVICE",
                        "UNKNOWN",
                        "BAD_DEVICE",
                        "CONNECT_FAIL",
                        "LOCAL_REQUEST",
                        "REMOTE_REQUEST",
                        "MEDIA_TIMEOUT",
                        "MEDIA_RECOVERED",
                        "QUALITY_OF_SERVICE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x03\0\r\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x01\0\xFF\xFF\xFF\xFF\x08\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `CALL_CAUSE_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Msp.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `CALL_CAUSE_UNKNOWN` | `0x00000000` |  |\n| `CALL_CAUSE_BAD_DEVICE` | `0x00000001` |  |\n| `CALL_CAUSE_CONNECT_FAIL` | `0x00000002` |  |\n| `CALL_CAUSE_LOCAL_REQUEST` | `0x00000003` |  |\n| `CALL_CAUSE_REMOTE_REQUEST` | `0x00000004` |  |\n| `CALL_CAUSE_MEDIA_TIMEOUT` | `0x00000005` |  |\n| `CALL_CAUSE_MEDIA_RECOVERED` | `0x00000006` |  |\n| `CALL_CAUSE_QUALITY_OF_SERVICE` | `0x00000007` | TAPI 3.1 |\n\n# Deutsch\n\nUrsachen eines Anrufereignisses des MSP, im Feld `Cause` von `MSP_CALL_EVENT_INFO`, wenn das Ereignis `ME_CALL_EVENT` ist. Die Werte von `CALL_MEDIA_EVENT_CAUSE` (`CMC_`), die Anwendungen erhalten, tragen dieselben Nummern.\n\n- `CALL_CAUSE_UNKNOWN`: Die Ursache des Ereignisses ist nicht bekannt.\n- `CALL_CAUSE_BAD_DEVICE`: Ein defektes Gerät hat zum Ausfall des Medienstroms oder des Terminals geführt (`CALL_STREAM_FAIL`, `CALL_TERMINAL_FAIL`).\n- `CALL_CAUSE_CONNECT_FAIL`: Das Verbinden des Medienstroms oder des Terminals ist fehlgeschlagen; lässt sich das einzige Terminal eines Medienstroms nicht verbinden, werden sowohl ein Fehlschlag des Terminals als auch ein Fehlschlag des Medienstroms mit dieser Ursache gemeldet.\n- `CALL_CAUSE_LOCAL_REQUEST`: Das Ereignis folgt aus einer Methode, die die Anwendung auf dem Medienstrom aufgerufen hat.\n- `CALL_CAUSE_REMOTE_REQUEST`: Das Ereignis folgt aus einer Anforderung der Gegenseite.\n- `CALL_CAUSE_MEDIA_TIMEOUT`: Das Übertragungsmedium, das den Medienstrom trägt, ist vorübergehend nicht verfügbar.\n- `CALL_CAUSE_MEDIA_RECOVERED`: Das Übertragungsmedium, das den Medienstrom trägt, arbeitet nach einer vorübergehenden Unterbrechung wieder normal.\n- `CALL_CAUSE_QUALITY_OF_SERVICE`: Eine Änderung der QoS (Dienstgüte), die dem Medienstrom zur Verfügung steht, hat das Ereignis ausgelöst.\n\n# Français\n\nCauses d’un événement d’appel du MSP, dans le membre `Cause` de `MSP_CALL_EVENT_INFO` lorsque l’événement est `ME_CALL_EVENT`. Les valeurs `CALL_MEDIA_EVENT_CAUSE` (`CMC_`) que reçoivent les applications portent les mêmes numéros.\n\n- `CALL_CAUSE_UNKNOWN`: La cause de l’événement n’est pas connue.\n- `CALL_CAUSE_BAD_DEVICE`: Un périphérique défectueux a fait échouer le flux de média ou le terminal (`CALL_STREAM_FAIL`, `CALL_TERMINAL_FAIL`).\n- `CALL_CAUSE_CONNECT_FAIL`: La connexion du flux de média ou du terminal a échoué ; lorsque le seul terminal d’un flux ne peut pas être connecté, un échec du terminal et un échec du flux sont tous deux signalés avec cette cause.\n- `CALL_CAUSE_LOCAL_REQUEST`: L’événement découle d’une méthode que l’application a appelée sur le flux de média.\n- `CALL_CAUSE_REMOTE_REQUEST`: L’événement découle d’une demande de l’extrémité distante.\n- `CALL_CAUSE_MEDIA_TIMEOUT`: Le support qui transporte le flux de média est momentanément indisponible.\n- `CALL_CAUSE_MEDIA_RECOVERED`: Le support qui transporte le flux de média fonctionne de nouveau normalement après une interruption passagère.\n- `CALL_CAUSE_QUALITY_OF_SERVICE`: Un changement de la QoS (qualité de service) dont dispose le flux de média a provoqué l’événement.\n"
    )]
    impl MspCallEventCause {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Unknown,
            Self::BadDevice,
            Self::ConnectFail,
            Self::LocalRequest,
            Self::RemoteRequest,
            Self::MediaTimeout,
            Self::MediaRecovered,
            Self::QualityOfService,
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
                0 => __tapi::Some(Self::Unknown),
                1 => __tapi::Some(Self::BadDevice),
                2 => __tapi::Some(Self::ConnectFail),
                3 => __tapi::Some(Self::LocalRequest),
                4 => __tapi::Some(Self::RemoteRequest),
                5 => __tapi::Some(Self::MediaTimeout),
                6 => __tapi::Some(Self::MediaRecovered),
                7 => __tapi::Some(Self::QualityOfService),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `CALL_CAUSE_UNKNOWN`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for MspCallEventCause {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<MspCallEventCause> for ::core::primitive::i32 {
        #[inline]
        fn from(member: MspCallEventCause) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for MspCallEventCause {
        type Error = ::tapi_consts::UnknownValueError<MspCallEventCause>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for MspCallEventCause {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for MspCallEventCause {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(MspCallEventCause, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(MspCallEventCause);
};
/// Kinds of address event an MSP reports, in the `Type` member of `MSP_ADDRESS_EVENT_INFO`
/// when the event is `ME_ADDRESS_EVENT`.
///
/// Both concern terminals that Plug and Play adds or removes; `pTerminal` points to the
/// terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum MspAddressEvent {
    /// A new terminal has arrived through Plug and Play.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ADDRESS_TERMINAL_AVAILABLE` = `0x00000000`")]
    Available = 0,
    /// A terminal has been removed through Plug and Play.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`ADDRESS_TERMINAL_UNAVAILABLE` = `0x00000001`")]
    Unavailable = 1,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of address event an MSP reports, in the `Type` member of `MSP_ADDRESS_EVENT_INFO` when the event is `ME_ADDRESS_EVENT`.\n\nBoth concern terminals that Plug and Play adds or removes; `pTerminal` points to the terminal.A new terminal has arrived through Plug and Play.A terminal has been removed through Plug and Play."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Adressereignissen, die ein MSP meldet, im Feld `Type` von `MSP_ADDRESS_EVENT_INFO`, wenn das Ereignis `ME_ADDRESS_EVENT` ist. Beide betreffen Terminals, die Plug and Play hinzufügt oder entfernt; `pTerminal` verweist auf das Terminal.Über Plug and Play ist ein neues Terminal hinzugekommen.Über Plug and Play wurde ein Terminal entfernt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’événements d’adresse qu’un MSP signale, dans le membre `Type` de `MSP_ADDRESS_EVENT_INFO` lorsque l’événement est `ME_ADDRESS_EVENT`. Tous deux concernent des terminaux que le Plug-and-Play ajoute ou retire ; `pTerminal` désigne le terminal.Un nouveau terminal est apparu par le Plug-and-Play.Un terminal a été retiré par le Plug-and-Play."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "MspAddressEvent",
            prefix: "ADDRESS_TERMINAL_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Msp.h"),
            c_type: __tapi::Some("MSP_ADDRESS_EVENT"),
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["ADDRESS_TERMINAL_AVAILABLE", "ADDRESS_TERMINAL_UNAVAILABLE"],
                bits: &[0u64, 1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xDD\0\0\0\0\0\0\0\xF5\0\0\0\0\0\0\0\x06\x01\0\0\xFF\xFF\0\0\0\0\xDD\0\0\x001\0\0\0\xF5\0\0\09\0\0\0\x06\x01\0\x004\0\0\0\xFF\xFF\0\0\0\0\x0E\x01\0\x002\0\0\0.\x01\0\x000\0\0\0:\x01\0\x001\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "ADDRESS_TERMINAL_AVAILABLE",
                        "ADDRESS_TERMINAL_UNAVAILABLE",
                        "AVAILABLE",
                        "UNAVAILABLE",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `ADDRESS_TERMINAL_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Msp.h`.\n\n| Constant | Value |\n|---|---|\n| `ADDRESS_TERMINAL_AVAILABLE` | `0x00000000` |\n| `ADDRESS_TERMINAL_UNAVAILABLE` | `0x00000001` |\n\n# Deutsch\n\nArten von Adressereignissen, die ein MSP meldet, im Feld `Type` von `MSP_ADDRESS_EVENT_INFO`, wenn das Ereignis `ME_ADDRESS_EVENT` ist. Beide betreffen Terminals, die Plug and Play hinzufügt oder entfernt; `pTerminal` verweist auf das Terminal.\n\n- `ADDRESS_TERMINAL_AVAILABLE`: Über Plug and Play ist ein neues Terminal hinzugekommen.\n- `ADDRESS_TERMINAL_UNAVAILABLE`: Über Plug and Play wurde ein Terminal entfernt.\n\n# Français\n\nTypes d’événements d’adresse qu’un MSP signale, dans le membre `Type` de `MSP_ADDRESS_EVENT_INFO` lorsque l’événement est `ME_ADDRESS_EVENT`. Tous deux concernent des terminaux que le Plug-and-Play ajoute ou retire ; `pTerminal` désigne le terminal.\n\n- `ADDRESS_TERMINAL_AVAILABLE`: Un nouveau terminal est apparu par le Plug-and-Play.\n- `ADDRESS_TERMINAL_UNAVAILABLE`: Un terminal a été retiré par le Plug-and-Play.\n"
    )]
    impl MspAddressEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Available, Self::Unavailable];
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
                0 => __tapi::Some(Self::Available),
                1 => __tapi::Some(Self::Unavailable),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `ADDRESS_TERMINAL_AVAILABLE`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for MspAddressEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<MspAddressEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: MspAddressEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for MspAddressEvent {
        type Error = ::tapi_consts::UnknownValueError<MspAddressEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for MspAddressEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for MspAddressEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(MspAddressEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(MspAddressEvent);
};
/// Suggested states of a stream in the MSP base classes (`CMSPStream`), such as a derived
/// stream may return from `CMSPStream::GetState`.
///
/// Their use is optional and a derived class may define more; `GetState` reports one of them as
/// the current state, even though each non-zero value is a single bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum StrmState {
    /// The stream is in its initial state, as just created.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`STRM_INITIAL` = `0x00000000`")]
    Initial = 0x0000_0000,
    /// A terminal has been selected on the stream.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`STRM_TERMINALSELECTED` = `0x00000001`")]
    TerminalSelected = 0x0000_0001,
    /// The stream has been configured.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`STRM_CONFIGURED` = `0x00000002`")]
    Configured = 0x0000_0002,
    /// The stream is running.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`STRM_RUNNING` = `0x00000004`")]
    Running = 0x0000_0004,
    /// The stream is paused.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`STRM_PAUSED` = `0x00000008`")]
    Paused = 0x0000_0008,
    /// The stream is stopped.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`STRM_STOPPED` = `0x00000010`")]
    Stopped = 0x0000_0010,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Suggested states of a stream in the MSP base classes (`CMSPStream`), such as a derived stream may return from `CMSPStream::GetState`.\n\nTheir use is optional and a derived class may define more; `GetState` reports one of them as the current state, even though each non-zero value is a single bit.The stream is in its initial state, as just created.A terminal has been selected on the stream.The stream has been configured.The stream is running.The stream is paused.The stream is stopped."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Vorgeschlagene Zustände eines Medienstroms in den MSP-Basisklassen (`CMSPStream`), wie sie ein abgeleiteter Medienstrom von `CMSPStream::GetState` zurückgeben kann. Ihre Verwendung ist optional, und eine abgeleitete Klasse kann weitere definieren; `GetState` meldet einen davon als aktuellen Zustand, obwohl jeder Wert ungleich null ein einzelnes Bit ist.Der Medienstrom befindet sich in seinem Anfangszustand, wie unmittelbar nach dem Anlegen.Auf dem Medienstrom wurde ein Terminal ausgewählt.Der Medienstrom wurde konfiguriert.Der Medienstrom läuft.Der Medienstrom ist pausiert.Der Medienstrom ist gestoppt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "États suggérés d’un flux de média dans les classes de base des MSP (`CMSPStream`), tels qu’un flux dérivé peut les renvoyer par `CMSPStream::GetState`. Leur emploi est facultatif et une classe dérivée peut en définir d’autres ; `GetState` en indique un seul comme état courant, bien que chaque valeur non nulle soit un bit.Le flux de média est dans son état initial, tel qu’il vient d’être créé.Un terminal a été sélectionné sur le flux de média.Le flux de média a été configuré.Le flux de média est en cours d’exécution.Le flux de média est suspendu.Le flux de média est arrêté."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "StrmState",
            prefix: "STRM_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("MspStrm.h"),
            c_type: __tapi::None,
            known_bits: 31u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "STRM_INITIAL",
                    "STRM_TERMINALSELECTED",
                    "STRM_CONFIGURED",
                    "STRM_RUNNING",
                    "STRM_PAUSED",
                    "STRM_STOPPED",
                ],
                bits: &[0u64, 1u64, 2u64, 4u64, 8u64, 16u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0'\x01\0\0\0\0\0\0e\x01\0\0\0\0\0\0S\x01\0\0\xFF\xFF\0\0\0\0'\x01\0\x004\0\0\0e\x01\0\0Y\0\0\0S\x01\0\0Q\0\0\0\xFF\xFF\0\0\0\0[\x01\0\0+\0\0\0\xBE\x01\0\x003\0\0\0\xA4\x01\0\08\0\0\0\xFF\xFF\0\0\0\0\x86\x01\0\0\x1F\0\0\0\xF1\x01\0\0#\0\0\0\xDC\x01\0\0%\0\0\0\xFF\xFF\0\0\0\0\xA5\x01\0\0\x16\0\0\0\x14\x02\0\0\x17\0\0\0\x01\x02\0\0.\0\0\0\xFF\xFF\0\0\0\0\xBB\x01\0\0\x15\0\0\0+\x02\0\0\x1D\0\0\0/\x02\0\0\x1F\0\0\0\xFF\xFF\0\0\0\0\xD0\x01\0\0\x16\0\0\0H\x02\0\0\x1D\0\0\0N\x02\0\0\x1F\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "STRM_INITIAL",
                        "STRM_TERMINALSELECTED",
                        "STRM_CONFIGURED",
                        "STRM_RUNNING",
                        "STRM_PAUSED",
                        "STRM_STOPPED",
                        "INITIAL",
                        "TERMINALSELECTED",
                        "CONFIGURED",
                        "RUNNING",
                        "PAUSED",
                        "STOPPED",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\n\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `STRM_` family (enumeration, `u32`); requires TAPI 3.0; defined in `MspStrm.h`.\n\n| Constant | Value |\n|---|---|\n| `STRM_INITIAL` | `0x00000000` |\n| `STRM_TERMINALSELECTED` | `0x00000001` |\n| `STRM_CONFIGURED` | `0x00000002` |\n| `STRM_RUNNING` | `0x00000004` |\n| `STRM_PAUSED` | `0x00000008` |\n| `STRM_STOPPED` | `0x00000010` |\n\n# Deutsch\n\nVorgeschlagene Zustände eines Medienstroms in den MSP-Basisklassen (`CMSPStream`), wie sie ein abgeleiteter Medienstrom von `CMSPStream::GetState` zurückgeben kann. Ihre Verwendung ist optional, und eine abgeleitete Klasse kann weitere definieren; `GetState` meldet einen davon als aktuellen Zustand, obwohl jeder Wert ungleich null ein einzelnes Bit ist.\n\n- `STRM_INITIAL`: Der Medienstrom befindet sich in seinem Anfangszustand, wie unmittelbar nach dem Anlegen.\n- `STRM_TERMINALSELECTED`: Auf dem Medienstrom wurde ein Terminal ausgewählt.\n- `STRM_CONFIGURED`: Der Medienstrom wurde konfiguriert.\n- `STRM_RUNNING`: Der Medienstrom läuft.\n- `STRM_PAUSED`: Der Medienstrom ist pausiert.\n- `STRM_STOPPED`: Der Medienstrom ist gestoppt.\n\n# Français\n\nÉtats suggérés d’un flux de média dans les classes de base des MSP (`CMSPStream`), tels qu’un flux dérivé peut les renvoyer par `CMSPStream::GetState`. Leur emploi est facultatif et une classe dérivée peut en définir d’autres ; `GetState` en indique un seul comme état courant, bien que chaque valeur non nulle soit un bit.\n\n- `STRM_INITIAL`: Le flux de média est dans son état initial, tel qu’il vient d’être créé.\n- `STRM_TERMINALSELECTED`: Un terminal a été sélectionné sur le flux de média.\n- `STRM_CONFIGURED`: Le flux de média a été configuré.\n- `STRM_RUNNING`: Le flux de média est en cours d’exécution.\n- `STRM_PAUSED`: Le flux de média est suspendu.\n- `STRM_STOPPED`: Le flux de média est arrêté.\n"
    )]
    impl StrmState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Initial,
            Self::TerminalSelected,
            Self::Configured,
            Self::Running,
            Self::Paused,
            Self::Stopped,
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
                let offset = value.wrapping_sub(0);
                if offset < 17 {
                    __tapi::map_index(
                        b"\0\0\x01\0\x02\0\xFF\xFF\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0",
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
        /// The full C name, such as `STRM_INITIAL`; `{:#}` in `format!` gives the short name.
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
                let offset = (self as ::core::primitive::u32).wrapping_sub(0);
                if offset < 17 {
                    __tapi::map_index(
                        b"\0\0\x01\0\x02\0\xFF\xFF\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for StrmState {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<StrmState> for ::core::primitive::u32 {
        #[inline]
        fn from(member: StrmState) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for StrmState {
        type Error = ::tapi_consts::UnknownValueError<StrmState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for StrmState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for StrmState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(StrmState, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(StrmState);
};
/// Scopes saying how widely a conference announcement is distributed: the advertising scope of
/// an `ITDirectoryObjectConference` object.
///
/// Each scope goes with a multicast time to live (TTL) taken from the SDP draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum RndAdvertisingScope {
    /// The announcement stays local, with a time to live (TTL) of 1.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`RAS_LOCAL` = `0x00000001`")]
    Local = 1,
    /// The announcement covers the site, with a TTL of 15.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`RAS_SITE` = `0x00000002`")]
    Site = 2,
    /// The announcement covers the country or region, with a TTL of 63.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`RAS_REGION` = `0x00000003`")]
    Region = 3,
    /// The announcement goes out worldwide, with a TTL of 127.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`RAS_WORLD` = `0x00000004`")]
    World = 4,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Scopes saying how widely a conference announcement is distributed: the advertising scope of an `ITDirectoryObjectConference` object.\n\nEach scope goes with a multicast time to live (TTL) taken from the SDP draft.The announcement stays local, with a time to live (TTL) of 1.The announcement covers the site, with a TTL of 15.The announcement covers the country or region, with a TTL of 63.The announcement goes out worldwide, with a TTL of 127."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Reichweiten, die angeben, wie weit eine Konferenzankündigung verbreitet wird: die Ankündigungsreichweite eines Objekts `ITDirectoryObjectConference`. Zu jeder Reichweite gehört eine Multicast-Lebensdauer (TTL) aus dem SDP-Entwurf.Die Ankündigung bleibt lokal, mit einer Lebensdauer (TTL) von 1.Die Ankündigung wird am Standort (Site) verbreitet, mit einer Lebensdauer (TTL) von 15.Die Ankündigung wird im Land oder in der Region verbreitet, mit einer Lebensdauer (TTL) von 63.Die Ankündigung wird weltweit verbreitet, mit einer Lebensdauer (TTL) von 127."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Portées indiquant jusqu’où une annonce de conférence est diffusée : la portée de diffusion d’un objet `ITDirectoryObjectConference`. Chaque portée correspond à une durée de vie (TTL) multicast reprise du projet de norme SDP.L’annonce reste locale, avec une durée de vie (TTL) de 1.L’annonce couvre le site, avec une durée de vie (TTL) de 15.L’annonce couvre le pays ou la région, avec une durée de vie (TTL) de 63.L’annonce est diffusée dans le monde entier, avec une durée de vie (TTL) de 127."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "RndAdvertisingScope",
            prefix: "RAS_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("REND.h"),
            c_type: __tapi::Some("RND_ADVERTISING_SCOPE"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["RAS_LOCAL", "RAS_SITE", "RAS_REGION", "RAS_WORLD"],
                bits: &[1u64, 2u64, 3u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xD3\0\0\0\0\0\0\0\xE9\0\0\0\0\0\0\0\xEC\0\0\0\xFF\xFF\0\0\0\0\xD3\0\0\0=\0\0\0\xE9\0\0\0A\0\0\0\xEC\0\0\0<\0\0\0\xFF\xFF\0\0\0\0\x10\x01\0\x003\0\0\0*\x01\0\0X\0\0\0(\x01\0\0?\0\0\0\xFF\xFF\0\0\0\0C\x01\0\0@\0\0\0\x82\x01\0\0`\0\0\0g\x01\0\0M\0\0\0\xFF\xFF\0\0\0\0\x83\x01\0\x007\0\0\0\xE2\x01\0\0O\0\0\0\xB4\x01\0\0T\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "RAS_LOCAL",
                        "RAS_SITE",
                        "RAS_REGION",
                        "RAS_WORLD",
                        "LOCAL",
                        "SITE",
                        "REGION",
                        "WORLD",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\x07\0\x03\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `RAS_` family (enumeration, `i32`); requires TAPI 3.0; defined in `REND.h`.\n\n| Constant | Value |\n|---|---|\n| `RAS_LOCAL` | `0x00000001` |\n| `RAS_SITE` | `0x00000002` |\n| `RAS_REGION` | `0x00000003` |\n| `RAS_WORLD` | `0x00000004` |\n\n# Deutsch\n\nReichweiten, die angeben, wie weit eine Konferenzankündigung verbreitet wird: die Ankündigungsreichweite eines Objekts `ITDirectoryObjectConference`. Zu jeder Reichweite gehört eine Multicast-Lebensdauer (TTL) aus dem SDP-Entwurf.\n\n- `RAS_LOCAL`: Die Ankündigung bleibt lokal, mit einer Lebensdauer (TTL) von 1.\n- `RAS_SITE`: Die Ankündigung wird am Standort (Site) verbreitet, mit einer Lebensdauer (TTL) von 15.\n- `RAS_REGION`: Die Ankündigung wird im Land oder in der Region verbreitet, mit einer Lebensdauer (TTL) von 63.\n- `RAS_WORLD`: Die Ankündigung wird weltweit verbreitet, mit einer Lebensdauer (TTL) von 127.\n\n# Français\n\nPortées indiquant jusqu’où une annonce de conférence est diffusée : la portée de diffusion d’un objet `ITDirectoryObjectConference`. Chaque portée correspond à une durée de vie (TTL) multicast reprise du projet de norme SDP.\n\n- `RAS_LOCAL`: L’annonce reste locale, avec une durée de vie (TTL) de 1.\n- `RAS_SITE`: L’annonce couvre le site, avec une durée de vie (TTL) de 15.\n- `RAS_REGION`: L’annonce couvre le pays ou la région, avec une durée de vie (TTL) de 63.\n- `RAS_WORLD`: L’annonce est diffusée dans le monde entier, avec une durée de vie (TTL) de 127.\n"
    )]
    impl RndAdvertisingScope {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Local,
            Self::Site,
            Self::Region,
            Self::World,
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
                1 => __tapi::Some(Self::Local),
                2 => __tapi::Some(Self::Site),
                3 => __tapi::Some(Self::Region),
                4 => __tapi::Some(Self::World),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `RAS_LOCAL`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for RndAdvertisingScope {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<RndAdvertisingScope> for ::core::primitive::i32 {
        #[inline]
        fn from(member: RndAdvertisingScope) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for RndAdvertisingScope {
        type Error = ::tapi_consts::UnknownValueError<RndAdvertisingScope>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for RndAdvertisingScope {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for RndAdvertisingScope {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(RndAdvertisingScope, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(RndAdvertisingScope);
};
/// Kinds of directory server the Rendezvous controls use, given to
/// `ITRendezvous::CreateDirectory` and returned by `ITDirectory::get_DirectoryType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum DirectoryType {
    /// The directory is a Windows NT directory service (NTDS) server, that is Active Directory.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`DT_NTDS` = `0x00000001`")]
    Ntds = 1,
    /// The directory is an Internet Locator Service (ILS) server; Microsoft documents this type
    /// as valid on Windows 2000 but not on Windows XP.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`DT_ILS` = `0x00000002`")]
    Ils = 2,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of directory server the Rendezvous controls use, given to `ITRendezvous::CreateDirectory` and returned by `ITDirectory::get_DirectoryType`.The directory is a Windows NT directory service (NTDS) server, that is Active Directory.The directory is an Internet Locator Service (ILS) server; Microsoft documents this type as valid on Windows 2000 but not on Windows XP."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Verzeichnisservern, die die Rendezvous-Steuerelemente verwenden; sie werden an `ITRendezvous::CreateDirectory` übergeben und von `ITDirectory::get_DirectoryType` zurückgegeben.Das Verzeichnis ist ein Server des Verzeichnisdienstes von Windows NT (NTDS), also Active Directory.Das Verzeichnis ist ein ILS-Server (Internet Locator Service); laut Microsoft ist dieser Typ unter Windows 2000 gültig, nicht aber unter Windows XP."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de serveur d’annuaire qu’utilisent les contrôles Rendezvous, transmis à `ITRendezvous::CreateDirectory` et renvoyés par `ITDirectory::get_DirectoryType`.L’annuaire est un serveur du service d’annuaire de Windows NT (NTDS), c’est-à-dire Active Directory.L’annuaire est un serveur ILS (Internet Locator Service) ; selon Microsoft, ce type n’est valable que sous Windows 2000, et non sous Windows XP."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "DirectoryType",
            prefix: "DT_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("REND.h"),
            c_type: __tapi::Some("DIRECTORY_TYPE"),
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["DT_NTDS", "DT_ILS"],
                bits: &[1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x91\0\0\0\0\0\0\0\xBC\0\0\0\0\0\0\0\xA6\0\0\0\xFF\xFF\0\0\0\0\x91\0\0\0X\0\0\0\xBC\0\0\0d\0\0\0\xA6\0\0\0k\0\0\0\xFF\xFF\0\0\0\0\xE9\0\0\0\x88\0\0\0 \x01\0\0\x95\0\0\0\x11\x01\0\0\x94\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &["DT_NTDS", "DT_ILS", "NTDS", "ILS"],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `DT_` family (enumeration, `i32`); requires TAPI 3.0; defined in `REND.h`.\n\n| Constant | Value |\n|---|---|\n| `DT_NTDS` | `0x00000001` |\n| `DT_ILS` | `0x00000002` |\n\n# Deutsch\n\nArten von Verzeichnisservern, die die Rendezvous-Steuerelemente verwenden; sie werden an `ITRendezvous::CreateDirectory` übergeben und von `ITDirectory::get_DirectoryType` zurückgegeben.\n\n- `DT_NTDS`: Das Verzeichnis ist ein Server des Verzeichnisdienstes von Windows NT (NTDS), also Active Directory.\n- `DT_ILS`: Das Verzeichnis ist ein ILS-Server (Internet Locator Service); laut Microsoft ist dieser Typ unter Windows 2000 gültig, nicht aber unter Windows XP.\n\n# Français\n\nTypes de serveur d’annuaire qu’utilisent les contrôles Rendezvous, transmis à `ITRendezvous::CreateDirectory` et renvoyés par `ITDirectory::get_DirectoryType`.\n\n- `DT_NTDS`: L’annuaire est un serveur du service d’annuaire de Windows NT (NTDS), c’est-à-dire Active Directory.\n- `DT_ILS`: L’annuaire est un serveur ILS (Internet Locator Service) ; selon Microsoft, ce type n’est valable que sous Windows 2000, et non sous Windows XP.\n"
    )]
    impl DirectoryType {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Ntds, Self::Ils];
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
                1 => __tapi::Some(Self::Ntds),
                2 => __tapi::Some(Self::Ils),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `DT_NTDS`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for DirectoryType {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<DirectoryType> for ::core::primitive::i32 {
        #[inline]
        fn from(member: DirectoryType) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for DirectoryType {
        type Error = ::tapi_consts::UnknownValueError<DirectoryType>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for DirectoryType {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for DirectoryType {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(DirectoryType, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(DirectoryType);
};
/// Kinds of object kept in a Rendezvous directory, returned by
/// `ITDirectoryObject::get_ObjectType` and chosen with `ITRendezvous::CreateDirectoryObject`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum DirectoryObjectType {
    /// The object is a conference announced in the directory.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`OT_CONFERENCE` = `0x00000001`")]
    Conference = 1,
    /// The object is a user listed in the directory.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`OT_USER` = `0x00000002`")]
    User = 2,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of object kept in a Rendezvous directory, returned by `ITDirectoryObject::get_ObjectType` and chosen with `ITRendezvous::CreateDirectoryObject`.The object is a conference announced in the directory.The object is a user listed in the directory."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Objekten, die in einem Rendezvous-Verzeichnis abgelegt sind; `ITDirectoryObject::get_ObjectType` gibt sie zurück, und mit `ITRendezvous::CreateDirectoryObject` werden sie ausgewählt.Das Objekt ist eine im Verzeichnis angekündigte Konferenz.Das Objekt ist ein im Verzeichnis eingetragener Benutzer."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’objets conservés dans un annuaire Rendezvous, renvoyés par `ITDirectoryObject::get_ObjectType` et choisis avec `ITRendezvous::CreateDirectoryObject`.L’objet est une conférence annoncée dans l’annuaire.L’objet est un utilisateur inscrit dans l’annuaire."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "DirectoryObjectType",
            prefix: "OT_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("REND.h"),
            c_type: __tapi::Some("DIRECTORY_OBJECT_TYPE"),
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["OT_CONFERENCE", "OT_USER"],
                bits: &[1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x96\0\0\0\0\0\0\0\xC2\0\0\0\0\0\0\0\xA1\0\0\0\xFF\xFF\0\0\0\0\x96\0\0\x006\0\0\0\xC2\0\0\0;\0\0\0\xA1\0\0\0:\0\0\0\xFF\xFF\0\0\0\0\xCC\0\0\0-\0\0\0\xFD\0\0\09\0\0\0\xDB\0\0\x007\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &["OT_CONFERENCE", "OT_USER", "CONFERENCE", "USER"],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `OT_` family (enumeration, `i32`); requires TAPI 3.0; defined in `REND.h`.\n\n| Constant | Value |\n|---|---|\n| `OT_CONFERENCE` | `0x00000001` |\n| `OT_USER` | `0x00000002` |\n\n# Deutsch\n\nArten von Objekten, die in einem Rendezvous-Verzeichnis abgelegt sind; `ITDirectoryObject::get_ObjectType` gibt sie zurück, und mit `ITRendezvous::CreateDirectoryObject` werden sie ausgewählt.\n\n- `OT_CONFERENCE`: Das Objekt ist eine im Verzeichnis angekündigte Konferenz.\n- `OT_USER`: Das Objekt ist ein im Verzeichnis eingetragener Benutzer.\n\n# Français\n\nTypes d’objets conservés dans un annuaire Rendezvous, renvoyés par `ITDirectoryObject::get_ObjectType` et choisis avec `ITRendezvous::CreateDirectoryObject`.\n\n- `OT_CONFERENCE`: L’objet est une conférence annoncée dans l’annuaire.\n- `OT_USER`: L’objet est un utilisateur inscrit dans l’annuaire.\n"
    )]
    impl DirectoryObjectType {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Conference, Self::User];
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
                1 => __tapi::Some(Self::Conference),
                2 => __tapi::Some(Self::User),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `OT_CONFERENCE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for DirectoryObjectType {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<DirectoryObjectType> for ::core::primitive::i32 {
        #[inline]
        fn from(member: DirectoryObjectType) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for DirectoryObjectType {
        type Error = ::tapi_consts::UnknownValueError<DirectoryObjectType>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for DirectoryObjectType {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for DirectoryObjectType {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(DirectoryObjectType, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(DirectoryObjectType);
};
/// Options of `ITDirectory::Bind`: whether to authenticate, and which credentials may take
/// their default values instead of the ones passed in.
///
/// The values are bits to be combined; `RENDBIND_DEFAULTCREDENTIALS` is the three default bits
/// together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum RendBind {
    /// The user is authenticated with the directory server.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`RENDBIND_AUTHENTICATE` = `0x00000001`")]
    Authenticate = 0x0000_0001,
    /// The domain name may take its default value instead of the one passed to `Bind`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`RENDBIND_DEFAULTDOMAINNAME` = `0x00000002`")]
    DefaultDomainName = 0x0000_0002,
    /// The user name may take its default value instead of the one passed to `Bind`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`RENDBIND_DEFAULTUSERNAME` = `0x00000004`")]
    DefaultUserName = 0x0000_0004,
    /// The password may take its default value instead of the one passed to `Bind`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`RENDBIND_DEFAULTPASSWORD` = `0x00000008`")]
    DefaultPassword = 0x0000_0008,
    /// The value combines `RENDBIND_DEFAULTDOMAINNAME`, `RENDBIND_DEFAULTUSERNAME` and
    /// `RENDBIND_DEFAULTPASSWORD` for convenience.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`RENDBIND_DEFAULTCREDENTIALS` = `0x0000000E`")]
    DefaultCredentials = 0x0000_000E,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Options of `ITDirectory::Bind`: whether to authenticate, and which credentials may take their default values instead of the ones passed in.\n\nThe values are bits to be combined; `RENDBIND_DEFAULTCREDENTIALS` is the three default bits together.The user is authenticated with the directory server.The domain name may take its default value instead of the one passed to `Bind`.The user name may take its default value instead of the one passed to `Bind`.The password may take its default value instead of the one passed to `Bind`.The value combines `RENDBIND_DEFAULTDOMAINNAME`, `RENDBIND_DEFAULTUSERNAME` and `RENDBIND_DEFAULTPASSWORD` for convenience."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Optionen von `ITDirectory::Bind`: ob eine Authentifizierung erfolgt und welche Anmeldeinformationen statt der übergebenen Werte ihre Standardwerte annehmen dürfen. Die Werte sind kombinierbare Bits; `RENDBIND_DEFAULTCREDENTIALS` fasst die drei Bits für Standardwerte zusammen.Der Benutzer wird beim Verzeichnisserver authentifiziert.Für den Domänennamen darf statt des an `Bind` übergebenen Werts der Standardwert verwendet werden.Für den Benutzernamen darf statt des an `Bind` übergebenen Werts der Standardwert verwendet werden.Für das Kennwort darf statt des an `Bind` übergebenen Werts der Standardwert verwendet werden.Der Wert fasst der Einfachheit halber `RENDBIND_DEFAULTDOMAINNAME`, `RENDBIND_DEFAULTUSERNAME` und `RENDBIND_DEFAULTPASSWORD` zusammen."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Options de `ITDirectory::Bind`, qui indiquent s’il faut s’authentifier et quelles informations d’identification peuvent prendre leur valeur par défaut au lieu de celles transmises. Les valeurs sont des bits à combiner ; `RENDBIND_DEFAULTCREDENTIALS` réunit les trois bits de valeurs par défaut.L’utilisateur est authentifié auprès du serveur d’annuaire.Le nom de domaine peut prendre sa valeur par défaut au lieu de celle transmise à `Bind`.Le nom d’utilisateur peut prendre sa valeur par défaut au lieu de celle transmise à `Bind`.Le mot de passe peut prendre sa valeur par défaut au lieu de celle transmise à `Bind`.La valeur réunit par commodité `RENDBIND_DEFAULTDOMAINNAME`, `RENDBIND_DEFAULTUSERNAME` et `RENDBIND_DEFAULTPASSWORD`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "RendBind",
            prefix: "RENDBIND_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("REND.h"),
            c_type: __tapi::None,
            known_bits: 15u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "RENDBIND_AUTHENTICATE",
                    "RENDBIND_DEFAULTDOMAINNAME",
                    "RENDBIND_DEFAULTUSERNAME",
                    "RENDBIND_DEFAULTPASSWORD",
                    "RENDBIND_DEFAULTCREDENTIALS",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 14u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xF2\0\0\0\0\0\0\0\x17\x01\0\0\0\0\0\x000\x01\0\0\xFF\xFF\0\0\0\0\xF2\0\0\x004\0\0\0\x17\x01\0\09\0\0\x000\x01\0\0A\0\0\0\xFF\xFF\0\0\0\0&\x01\0\0O\0\0\0P\x01\0\0e\0\0\0q\x01\0\0Z\0\0\0\xFF\xFF\0\0\0\0u\x01\0\0M\0\0\0\xB5\x01\0\0e\0\0\0\xCB\x01\0\0_\0\0\0\xFF\xFF\0\0\0\0\xC2\x01\0\0L\0\0\0\x1A\x02\0\0`\0\0\0*\x02\0\0X\0\0\0\xFF\xFF\0\0\0\0\x0E\x02\0\0{\0\0\0z\x02\0\0\x87\0\0\0\x82\x02\0\0x\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "RENDBIND_AUTHENTICATE",
                        "RENDBIND_DEFAULTDOMAINNAME",
                        "RENDBIND_DEFAULTUSERNAME",
                        "RENDBIND_DEFAULTPASSWORD",
                        "RENDBIND_DEFAULTCREDENTIALS",
                        "AUTHENTICATE",
                        "DEFAULTDOMAINNAME",
                        "DEFAULTUSERNAME",
                        "DEFAULTPASSWORD",
                        "DEFAULTCREDENTIALS",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `RENDBIND_` family (enumeration, `u32`); requires TAPI 3.0; defined in `REND.h`.\n\n| Constant | Value |\n|---|---|\n| `RENDBIND_AUTHENTICATE` | `0x00000001` |\n| `RENDBIND_DEFAULTDOMAINNAME` | `0x00000002` |\n| `RENDBIND_DEFAULTUSERNAME` | `0x00000004` |\n| `RENDBIND_DEFAULTPASSWORD` | `0x00000008` |\n| `RENDBIND_DEFAULTCREDENTIALS` | `0x0000000E` |\n\n# Deutsch\n\nOptionen von `ITDirectory::Bind`: ob eine Authentifizierung erfolgt und welche Anmeldeinformationen statt der übergebenen Werte ihre Standardwerte annehmen dürfen. Die Werte sind kombinierbare Bits; `RENDBIND_DEFAULTCREDENTIALS` fasst die drei Bits für Standardwerte zusammen.\n\n- `RENDBIND_AUTHENTICATE`: Der Benutzer wird beim Verzeichnisserver authentifiziert.\n- `RENDBIND_DEFAULTDOMAINNAME`: Für den Domänennamen darf statt des an `Bind` übergebenen Werts der Standardwert verwendet werden.\n- `RENDBIND_DEFAULTUSERNAME`: Für den Benutzernamen darf statt des an `Bind` übergebenen Werts der Standardwert verwendet werden.\n- `RENDBIND_DEFAULTPASSWORD`: Für das Kennwort darf statt des an `Bind` übergebenen Werts der Standardwert verwendet werden.\n- `RENDBIND_DEFAULTCREDENTIALS`: Der Wert fasst der Einfachheit halber `RENDBIND_DEFAULTDOMAINNAME`, `RENDBIND_DEFAULTUSERNAME` und `RENDBIND_DEFAULTPASSWORD` zusammen.\n\n# Français\n\nOptions de `ITDirectory::Bind`, qui indiquent s’il faut s’authentifier et quelles informations d’identification peuvent prendre leur valeur par défaut au lieu de celles transmises. Les valeurs sont des bits à combiner ; `RENDBIND_DEFAULTCREDENTIALS` réunit les trois bits de valeurs par défaut.\n\n- `RENDBIND_AUTHENTICATE`: L’utilisateur est authentifié auprès du serveur d’annuaire.\n- `RENDBIND_DEFAULTDOMAINNAME`: Le nom de domaine peut prendre sa valeur par défaut au lieu de celle transmise à `Bind`.\n- `RENDBIND_DEFAULTUSERNAME`: Le nom d’utilisateur peut prendre sa valeur par défaut au lieu de celle transmise à `Bind`.\n- `RENDBIND_DEFAULTPASSWORD`: Le mot de passe peut prendre sa valeur par défaut au lieu de celle transmise à `Bind`.\n- `RENDBIND_DEFAULTCREDENTIALS`: La valeur réunit par commodité `RENDBIND_DEFAULTDOMAINNAME`, `RENDBIND_DEFAULTUSERNAME` et `RENDBIND_DEFAULTPASSWORD`.\n"
    )]
    impl RendBind {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Authenticate,
            Self::DefaultDomainName,
            Self::DefaultUserName,
            Self::DefaultPassword,
            Self::DefaultCredentials,
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
                let offset = value.wrapping_sub(1);
                if offset < 14 {
                    __tapi::map_index(
                        b"\0\0\x01\0\xFF\xFF\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0",
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
        /// The full C name, such as `RENDBIND_AUTHENTICATE`; `{:#}` in `format!` gives the short name.
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
                let offset = (self as ::core::primitive::u32).wrapping_sub(1);
                if offset < 14 {
                    __tapi::map_index(
                        b"\0\0\x01\0\xFF\xFF\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for RendBind {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<RendBind> for ::core::primitive::u32 {
        #[inline]
        fn from(member: RendBind) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for RendBind {
        type Error = ::tapi_consts::UnknownValueError<RendBind>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for RendBind {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for RendBind {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(RendBind, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(RendBind);
};
