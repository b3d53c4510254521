// @generated from tapi-consts/families/tapi3/phone_terminal_event.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! TAPI 3 enumerations of `Tapi3if.h` from `DISCONNECT_CODE` to `TERMINAL_TYPE`, and the
//! `TAPIMEDIATYPE_` media types; the `IDISP*` dispatch masks follow as `standalone!` entries.
/// Why an application ends a call, passed to `ITBasicCallControl::Disconnect`; the call then
/// moves to `CS_DISCONNECTED`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum DisconnectCode {
    /// The call ends in the ordinary course of events, for example because the conversation is
    /// over.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`DC_NORMAL` = `0x00000000`")]
    Normal = 0x0000_0000,
    /// The call is ended because nobody answered it, for example when the answer time the
    /// application allows has run out.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`DC_NOANSWER` = `0x00000001`")]
    NoAnswer = 0x0000_0001,
    /// The user refused the call that was being offered.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`DC_REJECTED` = `0x00000002`")]
    Rejected = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Why an application ends a call, passed to `ITBasicCallControl::Disconnect`; the call then moves to `CS_DISCONNECTED`.The call ends in the ordinary course of events, for example because the conversation is over.The call is ended because nobody answered it, for example when the answer time the application allows has run out.The user refused the call that was being offered."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Grund, aus dem eine Anwendung einen Anruf beendet, angegeben bei `ITBasicCallControl::Disconnect`; der Anruf geht danach in den Zustand `CS_DISCONNECTED` über.Der Anruf endet regulär, zum Beispiel weil das Gespräch vorüber ist.Der Anruf wird beendet, weil niemand ihn angenommen hat, zum Beispiel wenn die von der Anwendung eingeräumte Zeit für die Annahme abgelaufen ist.Der Benutzer hat den ihm angebotenen Anruf abgewiesen."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Raison pour laquelle une application met fin à un appel, transmise à `ITBasicCallControl::Disconnect` ; l’appel passe ensuite dans l’état `CS_DISCONNECTED`.L’appel se termine normalement, par exemple parce que la conversation est finie.Il est mis fin à l’appel parce que personne n’y a répondu, par exemple lorsque le délai de réponse accordé par l’application est écoulé.L’utilisateur a refusé l’appel qui lui était présenté."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "DisconnectCode",
            prefix: "DC_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("DISCONNECT_CODE"),
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["DC_NORMAL", "DC_NOANSWER", "DC_REJECTED"],
                bits: &[0u64, 1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0u\0\0\0\0\0\0\0\xA0\0\0\0\0\0\0\0\xA3\0\0\0\xFF\xFF\0\0\0\0u\0\0\0]\0\0\0\xA0\0\0\0G\0\0\0\xA3\0\0\0R\0\0\0\xFF\xFF\0\0\0\0\xD2\0\0\0r\0\0\0\xE7\0\0\0\x93\0\0\0\xF5\0\0\0\x95\0\0\0\xFF\xFF\0\0\0\0D\x01\0\x001\0\0\0z\x01\0\x006\0\0\0\x8A\x01\0\0>\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "DC_NORMAL",
                        "DC_NOANSWER",
                        "DC_REJECTED",
                        "NORMAL",
                        "NOANSWER",
                        "REJECTED",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `DC_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `DC_NORMAL` | `0x00000000` |\n| `DC_NOANSWER` | `0x00000001` |\n| `DC_REJECTED` | `0x00000002` |\n\n# Deutsch\n\nGrund, aus dem eine Anwendung einen Anruf beendet, angegeben bei `ITBasicCallControl::Disconnect`; der Anruf geht danach in den Zustand `CS_DISCONNECTED` über.\n\n- `DC_NORMAL`: Der Anruf endet regulär, zum Beispiel weil das Gespräch vorüber ist.\n- `DC_NOANSWER`: Der Anruf wird beendet, weil niemand ihn angenommen hat, zum Beispiel wenn die von der Anwendung eingeräumte Zeit für die Annahme abgelaufen ist.\n- `DC_REJECTED`: Der Benutzer hat den ihm angebotenen Anruf abgewiesen.\n\n# Français\n\nRaison pour laquelle une application met fin à un appel, transmise à `ITBasicCallControl::Disconnect` ; l’appel passe ensuite dans l’état `CS_DISCONNECTED`.\n\n- `DC_NORMAL`: L’appel se termine normalement, par exemple parce que la conversation est finie.\n- `DC_NOANSWER`: Il est mis fin à l’appel parce que personne n’y a répondu, par exemple lorsque le délai de réponse accordé par l’application est écoulé.\n- `DC_REJECTED`: L’utilisateur a refusé l’appel qui lui était présenté.\n"
    )]
    impl DisconnectCode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Normal, Self::NoAnswer, Self::Rejected];
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
                0 => __tapi::Some(Self::Normal),
                1 => __tapi::Some(Self::NoAnswer),
                2 => __tapi::Some(Self::Rejected),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `DC_NORMAL`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for DisconnectCode {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<DisconnectCode> for ::core::primitive::i32 {
        #[inline]
        fn from(member: DisconnectCode) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for DisconnectCode {
        type Error = ::tapi_consts::UnknownValueError<DisconnectCode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for DisconnectCode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for DisconnectCode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(DisconnectCode, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(DisconnectCode);
};
/// What `ITBasicCallControl::Finish` completes on a consultation call: a transfer, or the
/// addition of a call to a conference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum FinishMode {
    /// The consultation call completes the transfer of a call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`FM_ASTRANSFER` = `0x00000000`")]
    AsTransfer = 0x0000_0000,
    /// The consultation call is added to a conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`FM_ASCONFERENCE` = `0x00000001`")]
    AsConference = 0x0000_0001,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "What `ITBasicCallControl::Finish` completes on a consultation call: a transfer, or the addition of a call to a conference.The consultation call completes the transfer of a call.The consultation call is added to a conference."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Was `ITBasicCallControl::Finish` auf einem Rückfrageanruf abschließt: eine Übergabe oder das Hinzufügen eines Anrufs zu einer Konferenz.Der Rückfrageanruf schließt die Übergabe eines Anrufs ab.Der Rückfrageanruf wird einer Konferenz hinzugefügt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Ce que `ITBasicCallControl::Finish` achève sur un appel de consultation : un transfert, ou l’ajout d’un appel à une conférence.L’appel de consultation achève le transfert d’un appel.L’appel de consultation est ajouté à une conférence."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "FinishMode",
            prefix: "FM_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("FINISH_MODE"),
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["FM_ASTRANSFER", "FM_ASCONFERENCE"],
                bits: &[0u64, 1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0z\0\0\0\0\0\0\0\x8C\0\0\0\0\0\0\0\x86\0\0\0\xFF\xFF\0\0\0\0z\0\0\x007\0\0\0\x8C\0\0\0<\0\0\0\x86\0\0\0<\0\0\0\xFF\xFF\0\0\0\0\xB1\0\0\0/\0\0\0\xC8\0\0\x006\0\0\0\xC2\0\0\09\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "FM_ASTRANSFER",
                        "FM_ASCONFERENCE",
                        "ASTRANSFER",
                        "ASCONFERENCE",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `FM_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `FM_ASTRANSFER` | `0x00000000` |\n| `FM_ASCONFERENCE` | `0x00000001` |\n\n# Deutsch\n\nWas `ITBasicCallControl::Finish` auf einem Rückfrageanruf abschließt: eine Übergabe oder das Hinzufügen eines Anrufs zu einer Konferenz.\n\n- `FM_ASTRANSFER`: Der Rückfrageanruf schließt die Übergabe eines Anrufs ab.\n- `FM_ASCONFERENCE`: Der Rückfrageanruf wird einer Konferenz hinzugefügt.\n\n# Français\n\nCe que `ITBasicCallControl::Finish` achève sur un appel de consultation : un transfert, ou l’ajout d’un appel à une conférence.\n\n- `FM_ASTRANSFER`: L’appel de consultation achève le transfert d’un appel.\n- `FM_ASCONFERENCE`: L’appel de consultation est ajouté à une conférence.\n"
    )]
    impl FinishMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::AsTransfer, Self::AsConference];
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
                0 => __tapi::Some(Self::AsTransfer),
                1 => __tapi::Some(Self::AsConference),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `FM_ASTRANSFER`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for FinishMode {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<FinishMode> for ::core::primitive::i32 {
        #[inline]
        fn from(member: FinishMode) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for FinishMode {
        type Error = ::tapi_consts::UnknownValueError<FinishMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for FinishMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for FinishMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(FinishMode, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(FinishMode);
};
/// Why a file terminal changed state, as reported by `ITFileTerminalEvent::get_Cause`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum FtStateEventCause {
    /// The state changed because the application called a method, such as one that starts or
    /// stops the terminal.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`FTEC_NORMAL` = `0x00000000`")]
    Normal = 0x0000_0000,
    /// Playback reached the end of the file.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`FTEC_END_OF_FILE` = `0x00000001`")]
    EndOfFile = 0x0000_0001,
    /// Playback failed because the file could not be read.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`FTEC_READ_ERROR` = `0x00000002`")]
    ReadError = 0x0000_0002,
    /// Recording failed because the file could not be written.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`FTEC_WRITE_ERROR` = `0x00000003`")]
    WriteError = 0x0000_0003,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Why a file terminal changed state, as reported by `ITFileTerminalEvent::get_Cause`.The state changed because the application called a method, such as one that starts or stops the terminal.Playback reached the end of the file.Playback failed because the file could not be read.Recording failed because the file could not be written."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Grund, aus dem ein Dateiterminal seinen Zustand gewechselt hat, wie ihn `ITFileTerminalEvent::get_Cause` meldet.Der Zustand hat sich geändert, weil die Anwendung eine Methode aufgerufen hat, etwa eine, die das Terminal startet oder stoppt.Die Wiedergabe hat das Ende der Datei erreicht.Die Wiedergabe ist fehlgeschlagen, weil die Datei nicht gelesen werden konnte.Die Aufzeichnung ist fehlgeschlagen, weil nicht in die Datei geschrieben werden konnte."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Raison pour laquelle un terminal de fichier a changé d’état, telle que la signale `ITFileTerminalEvent::get_Cause`.L’état a changé parce que l’application a appelé une méthode, par exemple pour démarrer ou arrêter le terminal.La lecture est arrivée à la fin du fichier.La lecture a échoué faute de pouvoir lire le fichier.L’enregistrement a échoué faute de pouvoir écrire dans le fichier."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "FtStateEventCause",
            prefix: "FTEC_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("FT_STATE_EVENT_CAUSE"),
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "FTEC_NORMAL",
                    "FTEC_END_OF_FILE",
                    "FTEC_READ_ERROR",
                    "FTEC_WRITE_ERROR",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0S\0\0\0\0\0\0\0p\0\0\0\0\0\0\0w\0\0\0\xFF\xFF\0\0\0\0S\0\0\0i\0\0\0p\0\0\0\x80\0\0\0w\0\0\0y\0\0\0\xFF\xFF\0\0\0\0\xBC\0\0\0%\0\0\0\xF0\0\0\0/\0\0\0\xF0\0\0\0-\0\0\0\xFF\xFF\0\0\0\0\xE1\0\0\x003\0\0\0\x1F\x01\0\0N\0\0\0\x1D\x01\0\x007\0\0\0\xFF\xFF\0\0\0\0\x14\x01\0\x007\0\0\0m\x01\0\0W\0\0\0T\x01\0\0G\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "FTEC_NORMAL",
                        "FTEC_END_OF_FILE",
                        "FTEC_READ_ERROR",
                        "FTEC_WRITE_ERROR",
                        "NORMAL",
                        "END_OF_FILE",
                        "READ_ERROR",
                        "WRITE_ERROR",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 16240640158330268813u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\x07\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `FTEC_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `FTEC_NORMAL` | `0x00000000` |\n| `FTEC_END_OF_FILE` | `0x00000001` |\n| `FTEC_READ_ERROR` | `0x00000002` |\n| `FTEC_WRITE_ERROR` | `0x00000003` |\n\n# Deutsch\n\nGrund, aus dem ein Dateiterminal seinen Zustand gewechselt hat, wie ihn `ITFileTerminalEvent::get_Cause` meldet.\n\n- `FTEC_NORMAL`: Der Zustand hat sich geändert, weil die Anwendung eine Methode aufgerufen hat, etwa eine, die das Terminal startet oder stoppt.\n- `FTEC_END_OF_FILE`: Die Wiedergabe hat das Ende der Datei erreicht.\n- `FTEC_READ_ERROR`: Die Wiedergabe ist fehlgeschlagen, weil die Datei nicht gelesen werden konnte.\n- `FTEC_WRITE_ERROR`: Die Aufzeichnung ist fehlgeschlagen, weil nicht in die Datei geschrieben werden konnte.\n\n# Français\n\nRaison pour laquelle un terminal de fichier a changé d’état, telle que la signale `ITFileTerminalEvent::get_Cause`.\n\n- `FTEC_NORMAL`: L’état a changé parce que l’application a appelé une méthode, par exemple pour démarrer ou arrêter le terminal.\n- `FTEC_END_OF_FILE`: La lecture est arrivée à la fin du fichier.\n- `FTEC_READ_ERROR`: La lecture a échoué faute de pouvoir lire le fichier.\n- `FTEC_WRITE_ERROR`: L’enregistrement a échoué faute de pouvoir écrire dans le fichier.\n"
    )]
    impl FtStateEventCause {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Normal,
            Self::EndOfFile,
            Self::ReadError,
            Self::WriteError,
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
                0 => __tapi::Some(Self::Normal),
                1 => __tapi::Some(Self::EndOfFile),
                2 => __tapi::Some(Self::ReadError),
                3 => __tapi::Some(Self::WriteError),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `FTEC_NORMAL`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for FtStateEventCause {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<FtStateEventCause> for ::core::primitive::i32 {
        #[inline]
        fn from(member: FtStateEventCause) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for FtStateEventCause {
        type Error = ::tapi_consts::UnknownValueError<FtStateEventCause>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for FtStateEventCause {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for FtStateEventCause {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(FtStateEventCause, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(FtStateEventCause);
};
/// Whether a device reached through a legacy (TAPI 2) service provider can send and receive audio
/// at the same time, as returned by `ITLegacyWaveSupport::IsFullDuplex`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum FullDuplexSupport {
    /// The device works in full duplex.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`FDS_SUPPORTED` = `0x00000000`")]
    Supported = 0x0000_0000,
    /// The device cannot work in full duplex.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`FDS_NOTSUPPORTED` = `0x00000001`")]
    NotSupported = 0x0000_0001,
    /// Whether the device works in full duplex is unknown to the service provider.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`FDS_UNKNOWN` = `0x00000002`")]
    Unknown = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Whether a device reached through a legacy (TAPI 2) service provider can send and receive audio at the same time, as returned by `ITLegacyWaveSupport::IsFullDuplex`.The device works in full duplex.The device cannot work in full duplex.Whether the device works in full duplex is unknown to the service provider."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Gibt an, ob ein Gerät, das über einen älteren Dienstanbieter (TAPI 2) angesprochen wird, gleichzeitig Audio senden und empfangen kann, wie `ITLegacyWaveSupport::IsFullDuplex` es liefert.Das Gerät arbeitet im Vollduplexbetrieb.Das Gerät kann nicht im Vollduplexbetrieb arbeiten.Dem Dienstanbieter ist nicht bekannt, ob das Gerät im Vollduplexbetrieb arbeitet."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Indique si un périphérique géré par un fournisseur de services ancien (TAPI 2) peut émettre et recevoir du son en même temps, comme le renvoie `ITLegacyWaveSupport::IsFullDuplex`.Le périphérique fonctionne en duplex intégral.Le périphérique ne peut pas fonctionner en duplex intégral.Le fournisseur de services ignore si le périphérique fonctionne en duplex intégral."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "FullDuplexSupport",
            prefix: "FDS_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("FULLDUPLEX_SUPPORT"),
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["FDS_SUPPORTED", "FDS_NOTSUPPORTED", "FDS_UNKNOWN"],
                bits: &[0u64, 1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xA4\0\0\0\0\0\0\0\xBD\0\0\0\0\0\0\0\xB9\0\0\0\xFF\xFF\0\0\0\0\xA4\0\0\0 \0\0\0\xBD\0\0\0)\0\0\0\xB9\0\0\x001\0\0\0\xFF\xFF\0\0\0\0\xC4\0\0\0&\0\0\0\xE6\0\0\x004\0\0\0\xEA\0\0\0>\0\0\0\xFF\xFF\0\0\0\0\xEA\0\0\0K\0\0\0\x1A\x01\0\0R\0\0\0(\x01\0\0V\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "FDS_SUPPORTED",
                        "FDS_NOTSUPPORTED",
                        "FDS_UNKNOWN",
                        "SUPPORTED",
                        "NOTSUPPORTED",
                        "UNKNOWN",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `FDS_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `FDS_SUPPORTED` | `0x00000000` |\n| `FDS_NOTSUPPORTED` | `0x00000001` |\n| `FDS_UNKNOWN` | `0x00000002` |\n\n# Deutsch\n\nGibt an, ob ein Gerät, das über einen älteren Dienstanbieter (TAPI 2) angesprochen wird, gleichzeitig Audio senden und empfangen kann, wie `ITLegacyWaveSupport::IsFullDuplex` es liefert.\n\n- `FDS_SUPPORTED`: Das Gerät arbeitet im Vollduplexbetrieb.\n- `FDS_NOTSUPPORTED`: Das Gerät kann nicht im Vollduplexbetrieb arbeiten.\n- `FDS_UNKNOWN`: Dem Dienstanbieter ist nicht bekannt, ob das Gerät im Vollduplexbetrieb arbeitet.\n\n# Français\n\nIndique si un périphérique géré par un fournisseur de services ancien (TAPI 2) peut émettre et recevoir du son en même temps, comme le renvoie `ITLegacyWaveSupport::IsFullDuplex`.\n\n- `FDS_SUPPORTED`: Le périphérique fonctionne en duplex intégral.\n- `FDS_NOTSUPPORTED`: Le périphérique ne peut pas fonctionner en duplex intégral.\n- `FDS_UNKNOWN`: Le fournisseur de services ignore si le périphérique fonctionne en duplex intégral.\n"
    )]
    impl FullDuplexSupport {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Supported,
            Self::NotSupported,
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
                0 => __tapi::Some(Self::Supported),
                1 => __tapi::Some(Self::NotSupported),
                2 => __tapi::Some(Self::Unknown),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `FDS_SUPPORTED`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for FullDuplexSupport {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<FullDuplexSupport> for ::core::primitive::i32 {
        #[inline]
        fn from(member: FullDuplexSupport) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for FullDuplexSupport {
        type Error = ::tapi_consts::UnknownValueError<FullDuplexSupport>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for FullDuplexSupport {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for FullDuplexSupport {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(FullDuplexSupport, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(FullDuplexSupport);
};
/// Selects a phone capability that comes as a block of bytes, read with
/// `ITPhone::GetPhoneCapsBuffer` or `ITPhone::get_PhoneCapsBuffer`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum PhonecapsBuffer {
    /// The device-specific capabilities of the phone, in a layout the service provider defines.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PCB_DEVSPECIFICBUFFER` = `0x00000000`")]
    DevSpecificBuffer = 0x0000_0000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Selects a phone capability that comes as a block of bytes, read with `ITPhone::GetPhoneCapsBuffer` or `ITPhone::get_PhoneCapsBuffer`.The device-specific capabilities of the phone, in a layout the service provider defines."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Wählt eine Fähigkeit eines Telefons aus, die als Byteblock geliefert wird und mit `ITPhone::GetPhoneCapsBuffer` oder `ITPhone::get_PhoneCapsBuffer` gelesen wird.Die gerätespezifischen Fähigkeiten des Telefons, in einem vom Dienstanbieter festgelegten Format."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Désigne une capacité du poste téléphonique fournie sous forme de bloc d’octets, lue avec `ITPhone::GetPhoneCapsBuffer` ou `ITPhone::get_PhoneCapsBuffer`.Les capacités du poste propres au périphérique, dans un format défini par le fournisseur de services."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhonecapsBuffer",
            prefix: "PCB_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("PHONECAPS_BUFFER"),
            known_bits: 0u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["PCB_DEVSPECIFICBUFFER"],
                bits: &[0u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x85\0\0\0\0\0\0\0\xA3\0\0\0\0\0\0\0\x9F\0\0\0\xFF\xFF\0\0\0\0\x85\0\0\0X\0\0\0\xA3\0\0\0c\0\0\0\x9F\0\0\0i\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &["PCB_DEVSPECIFICBUFFER", "DEVSPECIFICBUFFER"],
                    by_value: b"\0\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 60u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x01\0\0\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PCB_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `PCB_DEVSPECIFICBUFFER` | `0x00000000` |\n\n# Deutsch\n\nWählt eine Fähigkeit eines Telefons aus, die als Byteblock geliefert wird und mit `ITPhone::GetPhoneCapsBuffer` oder `ITPhone::get_PhoneCapsBuffer` gelesen wird.\n\n- `PCB_DEVSPECIFICBUFFER`: Die gerätespezifischen Fähigkeiten des Telefons, in einem vom Dienstanbieter festgelegten Format.\n\n# Français\n\nDésigne une capacité du poste téléphonique fournie sous forme de bloc d’octets, lue avec `ITPhone::GetPhoneCapsBuffer` ou `ITPhone::get_PhoneCapsBuffer`.\n\n- `PCB_DEVSPECIFICBUFFER`: Les capacités du poste propres au périphérique, dans un format défini par le fournisseur de services.\n"
    )]
    impl PhonecapsBuffer {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::DevSpecificBuffer];
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
                0 => __tapi::Some(Self::DevSpecificBuffer),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PCB_DEVSPECIFICBUFFER`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhonecapsBuffer {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhonecapsBuffer> for ::core::primitive::i32 {
        #[inline]
        fn from(member: PhonecapsBuffer) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for PhonecapsBuffer {
        type Error = ::tapi_consts::UnknownValueError<PhonecapsBuffer>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhonecapsBuffer {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhonecapsBuffer {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhonecapsBuffer, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(PhonecapsBuffer);
};
/// Selects a phone capability that is a single number, read with `ITPhone::get_PhoneCapsLong`;
/// the phone need not be open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum PhonecapsLong {
    /// Which hook-switch devices the phone has, as a combination of `PHONE_HOOK_SWITCH_DEVICE`
    /// (`PHSD_`) bits.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PCL_HOOKSWITCHES` = `0x00000000`")]
    HookSwitches = 0x0000_0000,
    /// The hook-switch modes that the handset supports.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PCL_HANDSETHOOKSWITCHMODES` = `0x00000001`")]
    HandsetHookSwitchModes = 0x0000_0001,
    /// The hook-switch modes that the headset supports.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PCL_HEADSETHOOKSWITCHMODES` = `0x00000002`")]
    HeadsetHookSwitchModes = 0x0000_0002,
    /// The hook-switch modes that the speakerphone supports.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PCL_SPEAKERPHONEHOOKSWITCHMODES` = `0x00000003`")]
    SpeakerphoneHookSwitchModes = 0x0000_0003,
    /// How many rows the phone's display has.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PCL_DISPLAYNUMROWS` = `0x00000004`")]
    DisplayNumRows = 0x0000_0004,
    /// How many columns the phone's display has.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PCL_DISPLAYNUMCOLUMNS` = `0x00000005`")]
    DisplayNumColumns = 0x0000_0005,
    /// How many ring modes the phone offers. A USB phone that reports zero usually has no ringer
    /// of its own and rings through the computer's default audio device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PCL_NUMRINGMODES` = `0x00000006`")]
    NumRingModes = 0x0000_0006,
    /// How many button/lamp positions the phone has.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PCL_NUMBUTTONLAMPS` = `0x00000007`")]
    NumButtonLamps = 0x0000_0007,
    /// Whether the phone is generic (1) or not (0). A generic phone, such as a USB phone, can be
    /// used on every address that supports audio terminals instead of being tied to one address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PCL_GENERICPHONE` = `0x00000008`")]
    GenericPhone = 0x0000_0008,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Selects a phone capability that is a single number, read with `ITPhone::get_PhoneCapsLong`; the phone need not be open.Which hook-switch devices the phone has, as a combination of `PHONE_HOOK_SWITCH_DEVICE` (`PHSD_`) bits.The hook-switch modes that the handset supports.The hook-switch modes that the headset supports.The hook-switch modes that the speakerphone supports.How many rows the phone's display has.How many columns the phone's display has.How many ring modes the phone offers. A USB phone that reports zero usually has no ringer of its own and rings through the computer's default audio device.How many button/lamp positions the phone has.Whether the phone is generic (1) or not (0). A generic phone, such as a USB phone, can be used on every address that supports audio terminals instead of being tied to one address."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Wählt eine Fähigkeit eines Telefons aus, die aus einer einzelnen Zahl besteht und mit `ITPhone::get_PhoneCapsLong` gelesen wird; das Telefon muss dazu nicht geöffnet sein.Welche Geräte mit Gabelumschalter das Telefon besitzt, als Kombination von Bits aus `PHONE_HOOK_SWITCH_DEVICE` (`PHSD_`).Die Modi des Gabelumschalters, die der Hörer unterstützt.Die Modi des Gabelumschalters, die das Headset unterstützt.Die Modi des Gabelumschalters, die die Freisprecheinrichtung unterstützt.Die Anzahl der Zeilen des Displays des Telefons.Die Anzahl der Spalten des Displays des Telefons.Die Anzahl der Klingelmodi, die das Telefon bietet. Ein USB-Telefon, das null meldet, hat in der Regel kein eigenes Rufsignal und klingelt über das Standard-Audiogerät des Computers.Die Anzahl der Tasten-/Lampenpositionen des Telefons.Gibt an, ob das Telefon generisch ist (1) oder nicht (0). Ein generisches Telefon, etwa ein USB-Telefon, ist nicht an eine einzelne Adresse gebunden, sondern auf jeder Adresse nutzbar, die Audioterminals unterstützt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Désigne une capacité du poste téléphonique exprimée par un nombre, lue avec `ITPhone::get_PhoneCapsLong` ; il n’est pas nécessaire d’ouvrir le poste.Les périphériques à commutateur crochet dont dispose le poste, sous forme de combinaison de bits `PHONE_HOOK_SWITCH_DEVICE` (`PHSD_`).Les modes du commutateur crochet que le combiné prend en charge.Les modes du commutateur crochet que le casque prend en charge.Les modes du commutateur crochet que le haut-parleur prend en charge.Le nombre de rangées de l’afficheur du poste.Le nombre de colonnes de l’afficheur du poste.Le nombre de modes de sonnerie proposés par le poste. Un téléphone USB qui indique zéro n’a en général pas de sonnerie propre et sonne par le périphérique audio par défaut de l’ordinateur.Le nombre de positions bouton/voyant du poste.Indique si le poste est générique (1) ou non (0). Un poste générique, comme un téléphone USB, peut servir sur toutes les adresses qui prennent en charge des terminaux audio au lieu d’être lié à une seule adresse."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhonecapsLong",
            prefix: "PCL_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("PHONECAPS_LONG"),
            known_bits: 15u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "PCL_HOOKSWITCHES",
                    "PCL_HANDSETHOOKSWITCHMODES",
                    "PCL_HEADSETHOOKSWITCHMODES",
                    "PCL_SPEAKERPHONEHOOKSWITCHMODES",
                    "PCL_DISPLAYNUMROWS",
                    "PCL_DISPLAYNUMCOLUMNS",
                    "PCL_NUMRINGMODES",
                    "PCL_NUMBUTTONLAMPS",
                    "PCL_GENERICPHONE",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64, 8u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0w\0\0\0\0\0\0\0\xAE\0\0\0\0\0\0\0\x9F\0\0\0\xFF\xFF\0\0\0\0w\0\0\0g\0\0\0\xAE\0\0\0z\0\0\0\x9F\0\0\0\x89\0\0\0\xFF\xFF\0\0\0\0\xDE\0\0\x000\0\0\0(\x01\0\0;\0\0\0(\x01\0\0A\0\0\0\xFF\xFF\0\0\0\0\x0E\x01\0\x000\0\0\0c\x01\0\0<\0\0\0i\x01\0\0?\0\0\0\xFF\xFF\0\0\0\0>\x01\0\x005\0\0\0\x9F\x01\0\0J\0\0\0\xA8\x01\0\0E\0\0\0\xFF\xFF\0\0\0\0s\x01\0\0&\0\0\0\xE9\x01\0\x000\0\0\0\xED\x01\0\x000\0\0\0\xFF\xFF\0\0\0\0\x99\x01\0\0)\0\0\0\x19\x02\0\x001\0\0\0\x1D\x02\0\x000\0\0\0\xFF\xFF\0\0\0\0\xC2\x01\0\0\x9B\0\0\0J\x02\0\0\xB8\0\0\0M\x02\0\0\xC9\0\0\0\xFF\xFF\0\0\0\0]\x02\0\0-\0\0\0\x02\x03\0\x005\0\0\0\x16\x03\0\0.\0\0\0\xFF\xFF\0\0\0\0\x8A\x02\0\0\xB3\0\0\x007\x03\0\0\xD9\0\0\0D\x03\0\0\xDF\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PCL_HOOKSWITCHES",
                        "PCL_HANDSETHOOKSWITCHMODES",
                        "PCL_HEADSETHOOKSWITCHMODES",
                        "PCL_SPEAKERPHONEHOOKSWITCHMODES",
                        "PCL_DISPLAYNUMROWS",
                        "PCL_DISPLAYNUMCOLUMNS",
                        "PCL_NUMRINGMODES",
                        "PCL_NUMBUTTONLAMPS",
                        "PCL_GENERICPHONE",
                        "HOOKSWITCHES",
                        "HANDSETHOOKSWITCHMODES",
                        "HEADSETHOOKSWITCHMODES",
                        "SPEAKERPHONEHOOKSWITCHMODES",
                        "DISPLAYNUMROWS",
                        "DISPLAYNUMCOLUMNS",
                        "NUMRINGMODES",
                        "NUMBUTTONLAMPS",
                        "GENERICPHONE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: true,
                        seed: 4678178747650328670u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\x0E\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x03\0\x0B\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PCL_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `PCL_HOOKSWITCHES` | `0x00000000` |\n| `PCL_HANDSETHOOKSWITCHMODES` | `0x00000001` |\n| `PCL_HEADSETHOOKSWITCHMODES` | `0x00000002` |\n| `PCL_SPEAKERPHONEHOOKSWITCHMODES` | `0x00000003` |\n| `PCL_DISPLAYNUMROWS` | `0x00000004` |\n| `PCL_DISPLAYNUMCOLUMNS` | `0x00000005` |\n| `PCL_NUMRINGMODES` | `0x00000006` |\n| `PCL_NUMBUTTONLAMPS` | `0x00000007` |\n| `PCL_GENERICPHONE` | `0x00000008` |\n\n# Deutsch\n\nWählt eine Fähigkeit eines Telefons aus, die aus einer einzelnen Zahl besteht und mit `ITPhone::get_PhoneCapsLong` gelesen wird; das Telefon muss dazu nicht geöffnet sein.\n\n- `PCL_HOOKSWITCHES`: Welche Geräte mit Gabelumschalter das Telefon besitzt, als Kombination von Bits aus `PHONE_HOOK_SWITCH_DEVICE` (`PHSD_`).\n- `PCL_HANDSETHOOKSWITCHMODES`: Die Modi des Gabelumschalters, die der Hörer unterstützt.\n- `PCL_HEADSETHOOKSWITCHMODES`: Die Modi des Gabelumschalters, die das Headset unterstützt.\n- `PCL_SPEAKERPHONEHOOKSWITCHMODES`: Die Modi des Gabelumschalters, die die Freisprecheinrichtung unterstützt.\n- `PCL_DISPLAYNUMROWS`: Die Anzahl der Zeilen des Displays des Telefons.\n- `PCL_DISPLAYNUMCOLUMNS`: Die Anzahl der Spalten des Displays des Telefons.\n- `PCL_NUMRINGMODES`: Die Anzahl der Klingelmodi, die das Telefon bietet. Ein USB-Telefon, das null meldet, hat in der Regel kein eigenes Rufsignal und klingelt über das Standard-Audiogerät des Computers.\n- `PCL_NUMBUTTONLAMPS`: Die Anzahl der Tasten-/Lampenpositionen des Telefons.\n- `PCL_GENERICPHONE`: Gibt an, ob das Telefon generisch ist (1) oder nicht (0). Ein generisches Telefon, etwa ein USB-Telefon, ist nicht an eine einzelne Adresse gebunden, sondern auf jeder Adresse nutzbar, die Audioterminals unterstützt.\n\n# Français\n\nDésigne une capacité du poste téléphonique exprimée par un nombre, lue avec `ITPhone::get_PhoneCapsLong` ; il n’est pas nécessaire d’ouvrir le poste.\n\n- `PCL_HOOKSWITCHES`: Les périphériques à commutateur crochet dont dispose le poste, sous forme de combinaison de bits `PHONE_HOOK_SWITCH_DEVICE` (`PHSD_`).\n- `PCL_HANDSETHOOKSWITCHMODES`: Les modes du commutateur crochet que le combiné prend en charge.\n- `PCL_HEADSETHOOKSWITCHMODES`: Les modes du commutateur crochet que le casque prend en charge.\n- `PCL_SPEAKERPHONEHOOKSWITCHMODES`: Les modes du commutateur crochet que le haut-parleur prend en charge.\n- `PCL_DISPLAYNUMROWS`: Le nombre de rangées de l’afficheur du poste.\n- `PCL_DISPLAYNUMCOLUMNS`: Le nombre de colonnes de l’afficheur du poste.\n- `PCL_NUMRINGMODES`: Le nombre de modes de sonnerie proposés par le poste. Un téléphone USB qui indique zéro n’a en général pas de sonnerie propre et sonne par le périphérique audio par défaut de l’ordinateur.\n- `PCL_NUMBUTTONLAMPS`: Le nombre de positions bouton/voyant du poste.\n- `PCL_GENERICPHONE`: Indique si le poste est générique (1) ou non (0). Un poste générique, comme un téléphone USB, peut servir sur toutes les adresses qui prennent en charge des terminaux audio au lieu d’être lié à une seule adresse.\n"
    )]
    impl PhonecapsLong {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::HookSwitches,
            Self::HandsetHookSwitchModes,
            Self::HeadsetHookSwitchModes,
            Self::SpeakerphoneHookSwitchModes,
            Self::DisplayNumRows,
            Self::DisplayNumColumns,
            Self::NumRingModes,
            Self::NumButtonLamps,
            Self::GenericPhone,
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
                0 => __tapi::Some(Self::HookSwitches),
                1 => __tapi::Some(Self::HandsetHookSwitchModes),
                2 => __tapi::Some(Self::HeadsetHookSwitchModes),
                3 => __tapi::Some(Self::SpeakerphoneHookSwitchModes),
                4 => __tapi::Some(Self::DisplayNumRows),
                5 => __tapi::Some(Self::DisplayNumColumns),
                6 => __tapi::Some(Self::NumRingModes),
                7 => __tapi::Some(Self::NumButtonLamps),
                8 => __tapi::Some(Self::GenericPhone),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PCL_HOOKSWITCHES`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhonecapsLong {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhonecapsLong> for ::core::primitive::i32 {
        #[inline]
        fn from(member: PhonecapsLong) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for PhonecapsLong {
        type Error = ::tapi_consts::UnknownValueError<PhonecapsLong>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhonecapsLong {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhonecapsLong {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhonecapsLong, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(PhonecapsLong);
};
/// Selects a phone capability that is a string, read with `ITPhone::get_PhoneCapsString`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum PhonecapsString {
    /// The name of the phone device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PCS_PHONENAME` = `0x00000000`")]
    PhoneName = 0x0000_0000,
    /// A string that describes the phone device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PCS_PHONEINFO` = `0x00000001`")]
    PhoneInfo = 0x0000_0001,
    /// A string that describes the service provider of the phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PCS_PROVIDERINFO` = `0x00000002`")]
    ProviderInfo = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Selects a phone capability that is a string, read with `ITPhone::get_PhoneCapsString`.The name of the phone device.A string that describes the phone device.A string that describes the service provider of the phone."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Wählt eine Fähigkeit eines Telefons aus, die aus einer Zeichenkette besteht und mit `ITPhone::get_PhoneCapsString` gelesen wird.Der Name des Telefongeräts.Eine Zeichenkette, die das Telefongerät beschreibt.Eine Zeichenkette, die den Dienstanbieter des Telefons beschreibt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Désigne une capacité du poste téléphonique exprimée par une chaîne, lue avec `ITPhone::get_PhoneCapsString`.Le nom du périphérique téléphonique.Une chaîne qui décrit le périphérique téléphonique.Une chaîne qui décrit le fournisseur de services du poste."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhonecapsString",
            prefix: "PCS_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("PHONECAPS_STRING"),
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["PCS_PHONENAME", "PCS_PHONEINFO", "PCS_PROVIDERINFO"],
                bits: &[0u64, 1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0V\0\0\0\0\0\0\0\x82\0\0\0\0\0\0\0r\0\0\0\xFF\xFF\0\0\0\0V\0\0\0\x1D\0\0\0\x82\0\0\0\x1C\0\0\0r\0\0\0(\0\0\0\xFF\xFF\0\0\0\0s\0\0\0)\0\0\0\x9E\0\0\x004\0\0\0\x9A\0\0\09\0\0\0\xFF\xFF\0\0\0\0\x9C\0\0\0:\0\0\0\xD2\0\0\0B\0\0\0\xD3\0\0\0<\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PCS_PHONENAME",
                        "PCS_PHONEINFO",
                        "PCS_PROVIDERINFO",
                        "PHONENAME",
                        "PHONEINFO",
                        "PROVIDERINFO",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PCS_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `PCS_PHONENAME` | `0x00000000` |\n| `PCS_PHONEINFO` | `0x00000001` |\n| `PCS_PROVIDERINFO` | `0x00000002` |\n\n# Deutsch\n\nWählt eine Fähigkeit eines Telefons aus, die aus einer Zeichenkette besteht und mit `ITPhone::get_PhoneCapsString` gelesen wird.\n\n- `PCS_PHONENAME`: Der Name des Telefongeräts.\n- `PCS_PHONEINFO`: Eine Zeichenkette, die das Telefongerät beschreibt.\n- `PCS_PROVIDERINFO`: Eine Zeichenkette, die den Dienstanbieter des Telefons beschreibt.\n\n# Français\n\nDésigne une capacité du poste téléphonique exprimée par une chaîne, lue avec `ITPhone::get_PhoneCapsString`.\n\n- `PCS_PHONENAME`: Le nom du périphérique téléphonique.\n- `PCS_PHONEINFO`: Une chaîne qui décrit le périphérique téléphonique.\n- `PCS_PROVIDERINFO`: Une chaîne qui décrit le fournisseur de services du poste.\n"
    )]
    impl PhonecapsString {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::PhoneName,
            Self::PhoneInfo,
            Self::ProviderInfo,
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
                0 => __tapi::Some(Self::PhoneName),
                1 => __tapi::Some(Self::PhoneInfo),
                2 => __tapi::Some(Self::ProviderInfo),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PCS_PHONENAME`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhonecapsString {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhonecapsString> for ::core::primitive::i32 {
        #[inline]
        fn from(member: PhonecapsString) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for PhonecapsString {
        type Error = ::tapi_consts::UnknownValueError<PhonecapsString>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhonecapsString {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhonecapsString {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhonecapsString, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(PhonecapsString);
};
/// Identifies the telephony function assigned to a button of a phone, read and set with
/// `ITPhone::get_ButtonFunction` and `ITPhone::put_ButtonFunction`. The values are those of the
/// TAPI 2 `PHONEBUTTONFUNCTION_` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum PhoneButtonFunction {
    /// Placeholder used when the button has no known function or none has been assigned to it
    /// yet.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_UNKNOWN` = `0x00000000`")]
    Unknown = 0x0000_0000,
    /// Starts a conference, or brings another call into an existing conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_CONFERENCE` = `0x00000001`")]
    Conference = 0x0000_0001,
    /// Begins a call transfer, or finishes one that is already under way.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_TRANSFER` = `0x00000002`")]
    Transfer = 0x0000_0002,
    /// Hangs up the call that is currently active.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_DROP` = `0x00000003`")]
    Drop = 0x0000_0003,
    /// Puts the currently active call on hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_HOLD` = `0x00000004`")]
    Hold = 0x0000_0004,
    /// Retrieves a call that was on hold and makes it active again.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_RECALL` = `0x00000005`")]
    Recall = 0x0000_0005,
    /// Releases a call, for example the consultation leg once a transfer has been set up.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_DISCONNECT` = `0x00000006`")]
    Disconnect = 0x0000_0006,
    /// Returns to a call that was put on consultation hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_CONNECT` = `0x00000007`")]
    Connect = 0x0000_0007,
    /// Lights the message-waiting lamp.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_MSGWAITON` = `0x00000008`")]
    MsgWaitOn = 0x0000_0008,
    /// Switches the message-waiting lamp off.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_MSGWAITOFF` = `0x00000009`")]
    MsgWaitOff = 0x0000_0009,
    /// Lets the user choose which ringing pattern the phone uses.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_SELECTRING` = `0x0000000A`")]
    SelectRing = 0x0000_000A,
    /// Abbreviated dialing: the destination is entered as a short code of one or a few digits
    /// instead of the full number.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_ABBREVDIAL` = `0x0000000B`")]
    AbbrevDial = 0x0000_000B,
    /// Turns call forwarding on for this phone, or changes its settings.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_FORWARD` = `0x0000000C`")]
    Forward = 0x0000_000C,
    /// Answers, from this phone, a call that is ringing at another phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_PICKUP` = `0x0000000D`")]
    Pickup = 0x0000_000D,
    /// Asks to be alerted later when a call attempt fails because the destination is busy or
    /// does not answer (ring-again / callback).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_RINGAGAIN` = `0x0000000E`")]
    RingAgain = 0x0000_000E,
    /// Parks the active call at another phone, where it waits on hold until someone retrieves it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_PARK` = `0x0000000F`")]
    Park = 0x0000_000F,
    /// Refuses an incoming call while it is still ringing.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_REJECT` = `0x00000010`")]
    Reject = 0x0000_0010,
    /// Sends an incoming call to another extension before anyone answers it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_REDIRECT` = `0x00000011`")]
    Redirect = 0x0000_0011,
    /// Silences the phone's microphone so the other party no longer hears the user.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_MUTE` = `0x00000012`")]
    Mute = 0x0000_0012,
    /// Raises the listening volume of the handset earpiece or the speakerphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_VOLUMEUP` = `0x00000013`")]
    VolumeUp = 0x0000_0013,
    /// Lowers the listening volume of the handset earpiece or the speakerphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_VOLUMEDOWN` = `0x00000014`")]
    VolumeDown = 0x0000_0014,
    /// Switches the phone's external loudspeaker on.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_SPEAKERON` = `0x00000015`")]
    SpeakerOn = 0x0000_0015,
    /// Switches the phone's external loudspeaker off.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_SPEAKEROFF` = `0x00000016`")]
    SpeakerOff = 0x0000_0016,
    /// Sends a hook flash, that is a brief on-hook/off-hook pulse. Digits keyed afterwards are
    /// usually taken as switch commands, and many switches put the active call on consultation
    /// hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_FLASH` = `0x00000017`")]
    Flash = 0x0000_0017,
    /// Marks the next call as a data call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_DATAON` = `0x00000018`")]
    DataOn = 0x0000_0018,
    /// Marks the next call as not being a data call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_DATAOFF` = `0x00000019`")]
    DataOff = 0x0000_0019,
    /// Enables do-not-disturb: incoming calls get a busy signal or are diverted to an operator or
    /// to voice mail.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_DONOTDISTURB` = `0x0000001A`")]
    DoNotDisturb = 0x0000_001A,
    /// Opens the intercom so that the user can broadcast a paging announcement.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_INTERCOM` = `0x0000001B`")]
    Intercom = 0x0000_001B,
    /// Selects one appearance of a bridged address (an address shared with other phones).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_BRIDGEDAPP` = `0x0000001C`")]
    BridgedApp = 0x0000_001C,
    /// Makes the phone look busy to callers, so incoming calls are not presented to it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_BUSY` = `0x0000001D`")]
    Busy = 0x0000_001D,
    /// Selects one particular call appearance on the phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_CALLAPP` = `0x0000001E`")]
    CallApp = 0x0000_001E,
    /// Shows the current date and time, as supplied by the switch, on the phone's display.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_DATETIME` = `0x0000001F`")]
    DateTime = 0x0000_001F,
    /// Calls the switch's directory service.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_DIRECTORY` = `0x00000020`")]
    Directory = 0x0000_0020,
    /// Diverts every call meant for this phone to a designated coverage phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_COVER` = `0x00000021`")]
    Cover = 0x0000_0021,
    /// Asks for the caller's identity (caller ID) to be shown on the phone's display.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_CALLID` = `0x00000022`")]
    CallId = 0x0000_0022,
    /// Dials again the number that was dialed last (redial).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_LASTNUM` = `0x00000023`")]
    LastNum = 0x0000_0023,
    /// Switches the phone to its night-service configuration, the behavior set up for
    /// out-of-hours periods.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_NIGHTSRV` = `0x00000024`")]
    NightSrv = 0x0000_0024,
    /// Sends all calls to the coverage phone; it has the same effect as `PBF_COVER`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_SENDCALLS` = `0x00000025`")]
    SendCalls = 0x0000_0025,
    /// Controls the lamp that signals waiting messages.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_MSGINDICATOR` = `0x00000026`")]
    MsgIndicator = 0x0000_0026,
    /// Repertory dialing: after the button, the user keys a short code that stands for a stored
    /// number.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_REPDIAL` = `0x00000027`")]
    RepDial = 0x0000_0027,
    /// Programs the short codes used by repertory dialing (`PBF_REPDIAL`) and the numbers they
    /// stand for.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_SETREPDIAL` = `0x00000028`")]
    SetRepDial = 0x0000_0028,
    /// System speed dialing: the user keys a short code after the button, and the switch holds
    /// the table that maps codes to numbers.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_SYSTEMSPEED` = `0x00000029`")]
    SystemSpeed = 0x0000_0029,
    /// Station speed dialing: like `PBF_SYSTEMSPEED`, but the code-to-number table belongs to
    /// this phone only.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_STATIONSPEED` = `0x0000002A`")]
    StationSpeed = 0x0000_002A,
    /// Camps on a busy extension: when that extension becomes free, this phone rings with a
    /// distinctive pattern, and lifting it places the call again.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_CAMPON` = `0x0000002B`")]
    CampOn = 0x0000_002B,
    /// During a call or call attempt, stores its number or command; when no call is active (for
    /// example at dial tone), replays what was stored.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_SAVEREPEAT` = `0x0000002C`")]
    SaveRepeat = 0x0000_002C,
    /// Queues an outside call that found all trunks busy: when a trunk frees up, this phone rings
    /// with a distinctive pattern, and lifting it places the call again.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_QUEUECALL` = `0x0000002D`")]
    QueueCall = 0x0000_002D,
    /// Placeholder stating that the button deliberately has no function.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_NONE` = `0x0000002E`")]
    None = 0x0000_002E,
    /// A send button: asks for a communication session to be set up.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBF_SEND` = `0x0000002F`")]
    Send = 0x0000_002F,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Identifies the telephony function assigned to a button of a phone, read and set with `ITPhone::get_ButtonFunction` and `ITPhone::put_ButtonFunction`. The values are those of the TAPI 2 `PHONEBUTTONFUNCTION_` constants.Placeholder used when the button has no known function or none has been assigned to it yet.Starts a conference, or brings another call into an existing conference.Begins a call transfer, or finishes one that is already under way.Hangs up the call that is currently active.Puts the currently active call on hold.Retrieves a call that was on hold and makes it active again.Releases a call, for example the consultation leg once a transfer has been set up.Returns to a call that was put on consultation hold.Lights the message-waiting lamp.Switches the message-waiting lamp off.Lets the user choose which ringing pattern the phone uses.Abbreviated dialing: the destination is entered as a short code of one or a few digits instead of the full number.Turns call forwarding on for this phone, or changes its settings.Answers, from this phone, a call that is ringing at another phone.Asks to be alerted later when a call attempt fails because the destination is busy or does not answer (ring-again / callback).Parks the active call at another phone, where it waits on hold until someone retrieves it.Refuses an incoming call while it is still ringing.Sends an incoming call to another extension before anyone answers it.Silences the phone's microphone so the other party no longer hears the user.Raises the listening volume of the handset earpiece or the speakerphone.Lowers the listening volume of the handset earpiece or the speakerphone.Switches the phone's external loudspeaker on.Switches the phone's external loudspeaker off.Sends a hook flash, that is a brief on-hook/off-hook pulse. Digits keyed afterwards are usually taken as switch commands, and many switches put the active call on consultation hold.Marks the next call as a data call.Marks the next call as not being a data call.Enables do-not-disturb: incoming calls get a busy signal or are diverted to an operator or to voice mail.Opens the intercom so that the user can broadcast a paging announcement.Selects one appearance of a bridged address (an address shared with other phones).Makes the phone look busy to callers, so incoming calls are not presented to it.Selects one particular call appearance on the phone.Shows the current date and time, as supplied by the switch, on the phone's display.Calls the switch's directory service.Diverts every call meant for this phone to a designated coverage phone.Asks for the caller's identity (caller ID) to be shown on the phone's display.Dials again the number that was dialed last (redial).Switches the phone to its night-service configuration, the behavior set up for out-of-hours periods.Sends all calls to the coverage phone; it has the same effect as `PBF_COVER`.Controls the lamp that signals waiting messages.Repertory dialing: after the button, the user keys a short code that stands for a stored number.Programs the short codes used by repertory dialing (`PBF_REPDIAL`) and the numbers they stand for.System speed dialing: the user keys a short code after the button, and the switch holds the table that maps codes to numbers.Station speed dialing: like `PBF_SYSTEMSPEED`, but the code-to-number table belongs to this phone only.Camps on a busy extension: when that extension becomes free, this phone rings with a distinctive pattern, and lifting it places the call again.During a call or call attempt, stores its number or command; when no call is active (for example at dial tone), replays what was stored.Queues an outside call that found all trunks busy: when a trunk frees up, this phone rings with a distinctive pattern, and lifting it places the call again.Placeholder stating that the button deliberately has no function.A send button: asks for a communication session to be set up."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Bezeichnet die Telefoniefunktion, die einer Taste eines Telefons zugewiesen ist, gelesen und gesetzt mit `ITPhone::get_ButtonFunction` und `ITPhone::put_ButtonFunction`. Die Werte sind die der TAPI-2-Konstanten `PHONEBUTTONFUNCTION_`.Platzhalter für den Fall, dass die Funktion der Taste unbekannt ist oder ihr noch keine zugewiesen wurde.Startet eine Konferenz oder nimmt einen weiteren Anruf in eine bestehende Konferenz auf.Leitet die Übergabe eines Anrufs ein oder schließt eine bereits begonnene Übergabe ab.Beendet den gerade aktiven Anruf.Versetzt den gerade aktiven Anruf in den Haltezustand.Holt einen gehaltenen Anruf zurück und macht ihn wieder aktiv.Trennt einen Anruf, zum Beispiel den Rückfrageanruf, sobald die Übergabe vorbereitet ist.Kehrt zu einem Anruf zurück, der zur Rückfrage gehalten wurde.Schaltet die Leuchtanzeige für wartende Nachrichten ein.Schaltet die Leuchtanzeige für wartende Nachrichten aus.Lässt den Benutzer das Klingelmuster des Telefons auswählen.Kurzwahl: Das Ziel wird statt der vollständigen Nummer als Kurzcode aus einer oder wenigen Ziffern eingegeben.Schaltet die Rufumleitung für dieses Telefon ein oder ändert ihre Einstellungen.Nimmt an diesem Telefon einen Anruf an, der an einem anderen Telefon klingelt (Heranholen).Fordert eine spätere Benachrichtigung an, wenn ein Anrufversuch scheitert, weil das Ziel besetzt ist oder sich nicht meldet (Rückruf).Parkt den aktiven Anruf an einem anderen Telefon, wo er gehalten wird, bis ihn jemand aus dem Parken holt.Weist einen eingehenden Anruf ab, solange er noch klingelt.Leitet einen eingehenden Anruf an eine andere Nebenstelle um, bevor jemand ihn annimmt.Schaltet das Mikrofon des Telefons stumm, sodass der andere Teilnehmer den Benutzer nicht mehr hört.Erhöht die Wiedergabelautstärke der Hörkapsel des Hörers oder der Freisprecheinrichtung.Verringert die Wiedergabelautstärke der Hörkapsel des Hörers oder der Freisprecheinrichtung.Schaltet den externen Lautsprecher des Telefons ein.Schaltet den externen Lautsprecher des Telefons aus.Sendet einen Flash, also einen kurzen Auflege-/Abhebeimpuls. Danach eingegebene Ziffern werden meist als Befehle an die Vermittlung gewertet, und viele Vermittlungen halten den aktiven Anruf dabei zur Rückfrage.Kennzeichnet den nächsten Anruf als Datenanruf.Kennzeichnet den nächsten Anruf als Anruf, der kein Datenanruf ist.Schaltet den Anrufschutz („Bitte nicht stören“) ein: Eingehende Anrufe erhalten ein Besetztzeichen oder werden an einen Vermittlungsplatz oder an die Voicemail weitergeleitet.Öffnet die Gegensprechanlage, damit der Benutzer eine Durchsage zur Personensuche machen kann.Wählt eine Anrufdarstellung einer gebrückten Adresse aus (einer Adresse, die mit anderen Telefonen geteilt wird).Lässt das Telefon für Anrufer besetzt erscheinen, sodass ihm keine eingehenden Anrufe angeboten werden.Wählt eine bestimmte Anrufdarstellung des Telefons aus.Zeigt das aktuelle Datum und die Uhrzeit, wie die Vermittlung sie liefert, im Display des Telefons an.Ruft den Verzeichnisdienst der Vermittlung auf.Leitet alle für dieses Telefon bestimmten Anrufe an ein festgelegtes Vertretungstelefon weiter.Fordert an, dass die Kennungsangaben des Anrufers im Display des Telefons angezeigt werden.Wählt die zuletzt gewählte Nummer erneut (Wahlwiederholung).Schaltet das Telefon auf Nachtschaltung um, also auf das Verhalten, das für die Zeiten außerhalb der Geschäftszeiten eingerichtet ist.Leitet alle Anrufe an das Vertretungstelefon weiter; wirkt genauso wie `PBF_COVER`.Steuert die Leuchtanzeige für wartende Nachrichten.Zielwahl: Nach der Taste gibt der Benutzer einen Kurzcode ein, der für eine gespeicherte Nummer steht.Programmiert die Kurzcodes der Zielwahl (`PBF_REPDIAL`) und die Nummern, für die sie stehen.Systemkurzwahl: Der Benutzer gibt nach der Taste einen Kurzcode ein, und die Tabelle, die Codes den Nummern zuordnet, liegt in der Vermittlung.Nebenstellen-Kurzwahl: wie `PBF_SYSTEMSPEED`, aber die Tabelle, die Codes den Nummern zuordnet, gehört nur zu diesem Telefon.Aktiviert „Warten bei Besetzt“ für eine besetzte Nebenstelle: Sobald diese frei wird, klingelt dieses Telefon mit einem besonderen Klingelmuster, und durch Abheben wird der Anruf erneut eingeleitet.Speichert während eines Anrufs oder Anrufversuchs dessen Nummer oder Befehl; ist kein Anruf aktiv (etwa beim Wählton), wird das Gespeicherte erneut ausgeführt.Merkt einen externen Anruf vor, der alle Amtsleitungen besetzt vorgefunden hat: Sobald eine Amtsleitung frei wird, klingelt dieses Telefon mit einem besonderen Klingelmuster, und durch Abheben wird der Anruf erneut eingeleitet.Platzhalter, der angibt, dass die Taste absichtlich keine Funktion hat.Sendetaste: fordert den Aufbau einer Kommunikationssitzung an."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Identifie la fonction téléphonique attribuée à un bouton d’un poste, lue et modifiée avec `ITPhone::get_ButtonFunction` et `ITPhone::put_ButtonFunction`. Les valeurs sont celles des constantes `PHONEBUTTONFUNCTION_` de TAPI 2.Valeur de remplacement utilisée lorsque la fonction du bouton est inconnue ou qu’aucune ne lui a encore été attribuée.Démarre une conférence ou fait entrer un autre appel dans une conférence existante.Commence le transfert d’un appel ou achève un transfert déjà engagé.Raccroche l’appel actuellement actif.Met l’appel actuellement actif en attente.Reprend un appel en attente et le rend de nouveau actif.Déconnecte un appel, par exemple l’appel de consultation une fois le transfert préparé.Revient à un appel qui avait été mis en attente de consultation.Allume le voyant de message en attente.Éteint le voyant de message en attente.Permet à l’utilisateur de choisir la mélodie de sonnerie du poste.Numérotation abrégée : la destination est saisie sous la forme d’un code court d’un ou de quelques chiffres au lieu du numéro complet.Active le renvoi d’appels pour ce poste ou en modifie les réglages.Répond depuis ce poste à un appel qui sonne sur un autre poste (interception).Demande à être averti ultérieurement lorsqu’une tentative d’appel échoue parce que la destination est occupée ou ne répond pas (rappel automatique).Parque l’appel actif sur un autre poste, où il reste en attente jusqu’à ce que quelqu’un le reprenne.Refuse un appel entrant pendant qu’il sonne encore.Redirige un appel entrant vers un autre poste avant que quiconque n’y réponde.Coupe le microphone du poste afin que le correspondant n’entende plus l’utilisateur.Augmente le volume d’écoute de l’écouteur du combiné ou du haut-parleur.Diminue le volume d’écoute de l’écouteur du combiné ou du haut-parleur.Met en marche le haut-parleur externe du poste.Arrête le haut-parleur externe du poste.Envoie un flash, c’est-à-dire une brève impulsion raccroché/décroché. Les chiffres composés ensuite sont en général interprétés comme des commandes du commutateur, et de nombreux commutateurs mettent l’appel actif en attente de consultation.Indique que le prochain appel sera un appel de données.Indique que le prochain appel ne sera pas un appel de données.Active le mode Ne pas déranger : les appels entrants reçoivent la tonalité d’occupation ou sont renvoyés vers un standardiste ou une messagerie vocale.Ouvre l’interphone pour que l’utilisateur puisse diffuser une annonce de recherche de personne.Sélectionne une présentation d’une adresse pontée (adresse partagée avec d’autres postes).Fait paraître le poste occupé aux appelants, si bien que les appels entrants ne lui sont pas présentés.Sélectionne une présentation d’appel particulière du poste.Affiche sur l’afficheur du poste la date et l’heure courantes fournies par le commutateur.Fait appel au service d’annuaire du commutateur.Renvoie tous les appels destinés à ce poste vers un poste de couverture désigné.Demande l’affichage de l’identité de l’appelant sur l’afficheur du poste.Recompose le dernier numéro composé (bis).Fait passer le poste en service de nuit, c’est-à-dire le comportement configuré pour les heures de fermeture.Envoie tous les appels vers le poste de couverture ; même effet que `PBF_COVER`.Commande le voyant qui signale les messages en attente.Numérotation par répertoire : après le bouton, l’utilisateur tape un code court qui remplace un numéro enregistré.Programme les codes courts de la numérotation par répertoire (`PBF_REPDIAL`) et les numéros qu’ils représentent.Numérotation abrégée système : l’utilisateur tape un code court après le bouton, et c’est le commutateur qui détient la table de correspondance entre codes et numéros.Numérotation abrégée du poste : comme `PBF_SYSTEMSPEED`, mais la table de correspondance entre codes et numéros est propre à ce poste.Se met en attente sur un poste occupé : quand ce poste se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel.Pendant un appel ou une tentative d’appel, mémorise son numéro ou sa commande ; en l’absence d’appel actif (par exemple à la tonalité de numérotation), rejoue ce qui a été mémorisé.Met en file un appel externe qui a trouvé toutes les lignes réseau occupées : quand une ligne se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel.Valeur de remplacement indiquant que le bouton n’a délibérément aucune fonction.Bouton d’envoi : demande l’établissement d’une session de communication."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneButtonFunction",
            prefix: "PBF_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("PHONE_BUTTON_FUNCTION"),
            known_bits: 63u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "PBF_UNKNOWN",
                    "PBF_CONFERENCE",
                    "PBF_TRANSFER",
                    "PBF_DROP",
                    "PBF_HOLD",
                    "PBF_RECALL",
                    "PBF_DISCONNECT",
                    "PBF_CONNECT",
                    "PBF_MSGWAITON",
                    "PBF_MSGWAITOFF",
                    "PBF_SELECTRING",
                    "PBF_ABBREVDIAL",
                    "PBF_FORWARD",
                    "PBF_PICKUP",
                    "PBF_RINGAGAIN",
                    "PBF_PARK",
                    "PBF_REJECT",
                    "PBF_REDIRECT",
                    "PBF_MUTE",
                    "PBF_VOLUMEUP",
                    "PBF_VOLUMEDOWN",
                    "PBF_SPEAKERON",
                    "PBF_SPEAKEROFF",
                    "PBF_FLASH",
                    "PBF_DATAON",
                    "PBF_DATAOFF",
                    "PBF_DONOTDISTURB",
                    "PBF_INTERCOM",
                    "PBF_BRIDGEDAPP",
                    "PBF_BUSY",
                    "PBF_CALLAPP",
                    "PBF_DATETIME",
                    "PBF_DIRECTORY",
                    "PBF_COVER",
                    "PBF_CALLID",
                    "PBF_LASTNUM",
                    "PBF_NIGHTSRV",
                    "PBF_SENDCALLS",
                    "PBF_MSGINDICATOR",
                    "PBF_REPDIAL",
                    "PBF_SETREPDIAL",
                    "PBF_SYSTEMSPEED",
                    "PBF_STATIONSPEED",
                    "PBF_CAMPON",
                    "PBF_SAVEREPEAT",
                    "PBF_QUEUECALL",
                    "PBF_NONE",
                    "PBF_SEND",
                ],
                bits: &[
                    0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64, 8u64, 9u64, 10u64,
                    11u64, 12u64, 13u64, 14u64, 15u64, 16u64, 17u64, 18u64, 19u64, 20u64,
                    21u64, 22u64, 23u64, 24u64, 25u64, 26u64, 27u64, 28u64, 29u64, 30u64,
                    31u64, 32u64, 33u64, 34u64, 35u64, 36u64, 37u64, 38u64, 39u64, 40u64,
                    41u64, 42u64, 43u64, 44u64, 45u64, 46u64, 47u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xDA\0\0\0\0\0\0\0\xEA\0\0\0\0\0\0\0\xE9\0\0\0\xFF\xFF\0\0\0\0\xDA\0\0\0[\0\0\0\xEA\0\0\0j\0\0\0\xE9\0\0\0|\0\0\0\xFF\xFF\0\0\0\x005\x01\0\0H\0\0\0T\x01\0\0X\0\0\0e\x01\0\0V\0\0\0\xFF\xFF\0\0\0\0}\x01\0\0B\0\0\0\xAC\x01\0\0Y\0\0\0\xBB\x01\0\0J\0\0\0\xFF\xFF\0\0\0\0\xBF\x01\0\0+\0\0\0\x05\x02\0\0!\0\0\0\x05\x02\0\0'\0\0\0\xFF\xFF\0\0\0\0\xEA\x01\0\0'\0\0\0&\x02\0\x006\0\0\0,\x02\0\0,\0\0\0\xFF\xFF\0\0\0\0\x11\x02\0\0<\0\0\0\\\x02\0\0?\0\0\0X\x02\0\08\0\0\0\xFF\xFF\0\0\0\0M\x02\0\0R\0\0\0\x9B\x02\0\0[\0\0\0\x90\x02\0\0\\\0\0\0\xFF\xFF\0\0\0\0\x9F\x02\0\x004\0\0\0\xF6\x02\0\0@\0\0\0\xEC\x02\0\0C\0\0\0\xFF\xFF\0\0\0\0\xD3\x02\0\0 \0\0\x006\x03\0\09\0\0\0/\x03\0\0'\0\0\0\xFF\xFF\0\0\0\0\xF3\x02\0\0&\0\0\0o\x03\0\09\0\0\0V\x03\0\0(\0\0\0\xFF\xFF\0\0\0\0\x19\x03\0\0:\0\0\0\xA8\x03\0\0>\0\0\0~\x03\0\0F\0\0\0\xFF\xFF\0\0\0\0S\x03\0\0r\0\0\0\xE6\x03\0\0o\0\0\0\xC4\x03\0\0\x8E\0\0\0\xFF\xFF\0\0\0\0\xC5\x03\0\0A\0\0\0U\x04\0\0R\0\0\0R\x04\0\0F\0\0\0\xFF\xFF\0\0\0\0\x06\x04\0\0B\0\0\0\xA7\x04\0\0[\0\0\0\x98\x04\0\0P\0\0\0\xFF\xFF\0\0\0\0H\x04\0\0~\0\0\0\x02\x05\0\0\x88\0\0\0\xE8\x04\0\0\x9E\0\0\0\xFF\xFF\0\0\0\0\xC6\x04\0\0Z\0\0\0\x8A\x05\0\0j\0\0\0\x86\x05\0\0m\0\0\0\xFF\xFF\0\0\0\0 \x05\0\x003\0\0\0\xF4\x05\0\0;\0\0\0\xF3\x05\0\x005\0\0\0\xFF\xFF\0\0\0\0S\x05\0\0E\0\0\0/\x06\0\0W\0\0\0(\x06\0\0Q\0\0\0\xFF\xFF\0\0\0\0\x98\x05\0\0L\0\0\0\x86\x06\0\0e\0\0\0y\x06\0\0X\0\0\0\xFF\xFF\0\0\0\0\xE4\x05\0\0H\0\0\0\xEB\x06\0\0\\\0\0\0\xD1\x06\0\0O\0\0\0\xFF\xFF\0\0\0\0,\x06\0\0H\0\0\0G\x07\0\0_\0\0\0 \x07\0\0N\0\0\0\xFF\xFF\0\0\0\0t\x06\0\0-\0\0\0\xA6\x07\0\x004\0\0\0n\x07\0\0/\0\0\0\xFF\xFF\0\0\0\0\xA1\x06\0\0.\0\0\0\xDA\x07\0\x004\0\0\0\x9D\x07\0\0)\0\0\0\xFF\xFF\0\0\0\0\xCF\x06\0\0\xB5\0\0\0\x0E\x08\0\0\xD4\0\0\0\xC6\x07\0\0\xFF\0\0\0\xFF\xFF\0\0\0\0\x84\x07\0\0#\0\0\0\xE2\x08\0\x000\0\0\0\xC5\x08\0\08\0\0\0\xFF\xFF\0\0\0\0\xA7\x07\0\0-\0\0\0\x12\t\0\0D\0\0\0\xFD\x08\0\0?\0\0\0\xFF\xFF\0\0\0\0\xD4\x07\0\0i\0\0\0V\t\0\0\xB4\0\0\0<\t\0\0\x9D\0\0\0\xFF\xFF\0\0\0\0=\x08\0\0H\0\0\0\n\n\0\0_\0\0\0\xD9\t\0\0c\0\0\0\xFF\xFF\0\0\0\0\x85\x08\0\0R\0\0\0i\n\0\0s\0\0\0<\n\0\0b\0\0\0\xFF\xFF\0\0\0\0\xD7\x08\0\0P\0\0\0\xDC\n\0\0i\0\0\0\x9E\n\0\0k\0\0\0\xFF\xFF\0\0\0\0'\t\0\x004\0\0\0E\x0B\0\08\0\0\0\t\x0B\0\0@\0\0\0\xFF\xFF\0\0\0\0[\t\0\0S\0\0\0}\x0B\0\0f\0\0\0I\x0B\0\0^\0\0\0\xFF\xFF\0\0\0\0\xAE\t\0\0%\0\0\0\xE3\x0B\0\0/\0\0\0\xA7\x0B\0\x002\0\0\0\xFF\xFF\0\0\0\0\xD3\t\0\0G\0\0\0\x12\x0C\0\0`\0\0\0\xD9\x0B\0\0T\0\0\0\xFF\xFF\0\0\0\0\x1A\n\0\0N\0\0\0r\x0C\0\0[\0\0\0-\x0C\0\0R\0\0\0\xFF\xFF\0\0\0\0h\n\0\x005\0\0\0\xCD\x0C\0\0>\0\0\0\x7F\x0C\0\0,\0\0\0\xFF\xFF\0\0\0\0\x9D\n\0\0d\0\0\0\x0B\r\0\0\x89\0\0\0\xAB\x0C\0\0q\0\0\0\xFF\xFF\0\0\0\0\x01\x0B\0\0M\0\0\0\x94\r\0\0S\0\0\0\x1C\r\0\0Q\0\0\0\xFF\xFF\0\0\0\0N\x0B\0\x000\0\0\0\xE7\r\0\x004\0\0\0m\r\0\x007\0\0\0\xFF\xFF\0\0\0\0~\x0B\0\0`\0\0\0\x1B\x0E\0\0g\0\0\0\xA4\r\0\0y\0\0\0\xFF\xFF\0\0\0\0\xDE\x0B\0\0b\0\0\0\x82\x0E\0\0]\0\0\0\x1D\x0E\0\0v\0\0\0\xFF\xFF\0\0\0\0@\x0C\0\0}\0\0\0\xDF\x0E\0\0\x8F\0\0\0\x93\x0E\0\0\xB2\0\0\0\xFF\xFF\0\0\0\0\xBD\x0C\0\0g\0\0\0n\x0F\0\0~\0\0\0E\x0F\0\0\x8B\0\0\0\xFF\xFF\0\0\0\0$\r\0\0\x8F\0\0\0\xEC\x0F\0\0\xCB\0\0\0\xD0\x0F\0\0\x9B\0\0\0\xFF\xFF\0\0\0\0\xB3\r\0\0\x88\0\0\0\xB7\x10\0\0\xA2\0\0\0k\x10\0\0\xC4\0\0\0\xFF\xFF\0\0\0\0;\x0E\0\0\x9C\0\0\0Y\x11\0\0\xE3\0\0\0/\x11\0\0\xC4\0\0\0\xFF\xFF\0\0\0\0\xD7\x0E\0\0A\0\0\0<\x12\0\0G\0\0\0\xF3\x11\0\0U\0\0\0\xFF\xFF\0\0\0\0\x18\x0F\0\0=\0\0\0\x83\x12\0\0>\0\0\0H\x12\0\0O\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PBF_UNKNOWN",
                        "PBF_CONFERENCE",
                        "PBF_TRANSFER",
                        "PBF_DROP",
                        "PBF_HOLD",
                        "PBF_RECALL",
                        "PBF_DISCONNECT",
                        "PBF_CONNECT",
                        "PBF_MSGWAITON",
                        "PBF_MSGWAITOFF",
                        "PBF_SELECTRING",
                        "PBF_ABBREVDIAL",
                        "PBF_FORWARD",
                        "PBF_PICKUP",
                        "PBF_RINGAGAIN",
                        "PBF_PARK",
                        "PBF_REJECT",
                        "PBF_REDIRECT",
                        "PBF_MUTE",
                        "PBF_VOLUMEUP",
                        "PBF_VOLUMEDOWN",
                        "PBF_SPEAKERON",
                        "PBF_SPEAKEROFF",
                        "PBF_FLASH",
                        "PBF_DATAON",
                        "PBF_DATAOFF",
                        "PBF_DONOTDISTURB",
                        "PBF_INTERCOM",
                        "PBF_BRIDGEDAPP",
                        "PBF_BUSY",
                        "PBF_CALLAPP",
                        "PBF_DATETIME",
                        "PBF_DIRECTORY",
                        "PBF_COVER",
                        "PBF_CALLID",
                        "PBF_LASTNUM",
                        "PBF_NIGHTSRV",
                        "PBF_SENDCALLS",
                        "PBF_MSGINDICATOR",
                        "PBF_REPDIAL",
                        "PBF_SETREPDIAL",
                        "PBF_SYSTEMSPEED",
                        "PBF_STATIONSPEED",
                        "PBF_CAMPON",
                        "PBF_SAVEREPEAT",
                        "PBF_QUEUECALL",
                        "PBF_NONE",
                        "PBF_SEND",
                        "UNKNOWN",
                        "CONFERENCE",
                        "TRANSFER",
                        "DROP",
                        "HOLD",
                        "RECALL",
                        "DISCONNECT",
                        "CONNECT",
                        "MSGWAITON",
                        "MSGWAITOFF",
                        "SELECTRING",
                        "ABBREVDIAL",
                        "FORWARD",
                        "PICKUP",
                        "RINGAGAIN",
                        "PARK",
                        "REJECT",
                        "REDIRECT",
                        "MUTE",
                        "VOLUMEUP",
                        "VOLUMEDOWN",
                        "SPEAKERON",
                        "SPEAKEROFF",
                        "FLASH",
                        "DATAON",
                        "DATAOFF",
                        "DONOTDISTURB",
                        "INTERCOM",
                        "BRIDGEDAPP",
                        "BUSY",
                        "CALLAPP",
                        "DATETIME",
                        "DIRECTORY",
                        "COVER",
                        "CALLID",
                        "LASTNUM",
                        "NIGHTSRV",
                        "SENDCALLS",
                        "MSGINDICATOR",
                        "REPDIAL",
                        "SETREPDIAL",
                        "SYSTEMSPEED",
                        "STATIONSPEED",
                        "CAMPON",
                        "SAVEREPEAT",
                        "QUEUECALL",
                        "NONE",
                        "SEND",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\x1F\0 \0!\0\"\0#\0$\0%\0&\0'\0(\0)\0*\0+\0,\0-\0.\0/\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 531941833783526128u64,
                        shift: 54u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF>\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF7\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFI\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFF\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFE\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\x0F\0\x0F\0\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFW\0'\0@\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\\\0,\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x1B\0\n\0\n\0\"\0\"\0)\0)\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFO\0\x1F\0\xFF\xFF\xFF\xFF?\0\x0F\0 \0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFN\0\x1E\0\xFF\xFF\xFF\xFF]\0-\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0Y\0)\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF<\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFL\0\x1C\0U\0%\x002\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFR\0\"\0=\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF[\0+\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFT\0$\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF6\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF_\0/\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0V\0&\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF^\0.\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0/\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0(\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFQ\0!\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0'\0'\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF.\0.\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF;\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFD\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0!\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0&\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0-\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0$\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFA\0\x11\0\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF8\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFH\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\x005\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0+\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFK\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFG\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0*\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0,\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF:\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFS\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFM\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF1\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFZ\0*\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFJ\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFX\0(\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF9\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFFP\0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0%\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PBF_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `PBF_UNKNOWN` | `0x00000000` |\n| `PBF_CONFERENCE` | `0x00000001` |\n| `PBF_TRANSFER` | `0x00000002` |\n| `PBF_DROP` | `0x00000003` |\n| `PBF_HOLD` | `0x00000004` |\n| `PBF_RECALL` | `0x00000005` |\n| `PBF_DISCONNECT` | `0x00000006` |\n| `PBF_CONNECT` | `0x00000007` |\n| `PBF_MSGWAITON` | `0x00000008` |\n| `PBF_MSGWAITOFF` | `0x00000009` |\n| `PBF_SELECTRING` | `0x0000000A` |\n| `PBF_ABBREVDIAL` | `0x0000000B` |\n| `PBF_FORWARD` | `0x0000000C` |\n| `PBF_PICKUP` | `0x0000000D` |\n| `PBF_RINGAGAIN` | `0x0000000E` |\n| `PBF_PARK` | `0x0000000F` |\n| `PBF_REJECT` | `0x00000010` |\n| `PBF_REDIRECT` | `0x00000011` |\n| `PBF_MUTE` | `0x00000012` |\n| `PBF_VOLUMEUP` | `0x00000013` |\n| `PBF_VOLUMEDOWN` | `0x00000014` |\n| `PBF_SPEAKERON` | `0x00000015` |\n| `PBF_SPEAKEROFF` | `0x00000016` |\n| `PBF_FLASH` | `0x00000017` |\n| `PBF_DATAON` | `0x00000018` |\n| `PBF_DATAOFF` | `0x00000019` |\n| `PBF_DONOTDISTURB` | `0x0000001A` |\n| `PBF_INTERCOM` | `0x0000001B` |\n| `PBF_BRIDGEDAPP` | `0x0000001C` |\n| `PBF_BUSY` | `0x0000001D` |\n| `PBF_CALLAPP` | `0x0000001E` |\n| `PBF_DATETIME` | `0x0000001F` |\n| `PBF_DIRECTORY` | `0x00000020` |\n| `PBF_COVER` | `0x00000021` |\n| `PBF_CALLID` | `0x00000022` |\n| `PBF_LASTNUM` | `0x00000023` |\n| `PBF_NIGHTSRV` | `0x00000024` |\n| `PBF_SENDCALLS` | `0x00000025` |\n| `PBF_MSGINDICATOR` | `0x00000026` |\n| `PBF_REPDIAL` | `0x00000027` |\n| `PBF_SETREPDIAL` | `0x00000028` |\n| `PBF_SYSTEMSPEED` | `0x00000029` |\n| `PBF_STATIONSPEED` | `0x0000002A` |\n| `PBF_CAMPON` | `0x0000002B` |\n| `PBF_SAVEREPEAT` | `0x0000002C` |\n| `PBF_QUEUECALL` | `0x0000002D` |\n| `PBF_NONE` | `0x0000002E` |\n| `PBF_SEND` | `0x0000002F` |\n\n# Deutsch\n\nBezeichnet die Telefoniefunktion, die einer Taste eines Telefons zugewiesen ist, gelesen und gesetzt mit `ITPhone::get_ButtonFunction` und `ITPhone::put_ButtonFunction`. Die Werte sind die der TAPI-2-Konstanten `PHONEBUTTONFUNCTION_`.\n\n- `PBF_UNKNOWN`: Platzhalter für den Fall, dass die Funktion der Taste unbekannt ist oder ihr noch keine zugewiesen wurde.\n- `PBF_CONFERENCE`: Startet eine Konferenz oder nimmt einen weiteren Anruf in eine bestehende Konferenz auf.\n- `PBF_TRANSFER`: Leitet die Übergabe eines Anrufs ein oder schließt eine bereits begonnene Übergabe ab.\n- `PBF_DROP`: Beendet den gerade aktiven Anruf.\n- `PBF_HOLD`: Versetzt den gerade aktiven Anruf in den Haltezustand.\n- `PBF_RECALL`: Holt einen gehaltenen Anruf zurück und macht ihn wieder aktiv.\n- `PBF_DISCONNECT`: Trennt einen Anruf, zum Beispiel den Rückfrageanruf, sobald die Übergabe vorbereitet ist.\n- `PBF_CONNECT`: Kehrt zu einem Anruf zurück, der zur Rückfrage gehalten wurde.\n- `PBF_MSGWAITON`: Schaltet die Leuchtanzeige für wartende Nachrichten ein.\n- `PBF_MSGWAITOFF`: Schaltet die Leuchtanzeige für wartende Nachrichten aus.\n- `PBF_SELECTRING`: Lässt den Benutzer das Klingelmuster des Telefons auswählen.\n- `PBF_ABBREVDIAL`: Kurzwahl: Das Ziel wird statt der vollständigen Nummer als Kurzcode aus einer oder wenigen Ziffern eingegeben.\n- `PBF_FORWARD`: Schaltet die Rufumleitung für dieses Telefon ein oder ändert ihre Einstellungen.\n- `PBF_PICKUP`: Nimmt an diesem Telefon einen Anruf an, der an einem anderen Telefon klingelt (Heranholen).\n- `PBF_RINGAGAIN`: Fordert eine spätere Benachrichtigung an, wenn ein Anrufversuch scheitert, weil das Ziel besetzt ist oder sich nicht meldet (Rückruf).\n- `PBF_PARK`: Parkt den aktiven Anruf an einem anderen Telefon, wo er gehalten wird, bis ihn jemand aus dem Parken holt.\n- `PBF_REJECT`: Weist einen eingehenden Anruf ab, solange er noch klingelt.\n- `PBF_REDIRECT`: Leitet einen eingehenden Anruf an eine andere Nebenstelle um, bevor jemand ihn annimmt.\n- `PBF_MUTE`: Schaltet das Mikrofon des Telefons stumm, sodass der andere Teilnehmer den Benutzer nicht mehr hört.\n- `PBF_VOLUMEUP`: Erhöht die Wiedergabelautstärke der Hörkapsel des Hörers oder der Freisprecheinrichtung.\n- `PBF_VOLUMEDOWN`: Verringert die Wiedergabelautstärke der Hörkapsel des Hörers oder der Freisprecheinrichtung.\n- `PBF_SPEAKERON`: Schaltet den externen Lautsprecher des Telefons ein.\n- `PBF_SPEAKEROFF`: Schaltet den externen Lautsprecher des Telefons aus.\n- `PBF_FLASH`: Sendet einen Flash, also einen kurzen Auflege-/Abhebeimpuls. Danach eingegebene Ziffern werden meist als Befehle an die Vermittlung gewertet, und viele Vermittlungen halten den aktiven Anruf dabei zur Rückfrage.\n- `PBF_DATAON`: Kennzeichnet den nächsten Anruf als Datenanruf.\n- `PBF_DATAOFF`: Kennzeichnet den nächsten Anruf als Anruf, der kein Datenanruf ist.\n- `PBF_DONOTDISTURB`: Schaltet den Anrufschutz („Bitte nicht stören“) ein: Eingehende Anrufe erhalten ein Besetztzeichen oder werden an einen Vermittlungsplatz oder an die Voicemail weitergeleitet.\n- `PBF_INTERCOM`: Öffnet die Gegensprechanlage, damit der Benutzer eine Durchsage zur Personensuche machen kann.\n- `PBF_BRIDGEDAPP`: Wählt eine Anrufdarstellung einer gebrückten Adresse aus (einer Adresse, die mit anderen Telefonen geteilt wird).\n- `PBF_BUSY`: Lässt das Telefon für Anrufer besetzt erscheinen, sodass ihm keine eingehenden Anrufe angeboten werden.\n- `PBF_CALLAPP`: Wählt eine bestimmte Anrufdarstellung des Telefons aus.\n- `PBF_DATETIME`: Zeigt das aktuelle Datum und die Uhrzeit, wie die Vermittlung sie liefert, im Display des Telefons an.\n- `PBF_DIRECTORY`: Ruft den Verzeichnisdienst der Vermittlung auf.\n- `PBF_COVER`: Leitet alle für dieses Telefon bestimmten Anrufe an ein festgelegtes Vertretungstelefon weiter.\n- `PBF_CALLID`: Fordert an, dass die Kennungsangaben des Anrufers im Display des Telefons angezeigt werden.\n- `PBF_LASTNUM`: Wählt die zuletzt gewählte Nummer erneut (Wahlwiederholung).\n- `PBF_NIGHTSRV`: Schaltet das Telefon auf Nachtschaltung um, also auf das Verhalten, das für die Zeiten außerhalb der Geschäftszeiten eingerichtet ist.\n- `PBF_SENDCALLS`: Leitet alle Anrufe an das Vertretungstelefon weiter; wirkt genauso wie `PBF_COVER`.\n- `PBF_MSGINDICATOR`: Steuert die Leuchtanzeige für wartende Nachrichten.\n- `PBF_REPDIAL`: Zielwahl: Nach der Taste gibt der Benutzer einen Kurzcode ein, der für eine gespeicherte Nummer steht.\n- `PBF_SETREPDIAL`: Programmiert die Kurzcodes der Zielwahl (`PBF_REPDIAL`) und die Nummern, für die sie stehen.\n- `PBF_SYSTEMSPEED`: Systemkurzwahl: Der Benutzer gibt nach der Taste einen Kurzcode ein, und die Tabelle, die Codes den Nummern zuordnet, liegt in der Vermittlung.\n- `PBF_STATIONSPEED`: Nebenstellen-Kurzwahl: wie `PBF_SYSTEMSPEED`, aber die Tabelle, die Codes den Nummern zuordnet, gehört nur zu diesem Telefon.\n- `PBF_CAMPON`: Aktiviert „Warten bei Besetzt“ für eine besetzte Nebenstelle: Sobald diese frei wird, klingelt dieses Telefon mit einem besonderen Klingelmuster, und durch Abheben wird der Anruf erneut eingeleitet.\n- `PBF_SAVEREPEAT`: Speichert während eines Anrufs oder Anrufversuchs dessen Nummer oder Befehl; ist kein Anruf aktiv (etwa beim Wählton), wird das Gespeicherte erneut ausgeführt.\n- `PBF_QUEUECALL`: Merkt einen externen Anruf vor, der alle Amtsleitungen besetzt vorgefunden hat: Sobald eine Amtsleitung frei wird, klingelt dieses Telefon mit einem besonderen Klingelmuster, und durch Abheben wird der Anruf erneut eingeleitet.\n- `PBF_NONE`: Platzhalter, der angibt, dass die Taste absichtlich keine Funktion hat.\n- `PBF_SEND`: Sendetaste: fordert den Aufbau einer Kommunikationssitzung an.\n\n# Français\n\nIdentifie la fonction téléphonique attribuée à un bouton d’un poste, lue et modifiée avec `ITPhone::get_ButtonFunction` et `ITPhone::put_ButtonFunction`. Les valeurs sont celles des constantes `PHONEBUTTONFUNCTION_` de TAPI 2.\n\n- `PBF_UNKNOWN`: Valeur de remplacement utilisée lorsque la fonction du bouton est inconnue ou qu’aucune ne lui a encore été attribuée.\n- `PBF_CONFERENCE`: Démarre une conférence ou fait entrer un autre appel dans une conférence existante.\n- `PBF_TRANSFER`: Commence le transfert d’un appel ou achève un transfert déjà engagé.\n- `PBF_DROP`: Raccroche l’appel actuellement actif.\n- `PBF_HOLD`: Met l’appel actuellement actif en attente.\n- `PBF_RECALL`: Reprend un appel en attente et le rend de nouveau actif.\n- `PBF_DISCONNECT`: Déconnecte un appel, par exemple l’appel de consultation une fois le transfert préparé.\n- `PBF_CONNECT`: Revient à un appel qui avait été mis en attente de consultation.\n- `PBF_MSGWAITON`: Allume le voyant de message en attente.\n- `PBF_MSGWAITOFF`: Éteint le voyant de message en attente.\n- `PBF_SELECTRING`: Permet à l’utilisateur de choisir la mélodie de sonnerie du poste.\n- `PBF_ABBREVDIAL`: Numérotation abrégée : la destination est saisie sous la forme d’un code court d’un ou de quelques chiffres au lieu du numéro complet.\n- `PBF_FORWARD`: Active le renvoi d’appels pour ce poste ou en modifie les réglages.\n- `PBF_PICKUP`: Répond depuis ce poste à un appel qui sonne sur un autre poste (interception).\n- `PBF_RINGAGAIN`: Demande à être averti ultérieurement lorsqu’une tentative d’appel échoue parce que la destination est occupée ou ne répond pas (rappel automatique).\n- `PBF_PARK`: Parque l’appel actif sur un autre poste, où il reste en attente jusqu’à ce que quelqu’un le reprenne.\n- `PBF_REJECT`: Refuse un appel entrant pendant qu’il sonne encore.\n- `PBF_REDIRECT`: Redirige un appel entrant vers un autre poste avant que quiconque n’y réponde.\n- `PBF_MUTE`: Coupe le microphone du poste afin que le correspondant n’entende plus l’utilisateur.\n- `PBF_VOLUMEUP`: Augmente le volume d’écoute de l’écouteur du combiné ou du haut-parleur.\n- `PBF_VOLUMEDOWN`: Diminue le volume d’écoute de l’écouteur du combiné ou du haut-parleur.\n- `PBF_SPEAKERON`: Met en marche le haut-parleur externe du poste.\n- `PBF_SPEAKEROFF`: Arrête le haut-parleur externe du poste.\n- `PBF_FLASH`: Envoie un flash, c’est-à-dire une brève impulsion raccroché/décroché. Les chiffres composés ensuite sont en général interprétés comme des commandes du commutateur, et de nombreux commutateurs mettent l’appel actif en attente de consultation.\n- `PBF_DATAON`: Indique que le prochain appel sera un appel de données.\n- `PBF_DATAOFF`: Indique que le prochain appel ne sera pas un appel de données.\n- `PBF_DONOTDISTURB`: Active le mode Ne pas déranger : les appels entrants reçoivent la tonalité d’occupation ou sont renvoyés vers un standardiste ou une messagerie vocale.\n- `PBF_INTERCOM`: Ouvre l’interphone pour que l’utilisateur puisse diffuser une annonce de recherche de personne.\n- `PBF_BRIDGEDAPP`: Sélectionne une présentation d’une adresse pontée (adresse partagée avec d’autres postes).\n- `PBF_BUSY`: Fait paraître le poste occupé aux appelants, si bien que les appels entrants ne lui sont pas présentés.\n- `PBF_CALLAPP`: Sélectionne une présentation d’appel particulière du poste.\n- `PBF_DATETIME`: Affiche sur l’afficheur du poste la date et l’heure courantes fournies par le commutateur.\n- `PBF_DIRECTORY`: Fait appel au service d’annuaire du commutateur.\n- `PBF_COVER`: Renvoie tous les appels destinés à ce poste vers un poste de couverture désigné.\n- `PBF_CALLID`: Demande l’affichage de l’identité de l’appelant sur l’afficheur du poste.\n- `PBF_LASTNUM`: Recompose le dernier numéro composé (bis).\n- `PBF_NIGHTSRV`: Fait passer le poste en service de nuit, c’est-à-dire le comportement configuré pour les heures de fermeture.\n- `PBF_SENDCALLS`: Envoie tous les appels vers le poste de couverture ; même effet que `PBF_COVER`.\n- `PBF_MSGINDICATOR`: Commande le voyant qui signale les messages en attente.\n- `PBF_REPDIAL`: Numérotation par répertoire : après le bouton, l’utilisateur tape un code court qui remplace un numéro enregistré.\n- `PBF_SETREPDIAL`: Programme les codes courts de la numérotation par répertoire (`PBF_REPDIAL`) et les numéros qu’ils représentent.\n- `PBF_SYSTEMSPEED`: Numérotation abrégée système : l’utilisateur tape un code court après le bouton, et c’est le commutateur qui détient la table de correspondance entre codes et numéros.\n- `PBF_STATIONSPEED`: Numérotation abrégée du poste : comme `PBF_SYSTEMSPEED`, mais la table de correspondance entre codes et numéros est propre à ce poste.\n- `PBF_CAMPON`: Se met en attente sur un poste occupé : quand ce poste se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel.\n- `PBF_SAVEREPEAT`: Pendant un appel ou une tentative d’appel, mémorise son numéro ou sa commande ; en l’absence d’appel actif (par exemple à la tonalité de numérotation), rejoue ce qui a été mémorisé.\n- `PBF_QUEUECALL`: Met en file un appel externe qui a trouvé toutes les lignes réseau occupées : quand une ligne se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel.\n- `PBF_NONE`: Valeur de remplacement indiquant que le bouton n’a délibérément aucune fonction.\n- `PBF_SEND`: Bouton d’envoi : demande l’établissement d’une session de communication.\n"
    )]
    impl PhoneButtonFunction {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Unknown,
            Self::Conference,
            Self::Transfer,
            Self::Drop,
            Self::Hold,
            Self::Recall,
            Self::Disconnect,
            Self::Connect,
            Self::MsgWaitOn,
            Self::MsgWaitOff,
            Self::SelectRing,
            Self::AbbrevDial,
            Self::Forward,
            Self::Pickup,
            Self::RingAgain,
            Self::Park,
            Self::Reject,
            Self::Redirect,
            Self::Mute,
            Self::VolumeUp,
            Self::VolumeDown,
            Self::SpeakerOn,
            Self::SpeakerOff,
            Self::Flash,
            Self::DataOn,
            Self::DataOff,
            Self::DoNotDisturb,
            Self::Intercom,
            Self::BridgedApp,
            Self::Busy,
            Self::CallApp,
            Self::DateTime,
            Self::Directory,
            Self::Cover,
            Self::CallId,
            Self::LastNum,
            Self::NightSrv,
            Self::SendCalls,
            Self::MsgIndicator,
            Self::RepDial,
            Self::SetRepDial,
            Self::SystemSpeed,
            Self::StationSpeed,
            Self::CampOn,
            Self::SaveRepeat,
            Self::QueueCall,
            Self::None,
            Self::Send,
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
                1 => __tapi::Some(Self::Conference),
                2 => __tapi::Some(Self::Transfer),
                3 => __tapi::Some(Self::Drop),
                4 => __tapi::Some(Self::Hold),
                5 => __tapi::Some(Self::Recall),
                6 => __tapi::Some(Self::Disconnect),
                7 => __tapi::Some(Self::Connect),
                8 => __tapi::Some(Self::MsgWaitOn),
                9 => __tapi::Some(Self::MsgWaitOff),
                10 => __tapi::Some(Self::SelectRing),
                11 => __tapi::Some(Self::AbbrevDial),
                12 => __tapi::Some(Self::Forward),
                13 => __tapi::Some(Self::Pickup),
                14 => __tapi::Some(Self::RingAgain),
                15 => __tapi::Some(Self::Park),
                16 => __tapi::Some(Self::Reject),
                17 => __tapi::Some(Self::Redirect),
                18 => __tapi::Some(Self::Mute),
                19 => __tapi::Some(Self::VolumeUp),
                20 => __tapi::Some(Self::VolumeDown),
                21 => __tapi::Some(Self::SpeakerOn),
                22 => __tapi::Some(Self::SpeakerOff),
                23 => __tapi::Some(Self::Flash),
                24 => __tapi::Some(Self::DataOn),
                25 => __tapi::Some(Self::DataOff),
                26 => __tapi::Some(Self::DoNotDisturb),
                27 => __tapi::Some(Self::Intercom),
                28 => __tapi::Some(Self::BridgedApp),
                29 => __tapi::Some(Self::Busy),
                30 => __tapi::Some(Self::CallApp),
                31 => __tapi::Some(Self::DateTime),
                32 => __tapi::Some(Self::Directory),
                33 => __tapi::Some(Self::Cover),
                34 => __tapi::Some(Self::CallId),
                35 => __tapi::Some(Self::LastNum),
                36 => __tapi::Some(Self::NightSrv),
                37 => __tapi::Some(Self::SendCalls),
                38 => __tapi::Some(Self::MsgIndicator),
                39 => __tapi::Some(Self::RepDial),
                40 => __tapi::Some(Self::SetRepDial),
                41 => __tapi::Some(Self::SystemSpeed),
                42 => __tapi::Some(Self::StationSpeed),
                43 => __tapi::Some(Self::CampOn),
                44 => __tapi::Some(Self::SaveRepeat),
                45 => __tapi::Some(Self::QueueCall),
                46 => __tapi::Some(Self::None),
                47 => __tapi::Some(Self::Send),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PBF_UNKNOWN`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhoneButtonFunction {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneButtonFunction> for ::core::primitive::i32 {
        #[inline]
        fn from(member: PhoneButtonFunction) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for PhoneButtonFunction {
        type Error = ::tapi_consts::UnknownValueError<PhoneButtonFunction>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneButtonFunction {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneButtonFunction {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneButtonFunction, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(PhoneButtonFunction);
};
/// Classifies the kind of button at a button/lamp position, read and set with
/// `ITPhone::get_ButtonMode` and `ITPhone::put_ButtonMode`. Unlike the TAPI 2
/// `PHONEBUTTONMODE_` bits, these values count up from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum PhoneButtonMode {
    /// The position has a lamp but no physical button.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBM_DUMMY` = `0x00000000`")]
    Dummy = 0x0000_0000,
    /// The button is bound to a call appearance.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBM_CALL` = `0x00000001`")]
    Call = 0x0000_0001,
    /// The button asks the switch for a feature such as hold, transfer or conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBM_FEATURE` = `0x00000002`")]
    Feature = 0x0000_0002,
    /// The button is one of the keys of the dial pad: the digits 0 to 9, `*` and `#`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBM_KEYPAD` = `0x00000003`")]
    Keypad = 0x0000_0003,
    /// The button acts on the phone set itself, such as mute or volume, without involving the
    /// switch.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBM_LOCAL` = `0x00000004`")]
    Local = 0x0000_0004,
    /// The button is a soft key tied to the phone's display.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBM_DISPLAY` = `0x00000005`")]
    Display = 0x0000_0005,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Classifies the kind of button at a button/lamp position, read and set with `ITPhone::get_ButtonMode` and `ITPhone::put_ButtonMode`. Unlike the TAPI 2 `PHONEBUTTONMODE_` bits, these values count up from 0.The position has a lamp but no physical button.The button is bound to a call appearance.The button asks the switch for a feature such as hold, transfer or conference.The button is one of the keys of the dial pad: the digits 0 to 9, `*` and `#`.The button acts on the phone set itself, such as mute or volume, without involving the switch.The button is a soft key tied to the phone's display."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Ordnet die Art der Taste an einer Tasten-/Lampenposition ein, gelesen und gesetzt mit `ITPhone::get_ButtonMode` und `ITPhone::put_ButtonMode`. Anders als die TAPI-2-Bits `PHONEBUTTONMODE_` zählen diese Werte fortlaufend ab 0.Die Position hat eine Leuchtanzeige, aber keine physische Taste.Die Taste ist einer Anrufdarstellung zugeordnet.Die Taste fordert bei der Vermittlung ein Leistungsmerkmal an, etwa Halten, Übergabe oder Konferenz.Die Taste gehört zur Wähltastatur: die Ziffern 0 bis 9, `*` und `#`.Die Taste wirkt auf das Telefon selbst, etwa für Stummschaltung oder Lautstärke, ohne die Vermittlung einzubeziehen.Die Taste ist ein Softkey, der zum Display des Telefons gehört."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Classe le type de bouton d’une position bouton/voyant, lu et modifié avec `ITPhone::get_ButtonMode` et `ITPhone::put_ButtonMode`. Contrairement aux bits `PHONEBUTTONMODE_` de TAPI 2, ces valeurs se suivent à partir de 0.La position comporte un voyant mais aucun bouton physique.Le bouton est associé à une présentation d’appel.Le bouton demande une fonction au commutateur, par exemple la mise en attente, le transfert ou la conférence.Le bouton est l’une des touches du clavier : les chiffres 0 à 9, `*` et `#`.Le bouton agit sur le poste lui-même, par exemple la coupure du micro ou le volume, sans faire intervenir le commutateur.Le bouton est une touche programmable liée à l’afficheur du poste."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneButtonMode",
            prefix: "PBM_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("PHONE_BUTTON_MODE"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "PBM_DUMMY",
                    "PBM_CALL",
                    "PBM_FEATURE",
                    "PBM_KEYPAD",
                    "PBM_LOCAL",
                    "PBM_DISPLAY",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xCC\0\0\0\0\0\0\0\xE2\0\0\0\0\0\0\0\xE0\0\0\0\xFF\xFF\0\0\0\0\xCC\0\0\0/\0\0\0\xE2\0\0\0@\0\0\0\xE0\0\0\0:\0\0\0\xFF\xFF\0\0\0\0\xFB\0\0\0)\0\0\0\"\x01\0\x000\0\0\0\x1A\x01\0\x006\0\0\0\xFF\xFF\0\0\0\0$\x01\0\0N\0\0\0R\x01\0\0e\0\0\0P\x01\0\0n\0\0\0\xFF\xFF\0\0\0\0r\x01\0\0N\0\0\0\xB7\x01\0\0F\0\0\0\xBE\x01\0\0O\0\0\0\xFF\xFF\0\0\0\0\xC0\x01\0\0^\0\0\0\xFD\x01\0\0v\0\0\0\r\x02\0\0z\0\0\0\xFF\xFF\0\0\0\0\x1E\x02\0\x005\0\0\0s\x02\0\0@\0\0\0\x87\x02\0\0F\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PBM_DUMMY",
                        "PBM_CALL",
                        "PBM_FEATURE",
                        "PBM_KEYPAD",
                        "PBM_LOCAL",
                        "PBM_DISPLAY",
                        "DUMMY",
                        "CALL",
                        "FEATURE",
                        "KEYPAD",
                        "LOCAL",
                        "DISPLAY",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x04\0\x08\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\x0B\0\x05\0\xFF\xFF\xFF\xFF\x06\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x01\0\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PBM_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `PBM_DUMMY` | `0x00000000` |\n| `PBM_CALL` | `0x00000001` |\n| `PBM_FEATURE` | `0x00000002` |\n| `PBM_KEYPAD` | `0x00000003` |\n| `PBM_LOCAL` | `0x00000004` |\n| `PBM_DISPLAY` | `0x00000005` |\n\n# Deutsch\n\nOrdnet die Art der Taste an einer Tasten-/Lampenposition ein, gelesen und gesetzt mit `ITPhone::get_ButtonMode` und `ITPhone::put_ButtonMode`. Anders als die TAPI-2-Bits `PHONEBUTTONMODE_` zählen diese Werte fortlaufend ab 0.\n\n- `PBM_DUMMY`: Die Position hat eine Leuchtanzeige, aber keine physische Taste.\n- `PBM_CALL`: Die Taste ist einer Anrufdarstellung zugeordnet.\n- `PBM_FEATURE`: Die Taste fordert bei der Vermittlung ein Leistungsmerkmal an, etwa Halten, Übergabe oder Konferenz.\n- `PBM_KEYPAD`: Die Taste gehört zur Wähltastatur: die Ziffern 0 bis 9, `*` und `#`.\n- `PBM_LOCAL`: Die Taste wirkt auf das Telefon selbst, etwa für Stummschaltung oder Lautstärke, ohne die Vermittlung einzubeziehen.\n- `PBM_DISPLAY`: Die Taste ist ein Softkey, der zum Display des Telefons gehört.\n\n# Français\n\nClasse le type de bouton d’une position bouton/voyant, lu et modifié avec `ITPhone::get_ButtonMode` et `ITPhone::put_ButtonMode`. Contrairement aux bits `PHONEBUTTONMODE_` de TAPI 2, ces valeurs se suivent à partir de 0.\n\n- `PBM_DUMMY`: La position comporte un voyant mais aucun bouton physique.\n- `PBM_CALL`: Le bouton est associé à une présentation d’appel.\n- `PBM_FEATURE`: Le bouton demande une fonction au commutateur, par exemple la mise en attente, le transfert ou la conférence.\n- `PBM_KEYPAD`: Le bouton est l’une des touches du clavier : les chiffres 0 à 9, `*` et `#`.\n- `PBM_LOCAL`: Le bouton agit sur le poste lui-même, par exemple la coupure du micro ou le volume, sans faire intervenir le commutateur.\n- `PBM_DISPLAY`: Le bouton est une touche programmable liée à l’afficheur du poste.\n"
    )]
    impl PhoneButtonMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Dummy,
            Self::Call,
            Self::Feature,
            Self::Keypad,
            Self::Local,
            Self::Display,
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
                0 => __tapi::Some(Self::Dummy),
                1 => __tapi::Some(Self::Call),
                2 => __tapi::Some(Self::Feature),
                3 => __tapi::Some(Self::Keypad),
                4 => __tapi::Some(Self::Local),
                5 => __tapi::Some(Self::Display),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PBM_DUMMY`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhoneButtonMode {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneButtonMode> for ::core::primitive::i32 {
        #[inline]
        fn from(member: PhoneButtonMode) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for PhoneButtonMode {
        type Error = ::tapi_consts::UnknownValueError<PhoneButtonMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneButtonMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneButtonMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneButtonMode, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(PhoneButtonMode);
};
/// Position of a phone button, pressed or released, or whether it can be known; returned by
/// `ITPhone::get_ButtonState` and `ITPhoneEvent::get_ButtonState`. The values are those of the
/// TAPI 2 `PHONEBUTTONSTATE_` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum PhoneButtonState {
    /// The button is released (not pressed).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBS_UP` = `0x00000001`")]
    Up = 0x0000_0001,
    /// The button is pressed down.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBS_DOWN` = `0x00000002`")]
    Down = 0x0000_0002,
    /// The state of the button is not known at the moment.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBS_UNKNOWN` = `0x00000004`")]
    Unknown = 0x0000_0004,
    /// The state of the button cannot be obtained from this phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PBS_UNAVAIL` = `0x00000008`")]
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
                    "Position of a phone button, pressed or released, or whether it can be known; returned by `ITPhone::get_ButtonState` and `ITPhoneEvent::get_ButtonState`. The values are those of the TAPI 2 `PHONEBUTTONSTATE_` constants.The button is released (not pressed).The button is pressed down.The state of the button is not known at the moment.The state of the button cannot be obtained from this phone."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Stellung einer Taste des Telefons, gedrückt oder losgelassen, oder Angabe, ob sie sich ermitteln lässt; geliefert von `ITPhone::get_ButtonState` und `ITPhoneEvent::get_ButtonState`. Die Werte sind die der TAPI-2-Konstanten `PHONEBUTTONSTATE_`.Die Taste ist losgelassen (nicht gedrückt).Die Taste ist gedrückt.Der Zustand der Taste ist derzeit nicht bekannt.Der Zustand der Taste lässt sich von diesem Telefon nicht abfragen."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Position d’un bouton du poste, enfoncé ou relâché, ou indication qu’elle ne peut pas être connue ; renvoyée par `ITPhone::get_ButtonState` et `ITPhoneEvent::get_ButtonState`. Les valeurs sont celles des constantes `PHONEBUTTONSTATE_` de TAPI 2.Le bouton est relâché (non enfoncé).Le bouton est enfoncé.L’état du bouton est inconnu pour le moment.L’état du bouton ne peut pas être obtenu de ce poste."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneButtonState",
            prefix: "PBS_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("PHONE_BUTTON_STATE"),
            known_bits: 15u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["PBS_UP", "PBS_DOWN", "PBS_UNKNOWN", "PBS_UNAVAIL"],
                bits: &[1u64, 2u64, 4u64, 8u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xDA\0\0\0\0\0\0\0\xF5\0\0\0\0\0\0\0\xFD\0\0\0\xFF\xFF\0\0\0\0\xDA\0\0\0%\0\0\0\xF5\0\0\0,\0\0\0\xFD\0\0\0'\0\0\0\xFF\xFF\0\0\0\0\xFF\0\0\0\x1B\0\0\0!\x01\0\0\x18\0\0\0$\x01\0\0\x17\0\0\0\xFF\xFF\0\0\0\0\x1A\x01\0\x003\0\0\09\x01\0\x000\0\0\0;\x01\0\0/\0\0\0\xFF\xFF\0\0\0\0M\x01\0\0;\0\0\0i\x01\0\0D\0\0\0j\x01\0\09\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PBS_UP",
                        "PBS_DOWN",
                        "PBS_UNKNOWN",
                        "PBS_UNAVAIL",
                        "UP",
                        "DOWN",
                        "UNKNOWN",
                        "UNAVAIL",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x02\0\x02\0\x07\0\x03\0\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PBS_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `PBS_UP` | `0x00000001` |\n| `PBS_DOWN` | `0x00000002` |\n| `PBS_UNKNOWN` | `0x00000004` |\n| `PBS_UNAVAIL` | `0x00000008` |\n\n# Deutsch\n\nStellung einer Taste des Telefons, gedrückt oder losgelassen, oder Angabe, ob sie sich ermitteln lässt; geliefert von `ITPhone::get_ButtonState` und `ITPhoneEvent::get_ButtonState`. Die Werte sind die der TAPI-2-Konstanten `PHONEBUTTONSTATE_`.\n\n- `PBS_UP`: Die Taste ist losgelassen (nicht gedrückt).\n- `PBS_DOWN`: Die Taste ist gedrückt.\n- `PBS_UNKNOWN`: Der Zustand der Taste ist derzeit nicht bekannt.\n- `PBS_UNAVAIL`: Der Zustand der Taste lässt sich von diesem Telefon nicht abfragen.\n\n# Français\n\nPosition d’un bouton du poste, enfoncé ou relâché, ou indication qu’elle ne peut pas être connue ; renvoyée par `ITPhone::get_ButtonState` et `ITPhoneEvent::get_ButtonState`. Les valeurs sont celles des constantes `PHONEBUTTONSTATE_` de TAPI 2.\n\n- `PBS_UP`: Le bouton est relâché (non enfoncé).\n- `PBS_DOWN`: Le bouton est enfoncé.\n- `PBS_UNKNOWN`: L’état du bouton est inconnu pour le moment.\n- `PBS_UNAVAIL`: L’état du bouton ne peut pas être obtenu de ce poste.\n"
    )]
    impl PhoneButtonState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Up,
            Self::Down,
            Self::Unknown,
            Self::Unavail,
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
            let index = {
                let offset = value.wrapping_sub(1) as ::core::primitive::u32;
                if offset < 8 {
                    __tapi::map_index(
                        b"\0\0\x01\0\xFF\xFF\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\x03\0",
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
        /// The full C name, such as `PBS_UP`; `{:#}` in `format!` gives the short name.
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
                let offset = (self as ::core::primitive::i32).wrapping_sub(1)
                    as ::core::primitive::u32;
                if offset < 8 {
                    __tapi::map_index(
                        b"\0\0\x01\0\xFF\xFF\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\x03\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for PhoneButtonState {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneButtonState> for ::core::primitive::i32 {
        #[inline]
        fn from(member: PhoneButtonState) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for PhoneButtonState {
        type Error = ::tapi_consts::UnknownValueError<PhoneButtonState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneButtonState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneButtonState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneButtonState, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(PhoneButtonState);
};
/// Kind of phone event, returned by `ITPhoneEvent::get_Event` when TAPI delivers a
/// `TE_PHONEEVENT` event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum PhoneEvent {
    /// The contents of the phone's display have changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PE_DISPLAY` = `0x00000000`")]
    Display = 0x0000_0000,
    /// A lamp of the phone has changed its mode.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PE_LAMPMODE` = `0x00000001`")]
    LampMode = 0x0000_0001,
    /// The ring mode of the phone has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PE_RINGMODE` = `0x00000002`")]
    RingMode = 0x0000_0002,
    /// The ring volume of the phone has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PE_RINGVOLUME` = `0x00000003`")]
    RingVolume = 0x0000_0003,
    /// A hook switch of the phone has changed state; `ITPhoneEvent::get_HookSwitchDevice` and
    /// `ITPhoneEvent::get_HookSwitchState` tell which one and how.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PE_HOOKSWITCH` = `0x00000004`")]
    HookSwitch = 0x0000_0004,
    /// The capabilities of the phone have changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PE_CAPSCHANGE` = `0x00000005`")]
    CapsChange = 0x0000_0005,
    /// A button of the phone has changed state; `ITPhoneEvent::get_ButtonLampId` tells which.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PE_BUTTON` = `0x00000006`")]
    Button = 0x0000_0006,
    /// The phone device was closed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PE_CLOSE` = `0x00000007`")]
    Close = 0x0000_0007,
    /// The phone has collected a dialed number, which `ITPhoneEvent::get_NumberGathered`
    /// returns.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PE_NUMBERGATHERED` = `0x00000008`")]
    NumberGathered = 0x0000_0008,
    /// The phone is dialing a number.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PE_DIALING` = `0x00000009`")]
    Dialing = 0x0000_0009,
    /// The phone has answered a call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PE_ANSWER` = `0x0000000A`")]
    Answer = 0x0000_000A,
    /// The phone has been disconnected from its call. `PE_LASTITEM` has the same value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PE_DISCONNECT` = `0x0000000B`")]
    Disconnect = 0x0000_000B,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kind of phone event, returned by `ITPhoneEvent::get_Event` when TAPI delivers a `TE_PHONEEVENT` event.The contents of the phone's display have changed.A lamp of the phone has changed its mode.The ring mode of the phone has changed.The ring volume of the phone has changed.A hook switch of the phone has changed state; `ITPhoneEvent::get_HookSwitchDevice` and `ITPhoneEvent::get_HookSwitchState` tell which one and how.The capabilities of the phone have changed.A button of the phone has changed state; `ITPhoneEvent::get_ButtonLampId` tells which.The phone device was closed.The phone has collected a dialed number, which `ITPhoneEvent::get_NumberGathered` returns.The phone is dialing a number.The phone has answered a call.The phone has been disconnected from its call. `PE_LASTITEM` has the same value."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Art eines Telefonereignisses, geliefert von `ITPhoneEvent::get_Event`, wenn TAPI ein Ereignis `TE_PHONEEVENT` zustellt.Der Inhalt des Displays des Telefons hat sich geändert.Eine Leuchtanzeige des Telefons hat ihr Leuchtmuster geändert.Der Klingelmodus des Telefons hat sich geändert.Die Lautstärke des Rufsignals des Telefons hat sich geändert.Ein Gabelumschalter des Telefons hat seinen Zustand geändert; `ITPhoneEvent::get_HookSwitchDevice` und `ITPhoneEvent::get_HookSwitchState` geben an, welcher und wie.Die Fähigkeiten des Telefons haben sich geändert.Eine Taste des Telefons hat ihren Zustand geändert; `ITPhoneEvent::get_ButtonLampId` gibt an, welche.Das Telefongerät wurde geschlossen.Das Telefon hat eine gewählte Nummer erfasst, die `ITPhoneEvent::get_NumberGathered` liefert.Das Telefon wählt gerade eine Nummer.Das Telefon hat einen Anruf angenommen.Das Telefon wurde von seinem Anruf getrennt. `PE_LASTITEM` hat denselben Wert."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Type d’événement de poste téléphonique, renvoyé par `ITPhoneEvent::get_Event` lorsque TAPI remet un événement `TE_PHONEEVENT`.Le contenu de l’afficheur du poste a changé.Un voyant du poste a changé de cadence d’allumage.Le mode de sonnerie du poste a changé.Le volume de la sonnerie du poste a changé.Un commutateur crochet du poste a changé d’état ; `ITPhoneEvent::get_HookSwitchDevice` et `ITPhoneEvent::get_HookSwitchState` indiquent lequel et comment.Les capacités du poste ont changé.Un bouton du poste a changé d’état ; `ITPhoneEvent::get_ButtonLampId` indique lequel.Le périphérique téléphonique a été fermé.Le poste a recueilli un numéro composé, que renvoie `ITPhoneEvent::get_NumberGathered`.Le poste est en train de composer un numéro.Le poste a répondu à un appel.Le poste a été déconnecté de son appel. `PE_LASTITEM` a la même valeur."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneEvent",
            prefix: "PE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("PHONE_EVENT"),
            known_bits: 15u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "PE_DISPLAY",
                    "PE_LAMPMODE",
                    "PE_RINGMODE",
                    "PE_RINGVOLUME",
                    "PE_HOOKSWITCH",
                    "PE_CAPSCHANGE",
                    "PE_BUTTON",
                    "PE_CLOSE",
                    "PE_NUMBERGATHERED",
                    "PE_DIALING",
                    "PE_ANSWER",
                    "PE_DISCONNECT",
                ],
                bits: &[
                    0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64, 8u64, 9u64, 10u64,
                    11u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0f\0\0\0\0\0\0\0w\0\0\0\0\0\0\0\x87\0\0\0\xFF\xFF\0\0\0\0f\0\0\x001\0\0\0w\0\0\08\0\0\0\x87\0\0\0/\0\0\0\xFF\xFF\0\0\0\0\x97\0\0\0)\0\0\0\xAF\0\0\0?\0\0\0\xB6\0\0\x005\0\0\0\xFF\xFF\0\0\0\0\xC0\0\0\0'\0\0\0\xEE\0\0\x001\0\0\0\xEB\0\0\0'\0\0\0\xFF\xFF\0\0\0\0\xE7\0\0\0)\0\0\0\x1F\x01\0\0?\0\0\0\x12\x01\0\0,\0\0\0\xFF\xFF\0\0\0\0\x10\x01\0\0\x92\0\0\0^\x01\0\0\xA6\0\0\0>\x01\0\0\x9E\0\0\0\xFF\xFF\0\0\0\0\xA2\x01\0\0+\0\0\0\x04\x02\0\x003\0\0\0\xDC\x01\0\0$\0\0\0\xFF\xFF\0\0\0\0\xCD\x01\0\0V\0\0\x007\x02\0\0f\0\0\0\0\x02\0\0Y\0\0\0\xFF\xFF\0\0\0\0#\x02\0\0\x1C\0\0\0\x9D\x02\0\0$\0\0\0Y\x02\0\x000\0\0\0\xFF\xFF\0\0\0\0?\x02\0\0Z\0\0\0\xC1\x02\0\0^\0\0\0\x89\x02\0\0Y\0\0\0\xFF\xFF\0\0\0\0\x99\x02\0\0\x1E\0\0\0\x1F\x03\0\0&\0\0\0\xE2\x02\0\0-\0\0\0\xFF\xFF\0\0\0\0\xB7\x02\0\0\x1E\0\0\0E\x03\0\0'\0\0\0\x0F\x03\0\0 \0\0\0\xFF\xFF\x18\0\x01\0\xD5\x02\0\0P\0\0\0l\x03\0\0N\0\0\0/\x03\0\0L\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PE_DISPLAY",
                        "PE_LAMPMODE",
                        "PE_RINGMODE",
                        "PE_RINGVOLUME",
                        "PE_HOOKSWITCH",
                        "PE_CAPSCHANGE",
                        "PE_BUTTON",
                        "PE_CLOSE",
                        "PE_NUMBERGATHERED",
                        "PE_DIALING",
                        "PE_ANSWER",
                        "PE_DISCONNECT",
                        "DISPLAY",
                        "LAMPMODE",
                        "RINGMODE",
                        "RINGVOLUME",
                        "HOOKSWITCH",
                        "CAPSCHANGE",
                        "BUTTON",
                        "CLOSE",
                        "NUMBERGATHERED",
                        "DIALING",
                        "ANSWER",
                        "DISCONNECT",
                        "LASTITEM",
                        "PE_LASTITEM",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 2472074832271045867u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x0B\0\x0E\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x04\0\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x07\0\xFF\xFF\xFF\xFF\x11\0\x05\0\x07\0\x07\0\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PE_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `PE_DISPLAY` | `0x00000000` |\n| `PE_LAMPMODE` | `0x00000001` |\n| `PE_RINGMODE` | `0x00000002` |\n| `PE_RINGVOLUME` | `0x00000003` |\n| `PE_HOOKSWITCH` | `0x00000004` |\n| `PE_CAPSCHANGE` | `0x00000005` |\n| `PE_BUTTON` | `0x00000006` |\n| `PE_CLOSE` | `0x00000007` |\n| `PE_NUMBERGATHERED` | `0x00000008` |\n| `PE_DIALING` | `0x00000009` |\n| `PE_ANSWER` | `0x0000000A` |\n| `PE_DISCONNECT`<br>alias `PE_LASTITEM` | `0x0000000B` |\n\n# Deutsch\n\nArt eines Telefonereignisses, geliefert von `ITPhoneEvent::get_Event`, wenn TAPI ein Ereignis `TE_PHONEEVENT` zustellt.\n\n- `PE_DISPLAY`: Der Inhalt des Displays des Telefons hat sich geändert.\n- `PE_LAMPMODE`: Eine Leuchtanzeige des Telefons hat ihr Leuchtmuster geändert.\n- `PE_RINGMODE`: Der Klingelmodus des Telefons hat sich geändert.\n- `PE_RINGVOLUME`: Die Lautstärke des Rufsignals des Telefons hat sich geändert.\n- `PE_HOOKSWITCH`: Ein Gabelumschalter des Telefons hat seinen Zustand geändert; `ITPhoneEvent::get_HookSwitchDevice` und `ITPhoneEvent::get_HookSwitchState` geben an, welcher und wie.\n- `PE_CAPSCHANGE`: Die Fähigkeiten des Telefons haben sich geändert.\n- `PE_BUTTON`: Eine Taste des Telefons hat ihren Zustand geändert; `ITPhoneEvent::get_ButtonLampId` gibt an, welche.\n- `PE_CLOSE`: Das Telefongerät wurde geschlossen.\n- `PE_NUMBERGATHERED`: Das Telefon hat eine gewählte Nummer erfasst, die `ITPhoneEvent::get_NumberGathered` liefert.\n- `PE_DIALING`: Das Telefon wählt gerade eine Nummer.\n- `PE_ANSWER`: Das Telefon hat einen Anruf angenommen.\n- `PE_DISCONNECT`: Das Telefon wurde von seinem Anruf getrennt. `PE_LASTITEM` hat denselben Wert.\n\n# Français\n\nType d’événement de poste téléphonique, renvoyé par `ITPhoneEvent::get_Event` lorsque TAPI remet un événement `TE_PHONEEVENT`.\n\n- `PE_DISPLAY`: Le contenu de l’afficheur du poste a changé.\n- `PE_LAMPMODE`: Un voyant du poste a changé de cadence d’allumage.\n- `PE_RINGMODE`: Le mode de sonnerie du poste a changé.\n- `PE_RINGVOLUME`: Le volume de la sonnerie du poste a changé.\n- `PE_HOOKSWITCH`: Un commutateur crochet du poste a changé d’état ; `ITPhoneEvent::get_HookSwitchDevice` et `ITPhoneEvent::get_HookSwitchState` indiquent lequel et comment.\n- `PE_CAPSCHANGE`: Les capacités du poste ont changé.\n- `PE_BUTTON`: Un bouton du poste a changé d’état ; `ITPhoneEvent::get_ButtonLampId` indique lequel.\n- `PE_CLOSE`: Le périphérique téléphonique a été fermé.\n- `PE_NUMBERGATHERED`: Le poste a recueilli un numéro composé, que renvoie `ITPhoneEvent::get_NumberGathered`.\n- `PE_DIALING`: Le poste est en train de composer un numéro.\n- `PE_ANSWER`: Le poste a répondu à un appel.\n- `PE_DISCONNECT`: Le poste a été déconnecté de son appel. `PE_LASTITEM` a la même valeur.\n"
    )]
    impl PhoneEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Display,
            Self::LampMode,
            Self::RingMode,
            Self::RingVolume,
            Self::HookSwitch,
            Self::CapsChange,
            Self::Button,
            Self::Close,
            Self::NumberGathered,
            Self::Dialing,
            Self::Answer,
            Self::Disconnect,
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
                0 => __tapi::Some(Self::Display),
                1 => __tapi::Some(Self::LampMode),
                2 => __tapi::Some(Self::RingMode),
                3 => __tapi::Some(Self::RingVolume),
                4 => __tapi::Some(Self::HookSwitch),
                5 => __tapi::Some(Self::CapsChange),
                6 => __tapi::Some(Self::Button),
                7 => __tapi::Some(Self::Close),
                8 => __tapi::Some(Self::NumberGathered),
                9 => __tapi::Some(Self::Dialing),
                10 => __tapi::Some(Self::Answer),
                11 => __tapi::Some(Self::Disconnect),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PE_DISPLAY`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhoneEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: PhoneEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for PhoneEvent {
        type Error = ::tapi_consts::UnknownValueError<PhoneEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(PhoneEvent);
};
/// Hook-switch devices of a phone: an argument of `ITPhone::get_HookSwitchState` and
/// `ITPhone::put_HookSwitchState`, the device named by `ITPhoneEvent::get_HookSwitchDevice`, and,
/// combined, the value of `PCL_HOOKSWITCHES`. The values are those of the TAPI 2
/// `PHONEHOOKSWITCHDEV_` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum PhoneHookSwitchDevice {
    /// The hook switch of the handset.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHSD_HANDSET` = `0x00000001`")]
    Handset = 0x0000_0001,
    /// The hook switch of the speakerphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHSD_SPEAKERPHONE` = `0x00000002`")]
    Speakerphone = 0x0000_0002,
    /// The hook switch of the headset.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHSD_HEADSET` = `0x00000004`")]
    Headset = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Hook-switch devices of a phone: an argument of `ITPhone::get_HookSwitchState` and `ITPhone::put_HookSwitchState`, the device named by `ITPhoneEvent::get_HookSwitchDevice`, and, combined, the value of `PCL_HOOKSWITCHES`. The values are those of the TAPI 2 `PHONEHOOKSWITCHDEV_` constants.The hook switch of the handset.The hook switch of the speakerphone.The hook switch of the headset."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Geräte mit Gabelumschalter eines Telefons: ein Argument von `ITPhone::get_HookSwitchState` und `ITPhone::put_HookSwitchState`, das von `ITPhoneEvent::get_HookSwitchDevice` genannte Gerät und, kombiniert, der Wert von `PCL_HOOKSWITCHES`. Die Werte sind die der TAPI-2-Konstanten `PHONEHOOKSWITCHDEV_`.Der Gabelumschalter des Hörers.Der Gabelumschalter der Freisprecheinrichtung.Der Gabelumschalter des Headsets."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Périphériques à commutateur crochet d’un poste : argument de `ITPhone::get_HookSwitchState` et `ITPhone::put_HookSwitchState`, périphérique désigné par `ITPhoneEvent::get_HookSwitchDevice` et, combinés, valeur de `PCL_HOOKSWITCHES`. Les valeurs sont celles des constantes `PHONEHOOKSWITCHDEV_` de TAPI 2.Le commutateur crochet du combiné.Le commutateur crochet du haut-parleur.Le commutateur crochet du casque."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneHookSwitchDevice",
            prefix: "PHSD_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("PHONE_HOOK_SWITCH_DEVICE"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["PHSD_HANDSET", "PHSD_SPEAKERPHONE", "PHSD_HEADSET"],
                bits: &[1u64, 2u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x1F\x01\0\0\0\0\0\0.\x01\0\0\0\0\0\0:\x01\0\0\xFF\xFF\0\0\0\0\x1F\x01\0\0\x1F\0\0\0.\x01\0\0 \0\0\0:\x01\0\0#\0\0\0\xFF\xFF\0\0\0\0>\x01\0\0$\0\0\0N\x01\0\0.\0\0\0]\x01\0\0'\0\0\0\xFF\xFF\0\0\0\0b\x01\0\0\x1F\0\0\0|\x01\0\0!\0\0\0\x84\x01\0\0!\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHSD_HANDSET",
                        "PHSD_SPEAKERPHONE",
                        "PHSD_HEADSET",
                        "HANDSET",
                        "SPEAKERPHONE",
                        "HEADSET",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | PHSD_HANDSET",
                        " | PHSD_SPEAKERPHONE",
                        " | PHSD_HEADSET",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHSD_` family (bit flags, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\nA set of them is a [`Flags<PhoneHookSwitchDevice>`](::tapi_consts::Flags), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `PHSD_HANDSET` | `0x00000001` |\n| `PHSD_SPEAKERPHONE` | `0x00000002` |\n| `PHSD_HEADSET` | `0x00000004` |\n\n# Deutsch\n\nGeräte mit Gabelumschalter eines Telefons: ein Argument von `ITPhone::get_HookSwitchState` und `ITPhone::put_HookSwitchState`, das von `ITPhoneEvent::get_HookSwitchDevice` genannte Gerät und, kombiniert, der Wert von `PCL_HOOKSWITCHES`. Die Werte sind die der TAPI-2-Konstanten `PHONEHOOKSWITCHDEV_`.\n\n- `PHSD_HANDSET`: Der Gabelumschalter des Hörers.\n- `PHSD_SPEAKERPHONE`: Der Gabelumschalter der Freisprecheinrichtung.\n- `PHSD_HEADSET`: Der Gabelumschalter des Headsets.\n\n# Français\n\nPériphériques à commutateur crochet d’un poste : argument de `ITPhone::get_HookSwitchState` et `ITPhone::put_HookSwitchState`, périphérique désigné par `ITPhoneEvent::get_HookSwitchDevice` et, combinés, valeur de `PCL_HOOKSWITCHES`. Les valeurs sont celles des constantes `PHONEHOOKSWITCHDEV_` de TAPI 2.\n\n- `PHSD_HANDSET`: Le commutateur crochet du combiné.\n- `PHSD_SPEAKERPHONE`: Le commutateur crochet du haut-parleur.\n- `PHSD_HEADSET`: Le commutateur crochet du casque.\n"
    )]
    impl PhoneHookSwitchDevice {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Handset,
            Self::Speakerphone,
            Self::Headset,
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
                1 => __tapi::Some(Self::Handset),
                2 => __tapi::Some(Self::Speakerphone),
                4 => __tapi::Some(Self::Headset),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PHSD_HANDSET`; `{:#}` in `format!` gives the short name.
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
            (self as ::core::primitive::i32 as ::core::primitive::u32).trailing_zeros()
                as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for PhoneHookSwitchDevice {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneHookSwitchDevice> for ::core::primitive::i32 {
        #[inline]
        fn from(member: PhoneHookSwitchDevice) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for PhoneHookSwitchDevice {
        type Error = ::tapi_consts::UnknownValueError<PhoneHookSwitchDevice>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneHookSwitchDevice {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneHookSwitchDevice {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for PhoneHookSwitchDevice {}
    #[automatically_derived]
    impl ::core::ops::BitOr for PhoneHookSwitchDevice {
        type Output = ::tapi_consts::Flags<PhoneHookSwitchDevice>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<PhoneHookSwitchDevice> {
            <::tapi_consts::Flags<
                PhoneHookSwitchDevice,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<PhoneHookSwitchDevice>>
    for PhoneHookSwitchDevice {
        type Output = ::tapi_consts::Flags<PhoneHookSwitchDevice>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<PhoneHookSwitchDevice>,
        ) -> ::tapi_consts::Flags<PhoneHookSwitchDevice> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneHookSwitchDevice, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(PhoneHookSwitchDevice);
};
/// State of a hook-switch device of a phone, read and set with `ITPhone::get_HookSwitchState`
/// and `ITPhone::put_HookSwitchState` and reported by `ITPhoneEvent::get_HookSwitchState`. The
/// values are those of the TAPI 2 `PHONEHOOKSWITCHMODE_` constants, which have one more,
/// `UNKNOWN`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum PhoneHookSwitchState {
    /// The device is on-hook.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHSS_ONHOOK` = `0x00000001`")]
    OnHook = 0x0000_0001,
    /// The device is off-hook with only its microphone active.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHSS_OFFHOOK_MIC_ONLY` = `0x00000002`")]
    OffHookMicOnly = 0x0000_0002,
    /// The device is off-hook with only its speaker active.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHSS_OFFHOOK_SPEAKER_ONLY` = `0x00000004`")]
    OffHookSpeakerOnly = 0x0000_0004,
    /// The device is off-hook with both microphone and speaker active.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHSS_OFFHOOK` = `0x00000008`")]
    OffHook = 0x0000_0008,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "State of a hook-switch device of a phone, read and set with `ITPhone::get_HookSwitchState` and `ITPhone::put_HookSwitchState` and reported by `ITPhoneEvent::get_HookSwitchState`. The values are those of the TAPI 2 `PHONEHOOKSWITCHMODE_` constants, which have one more, `UNKNOWN`.The device is on-hook.The device is off-hook with only its microphone active.The device is off-hook with only its speaker active.The device is off-hook with both microphone and speaker active."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Zustand eines Geräts mit Gabelumschalter eines Telefons, gelesen und gesetzt mit `ITPhone::get_HookSwitchState` und `ITPhone::put_HookSwitchState` und gemeldet von `ITPhoneEvent::get_HookSwitchState`. Die Werte sind die der TAPI-2-Konstanten `PHONEHOOKSWITCHMODE_`, zu denen ein weiterer Wert gehört, `UNKNOWN`.Das Gerät ist aufgelegt.Das Gerät ist abgehoben, wobei nur sein Mikrofon aktiv ist.Das Gerät ist abgehoben, wobei nur sein Lautsprecher aktiv ist.Das Gerät ist abgehoben, wobei Mikrofon und Lautsprecher beide aktiv sind."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "État d’un périphérique à commutateur crochet d’un poste, lu et modifié avec `ITPhone::get_HookSwitchState` et `ITPhone::put_HookSwitchState` et signalé par `ITPhoneEvent::get_HookSwitchState`. Les valeurs sont celles des constantes `PHONEHOOKSWITCHMODE_` de TAPI 2, qui en comptent une de plus, `UNKNOWN`.Le périphérique est raccroché.Le périphérique est décroché, seul son microphone étant actif.Le périphérique est décroché, seul son haut-parleur étant actif.Le périphérique est décroché, son microphone et son haut-parleur étant tous deux actifs."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneHookSwitchState",
            prefix: "PHSS_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("PHONE_HOOK_SWITCH_STATE"),
            known_bits: 15u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "PHSS_ONHOOK",
                    "PHSS_OFFHOOK_MIC_ONLY",
                    "PHSS_OFFHOOK_SPEAKER_ONLY",
                    "PHSS_OFFHOOK",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x17\x01\0\0\0\0\0\09\x01\0\0\0\0\0\0;\x01\0\0\xFF\xFF\0\0\0\0\x17\x01\0\0\x16\0\0\09\x01\0\0\x19\0\0\0;\x01\0\0!\0\0\0\xFF\xFF\0\0\0\0-\x01\0\x007\0\0\0R\x01\0\0<\0\0\0\\\x01\0\0C\0\0\0\xFF\xFF\0\0\0\0d\x01\0\x004\0\0\0\x8E\x01\0\0@\0\0\0\x9F\x01\0\0E\0\0\0\xFF\xFF\0\0\0\0\x98\x01\0\0?\0\0\0\xCE\x01\0\0K\0\0\0\xE4\x01\0\0]\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHSS_ONHOOK",
                        "PHSS_OFFHOOK_MIC_ONLY",
                        "PHSS_OFFHOOK_SPEAKER_ONLY",
                        "PHSS_OFFHOOK",
                        "ONHOOK",
                        "OFFHOOK_MIC_ONLY",
                        "OFFHOOK_SPEAKER_ONLY",
                        "OFFHOOK",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHSS_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `PHSS_ONHOOK` | `0x00000001` |\n| `PHSS_OFFHOOK_MIC_ONLY` | `0x00000002` |\n| `PHSS_OFFHOOK_SPEAKER_ONLY` | `0x00000004` |\n| `PHSS_OFFHOOK` | `0x00000008` |\n\n# Deutsch\n\nZustand eines Geräts mit Gabelumschalter eines Telefons, gelesen und gesetzt mit `ITPhone::get_HookSwitchState` und `ITPhone::put_HookSwitchState` und gemeldet von `ITPhoneEvent::get_HookSwitchState`. Die Werte sind die der TAPI-2-Konstanten `PHONEHOOKSWITCHMODE_`, zu denen ein weiterer Wert gehört, `UNKNOWN`.\n\n- `PHSS_ONHOOK`: Das Gerät ist aufgelegt.\n- `PHSS_OFFHOOK_MIC_ONLY`: Das Gerät ist abgehoben, wobei nur sein Mikrofon aktiv ist.\n- `PHSS_OFFHOOK_SPEAKER_ONLY`: Das Gerät ist abgehoben, wobei nur sein Lautsprecher aktiv ist.\n- `PHSS_OFFHOOK`: Das Gerät ist abgehoben, wobei Mikrofon und Lautsprecher beide aktiv sind.\n\n# Français\n\nÉtat d’un périphérique à commutateur crochet d’un poste, lu et modifié avec `ITPhone::get_HookSwitchState` et `ITPhone::put_HookSwitchState` et signalé par `ITPhoneEvent::get_HookSwitchState`. Les valeurs sont celles des constantes `PHONEHOOKSWITCHMODE_` de TAPI 2, qui en comptent une de plus, `UNKNOWN`.\n\n- `PHSS_ONHOOK`: Le périphérique est raccroché.\n- `PHSS_OFFHOOK_MIC_ONLY`: Le périphérique est décroché, seul son microphone étant actif.\n- `PHSS_OFFHOOK_SPEAKER_ONLY`: Le périphérique est décroché, seul son haut-parleur étant actif.\n- `PHSS_OFFHOOK`: Le périphérique est décroché, son microphone et son haut-parleur étant tous deux actifs.\n"
    )]
    impl PhoneHookSwitchState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::OnHook,
            Self::OffHookMicOnly,
            Self::OffHookSpeakerOnly,
            Self::OffHook,
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
            let index = {
                let offset = value.wrapping_sub(1) as ::core::primitive::u32;
                if offset < 8 {
                    __tapi::map_index(
                        b"\0\0\x01\0\xFF\xFF\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\x03\0",
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
        /// The full C name, such as `PHSS_ONHOOK`; `{:#}` in `format!` gives the short name.
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
                let offset = (self as ::core::primitive::i32).wrapping_sub(1)
                    as ::core::primitive::u32;
                if offset < 8 {
                    __tapi::map_index(
                        b"\0\0\x01\0\xFF\xFF\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\x03\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for PhoneHookSwitchState {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneHookSwitchState> for ::core::primitive::i32 {
        #[inline]
        fn from(member: PhoneHookSwitchState) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for PhoneHookSwitchState {
        type Error = ::tapi_consts::UnknownValueError<PhoneHookSwitchState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneHookSwitchState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneHookSwitchState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneHookSwitchState, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(PhoneHookSwitchState);
};
/// How a lamp of a phone is lit, read and set with `ITPhone::get_LampMode` and
/// `ITPhone::put_LampMode`. The values are those of the TAPI 2 `PHONELAMPMODE_` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum PhoneLampMode {
    /// The button/lamp position has no lamp at all.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LM_DUMMY` = `0x00000001`")]
    Dummy = 0x0000_0001,
    /// The lamp is not lit.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LM_OFF` = `0x00000002`")]
    Off = 0x0000_0002,
    /// The lamp stays lit without blinking.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LM_STEADY` = `0x00000004`")]
    Steady = 0x0000_0004,
    /// The lamp blinks on and off at a medium (normal) rate.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LM_WINK` = `0x00000008`")]
    Wink = 0x0000_0008,
    /// The lamp blinks on and off slowly.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LM_FLASH` = `0x00000010`")]
    Flash = 0x0000_0010,
    /// The lamp blinks on and off rapidly.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LM_FLUTTER` = `0x00000020`")]
    Flutter = 0x0000_0020,
    /// Rapid blinking interrupted at a slow rate, that is the flash and flutter cadences
    /// combined.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LM_BROKENFLUTTER` = `0x00000040`")]
    BrokenFlutter = 0x0000_0040,
    /// The current mode of the lamp cannot be determined.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LM_UNKNOWN` = `0x00000080`")]
    Unknown = 0x0000_0080,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "How a lamp of a phone is lit, read and set with `ITPhone::get_LampMode` and `ITPhone::put_LampMode`. The values are those of the TAPI 2 `PHONELAMPMODE_` constants.The button/lamp position has no lamp at all.The lamp is not lit.The lamp stays lit without blinking.The lamp blinks on and off at a medium (normal) rate.The lamp blinks on and off slowly.The lamp blinks on and off rapidly.Rapid blinking interrupted at a slow rate, that is the flash and flutter cadences combined.The current mode of the lamp cannot be determined."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Leuchtmuster einer Leuchtanzeige des Telefons, gelesen und gesetzt mit `ITPhone::get_LampMode` und `ITPhone::put_LampMode`. Die Werte sind die der TAPI-2-Konstanten `PHONELAMPMODE_`.Die Tasten-/Lampenposition hat überhaupt keine Leuchtanzeige.Die Leuchtanzeige ist aus.Die Leuchtanzeige leuchtet dauerhaft, ohne zu blinken.Die Leuchtanzeige blinkt in mittlerem (normalem) Takt.Die Leuchtanzeige blinkt langsam.Die Leuchtanzeige blinkt schnell.Schnelles Blinken, das in langsamem Takt unterbrochen wird, also die Kombination aus langsamem (Flash) und schnellem Blinken (Flutter).Das aktuelle Leuchtmuster der Leuchtanzeige lässt sich nicht ermitteln."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Cadence d’allumage d’un voyant du poste, lue et modifiée avec `ITPhone::get_LampMode` et `ITPhone::put_LampMode`. Les valeurs sont celles des constantes `PHONELAMPMODE_` de TAPI 2.La position bouton/voyant ne comporte aucun voyant.Le voyant est éteint.Le voyant reste allumé sans clignoter.Le voyant clignote à une cadence moyenne (normale).Le voyant clignote lentement.Le voyant clignote rapidement.Clignotement rapide interrompu à cadence lente, c’est-à-dire la combinaison des cadences lente (flash) et rapide (flutter).Le mode actuel du voyant ne peut pas être déterminé."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneLampMode",
            prefix: "LM_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("PHONE_LAMP_MODE"),
            known_bits: 255u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LM_DUMMY",
                    "LM_OFF",
                    "LM_STEADY",
                    "LM_WINK",
                    "LM_FLASH",
                    "LM_FLUTTER",
                    "LM_BROKENFLUTTER",
                    "LM_UNKNOWN",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xA3\0\0\0\0\0\0\0\xB6\0\0\0\0\0\0\0\xB9\0\0\0\xFF\xFF\0\0\0\0\xA3\0\0\0,\0\0\0\xB6\0\0\0>\0\0\0\xB9\0\0\x003\0\0\0\xFF\xFF\0\0\0\0\xCF\0\0\0\x14\0\0\0\xF4\0\0\0\x1A\0\0\0\xEC\0\0\0\x16\0\0\0\xFF\xFF\0\0\0\0\xE3\0\0\0$\0\0\0\x0E\x01\0\x006\0\0\0\x02\x01\0\0'\0\0\0\xFF\xFF\0\0\0\0\x07\x01\0\x005\0\0\0D\x01\0\x006\0\0\0)\x01\0\x004\0\0\0\xFF\xFF\0\0\0\0<\x01\0\0\"\0\0\0z\x01\0\0!\0\0\0]\x01\0\0\x1D\0\0\0\xFF\xFF\0\0\0\0^\x01\0\0#\0\0\0\x9B\x01\0\0!\0\0\0z\x01\0\0\x1E\0\0\0\xFF\xFF\0\0\0\0\x81\x01\0\0[\0\0\0\xBC\x01\0\0\x87\0\0\0\x98\x01\0\0\x7F\0\0\0\xFF\xFF\0\0\0\0\xDC\x01\0\x002\0\0\0C\x02\0\0H\0\0\0\x17\x02\0\x007\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LM_DUMMY",
                        "LM_OFF",
                        "LM_STEADY",
                        "LM_WINK",
                        "LM_FLASH",
                        "LM_FLUTTER",
                        "LM_BROKENFLUTTER",
                        "LM_UNKNOWN",
                        "DUMMY",
                        "OFF",
                        "STEADY",
                        "WINK",
                        "FLASH",
                        "FLUTTER",
                        "BROKENFLUTTER",
                        "UNKNOWN",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x03\0\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\x08\0\0\0\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\t\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x02\0\x0F\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x06\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LM_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `LM_DUMMY` | `0x00000001` |\n| `LM_OFF` | `0x00000002` |\n| `LM_STEADY` | `0x00000004` |\n| `LM_WINK` | `0x00000008` |\n| `LM_FLASH` | `0x00000010` |\n| `LM_FLUTTER` | `0x00000020` |\n| `LM_BROKENFLUTTER` | `0x00000040` |\n| `LM_UNKNOWN` | `0x00000080` |\n\n# Deutsch\n\nLeuchtmuster einer Leuchtanzeige des Telefons, gelesen und gesetzt mit `ITPhone::get_LampMode` und `ITPhone::put_LampMode`. Die Werte sind die der TAPI-2-Konstanten `PHONELAMPMODE_`.\n\n- `LM_DUMMY`: Die Tasten-/Lampenposition hat überhaupt keine Leuchtanzeige.\n- `LM_OFF`: Die Leuchtanzeige ist aus.\n- `LM_STEADY`: Die Leuchtanzeige leuchtet dauerhaft, ohne zu blinken.\n- `LM_WINK`: Die Leuchtanzeige blinkt in mittlerem (normalem) Takt.\n- `LM_FLASH`: Die Leuchtanzeige blinkt langsam.\n- `LM_FLUTTER`: Die Leuchtanzeige blinkt schnell.\n- `LM_BROKENFLUTTER`: Schnelles Blinken, das in langsamem Takt unterbrochen wird, also die Kombination aus langsamem (Flash) und schnellem Blinken (Flutter).\n- `LM_UNKNOWN`: Das aktuelle Leuchtmuster der Leuchtanzeige lässt sich nicht ermitteln.\n\n# Français\n\nCadence d’allumage d’un voyant du poste, lue et modifiée avec `ITPhone::get_LampMode` et `ITPhone::put_LampMode`. Les valeurs sont celles des constantes `PHONELAMPMODE_` de TAPI 2.\n\n- `LM_DUMMY`: La position bouton/voyant ne comporte aucun voyant.\n- `LM_OFF`: Le voyant est éteint.\n- `LM_STEADY`: Le voyant reste allumé sans clignoter.\n- `LM_WINK`: Le voyant clignote à une cadence moyenne (normale).\n- `LM_FLASH`: Le voyant clignote lentement.\n- `LM_FLUTTER`: Le voyant clignote rapidement.\n- `LM_BROKENFLUTTER`: Clignotement rapide interrompu à cadence lente, c’est-à-dire la combinaison des cadences lente (flash) et rapide (flutter).\n- `LM_UNKNOWN`: Le mode actuel du voyant ne peut pas être déterminé.\n"
    )]
    impl PhoneLampMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Dummy,
            Self::Off,
            Self::Steady,
            Self::Wink,
            Self::Flash,
            Self::Flutter,
            Self::BrokenFlutter,
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
                1 => __tapi::Some(Self::Dummy),
                2 => __tapi::Some(Self::Off),
                4 => __tapi::Some(Self::Steady),
                8 => __tapi::Some(Self::Wink),
                16 => __tapi::Some(Self::Flash),
                32 => __tapi::Some(Self::Flutter),
                64 => __tapi::Some(Self::BrokenFlutter),
                128 => __tapi::Some(Self::Unknown),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LM_DUMMY`; `{:#}` in `format!` gives the short name.
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
            match self {
                Self::Dummy => 0usize,
                Self::Off => 1usize,
                Self::Steady => 2usize,
                Self::Wink => 3usize,
                Self::Flash => 4usize,
                Self::Flutter => 5usize,
                Self::BrokenFlutter => 6usize,
                Self::Unknown => 7usize,
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for PhoneLampMode {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneLampMode> for ::core::primitive::i32 {
        #[inline]
        fn from(member: PhoneLampMode) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for PhoneLampMode {
        type Error = ::tapi_consts::UnknownValueError<PhoneLampMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneLampMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneLampMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneLampMode, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(PhoneLampMode);
};
/// The privilege an application holds on an open phone, asked for with `ITPhone::Open` and read
/// with `ITPhone::get_Privilege`. Unlike the TAPI 2 `PHONEPRIVILEGE_` bits, owner is 0 here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum PhonePrivilege {
    /// The application owns the phone for this session and may change its state.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PP_OWNER` = `0x00000000`")]
    Owner = 0x0000_0000,
    /// The application may only monitor the phone for this session.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PP_MONITOR` = `0x00000001`")]
    Monitor = 0x0000_0001,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "The privilege an application holds on an open phone, asked for with `ITPhone::Open` and read with `ITPhone::get_Privilege`. Unlike the TAPI 2 `PHONEPRIVILEGE_` bits, owner is 0 here.The application owns the phone for this session and may change its state.The application may only monitor the phone for this session."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Die Berechtigung, die eine Anwendung auf einem geöffneten Telefon hat, angefordert mit `ITPhone::Open` und gelesen mit `ITPhone::get_Privilege`. Anders als bei den TAPI-2-Bits `PHONEPRIVILEGE_` hat das Besitzerprivileg hier den Wert 0.Die Anwendung ist für diese Sitzung Besitzer des Telefons und darf seinen Zustand ändern.Die Anwendung darf das Telefon in dieser Sitzung nur überwachen."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Privilège dont dispose une application sur un poste ouvert, demandé avec `ITPhone::Open` et lu avec `ITPhone::get_Privilege`. Contrairement aux bits `PHONEPRIVILEGE_` de TAPI 2, le privilège de propriétaire vaut ici 0.L’application est propriétaire du poste pour cette session et peut en modifier l’état.L’application peut seulement surveiller le poste pendant cette session."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhonePrivilege",
            prefix: "PP_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("PHONE_PRIVILEGE"),
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["PP_OWNER", "PP_MONITOR"],
                bits: &[0u64, 1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xB6\0\0\0\0\0\0\0\xEC\0\0\0\0\0\0\0\xDE\0\0\0\xFF\xFF\0\0\0\0\xB6\0\0\0I\0\0\0\xEC\0\0\0[\0\0\0\xDE\0\0\0\\\0\0\0\xFF\xFF\0\0\0\0\xFF\0\0\0<\0\0\0G\x01\0\0A\0\0\0:\x01\0\0I\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &["PP_OWNER", "PP_MONITOR", "OWNER", "MONITOR"],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PP_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `PP_OWNER` | `0x00000000` |\n| `PP_MONITOR` | `0x00000001` |\n\n# Deutsch\n\nDie Berechtigung, die eine Anwendung auf einem geöffneten Telefon hat, angefordert mit `ITPhone::Open` und gelesen mit `ITPhone::get_Privilege`. Anders als bei den TAPI-2-Bits `PHONEPRIVILEGE_` hat das Besitzerprivileg hier den Wert 0.\n\n- `PP_OWNER`: Die Anwendung ist für diese Sitzung Besitzer des Telefons und darf seinen Zustand ändern.\n- `PP_MONITOR`: Die Anwendung darf das Telefon in dieser Sitzung nur überwachen.\n\n# Français\n\nPrivilège dont dispose une application sur un poste ouvert, demandé avec `ITPhone::Open` et lu avec `ITPhone::get_Privilege`. Contrairement aux bits `PHONEPRIVILEGE_` de TAPI 2, le privilège de propriétaire vaut ici 0.\n\n- `PP_OWNER`: L’application est propriétaire du poste pour cette session et peut en modifier l’état.\n- `PP_MONITOR`: L’application peut seulement surveiller le poste pendant cette session.\n"
    )]
    impl PhonePrivilege {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Owner, Self::Monitor];
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
                0 => __tapi::Some(Self::Owner),
                1 => __tapi::Some(Self::Monitor),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PP_OWNER`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhonePrivilege {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhonePrivilege> for ::core::primitive::i32 {
        #[inline]
        fn from(member: PhonePrivilege) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for PhonePrivilege {
        type Error = ::tapi_consts::UnknownValueError<PhonePrivilege>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhonePrivilege {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhonePrivilege {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhonePrivilege, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(PhonePrivilege);
};
/// Tones a phone can play, started with `ITAutomatedPhoneControl::StartTone` and read back with
/// `ITAutomatedPhoneControl::get_Tone`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum PhoneTone {
    /// The tone of the keypad key 0.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADZERO` = `0x00000000`")]
    KeypadZero = 0x0000_0000,
    /// The tone of the keypad key 1.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADONE` = `0x00000001`")]
    KeypadOne = 0x0000_0001,
    /// The tone of the keypad key 2.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADTWO` = `0x00000002`")]
    KeypadTwo = 0x0000_0002,
    /// The tone of the keypad key 3.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADTHREE` = `0x00000003`")]
    KeypadThree = 0x0000_0003,
    /// The tone of the keypad key 4.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADFOUR` = `0x00000004`")]
    KeypadFour = 0x0000_0004,
    /// The tone of the keypad key 5.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADFIVE` = `0x00000005`")]
    KeypadFive = 0x0000_0005,
    /// The tone of the keypad key 6.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADSIX` = `0x00000006`")]
    KeypadSix = 0x0000_0006,
    /// The tone of the keypad key 7.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADSEVEN` = `0x00000007`")]
    KeypadSeven = 0x0000_0007,
    /// The tone of the keypad key 8.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADEIGHT` = `0x00000008`")]
    KeypadEight = 0x0000_0008,
    /// The tone of the keypad key 9.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADNINE` = `0x00000009`")]
    KeypadNine = 0x0000_0009,
    /// The tone of the keypad key `*`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADSTAR` = `0x0000000A`")]
    KeypadStar = 0x0000_000A,
    /// The tone of the keypad key `#`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADPOUND` = `0x0000000B`")]
    KeypadPound = 0x0000_000B,
    /// The tone of the extra DTMF key A, which some keypads have beside the usual twelve keys.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADA` = `0x0000000C`")]
    KeypadA = 0x0000_000C,
    /// The tone of the extra DTMF key B.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADB` = `0x0000000D`")]
    KeypadB = 0x0000_000D,
    /// The tone of the extra DTMF key C.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADC` = `0x0000000E`")]
    KeypadC = 0x0000_000E,
    /// The tone of the extra DTMF key D.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_KEYPADD` = `0x0000000F`")]
    KeypadD = 0x0000_000F,
    /// The ordinary dial tone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_NORMALDIALTONE` = `0x00000010`")]
    NormalDialTone = 0x0000_0010,
    /// The external dial tone, the one of an outside line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_EXTERNALDIALTONE` = `0x00000011`")]
    ExternalDialTone = 0x0000_0011,
    /// The busy tone, which says the called number is engaged.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_BUSY` = `0x00000012`")]
    Busy = 0x0000_0012,
    /// The ringback tone, which a caller hears while the called phone rings.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_RINGBACK` = `0x00000013`")]
    Ringback = 0x0000_0013,
    /// The error tone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_ERRORTONE` = `0x00000014`")]
    ErrorTone = 0x0000_0014,
    /// No tone at all: silence.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PT_SILENCE` = `0x00000015`")]
    Silence = 0x0000_0015,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Tones a phone can play, started with `ITAutomatedPhoneControl::StartTone` and read back with `ITAutomatedPhoneControl::get_Tone`.The tone of the keypad key 0.The tone of the keypad key 1.The tone of the keypad key 2.The tone of the keypad key 3.The tone of the keypad key 4.The tone of the keypad key 5.The tone of the keypad key 6.The tone of the keypad key 7.The tone of the keypad key 8.The tone of the keypad key 9.The tone of the keypad key `*`.The tone of the keypad key `#`.The tone of the extra DTMF key A, which some keypads have beside the usual twelve keys.The tone of the extra DTMF key B.The tone of the extra DTMF key C.The tone of the extra DTMF key D.The ordinary dial tone.The external dial tone, the one of an outside line.The busy tone, which says the called number is engaged.The ringback tone, which a caller hears while the called phone rings.The error tone.No tone at all: silence."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Töne, die ein Telefon abspielen kann, gestartet mit `ITAutomatedPhoneControl::StartTone` und zurückgelesen mit `ITAutomatedPhoneControl::get_Tone`.Der Ton der Taste 0 der Wähltastatur.Der Ton der Taste 1 der Wähltastatur.Der Ton der Taste 2 der Wähltastatur.Der Ton der Taste 3 der Wähltastatur.Der Ton der Taste 4 der Wähltastatur.Der Ton der Taste 5 der Wähltastatur.Der Ton der Taste 6 der Wähltastatur.Der Ton der Taste 7 der Wähltastatur.Der Ton der Taste 8 der Wähltastatur.Der Ton der Taste 9 der Wähltastatur.Der Ton der Taste `*` der Wähltastatur.Der Ton der Taste `#` der Wähltastatur.Der Ton der zusätzlichen DTMF-Taste A, die manche Wähltastaturen neben den üblichen zwölf Tasten haben.Der Ton der zusätzlichen DTMF-Taste B.Der Ton der zusätzlichen DTMF-Taste C.Der Ton der zusätzlichen DTMF-Taste D.Der gewöhnliche Wählton.Der externe Wählton, also der Wählton einer Amtsleitung.Der Besetztton, der anzeigt, dass die angerufene Nummer besetzt ist.Der Freiton, den ein Anrufer hört, während das angerufene Telefon klingelt.Der Fehlerton des Telefons.Überhaupt kein Ton: Stille."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Tonalités qu’un poste peut émettre, lancées avec `ITAutomatedPhoneControl::StartTone` et relues avec `ITAutomatedPhoneControl::get_Tone`.La tonalité de la touche 0 du clavier.La tonalité de la touche 1 du clavier.La tonalité de la touche 2 du clavier.La tonalité de la touche 3 du clavier.La tonalité de la touche 4 du clavier.La tonalité de la touche 5 du clavier.La tonalité de la touche 6 du clavier.La tonalité de la touche 7 du clavier.La tonalité de la touche 8 du clavier.La tonalité de la touche 9 du clavier.La tonalité de la touche `*` du clavier.La tonalité de la touche `#` du clavier.La tonalité de la touche DTMF supplémentaire A, que certains claviers ont en plus des douze touches habituelles.La tonalité de la touche DTMF supplémentaire B.La tonalité de la touche DTMF supplémentaire C.La tonalité de la touche DTMF supplémentaire D.La tonalité de numérotation ordinaire.La tonalité de numérotation extérieure, celle d’une ligne réseau.La tonalité d’occupation.La tonalité de retour d’appel, que l’appelant entend pendant que le poste appelé sonne.La tonalité d’erreur.Aucune tonalité : le silence."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneTone",
            prefix: "PT_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("PHONE_TONE"),
            known_bits: 31u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "PT_KEYPADZERO",
                    "PT_KEYPADONE",
                    "PT_KEYPADTWO",
                    "PT_KEYPADTHREE",
                    "PT_KEYPADFOUR",
                    "PT_KEYPADFIVE",
                    "PT_KEYPADSIX",
                    "PT_KEYPADSEVEN",
                    "PT_KEYPADEIGHT",
                    "PT_KEYPADNINE",
                    "PT_KEYPADSTAR",
                    "PT_KEYPADPOUND",
                    "PT_KEYPADA",
                    "PT_KEYPADB",
                    "PT_KEYPADC",
                    "PT_KEYPADD",
                    "PT_NORMALDIALTONE",
                    "PT_EXTERNALDIALTONE",
                    "PT_BUSY",
                    "PT_RINGBACK",
                    "PT_ERRORTONE",
                    "PT_SILENCE",
                ],
                bits: &[
                    0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64, 8u64, 9u64, 10u64,
                    11u64, 12u64, 13u64, 14u64, 15u64, 16u64, 17u64, 18u64, 19u64, 20u64,
                    21u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x81\0\0\0\0\0\0\0\x95\0\0\0\0\0\0\0\x8E\0\0\0\xFF\xFF\0\0\0\0\x81\0\0\0\x1D\0\0\0\x95\0\0\0&\0\0\0\x8E\0\0\0'\0\0\0\xFF\xFF\0\0\0\0\x9E\0\0\0\x1D\0\0\0\xBB\0\0\0&\0\0\0\xB5\0\0\0'\0\0\0\xFF\xFF\0\0\0\0\xBB\0\0\0\x1D\0\0\0\xE1\0\0\0&\0\0\0\xDC\0\0\0'\0\0\0\xFF\xFF\0\0\0\0\xD8\0\0\0\x1D\0\0\0\x07\x01\0\0&\0\0\0\x03\x01\0\0'\0\0\0\xFF\xFF\0\0\0\0\xF5\0\0\0\x1D\0\0\0-\x01\0\0&\0\0\0*\x01\0\0'\0\0\0\xFF\xFF\0\0\0\0\x12\x01\0\0\x1D\0\0\0S\x01\0\0&\0\0\0Q\x01\0\0'\0\0\0\xFF\xFF\0\0\0\0/\x01\0\0\x1D\0\0\0y\x01\0\0&\0\0\0x\x01\0\0'\0\0\0\xFF\xFF\0\0\0\0L\x01\0\0\x1D\0\0\0\x9F\x01\0\0&\0\0\0\x9F\x01\0\0'\0\0\0\xFF\xFF\0\0\0\0i\x01\0\0\x1D\0\0\0\xC5\x01\0\0&\0\0\0\xC6\x01\0\0'\0\0\0\xFF\xFF\0\0\0\0\x86\x01\0\0\x1D\0\0\0\xEB\x01\0\0&\0\0\0\xED\x01\0\0'\0\0\0\xFF\xFF\0\0\0\0\xA3\x01\0\0\x1F\0\0\0\x11\x02\0\0(\0\0\0\x14\x02\0\0)\0\0\0\xFF\xFF\0\0\0\0\xC2\x01\0\0\x1F\0\0\09\x02\0\0(\0\0\0=\x02\0\0)\0\0\0\xFF\xFF\0\0\0\0\xE1\x01\0\0W\0\0\0a\x02\0\0k\0\0\0f\x02\0\0r\0\0\0\xFF\xFF\0\0\0\08\x02\0\0!\0\0\0\xCC\x02\0\0'\0\0\0\xD8\x02\0\x001\0\0\0\xFF\xFF\0\0\0\0Y\x02\0\0!\0\0\0\xF3\x02\0\0'\0\0\0\t\x03\0\x001\0\0\0\xFF\xFF\0\0\0\0z\x02\0\0!\0\0\0\x1A\x03\0\0'\0\0\0:\x03\0\x001\0\0\0\xFF\xFF\0\0\0\0\x9B\x02\0\0\x17\0\0\0A\x03\0\0\x1A\0\0\0k\x03\0\0(\0\0\0\xFF\xFF\0\0\0\0\xB2\x02\0\x003\0\0\0[\x03\0\0:\0\0\0\x93\x03\0\0G\0\0\0\xFF\xFF\0\0\0\0\xE5\x02\0\x007\0\0\0\x95\x03\0\0D\0\0\0\xDA\x03\0\0\x1C\0\0\0\xFF\xFF\0\0\0\0\x1C\x03\0\0E\0\0\0\xD9\x03\0\0M\0\0\0\xF6\x03\0\0]\0\0\0\xFF\xFF\0\0\0\0a\x03\0\0\x0F\0\0\0&\x04\0\0\x1B\0\0\0S\x04\0\0\x18\0\0\0\xFF\xFF\0\0\0\0p\x03\0\0\x18\0\0\0A\x04\0\0\x1C\0\0\0k\x04\0\0\x1E\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PT_KEYPADZERO",
                        "PT_KEYPADONE",
                        "PT_KEYPADTWO",
                        "PT_KEYPADTHREE",
                        "PT_KEYPADFOUR",
                        "PT_KEYPADFIVE",
                        "PT_KEYPADSIX",
                        "PT_KEYPADSEVEN",
                        "PT_KEYPADEIGHT",
                        "PT_KEYPADNINE",
                        "PT_KEYPADSTAR",
                        "PT_KEYPADPOUND",
                        "PT_KEYPADA",
                        "PT_KEYPADB",
                        "PT_KEYPADC",
                        "PT_KEYPADD",
                        "PT_NORMALDIALTONE",
                        "PT_EXTERNALDIALTONE",
                        "PT_BUSY",
                        "PT_RINGBACK",
                        "PT_ERRORTONE",
                        "PT_SILENCE",
                        "KEYPADZERO",
                        "KEYPADONE",
                        "KEYPADTWO",
                        "KEYPADTHREE",
                        "KEYPADFOUR",
                        "KEYPADFIVE",
                        "KEYPADSIX",
                        "KEYPADSEVEN",
                        "KEYPADEIGHT",
                        "KEYPADNINE",
                        "KEYPADSTAR",
                        "KEYPADPOUND",
                        "KEYPADA",
                        "KEYPADB",
                        "KEYPADC",
                        "KEYPADD",
                        "NORMALDIALTONE",
                        "EXTERNALDIALTONE",
                        "BUSY",
                        "RINGBACK",
                        "ERRORTONE",
                        "SILENCE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 2472074832271045867u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\x08\0\x08\0\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x01\0(\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x04\0\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF#\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\x1C\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PT_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `PT_KEYPADZERO` | `0x00000000` |\n| `PT_KEYPADONE` | `0x00000001` |\n| `PT_KEYPADTWO` | `0x00000002` |\n| `PT_KEYPADTHREE` | `0x00000003` |\n| `PT_KEYPADFOUR` | `0x00000004` |\n| `PT_KEYPADFIVE` | `0x00000005` |\n| `PT_KEYPADSIX` | `0x00000006` |\n| `PT_KEYPADSEVEN` | `0x00000007` |\n| `PT_KEYPADEIGHT` | `0x00000008` |\n| `PT_KEYPADNINE` | `0x00000009` |\n| `PT_KEYPADSTAR` | `0x0000000A` |\n| `PT_KEYPADPOUND` | `0x0000000B` |\n| `PT_KEYPADA` | `0x0000000C` |\n| `PT_KEYPADB` | `0x0000000D` |\n| `PT_KEYPADC` | `0x0000000E` |\n| `PT_KEYPADD` | `0x0000000F` |\n| `PT_NORMALDIALTONE` | `0x00000010` |\n| `PT_EXTERNALDIALTONE` | `0x00000011` |\n| `PT_BUSY` | `0x00000012` |\n| `PT_RINGBACK` | `0x00000013` |\n| `PT_ERRORTONE` | `0x00000014` |\n| `PT_SILENCE` | `0x00000015` |\n\n# Deutsch\n\nTöne, die ein Telefon abspielen kann, gestartet mit `ITAutomatedPhoneControl::StartTone` und zurückgelesen mit `ITAutomatedPhoneControl::get_Tone`.\n\n- `PT_KEYPADZERO`: Der Ton der Taste 0 der Wähltastatur.\n- `PT_KEYPADONE`: Der Ton der Taste 1 der Wähltastatur.\n- `PT_KEYPADTWO`: Der Ton der Taste 2 der Wähltastatur.\n- `PT_KEYPADTHREE`: Der Ton der Taste 3 der Wähltastatur.\n- `PT_KEYPADFOUR`: Der Ton der Taste 4 der Wähltastatur.\n- `PT_KEYPADFIVE`: Der Ton der Taste 5 der Wähltastatur.\n- `PT_KEYPADSIX`: Der Ton der Taste 6 der Wähltastatur.\n- `PT_KEYPADSEVEN`: Der Ton der Taste 7 der Wähltastatur.\n- `PT_KEYPADEIGHT`: Der Ton der Taste 8 der Wähltastatur.\n- `PT_KEYPADNINE`: Der Ton der Taste 9 der Wähltastatur.\n- `PT_KEYPADSTAR`: Der Ton der Taste `*` der Wähltastatur.\n- `PT_KEYPADPOUND`: Der Ton der Taste `#` der Wähltastatur.\n- `PT_KEYPADA`: Der Ton der zusätzlichen DTMF-Taste A, die manche Wähltastaturen neben den üblichen zwölf Tasten haben.\n- `PT_KEYPADB`: Der Ton der zusätzlichen DTMF-Taste B.\n- `PT_KEYPADC`: Der Ton der zusätzlichen DTMF-Taste C.\n- `PT_KEYPADD`: Der Ton der zusätzlichen DTMF-Taste D.\n- `PT_NORMALDIALTONE`: Der gewöhnliche Wählton.\n- `PT_EXTERNALDIALTONE`: Der externe Wählton, also der Wählton einer Amtsleitung.\n- `PT_BUSY`: Der Besetztton, der anzeigt, dass die angerufene Nummer besetzt ist.\n- `PT_RINGBACK`: Der Freiton, den ein Anrufer hört, während das angerufene Telefon klingelt.\n- `PT_ERRORTONE`: Der Fehlerton des Telefons.\n- `PT_SILENCE`: Überhaupt kein Ton: Stille.\n\n# Français\n\nTonalités qu’un poste peut émettre, lancées avec `ITAutomatedPhoneControl::StartTone` et relues avec `ITAutomatedPhoneControl::get_Tone`.\n\n- `PT_KEYPADZERO`: La tonalité de la touche 0 du clavier.\n- `PT_KEYPADONE`: La tonalité de la touche 1 du clavier.\n- `PT_KEYPADTWO`: La tonalité de la touche 2 du clavier.\n- `PT_KEYPADTHREE`: La tonalité de la touche 3 du clavier.\n- `PT_KEYPADFOUR`: La tonalité de la touche 4 du clavier.\n- `PT_KEYPADFIVE`: La tonalité de la touche 5 du clavier.\n- `PT_KEYPADSIX`: La tonalité de la touche 6 du clavier.\n- `PT_KEYPADSEVEN`: La tonalité de la touche 7 du clavier.\n- `PT_KEYPADEIGHT`: La tonalité de la touche 8 du clavier.\n- `PT_KEYPADNINE`: La tonalité de la touche 9 du clavier.\n- `PT_KEYPADSTAR`: La tonalité de la touche `*` du clavier.\n- `PT_KEYPADPOUND`: La tonalité de la touche `#` du clavier.\n- `PT_KEYPADA`: La tonalité de la touche DTMF supplémentaire A, que certains claviers ont en plus des douze touches habituelles.\n- `PT_KEYPADB`: La tonalité de la touche DTMF supplémentaire B.\n- `PT_KEYPADC`: La tonalité de la touche DTMF supplémentaire C.\n- `PT_KEYPADD`: La tonalité de la touche DTMF supplémentaire D.\n- `PT_NORMALDIALTONE`: La tonalité de numérotation ordinaire.\n- `PT_EXTERNALDIALTONE`: La tonalité de numérotation extérieure, celle d’une ligne réseau.\n- `PT_BUSY`: La tonalité d’occupation.\n- `PT_RINGBACK`: La tonalité de retour d’appel, que l’appelant entend pendant que le poste appelé sonne.\n- `PT_ERRORTONE`: La tonalité d’erreur.\n- `PT_SILENCE`: Aucune tonalité : le silence.\n"
    )]
    impl PhoneTone {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::KeypadZero,
            Self::KeypadOne,
            Self::KeypadTwo,
            Self::KeypadThree,
            Self::KeypadFour,
            Self::KeypadFive,
            Self::KeypadSix,
            Self::KeypadSeven,
            Self::KeypadEight,
            Self::KeypadNine,
            Self::KeypadStar,
            Self::KeypadPound,
            Self::KeypadA,
            Self::KeypadB,
            Self::KeypadC,
            Self::KeypadD,
            Self::NormalDialTone,
            Self::ExternalDialTone,
            Self::Busy,
            Self::Ringback,
            Self::ErrorTone,
            Self::Silence,
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
                0 => __tapi::Some(Self::KeypadZero),
                1 => __tapi::Some(Self::KeypadOne),
                2 => __tapi::Some(Self::KeypadTwo),
                3 => __tapi::Some(Self::KeypadThree),
                4 => __tapi::Some(Self::KeypadFour),
                5 => __tapi::Some(Self::KeypadFive),
                6 => __tapi::Some(Self::KeypadSix),
                7 => __tapi::Some(Self::KeypadSeven),
                8 => __tapi::Some(Self::KeypadEight),
                9 => __tapi::Some(Self::KeypadNine),
                10 => __tapi::Some(Self::KeypadStar),
                11 => __tapi::Some(Self::KeypadPound),
                12 => __tapi::Some(Self::KeypadA),
                13 => __tapi::Some(Self::KeypadB),
                14 => __tapi::Some(Self::KeypadC),
                15 => __tapi::Some(Self::KeypadD),
                16 => __tapi::Some(Self::NormalDialTone),
                17 => __tapi::Some(Self::ExternalDialTone),
                18 => __tapi::Some(Self::Busy),
                19 => __tapi::Some(Self::Ringback),
                20 => __tapi::Some(Self::ErrorTone),
                21 => __tapi::Some(Self::Silence),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PT_KEYPADZERO`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhoneTone {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneTone> for ::core::primitive::i32 {
        #[inline]
        fn from(member: PhoneTone) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for PhoneTone {
        type Error = ::tapi_consts::UnknownValueError<PhoneTone>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneTone {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneTone {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneTone, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(PhoneTone);
};
/// Kind of quality-of-service event, returned by `ITQOSEvent::get_Event` when TAPI delivers a
/// `TE_QOSEVENT` event. The values are those of the TSPI `LINEEQOSINFO_` constants that a
/// provider sends with `LINE_QOSINFO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum QosEvent {
    /// No quality of service is available for the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`QE_NOQOS` = `0x00000001`")]
    NoQos = 0x0000_0001,
    /// The quality of service asked for could not be granted.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`QE_ADMISSIONFAILURE` = `0x00000002`")]
    AdmissionFailure = 0x0000_0002,
    /// The kind of quality of service asked for is not supported.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`QE_POLICYFAILURE` = `0x00000003`")]
    PolicyFailure = 0x0000_0003,
    /// A quality-of-service error without a more precise cause. `QE_LASTITEM` has the same value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`QE_GENERICERROR` = `0x00000004`")]
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
                    "Kind of quality-of-service event, returned by `ITQOSEvent::get_Event` when TAPI delivers a `TE_QOSEVENT` event. The values are those of the TSPI `LINEEQOSINFO_` constants that a provider sends with `LINE_QOSINFO`.No quality of service is available for the call.The quality of service asked for could not be granted.The kind of quality of service asked for is not supported.A quality-of-service error without a more precise cause. `QE_LASTITEM` has the same value."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Art eines QoS-Ereignisses (Dienstgüte), geliefert von `ITQOSEvent::get_Event`, wenn TAPI ein Ereignis `TE_QOSEVENT` zustellt. Die Werte sind die der TSPI-Konstanten `LINEEQOSINFO_`, die ein Anbieter mit `LINE_QOSINFO` sendet.Für den Anruf ist keine Dienstgüte verfügbar.Die angeforderte Dienstgüte konnte nicht gewährt werden.Die angeforderte Art von Dienstgüte wird nicht unterstützt.Ein QoS-Fehler ohne genauere Ursache. `QE_LASTITEM` hat denselben Wert."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Type d’événement QoS (qualité de service), renvoyé par `ITQOSEvent::get_Event` lorsque TAPI remet un événement `TE_QOSEVENT`. Les valeurs sont celles des constantes `LINEEQOSINFO_` de TSPI qu’un fournisseur envoie avec `LINE_QOSINFO`.Aucune QoS n’est disponible pour l’appel.La QoS demandée n’a pas pu être accordée.Le type de QoS demandé n’est pas pris en charge.Une erreur de QoS sans cause plus précise. `QE_LASTITEM` a la même valeur."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "QosEvent",
            prefix: "QE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("QOS_EVENT"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "QE_NOQOS",
                    "QE_ADMISSIONFAILURE",
                    "QE_POLICYFAILURE",
                    "QE_GENERICERROR",
                ],
                bits: &[1u64, 2u64, 3u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xD5\0\0\0\0\0\0\0\xE2\0\0\0\0\0\0\0\xF4\0\0\0\xFF\xFF\0\0\0\0\xD5\0\0\x000\0\0\0\xE2\0\0\x000\0\0\0\xF4\0\0\0-\0\0\0\xFF\xFF\0\0\0\0\x05\x01\0\x006\0\0\0\x12\x01\0\0:\0\0\0!\x01\0\0.\0\0\0\xFF\xFF\0\0\0\0;\x01\0\0:\0\0\0L\x01\0\0=\0\0\0O\x01\0\x003\0\0\0\xFF\xFF\x08\0\x01\0u\x01\0\0Z\0\0\0\x89\x01\0\0G\0\0\0\x82\x01\0\0L\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "QE_NOQOS",
                        "QE_ADMISSIONFAILURE",
                        "QE_POLICYFAILURE",
                        "QE_GENERICERROR",
                        "NOQOS",
                        "ADMISSIONFAILURE",
                        "POLICYFAILURE",
                        "GENERICERROR",
                        "LASTITEM",
                        "QE_LASTITEM",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `QE_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `QE_NOQOS` | `0x00000001` |\n| `QE_ADMISSIONFAILURE` | `0x00000002` |\n| `QE_POLICYFAILURE` | `0x00000003` |\n| `QE_GENERICERROR`<br>alias `QE_LASTITEM` | `0x00000004` |\n\n# Deutsch\n\nArt eines QoS-Ereignisses (Dienstgüte), geliefert von `ITQOSEvent::get_Event`, wenn TAPI ein Ereignis `TE_QOSEVENT` zustellt. Die Werte sind die der TSPI-Konstanten `LINEEQOSINFO_`, die ein Anbieter mit `LINE_QOSINFO` sendet.\n\n- `QE_NOQOS`: Für den Anruf ist keine Dienstgüte verfügbar.\n- `QE_ADMISSIONFAILURE`: Die angeforderte Dienstgüte konnte nicht gewährt werden.\n- `QE_POLICYFAILURE`: Die angeforderte Art von Dienstgüte wird nicht unterstützt.\n- `QE_GENERICERROR`: Ein QoS-Fehler ohne genauere Ursache. `QE_LASTITEM` hat denselben Wert.\n\n# Français\n\nType d’événement QoS (qualité de service), renvoyé par `ITQOSEvent::get_Event` lorsque TAPI remet un événement `TE_QOSEVENT`. Les valeurs sont celles des constantes `LINEEQOSINFO_` de TSPI qu’un fournisseur envoie avec `LINE_QOSINFO`.\n\n- `QE_NOQOS`: Aucune QoS n’est disponible pour l’appel.\n- `QE_ADMISSIONFAILURE`: La QoS demandée n’a pas pu être accordée.\n- `QE_POLICYFAILURE`: Le type de QoS demandé n’est pas pris en charge.\n- `QE_GENERICERROR`: Une erreur de QoS sans cause plus précise. `QE_LASTITEM` a la même valeur.\n"
    )]
    impl QosEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NoQos,
            Self::AdmissionFailure,
            Self::PolicyFailure,
            Self::GenericError,
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
                1 => __tapi::Some(Self::NoQos),
                2 => __tapi::Some(Self::AdmissionFailure),
                3 => __tapi::Some(Self::PolicyFailure),
                4 => __tapi::Some(Self::GenericError),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `QE_NOQOS`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for QosEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<QosEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: QosEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for QosEvent {
        type Error = ::tapi_consts::UnknownValueError<QosEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for QosEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for QosEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(QosEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(QosEvent);
};
/// Quality-of-service requirement an application sets for one media type of a call with
/// `ITBasicCallControl::SetQOS`. The values are those of the TSPI `LINEQOSSERVICELEVEL_`
/// constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum QosServiceLevel {
    /// The quality of service is required.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`QSL_NEEDED` = `0x00000001`")]
    Needed = 0x0000_0001,
    /// The quality of service is wanted when it can be had.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`QSL_IF_AVAILABLE` = `0x00000002`")]
    IfAvailable = 0x0000_0002,
    /// Only best-effort service is asked for.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`QSL_BEST_EFFORT` = `0x00000003`")]
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
                    "Quality-of-service requirement an application sets for one media type of a call with `ITBasicCallControl::SetQOS`. The values are those of the TSPI `LINEQOSSERVICELEVEL_` constants.The quality of service is required.The quality of service is wanted when it can be had.Only best-effort service is asked for."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Dienstgütestufe (QoS), die eine Anwendung mit `ITBasicCallControl::SetQOS` für einen Medientyp eines Anrufs festlegt. Die Werte sind die der TSPI-Konstanten `LINEQOSSERVICELEVEL_`.Die Dienstgüte ist zwingend erforderlich.Die Dienstgüte ist erwünscht, sofern sie verfügbar ist.Es wird nur eine Übertragung nach bestem Bemühen (Best Effort) verlangt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Exigence de QoS qu’une application fixe pour un type de média d’un appel avec `ITBasicCallControl::SetQOS`. Les valeurs sont celles des constantes `LINEQOSSERVICELEVEL_` de TSPI.La QoS est exigée.La QoS est souhaitée si elle est disponible.Seul un service au mieux (best effort) est demandé."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "QosServiceLevel",
            prefix: "QSL_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("QOS_SERVICE_LEVEL"),
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["QSL_NEEDED", "QSL_IF_AVAILABLE", "QSL_BEST_EFFORT"],
                bits: &[1u64, 2u64, 3u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xB5\0\0\0\0\0\0\0\xB6\0\0\0\0\0\0\0\xB7\0\0\0\xFF\xFF\0\0\0\0\xB5\0\0\0#\0\0\0\xB6\0\0\0*\0\0\0\xB7\0\0\0\x13\0\0\0\xFF\xFF\0\0\0\0\xD8\0\0\x004\0\0\0\xE0\0\0\0:\0\0\0\xCA\0\0\0-\0\0\0\xFF\xFF\0\0\0\0\x0C\x01\0\0&\0\0\0\x1A\x01\0\0J\0\0\0\xF7\0\0\x004\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "QSL_NEEDED",
                        "QSL_IF_AVAILABLE",
                        "QSL_BEST_EFFORT",
                        "NEEDED",
                        "IF_AVAILABLE",
                        "BEST_EFFORT",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x04\0\x01\0\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `QSL_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `QSL_NEEDED` | `0x00000001` |\n| `QSL_IF_AVAILABLE` | `0x00000002` |\n| `QSL_BEST_EFFORT` | `0x00000003` |\n\n# Deutsch\n\nDienstgütestufe (QoS), die eine Anwendung mit `ITBasicCallControl::SetQOS` für einen Medientyp eines Anrufs festlegt. Die Werte sind die der TSPI-Konstanten `LINEQOSSERVICELEVEL_`.\n\n- `QSL_NEEDED`: Die Dienstgüte ist zwingend erforderlich.\n- `QSL_IF_AVAILABLE`: Die Dienstgüte ist erwünscht, sofern sie verfügbar ist.\n- `QSL_BEST_EFFORT`: Es wird nur eine Übertragung nach bestem Bemühen (Best Effort) verlangt.\n\n# Français\n\nExigence de QoS qu’une application fixe pour un type de média d’un appel avec `ITBasicCallControl::SetQOS`. Les valeurs sont celles des constantes `LINEQOSSERVICELEVEL_` de TSPI.\n\n- `QSL_NEEDED`: La QoS est exigée.\n- `QSL_IF_AVAILABLE`: La QoS est souhaitée si elle est disponible.\n- `QSL_BEST_EFFORT`: Seul un service au mieux (best effort) est demandé.\n"
    )]
    impl QosServiceLevel {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Needed,
            Self::IfAvailable,
            Self::BestEffort,
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
                1 => __tapi::Some(Self::Needed),
                2 => __tapi::Some(Self::IfAvailable),
                3 => __tapi::Some(Self::BestEffort),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `QSL_NEEDED`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for QosServiceLevel {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<QosServiceLevel> for ::core::primitive::i32 {
        #[inline]
        fn from(member: QosServiceLevel) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for QosServiceLevel {
        type Error = ::tapi_consts::UnknownValueError<QosServiceLevel>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for QosServiceLevel {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for QosServiceLevel {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(QosServiceLevel, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(QosServiceLevel);
};
/// Kinds of events TAPI 3 reports to `ITTAPIEventNotification::Event`, each naming the event
/// interface behind the `IDispatch` pointer. `ITTAPI::put_EventFilter` takes an ORed mask of them,
/// and no event arrives until it has been set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum TapiEvent {
    /// Something changed in the TAPI object itself (`ITTAPIObjectEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_TAPIOBJECT` = `0x00000001`")]
    TapiObject = 0x0000_0001,
    /// An address object changed (`ITAddressEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_ADDRESS` = `0x00000002`")]
    Address = 0x0000_0002,
    /// A new call object was created for the application, for an incoming call, a call handed
    /// off to it or a call parked on the address (`ITCallNotificationEvent`); see
    /// `ITTAPI::RegisterCallNotifications`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_CALLNOTIFICATION` = `0x00000004`")]
    CallNotification = 0x0000_0004,
    /// A call changed state (`ITCallStateEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_CALLSTATE` = `0x00000008`")]
    CallState = 0x0000_0008,
    /// The media streams of a call changed (`ITCallMediaEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_CALLMEDIA` = `0x00000010`")]
    CallMedia = 0x0000_0010,
    /// A call hub changed (`ITCallHubEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_CALLHUB` = `0x00000020`")]
    CallHub = 0x0000_0020,
    /// The information about a call changed (`ITCallInfoChangeEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_CALLINFOCHANGE` = `0x00000040`")]
    CallInfoChange = 0x0000_0040,
    /// A private object of the service provider changed; what kind of object it is depends on
    /// the provider.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_PRIVATE` = `0x00000080`")]
    Private = 0x0000_0080,
    /// A request object of assisted telephony changed (`ITRequestEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_REQUEST` = `0x00000100`")]
    Request = 0x0000_0100,
    /// An agent object changed (`ITAgentEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_AGENT` = `0x00000200`")]
    Agent = 0x0000_0200,
    /// An agent session changed (`ITAgentSessionEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_AGENTSESSION` = `0x00000400`")]
    AgentSession = 0x0000_0400,
    /// A quality-of-service event occurred (`ITQOSEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_QOSEVENT` = `0x00000800`")]
    QosEvent = 0x0000_0800,
    /// An agent handler changed (`ITAgentHandlerEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_AGENTHANDLER` = `0x00001000`")]
    AgentHandler = 0x0000_1000,
    /// An ACD group changed (`ITACDGroupEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_ACDGROUP` = `0x00002000`")]
    AcdGroup = 0x0000_2000,
    /// An ACD queue changed (`ITQueueEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_QUEUE` = `0x00004000`")]
    Queue = 0x0000_4000,
    /// A digit was detected on a call (`ITDigitDetectionEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_DIGITEVENT` = `0x00008000`")]
    DigitEvent = 0x0000_8000,
    /// Digit generation on a call produced an event (`ITDigitGenerationEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_GENERATEEVENT` = `0x00010000`")]
    GenerateEvent = 0x0001_0000,
    /// An automatic speech recognition (ASR) terminal reported an event (`ITASRTerminalEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_ASRTERMINAL` = `0x00020000`")]
    AsrTerminal = 0x0002_0000,
    /// A text-to-speech (TTS) terminal reported an event (`ITTTSTerminalEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_TTSTERMINAL` = `0x00040000`")]
    TtsTerminal = 0x0004_0000,
    /// A file terminal reported an event (`ITFileTerminalEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_FILETERMINAL` = `0x00080000`")]
    FileTerminal = 0x0008_0000,
    /// A tone terminal reported an event (`ITToneTerminalEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_TONETERMINAL` = `0x00100000`")]
    ToneTerminal = 0x0010_0000,
    /// A phone object changed (`ITPhoneEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_PHONEEVENT` = `0x00200000`")]
    PhoneEvent = 0x0020_0000,
    /// A tone the application asked to detect was heard on a call (`ITToneDetectionEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_TONEEVENT` = `0x00400000`")]
    ToneEvent = 0x0040_0000,
    /// A digit-gathering request on a call has ended (`ITDigitsGatheredEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_GATHERDIGITS` = `0x00800000`")]
    GatherDigits = 0x0080_0000,
    /// A device-specific event occurred on an address (`ITAddressDeviceSpecificEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_ADDRESSDEVSPECIFIC` = `0x01000000`")]
    AddressDevSpecific = 0x0100_0000,
    /// A device-specific event occurred on a phone (`ITPhoneDeviceSpecificEvent`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_PHONEDEVSPECIFIC` = `0x02000000`")]
    PhoneDevSpecific = 0x0200_0000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kinds of events TAPI 3 reports to `ITTAPIEventNotification::Event`, each naming the event interface behind the `IDispatch` pointer. `ITTAPI::put_EventFilter` takes an ORed mask of them, and no event arrives until it has been set.Something changed in the TAPI object itself (`ITTAPIObjectEvent`).An address object changed (`ITAddressEvent`).A new call object was created for the application, for an incoming call, a call handed off to it or a call parked on the address (`ITCallNotificationEvent`); see `ITTAPI::RegisterCallNotifications`.A call changed state (`ITCallStateEvent`).The media streams of a call changed (`ITCallMediaEvent`).A call hub changed (`ITCallHubEvent`).The information about a call changed (`ITCallInfoChangeEvent`).A private object of the service provider changed; what kind of object it is depends on the provider.A request object of assisted telephony changed (`ITRequestEvent`).An agent object changed (`ITAgentEvent`).An agent session changed (`ITAgentSessionEvent`).A quality-of-service event occurred (`ITQOSEvent`).An agent handler changed (`ITAgentHandlerEvent`).An ACD group changed (`ITACDGroupEvent`).An ACD queue changed (`ITQueueEvent`).A digit was detected on a call (`ITDigitDetectionEvent`).Digit generation on a call produced an event (`ITDigitGenerationEvent`).An automatic speech recognition (ASR) terminal reported an event (`ITASRTerminalEvent`).A text-to-speech (TTS) terminal reported an event (`ITTTSTerminalEvent`).A file terminal reported an event (`ITFileTerminalEvent`).A tone terminal reported an event (`ITToneTerminalEvent`).A phone object changed (`ITPhoneEvent`).A tone the application asked to detect was heard on a call (`ITToneDetectionEvent`).A digit-gathering request on a call has ended (`ITDigitsGatheredEvent`).A device-specific event occurred on an address (`ITAddressDeviceSpecificEvent`).A device-specific event occurred on a phone (`ITPhoneDeviceSpecificEvent`)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Ereignissen, die TAPI 3 an `ITTAPIEventNotification::Event` meldet; jede nennt die Ereignisschnittstelle hinter dem Zeiger `IDispatch`. `ITTAPI::put_EventFilter` erwartet eine per bitweisem ODER kombinierte Maske daraus, und solange diese nicht gesetzt ist, trifft kein Ereignis ein.Im TAPI-Objekt selbst hat sich etwas geändert (`ITTAPIObjectEvent`).Ein Adressobjekt hat sich geändert (`ITAddressEvent`).Für die Anwendung wurde ein neues Anrufobjekt angelegt, für einen eingehenden Anruf, einen ihr übergebenen Anruf (Handoff) oder einen auf der Adresse geparkten Anruf (`ITCallNotificationEvent`); siehe `ITTAPI::RegisterCallNotifications`.Ein Anruf hat seinen Zustand geändert (`ITCallStateEvent`).Die Medienströme eines Anrufs haben sich geändert (`ITCallMediaEvent`).Ein Anrufhub hat sich geändert (`ITCallHubEvent`).Die Informationen zu einem Anruf haben sich geändert (`ITCallInfoChangeEvent`).Ein privates Objekt des Dienstanbieters hat sich geändert; welche Art von Objekt es ist, hängt vom Anbieter ab.Ein Anforderungsobjekt der unterstützten Telefonie hat sich geändert (`ITRequestEvent`).Ein Agentenobjekt hat sich geändert (`ITAgentEvent`).Eine Agentensitzung hat sich geändert (`ITAgentSessionEvent`).Ein QoS-Ereignis ist eingetreten (`ITQOSEvent`).Ein Agentenhandler hat sich geändert (`ITAgentHandlerEvent`).Eine ACD-Gruppe hat sich geändert (`ITACDGroupEvent`).Eine ACD-Warteschlange hat sich geändert (`ITQueueEvent`).Auf einem Anruf wurde eine Ziffer erkannt (`ITDigitDetectionEvent`).Die Erzeugung von Ziffern auf einem Anruf hat ein Ereignis ausgelöst (`ITDigitGenerationEvent`).Ein Terminal für automatische Spracherkennung (ASR) hat ein Ereignis gemeldet (`ITASRTerminalEvent`).Ein Terminal für Sprachsynthese (TTS) hat ein Ereignis gemeldet (`ITTTSTerminalEvent`).Ein Dateiterminal hat ein Ereignis gemeldet (`ITFileTerminalEvent`).Ein Tonterminal hat ein Ereignis gemeldet (`ITToneTerminalEvent`).Ein Telefonobjekt hat sich geändert (`ITPhoneEvent`).Ein Ton, dessen Erkennung die Anwendung angefordert hatte, wurde auf einem Anruf erkannt (`ITToneDetectionEvent`).Eine Ziffernerfassung auf einem Anruf ist beendet (`ITDigitsGatheredEvent`).Auf einer Adresse ist ein gerätespezifisches Ereignis eingetreten (`ITAddressDeviceSpecificEvent`).Auf einem Telefon ist ein gerätespezifisches Ereignis eingetreten (`ITPhoneDeviceSpecificEvent`)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types d’événements que TAPI 3 signale à `ITTAPIEventNotification::Event`, chacun désignant l’interface d’événement que porte le pointeur `IDispatch`. `ITTAPI::put_EventFilter` en reçoit un masque combiné par OU, et aucun événement n’arrive tant qu’il n’a pas été défini.Quelque chose a changé dans l’objet TAPI lui-même (`ITTAPIObjectEvent`).Un objet adresse a changé (`ITAddressEvent`).Un nouvel objet appel a été créé pour l’application, pour un appel entrant, un appel qui lui a été remis ou un appel parqué sur l’adresse (`ITCallNotificationEvent`) ; voir `ITTAPI::RegisterCallNotifications`.Un appel a changé d’état (`ITCallStateEvent`).Les flux de média d’un appel ont changé (`ITCallMediaEvent`).Un concentrateur d’appels a changé (`ITCallHubEvent`).Les informations d’un appel ont changé (`ITCallInfoChangeEvent`).Un objet privé du fournisseur de services a changé ; sa nature dépend du fournisseur.Un objet requête de la téléphonie assistée a changé (`ITRequestEvent`).Un objet agent a changé (`ITAgentEvent`).Une session d’agent a changé (`ITAgentSessionEvent`).Un événement QoS s’est produit (`ITQOSEvent`).Un gestionnaire d’agents a changé (`ITAgentHandlerEvent`).Un groupe ACD a changé (`ITACDGroupEvent`).Une file d’attente ACD a changé (`ITQueueEvent`).Un chiffre a été détecté sur un appel (`ITDigitDetectionEvent`).La génération de chiffres sur un appel a produit un événement (`ITDigitGenerationEvent`).Un terminal de reconnaissance automatique de la parole (ASR) a signalé un événement (`ITASRTerminalEvent`).Un terminal de synthèse vocale (TTS) a signalé un événement (`ITTTSTerminalEvent`).Un terminal de fichier a signalé un événement (`ITFileTerminalEvent`).Un terminal de tonalités a signalé un événement (`ITToneTerminalEvent`).Un objet poste téléphonique a changé (`ITPhoneEvent`).Une tonalité dont l’application avait demandé la détection a été entendue sur un appel (`ITToneDetectionEvent`).Une collecte de chiffres sur un appel a pris fin (`ITDigitsGatheredEvent`).Un événement propre au périphérique s’est produit sur une adresse (`ITAddressDeviceSpecificEvent`).Un événement propre au périphérique s’est produit sur un poste téléphonique (`ITPhoneDeviceSpecificEvent`)."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "TapiEvent",
            prefix: "TE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("TAPI_EVENT"),
            known_bits: 67108863u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "TE_TAPIOBJECT",
                    "TE_ADDRESS",
                    "TE_CALLNOTIFICATION",
                    "TE_CALLSTATE",
                    "TE_CALLMEDIA",
                    "TE_CALLHUB",
                    "TE_CALLINFOCHANGE",
                    "TE_PRIVATE",
                    "TE_REQUEST",
                    "TE_AGENT",
                    "TE_AGENTSESSION",
                    "TE_QOSEVENT",
                    "TE_AGENTHANDLER",
                    "TE_ACDGROUP",
                    "TE_QUEUE",
                    "TE_DIGITEVENT",
                    "TE_GENERATEEVENT",
                    "TE_ASRTERMINAL",
                    "TE_TTSTERMINAL",
                    "TE_FILETERMINAL",
                    "TE_TONETERMINAL",
                    "TE_PHONEEVENT",
                    "TE_TONEEVENT",
                    "TE_GATHERDIGITS",
                    "TE_ADDRESSDEVSPECIFIC",
                    "TE_PHONEDEVSPECIFIC",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64, 4096u64, 8192u64, 16384u64, 32768u64, 65536u64,
                    131072u64, 262144u64, 524288u64, 1048576u64, 2097152u64, 4194304u64,
                    8388608u64, 16777216u64, 33554432u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xE5\0\0\0\0\0\0\0%\x01\0\0\0\0\0\0'\x01\0\0\xFF\xFF\0\0\0\0\xE5\0\0\0B\0\0\0%\x01\0\0E\0\0\0'\x01\0\0L\0\0\0\xFF\xFF\0\0\0\0'\x01\0\0-\0\0\0j\x01\0\x007\0\0\0s\x01\0\0.\0\0\0\xFF\xFF\0\0\0\0T\x01\0\0\xC6\0\0\0\xA1\x01\0\0\xF0\0\0\0\xA1\x01\0\0\xDC\0\0\0\xFF\xFF\0\0\0\0\x1A\x02\0\0*\0\0\0\x91\x02\0\0<\0\0\0}\x02\0\x002\0\0\0\xFF\xFF\0\0\0\0D\x02\0\09\0\0\0\xCD\x02\0\0I\0\0\0\xAF\x02\0\0A\0\0\0\xFF\xFF\0\0\0\0}\x02\0\0&\0\0\0\x16\x03\0\x003\0\0\0\xF0\x02\0\09\0\0\0\xFF\xFF\0\0\0\0\xA3\x02\0\0?\0\0\0I\x03\0\0P\0\0\0)\x03\0\0D\0\0\0\xFF\xFF\0\0\0\0\xE2\x02\0\0d\0\0\0\x99\x03\0\0q\0\0\0m\x03\0\0X\0\0\0\xFF\xFF\0\0\0\0F\x03\0\0B\0\0\0\n\x04\0\0Z\0\0\0\xC5\x03\0\0L\0\0\0\xFF\xFF\0\0\0\0\x88\x03\0\0)\0\0\0d\x04\0\x006\0\0\0\x11\x04\0\0*\0\0\0\xFF\xFF\0\0\0\0\xB1\x03\0\x001\0\0\0\x9A\x04\0\0?\0\0\0;\x04\0\08\0\0\0\xFF\xFF\0\0\0\0\xE2\x03\0\x003\0\0\0\xD9\x04\0\x000\0\0\0s\x04\0\x002\0\0\0\xFF\xFF\0\0\0\0\x15\x04\0\x001\0\0\0\t\x05\0\0>\0\0\0\xA5\x04\0\0=\0\0\0\xFF\xFF\0\0\0\0F\x04\0\0)\0\0\0G\x05\0\x007\0\0\0\xE2\x04\0\0,\0\0\0\xFF\xFF\0\0\0\0o\x04\0\0&\0\0\0~\x05\0\0;\0\0\0\x0E\x05\0\x004\0\0\0\xFF\xFF\0\0\0\0\x95\x04\0\09\0\0\0\xB9\x05\0\0D\0\0\0B\x05\0\0D\0\0\0\xFF\xFF\0\0\0\0\xCE\x04\0\0H\0\0\0\xFD\x05\0\0a\0\0\0\x86\x05\0\0]\0\0\0\x03\x01\0\0\0\0\x16\x05\0\0X\0\0\0^\x06\0\0f\0\0\0\xE3\x05\0\0n\0\0\0\x03\x01\0\0\0\0n\x05\0\0I\0\0\0\xC4\x06\0\0X\0\0\0Q\x06\0\0W\0\0\0\x03\x01\0\0\0\0\xB7\x05\0\0:\0\0\0\x1C\x07\0\0D\0\0\0\xA8\x06\0\0I\0\0\0\x03\x01\0\0\0\0\xF1\x05\0\0:\0\0\0`\x07\0\0B\0\0\0\xF1\x06\0\0L\0\0\0\x03\x01\0\0\0\0+\x06\0\0(\0\0\0\xA2\x07\0\x006\0\0\0=\x07\0\09\0\0\0\x03\x01\0\0\0\0S\x06\0\0T\0\0\0\xD8\x07\0\0r\0\0\0v\x07\0\0w\0\0\0\x03\x01\0\0\0\0\xA7\x06\0\0H\0\0\0J\x08\0\0L\0\0\0\xED\x07\0\0K\0\0\0\x03\x01\0\0\0\0\xEF\x06\0\0P\0\0\0\x96\x08\0\0d\0\0\08\x08\0\0i\0\0\0\x03\x01\0\0\0\0?\x07\0\0K\0\0\0\xFA\x08\0\0b\0\0\0\xA1\x08\0\0s\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "TE_TAPIOBJECT",
                        "TE_ADDRESS",
                        "TE_CALLNOTIFICATION",
                        "TE_CALLSTATE",
                        "TE_CALLMEDIA",
                        "TE_CALLHUB",
                        "TE_CALLINFOCHANGE",
                        "TE_PRIVATE",
                        "TE_REQUEST",
                        "TE_AGENT",
                        "TE_AGENTSESSION",
                        "TE_QOSEVENT",
                        "TE_AGENTHANDLER",
                        "TE_ACDGROUP",
                        "TE_QUEUE",
                        "TE_DIGITEVENT",
                        "TE_GENERATEEVENT",
                        "TE_ASRTERMINAL",
                        "TE_TTSTERMINAL",
                        "TE_FILETERMINAL",
                        "TE_TONETERMINAL",
                        "TE_PHONEEVENT",
                        "TE_TONEEVENT",
                        "TE_GATHERDIGITS",
                        "TE_ADDRESSDEVSPECIFIC",
                        "TE_PHONEDEVSPECIFIC",
                        "TAPIOBJECT",
                        "ADDRESS",
                        "CALLNOTIFICATION",
                        "CALLSTATE",
                        "CALLMEDIA",
                        "CALLHUB",
                        "CALLINFOCHANGE",
                        "PRIVATE",
                        "REQUEST",
                        "AGENT",
                        "AGENTSESSION",
                        "QOSEVENT",
                        "AGENTHANDLER",
                        "ACDGROUP",
                        "QUEUE",
                        "DIGITEVENT",
                        "GENERATEEVENT",
                        "ASRTERMINAL",
                        "TTSTERMINAL",
                        "FILETERMINAL",
                        "TONETERMINAL",
                        "PHONEEVENT",
                        "TONEEVENT",
                        "GATHERDIGITS",
                        "ADDRESSDEVSPECIFIC",
                        "PHONEDEVSPECIFIC",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | TE_TAPIOBJECT",
                        " | TE_ADDRESS",
                        " | TE_CALLNOTIFICATION",
                        " | TE_CALLSTATE",
                        " | TE_CALLMEDIA",
                        " | TE_CALLHUB",
                        " | TE_CALLINFOCHANGE",
                        " | TE_PRIVATE",
                        " | TE_REQUEST",
                        " | TE_AGENT",
                        " | TE_AGENTSESSION",
                        " | TE_QOSEVENT",
                        " | TE_AGENTHANDLER",
                        " | TE_ACDGROUP",
                        " | TE_QUEUE",
                        " | TE_DIGITEVENT",
                        " | TE_GENERATEEVENT",
                        " | TE_ASRTERMINAL",
                        " | TE_TTSTERMINAL",
                        " | TE_FILETERMINAL",
                        " | TE_TONETERMINAL",
                        " | TE_PHONEEVENT",
                        " | TE_TONEEVENT",
                        " | TE_GATHERDIGITS",
                        " | TE_ADDRESSDEVSPECIFIC",
                        " | TE_PHONEDEVSPECIFIC",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 5210120581433854798u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF0\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x01\0\xFF\xFF\xFF\xFF3\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF1\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0\x10\0\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF2\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF.\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0\n\0\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF+\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0\x06\0\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TE_` family (bit flags, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\nA set of them is a [`Flags<TapiEvent>`](::tapi_consts::Flags), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `TE_TAPIOBJECT` | `0x00000001` |  |\n| `TE_ADDRESS` | `0x00000002` |  |\n| `TE_CALLNOTIFICATION` | `0x00000004` |  |\n| `TE_CALLSTATE` | `0x00000008` |  |\n| `TE_CALLMEDIA` | `0x00000010` |  |\n| `TE_CALLHUB` | `0x00000020` |  |\n| `TE_CALLINFOCHANGE` | `0x00000040` |  |\n| `TE_PRIVATE` | `0x00000080` |  |\n| `TE_REQUEST` | `0x00000100` |  |\n| `TE_AGENT` | `0x00000200` |  |\n| `TE_AGENTSESSION` | `0x00000400` |  |\n| `TE_QOSEVENT` | `0x00000800` |  |\n| `TE_AGENTHANDLER` | `0x00001000` |  |\n| `TE_ACDGROUP` | `0x00002000` |  |\n| `TE_QUEUE` | `0x00004000` |  |\n| `TE_DIGITEVENT` | `0x00008000` |  |\n| `TE_GENERATEEVENT` | `0x00010000` |  |\n| `TE_ASRTERMINAL` | `0x00020000` | TAPI 3.1 |\n| `TE_TTSTERMINAL` | `0x00040000` | TAPI 3.1 |\n| `TE_FILETERMINAL` | `0x00080000` | TAPI 3.1 |\n| `TE_TONETERMINAL` | `0x00100000` | TAPI 3.1 |\n| `TE_PHONEEVENT` | `0x00200000` | TAPI 3.1 |\n| `TE_TONEEVENT` | `0x00400000` | TAPI 3.1 |\n| `TE_GATHERDIGITS` | `0x00800000` | TAPI 3.1 |\n| `TE_ADDRESSDEVSPECIFIC` | `0x01000000` | TAPI 3.1 |\n| `TE_PHONEDEVSPECIFIC` | `0x02000000` | TAPI 3.1 |\n\n# Deutsch\n\nArten von Ereignissen, die TAPI 3 an `ITTAPIEventNotification::Event` meldet; jede nennt die Ereignisschnittstelle hinter dem Zeiger `IDispatch`. `ITTAPI::put_EventFilter` erwartet eine per bitweisem ODER kombinierte Maske daraus, und solange diese nicht gesetzt ist, trifft kein Ereignis ein.\n\n- `TE_TAPIOBJECT`: Im TAPI-Objekt selbst hat sich etwas geändert (`ITTAPIObjectEvent`).\n- `TE_ADDRESS`: Ein Adressobjekt hat sich geändert (`ITAddressEvent`).\n- `TE_CALLNOTIFICATION`: Für die Anwendung wurde ein neues Anrufobjekt angelegt, für einen eingehenden Anruf, einen ihr übergebenen Anruf (Handoff) oder einen auf der Adresse geparkten Anruf (`ITCallNotificationEvent`); siehe `ITTAPI::RegisterCallNotifications`.\n- `TE_CALLSTATE`: Ein Anruf hat seinen Zustand geändert (`ITCallStateEvent`).\n- `TE_CALLMEDIA`: Die Medienströme eines Anrufs haben sich geändert (`ITCallMediaEvent`).\n- `TE_CALLHUB`: Ein Anrufhub hat sich geändert (`ITCallHubEvent`).\n- `TE_CALLINFOCHANGE`: Die Informationen zu einem Anruf haben sich geändert (`ITCallInfoChangeEvent`).\n- `TE_PRIVATE`: Ein privates Objekt des Dienstanbieters hat sich geändert; welche Art von Objekt es ist, hängt vom Anbieter ab.\n- `TE_REQUEST`: Ein Anforderungsobjekt der unterstützten Telefonie hat sich geändert (`ITRequestEvent`).\n- `TE_AGENT`: Ein Agentenobjekt hat sich geändert (`ITAgentEvent`).\n- `TE_AGENTSESSION`: Eine Agentensitzung hat sich geändert (`ITAgentSessionEvent`).\n- `TE_QOSEVENT`: Ein QoS-Ereignis ist eingetreten (`ITQOSEvent`).\n- `TE_AGENTHANDLER`: Ein Agentenhandler hat sich geändert (`ITAgentHandlerEvent`).\n- `TE_ACDGROUP`: Eine ACD-Gruppe hat sich geändert (`ITACDGroupEvent`).\n- `TE_QUEUE`: Eine ACD-Warteschlange hat sich geändert (`ITQueueEvent`).\n- `TE_DIGITEVENT`: Auf einem Anruf wurde eine Ziffer erkannt (`ITDigitDetectionEvent`).\n- `TE_GENERATEEVENT`: Die Erzeugung von Ziffern auf einem Anruf hat ein Ereignis ausgelöst (`ITDigitGenerationEvent`).\n- `TE_ASRTERMINAL`: Ein Terminal für automatische Spracherkennung (ASR) hat ein Ereignis gemeldet (`ITASRTerminalEvent`).\n- `TE_TTSTERMINAL`: Ein Terminal für Sprachsynthese (TTS) hat ein Ereignis gemeldet (`ITTTSTerminalEvent`).\n- `TE_FILETERMINAL`: Ein Dateiterminal hat ein Ereignis gemeldet (`ITFileTerminalEvent`).\n- `TE_TONETERMINAL`: Ein Tonterminal hat ein Ereignis gemeldet (`ITToneTerminalEvent`).\n- `TE_PHONEEVENT`: Ein Telefonobjekt hat sich geändert (`ITPhoneEvent`).\n- `TE_TONEEVENT`: Ein Ton, dessen Erkennung die Anwendung angefordert hatte, wurde auf einem Anruf erkannt (`ITToneDetectionEvent`).\n- `TE_GATHERDIGITS`: Eine Ziffernerfassung auf einem Anruf ist beendet (`ITDigitsGatheredEvent`).\n- `TE_ADDRESSDEVSPECIFIC`: Auf einer Adresse ist ein gerätespezifisches Ereignis eingetreten (`ITAddressDeviceSpecificEvent`).\n- `TE_PHONEDEVSPECIFIC`: Auf einem Telefon ist ein gerätespezifisches Ereignis eingetreten (`ITPhoneDeviceSpecificEvent`).\n\n# Français\n\nTypes d’événements que TAPI 3 signale à `ITTAPIEventNotification::Event`, chacun désignant l’interface d’événement que porte le pointeur `IDispatch`. `ITTAPI::put_EventFilter` en reçoit un masque combiné par OU, et aucun événement n’arrive tant qu’il n’a pas été défini.\n\n- `TE_TAPIOBJECT`: Quelque chose a changé dans l’objet TAPI lui-même (`ITTAPIObjectEvent`).\n- `TE_ADDRESS`: Un objet adresse a changé (`ITAddressEvent`).\n- `TE_CALLNOTIFICATION`: Un nouvel objet appel a été créé pour l’application, pour un appel entrant, un appel qui lui a été remis ou un appel parqué sur l’adresse (`ITCallNotificationEvent`) ; voir `ITTAPI::RegisterCallNotifications`.\n- `TE_CALLSTATE`: Un appel a changé d’état (`ITCallStateEvent`).\n- `TE_CALLMEDIA`: Les flux de média d’un appel ont changé (`ITCallMediaEvent`).\n- `TE_CALLHUB`: Un concentrateur d’appels a changé (`ITCallHubEvent`).\n- `TE_CALLINFOCHANGE`: Les informations d’un appel ont changé (`ITCallInfoChangeEvent`).\n- `TE_PRIVATE`: Un objet privé du fournisseur de services a changé ; sa nature dépend du fournisseur.\n- `TE_REQUEST`: Un objet requête de la téléphonie assistée a changé (`ITRequestEvent`).\n- `TE_AGENT`: Un objet agent a changé (`ITAgentEvent`).\n- `TE_AGENTSESSION`: Une session d’agent a changé (`ITAgentSessionEvent`).\n- `TE_QOSEVENT`: Un événement QoS s’est produit (`ITQOSEvent`).\n- `TE_AGENTHANDLER`: Un gestionnaire d’agents a changé (`ITAgentHandlerEvent`).\n- `TE_ACDGROUP`: Un groupe ACD a changé (`ITACDGroupEvent`).\n- `TE_QUEUE`: Une file d’attente ACD a changé (`ITQueueEvent`).\n- `TE_DIGITEVENT`: Un chiffre a été détecté sur un appel (`ITDigitDetectionEvent`).\n- `TE_GENERATEEVENT`: La génération de chiffres sur un appel a produit un événement (`ITDigitGenerationEvent`).\n- `TE_ASRTERMINAL`: Un terminal de reconnaissance automatique de la parole (ASR) a signalé un événement (`ITASRTerminalEvent`).\n- `TE_TTSTERMINAL`: Un terminal de synthèse vocale (TTS) a signalé un événement (`ITTTSTerminalEvent`).\n- `TE_FILETERMINAL`: Un terminal de fichier a signalé un événement (`ITFileTerminalEvent`).\n- `TE_TONETERMINAL`: Un terminal de tonalités a signalé un événement (`ITToneTerminalEvent`).\n- `TE_PHONEEVENT`: Un objet poste téléphonique a changé (`ITPhoneEvent`).\n- `TE_TONEEVENT`: Une tonalité dont l’application avait demandé la détection a été entendue sur un appel (`ITToneDetectionEvent`).\n- `TE_GATHERDIGITS`: Une collecte de chiffres sur un appel a pris fin (`ITDigitsGatheredEvent`).\n- `TE_ADDRESSDEVSPECIFIC`: Un événement propre au périphérique s’est produit sur une adresse (`ITAddressDeviceSpecificEvent`).\n- `TE_PHONEDEVSPECIFIC`: Un événement propre au périphérique s’est produit sur un poste téléphonique (`ITPhoneDeviceSpecificEvent`).\n"
    )]
    impl TapiEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::TapiObject,
            Self::Address,
            Self::CallNotification,
            Self::CallState,
            Self::CallMedia,
            Self::CallHub,
            Self::CallInfoChange,
            Self::Private,
            Self::Request,
            Self::Agent,
            Self::AgentSession,
            Self::QosEvent,
            Self::AgentHandler,
            Self::AcdGroup,
            Self::Queue,
            Self::DigitEvent,
            Self::GenerateEvent,
            Self::AsrTerminal,
            Self::TtsTerminal,
            Self::FileTerminal,
            Self::ToneTerminal,
            Self::PhoneEvent,
            Self::ToneEvent,
            Self::GatherDigits,
            Self::AddressDevSpecific,
            Self::PhoneDevSpecific,
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
                1 => __tapi::Some(Self::TapiObject),
                2 => __tapi::Some(Self::Address),
                4 => __tapi::Some(Self::CallNotification),
                8 => __tapi::Some(Self::CallState),
                16 => __tapi::Some(Self::CallMedia),
                32 => __tapi::Some(Self::CallHub),
                64 => __tapi::Some(Self::CallInfoChange),
                128 => __tapi::Some(Self::Private),
                256 => __tapi::Some(Self::Request),
                512 => __tapi::Some(Self::Agent),
                1024 => __tapi::Some(Self::AgentSession),
                2048 => __tapi::Some(Self::QosEvent),
                4096 => __tapi::Some(Self::AgentHandler),
                8192 => __tapi::Some(Self::AcdGroup),
                16384 => __tapi::Some(Self::Queue),
                32768 => __tapi::Some(Self::DigitEvent),
                65536 => __tapi::Some(Self::GenerateEvent),
                131072 => __tapi::Some(Self::AsrTerminal),
                262144 => __tapi::Some(Self::TtsTerminal),
                524288 => __tapi::Some(Self::FileTerminal),
                1048576 => __tapi::Some(Self::ToneTerminal),
                2097152 => __tapi::Some(Self::PhoneEvent),
                4194304 => __tapi::Some(Self::ToneEvent),
                8388608 => __tapi::Some(Self::GatherDigits),
                16777216 => __tapi::Some(Self::AddressDevSpecific),
                33554432 => __tapi::Some(Self::PhoneDevSpecific),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `TE_TAPIOBJECT`; `{:#}` in `format!` gives the short name.
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
            (self as ::core::primitive::i32 as ::core::primitive::u32).trailing_zeros()
                as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for TapiEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<TapiEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: TapiEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for TapiEvent {
        type Error = ::tapi_consts::UnknownValueError<TapiEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for TapiEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for TapiEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for TapiEvent {}
    #[automatically_derived]
    impl ::core::ops::BitOr for TapiEvent {
        type Output = ::tapi_consts::Flags<TapiEvent>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<TapiEvent> {
            <::tapi_consts::Flags<TapiEvent> as ::core::convert::From<Self>>::from(self)
                | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<TapiEvent>> for TapiEvent {
        type Output = ::tapi_consts::Flags<TapiEvent>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<TapiEvent>,
        ) -> ::tapi_consts::Flags<TapiEvent> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(TapiEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(TapiEvent);
};
/// Why TAPI stopped gathering digits on a call, returned by
/// `ITDigitsGatheredEvent::get_GatherTermination`. The values are those of the TAPI 2
/// `LINEGATHERTERM_` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum TapiGatherTerm {
    /// Gathering stopped because the number of digits asked for was received; the buffer is
    /// full.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TGT_BUFFERFULL` = `0x00000001`")]
    BufferFull = 0x0000_0001,
    /// Gathering stopped on one of the termination digits, which is the last digit in the
    /// buffer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TGT_TERMDIGIT` = `0x00000002`")]
    TermDigit = 0x0000_0002,
    /// No digit arrived within the first-digit timeout; the buffer is empty.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TGT_FIRSTTIMEOUT` = `0x00000004`")]
    FirstTimeout = 0x0000_0004,
    /// After at least one digit, the next one took longer than the inter-digit timeout.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TGT_INTERTIMEOUT` = `0x00000008`")]
    InterTimeout = 0x0000_0008,
    /// The request was cancelled, by this application or another one, or because the call
    /// ended.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TGT_CANCEL` = `0x00000010`")]
    Cancel = 0x0000_0010,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Why TAPI stopped gathering digits on a call, returned by `ITDigitsGatheredEvent::get_GatherTermination`. The values are those of the TAPI 2 `LINEGATHERTERM_` constants.Gathering stopped because the number of digits asked for was received; the buffer is full.Gathering stopped on one of the termination digits, which is the last digit in the buffer.No digit arrived within the first-digit timeout; the buffer is empty.After at least one digit, the next one took longer than the inter-digit timeout.The request was cancelled, by this application or another one, or because the call ended."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Grund, aus dem TAPI die Ziffernerfassung auf einem Anruf beendet hat, geliefert von `ITDigitsGatheredEvent::get_GatherTermination`. Die Werte sind die der TAPI-2-Konstanten `LINEGATHERTERM_`.Die Erfassung wurde beendet, weil die angeforderte Anzahl von Ziffern empfangen wurde; der Puffer ist voll.Die Erfassung wurde bei einer der Endeziffern beendet, die als letzte Ziffer im Puffer steht.Innerhalb des Zeitlimits für die erste Ziffer ist keine Ziffer eingetroffen; der Puffer ist leer.Nach mindestens einer Ziffer hat die nächste länger gedauert, als das Zeitlimit zwischen zwei Ziffern erlaubt.Die Anforderung wurde abgebrochen, von dieser oder einer anderen Anwendung oder weil der Anruf beendet wurde."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Raison pour laquelle TAPI a arrêté la collecte de chiffres sur un appel, renvoyée par `ITDigitsGatheredEvent::get_GatherTermination`. Les valeurs sont celles des constantes `LINEGATHERTERM_` de TAPI 2.La collecte s’est arrêtée parce que le nombre de chiffres demandé a été reçu ; la mémoire tampon est pleine.La collecte s’est arrêtée sur l’un des chiffres de fin, qui est le dernier chiffre de la mémoire tampon.Aucun chiffre n’est arrivé dans le délai prévu pour le premier chiffre ; la mémoire tampon est vide.Après au moins un chiffre, le suivant a mis plus de temps que le délai autorisé entre deux chiffres.La demande a été annulée, par cette application ou une autre, ou parce que l’appel a pris fin."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "TapiGatherTerm",
            prefix: "TGT_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("TAPI_GATHERTERM"),
            known_bits: 31u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "TGT_BUFFERFULL",
                    "TGT_TERMDIGIT",
                    "TGT_FIRSTTIMEOUT",
                    "TGT_INTERTIMEOUT",
                    "TGT_CANCEL",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xA8\0\0\0\0\0\0\0\xBF\0\0\0\0\0\0\0\xCC\0\0\0\xFF\xFF\0\0\0\0\xA8\0\0\0Z\0\0\0\xBF\0\0\0k\0\0\0\xCC\0\0\0u\0\0\0\xFF\xFF\0\0\0\0\x02\x01\0\0Z\0\0\0*\x01\0\0]\0\0\0A\x01\0\0o\0\0\0\xFF\xFF\0\0\0\0\\\x01\0\0E\0\0\0\x87\x01\0\0b\0\0\0\xB0\x01\0\0j\0\0\0\xFF\xFF\0\0\0\0\xA1\x01\0\0P\0\0\0\xE9\x01\0\0p\0\0\0\x1A\x02\0\0g\0\0\0\xFF\xFF\0\0\0\0\xF1\x01\0\0Y\0\0\0Y\x02\0\0m\0\0\0\x81\x02\0\0c\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "TGT_BUFFERFULL",
                        "TGT_TERMDIGIT",
                        "TGT_FIRSTTIMEOUT",
                        "TGT_INTERTIMEOUT",
                        "TGT_CANCEL",
                        "BUFFERFULL",
                        "TERMDIGIT",
                        "FIRSTTIMEOUT",
                        "INTERTIMEOUT",
                        "CANCEL",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\t\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TGT_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `TGT_BUFFERFULL` | `0x00000001` |\n| `TGT_TERMDIGIT` | `0x00000002` |\n| `TGT_FIRSTTIMEOUT` | `0x00000004` |\n| `TGT_INTERTIMEOUT` | `0x00000008` |\n| `TGT_CANCEL` | `0x00000010` |\n\n# Deutsch\n\nGrund, aus dem TAPI die Ziffernerfassung auf einem Anruf beendet hat, geliefert von `ITDigitsGatheredEvent::get_GatherTermination`. Die Werte sind die der TAPI-2-Konstanten `LINEGATHERTERM_`.\n\n- `TGT_BUFFERFULL`: Die Erfassung wurde beendet, weil die angeforderte Anzahl von Ziffern empfangen wurde; der Puffer ist voll.\n- `TGT_TERMDIGIT`: Die Erfassung wurde bei einer der Endeziffern beendet, die als letzte Ziffer im Puffer steht.\n- `TGT_FIRSTTIMEOUT`: Innerhalb des Zeitlimits für die erste Ziffer ist keine Ziffer eingetroffen; der Puffer ist leer.\n- `TGT_INTERTIMEOUT`: Nach mindestens einer Ziffer hat die nächste länger gedauert, als das Zeitlimit zwischen zwei Ziffern erlaubt.\n- `TGT_CANCEL`: Die Anforderung wurde abgebrochen, von dieser oder einer anderen Anwendung oder weil der Anruf beendet wurde.\n\n# Français\n\nRaison pour laquelle TAPI a arrêté la collecte de chiffres sur un appel, renvoyée par `ITDigitsGatheredEvent::get_GatherTermination`. Les valeurs sont celles des constantes `LINEGATHERTERM_` de TAPI 2.\n\n- `TGT_BUFFERFULL`: La collecte s’est arrêtée parce que le nombre de chiffres demandé a été reçu ; la mémoire tampon est pleine.\n- `TGT_TERMDIGIT`: La collecte s’est arrêtée sur l’un des chiffres de fin, qui est le dernier chiffre de la mémoire tampon.\n- `TGT_FIRSTTIMEOUT`: Aucun chiffre n’est arrivé dans le délai prévu pour le premier chiffre ; la mémoire tampon est vide.\n- `TGT_INTERTIMEOUT`: Après au moins un chiffre, le suivant a mis plus de temps que le délai autorisé entre deux chiffres.\n- `TGT_CANCEL`: La demande a été annulée, par cette application ou une autre, ou parce que l’appel a pris fin.\n"
    )]
    impl TapiGatherTerm {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::BufferFull,
            Self::TermDigit,
            Self::FirstTimeout,
            Self::InterTimeout,
            Self::Cancel,
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
            let index = {
                let offset = value.wrapping_sub(1) as ::core::primitive::u32;
                if offset < 16 {
                    __tapi::map_index(
                        b"\0\0\x01\0\xFF\xFF\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0",
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
        /// The full C name, such as `TGT_BUFFERFULL`; `{:#}` in `format!` gives the short name.
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
                let offset = (self as ::core::primitive::i32).wrapping_sub(1)
                    as ::core::primitive::u32;
                if offset < 16 {
                    __tapi::map_index(
                        b"\0\0\x01\0\xFF\xFF\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for TapiGatherTerm {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<TapiGatherTerm> for ::core::primitive::i32 {
        #[inline]
        fn from(member: TapiGatherTerm) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for TapiGatherTerm {
        type Error = ::tapi_consts::UnknownValueError<TapiGatherTerm>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for TapiGatherTerm {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for TapiGatherTerm {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(TapiGatherTerm, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(TapiGatherTerm);
};
/// Kind of TAPI object involved in an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum TapiObjectType {
    /// No TAPI object is involved.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TOT_NONE` = `0x00000000`")]
    None = 0x0000_0000,
    /// The object is the TAPI object itself.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TOT_TAPI` = `0x00000001`")]
    Tapi = 0x0000_0001,
    /// The object is an address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TOT_ADDRESS` = `0x00000002`")]
    Address = 0x0000_0002,
    /// The object is a terminal.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TOT_TERMINAL` = `0x00000003`")]
    Terminal = 0x0000_0003,
    /// The object is a call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TOT_CALL` = `0x00000004`")]
    Call = 0x0000_0004,
    /// The object is a call hub.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TOT_CALLHUB` = `0x00000005`")]
    CallHub = 0x0000_0005,
    /// The object is a phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TOT_PHONE` = `0x00000006`")]
    Phone = 0x0000_0006,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kind of TAPI object involved in an event.No TAPI object is involved.The object is the TAPI object itself.The object is an address.The object is a terminal.The object is a call.The object is a call hub.The object is a phone."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Art des TAPI-Objekts, das an einem Ereignis beteiligt ist.Es ist kein TAPI-Objekt beteiligt.Das Objekt ist das TAPI-Objekt selbst.Das Objekt ist eine Adresse.Das Objekt ist ein Terminal.Das Objekt ist ein Anruf.Das Objekt ist ein Anrufhub.Das Objekt ist ein Telefon."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Type d’objet TAPI concerné par un événement.Aucun objet TAPI n’est concerné.L’objet est l’objet TAPI lui-même.L’objet est une adresse.L’objet est un terminal.L’objet est un appel.L’objet est un concentrateur d’appels.L’objet est un poste téléphonique."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "TapiObjectType",
            prefix: "TOT_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("TAPI_OBJECT_TYPE"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "TOT_NONE",
                    "TOT_TAPI",
                    "TOT_ADDRESS",
                    "TOT_TERMINAL",
                    "TOT_CALL",
                    "TOT_CALLHUB",
                    "TOT_PHONE",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0)\0\0\0\0\0\0\0:\0\0\0\0\0\0\x001\0\0\0\xFF\xFF\0\0\0\0)\0\0\0\x1B\0\0\0:\0\0\0\"\0\0\x001\0\0\0#\0\0\0\xFF\xFF\0\0\0\0D\0\0\0%\0\0\0\\\0\0\0&\0\0\0T\0\0\0'\0\0\0\xFF\xFF\0\0\0\0i\0\0\0\x19\0\0\0\x82\0\0\0\x1C\0\0\0{\0\0\0\x1A\0\0\0\xFF\xFF\0\0\0\0\x82\0\0\0\x19\0\0\0\x9E\0\0\0\x1C\0\0\0\x95\0\0\0\x1A\0\0\0\xFF\xFF\0\0\0\0\x9B\0\0\0\x15\0\0\0\xBA\0\0\0\x19\0\0\0\xAF\0\0\0\x17\0\0\0\xFF\xFF\0\0\0\0\xB0\0\0\0\x19\0\0\0\xD3\0\0\0\x1C\0\0\0\xC6\0\0\0*\0\0\0\x03\x01\0\0\0\0\xC9\0\0\0\x16\0\0\0\xEF\0\0\0\x1B\0\0\0\xF0\0\0\0&\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "TOT_NONE",
                        "TOT_TAPI",
                        "TOT_ADDRESS",
                        "TOT_TERMINAL",
                        "TOT_CALL",
                        "TOT_CALLHUB",
                        "TOT_PHONE",
                        "NONE",
                        "TAPI",
                        "ADDRESS",
                        "TERMINAL",
                        "CALL",
                        "CALLHUB",
                        "PHONE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\x0C\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x02\0\n\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x06\0\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TOT_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `TOT_NONE` | `0x00000000` |  |\n| `TOT_TAPI` | `0x00000001` |  |\n| `TOT_ADDRESS` | `0x00000002` |  |\n| `TOT_TERMINAL` | `0x00000003` |  |\n| `TOT_CALL` | `0x00000004` |  |\n| `TOT_CALLHUB` | `0x00000005` |  |\n| `TOT_PHONE` | `0x00000006` | TAPI 3.1 |\n\n# Deutsch\n\nArt des TAPI-Objekts, das an einem Ereignis beteiligt ist.\n\n- `TOT_NONE`: Es ist kein TAPI-Objekt beteiligt.\n- `TOT_TAPI`: Das Objekt ist das TAPI-Objekt selbst.\n- `TOT_ADDRESS`: Das Objekt ist eine Adresse.\n- `TOT_TERMINAL`: Das Objekt ist ein Terminal.\n- `TOT_CALL`: Das Objekt ist ein Anruf.\n- `TOT_CALLHUB`: Das Objekt ist ein Anrufhub.\n- `TOT_PHONE`: Das Objekt ist ein Telefon.\n\n# Français\n\nType d’objet TAPI concerné par un événement.\n\n- `TOT_NONE`: Aucun objet TAPI n’est concerné.\n- `TOT_TAPI`: L’objet est l’objet TAPI lui-même.\n- `TOT_ADDRESS`: L’objet est une adresse.\n- `TOT_TERMINAL`: L’objet est un terminal.\n- `TOT_CALL`: L’objet est un appel.\n- `TOT_CALLHUB`: L’objet est un concentrateur d’appels.\n- `TOT_PHONE`: L’objet est un poste téléphonique.\n"
    )]
    impl TapiObjectType {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::None,
            Self::Tapi,
            Self::Address,
            Self::Terminal,
            Self::Call,
            Self::CallHub,
            Self::Phone,
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
                0 => __tapi::Some(Self::None),
                1 => __tapi::Some(Self::Tapi),
                2 => __tapi::Some(Self::Address),
                3 => __tapi::Some(Self::Terminal),
                4 => __tapi::Some(Self::Call),
                5 => __tapi::Some(Self::CallHub),
                6 => __tapi::Some(Self::Phone),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `TOT_NONE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for TapiObjectType {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<TapiObjectType> for ::core::primitive::i32 {
        #[inline]
        fn from(member: TapiObjectType) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for TapiObjectType {
        type Error = ::tapi_consts::UnknownValueError<TapiObjectType>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for TapiObjectType {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for TapiObjectType {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(TapiObjectType, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(TapiObjectType);
};
/// Tones an application can generate on a call with `ITLegacyCallMediaControl2::GenerateTone`.
/// The values are those of the TAPI 2 `LINETONEMODE_` constants, without `CUSTOM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum TapiToneMode {
    /// The ringback tone, as the service provider defines it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TTM_RINGBACK` = `0x00000002`")]
    Ringback = 0x0000_0002,
    /// The busy tone, as the service provider defines it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TTM_BUSY` = `0x00000004`")]
    Busy = 0x0000_0004,
    /// A beep, such as the one announcing that recording starts; the service provider defines
    /// its exact sound.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TTM_BEEP` = `0x00000008`")]
    Beep = 0x0000_0008,
    /// The billing tone, which prompts for billing details such as a calling-card number; the
    /// service provider defines its exact sound.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TTM_BILLING` = `0x00000010`")]
    Billing = 0x0000_0010,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Tones an application can generate on a call with `ITLegacyCallMediaControl2::GenerateTone`. The values are those of the TAPI 2 `LINETONEMODE_` constants, without `CUSTOM`.The ringback tone, as the service provider defines it.The busy tone, as the service provider defines it.A beep, such as the one announcing that recording starts; the service provider defines its exact sound.The billing tone, which prompts for billing details such as a calling-card number; the service provider defines its exact sound."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Töne, die eine Anwendung mit `ITLegacyCallMediaControl2::GenerateTone` auf einem Anruf erzeugen kann. Die Werte sind die der TAPI-2-Konstanten `LINETONEMODE_`, ohne `CUSTOM`.Der Freiton, wie der Dienstanbieter ihn festlegt.Der Besetztton, wie der Dienstanbieter ihn festlegt.Ein Piepton, etwa der, der den Beginn einer Aufzeichnung ankündigt; wie genau er klingt, legt der Dienstanbieter fest.Der Abrechnungston, der zur Eingabe von Abrechnungsangaben wie einer Calling-Card-Nummer auffordert; wie genau er klingt, legt der Dienstanbieter fest."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Tonalités qu’une application peut générer sur un appel avec `ITLegacyCallMediaControl2::GenerateTone`. Les valeurs sont celles des constantes `LINETONEMODE_` de TAPI 2, sans `CUSTOM`.La tonalité de retour d’appel, telle que la définit le fournisseur de services.La tonalité d’occupation, telle que la définit le fournisseur de services.Un bip, comme celui qui annonce le début d’un enregistrement ; le fournisseur de services en définit la sonorité exacte.La tonalité de facturation, qui invite à fournir des informations de facturation comme un numéro de carte d’appel ; le fournisseur de services en définit la sonorité exacte."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "TapiToneMode",
            prefix: "TTM_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("TAPI_TONEMODE"),
            known_bits: 30u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["TTM_RINGBACK", "TTM_BUSY", "TTM_BEEP", "TTM_BILLING"],
                bits: &[2u64, 4u64, 8u64, 16u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xAB\0\0\0\0\0\0\0\xAF\0\0\0\0\0\0\0\xBC\0\0\0\xFF\xFF\0\0\0\0\xAB\0\0\x006\0\0\0\xAF\0\0\x001\0\0\0\xBC\0\0\0S\0\0\0\xFF\xFF\0\0\0\0\xE1\0\0\x002\0\0\0\xE0\0\0\x004\0\0\0\x0F\x01\0\0N\0\0\0\xFF\xFF\0\0\0\0\x13\x01\0\0g\0\0\0\x14\x01\0\0w\0\0\0]\x01\0\0}\0\0\0\xFF\xFF\0\0\0\0z\x01\0\0\x80\0\0\0\x8B\x01\0\0\x97\0\0\0\xDA\x01\0\0\xB4\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "TTM_RINGBACK",
                        "TTM_BUSY",
                        "TTM_BEEP",
                        "TTM_BILLING",
                        "RINGBACK",
                        "BUSY",
                        "BEEP",
                        "BILLING",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x03\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TTM_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `TTM_RINGBACK` | `0x00000002` |\n| `TTM_BUSY` | `0x00000004` |\n| `TTM_BEEP` | `0x00000008` |\n| `TTM_BILLING` | `0x00000010` |\n\n# Deutsch\n\nTöne, die eine Anwendung mit `ITLegacyCallMediaControl2::GenerateTone` auf einem Anruf erzeugen kann. Die Werte sind die der TAPI-2-Konstanten `LINETONEMODE_`, ohne `CUSTOM`.\n\n- `TTM_RINGBACK`: Der Freiton, wie der Dienstanbieter ihn festlegt.\n- `TTM_BUSY`: Der Besetztton, wie der Dienstanbieter ihn festlegt.\n- `TTM_BEEP`: Ein Piepton, etwa der, der den Beginn einer Aufzeichnung ankündigt; wie genau er klingt, legt der Dienstanbieter fest.\n- `TTM_BILLING`: Der Abrechnungston, der zur Eingabe von Abrechnungsangaben wie einer Calling-Card-Nummer auffordert; wie genau er klingt, legt der Dienstanbieter fest.\n\n# Français\n\nTonalités qu’une application peut générer sur un appel avec `ITLegacyCallMediaControl2::GenerateTone`. Les valeurs sont celles des constantes `LINETONEMODE_` de TAPI 2, sans `CUSTOM`.\n\n- `TTM_RINGBACK`: La tonalité de retour d’appel, telle que la définit le fournisseur de services.\n- `TTM_BUSY`: La tonalité d’occupation, telle que la définit le fournisseur de services.\n- `TTM_BEEP`: Un bip, comme celui qui annonce le début d’un enregistrement ; le fournisseur de services en définit la sonorité exacte.\n- `TTM_BILLING`: La tonalité de facturation, qui invite à fournir des informations de facturation comme un numéro de carte d’appel ; le fournisseur de services en définit la sonorité exacte.\n"
    )]
    impl TapiToneMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Ringback,
            Self::Busy,
            Self::Beep,
            Self::Billing,
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
            let index = {
                let offset = value.wrapping_sub(2) as ::core::primitive::u32;
                if offset < 15 {
                    __tapi::map_index(
                        b"\0\0\xFF\xFF\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0",
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
        /// The full C name, such as `TTM_RINGBACK`; `{:#}` in `format!` gives the short name.
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
                let offset = (self as ::core::primitive::i32).wrapping_sub(2)
                    as ::core::primitive::u32;
                if offset < 15 {
                    __tapi::map_index(
                        b"\0\0\xFF\xFF\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0",
                        offset as ::core::primitive::usize,
                    )
                } else {
                    ::core::primitive::usize::MAX
                }
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for TapiToneMode {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<TapiToneMode> for ::core::primitive::i32 {
        #[inline]
        fn from(member: TapiToneMode) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for TapiToneMode {
        type Error = ::tapi_consts::UnknownValueError<TapiToneMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for TapiToneMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for TapiToneMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(TapiToneMode, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(TapiToneMode);
};
/// Kind of change in the TAPI object, returned by `ITTAPIObjectEvent::get_Event` when TAPI
/// delivers a `TE_TAPIOBJECT` event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum TapiObjectEvent {
    /// A new address has appeared.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_ADDRESSCREATE` = `0x00000000`")]
    AddressCreate = 0x0000_0000,
    /// An address has been removed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_ADDRESSREMOVE` = `0x00000001`")]
    AddressRemove = 0x0000_0001,
    /// The TAPI object went through a reinitialization.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_REINIT` = `0x00000002`")]
    Reinit = 0x0000_0002,
    /// The address translation settings, such as the current location, have changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_TRANSLATECHANGE` = `0x00000003`")]
    TranslateChange = 0x0000_0003,
    /// An address was closed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_ADDRESSCLOSE` = `0x00000004`")]
    AddressClose = 0x0000_0004,
    /// A new phone device has appeared; `ITTAPIObjectEvent2::get_Phone` returns it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_PHONECREATE` = `0x00000005`")]
    PhoneCreate = 0x0000_0005,
    /// A phone device has been removed; `ITTAPIObjectEvent2::get_Phone` returns it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TE_PHONEREMOVE` = `0x00000006`")]
    PhoneRemove = 0x0000_0006,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Kind of change in the TAPI object, returned by `ITTAPIObjectEvent::get_Event` when TAPI delivers a `TE_TAPIOBJECT` event.A new address has appeared.An address has been removed.The TAPI object went through a reinitialization.The address translation settings, such as the current location, have changed.An address was closed.A new phone device has appeared; `ITTAPIObjectEvent2::get_Phone` returns it.A phone device has been removed; `ITTAPIObjectEvent2::get_Phone` returns it."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Art der Änderung im TAPI-Objekt, geliefert von `ITTAPIObjectEvent::get_Event`, wenn TAPI ein Ereignis `TE_TAPIOBJECT` zustellt.Eine neue Adresse ist hinzugekommen.Eine Adresse wurde entfernt.Das TAPI-Objekt hat eine Neuinitialisierung durchlaufen.Die Einstellungen für die Umsetzung von Adressen, etwa der aktuelle Standort, haben sich geändert.Eine Adresse wurde geschlossen.Ein neues Telefongerät ist hinzugekommen; `ITTAPIObjectEvent2::get_Phone` liefert es.Ein Telefongerät wurde entfernt; `ITTAPIObjectEvent2::get_Phone` liefert es."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Type de changement dans l’objet TAPI, renvoyé par `ITTAPIObjectEvent::get_Event` lorsque TAPI remet un événement `TE_TAPIOBJECT`.Une nouvelle adresse est apparue.Une adresse a été retirée.L’objet TAPI a été réinitialisé.Les paramètres de conversion d’adresses, comme l’emplacement actuel, ont changé.Une adresse a été fermée.Un nouveau périphérique téléphonique est apparu ; `ITTAPIObjectEvent2::get_Phone` le renvoie.Un périphérique téléphonique a été retiré ; `ITTAPIObjectEvent2::get_Phone` le renvoie."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "TapiObjectEvent",
            prefix: "TE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("TAPIOBJECT_EVENT"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "TE_ADDRESSCREATE",
                    "TE_ADDRESSREMOVE",
                    "TE_REINIT",
                    "TE_TRANSLATECHANGE",
                    "TE_ADDRESSCLOSE",
                    "TE_PHONECREATE",
                    "TE_PHONEREMOVE",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0y\0\0\0\0\0\0\0\x80\0\0\0\0\0\0\0\x86\0\0\0\xFF\xFF\0\0\0\0y\0\0\0\x1B\0\0\0\x80\0\0\0$\0\0\0\x86\0\0\0!\0\0\0\xFF\xFF\0\0\0\0\x94\0\0\0\x1C\0\0\0\xA4\0\0\0\x1C\0\0\0\xA7\0\0\0\x1D\0\0\0\xFF\xFF\0\0\0\0\xB0\0\0\x000\0\0\0\xC0\0\0\08\0\0\0\xC4\0\0\0&\0\0\0\xFF\xFF\0\0\0\0\xE0\0\0\0M\0\0\0\xF8\0\0\0d\0\0\0\xEA\0\0\0V\0\0\0\xFF\xFF\0\0\0\0-\x01\0\0\x16\0\0\0\\\x01\0\0\x1F\0\0\0@\x01\0\0\x1C\0\0\0\x03\x01\0\0\0\0C\x01\0\0L\0\0\0{\x01\0\0V\0\0\0\\\x01\0\0a\0\0\0\x03\x01\0\0\0\0\x8F\x01\0\0L\0\0\0\xD1\x01\0\0M\0\0\0\xBD\x01\0\0^\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "TE_ADDRESSCREATE",
                        "TE_ADDRESSREMOVE",
                        "TE_REINIT",
                        "TE_TRANSLATECHANGE",
                        "TE_ADDRESSCLOSE",
                        "TE_PHONECREATE",
                        "TE_PHONEREMOVE",
                        "ADDRESSCREATE",
                        "ADDRESSREMOVE",
                        "REINIT",
                        "TRANSLATECHANGE",
                        "ADDRESSCLOSE",
                        "PHONECREATE",
                        "PHONEREMOVE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 9356357495300657340u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\x0B\0\x04\0\n\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\x08\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x06\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TE_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `TE_ADDRESSCREATE` | `0x00000000` |  |\n| `TE_ADDRESSREMOVE` | `0x00000001` |  |\n| `TE_REINIT` | `0x00000002` |  |\n| `TE_TRANSLATECHANGE` | `0x00000003` |  |\n| `TE_ADDRESSCLOSE` | `0x00000004` |  |\n| `TE_PHONECREATE` | `0x00000005` | TAPI 3.1 |\n| `TE_PHONEREMOVE` | `0x00000006` | TAPI 3.1 |\n\n# Deutsch\n\nArt der Änderung im TAPI-Objekt, geliefert von `ITTAPIObjectEvent::get_Event`, wenn TAPI ein Ereignis `TE_TAPIOBJECT` zustellt.\n\n- `TE_ADDRESSCREATE`: Eine neue Adresse ist hinzugekommen.\n- `TE_ADDRESSREMOVE`: Eine Adresse wurde entfernt.\n- `TE_REINIT`: Das TAPI-Objekt hat eine Neuinitialisierung durchlaufen.\n- `TE_TRANSLATECHANGE`: Die Einstellungen für die Umsetzung von Adressen, etwa der aktuelle Standort, haben sich geändert.\n- `TE_ADDRESSCLOSE`: Eine Adresse wurde geschlossen.\n- `TE_PHONECREATE`: Ein neues Telefongerät ist hinzugekommen; `ITTAPIObjectEvent2::get_Phone` liefert es.\n- `TE_PHONEREMOVE`: Ein Telefongerät wurde entfernt; `ITTAPIObjectEvent2::get_Phone` liefert es.\n\n# Français\n\nType de changement dans l’objet TAPI, renvoyé par `ITTAPIObjectEvent::get_Event` lorsque TAPI remet un événement `TE_TAPIOBJECT`.\n\n- `TE_ADDRESSCREATE`: Une nouvelle adresse est apparue.\n- `TE_ADDRESSREMOVE`: Une adresse a été retirée.\n- `TE_REINIT`: L’objet TAPI a été réinitialisé.\n- `TE_TRANSLATECHANGE`: Les paramètres de conversion d’adresses, comme l’emplacement actuel, ont changé.\n- `TE_ADDRESSCLOSE`: Une adresse a été fermée.\n- `TE_PHONECREATE`: Un nouveau périphérique téléphonique est apparu ; `ITTAPIObjectEvent2::get_Phone` le renvoie.\n- `TE_PHONEREMOVE`: Un périphérique téléphonique a été retiré ; `ITTAPIObjectEvent2::get_Phone` le renvoie.\n"
    )]
    impl TapiObjectEvent {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::AddressCreate,
            Self::AddressRemove,
            Self::Reinit,
            Self::TranslateChange,
            Self::AddressClose,
            Self::PhoneCreate,
            Self::PhoneRemove,
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
                0 => __tapi::Some(Self::AddressCreate),
                1 => __tapi::Some(Self::AddressRemove),
                2 => __tapi::Some(Self::Reinit),
                3 => __tapi::Some(Self::TranslateChange),
                4 => __tapi::Some(Self::AddressClose),
                5 => __tapi::Some(Self::PhoneCreate),
                6 => __tapi::Some(Self::PhoneRemove),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `TE_ADDRESSCREATE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for TapiObjectEvent {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<TapiObjectEvent> for ::core::primitive::i32 {
        #[inline]
        fn from(member: TapiObjectEvent) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for TapiObjectEvent {
        type Error = ::tapi_consts::UnknownValueError<TapiObjectEvent>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for TapiObjectEvent {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for TapiObjectEvent {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(TapiObjectEvent, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(TapiObjectEvent);
};
/// Direction of a media stream relative to the local computer, or the directions a terminal can
/// handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum TerminalDirection {
    /// The stream is captured locally and sent to the remote end; a terminal with this direction
    /// can originate a stream.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TD_CAPTURE` = `0x00000000`")]
    Capture = 0x0000_0000,
    /// The stream comes from the remote end and is played locally; a terminal with this
    /// direction can render a stream.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TD_RENDER` = `0x00000001`")]
    Render = 0x0000_0001,
    /// The terminal works in both directions, capturing as well as rendering.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TD_BIDIRECTIONAL` = `0x00000002`")]
    Bidirectional = 0x0000_0002,
    /// The tracks of a multitrack terminal go in different directions, some capturing and some
    /// rendering.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TD_MULTITRACK_MIXED` = `0x00000003`")]
    MultitrackMixed = 0x0000_0003,
    /// No direction is known or set for the terminal yet.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TD_NONE` = `0x00000004`")]
    None = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Direction of a media stream relative to the local computer, or the directions a terminal can handle.The stream is captured locally and sent to the remote end; a terminal with this direction can originate a stream.The stream comes from the remote end and is played locally; a terminal with this direction can render a stream.The terminal works in both directions, capturing as well as rendering.The tracks of a multitrack terminal go in different directions, some capturing and some rendering.No direction is known or set for the terminal yet."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Richtung eines Medienstroms, bezogen auf den lokalen Computer, oder die Richtungen, die ein Terminal unterstützt.Der Strom wird lokal erfasst und an die Gegenseite gesendet; ein Terminal mit dieser Richtung kann einen Strom erzeugen.Der Strom kommt von der Gegenseite und wird lokal wiedergegeben; ein Terminal mit dieser Richtung kann einen Strom wiedergeben.Das Terminal arbeitet in beiden Richtungen: Es erfasst und gibt auch wieder.Die Spuren eines Mehrspur-Terminals haben unterschiedliche Richtungen: Einige erfassen, andere geben wieder.Für das Terminal ist noch keine Richtung bekannt oder festgelegt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Sens d’un flux de média par rapport à l’ordinateur local, ou sens qu’un terminal peut prendre en charge.Le flux est capturé localement et envoyé à l’extrémité distante ; un terminal de ce sens peut produire un flux.Le flux provient de l’extrémité distante et est restitué localement ; un terminal de ce sens peut restituer un flux.Le terminal fonctionne dans les deux sens, en capture comme en restitution.Les pistes d’un terminal multipiste vont dans des sens différents, certaines en capture, d’autres en restitution.Aucun sens n’est encore connu ou défini pour le terminal."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "TerminalDirection",
            prefix: "TD_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("TERMINAL_DIRECTION"),
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "TD_CAPTURE",
                    "TD_RENDER",
                    "TD_BIDIRECTIONAL",
                    "TD_MULTITRACK_MIXED",
                    "TD_NONE",
                ],
                bits: &[0u64, 1u64, 2u64, 3u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0d\0\0\0\0\0\0\0r\0\0\0\0\0\0\0p\0\0\0\xFF\xFF\0\0\0\0d\0\0\0q\0\0\0r\0\0\0x\0\0\0p\0\0\0v\0\0\0\xFF\xFF\0\0\0\0\xD5\0\0\0o\0\0\0\xEA\0\0\0\x7F\0\0\0\xE6\0\0\0y\0\0\0\x03\x01\0\0\0\0D\x01\0\0F\0\0\0i\x01\0\0L\0\0\0_\x01\0\0K\0\0\0\x03\x01\0\0\0\0\x8A\x01\0\0b\0\0\0\xB5\x01\0\0l\0\0\0\xAA\x01\0\0v\0\0\0\x03\x01\0\0\0\0\xEC\x01\0\x002\0\0\0!\x02\0\0B\0\0\0 \x02\0\0<\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "TD_CAPTURE",
                        "TD_RENDER",
                        "TD_BIDIRECTIONAL",
                        "TD_MULTITRACK_MIXED",
                        "TD_NONE",
                        "CAPTURE",
                        "RENDER",
                        "BIDIRECTIONAL",
                        "MULTITRACK_MIXED",
                        "NONE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TD_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `TD_CAPTURE` | `0x00000000` |  |\n| `TD_RENDER` | `0x00000001` |  |\n| `TD_BIDIRECTIONAL` | `0x00000002` | TAPI 3.1 |\n| `TD_MULTITRACK_MIXED` | `0x00000003` | TAPI 3.1 |\n| `TD_NONE` | `0x00000004` | TAPI 3.1 |\n\n# Deutsch\n\nRichtung eines Medienstroms, bezogen auf den lokalen Computer, oder die Richtungen, die ein Terminal unterstützt.\n\n- `TD_CAPTURE`: Der Strom wird lokal erfasst und an die Gegenseite gesendet; ein Terminal mit dieser Richtung kann einen Strom erzeugen.\n- `TD_RENDER`: Der Strom kommt von der Gegenseite und wird lokal wiedergegeben; ein Terminal mit dieser Richtung kann einen Strom wiedergeben.\n- `TD_BIDIRECTIONAL`: Das Terminal arbeitet in beiden Richtungen: Es erfasst und gibt auch wieder.\n- `TD_MULTITRACK_MIXED`: Die Spuren eines Mehrspur-Terminals haben unterschiedliche Richtungen: Einige erfassen, andere geben wieder.\n- `TD_NONE`: Für das Terminal ist noch keine Richtung bekannt oder festgelegt.\n\n# Français\n\nSens d’un flux de média par rapport à l’ordinateur local, ou sens qu’un terminal peut prendre en charge.\n\n- `TD_CAPTURE`: Le flux est capturé localement et envoyé à l’extrémité distante ; un terminal de ce sens peut produire un flux.\n- `TD_RENDER`: Le flux provient de l’extrémité distante et est restitué localement ; un terminal de ce sens peut restituer un flux.\n- `TD_BIDIRECTIONAL`: Le terminal fonctionne dans les deux sens, en capture comme en restitution.\n- `TD_MULTITRACK_MIXED`: Les pistes d’un terminal multipiste vont dans des sens différents, certaines en capture, d’autres en restitution.\n- `TD_NONE`: Aucun sens n’est encore connu ou défini pour le terminal.\n"
    )]
    impl TerminalDirection {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Capture,
            Self::Render,
            Self::Bidirectional,
            Self::MultitrackMixed,
            Self::None,
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
                0 => __tapi::Some(Self::Capture),
                1 => __tapi::Some(Self::Render),
                2 => __tapi::Some(Self::Bidirectional),
                3 => __tapi::Some(Self::MultitrackMixed),
                4 => __tapi::Some(Self::None),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `TD_CAPTURE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for TerminalDirection {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<TerminalDirection> for ::core::primitive::i32 {
        #[inline]
        fn from(member: TerminalDirection) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for TerminalDirection {
        type Error = ::tapi_consts::UnknownValueError<TerminalDirection>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for TerminalDirection {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for TerminalDirection {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(TerminalDirection, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(TerminalDirection);
};
/// State of a file terminal, returned by `ITMediaControl::get_MediaState` and
/// `ITFileTerminalEvent::get_State`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum TerminalMediaState {
    /// Nothing is being played or recorded on the file terminal.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TMS_IDLE` = `0x00000000`")]
    Idle = 0x0000_0000,
    /// The file terminal is playing or recording.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TMS_ACTIVE` = `0x00000001`")]
    Active = 0x0000_0001,
    /// Playing or recording on the file terminal is suspended for now. `TMS_LASTITEM` has the
    /// same value.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TMS_PAUSED` = `0x00000002`")]
    Paused = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "State of a file terminal, returned by `ITMediaControl::get_MediaState` and `ITFileTerminalEvent::get_State`.Nothing is being played or recorded on the file terminal.The file terminal is playing or recording.Playing or recording on the file terminal is suspended for now. `TMS_LASTITEM` has the same value."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Zustand eines Dateiterminals, geliefert von `ITMediaControl::get_MediaState` und `ITFileTerminalEvent::get_State`.Auf dem Dateiterminal wird weder wiedergegeben noch aufgezeichnet.Das Dateiterminal gibt gerade wieder oder zeichnet auf.Wiedergabe oder Aufzeichnung auf dem Dateiterminal ist vorläufig angehalten. `TMS_LASTITEM` hat denselben Wert."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "État d’un terminal de fichier, renvoyé par `ITMediaControl::get_MediaState` et `ITFileTerminalEvent::get_State`.Le terminal de fichier n’effectue ni lecture ni enregistrement.Le terminal de fichier est en cours de lecture ou d’enregistrement.La lecture ou l’enregistrement du terminal de fichier est suspendu pour le moment. `TMS_LASTITEM` a la même valeur."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "TerminalMediaState",
            prefix: "TMS_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 1u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("TERMINAL_MEDIA_STATE"),
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["TMS_IDLE", "TMS_ACTIVE", "TMS_PAUSED"],
                bits: &[0u64, 1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0l\0\0\0\0\0\0\0r\0\0\0\0\0\0\0t\0\0\0\xFF\xFF\0\0\0\0l\0\0\09\0\0\0r\0\0\0B\0\0\0t\0\0\0A\0\0\0\xFF\xFF\0\0\0\0\xA5\0\0\0*\0\0\0\xB4\0\0\x007\0\0\0\xB5\0\0\0E\0\0\0\xFF\xFF\x06\0\x01\0\xCF\0\0\0b\0\0\0\xEB\0\0\0p\0\0\0\xFA\0\0\0v\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "TMS_IDLE",
                        "TMS_ACTIVE",
                        "TMS_PAUSED",
                        "IDLE",
                        "ACTIVE",
                        "PAUSED",
                        "LASTITEM",
                        "TMS_LASTITEM",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 16240640158330268813u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x02\0\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TMS_` family (enumeration, `i32`); requires TAPI 3.1; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `TMS_IDLE` | `0x00000000` |\n| `TMS_ACTIVE` | `0x00000001` |\n| `TMS_PAUSED`<br>alias `TMS_LASTITEM` | `0x00000002` |\n\n# Deutsch\n\nZustand eines Dateiterminals, geliefert von `ITMediaControl::get_MediaState` und `ITFileTerminalEvent::get_State`.\n\n- `TMS_IDLE`: Auf dem Dateiterminal wird weder wiedergegeben noch aufgezeichnet.\n- `TMS_ACTIVE`: Das Dateiterminal gibt gerade wieder oder zeichnet auf.\n- `TMS_PAUSED`: Wiedergabe oder Aufzeichnung auf dem Dateiterminal ist vorläufig angehalten. `TMS_LASTITEM` hat denselben Wert.\n\n# Français\n\nÉtat d’un terminal de fichier, renvoyé par `ITMediaControl::get_MediaState` et `ITFileTerminalEvent::get_State`.\n\n- `TMS_IDLE`: Le terminal de fichier n’effectue ni lecture ni enregistrement.\n- `TMS_ACTIVE`: Le terminal de fichier est en cours de lecture ou d’enregistrement.\n- `TMS_PAUSED`: La lecture ou l’enregistrement du terminal de fichier est suspendu pour le moment. `TMS_LASTITEM` a la même valeur.\n"
    )]
    impl TerminalMediaState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Idle, Self::Active, Self::Paused];
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
                0 => __tapi::Some(Self::Idle),
                1 => __tapi::Some(Self::Active),
                2 => __tapi::Some(Self::Paused),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `TMS_IDLE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for TerminalMediaState {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<TerminalMediaState> for ::core::primitive::i32 {
        #[inline]
        fn from(member: TerminalMediaState) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for TerminalMediaState {
        type Error = ::tapi_consts::UnknownValueError<TerminalMediaState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for TerminalMediaState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for TerminalMediaState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(TerminalMediaState, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(TerminalMediaState);
};
/// Whether a terminal is in use, as returned by `ITTerminal::get_State`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum TerminalState {
    /// The terminal is in use.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TS_INUSE` = `0x00000000`")]
    InUse = 0x0000_0000,
    /// The terminal is not in use.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TS_NOTINUSE` = `0x00000001`")]
    NotInUse = 0x0000_0001,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Whether a terminal is in use, as returned by `ITTerminal::get_State`.The terminal is in use.The terminal is not in use."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Gibt an, ob ein Terminal in Gebrauch ist, wie `ITTerminal::get_State` es liefert.Das Terminal ist in Gebrauch.Das Terminal ist nicht in Gebrauch."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Indique si un terminal est utilisé, comme le renvoie `ITTerminal::get_State`.Le terminal est en cours d’utilisation.Le terminal n’est pas utilisé."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "TerminalState",
            prefix: "TS_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("TERMINAL_STATE"),
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["TS_INUSE", "TS_NOTINUSE"],
                bits: &[0u64, 1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0E\0\0\0\0\0\0\0Q\0\0\0\0\0\0\0N\0\0\0\xFF\xFF\0\0\0\0E\0\0\0\x17\0\0\0Q\0\0\0\x1D\0\0\0N\0\0\0)\0\0\0\xFF\xFF\0\0\0\0\\\0\0\0\x1B\0\0\0n\0\0\0#\0\0\0w\0\0\0!\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &["TS_INUSE", "TS_NOTINUSE", "INUSE", "NOTINUSE"],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TS_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `TS_INUSE` | `0x00000000` |\n| `TS_NOTINUSE` | `0x00000001` |\n\n# Deutsch\n\nGibt an, ob ein Terminal in Gebrauch ist, wie `ITTerminal::get_State` es liefert.\n\n- `TS_INUSE`: Das Terminal ist in Gebrauch.\n- `TS_NOTINUSE`: Das Terminal ist nicht in Gebrauch.\n\n# Français\n\nIndique si un terminal est utilisé, comme le renvoie `ITTerminal::get_State`.\n\n- `TS_INUSE`: Le terminal est en cours d’utilisation.\n- `TS_NOTINUSE`: Le terminal n’est pas utilisé.\n"
    )]
    impl TerminalState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::InUse, Self::NotInUse];
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
                0 => __tapi::Some(Self::InUse),
                1 => __tapi::Some(Self::NotInUse),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `TS_INUSE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for TerminalState {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<TerminalState> for ::core::primitive::i32 {
        #[inline]
        fn from(member: TerminalState) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for TerminalState {
        type Error = ::tapi_consts::UnknownValueError<TerminalState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for TerminalState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for TerminalState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(TerminalState, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(TerminalState);
};
/// Whether a terminal is static or dynamic, as returned by `ITTerminal::get_TerminalType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum TerminalType {
    /// The terminal stands for a hardware device; TAPI enumerates it, and it cannot be created.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TT_STATIC` = `0x00000000`")]
    Static = 0x0000_0000,
    /// The application creates the terminal with `ITTerminalSupport::CreateTerminal` before
    /// using it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TT_DYNAMIC` = `0x00000001`")]
    Dynamic = 0x0000_0001,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Whether a terminal is static or dynamic, as returned by `ITTerminal::get_TerminalType`.The terminal stands for a hardware device; TAPI enumerates it, and it cannot be created.The application creates the terminal with `ITTerminalSupport::CreateTerminal` before using it."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Gibt an, ob ein Terminal statisch oder dynamisch ist, wie `ITTerminal::get_TerminalType` es liefert.Das Terminal steht für ein Hardwaregerät; TAPI zählt es auf, und es kann nicht angelegt werden.Die Anwendung legt das Terminal mit `ITTerminalSupport::CreateTerminal` an, bevor sie es verwendet."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Indique si un terminal est statique ou dynamique, comme le renvoie `ITTerminal::get_TerminalType`.Le terminal représente un périphérique matériel ; TAPI l’énumère, et il ne peut pas être créé.L’application crée le terminal avec `ITTerminalSupport::CreateTerminal` avant de s’en servir."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "TerminalType",
            prefix: "TT_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::i32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3if.h"),
            c_type: __tapi::Some("TERMINAL_TYPE"),
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["TT_STATIC", "TT_DYNAMIC"],
                bits: &[0u64, 1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0W\0\0\0\0\0\0\0d\0\0\0\0\0\0\0b\0\0\0\xFF\xFF\0\0\0\0W\0\0\0X\0\0\0d\0\0\0b\0\0\0b\0\0\0i\0\0\0\xFF\xFF\0\0\0\0\xAF\0\0\0^\0\0\0\xC6\0\0\0c\0\0\0\xCB\0\0\0b\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &["TT_STATIC", "TT_DYNAMIC", "STATIC", "DYNAMIC"],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TT_` family (enumeration, `i32`); requires TAPI 3.0; defined in `Tapi3if.h`.\n\n| Constant | Value |\n|---|---|\n| `TT_STATIC` | `0x00000000` |\n| `TT_DYNAMIC` | `0x00000001` |\n\n# Deutsch\n\nGibt an, ob ein Terminal statisch oder dynamisch ist, wie `ITTerminal::get_TerminalType` es liefert.\n\n- `TT_STATIC`: Das Terminal steht für ein Hardwaregerät; TAPI zählt es auf, und es kann nicht angelegt werden.\n- `TT_DYNAMIC`: Die Anwendung legt das Terminal mit `ITTerminalSupport::CreateTerminal` an, bevor sie es verwendet.\n\n# Français\n\nIndique si un terminal est statique ou dynamique, comme le renvoie `ITTerminal::get_TerminalType`.\n\n- `TT_STATIC`: Le terminal représente un périphérique matériel ; TAPI l’énumère, et il ne peut pas être créé.\n- `TT_DYNAMIC`: L’application crée le terminal avec `ITTerminalSupport::CreateTerminal` avant de s’en servir.\n"
    )]
    impl TerminalType {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Static, Self::Dynamic];
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
                0 => __tapi::Some(Self::Static),
                1 => __tapi::Some(Self::Dynamic),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `TT_STATIC`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for TerminalType {
        type Repr = ::core::primitive::i32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<TerminalType> for ::core::primitive::i32 {
        #[inline]
        fn from(member: TerminalType) -> Self {
            member as ::core::primitive::i32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::i32> for TerminalType {
        type Error = ::tapi_consts::UnknownValueError<TerminalType>;
        #[inline]
        fn try_from(
            value: ::core::primitive::i32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for TerminalType {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for TerminalType {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(TerminalType, ::core::primitive::i32);
    ::tapi_consts::__tapi_optional_impls!(TerminalType);
};
/// Media types of TAPI 3, combined into masks such as the one `ITMediaSupport::get_MediaTypes`
/// returns, or given one at a time, as to `ITTerminalSupport::CreateTerminal`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum TapiMediaType {
    /// An audio stream entering or leaving the computer, usually played on speakers or a handset
    /// and captured from a microphone or handset.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIMEDIATYPE_AUDIO` = `0x00000008`")]
    Audio = 0x0000_0008,
    /// A data stream carried by a data modem session.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIMEDIATYPE_DATAMODEM` = `0x00000010`")]
    DataModem = 0x0000_0010,
    /// A data stream carrying a Group 3 fax.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIMEDIATYPE_G3FAX` = `0x00000020`")]
    G3Fax = 0x0000_0020,
    /// A video stream entering or leaving the computer, usually shown in a window and captured
    /// with a camera.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIMEDIATYPE_VIDEO` = `0x00008000`")]
    Video = 0x0000_8000,
    /// A stream that belongs to a multitrack terminal.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPIMEDIATYPE_MULTITRACK` = `0x00010000`")]
    Multitrack = 0x0001_0000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Media types of TAPI 3, combined into masks such as the one `ITMediaSupport::get_MediaTypes` returns, or given one at a time, as to `ITTerminalSupport::CreateTerminal`.An audio stream entering or leaving the computer, usually played on speakers or a handset and captured from a microphone or handset.A data stream carried by a data modem session.A data stream carrying a Group 3 fax.A video stream entering or leaving the computer, usually shown in a window and captured with a camera.A stream that belongs to a multitrack terminal."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Medientypen von TAPI 3, zu Masken kombiniert wie der, die `ITMediaSupport::get_MediaTypes` liefert, oder einzeln angegeben, etwa bei `ITTerminalSupport::CreateTerminal`.Ein Audiostrom, der in den Computer eingeht oder ihn verlässt, meist über Lautsprecher oder einen Hörer wiedergegeben und über ein Mikrofon oder einen Hörer erfasst.Ein Datenstrom, der über eine Datenmodemsitzung übertragen wird.Ein Datenstrom, der ein Fax der Gruppe 3 überträgt.Ein Videostrom, der in den Computer eingeht oder ihn verlässt, meist in einem Fenster angezeigt und mit einer Kamera erfasst.Ein Strom, der zu einem Mehrspur-Terminal gehört."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de média de TAPI 3, combinés en masques comme celui que renvoie `ITMediaSupport::get_MediaTypes`, ou passés un par un, comme à `ITTerminalSupport::CreateTerminal`.Un flux audio qui entre dans l’ordinateur ou en sort, restitué en général sur des haut-parleurs ou un combiné et capturé par un microphone ou un combiné.Un flux de données transporté par une session de modem de données.Un flux de données qui transporte une télécopie du groupe 3.Un flux vidéo qui entre dans l’ordinateur ou en sort, affiché en général dans une fenêtre et capturé par une caméra.Un flux qui appartient à un terminal multipiste."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "TapiMediaType",
            prefix: "TAPIMEDIATYPE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(3u8, 0u8)),
            header: __tapi::Some("Tapi3.h"),
            c_type: __tapi::None,
            known_bits: 98360u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "TAPIMEDIATYPE_AUDIO",
                    "TAPIMEDIATYPE_DATAMODEM",
                    "TAPIMEDIATYPE_G3FAX",
                    "TAPIMEDIATYPE_VIDEO",
                    "TAPIMEDIATYPE_MULTITRACK",
                ],
                bits: &[8u64, 16u64, 32u64, 32768u64, 65536u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xA7\0\0\0\0\0\0\0\xA9\0\0\0\0\0\0\0\xAD\0\0\0\xFF\xFF\0\0\0\0\xA7\0\0\0\x84\0\0\0\xA9\0\0\0\xAA\0\0\0\xAD\0\0\0\xA1\0\0\0\xFF\xFF\0\0\0\0+\x01\0\0.\0\0\0S\x01\0\0B\0\0\0N\x01\0\0E\0\0\0\xFF\xFF\0\0\0\0Y\x01\0\0%\0\0\0\x95\x01\0\x005\0\0\0\x93\x01\0\0?\0\0\0\xFF\xFF\0\0\0\0~\x01\0\0f\0\0\0\xCA\x01\0\0~\0\0\0\xD2\x01\0\0}\0\0\0\x03\x01\0\0\0\0\xE4\x01\0\0/\0\0\0H\x02\0\x002\0\0\0O\x02\0\x001\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "TAPIMEDIATYPE_AUDIO",
                        "TAPIMEDIATYPE_DATAMODEM",
                        "TAPIMEDIATYPE_G3FAX",
                        "TAPIMEDIATYPE_VIDEO",
                        "TAPIMEDIATYPE_MULTITRACK",
                        "AUDIO",
                        "DATAMODEM",
                        "G3FAX",
                        "VIDEO",
                        "MULTITRACK",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        "",
                        "",
                        "",
                        " | TAPIMEDIATYPE_AUDIO",
                        " | TAPIMEDIATYPE_DATAMODEM",
                        " | TAPIMEDIATYPE_G3FAX",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        " | TAPIMEDIATYPE_VIDEO",
                        " | TAPIMEDIATYPE_MULTITRACK",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\x05\0\0\0\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\t\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TAPIMEDIATYPE_` family (bit flags, `u32`); requires TAPI 3.0; defined in `Tapi3.h`.\n\nA set of them is a [`Flags<TapiMediaType>`](::tapi_consts::Flags), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `TAPIMEDIATYPE_AUDIO` | `0x00000008` |  |\n| `TAPIMEDIATYPE_DATAMODEM` | `0x00000010` |  |\n| `TAPIMEDIATYPE_G3FAX` | `0x00000020` |  |\n| `TAPIMEDIATYPE_VIDEO` | `0x00008000` |  |\n| `TAPIMEDIATYPE_MULTITRACK` | `0x00010000` | TAPI 3.1 |\n\n# Deutsch\n\nMedientypen von TAPI 3, zu Masken kombiniert wie der, die `ITMediaSupport::get_MediaTypes` liefert, oder einzeln angegeben, etwa bei `ITTerminalSupport::CreateTerminal`.\n\n- `TAPIMEDIATYPE_AUDIO`: Ein Audiostrom, der in den Computer eingeht oder ihn verlässt, meist über Lautsprecher oder einen Hörer wiedergegeben und über ein Mikrofon oder einen Hörer erfasst.\n- `TAPIMEDIATYPE_DATAMODEM`: Ein Datenstrom, der über eine Datenmodemsitzung übertragen wird.\n- `TAPIMEDIATYPE_G3FAX`: Ein Datenstrom, der ein Fax der Gruppe 3 überträgt.\n- `TAPIMEDIATYPE_VIDEO`: Ein Videostrom, der in den Computer eingeht oder ihn verlässt, meist in einem Fenster angezeigt und mit einer Kamera erfasst.\n- `TAPIMEDIATYPE_MULTITRACK`: Ein Strom, der zu einem Mehrspur-Terminal gehört.\n\n# Français\n\nTypes de média de TAPI 3, combinés en masques comme celui que renvoie `ITMediaSupport::get_MediaTypes`, ou passés un par un, comme à `ITTerminalSupport::CreateTerminal`.\n\n- `TAPIMEDIATYPE_AUDIO`: Un flux audio qui entre dans l’ordinateur ou en sort, restitué en général sur des haut-parleurs ou un combiné et capturé par un microphone ou un combiné.\n- `TAPIMEDIATYPE_DATAMODEM`: Un flux de données transporté par une session de modem de données.\n- `TAPIMEDIATYPE_G3FAX`: Un flux de données qui transporte une télécopie du groupe 3.\n- `TAPIMEDIATYPE_VIDEO`: Un flux vidéo qui entre dans l’ordinateur ou en sort, affiché en général dans une fenêtre et capturé par une caméra.\n- `TAPIMEDIATYPE_MULTITRACK`: Un flux qui appartient à un terminal multipiste.\n"
    )]
    impl TapiMediaType {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Audio,
            Self::DataModem,
            Self::G3Fax,
            Self::Video,
            Self::Multitrack,
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
                8 => __tapi::Some(Self::Audio),
                16 => __tapi::Some(Self::DataModem),
                32 => __tapi::Some(Self::G3Fax),
                32768 => __tapi::Some(Self::Video),
                65536 => __tapi::Some(Self::Multitrack),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `TAPIMEDIATYPE_AUDIO`; `{:#}` in `format!` gives the short name.
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
                    b"\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bits.trailing_zeros() as ::core::primitive::usize,
                )
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for TapiMediaType {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<TapiMediaType> for ::core::primitive::u32 {
        #[inline]
        fn from(member: TapiMediaType) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for TapiMediaType {
        type Error = ::tapi_consts::UnknownValueError<TapiMediaType>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for TapiMediaType {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for TapiMediaType {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for TapiMediaType {}
    #[automatically_derived]
    impl ::core::ops::BitOr for TapiMediaType {
        type Output = ::tapi_consts::Flags<TapiMediaType>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<TapiMediaType> {
            <::tapi_consts::Flags<
                TapiMediaType,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<TapiMediaType>> for TapiMediaType {
        type Output = ::tapi_consts::Flags<TapiMediaType>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<TapiMediaType>,
        ) -> ::tapi_consts::Flags<TapiMediaType> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(TapiMediaType, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(TapiMediaType);
};
