// @generated from tapi-consts/families/call_control.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Placing and handling calls: answer, completion, parameters, selection, forward, park, transfer.
/// Effect on the call already active on a line when the user answers another offered call.
///
/// Reported in the `dwAnswerMode` member of `LINEDEVCAPS`; it tells the application what will
/// happen to the current call if it calls `lineAnswer` on a second, offering call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineAnswerMode {
    /// Answering the new call leaves the active call as it is.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEANSWERMODE_NONE` = `0x00000001`")]
    None = 0x0000_0001,
    /// Answering the new call automatically drops the active call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEANSWERMODE_DROP` = `0x00000002`")]
    Drop = 0x0000_0002,
    /// Answering the new call automatically puts the active call on hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEANSWERMODE_HOLD` = `0x00000004`")]
    Hold = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Effect on the call already active on a line when the user answers another offered call.\n\nReported in the `dwAnswerMode` member of `LINEDEVCAPS`; it tells the application what will happen to the current call if it calls `lineAnswer` on a second, offering call.Answering the new call leaves the active call as it is.Answering the new call automatically drops the active call.Answering the new call automatically puts the active call on hold."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Auswirkung auf den bereits aktiven Anruf einer Leitung, wenn der Benutzer einen weiteren angebotenen Anruf entgegennimmt. Gemeldet im Feld `dwAnswerMode` von `LINEDEVCAPS`; der Wert teilt der Anwendung mit, was mit dem aktuellen Anruf geschieht, wenn sie `lineAnswer` für einen zweiten, angebotenen Anruf aufruft.Beim Entgegennehmen des neuen Anrufs bleibt der aktive Anruf unverändert.Beim Entgegennehmen des neuen Anrufs wird der aktive Anruf automatisch beendet.Beim Entgegennehmen des neuen Anrufs wird der aktive Anruf automatisch gehalten."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Effet, sur l’appel déjà actif d’une ligne, de la réponse à un autre appel présenté ; indiqué dans le membre `dwAnswerMode` de `LINEDEVCAPS`, il indique à l’application ce que deviendra l’appel en cours si elle appelle `lineAnswer` sur un second appel.Répondre au nouvel appel laisse l’appel actif tel quel.Répondre au nouvel appel met automatiquement fin à l’appel actif.Répondre au nouvel appel met automatiquement l’appel actif en attente."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineAnswerMode",
            prefix: "LINEANSWERMODE_",
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
                    "LINEANSWERMODE_NONE",
                    "LINEANSWERMODE_DROP",
                    "LINEANSWERMODE_HOLD",
                ],
                bits: &[1u64, 2u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x03\x01\0\0\0\0\0\0:\x01\0\0\0\0\0\0\x0B\x01\0\0\xFF\xFF\0\0\0\0\x03\x01\0\x007\0\0\0:\x01\0\0J\0\0\0\x0B\x01\0\0:\0\0\0\xFF\xFF\0\0\0\0:\x01\0\0;\0\0\0\x84\x01\0\0O\0\0\0E\x01\0\0E\0\0\0\xFF\xFF\0\0\0\0u\x01\0\0B\0\0\0\xD3\x01\0\0P\0\0\0\x8A\x01\0\0I\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEANSWERMODE_NONE",
                        "LINEANSWERMODE_DROP",
                        "LINEANSWERMODE_HOLD",
                        "NONE",
                        "DROP",
                        "HOLD",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEANSWERMODE_NONE",
                        " | LINEANSWERMODE_DROP",
                        " | LINEANSWERMODE_HOLD",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEANSWERMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineAnswerMode>`](::tapi_consts::Flags), named [`LineAnswerModeSet`](crate::families::LineAnswerModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINEANSWERMODE_NONE` | `0x00000001` |\n| `LINEANSWERMODE_DROP` | `0x00000002` |\n| `LINEANSWERMODE_HOLD` | `0x00000004` |\n\n# Deutsch\n\nAuswirkung auf den bereits aktiven Anruf einer Leitung, wenn der Benutzer einen weiteren angebotenen Anruf entgegennimmt. Gemeldet im Feld `dwAnswerMode` von `LINEDEVCAPS`; der Wert teilt der Anwendung mit, was mit dem aktuellen Anruf geschieht, wenn sie `lineAnswer` für einen zweiten, angebotenen Anruf aufruft.\n\n- `LINEANSWERMODE_NONE`: Beim Entgegennehmen des neuen Anrufs bleibt der aktive Anruf unverändert.\n- `LINEANSWERMODE_DROP`: Beim Entgegennehmen des neuen Anrufs wird der aktive Anruf automatisch beendet.\n- `LINEANSWERMODE_HOLD`: Beim Entgegennehmen des neuen Anrufs wird der aktive Anruf automatisch gehalten.\n\n# Français\n\nEffet, sur l’appel déjà actif d’une ligne, de la réponse à un autre appel présenté ; indiqué dans le membre `dwAnswerMode` de `LINEDEVCAPS`, il indique à l’application ce que deviendra l’appel en cours si elle appelle `lineAnswer` sur un second appel.\n\n- `LINEANSWERMODE_NONE`: Répondre au nouvel appel laisse l’appel actif tel quel.\n- `LINEANSWERMODE_DROP`: Répondre au nouvel appel met automatiquement fin à l’appel actif.\n- `LINEANSWERMODE_HOLD`: Répondre au nouvel appel met automatiquement l’appel actif en attente.\n"
    )]
    impl LineAnswerMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::None, Self::Drop, Self::Hold];
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
                2 => __tapi::Some(Self::Drop),
                4 => __tapi::Some(Self::Hold),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEANSWERMODE_NONE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineAnswerMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineAnswerMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineAnswerMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineAnswerMode {
        type Error = ::tapi_consts::UnknownValueError<LineAnswerMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineAnswerMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineAnswerMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineAnswerMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineAnswerMode {
        type Output = ::tapi_consts::Flags<LineAnswerMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineAnswerMode> {
            <::tapi_consts::Flags<
                LineAnswerMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineAnswerMode>> for LineAnswerMode {
        type Output = ::tapi_consts::Flags<LineAnswerMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineAnswerMode>,
        ) -> ::tapi_consts::Flags<LineAnswerMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineAnswerMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineAnswerMode);
};
///The `LINEANSWERMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineanswermode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAnswerMode::None`](super::LineAnswerMode::None)."
    )]
    pub const LINEANSWERMODE_NONE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAnswerMode::Drop`](super::LineAnswerMode::Drop)."
    )]
    pub const LINEANSWERMODE_DROP: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineAnswerMode::Hold`](super::LineAnswerMode::Hold)."
    )]
    pub const LINEANSWERMODE_HOLD: ::core::primitive::u32 = 4;
}
/// Conditions under which a call-completion request (`lineCompleteCall`) can be made.
///
/// Reported in the `dwCallCompletionConds` member of `LINEADDRESSCAPS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallComplCond {
    /// Completion can be requested when the called party is busy.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLCOMPLCOND_BUSY` = `0x00000001`")]
    Busy = 0x0000_0001,
    /// Completion can be requested when the call rings without being answered.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLCOMPLCOND_NOANSWER` = `0x00000002`")]
    NoAnswer = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Conditions under which a call-completion request (`lineCompleteCall`) can be made.\n\nReported in the `dwCallCompletionConds` member of `LINEADDRESSCAPS`.Completion can be requested when the called party is busy.Completion can be requested when the call rings without being answered."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Bedingungen, unter denen eine Anrufvervollständigung (`lineCompleteCall`) angefordert werden kann. Gemeldet im Feld `dwCallCompletionConds` von `LINEADDRESSCAPS`.Eine Anrufvervollständigung kann angefordert werden, wenn der angerufene Teilnehmer besetzt ist.Eine Anrufvervollständigung kann angefordert werden, wenn der Anruf klingelt, ohne dass sich jemand meldet."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Conditions dans lesquelles une demande d’achèvement d’appel (`lineCompleteCall`) peut être faite ; indiquées dans le membre `dwCallCompletionConds` de `LINEADDRESSCAPS`.L’achèvement peut être demandé lorsque l’appelé est occupé.L’achèvement peut être demandé lorsque l’appel sonne sans obtenir de réponse."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallComplCond",
            prefix: "LINECALLCOMPLCOND_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["LINECALLCOMPLCOND_BUSY", "LINECALLCOMPLCOND_NOANSWER"],
                bits: &[1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x98\0\0\0\0\0\0\0\xA3\0\0\0\0\0\0\0\xB0\0\0\0\xFF\xFF\0\0\0\0\x98\0\0\0:\0\0\0\xA3\0\0\0a\0\0\0\xB0\0\0\0D\0\0\0\xFF\xFF\0\0\0\0\xD2\0\0\0G\0\0\0\x04\x01\0\0l\0\0\0\xF4\0\0\0U\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLCOMPLCOND_BUSY",
                        "LINECALLCOMPLCOND_NOANSWER",
                        "BUSY",
                        "NOANSWER",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"\0\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINECALLCOMPLCOND_BUSY",
                        " | LINECALLCOMPLCOND_NOANSWER",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLCOMPLCOND_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCallComplCond>`](::tapi_consts::Flags), named [`LineCallComplCondSet`](crate::families::LineCallComplCondSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINECALLCOMPLCOND_BUSY` | `0x00000001` |\n| `LINECALLCOMPLCOND_NOANSWER` | `0x00000002` |\n\n# Deutsch\n\nBedingungen, unter denen eine Anrufvervollständigung (`lineCompleteCall`) angefordert werden kann. Gemeldet im Feld `dwCallCompletionConds` von `LINEADDRESSCAPS`.\n\n- `LINECALLCOMPLCOND_BUSY`: Eine Anrufvervollständigung kann angefordert werden, wenn der angerufene Teilnehmer besetzt ist.\n- `LINECALLCOMPLCOND_NOANSWER`: Eine Anrufvervollständigung kann angefordert werden, wenn der Anruf klingelt, ohne dass sich jemand meldet.\n\n# Français\n\nConditions dans lesquelles une demande d’achèvement d’appel (`lineCompleteCall`) peut être faite ; indiquées dans le membre `dwCallCompletionConds` de `LINEADDRESSCAPS`.\n\n- `LINECALLCOMPLCOND_BUSY`: L’achèvement peut être demandé lorsque l’appelé est occupé.\n- `LINECALLCOMPLCOND_NOANSWER`: L’achèvement peut être demandé lorsque l’appel sonne sans obtenir de réponse.\n"
    )]
    impl LineCallComplCond {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Busy, Self::NoAnswer];
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
                1 => __tapi::Some(Self::Busy),
                2 => __tapi::Some(Self::NoAnswer),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLCOMPLCOND_BUSY`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineCallComplCond {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallComplCond> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallComplCond) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallComplCond {
        type Error = ::tapi_consts::UnknownValueError<LineCallComplCond>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallComplCond {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallComplCond {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCallComplCond {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCallComplCond {
        type Output = ::tapi_consts::Flags<LineCallComplCond>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCallComplCond> {
            <::tapi_consts::Flags<
                LineCallComplCond,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCallComplCond>>
    for LineCallComplCond {
        type Output = ::tapi_consts::Flags<LineCallComplCond>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCallComplCond>,
        ) -> ::tapi_consts::Flags<LineCallComplCond> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallComplCond, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallComplCond);
};
///The `LINECALLCOMPLCOND_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecallcomplcond {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallComplCond::Busy`](super::LineCallComplCond::Busy)."
    )]
    pub const LINECALLCOMPLCOND_BUSY: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallComplCond::NoAnswer`](super::LineCallComplCond::NoAnswer)."
    )]
    pub const LINECALLCOMPLCOND_NOANSWER: ::core::primitive::u32 = 2;
}
/// Ways of completing a call that could not get through (busy or no answer).
///
/// Passed as the `dwCompletionMode` argument of `lineCompleteCall`; `dwCallCompletionModes` of
/// `LINEADDRESSCAPS` lists the ones an address supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallComplMode {
    /// Camp on: the call waits in a queue at the called station until it can be put through.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLCOMPLMODE_CAMPON` = `0x00000001`")]
    CampOn = 0x0000_0001,
    /// Ask the switch to call the user back once the called station becomes idle.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLCOMPLMODE_CALLBACK` = `0x00000002`")]
    Callback = 0x0000_0002,
    /// Break into the call already in progress at the called station (barge-in).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLCOMPLMODE_INTRUDE` = `0x00000004`")]
    Intrude = 0x0000_0004,
    /// Leave a short predefined message at the called station (leave word calling); the message
    /// is chosen separately.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLCOMPLMODE_MESSAGE` = `0x00000008`")]
    Message = 0x0000_0008,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Ways of completing a call that could not get through (busy or no answer).\n\nPassed as the `dwCompletionMode` argument of `lineCompleteCall`; `dwCallCompletionModes` of `LINEADDRESSCAPS` lists the ones an address supports.Camp on: the call waits in a queue at the called station until it can be put through.Ask the switch to call the user back once the called station becomes idle.Break into the call already in progress at the called station (barge-in).Leave a short predefined message at the called station (leave word calling); the message is chosen separately."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten der Anrufvervollständigung für einen Anruf, der nicht durchgekommen ist (Besetzt oder Nichtmelden). Sie werden als Argument `dwCompletionMode` an `lineCompleteCall` übergeben; `dwCallCompletionModes` von `LINEADDRESSCAPS` gibt an, welche davon eine Adresse unterstützt.Warten bei Besetzt (Camp-on): Der Anruf wartet in einer Warteschlange an der angerufenen Nebenstelle, bis er durchgestellt werden kann.Rückruf: Die Vermittlung soll den Benutzer zurückrufen, sobald die angerufene Nebenstelle frei wird.Aufschalten: Der Anruf wird auf das Gespräch aufgeschaltet, das an der angerufenen Nebenstelle bereits läuft (Barge-in).Nachricht hinterlassen: An der angerufenen Nebenstelle wird eine kurze vordefinierte Nachricht hinterlassen (Leave Word Calling); die Nachricht wird gesondert ausgewählt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Manières d’achever un appel qui n’a pas abouti (occupation ou non-réponse) ; passées dans l’argument `dwCompletionMode` de `lineCompleteCall`, `dwCallCompletionModes` de `LINEADDRESSCAPS` énumérant celles qu’une adresse prend en charge.Attente sur occupation (camp-on) : l’appel patiente en file au poste appelé jusqu’à ce qu’il puisse aboutir.Demande au commutateur de rappeler l’utilisateur dès que le poste appelé redevient libre.Intrusion dans la communication déjà en cours au poste appelé.Dépôt d’un court message prédéfini au poste appelé ; le message est choisi séparément."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallComplMode",
            prefix: "LINECALLCOMPLMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 15u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINECALLCOMPLMODE_CAMPON",
                    "LINECALLCOMPLMODE_CALLBACK",
                    "LINECALLCOMPLMODE_INTRUDE",
                    "LINECALLCOMPLMODE_MESSAGE",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xDC\0\0\0\0\0\0\0\x17\x01\0\0\0\0\0\0\xF9\0\0\0\xFF\xFF\0\0\0\0\xDC\0\0\0U\0\0\0\x17\x01\0\0\x87\0\0\0\xF9\0\0\0t\0\0\0\xFF\xFF\0\0\0\x001\x01\0\0J\0\0\0\x9E\x01\0\0f\0\0\0m\x01\0\0]\0\0\0\xFF\xFF\0\0\0\0{\x01\0\0I\0\0\0\x04\x02\0\0z\0\0\0\xCA\x01\0\0A\0\0\0\xFF\xFF\0\0\0\0\xC4\x01\0\0n\0\0\0~\x02\0\0\xAB\0\0\0\x0B\x02\0\0_\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLCOMPLMODE_CAMPON",
                        "LINECALLCOMPLMODE_CALLBACK",
                        "LINECALLCOMPLMODE_INTRUDE",
                        "LINECALLCOMPLMODE_MESSAGE",
                        "CAMPON",
                        "CALLBACK",
                        "INTRUDE",
                        "MESSAGE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINECALLCOMPLMODE_CAMPON",
                        " | LINECALLCOMPLMODE_CALLBACK",
                        " | LINECALLCOMPLMODE_INTRUDE",
                        " | LINECALLCOMPLMODE_MESSAGE",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\x01\0\x01\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLCOMPLMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCallComplMode>`](::tapi_consts::Flags), named [`LineCallComplModeSet`](crate::families::LineCallComplModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINECALLCOMPLMODE_CAMPON` | `0x00000001` |\n| `LINECALLCOMPLMODE_CALLBACK` | `0x00000002` |\n| `LINECALLCOMPLMODE_INTRUDE` | `0x00000004` |\n| `LINECALLCOMPLMODE_MESSAGE` | `0x00000008` |\n\n# Deutsch\n\nArten der Anrufvervollständigung für einen Anruf, der nicht durchgekommen ist (Besetzt oder Nichtmelden). Sie werden als Argument `dwCompletionMode` an `lineCompleteCall` übergeben; `dwCallCompletionModes` von `LINEADDRESSCAPS` gibt an, welche davon eine Adresse unterstützt.\n\n- `LINECALLCOMPLMODE_CAMPON`: Warten bei Besetzt (Camp-on): Der Anruf wartet in einer Warteschlange an der angerufenen Nebenstelle, bis er durchgestellt werden kann.\n- `LINECALLCOMPLMODE_CALLBACK`: Rückruf: Die Vermittlung soll den Benutzer zurückrufen, sobald die angerufene Nebenstelle frei wird.\n- `LINECALLCOMPLMODE_INTRUDE`: Aufschalten: Der Anruf wird auf das Gespräch aufgeschaltet, das an der angerufenen Nebenstelle bereits läuft (Barge-in).\n- `LINECALLCOMPLMODE_MESSAGE`: Nachricht hinterlassen: An der angerufenen Nebenstelle wird eine kurze vordefinierte Nachricht hinterlassen (Leave Word Calling); die Nachricht wird gesondert ausgewählt.\n\n# Français\n\nManières d’achever un appel qui n’a pas abouti (occupation ou non-réponse) ; passées dans l’argument `dwCompletionMode` de `lineCompleteCall`, `dwCallCompletionModes` de `LINEADDRESSCAPS` énumérant celles qu’une adresse prend en charge.\n\n- `LINECALLCOMPLMODE_CAMPON`: Attente sur occupation (camp-on) : l’appel patiente en file au poste appelé jusqu’à ce qu’il puisse aboutir.\n- `LINECALLCOMPLMODE_CALLBACK`: Demande au commutateur de rappeler l’utilisateur dès que le poste appelé redevient libre.\n- `LINECALLCOMPLMODE_INTRUDE`: Intrusion dans la communication déjà en cours au poste appelé.\n- `LINECALLCOMPLMODE_MESSAGE`: Dépôt d’un court message prédéfini au poste appelé ; le message est choisi séparément.\n"
    )]
    impl LineCallComplMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::CampOn,
            Self::Callback,
            Self::Intrude,
            Self::Message,
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
                1 => __tapi::Some(Self::CampOn),
                2 => __tapi::Some(Self::Callback),
                4 => __tapi::Some(Self::Intrude),
                8 => __tapi::Some(Self::Message),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLCOMPLMODE_CAMPON`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineCallComplMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallComplMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallComplMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallComplMode {
        type Error = ::tapi_consts::UnknownValueError<LineCallComplMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallComplMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallComplMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCallComplMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCallComplMode {
        type Output = ::tapi_consts::Flags<LineCallComplMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCallComplMode> {
            <::tapi_consts::Flags<
                LineCallComplMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCallComplMode>>
    for LineCallComplMode {
        type Output = ::tapi_consts::Flags<LineCallComplMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCallComplMode>,
        ) -> ::tapi_consts::Flags<LineCallComplMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallComplMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallComplMode);
};
///The `LINECALLCOMPLMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecallcomplmode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallComplMode::CampOn`](super::LineCallComplMode::CampOn)."
    )]
    pub const LINECALLCOMPLMODE_CAMPON: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallComplMode::Callback`](super::LineCallComplMode::Callback)."
    )]
    pub const LINECALLCOMPLMODE_CALLBACK: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallComplMode::Intrude`](super::LineCallComplMode::Intrude)."
    )]
    pub const LINECALLCOMPLMODE_INTRUDE: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallComplMode::Message`](super::LineCallComplMode::Message)."
    )]
    pub const LINECALLCOMPLMODE_MESSAGE: ::core::primitive::u32 = 8;
}
/// Options that control how a call is set up, given in the `dwCallParamFlags` member of
/// `LINECALLPARAMS` (passed to `lineMakeCall`, `lineSetupTransfer`, `lineSetupConference` and
/// similar functions) and reported back in `LINECALLINFO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallParamFlags {
    /// Asks for the call to be set up as a secure call, whose media stream the switch shields from
    /// interruptions such as call-waiting tones.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARAMFLAGS_SECURE` = `0x00000001`")]
    Secure = 0x0000_0001,
    /// Places the call on an idle call appearance instead of joining a call already in progress.
    /// Without it, `lineMakeCall` may break into an existing call on the line to make the new one.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARAMFLAGS_IDLE` = `0x00000002`")]
    Idle = 0x0000_0002,
    /// Hides the identity of the caller from the called party (caller ID blocking).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARAMFLAGS_BLOCKID` = `0x00000004`")]
    BlockId = 0x0000_0004,
    /// Takes the calling party's phone off hook automatically when the call is placed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARAMFLAGS_ORIGOFFHOOK` = `0x00000008`")]
    OrigOffHook = 0x0000_0008,
    /// Takes the called party's phone off hook automatically, so the call is answered without any
    /// action from that user.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARAMFLAGS_DESTOFFHOOK` = `0x00000010`")]
    DestOffHook = 0x0000_0010,
    /// Only with `lineSetupConference` and `linePrepareAddToConference`: the party given in
    /// `TargetAddress` is added without putting the existing call on hold and without drawing dial
    /// tone, and the conference forms by itself once the consultation call connects. Often used to
    /// bring a supervisor into an ACD agent's call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARAMFLAGS_NOHOLDCONFERENCE` = `0x00000020`")]
    NoHoldConference = 0x0000_0020,
    /// Turns on enhanced call-progress and media monitoring for a call placed on an address with
    /// predictive dialing (`LINEADDRCAPFLAGS_PREDICTIVEDIALER`). Without it, the call gets no such
    /// monitoring and no automatic transfer based on call state.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARAMFLAGS_PREDICTIVEDIAL` = `0x00000040`")]
    PredictiveDial = 0x0000_0040,
    /// Only with `lineSetupTransfer`: the consultation call also dials `TargetAddress` in the same
    /// step, so no separate `lineDial` is needed. The original call still waits on hold for the
    /// transfer, and `lineCompleteTransfer` must still be called.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLPARAMFLAGS_ONESTEPTRANSFER` = `0x00000080`")]
    OneStepTransfer = 0x0000_0080,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Options that control how a call is set up, given in the `dwCallParamFlags` member of `LINECALLPARAMS` (passed to `lineMakeCall`, `lineSetupTransfer`, `lineSetupConference` and similar functions) and reported back in `LINECALLINFO`.Asks for the call to be set up as a secure call, whose media stream the switch shields from interruptions such as call-waiting tones.Places the call on an idle call appearance instead of joining a call already in progress. Without it, `lineMakeCall` may break into an existing call on the line to make the new one.Hides the identity of the caller from the called party (caller ID blocking).Takes the calling party's phone off hook automatically when the call is placed.Takes the called party's phone off hook automatically, so the call is answered without any action from that user.Only with `lineSetupConference` and `linePrepareAddToConference`: the party given in `TargetAddress` is added without putting the existing call on hold and without drawing dial tone, and the conference forms by itself once the consultation call connects. Often used to bring a supervisor into an ACD agent's call.Turns on enhanced call-progress and media monitoring for a call placed on an address with predictive dialing (`LINEADDRCAPFLAGS_PREDICTIVEDIALER`). Without it, the call gets no such monitoring and no automatic transfer based on call state.Only with `lineSetupTransfer`: the consultation call also dials `TargetAddress` in the same step, so no separate `lineDial` is needed. The original call still waits on hold for the transfer, and `lineCompleteTransfer` must still be called."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Optionen für den Verbindungsaufbau eines Anrufs, angegeben im Feld `dwCallParamFlags` der Struktur `LINECALLPARAMS` (die an `lineMakeCall`, `lineSetupTransfer`, `lineSetupConference` und ähnliche Funktionen übergeben wird) und in `LINECALLINFO` zurückgemeldet.Fordert an, den Anruf als gesicherten Anruf aufzubauen, dessen Medienstrom die Vermittlung vor Unterbrechungen wie Anklopftönen schützt.Legt den Anruf auf eine freie Anrufdarstellung, statt sich einem bereits laufenden Anruf anzuschließen. Ohne dieses Bit kann sich `lineMakeCall` zum Aufbau des neuen Anrufs in einen bestehenden Anruf auf der Leitung einschalten.Unterdrückt gegenüber dem angerufenen Teilnehmer die Kennungsangaben des Anrufers (Rufnummer unterdrückt).Das Telefon des Anrufers wird beim Absetzen des Anrufs automatisch abgehoben.Das Telefon des angerufenen Teilnehmers wird automatisch abgehoben, sodass der Anruf ohne Zutun dieses Benutzers entgegengenommen wird.Nur mit `lineSetupConference` und `linePrepareAddToConference`: Der in `TargetAddress` angegebene Teilnehmer wird hinzugefügt, ohne dass der bestehende Anruf gehalten und ein Wählton angefordert wird, und die Konferenz kommt von selbst zustande, sobald der Rückfrageanruf verbunden ist (Konferenz ohne Halten). Wird oft verwendet, um einen Supervisor in den Anruf eines ACD-Agenten zu holen.Schaltet für einen Anruf, der auf einer Adresse mit vorausschauender Wahl (Predictive Dialing, `LINEADDRCAPFLAGS_PREDICTIVEDIALER`) abgesetzt wird, die erweiterte Überwachung des Anrufverlaufs und der Medien ein. Ohne dieses Bit erhält der Anruf weder diese Überwachung noch eine automatische Übergabe anhand des Anrufzustands.Nur mit `lineSetupTransfer`: Der Rückfrageanruf wählt `TargetAddress` im selben Schritt, ein gesondertes `lineDial` ist also nicht nötig (Übergabe in einem Schritt). Der ursprüngliche Anruf wartet weiterhin gehalten auf die Übergabe, und `lineCompleteTransfer` muss trotzdem aufgerufen werden."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Options qui déterminent l’établissement d’un appel, fournies dans le membre `dwCallParamFlags` de `LINECALLPARAMS` (transmis à `lineMakeCall`, `lineSetupTransfer`, `lineSetupConference` et à des fonctions semblables) et restituées dans `LINECALLINFO`.Demande que l’appel soit établi en mode sécurisé : le commutateur protège son flux de média des interruptions, comme les tonalités de signal d’appel.Émet l’appel sur une présentation d’appel libre au lieu de rejoindre un appel déjà en cours. Sans cet indicateur, `lineMakeCall` peut s’insérer dans un appel existant sur la ligne pour émettre le nouvel appel.Masque l’identité de l’appelant auprès de l’appelé (blocage de la présentation du numéro).Décroche automatiquement le téléphone de l’appelant lors de l’émission de l’appel.Décroche automatiquement le téléphone de l’appelé, si bien que l’appel est pris sans aucune action de cet utilisateur.Uniquement avec `lineSetupConference` et `linePrepareAddToConference` : le correspondant indiqué dans `TargetAddress` est ajouté sans mise en attente de l’appel existant ni prise de tonalité de numérotation, et la conférence s’établit d’elle-même dès que l’appel de consultation est connecté. Sert souvent à faire entrer un superviseur dans l’appel d’un agent ACD.Active la détection avancée de la progression de l’appel et du média pour un appel émis sur une adresse dotée de la numérotation prédictive (`LINEADDRCAPFLAGS_PREDICTIVEDIALER`). Sans cet indicateur, l’appel ne bénéficie ni de cette détection ni d’un transfert automatique selon son état.Uniquement avec `lineSetupTransfer` : l’appel de consultation compose aussi `TargetAddress` dans la même opération, sans `lineDial` séparé. L’appel d’origine reste en attente de transfert, et il faut toujours appeler `lineCompleteTransfer`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallParamFlags",
            prefix: "LINECALLPARAMFLAGS_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 255u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINECALLPARAMFLAGS_SECURE",
                    "LINECALLPARAMFLAGS_IDLE",
                    "LINECALLPARAMFLAGS_BLOCKID",
                    "LINECALLPARAMFLAGS_ORIGOFFHOOK",
                    "LINECALLPARAMFLAGS_DESTOFFHOOK",
                    "LINECALLPARAMFLAGS_NOHOLDCONFERENCE",
                    "LINECALLPARAMFLAGS_PREDICTIVEDIAL",
                    "LINECALLPARAMFLAGS_ONESTEPTRANSFER",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xE7\0\0\0\0\0\0\0\x08\x01\0\0\0\0\0\0\x04\x01\0\0\xFF\xFF\0\0\0\0\xE7\0\0\0\x85\0\0\0\x08\x01\0\0\x8A\0\0\0\x04\x01\0\0\x9F\0\0\0\xFF\xFF\0\0\0\0l\x01\0\0\xB5\0\0\0\x92\x01\0\0\xE5\0\0\0\xA3\x01\0\0\xDD\0\0\0\xFF\xFF\0\0\0\0!\x02\0\0L\0\0\0w\x02\0\0m\0\0\0\x80\x02\0\0e\0\0\0\xFF\xFF\0\0\0\0m\x02\0\0O\0\0\0\xE4\x02\0\0M\0\0\0\xE5\x02\0\0\\\0\0\0\xFF\xFF\0\0\0\0\xBC\x02\0\0q\0\0\x001\x03\0\0\x87\0\0\0A\x03\0\0~\0\0\0\x02\0\0\0\0\0-\x03\0\09\x01\0\0\xB8\x03\0\0\x8A\x01\0\0\xBF\x03\0\0\x82\x01\0\0\x02\0\0\0\0\0f\x04\0\0\xEF\0\0\0B\x05\0\0L\x01\0\0A\x05\0\x001\x01\0\0\x02\0\0\0\0\0U\x05\0\0\xEF\0\0\0\x8E\x06\0\0+\x01\0\0r\x06\0\0\xFA\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLPARAMFLAGS_SECURE",
                        "LINECALLPARAMFLAGS_IDLE",
                        "LINECALLPARAMFLAGS_BLOCKID",
                        "LINECALLPARAMFLAGS_ORIGOFFHOOK",
                        "LINECALLPARAMFLAGS_DESTOFFHOOK",
                        "LINECALLPARAMFLAGS_NOHOLDCONFERENCE",
                        "LINECALLPARAMFLAGS_PREDICTIVEDIAL",
                        "LINECALLPARAMFLAGS_ONESTEPTRANSFER",
                        "SECURE",
                        "IDLE",
                        "BLOCKID",
                        "ORIGOFFHOOK",
                        "DESTOFFHOOK",
                        "NOHOLDCONFERENCE",
                        "PREDICTIVEDIAL",
                        "ONESTEPTRANSFER",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINECALLPARAMFLAGS_SECURE",
                        " | LINECALLPARAMFLAGS_IDLE",
                        " | LINECALLPARAMFLAGS_BLOCKID",
                        " | LINECALLPARAMFLAGS_ORIGOFFHOOK",
                        " | LINECALLPARAMFLAGS_DESTOFFHOOK",
                        " | LINECALLPARAMFLAGS_NOHOLDCONFERENCE",
                        " | LINECALLPARAMFLAGS_PREDICTIVEDIAL",
                        " | LINECALLPARAMFLAGS_ONESTEPTRANSFER",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\0\0\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLPARAMFLAGS_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCallParamFlags>`](::tapi_consts::Flags), named [`LineCallParamFlagsSet`](crate::families::LineCallParamFlagsSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINECALLPARAMFLAGS_SECURE` | `0x00000001` |  |\n| `LINECALLPARAMFLAGS_IDLE` | `0x00000002` |  |\n| `LINECALLPARAMFLAGS_BLOCKID` | `0x00000004` |  |\n| `LINECALLPARAMFLAGS_ORIGOFFHOOK` | `0x00000008` |  |\n| `LINECALLPARAMFLAGS_DESTOFFHOOK` | `0x00000010` |  |\n| `LINECALLPARAMFLAGS_NOHOLDCONFERENCE` | `0x00000020` | TAPI 2.0 |\n| `LINECALLPARAMFLAGS_PREDICTIVEDIAL` | `0x00000040` | TAPI 2.0 |\n| `LINECALLPARAMFLAGS_ONESTEPTRANSFER` | `0x00000080` | TAPI 2.0 |\n\n# Deutsch\n\nOptionen für den Verbindungsaufbau eines Anrufs, angegeben im Feld `dwCallParamFlags` der Struktur `LINECALLPARAMS` (die an `lineMakeCall`, `lineSetupTransfer`, `lineSetupConference` und ähnliche Funktionen übergeben wird) und in `LINECALLINFO` zurückgemeldet.\n\n- `LINECALLPARAMFLAGS_SECURE`: Fordert an, den Anruf als gesicherten Anruf aufzubauen, dessen Medienstrom die Vermittlung vor Unterbrechungen wie Anklopftönen schützt.\n- `LINECALLPARAMFLAGS_IDLE`: Legt den Anruf auf eine freie Anrufdarstellung, statt sich einem bereits laufenden Anruf anzuschließen. Ohne dieses Bit kann sich `lineMakeCall` zum Aufbau des neuen Anrufs in einen bestehenden Anruf auf der Leitung einschalten.\n- `LINECALLPARAMFLAGS_BLOCKID`: Unterdrückt gegenüber dem angerufenen Teilnehmer die Kennungsangaben des Anrufers (Rufnummer unterdrückt).\n- `LINECALLPARAMFLAGS_ORIGOFFHOOK`: Das Telefon des Anrufers wird beim Absetzen des Anrufs automatisch abgehoben.\n- `LINECALLPARAMFLAGS_DESTOFFHOOK`: Das Telefon des angerufenen Teilnehmers wird automatisch abgehoben, sodass der Anruf ohne Zutun dieses Benutzers entgegengenommen wird.\n- `LINECALLPARAMFLAGS_NOHOLDCONFERENCE`: Nur mit `lineSetupConference` und `linePrepareAddToConference`: Der in `TargetAddress` angegebene Teilnehmer wird hinzugefügt, ohne dass der bestehende Anruf gehalten und ein Wählton angefordert wird, und die Konferenz kommt von selbst zustande, sobald der Rückfrageanruf verbunden ist (Konferenz ohne Halten). Wird oft verwendet, um einen Supervisor in den Anruf eines ACD-Agenten zu holen.\n- `LINECALLPARAMFLAGS_PREDICTIVEDIAL`: Schaltet für einen Anruf, der auf einer Adresse mit vorausschauender Wahl (Predictive Dialing, `LINEADDRCAPFLAGS_PREDICTIVEDIALER`) abgesetzt wird, die erweiterte Überwachung des Anrufverlaufs und der Medien ein. Ohne dieses Bit erhält der Anruf weder diese Überwachung noch eine automatische Übergabe anhand des Anrufzustands.\n- `LINECALLPARAMFLAGS_ONESTEPTRANSFER`: Nur mit `lineSetupTransfer`: Der Rückfrageanruf wählt `TargetAddress` im selben Schritt, ein gesondertes `lineDial` ist also nicht nötig (Übergabe in einem Schritt). Der ursprüngliche Anruf wartet weiterhin gehalten auf die Übergabe, und `lineCompleteTransfer` muss trotzdem aufgerufen werden.\n\n# Français\n\nOptions qui déterminent l’établissement d’un appel, fournies dans le membre `dwCallParamFlags` de `LINECALLPARAMS` (transmis à `lineMakeCall`, `lineSetupTransfer`, `lineSetupConference` et à des fonctions semblables) et restituées dans `LINECALLINFO`.\n\n- `LINECALLPARAMFLAGS_SECURE`: Demande que l’appel soit établi en mode sécurisé : le commutateur protège son flux de média des interruptions, comme les tonalités de signal d’appel.\n- `LINECALLPARAMFLAGS_IDLE`: Émet l’appel sur une présentation d’appel libre au lieu de rejoindre un appel déjà en cours. Sans cet indicateur, `lineMakeCall` peut s’insérer dans un appel existant sur la ligne pour émettre le nouvel appel.\n- `LINECALLPARAMFLAGS_BLOCKID`: Masque l’identité de l’appelant auprès de l’appelé (blocage de la présentation du numéro).\n- `LINECALLPARAMFLAGS_ORIGOFFHOOK`: Décroche automatiquement le téléphone de l’appelant lors de l’émission de l’appel.\n- `LINECALLPARAMFLAGS_DESTOFFHOOK`: Décroche automatiquement le téléphone de l’appelé, si bien que l’appel est pris sans aucune action de cet utilisateur.\n- `LINECALLPARAMFLAGS_NOHOLDCONFERENCE`: Uniquement avec `lineSetupConference` et `linePrepareAddToConference` : le correspondant indiqué dans `TargetAddress` est ajouté sans mise en attente de l’appel existant ni prise de tonalité de numérotation, et la conférence s’établit d’elle-même dès que l’appel de consultation est connecté. Sert souvent à faire entrer un superviseur dans l’appel d’un agent ACD.\n- `LINECALLPARAMFLAGS_PREDICTIVEDIAL`: Active la détection avancée de la progression de l’appel et du média pour un appel émis sur une adresse dotée de la numérotation prédictive (`LINEADDRCAPFLAGS_PREDICTIVEDIALER`). Sans cet indicateur, l’appel ne bénéficie ni de cette détection ni d’un transfert automatique selon son état.\n- `LINECALLPARAMFLAGS_ONESTEPTRANSFER`: Uniquement avec `lineSetupTransfer` : l’appel de consultation compose aussi `TargetAddress` dans la même opération, sans `lineDial` séparé. L’appel d’origine reste en attente de transfert, et il faut toujours appeler `lineCompleteTransfer`.\n"
    )]
    impl LineCallParamFlags {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Secure,
            Self::Idle,
            Self::BlockId,
            Self::OrigOffHook,
            Self::DestOffHook,
            Self::NoHoldConference,
            Self::PredictiveDial,
            Self::OneStepTransfer,
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
                1 => __tapi::Some(Self::Secure),
                2 => __tapi::Some(Self::Idle),
                4 => __tapi::Some(Self::BlockId),
                8 => __tapi::Some(Self::OrigOffHook),
                16 => __tapi::Some(Self::DestOffHook),
                32 => __tapi::Some(Self::NoHoldConference),
                64 => __tapi::Some(Self::PredictiveDial),
                128 => __tapi::Some(Self::OneStepTransfer),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLPARAMFLAGS_SECURE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineCallParamFlags {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallParamFlags> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallParamFlags) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallParamFlags {
        type Error = ::tapi_consts::UnknownValueError<LineCallParamFlags>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallParamFlags {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallParamFlags {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCallParamFlags {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCallParamFlags {
        type Output = ::tapi_consts::Flags<LineCallParamFlags>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCallParamFlags> {
            <::tapi_consts::Flags<
                LineCallParamFlags,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCallParamFlags>>
    for LineCallParamFlags {
        type Output = ::tapi_consts::Flags<LineCallParamFlags>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCallParamFlags>,
        ) -> ::tapi_consts::Flags<LineCallParamFlags> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallParamFlags, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallParamFlags);
};
///The `LINECALLPARAMFLAGS_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecallparamflags {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallParamFlags::Secure`](super::LineCallParamFlags::Secure)."
    )]
    pub const LINECALLPARAMFLAGS_SECURE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallParamFlags::Idle`](super::LineCallParamFlags::Idle)."
    )]
    pub const LINECALLPARAMFLAGS_IDLE: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallParamFlags::BlockId`](super::LineCallParamFlags::BlockId)."
    )]
    pub const LINECALLPARAMFLAGS_BLOCKID: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallParamFlags::OrigOffHook`](super::LineCallParamFlags::OrigOffHook)."
    )]
    pub const LINECALLPARAMFLAGS_ORIGOFFHOOK: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallParamFlags::DestOffHook`](super::LineCallParamFlags::DestOffHook)."
    )]
    pub const LINECALLPARAMFLAGS_DESTOFFHOOK: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallParamFlags::NoHoldConference`](super::LineCallParamFlags::NoHoldConference)."
    )]
    pub const LINECALLPARAMFLAGS_NOHOLDCONFERENCE: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallParamFlags::PredictiveDial`](super::LineCallParamFlags::PredictiveDial)."
    )]
    pub const LINECALLPARAMFLAGS_PREDICTIVEDIAL: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallParamFlags::OneStepTransfer`](super::LineCallParamFlags::OneStepTransfer)."
    )]
    pub const LINECALLPARAMFLAGS_ONESTEPTRANSFER: ::core::primitive::u32 = 128;
}
/// Scope of the calls that a request applies to, for example in the `dwSelect` parameter of
/// `lineGetNewCalls` or `lineSetMediaControl`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallSelect {
    /// Selects the calls on the given line device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSELECT_LINE` = `0x00000001`")]
    Line = 0x0000_0001,
    /// Selects the calls on the given address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSELECT_ADDRESS` = `0x00000002`")]
    Address = 0x0000_0002,
    /// Selects the calls related to the given call, such as the other parties of a conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSELECT_CALL` = `0x00000004`")]
    Call = 0x0000_0004,
    /// Selects the calls on the line named by a device identifier rather than a line handle. Only
    /// offered when TAPI 2.1 or later is negotiated; `LINE` is usually preferable.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSELECT_DEVICEID` = `0x00000008`")]
    DeviceId = 0x0000_0008,
    /// Selects the calls related to the given call identifier. Only offered when TAPI 3.0 or later
    /// is negotiated.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLSELECT_CALLID` = `0x00000010`")]
    CallId = 0x0000_0010,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Scope of the calls that a request applies to, for example in the `dwSelect` parameter of `lineGetNewCalls` or `lineSetMediaControl`.Selects the calls on the given line device.Selects the calls on the given address.Selects the calls related to the given call, such as the other parties of a conference.Selects the calls on the line named by a device identifier rather than a line handle. Only offered when TAPI 2.1 or later is negotiated; `LINE` is usually preferable.Selects the calls related to the given call identifier. Only offered when TAPI 3.0 or later is negotiated."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Umfang der Anrufe, auf die sich eine Anforderung bezieht, etwa im Parameter `dwSelect` von `lineGetNewCalls` oder `lineSetMediaControl`.Wählt die Anrufe auf dem angegebenen Leitungsgerät aus.Wählt die Anrufe auf der angegebenen Adresse aus.Wählt die Anrufe aus, die mit dem angegebenen Anruf zusammenhängen, etwa die anderen Teilnehmer einer Konferenz.Wählt die Anrufe auf der Leitung aus, die über eine Gerätekennung statt über ein Leitungshandle angegeben ist. Nur verfügbar, wenn TAPI 2.1 oder höher ausgehandelt wurde; `LINE` ist meist vorzuziehen.Wählt die Anrufe aus, die mit der angegebenen Anrufkennung zusammenhängen. Nur verfügbar, wenn TAPI 3.0 oder höher ausgehandelt wurde."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Portée des appels visés par une requête, par exemple dans le paramètre `dwSelect` de `lineGetNewCalls` ou de `lineSetMediaControl`.Sélectionne les appels du périphérique de ligne indiqué.Sélectionne les appels de l’adresse indiquée.Sélectionne les appels liés à l’appel indiqué, comme les autres participants d’une conférence.Sélectionne les appels de la ligne désignée par un identifiant de périphérique plutôt que par un handle de ligne. Proposé seulement si TAPI 2.1 ou une version ultérieure est négociée ; `LINE` est en général préférable.Sélectionne les appels liés à l’identifiant d’appel indiqué. Proposé seulement si TAPI 3.0 ou une version ultérieure est négociée."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallSelect",
            prefix: "LINECALLSELECT_",
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
                    "LINECALLSELECT_LINE",
                    "LINECALLSELECT_ADDRESS",
                    "LINECALLSELECT_CALL",
                    "LINECALLSELECT_DEVICEID",
                    "LINECALLSELECT_CALLID",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x84\0\0\0\0\0\0\0\x88\0\0\0\0\0\0\0\x87\0\0\0\xFF\xFF\0\0\0\0\x84\0\0\0+\0\0\0\x88\0\0\09\0\0\0\x87\0\0\0<\0\0\0\xFF\xFF\0\0\0\0\xAF\0\0\0'\0\0\0\xC1\0\0\x002\0\0\0\xC3\0\0\x001\0\0\0\xFF\xFF\0\0\0\0\xD6\0\0\0W\0\0\0\xF3\0\0\0r\0\0\0\xF4\0\0\0g\0\0\0\x02\x01\0\0\0\0-\x01\0\0\xA6\0\0\0e\x01\0\0\xCE\0\0\0[\x01\0\0\xE8\0\0\0\x03\0\0\0\0\0\xD3\x01\0\0j\0\0\x003\x02\0\0\x8A\0\0\0C\x02\0\0\x8E\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLSELECT_LINE",
                        "LINECALLSELECT_ADDRESS",
                        "LINECALLSELECT_CALL",
                        "LINECALLSELECT_DEVICEID",
                        "LINECALLSELECT_CALLID",
                        "LINE",
                        "ADDRESS",
                        "CALL",
                        "DEVICEID",
                        "CALLID",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINECALLSELECT_LINE",
                        " | LINECALLSELECT_ADDRESS",
                        " | LINECALLSELECT_CALL",
                        " | LINECALLSELECT_DEVICEID",
                        " | LINECALLSELECT_CALLID",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 16240640158330268813u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x04\0\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x05\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLSELECT_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCallSelect>`](::tapi_consts::Flags), named [`LineCallSelectSet`](crate::families::LineCallSelectSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINECALLSELECT_LINE` | `0x00000001` |  |\n| `LINECALLSELECT_ADDRESS` | `0x00000002` |  |\n| `LINECALLSELECT_CALL` | `0x00000004` |  |\n| `LINECALLSELECT_DEVICEID` | `0x00000008` | TAPI 2.1 |\n| `LINECALLSELECT_CALLID` | `0x00000010` | TAPI 3.0 |\n\n# Deutsch\n\nUmfang der Anrufe, auf die sich eine Anforderung bezieht, etwa im Parameter `dwSelect` von `lineGetNewCalls` oder `lineSetMediaControl`.\n\n- `LINECALLSELECT_LINE`: Wählt die Anrufe auf dem angegebenen Leitungsgerät aus.\n- `LINECALLSELECT_ADDRESS`: Wählt die Anrufe auf der angegebenen Adresse aus.\n- `LINECALLSELECT_CALL`: Wählt die Anrufe aus, die mit dem angegebenen Anruf zusammenhängen, etwa die anderen Teilnehmer einer Konferenz.\n- `LINECALLSELECT_DEVICEID`: Wählt die Anrufe auf der Leitung aus, die über eine Gerätekennung statt über ein Leitungshandle angegeben ist. Nur verfügbar, wenn TAPI 2.1 oder höher ausgehandelt wurde; `LINE` ist meist vorzuziehen.\n- `LINECALLSELECT_CALLID`: Wählt die Anrufe aus, die mit der angegebenen Anrufkennung zusammenhängen. Nur verfügbar, wenn TAPI 3.0 oder höher ausgehandelt wurde.\n\n# Français\n\nPortée des appels visés par une requête, par exemple dans le paramètre `dwSelect` de `lineGetNewCalls` ou de `lineSetMediaControl`.\n\n- `LINECALLSELECT_LINE`: Sélectionne les appels du périphérique de ligne indiqué.\n- `LINECALLSELECT_ADDRESS`: Sélectionne les appels de l’adresse indiquée.\n- `LINECALLSELECT_CALL`: Sélectionne les appels liés à l’appel indiqué, comme les autres participants d’une conférence.\n- `LINECALLSELECT_DEVICEID`: Sélectionne les appels de la ligne désignée par un identifiant de périphérique plutôt que par un handle de ligne. Proposé seulement si TAPI 2.1 ou une version ultérieure est négociée ; `LINE` est en général préférable.\n- `LINECALLSELECT_CALLID`: Sélectionne les appels liés à l’identifiant d’appel indiqué. Proposé seulement si TAPI 3.0 ou une version ultérieure est négociée.\n"
    )]
    impl LineCallSelect {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Line,
            Self::Address,
            Self::Call,
            Self::DeviceId,
            Self::CallId,
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
                1 => __tapi::Some(Self::Line),
                2 => __tapi::Some(Self::Address),
                4 => __tapi::Some(Self::Call),
                8 => __tapi::Some(Self::DeviceId),
                16 => __tapi::Some(Self::CallId),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLSELECT_LINE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineCallSelect {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallSelect> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallSelect) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallSelect {
        type Error = ::tapi_consts::UnknownValueError<LineCallSelect>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallSelect {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallSelect {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCallSelect {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCallSelect {
        type Output = ::tapi_consts::Flags<LineCallSelect>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCallSelect> {
            <::tapi_consts::Flags<
                LineCallSelect,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCallSelect>> for LineCallSelect {
        type Output = ::tapi_consts::Flags<LineCallSelect>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCallSelect>,
        ) -> ::tapi_consts::Flags<LineCallSelect> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallSelect, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallSelect);
};
///The `LINECALLSELECT_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecallselect {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallSelect::Line`](super::LineCallSelect::Line)."
    )]
    pub const LINECALLSELECT_LINE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallSelect::Address`](super::LineCallSelect::Address)."
    )]
    pub const LINECALLSELECT_ADDRESS: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallSelect::Call`](super::LineCallSelect::Call)."
    )]
    pub const LINECALLSELECT_CALL: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallSelect::DeviceId`](super::LineCallSelect::DeviceId)."
    )]
    pub const LINECALLSELECT_DEVICEID: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallSelect::CallId`](super::LineCallSelect::CallId)."
    )]
    pub const LINECALLSELECT_CALLID: ::core::primitive::u32 = 16;
}
/// How a consultation transfer set up with `lineSetupTransfer` is finished.
///
/// Passed as `dwTransferMode` to `lineCompleteTransfer`; `dwTransferModes` of `LINEADDRESSCAPS`
/// lists the modes an address supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineTransferMode {
    /// The original party is connected to the consulted party and the application steps out; from its
    /// point of view both calls go idle.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSFERMODE_TRANSFER` = `0x00000001`")]
    Transfer = 0x0000_0001,
    /// Instead of stepping out, the application stays on and is joined with the original and consulted
    /// parties in a new three-way conference call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSFERMODE_CONFERENCE` = `0x00000002`")]
    Conference = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "How a consultation transfer set up with `lineSetupTransfer` is finished.\n\nPassed as `dwTransferMode` to `lineCompleteTransfer`; `dwTransferModes` of `LINEADDRESSCAPS` lists the modes an address supports.The original party is connected to the consulted party and the application steps out; from its point of view both calls go idle.Instead of stepping out, the application stays on and is joined with the original and consulted parties in a new three-way conference call."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Art, wie eine mit `lineSetupTransfer` vorbereitete Übergabe mit Rückfrage abgeschlossen wird. Wird als `dwTransferMode` an `lineCompleteTransfer` übergeben; `dwTransferModes` von `LINEADDRESSCAPS` gibt an, welche Modi eine Adresse unterstützt.Der ursprüngliche Teilnehmer wird mit dem Teilnehmer der Rückfrage verbunden, und die Anwendung scheidet aus; aus ihrer Sicht werden beide Anrufe inaktiv.Statt auszuscheiden, bleibt die Anwendung in der Verbindung und wird mit dem ursprünglichen Teilnehmer und dem Teilnehmer der Rückfrage zu einer neuen Dreierkonferenz zusammengeschaltet."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Façon de terminer un transfert avec consultation préparé par `lineSetupTransfer`. Passée comme `dwTransferMode` à `lineCompleteTransfer` ; `dwTransferModes` de `LINEADDRESSCAPS` liste les modes pris en charge par une adresse.Le correspondant d’origine est mis en relation avec le correspondant consulté et l’application se retire ; de son point de vue, les deux appels deviennent inactifs.Au lieu de se retirer, l’application reste en ligne et se retrouve avec le correspondant d’origine et le correspondant consulté dans un nouvel appel de conférence à trois."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineTransferMode",
            prefix: "LINETRANSFERMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["LINETRANSFERMODE_TRANSFER", "LINETRANSFERMODE_CONFERENCE"],
                bits: &[1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xCB\0\0\0\0\0\0\0\xF7\0\0\0\0\0\0\0\xE6\0\0\0\xFF\xFF\0\0\0\0\xCB\0\0\0\x80\0\0\0\xF7\0\0\0\x9C\0\0\0\xE6\0\0\0\xA9\0\0\0\xFF\xFF\0\0\0\0K\x01\0\0\x8B\0\0\0\x93\x01\0\0\xBC\0\0\0\x8F\x01\0\0\xB2\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINETRANSFERMODE_TRANSFER",
                        "LINETRANSFERMODE_CONFERENCE",
                        "TRANSFER",
                        "CONFERENCE",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"\0\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINETRANSFERMODE_TRANSFER",
                        " | LINETRANSFERMODE_CONFERENCE",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINETRANSFERMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineTransferMode>`](::tapi_consts::Flags), named [`LineTransferModeSet`](crate::families::LineTransferModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINETRANSFERMODE_TRANSFER` | `0x00000001` |\n| `LINETRANSFERMODE_CONFERENCE` | `0x00000002` |\n\n# Deutsch\n\nArt, wie eine mit `lineSetupTransfer` vorbereitete Übergabe mit Rückfrage abgeschlossen wird. Wird als `dwTransferMode` an `lineCompleteTransfer` übergeben; `dwTransferModes` von `LINEADDRESSCAPS` gibt an, welche Modi eine Adresse unterstützt.\n\n- `LINETRANSFERMODE_TRANSFER`: Der ursprüngliche Teilnehmer wird mit dem Teilnehmer der Rückfrage verbunden, und die Anwendung scheidet aus; aus ihrer Sicht werden beide Anrufe inaktiv.\n- `LINETRANSFERMODE_CONFERENCE`: Statt auszuscheiden, bleibt die Anwendung in der Verbindung und wird mit dem ursprünglichen Teilnehmer und dem Teilnehmer der Rückfrage zu einer neuen Dreierkonferenz zusammengeschaltet.\n\n# Français\n\nFaçon de terminer un transfert avec consultation préparé par `lineSetupTransfer`. Passée comme `dwTransferMode` à `lineCompleteTransfer` ; `dwTransferModes` de `LINEADDRESSCAPS` liste les modes pris en charge par une adresse.\n\n- `LINETRANSFERMODE_TRANSFER`: Le correspondant d’origine est mis en relation avec le correspondant consulté et l’application se retire ; de son point de vue, les deux appels deviennent inactifs.\n- `LINETRANSFERMODE_CONFERENCE`: Au lieu de se retirer, l’application reste en ligne et se retrouve avec le correspondant d’origine et le correspondant consulté dans un nouvel appel de conférence à trois.\n"
    )]
    impl LineTransferMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Transfer, Self::Conference];
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
                1 => __tapi::Some(Self::Transfer),
                2 => __tapi::Some(Self::Conference),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINETRANSFERMODE_TRANSFER`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineTransferMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineTransferMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineTransferMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineTransferMode {
        type Error = ::tapi_consts::UnknownValueError<LineTransferMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineTransferMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineTransferMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineTransferMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineTransferMode {
        type Output = ::tapi_consts::Flags<LineTransferMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineTransferMode> {
            <::tapi_consts::Flags<
                LineTransferMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineTransferMode>>
    for LineTransferMode {
        type Output = ::tapi_consts::Flags<LineTransferMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineTransferMode>,
        ) -> ::tapi_consts::Flags<LineTransferMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineTransferMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineTransferMode);
};
///The `LINETRANSFERMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linetransfermode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTransferMode::Transfer`](super::LineTransferMode::Transfer)."
    )]
    pub const LINETRANSFERMODE_TRANSFER: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTransferMode::Conference`](super::LineTransferMode::Conference)."
    )]
    pub const LINETRANSFERMODE_CONFERENCE: ::core::primitive::u32 = 2;
}
/// Conditions under which calls arriving at an address are forwarded.
///
/// Used in `dwForwardMode` of each `LINEFORWARD` entry passed to `lineForward` and reported in
/// `LINEADDRESSSTATUS`; `dwForwardModes` of `LINEADDRESSCAPS` lists the modes an address supports.
/// The flags overlap on purpose: the plain busy/no-answer/unconditional values apply when a switch
/// cannot treat internal and external callers separately, the `INTERNAL`/`EXTERNAL` values when it
/// can, and `BUSYNA…` when busy and no-answer cannot be set apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineForwardMode {
    /// Every call is forwarded whatever its origin and whatever the state of the address, for
    /// switches that cannot treat internal and external calls separately. It takes precedence over
    /// busy and no-answer forwarding.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_UNCOND` = `0x00000001`")]
    Uncond = 0x0000_0001,
    /// Calls from inside the system (internal calls) are always forwarded; used where internal and
    /// external unconditional forwarding are set separately.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_UNCONDINTERNAL` = `0x00000002`")]
    UncondInternal = 0x0000_0002,
    /// Calls from outside the system (external calls) are always forwarded; used where internal and
    /// external unconditional forwarding are set separately.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_UNCONDEXTERNAL` = `0x00000004`")]
    UncondExternal = 0x0000_0004,
    /// Calls coming from one given caller address are always forwarded (selective forwarding).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_UNCONDSPECIFIC` = `0x00000008`")]
    UncondSpecific = 0x0000_0008,
    /// Calls of any origin are forwarded when the address is busy, for switches that cannot treat
    /// internal and external calls separately.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_BUSY` = `0x00000010`")]
    Busy = 0x0000_0010,
    /// Internal calls are forwarded when the address is busy; used where internal and external
    /// forwarding are set separately.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_BUSYINTERNAL` = `0x00000020`")]
    BusyInternal = 0x0000_0020,
    /// External calls are forwarded when the address is busy; used where internal and external
    /// forwarding are set separately.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_BUSYEXTERNAL` = `0x00000040`")]
    BusyExternal = 0x0000_0040,
    /// Calls from one given caller address are forwarded when the address is busy (selective
    /// forwarding).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_BUSYSPECIFIC` = `0x00000080`")]
    BusySpecific = 0x0000_0080,
    /// Calls of any origin are forwarded when nobody answers, for switches that cannot treat
    /// internal and external calls separately.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_NOANSW` = `0x00000100`")]
    NoAnsw = 0x0000_0100,
    /// Internal calls are forwarded when nobody answers; used where internal and external
    /// forwarding are set separately.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_NOANSWINTERNAL` = `0x00000200`")]
    NoAnswInternal = 0x0000_0200,
    /// External calls are forwarded when nobody answers; used where internal and external
    /// forwarding are set separately.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_NOANSWEXTERNAL` = `0x00000400`")]
    NoAnswExternal = 0x0000_0400,
    /// Calls from one given caller address are forwarded when nobody answers (selective
    /// forwarding).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_NOANSWSPECIFIC` = `0x00000800`")]
    NoAnswSpecific = 0x0000_0800,
    /// Calls of any origin are forwarded when the address is busy or does not answer, for switches
    /// that can set neither busy versus no-answer nor internal versus external separately.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_BUSYNA` = `0x00001000`")]
    BusyNa = 0x0000_1000,
    /// Internal calls are forwarded on busy or no answer, the two conditions being set together.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_BUSYNAINTERNAL` = `0x00002000`")]
    BusyNaInternal = 0x0000_2000,
    /// External calls are forwarded on busy or no answer, the two conditions being set together.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_BUSYNAEXTERNAL` = `0x00004000`")]
    BusyNaExternal = 0x0000_4000,
    /// Calls from one given caller address are forwarded on busy or no answer (selective
    /// forwarding).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_BUSYNASPECIFIC` = `0x00008000`")]
    BusyNaSpecific = 0x0000_8000,
    /// Forwarding is in effect, but under which conditions it applies has not been determined yet; that
    /// may be learned later (TAPI 1.4 and later).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_UNKNOWN` = `0x00010000`")]
    Unknown = 0x0001_0000,
    /// Forwarding is in effect, but the service provider can never find out under which conditions it
    /// applies (TAPI 1.4 and later).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFORWARDMODE_UNAVAIL` = `0x00020000`")]
    Unavail = 0x0002_0000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Conditions under which calls arriving at an address are forwarded.\n\nUsed in `dwForwardMode` of each `LINEFORWARD` entry passed to `lineForward` and reported in `LINEADDRESSSTATUS`; `dwForwardModes` of `LINEADDRESSCAPS` lists the modes an address supports. The flags overlap on purpose: the plain busy/no-answer/unconditional values apply when a switch cannot treat internal and external callers separately, the `INTERNAL`/`EXTERNAL` values when it can, and `BUSYNA…` when busy and no-answer cannot be set apart.Every call is forwarded whatever its origin and whatever the state of the address, for switches that cannot treat internal and external calls separately. It takes precedence over busy and no-answer forwarding.Calls from inside the system (internal calls) are always forwarded; used where internal and external unconditional forwarding are set separately.Calls from outside the system (external calls) are always forwarded; used where internal and external unconditional forwarding are set separately.Calls coming from one given caller address are always forwarded (selective forwarding).Calls of any origin are forwarded when the address is busy, for switches that cannot treat internal and external calls separately.Internal calls are forwarded when the address is busy; used where internal and external forwarding are set separately.External calls are forwarded when the address is busy; used where internal and external forwarding are set separately.Calls from one given caller address are forwarded when the address is busy (selective forwarding).Calls of any origin are forwarded when nobody answers, for switches that cannot treat internal and external calls separately.Internal calls are forwarded when nobody answers; used where internal and external forwarding are set separately.External calls are forwarded when nobody answers; used where internal and external forwarding are set separately.Calls from one given caller address are forwarded when nobody answers (selective forwarding).Calls of any origin are forwarded when the address is busy or does not answer, for switches that can set neither busy versus no-answer nor internal versus external separately.Internal calls are forwarded on busy or no answer, the two conditions being set together.External calls are forwarded on busy or no answer, the two conditions being set together.Calls from one given caller address are forwarded on busy or no answer (selective forwarding).Forwarding is in effect, but under which conditions it applies has not been determined yet; that may be learned later (TAPI 1.4 and later).Forwarding is in effect, but the service provider can never find out under which conditions it applies (TAPI 1.4 and later)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Bedingungen, unter denen an einer Adresse eingehende Anrufe per Rufumleitung weitergeleitet werden. Verwendet in `dwForwardMode` jedes `LINEFORWARD`-Eintrags, der an `lineForward` übergeben wird, und in `LINEADDRESSSTATUS` gemeldet; `dwForwardModes` von `LINEADDRESSCAPS` gibt an, welche Modi eine Adresse unterstützt. Die Bits überschneiden sich absichtlich: Die einfachen Werte (bei Besetzt, bei Nichtmelden, sofort) gelten, wenn eine Vermittlung interne und externe Anrufer nicht getrennt behandeln kann, die Werte `INTERNAL`/`EXTERNAL`, wenn sie es kann, und `BUSYNA…`, wenn sich Besetzt und Nichtmelden nicht unterscheiden lassen.Jeder Anruf wird unabhängig von seiner Herkunft und vom Zustand der Adresse weitergeleitet (sofortige Rufumleitung), für Vermittlungen, die interne und externe Anrufe nicht getrennt behandeln können. Dieser Modus hat Vorrang vor der Rufumleitung bei Besetzt und bei Nichtmelden.Anrufe aus dem eigenen System (interne Anrufe) werden stets weitergeleitet; verwendet, wenn die sofortige Rufumleitung für interne und externe Anrufe getrennt eingestellt wird.Anrufe von außerhalb des Systems (externe Anrufe) werden stets weitergeleitet; verwendet, wenn die sofortige Rufumleitung für interne und externe Anrufe getrennt eingestellt wird.Anrufe von einer bestimmten Anruferadresse werden stets weitergeleitet (selektive Rufumleitung).Anrufe beliebiger Herkunft werden weitergeleitet, wenn die Adresse besetzt ist, für Vermittlungen, die interne und externe Anrufe nicht getrennt behandeln können.Interne Anrufe werden weitergeleitet, wenn die Adresse besetzt ist; verwendet, wenn die Rufumleitung für interne und externe Anrufe getrennt eingestellt wird.Externe Anrufe werden weitergeleitet, wenn die Adresse besetzt ist; verwendet, wenn die Rufumleitung für interne und externe Anrufe getrennt eingestellt wird.Anrufe von einer bestimmten Anruferadresse werden weitergeleitet, wenn die Adresse besetzt ist (selektive Rufumleitung).Anrufe beliebiger Herkunft werden weitergeleitet, wenn sich niemand meldet, für Vermittlungen, die interne und externe Anrufe nicht getrennt behandeln können.Interne Anrufe werden weitergeleitet, wenn sich niemand meldet; verwendet, wenn die Rufumleitung für interne und externe Anrufe getrennt eingestellt wird.Externe Anrufe werden weitergeleitet, wenn sich niemand meldet; verwendet, wenn die Rufumleitung für interne und externe Anrufe getrennt eingestellt wird.Anrufe von einer bestimmten Anruferadresse werden weitergeleitet, wenn sich niemand meldet (selektive Rufumleitung).Anrufe beliebiger Herkunft werden weitergeleitet, wenn die Adresse besetzt ist oder sich nicht meldet, für Vermittlungen, die weder Besetzt und Nichtmelden noch interne und externe Anrufe getrennt einstellen können.Interne Anrufe werden bei Besetzt oder Nichtmelden weitergeleitet, wobei beide Bedingungen gemeinsam eingestellt werden.Externe Anrufe werden bei Besetzt oder Nichtmelden weitergeleitet, wobei beide Bedingungen gemeinsam eingestellt werden.Anrufe von einer bestimmten Anruferadresse werden bei Besetzt oder Nichtmelden weitergeleitet (selektive Rufumleitung).Eine Rufumleitung ist aktiv, aber unter welchen Bedingungen sie greift, ist noch nicht bestimmt; das kann später bekannt werden (TAPI 1.4 oder höher).Eine Rufumleitung ist aktiv, aber der Dienstanbieter kann nie ermitteln, unter welchen Bedingungen sie greift (TAPI 1.4 oder höher)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Conditions dans lesquelles les appels arrivant sur une adresse sont renvoyés. Utilisées dans `dwForwardMode` de chaque entrée `LINEFORWARD` passée à `lineForward` et indiquées dans `LINEADDRESSSTATUS` ; `dwForwardModes` de `LINEADDRESSCAPS` liste les modes pris en charge par une adresse. Les indicateurs se recoupent volontairement : les valeurs simples (occupation, non-réponse, inconditionnel) servent quand le commutateur ne sait pas distinguer appelants internes et externes, les valeurs `INTERNAL`/`EXTERNAL` quand il le sait, et `BUSYNA…` quand occupation et non-réponse ne peuvent pas être séparées.Tous les appels sont renvoyés, quelle que soit leur origine et quel que soit l’état de l’adresse, pour les commutateurs qui ne savent pas traiter séparément appels internes et externes. Ce mode l’emporte sur les renvois sur occupation et sur non-réponse.Les appels provenant de l’intérieur du système (appels internes) sont toujours renvoyés ; utilisé lorsque les renvois inconditionnels internes et externes se règlent séparément.Les appels provenant de l’extérieur du système (appels externes) sont toujours renvoyés ; utilisé lorsque les renvois inconditionnels internes et externes se règlent séparément.Les appels provenant d’une adresse appelante donnée sont toujours renvoyés (renvoi sélectif).Les appels de toute origine sont renvoyés lorsque l’adresse est occupée, pour les commutateurs qui ne savent pas traiter séparément appels internes et externes.Les appels internes sont renvoyés lorsque l’adresse est occupée ; utilisé lorsque les renvois internes et externes se règlent séparément.Les appels externes sont renvoyés lorsque l’adresse est occupée ; utilisé lorsque les renvois internes et externes se règlent séparément.Les appels provenant d’une adresse appelante donnée sont renvoyés lorsque l’adresse est occupée (renvoi sélectif).Les appels de toute origine sont renvoyés en l’absence de réponse, pour les commutateurs qui ne savent pas traiter séparément appels internes et externes.Les appels internes sont renvoyés en l’absence de réponse ; utilisé lorsque les renvois internes et externes se règlent séparément.Les appels externes sont renvoyés en l’absence de réponse ; utilisé lorsque les renvois internes et externes se règlent séparément.Les appels provenant d’une adresse appelante donnée sont renvoyés en l’absence de réponse (renvoi sélectif).Les appels de toute origine sont renvoyés lorsque l’adresse est occupée ou ne répond pas, pour les commutateurs qui ne savent séparer ni l’occupation de la non-réponse, ni les appels internes des externes.Les appels internes sont renvoyés sur occupation ou non-réponse, les deux conditions se réglant ensemble.Les appels externes sont renvoyés sur occupation ou non-réponse, les deux conditions se réglant ensemble.Les appels provenant d’une adresse appelante donnée sont renvoyés sur occupation ou non-réponse (renvoi sélectif).Un renvoi est en vigueur, mais ses conditions d’application n’ont pas encore été déterminées ; elles pourront l’être plus tard (TAPI 1.4 et versions ultérieures).Un renvoi est en vigueur, mais le fournisseur de services ne pourra jamais savoir dans quelles conditions il s’applique (TAPI 1.4 et versions ultérieures)."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineForwardMode",
            prefix: "LINEFORWARDMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 262143u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEFORWARDMODE_UNCOND",
                    "LINEFORWARDMODE_UNCONDINTERNAL",
                    "LINEFORWARDMODE_UNCONDEXTERNAL",
                    "LINEFORWARDMODE_UNCONDSPECIFIC",
                    "LINEFORWARDMODE_BUSY",
                    "LINEFORWARDMODE_BUSYINTERNAL",
                    "LINEFORWARDMODE_BUSYEXTERNAL",
                    "LINEFORWARDMODE_BUSYSPECIFIC",
                    "LINEFORWARDMODE_NOANSW",
                    "LINEFORWARDMODE_NOANSWINTERNAL",
                    "LINEFORWARDMODE_NOANSWEXTERNAL",
                    "LINEFORWARDMODE_NOANSWSPECIFIC",
                    "LINEFORWARDMODE_BUSYNA",
                    "LINEFORWARDMODE_BUSYNAINTERNAL",
                    "LINEFORWARDMODE_BUSYNAEXTERNAL",
                    "LINEFORWARDMODE_BUSYNASPECIFIC",
                    "LINEFORWARDMODE_UNKNOWN",
                    "LINEFORWARDMODE_UNAVAIL",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64, 4096u64, 8192u64, 16384u64, 32768u64, 65536u64,
                    131072u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x01\x02\0\0\0\0\0\0\x80\x02\0\0\0\0\0\0l\x02\0\0\xFF\xFF\0\0\0\0\x01\x02\0\0\xD1\0\0\0\x80\x02\0\0\x19\x01\0\0l\x02\0\0\t\x01\0\0\xFF\xFF\0\0\0\0\xD2\x02\0\0\x91\0\0\0\x99\x03\0\0\xB1\0\0\0u\x03\0\0\xBA\0\0\0\xFF\xFF\0\0\0\0c\x03\0\0\x92\0\0\0J\x04\0\0\xB5\0\0\0/\x04\0\0\xBA\0\0\0\xFF\xFF\0\0\0\0\xF5\x03\0\0W\0\0\0\xFF\x04\0\0`\0\0\0\xE9\x04\0\0b\0\0\0\xFF\xFF\0\0\0\0L\x04\0\0\x82\0\0\0_\x05\0\0\xA4\0\0\0K\x05\0\0\xA6\0\0\0\xFF\xFF\0\0\0\0\xCE\x04\0\0v\0\0\0\x03\x06\0\0\x9F\0\0\0\xF1\x05\0\0\x91\0\0\0\xFF\xFF\0\0\0\0D\x05\0\0v\0\0\0\xA2\x06\0\0\x9F\0\0\0\x82\x06\0\0\x91\0\0\0\xFF\xFF\0\0\0\0\xBA\x05\0\0b\0\0\0A\x07\0\0x\0\0\0\x13\x07\0\0z\0\0\0\xFF\xFF\0\0\0\0\x1C\x06\0\0}\0\0\0\xB9\x07\0\0\xA0\0\0\0\x8D\x07\0\0\xA0\0\0\0\xFF\xFF\0\0\0\0\x99\x06\0\0q\0\0\0Y\x08\0\0\x9B\0\0\0-\x08\0\0\x8B\0\0\0\xFF\xFF\0\0\0\0\n\x07\0\0q\0\0\0\xF4\x08\0\0\x9B\0\0\0\xB8\x08\0\0\x8B\0\0\0\xFF\xFF\0\0\0\0{\x07\0\0]\0\0\0\x8F\t\0\0t\0\0\0C\t\0\0t\0\0\0\xFF\xFF\0\0\0\0\xD8\x07\0\0\xAF\0\0\0\x03\n\0\0\xD9\0\0\0\xB7\t\0\0\xD6\0\0\0\xFF\xFF\0\0\0\0\x87\x08\0\0Y\0\0\0\xDC\n\0\0x\0\0\0\x8D\n\0\0l\0\0\0\xFF\xFF\0\0\0\0\xE0\x08\0\0Y\0\0\0T\x0B\0\0x\0\0\0\xF9\n\0\0l\0\0\0\xFF\xFF\0\0\0\09\t\0\0^\0\0\0\xCC\x0B\0\0w\0\0\0e\x0B\0\0x\0\0\0\x01\x04\0\0\0\0\x97\t\0\0\x8B\0\0\0C\x0C\0\0\x98\0\0\0\xDD\x0B\0\0\xAE\0\0\0\x01\x04\0\0\0\0\"\n\0\0|\0\0\0\xDB\x0C\0\0\x85\0\0\0\x8B\x0C\0\0\x9E\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEFORWARDMODE_UNCOND",
                        "LINEFORWARDMODE_UNCONDINTERNAL",
                        "LINEFORWARDMODE_UNCONDEXTERNAL",
                        "LINEFORWARDMODE_UNCONDSPECIFIC",
                        "LINEFORWARDMODE_BUSY",
                        "LINEFORWARDMODE_BUSYINTERNAL",
                        "LINEFORWARDMODE_BUSYEXTERNAL",
                        "LINEFORWARDMODE_BUSYSPECIFIC",
                        "LINEFORWARDMODE_NOANSW",
                        "LINEFORWARDMODE_NOANSWINTERNAL",
                        "LINEFORWARDMODE_NOANSWEXTERNAL",
                        "LINEFORWARDMODE_NOANSWSPECIFIC",
                        "LINEFORWARDMODE_BUSYNA",
                        "LINEFORWARDMODE_BUSYNAINTERNAL",
                        "LINEFORWARDMODE_BUSYNAEXTERNAL",
                        "LINEFORWARDMODE_BUSYNASPECIFIC",
                        "LINEFORWARDMODE_UNKNOWN",
                        "LINEFORWARDMODE_UNAVAIL",
                        "UNCOND",
                        "UNCONDINTERNAL",
                        "UNCONDEXTERNAL",
                        "UNCONDSPECIFIC",
                        "BUSY",
                        "BUSYINTERNAL",
                        "BUSYEXTERNAL",
                        "BUSYSPECIFIC",
                        "NOANSW",
                        "NOANSWINTERNAL",
                        "NOANSWEXTERNAL",
                        "NOANSWSPECIFIC",
                        "BUSYNA",
                        "BUSYNAINTERNAL",
                        "BUSYNAEXTERNAL",
                        "BUSYNASPECIFIC",
                        "UNKNOWN",
                        "UNAVAIL",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEFORWARDMODE_UNCOND",
                        " | LINEFORWARDMODE_UNCONDINTERNAL",
                        " | LINEFORWARDMODE_UNCONDEXTERNAL",
                        " | LINEFORWARDMODE_UNCONDSPECIFIC",
                        " | LINEFORWARDMODE_BUSY",
                        " | LINEFORWARDMODE_BUSYINTERNAL",
                        " | LINEFORWARDMODE_BUSYEXTERNAL",
                        " | LINEFORWARDMODE_BUSYSPECIFIC",
                        " | LINEFORWARDMODE_NOANSW",
                        " | LINEFORWARDMODE_NOANSWINTERNAL",
                        " | LINEFORWARDMODE_NOANSWEXTERNAL",
                        " | LINEFORWARDMODE_NOANSWSPECIFIC",
                        " | LINEFORWARDMODE_BUSYNA",
                        " | LINEFORWARDMODE_BUSYNAINTERNAL",
                        " | LINEFORWARDMODE_BUSYNAEXTERNAL",
                        " | LINEFORWARDMODE_BUSYNASPECIFIC",
                        " | LINEFORWARDMODE_UNKNOWN",
                        " | LINEFORWARDMODE_UNAVAIL",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF\x1A\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0\x0E\0\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\x14\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\x13\0\x01\0\xFF\xFF\xFF\xFF\x1F\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x07\0\xFF\xFF\xFF\xFF!\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEFORWARDMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineForwardMode>`](::tapi_consts::Flags), named [`LineForwardModeSet`](crate::families::LineForwardModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEFORWARDMODE_UNCOND` | `0x00000001` |  |\n| `LINEFORWARDMODE_UNCONDINTERNAL` | `0x00000002` |  |\n| `LINEFORWARDMODE_UNCONDEXTERNAL` | `0x00000004` |  |\n| `LINEFORWARDMODE_UNCONDSPECIFIC` | `0x00000008` |  |\n| `LINEFORWARDMODE_BUSY` | `0x00000010` |  |\n| `LINEFORWARDMODE_BUSYINTERNAL` | `0x00000020` |  |\n| `LINEFORWARDMODE_BUSYEXTERNAL` | `0x00000040` |  |\n| `LINEFORWARDMODE_BUSYSPECIFIC` | `0x00000080` |  |\n| `LINEFORWARDMODE_NOANSW` | `0x00000100` |  |\n| `LINEFORWARDMODE_NOANSWINTERNAL` | `0x00000200` |  |\n| `LINEFORWARDMODE_NOANSWEXTERNAL` | `0x00000400` |  |\n| `LINEFORWARDMODE_NOANSWSPECIFIC` | `0x00000800` |  |\n| `LINEFORWARDMODE_BUSYNA` | `0x00001000` |  |\n| `LINEFORWARDMODE_BUSYNAINTERNAL` | `0x00002000` |  |\n| `LINEFORWARDMODE_BUSYNAEXTERNAL` | `0x00004000` |  |\n| `LINEFORWARDMODE_BUSYNASPECIFIC` | `0x00008000` |  |\n| `LINEFORWARDMODE_UNKNOWN` | `0x00010000` | TAPI 1.4 |\n| `LINEFORWARDMODE_UNAVAIL` | `0x00020000` | TAPI 1.4 |\n\n# Deutsch\n\nBedingungen, unter denen an einer Adresse eingehende Anrufe per Rufumleitung weitergeleitet werden. Verwendet in `dwForwardMode` jedes `LINEFORWARD`-Eintrags, der an `lineForward` übergeben wird, und in `LINEADDRESSSTATUS` gemeldet; `dwForwardModes` von `LINEADDRESSCAPS` gibt an, welche Modi eine Adresse unterstützt. Die Bits überschneiden sich absichtlich: Die einfachen Werte (bei Besetzt, bei Nichtmelden, sofort) gelten, wenn eine Vermittlung interne und externe Anrufer nicht getrennt behandeln kann, die Werte `INTERNAL`/`EXTERNAL`, wenn sie es kann, und `BUSYNA…`, wenn sich Besetzt und Nichtmelden nicht unterscheiden lassen.\n\n- `LINEFORWARDMODE_UNCOND`: Jeder Anruf wird unabhängig von seiner Herkunft und vom Zustand der Adresse weitergeleitet (sofortige Rufumleitung), für Vermittlungen, die interne und externe Anrufe nicht getrennt behandeln können. Dieser Modus hat Vorrang vor der Rufumleitung bei Besetzt und bei Nichtmelden.\n- `LINEFORWARDMODE_UNCONDINTERNAL`: Anrufe aus dem eigenen System (interne Anrufe) werden stets weitergeleitet; verwendet, wenn die sofortige Rufumleitung für interne und externe Anrufe getrennt eingestellt wird.\n- `LINEFORWARDMODE_UNCONDEXTERNAL`: Anrufe von außerhalb des Systems (externe Anrufe) werden stets weitergeleitet; verwendet, wenn die sofortige Rufumleitung für interne und externe Anrufe getrennt eingestellt wird.\n- `LINEFORWARDMODE_UNCONDSPECIFIC`: Anrufe von einer bestimmten Anruferadresse werden stets weitergeleitet (selektive Rufumleitung).\n- `LINEFORWARDMODE_BUSY`: Anrufe beliebiger Herkunft werden weitergeleitet, wenn die Adresse besetzt ist, für Vermittlungen, die interne und externe Anrufe nicht getrennt behandeln können.\n- `LINEFORWARDMODE_BUSYINTERNAL`: Interne Anrufe werden weitergeleitet, wenn die Adresse besetzt ist; verwendet, wenn die Rufumleitung für interne und externe Anrufe getrennt eingestellt wird.\n- `LINEFORWARDMODE_BUSYEXTERNAL`: Externe Anrufe werden weitergeleitet, wenn die Adresse besetzt ist; verwendet, wenn die Rufumleitung für interne und externe Anrufe getrennt eingestellt wird.\n- `LINEFORWARDMODE_BUSYSPECIFIC`: Anrufe von einer bestimmten Anruferadresse werden weitergeleitet, wenn die Adresse besetzt ist (selektive Rufumleitung).\n- `LINEFORWARDMODE_NOANSW`: Anrufe beliebiger Herkunft werden weitergeleitet, wenn sich niemand meldet, für Vermittlungen, die interne und externe Anrufe nicht getrennt behandeln können.\n- `LINEFORWARDMODE_NOANSWINTERNAL`: Interne Anrufe werden weitergeleitet, wenn sich niemand meldet; verwendet, wenn die Rufumleitung für interne und externe Anrufe getrennt eingestellt wird.\n- `LINEFORWARDMODE_NOANSWEXTERNAL`: Externe Anrufe werden weitergeleitet, wenn sich niemand meldet; verwendet, wenn die Rufumleitung für interne und externe Anrufe getrennt eingestellt wird.\n- `LINEFORWARDMODE_NOANSWSPECIFIC`: Anrufe von einer bestimmten Anruferadresse werden weitergeleitet, wenn sich niemand meldet (selektive Rufumleitung).\n- `LINEFORWARDMODE_BUSYNA`: Anrufe beliebiger Herkunft werden weitergeleitet, wenn die Adresse besetzt ist oder sich nicht meldet, für Vermittlungen, die weder Besetzt und Nichtmelden noch interne und externe Anrufe getrennt einstellen können.\n- `LINEFORWARDMODE_BUSYNAINTERNAL`: Interne Anrufe werden bei Besetzt oder Nichtmelden weitergeleitet, wobei beide Bedingungen gemeinsam eingestellt werden.\n- `LINEFORWARDMODE_BUSYNAEXTERNAL`: Externe Anrufe werden bei Besetzt oder Nichtmelden weitergeleitet, wobei beide Bedingungen gemeinsam eingestellt werden.\n- `LINEFORWARDMODE_BUSYNASPECIFIC`: Anrufe von einer bestimmten Anruferadresse werden bei Besetzt oder Nichtmelden weitergeleitet (selektive Rufumleitung).\n- `LINEFORWARDMODE_UNKNOWN`: Eine Rufumleitung ist aktiv, aber unter welchen Bedingungen sie greift, ist noch nicht bestimmt; das kann später bekannt werden (TAPI 1.4 oder höher).\n- `LINEFORWARDMODE_UNAVAIL`: Eine Rufumleitung ist aktiv, aber der Dienstanbieter kann nie ermitteln, unter welchen Bedingungen sie greift (TAPI 1.4 oder höher).\n\n# Français\n\nConditions dans lesquelles les appels arrivant sur une adresse sont renvoyés. Utilisées dans `dwForwardMode` de chaque entrée `LINEFORWARD` passée à `lineForward` et indiquées dans `LINEADDRESSSTATUS` ; `dwForwardModes` de `LINEADDRESSCAPS` liste les modes pris en charge par une adresse. Les indicateurs se recoupent volontairement : les valeurs simples (occupation, non-réponse, inconditionnel) servent quand le commutateur ne sait pas distinguer appelants internes et externes, les valeurs `INTERNAL`/`EXTERNAL` quand il le sait, et `BUSYNA…` quand occupation et non-réponse ne peuvent pas être séparées.\n\n- `LINEFORWARDMODE_UNCOND`: Tous les appels sont renvoyés, quelle que soit leur origine et quel que soit l’état de l’adresse, pour les commutateurs qui ne savent pas traiter séparément appels internes et externes. Ce mode l’emporte sur les renvois sur occupation et sur non-réponse.\n- `LINEFORWARDMODE_UNCONDINTERNAL`: Les appels provenant de l’intérieur du système (appels internes) sont toujours renvoyés ; utilisé lorsque les renvois inconditionnels internes et externes se règlent séparément.\n- `LINEFORWARDMODE_UNCONDEXTERNAL`: Les appels provenant de l’extérieur du système (appels externes) sont toujours renvoyés ; utilisé lorsque les renvois inconditionnels internes et externes se règlent séparément.\n- `LINEFORWARDMODE_UNCONDSPECIFIC`: Les appels provenant d’une adresse appelante donnée sont toujours renvoyés (renvoi sélectif).\n- `LINEFORWARDMODE_BUSY`: Les appels de toute origine sont renvoyés lorsque l’adresse est occupée, pour les commutateurs qui ne savent pas traiter séparément appels internes et externes.\n- `LINEFORWARDMODE_BUSYINTERNAL`: Les appels internes sont renvoyés lorsque l’adresse est occupée ; utilisé lorsque les renvois internes et externes se règlent séparément.\n- `LINEFORWARDMODE_BUSYEXTERNAL`: Les appels externes sont renvoyés lorsque l’adresse est occupée ; utilisé lorsque les renvois internes et externes se règlent séparément.\n- `LINEFORWARDMODE_BUSYSPECIFIC`: Les appels provenant d’une adresse appelante donnée sont renvoyés lorsque l’adresse est occupée (renvoi sélectif).\n- `LINEFORWARDMODE_NOANSW`: Les appels de toute origine sont renvoyés en l’absence de réponse, pour les commutateurs qui ne savent pas traiter séparément appels internes et externes.\n- `LINEFORWARDMODE_NOANSWINTERNAL`: Les appels internes sont renvoyés en l’absence de réponse ; utilisé lorsque les renvois internes et externes se règlent séparément.\n- `LINEFORWARDMODE_NOANSWEXTERNAL`: Les appels externes sont renvoyés en l’absence de réponse ; utilisé lorsque les renvois internes et externes se règlent séparément.\n- `LINEFORWARDMODE_NOANSWSPECIFIC`: Les appels provenant d’une adresse appelante donnée sont renvoyés en l’absence de réponse (renvoi sélectif).\n- `LINEFORWARDMODE_BUSYNA`: Les appels de toute origine sont renvoyés lorsque l’adresse est occupée ou ne répond pas, pour les commutateurs qui ne savent séparer ni l’occupation de la non-réponse, ni les appels internes des externes.\n- `LINEFORWARDMODE_BUSYNAINTERNAL`: Les appels internes sont renvoyés sur occupation ou non-réponse, les deux conditions se réglant ensemble.\n- `LINEFORWARDMODE_BUSYNAEXTERNAL`: Les appels externes sont renvoyés sur occupation ou non-réponse, les deux conditions se réglant ensemble.\n- `LINEFORWARDMODE_BUSYNASPECIFIC`: Les appels provenant d’une adresse appelante donnée sont renvoyés sur occupation ou non-réponse (renvoi sélectif).\n- `LINEFORWARDMODE_UNKNOWN`: Un renvoi est en vigueur, mais ses conditions d’application n’ont pas encore été déterminées ; elles pourront l’être plus tard (TAPI 1.4 et versions ultérieures).\n- `LINEFORWARDMODE_UNAVAIL`: Un renvoi est en vigueur, mais le fournisseur de services ne pourra jamais savoir dans quelles conditions il s’applique (TAPI 1.4 et versions ultérieures).\n"
    )]
    impl LineForwardMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Uncond,
            Self::UncondInternal,
            Self::UncondExternal,
            Self::UncondSpecific,
            Self::Busy,
            Self::BusyInternal,
            Self::BusyExternal,
            Self::BusySpecific,
            Self::NoAnsw,
            Self::NoAnswInternal,
            Self::NoAnswExternal,
            Self::NoAnswSpecific,
            Self::BusyNa,
            Self::BusyNaInternal,
            Self::BusyNaExternal,
            Self::BusyNaSpecific,
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
                1 => __tapi::Some(Self::Uncond),
                2 => __tapi::Some(Self::UncondInternal),
                4 => __tapi::Some(Self::UncondExternal),
                8 => __tapi::Some(Self::UncondSpecific),
                16 => __tapi::Some(Self::Busy),
                32 => __tapi::Some(Self::BusyInternal),
                64 => __tapi::Some(Self::BusyExternal),
                128 => __tapi::Some(Self::BusySpecific),
                256 => __tapi::Some(Self::NoAnsw),
                512 => __tapi::Some(Self::NoAnswInternal),
                1024 => __tapi::Some(Self::NoAnswExternal),
                2048 => __tapi::Some(Self::NoAnswSpecific),
                4096 => __tapi::Some(Self::BusyNa),
                8192 => __tapi::Some(Self::BusyNaInternal),
                16384 => __tapi::Some(Self::BusyNaExternal),
                32768 => __tapi::Some(Self::BusyNaSpecific),
                65536 => __tapi::Some(Self::Unknown),
                131072 => __tapi::Some(Self::Unavail),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEFORWARDMODE_UNCOND`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineForwardMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineForwardMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineForwardMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineForwardMode {
        type Error = ::tapi_consts::UnknownValueError<LineForwardMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineForwardMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineForwardMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineForwardMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineForwardMode {
        type Output = ::tapi_consts::Flags<LineForwardMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineForwardMode> {
            <::tapi_consts::Flags<
                LineForwardMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineForwardMode>> for LineForwardMode {
        type Output = ::tapi_consts::Flags<LineForwardMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineForwardMode>,
        ) -> ::tapi_consts::Flags<LineForwardMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineForwardMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineForwardMode);
};
///The `LINEFORWARDMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineforwardmode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::Uncond`](super::LineForwardMode::Uncond)."
    )]
    pub const LINEFORWARDMODE_UNCOND: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::UncondInternal`](super::LineForwardMode::UncondInternal)."
    )]
    pub const LINEFORWARDMODE_UNCONDINTERNAL: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::UncondExternal`](super::LineForwardMode::UncondExternal)."
    )]
    pub const LINEFORWARDMODE_UNCONDEXTERNAL: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::UncondSpecific`](super::LineForwardMode::UncondSpecific)."
    )]
    pub const LINEFORWARDMODE_UNCONDSPECIFIC: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::Busy`](super::LineForwardMode::Busy)."
    )]
    pub const LINEFORWARDMODE_BUSY: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::BusyInternal`](super::LineForwardMode::BusyInternal)."
    )]
    pub const LINEFORWARDMODE_BUSYINTERNAL: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::BusyExternal`](super::LineForwardMode::BusyExternal)."
    )]
    pub const LINEFORWARDMODE_BUSYEXTERNAL: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::BusySpecific`](super::LineForwardMode::BusySpecific)."
    )]
    pub const LINEFORWARDMODE_BUSYSPECIFIC: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::NoAnsw`](super::LineForwardMode::NoAnsw)."
    )]
    pub const LINEFORWARDMODE_NOANSW: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::NoAnswInternal`](super::LineForwardMode::NoAnswInternal)."
    )]
    pub const LINEFORWARDMODE_NOANSWINTERNAL: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::NoAnswExternal`](super::LineForwardMode::NoAnswExternal)."
    )]
    pub const LINEFORWARDMODE_NOANSWEXTERNAL: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::NoAnswSpecific`](super::LineForwardMode::NoAnswSpecific)."
    )]
    pub const LINEFORWARDMODE_NOANSWSPECIFIC: ::core::primitive::u32 = 2048;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::BusyNa`](super::LineForwardMode::BusyNa)."
    )]
    pub const LINEFORWARDMODE_BUSYNA: ::core::primitive::u32 = 4096;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::BusyNaInternal`](super::LineForwardMode::BusyNaInternal)."
    )]
    pub const LINEFORWARDMODE_BUSYNAINTERNAL: ::core::primitive::u32 = 8192;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::BusyNaExternal`](super::LineForwardMode::BusyNaExternal)."
    )]
    pub const LINEFORWARDMODE_BUSYNAEXTERNAL: ::core::primitive::u32 = 16384;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::BusyNaSpecific`](super::LineForwardMode::BusyNaSpecific)."
    )]
    pub const LINEFORWARDMODE_BUSYNASPECIFIC: ::core::primitive::u32 = 32768;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::Unknown`](super::LineForwardMode::Unknown)."
    )]
    pub const LINEFORWARDMODE_UNKNOWN: ::core::primitive::u32 = 65536;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineForwardMode::Unavail`](super::LineForwardMode::Unavail)."
    )]
    pub const LINEFORWARDMODE_UNAVAIL: ::core::primitive::u32 = 131072;
}
/// Ways of parking a call at the switch.
///
/// Passed as `dwParkMode` to `linePark`; `dwParkModes` of `LINEADDRESSCAPS` lists the modes an
/// address supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineParkMode {
    /// Directed park: the application tells the switch at which address to park the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPARKMODE_DIRECTED` = `0x00000001`")]
    Directed = 0x0000_0001,
    /// Non-directed park: the switch chooses where to park the call and returns that address to the
    /// application.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEPARKMODE_NONDIRECTED` = `0x00000002`")]
    NonDirected = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Ways of parking a call at the switch.\n\nPassed as `dwParkMode` to `linePark`; `dwParkModes` of `LINEADDRESSCAPS` lists the modes an address supports.Directed park: the application tells the switch at which address to park the call.Non-directed park: the switch chooses where to park the call and returns that address to the application."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten, einen Anruf in der Vermittlung zu parken. Sie werden als `dwParkMode` an `linePark` übergeben; `dwParkModes` von `LINEADDRESSCAPS` gibt an, welche Modi eine Adresse unterstützt.Gezieltes Parken: Die Anwendung teilt der Vermittlung mit, an welcher Adresse der Anruf geparkt werden soll.Ungezieltes Parken: Die Vermittlung wählt aus, wo der Anruf geparkt wird, und gibt diese Adresse an die Anwendung zurück."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Façons de parquer un appel sur le commutateur. Passées comme `dwParkMode` à `linePark` ; `dwParkModes` de `LINEADDRESSCAPS` liste les modes pris en charge par une adresse.Parcage dirigé : l’application indique au commutateur l’adresse où parquer l’appel.Parcage non dirigé : le commutateur choisit où parquer l’appel et communique cette adresse à l’application."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineParkMode",
            prefix: "LINEPARKMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["LINEPARKMODE_DIRECTED", "LINEPARKMODE_NONDIRECTED"],
                bits: &[1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x94\0\0\0\0\0\0\0\xBA\0\0\0\0\0\0\0\xAE\0\0\0\xFF\xFF\0\0\0\0\x94\0\0\0R\0\0\0\xBA\0\0\0l\0\0\0\xAE\0\0\0[\0\0\0\xFF\xFF\0\0\0\0\xE6\0\0\0i\0\0\0&\x01\0\0{\0\0\0\t\x01\0\0r\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEPARKMODE_DIRECTED",
                        "LINEPARKMODE_NONDIRECTED",
                        "DIRECTED",
                        "NONDIRECTED",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"\0\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEPARKMODE_DIRECTED",
                        " | LINEPARKMODE_NONDIRECTED",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEPARKMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineParkMode>`](::tapi_consts::Flags), named [`LineParkModeSet`](crate::families::LineParkModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINEPARKMODE_DIRECTED` | `0x00000001` |\n| `LINEPARKMODE_NONDIRECTED` | `0x00000002` |\n\n# Deutsch\n\nArten, einen Anruf in der Vermittlung zu parken. Sie werden als `dwParkMode` an `linePark` übergeben; `dwParkModes` von `LINEADDRESSCAPS` gibt an, welche Modi eine Adresse unterstützt.\n\n- `LINEPARKMODE_DIRECTED`: Gezieltes Parken: Die Anwendung teilt der Vermittlung mit, an welcher Adresse der Anruf geparkt werden soll.\n- `LINEPARKMODE_NONDIRECTED`: Ungezieltes Parken: Die Vermittlung wählt aus, wo der Anruf geparkt wird, und gibt diese Adresse an die Anwendung zurück.\n\n# Français\n\nFaçons de parquer un appel sur le commutateur. Passées comme `dwParkMode` à `linePark` ; `dwParkModes` de `LINEADDRESSCAPS` liste les modes pris en charge par une adresse.\n\n- `LINEPARKMODE_DIRECTED`: Parcage dirigé : l’application indique au commutateur l’adresse où parquer l’appel.\n- `LINEPARKMODE_NONDIRECTED`: Parcage non dirigé : le commutateur choisit où parquer l’appel et communique cette adresse à l’application.\n"
    )]
    impl LineParkMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Directed, Self::NonDirected];
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
                1 => __tapi::Some(Self::Directed),
                2 => __tapi::Some(Self::NonDirected),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEPARKMODE_DIRECTED`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineParkMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineParkMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineParkMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineParkMode {
        type Error = ::tapi_consts::UnknownValueError<LineParkMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineParkMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineParkMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineParkMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineParkMode {
        type Output = ::tapi_consts::Flags<LineParkMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineParkMode> {
            <::tapi_consts::Flags<
                LineParkMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineParkMode>> for LineParkMode {
        type Output = ::tapi_consts::Flags<LineParkMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineParkMode>,
        ) -> ::tapi_consts::Flags<LineParkMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineParkMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineParkMode);
};
///The `LINEPARKMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineparkmode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineParkMode::Directed`](super::LineParkMode::Directed)."
    )]
    pub const LINEPARKMODE_DIRECTED: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineParkMode::NonDirected`](super::LineParkMode::NonDirected)."
    )]
    pub const LINEPARKMODE_NONDIRECTED: ::core::primitive::u32 = 2;
}
/// Which parties, if any, may be taken out of a conference call on an address.
///
/// Reported in `dwRemoveFromConfCaps` of `LINEADDRESSCAPS`; it governs what
/// `lineRemoveFromConference` may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineRemoveFromConf {
    /// Once in the conference, parties stay in it; `lineRemoveFromConference` cannot take anyone out.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEREMOVEFROMCONF_NONE` = `0x00000001`")]
    None = 0x0000_0001,
    /// Only the party that joined last can be taken out again (last in, first out).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEREMOVEFROMCONF_LAST` = `0x00000002`")]
    Last = 0x0000_0002,
    /// `lineRemoveFromConference` may take out whichever party the application chooses.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEREMOVEFROMCONF_ANY` = `0x00000003`")]
    Any = 0x0000_0003,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Which parties, if any, may be taken out of a conference call on an address.\n\nReported in `dwRemoveFromConfCaps` of `LINEADDRESSCAPS`; it governs what `lineRemoveFromConference` may do.Once in the conference, parties stay in it; `lineRemoveFromConference` cannot take anyone out.Only the party that joined last can be taken out again (last in, first out).`lineRemoveFromConference` may take out whichever party the application chooses."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Gibt an, welche Teilnehmer gegebenenfalls auf einer Adresse aus einem Konferenzanruf entfernt werden können. Gemeldet in `dwRemoveFromConfCaps` von `LINEADDRESSCAPS`; der Wert bestimmt, was `lineRemoveFromConference` tun darf.Teilnehmer, die der Konferenz beigetreten sind, bleiben darin; `lineRemoveFromConference` kann niemanden entfernen.Nur der zuletzt hinzugekommene Teilnehmer kann wieder entfernt werden (Last In, First Out).`lineRemoveFromConference` kann jeden beliebigen Teilnehmer entfernen, den die Anwendung auswählt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Participants qui peuvent, le cas échéant, être retirés d’un appel de conférence sur une adresse. Valeur indiquée dans `dwRemoveFromConfCaps` de `LINEADDRESSCAPS` ; elle détermine ce que `lineRemoveFromConference` peut faire.Une fois dans la conférence, les participants y restent ; `lineRemoveFromConference` ne peut en retirer personne.Seul le dernier participant entré peut être retiré (dernier entré, premier sorti).`lineRemoveFromConference` peut retirer n’importe quel participant choisi par l’application."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineRemoveFromConf",
            prefix: "LINEREMOVEFROMCONF_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEREMOVEFROMCONF_NONE",
                    "LINEREMOVEFROMCONF_LAST",
                    "LINEREMOVEFROMCONF_ANY",
                ],
                bits: &[1u64, 2u64, 3u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xB8\0\0\0\0\0\0\0\xE3\0\0\0\0\0\0\0\xE9\0\0\0\xFF\xFF\0\0\0\0\xB8\0\0\0^\0\0\0\xE3\0\0\0s\0\0\0\xE9\0\0\0r\0\0\0\xFF\xFF\0\0\0\0\x16\x01\0\0L\0\0\0V\x01\0\0[\0\0\0[\x01\0\0V\0\0\0\xFF\xFF\0\0\0\0b\x01\0\0P\0\0\0\xB1\x01\0\0c\0\0\0\xB1\x01\0\0`\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEREMOVEFROMCONF_NONE",
                        "LINEREMOVEFROMCONF_LAST",
                        "LINEREMOVEFROMCONF_ANY",
                        "NONE",
                        "LAST",
                        "ANY",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEREMOVEFROMCONF_` family (enumeration, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\n| Constant | Value |\n|---|---|\n| `LINEREMOVEFROMCONF_NONE` | `0x00000001` |\n| `LINEREMOVEFROMCONF_LAST` | `0x00000002` |\n| `LINEREMOVEFROMCONF_ANY` | `0x00000003` |\n\n# Deutsch\n\nGibt an, welche Teilnehmer gegebenenfalls auf einer Adresse aus einem Konferenzanruf entfernt werden können. Gemeldet in `dwRemoveFromConfCaps` von `LINEADDRESSCAPS`; der Wert bestimmt, was `lineRemoveFromConference` tun darf.\n\n- `LINEREMOVEFROMCONF_NONE`: Teilnehmer, die der Konferenz beigetreten sind, bleiben darin; `lineRemoveFromConference` kann niemanden entfernen.\n- `LINEREMOVEFROMCONF_LAST`: Nur der zuletzt hinzugekommene Teilnehmer kann wieder entfernt werden (Last In, First Out).\n- `LINEREMOVEFROMCONF_ANY`: `lineRemoveFromConference` kann jeden beliebigen Teilnehmer entfernen, den die Anwendung auswählt.\n\n# Français\n\nParticipants qui peuvent, le cas échéant, être retirés d’un appel de conférence sur une adresse. Valeur indiquée dans `dwRemoveFromConfCaps` de `LINEADDRESSCAPS` ; elle détermine ce que `lineRemoveFromConference` peut faire.\n\n- `LINEREMOVEFROMCONF_NONE`: Une fois dans la conférence, les participants y restent ; `lineRemoveFromConference` ne peut en retirer personne.\n- `LINEREMOVEFROMCONF_LAST`: Seul le dernier participant entré peut être retiré (dernier entré, premier sorti).\n- `LINEREMOVEFROMCONF_ANY`: `lineRemoveFromConference` peut retirer n’importe quel participant choisi par l’application.\n"
    )]
    impl LineRemoveFromConf {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::None, Self::Last, Self::Any];
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
                2 => __tapi::Some(Self::Last),
                3 => __tapi::Some(Self::Any),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEREMOVEFROMCONF_NONE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineRemoveFromConf {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineRemoveFromConf> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineRemoveFromConf) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineRemoveFromConf {
        type Error = ::tapi_consts::UnknownValueError<LineRemoveFromConf>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineRemoveFromConf {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineRemoveFromConf {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineRemoveFromConf, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineRemoveFromConf);
};
///The `LINEREMOVEFROMCONF_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineremovefromconf {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineRemoveFromConf::None`](super::LineRemoveFromConf::None)."
    )]
    pub const LINEREMOVEFROMCONF_NONE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineRemoveFromConf::Last`](super::LineRemoveFromConf::Last)."
    )]
    pub const LINEREMOVEFROMCONF_LAST: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineRemoveFromConf::Any`](super::LineRemoveFromConf::Any)."
    )]
    pub const LINEREMOVEFROMCONF_ANY: ::core::primitive::u32 = 3;
}
