// @generated from tapi-consts/families/initialize.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Starting TAPI: versions (`TAPI_`, `INITIALIZE_`) and `lineInitializeEx`/`phoneInitializeEx` options.
#[cfg(doc)]
use crate::families::LineInitializeExOptionSet;
/// Miscellaneous values that `tapi.h` defines under the bare `TAPI_` prefix.
///
/// The family groups two unrelated numbers: the API version the header targets by default,
/// and an obsolete window message number from TAPI 1.x Assisted Telephony.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum Tapi {
    /// The TAPI version the header is written for, encoded with the major version in the high
    /// word and the minor version in the low word: `0x00030001` is TAPI 3.1. windows-sys
    /// defines the same name as `0x00020002` (TAPI 2.2).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_CURRENT_VERSION` = `0x00030001`")]
    CurrentVersion = 0x0003_0001,
    /// Window message number (`WM_USER + 99`) once posted to an application's window to report
    /// the outcome of an asynchronous Assisted Telephony request. Obsolete: current TAPI
    /// versions do not send it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`TAPI_REPLY` = `0x00000463`")]
    Reply = 0x0000_0463,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Miscellaneous values that `tapi.h` defines under the bare `TAPI_` prefix.\n\nThe family groups two unrelated numbers: the API version the header targets by default, and an obsolete window message number from TAPI 1.x Assisted Telephony.The TAPI version the header is written for, encoded with the major version in the high word and the minor version in the low word: `0x00030001` is TAPI 3.1. windows-sys defines the same name as `0x00020002` (TAPI 2.2).Window message number (`WM_USER + 99`) once posted to an application's window to report the outcome of an asynchronous Assisted Telephony request. Obsolete: current TAPI versions do not send it."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Verschiedene Werte, die `tapi.h` unter dem bloßen Präfix `TAPI_` definiert.TAPI-Version, für die der Header geschrieben ist, kodiert mit der Hauptversion im höherwertigen Wort und der Nebenversion im niederwertigen Wort: `0x00030001` steht für TAPI 3.1. windows-sys definiert denselben Namen als `0x00020002` (TAPI 2.2).Nummer einer Fensternachricht (`WM_USER + 99`), die früher an das Fenster einer Anwendung gesendet wurde, um ihr das Ergebnis einer asynchronen Anforderung der unterstützten Telefonie mitzuteilen. Veraltet: Aktuelle TAPI-Versionen senden sie nicht mehr."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Valeurs diverses que `tapi.h` définit sous le simple préfixe `TAPI_`.Version de TAPI pour laquelle l’en-tête est écrit, codée avec la version majeure dans le mot de poids fort et la version mineure dans le mot de poids faible : `0x00030001` correspond à TAPI 3.1. windows-sys définit ce même nom à `0x00020002` (TAPI 2.2).Numéro de message de fenêtre (`WM_USER + 99`) autrefois posté à la fenêtre d’une application pour lui communiquer l’issue d’une requête asynchrone de téléphonie assistée. Obsolète : les versions actuelles de TAPI ne l’envoient plus."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "Tapi",
            prefix: "TAPI_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::None,
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 197731u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["TAPI_CURRENT_VERSION", "TAPI_REPLY"],
                bits: &[196609u64, 1123u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xEA\0\0\0\0\0\0\0M\0\0\0\0\0\0\0G\0\0\0\xFF\xFF\0\0\0\0\xEA\0\0\0\xDA\0\0\0M\0\0\0\xF8\0\0\0G\0\0\0\x06\x01\0\0\xFF\xFF\0\0\0\0\xC4\x01\0\0\xC2\0\0\0E\x01\0\0\xFF\0\0\0M\x01\0\0\xFA\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "TAPI_CURRENT_VERSION",
                        "TAPI_REPLY",
                        "CURRENT_VERSION",
                        "REPLY",
                    ],
                    by_value: b"\x01\0\0\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `TAPI_` family (enumeration, `u32`); defined in `tapi.h`.\n\n| Constant | Value |\n|---|---|\n| `TAPI_CURRENT_VERSION` | `0x00030001` |\n| `TAPI_REPLY` | `0x00000463` |\n\n# Deutsch\n\nVerschiedene Werte, die `tapi.h` unter dem bloßen Präfix `TAPI_` definiert.\n\n- `TAPI_CURRENT_VERSION`: TAPI-Version, für die der Header geschrieben ist, kodiert mit der Hauptversion im höherwertigen Wort und der Nebenversion im niederwertigen Wort: `0x00030001` steht für TAPI 3.1. windows-sys definiert denselben Namen als `0x00020002` (TAPI 2.2).\n- `TAPI_REPLY`: Nummer einer Fensternachricht (`WM_USER + 99`), die früher an das Fenster einer Anwendung gesendet wurde, um ihr das Ergebnis einer asynchronen Anforderung der unterstützten Telefonie mitzuteilen. Veraltet: Aktuelle TAPI-Versionen senden sie nicht mehr.\n\n# Français\n\nValeurs diverses que `tapi.h` définit sous le simple préfixe `TAPI_`.\n\n- `TAPI_CURRENT_VERSION`: Version de TAPI pour laquelle l’en-tête est écrit, codée avec la version majeure dans le mot de poids fort et la version mineure dans le mot de poids faible : `0x00030001` correspond à TAPI 3.1. windows-sys définit ce même nom à `0x00020002` (TAPI 2.2).\n- `TAPI_REPLY`: Numéro de message de fenêtre (`WM_USER + 99`) autrefois posté à la fenêtre d’une application pour lui communiquer l’issue d’une requête asynchrone de téléphonie assistée. Obsolète : les versions actuelles de TAPI ne l’envoient plus.\n"
    )]
    impl Tapi {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::CurrentVersion, Self::Reply];
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
                196609 => __tapi::Some(Self::CurrentVersion),
                1123 => __tapi::Some(Self::Reply),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `TAPI_CURRENT_VERSION`; `{:#}` in `format!` gives the short name.
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
                Self::CurrentVersion => 0usize,
                Self::Reply => 1usize,
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for Tapi {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<Tapi> for ::core::primitive::u32 {
        #[inline]
        fn from(member: Tapi) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for Tapi {
        type Error = ::tapi_consts::UnknownValueError<Tapi>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Tapi {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Tapi {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(Tapi, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(Tapi);
};
///The `TAPI_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_tapi {
    #[cfg_attr(
        doc,
        doc = "The value of [`Tapi::CurrentVersion`](super::Tapi::CurrentVersion)."
    )]
    pub const TAPI_CURRENT_VERSION: ::core::primitive::u32 = 196609;
    #[cfg_attr(doc, doc = "The value of [`Tapi::Reply`](super::Tapi::Reply).")]
    pub const TAPI_REPLY: ::core::primitive::u32 = 1123;
}
/// Special device identifier used in version negotiation between TAPI and a service provider.
///
/// It appears as the `dwDeviceID` argument of the service provider functions
/// `TSPI_lineNegotiateTSPIVersion` and `TSPI_phoneNegotiateTSPIVersion`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum Initialize {
    /// Passed in place of a real device identifier when TAPI negotiates the TSPI interface
    /// version with a service provider as a whole, before and independently of any particular
    /// line or phone device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`INITIALIZE_NEGOTIATION` = `0xFFFFFFFF`")]
    Negotiation = 0xFFFF_FFFF,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Special device identifier used in version negotiation between TAPI and a service provider.\n\nIt appears as the `dwDeviceID` argument of the service provider functions `TSPI_lineNegotiateTSPIVersion` and `TSPI_phoneNegotiateTSPIVersion`.Passed in place of a real device identifier when TAPI negotiates the TSPI interface version with a service provider as a whole, before and independently of any particular line or phone device."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Besondere Gerätekennung, die beim Aushandeln der Version zwischen TAPI und einem Dienstanbieter verwendet wird, im Argument `dwDeviceID` von `TSPI_lineNegotiateTSPIVersion` und `TSPI_phoneNegotiateTSPIVersion`.Wird anstelle einer echten Gerätekennung übergeben, wenn TAPI die Version der TSPI-Schnittstelle mit dem Dienstanbieter als Ganzem aushandelt, vor und unabhängig von einem bestimmten Leitungs- oder Telefongerät."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Identifiant de périphérique spécial utilisé lors de la négociation de version entre TAPI et un fournisseur de services, dans l’argument `dwDeviceID` de `TSPI_lineNegotiateTSPIVersion` et `TSPI_phoneNegotiateTSPIVersion`.Passé à la place d’un véritable identifiant de périphérique lorsque TAPI négocie la version de l’interface TSPI avec le fournisseur de services dans son ensemble, avant et indépendamment de tout périphérique de ligne ou téléphonique particulier."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "Initialize",
            prefix: "INITIALIZE_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::None,
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 4294967295u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["INITIALIZE_NEGOTIATION"],
                bits: &[4294967295u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xEB\0\0\0\0\0\0\0\xD3\0\0\0\0\0\0\0\xE3\0\0\0\xFF\xFF\0\0\0\0\xEB\0\0\0\xC0\0\0\0\xD3\0\0\0\xD7\0\0\0\xE3\0\0\0\x04\x01\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &["INITIALIZE_NEGOTIATION", "NEGOTIATION"],
                    by_value: b"\0\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 60u32,
                        slots: b"\x01\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `INITIALIZE_` family (enumeration, `u32`); defined in `tapi.h`.\n\n| Constant | Value |\n|---|---|\n| `INITIALIZE_NEGOTIATION` | `0xFFFFFFFF` |\n\n# Deutsch\n\nBesondere Gerätekennung, die beim Aushandeln der Version zwischen TAPI und einem Dienstanbieter verwendet wird, im Argument `dwDeviceID` von `TSPI_lineNegotiateTSPIVersion` und `TSPI_phoneNegotiateTSPIVersion`.\n\n- `INITIALIZE_NEGOTIATION`: Wird anstelle einer echten Gerätekennung übergeben, wenn TAPI die Version der TSPI-Schnittstelle mit dem Dienstanbieter als Ganzem aushandelt, vor und unabhängig von einem bestimmten Leitungs- oder Telefongerät.\n\n# Français\n\nIdentifiant de périphérique spécial utilisé lors de la négociation de version entre TAPI et un fournisseur de services, dans l’argument `dwDeviceID` de `TSPI_lineNegotiateTSPIVersion` et `TSPI_phoneNegotiateTSPIVersion`.\n\n- `INITIALIZE_NEGOTIATION`: Passé à la place d’un véritable identifiant de périphérique lorsque TAPI négocie la version de l’interface TSPI avec le fournisseur de services dans son ensemble, avant et indépendamment de tout périphérique de ligne ou téléphonique particulier.\n"
    )]
    impl Initialize {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Negotiation];
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
                4294967295 => __tapi::Some(Self::Negotiation),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `INITIALIZE_NEGOTIATION`; `{:#}` in `format!` gives the short name.
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
            (self as ::core::primitive::u32).wrapping_sub(4294967295)
                as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for Initialize {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<Initialize> for ::core::primitive::u32 {
        #[inline]
        fn from(member: Initialize) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for Initialize {
        type Error = ::tapi_consts::UnknownValueError<Initialize>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Initialize {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Initialize {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(Initialize, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(Initialize);
};
///The `INITIALIZE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_initialize {
    #[cfg_attr(
        doc,
        doc = "The value of [`Initialize::Negotiation`](super::Initialize::Negotiation)."
    )]
    pub const INITIALIZE_NEGOTIATION: ::core::primitive::u32 = 4294967295;
}
/// How TAPI should deliver event notifications to an application that initializes with
/// `lineInitializeEx`.
///
/// Passed in `dwOptions` of `LINEINITIALIZEEXPARAMS`. The first three values select one delivery
/// mechanism; `CALLHUBTRACKING` is a separate high bit that the API lets an application combine
/// with one of them.
///
/// Modelled as a [`Kind::Mixed`](crate::Kind::Mixed) family: the three mechanisms are
/// `selector` members (one value of the low bits at a time) and `CALLHUBTRACKING` a flag, so
/// [`LineInitializeExOptionSet`] parses and prints both parts:
/// `LINEINITIALIZEEXOPTION_USEEVENT | LINEINITIALIZEEXOPTION_CALLHUBTRACKING` is `0x80000002`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineInitializeExOption {
    /// TAPI creates a hidden window in the application and calls the application's callback
    /// function through it, as with the older `lineInitialize`. Requires TAPI 2.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEINITIALIZEEXOPTION_USEHIDDENWINDOW` = `0x00000001`")]
    UseHiddenWindow = 0x0000_0001,
    /// TAPI signals an event handle that it returns to the application, which then fetches
    /// messages with `lineGetMessage`. Requires TAPI 2.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEINITIALIZEEXOPTION_USEEVENT` = `0x00000002`")]
    UseEvent = 0x0000_0002,
    /// TAPI posts each message to an I/O completion port supplied by the application, tagged with
    /// the application's completion key. Requires TAPI 2.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEINITIALIZEEXOPTION_USECOMPLETIONPORT` = `0x00000003`")]
    UseCompletionPort = 0x0000_0003,
    /// The application also wants call hub tracking events. Available only when TAPI 3.0 or later
    /// is negotiated.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEINITIALIZEEXOPTION_CALLHUBTRACKING` = `0x80000000`")]
    CallHubTracking = 0x8000_0000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "How TAPI should deliver event notifications to an application that initializes with `lineInitializeEx`.\n\nPassed in `dwOptions` of `LINEINITIALIZEEXPARAMS`. The first three values select one delivery mechanism; `CALLHUBTRACKING` is a separate high bit that the API lets an application combine with one of them.\n\nModelled as a [`Kind::Mixed`](crate::Kind::Mixed) family: the three mechanisms are `selector` members (one value of the low bits at a time) and `CALLHUBTRACKING` a flag, so [`LineInitializeExOptionSet`] parses and prints both parts: `LINEINITIALIZEEXOPTION_USEEVENT | LINEINITIALIZEEXOPTION_CALLHUBTRACKING` is `0x80000002`.TAPI creates a hidden window in the application and calls the application's callback function through it, as with the older `lineInitialize`. Requires TAPI 2.0 or later.TAPI signals an event handle that it returns to the application, which then fetches messages with `lineGetMessage`. Requires TAPI 2.0 or later.TAPI posts each message to an I/O completion port supplied by the application, tagged with the application's completion key. Requires TAPI 2.0 or later.The application also wants call hub tracking events. Available only when TAPI 3.0 or later is negotiated."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Art und Weise, wie TAPI einer Anwendung, die sich mit `lineInitializeEx` initialisiert, Ereignisbenachrichtigungen zustellen soll. Wird in `dwOptions` von `LINEINITIALIZEEXPARAMS` übergeben. Die ersten drei Werte wählen einen Zustellmechanismus; `CALLHUBTRACKING` ist ein eigenes höherwertiges Bit, das die API mit einem von ihnen kombinieren lässt.TAPI erstellt in der Anwendung ein verborgenes Fenster und ruft darüber die Callback-Funktion der Anwendung auf, wie beim älteren `lineInitialize`. Erfordert TAPI 2.0 oder höher.TAPI signalisiert ein Ereignishandle, das es der Anwendung zurückgibt; die Anwendung holt die Nachrichten dann mit `lineGetMessage` ab. Erfordert TAPI 2.0 oder höher.TAPI stellt jede Nachricht über einen von der Anwendung bereitgestellten E/A-Abschlussport zu, versehen mit dem Abschlussschlüssel der Anwendung. Erfordert TAPI 2.0 oder höher.Die Anwendung möchte zusätzlich Ereignisse der Anrufhub-Verfolgung erhalten. Nur verfügbar, wenn TAPI 3.0 oder höher ausgehandelt wurde."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Manière dont TAPI doit transmettre les notifications d’événements à une application qui s’initialise avec `lineInitializeEx`. Passée dans `dwOptions` de `LINEINITIALIZEEXPARAMS`. Les trois premières valeurs choisissent un mécanisme de transmission ; `CALLHUBTRACKING` est un bit de poids fort distinct que l’API permet de combiner avec l’un d’eux.TAPI crée une fenêtre masquée dans l’application et appelle par son intermédiaire la fonction de rappel de l’application, comme avec l’ancienne `lineInitialize`. Nécessite TAPI 2.0 ou une version ultérieure.TAPI signale un handle d’événement qu’il remet à l’application, laquelle récupère ensuite les messages avec `lineGetMessage`. Nécessite TAPI 2.0 ou une version ultérieure.TAPI dépose chaque message dans un port de terminaison d’E/S fourni par l’application, accompagné de la clé de terminaison choisie par celle-ci. Nécessite TAPI 2.0 ou une version ultérieure.L’application souhaite en outre recevoir les événements de suivi des concentrateurs d’appels. Disponible uniquement si TAPI 3.0 ou une version ultérieure est négociée."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineInitializeExOption",
            prefix: "LINEINITIALIZEEXOPTION_",
            kind: __tapi::Kind::Mixed,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 2147483651u64,
            selector_mask: 3u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEINITIALIZEEXOPTION_USEHIDDENWINDOW",
                    "LINEINITIALIZEEXOPTION_USEEVENT",
                    "LINEINITIALIZEEXOPTION_USECOMPLETIONPORT",
                    "LINEINITIALIZEEXOPTION_CALLHUBTRACKING",
                ],
                bits: &[1u64, 2u64, 3u64, 2147483648u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0{\x02\0\0\0\0\0\0a\x01\0\0\0\0\0\0l\x01\0\0\x02\0\0\0\0\0{\x02\0\0\xA9\0\0\0a\x01\0\0\xB5\0\0\0l\x01\0\0\xDB\0\0\0\x02\0\0\0\0\0$\x03\0\0\x8F\0\0\0\x16\x02\0\0\xA8\0\0\0G\x02\0\0\xB8\0\0\0\x02\0\0\0\0\0\xB3\x03\0\0\x98\0\0\0\xBE\x02\0\0\xB3\0\0\0\xFF\x02\0\0\xC7\0\0\0\x03\0\0\0\0\0K\x04\0\0i\0\0\0q\x03\0\0\x8C\0\0\0\xC6\x03\0\0\xB0\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEINITIALIZEEXOPTION_USEHIDDENWINDOW",
                        "LINEINITIALIZEEXOPTION_USEEVENT",
                        "LINEINITIALIZEEXOPTION_USECOMPLETIONPORT",
                        "LINEINITIALIZEEXOPTION_CALLHUBTRACKING",
                        "USEHIDDENWINDOW",
                        "USEEVENT",
                        "USECOMPLETIONPORT",
                        "CALLHUBTRACKING",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0",
                    bit_terms: &[
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        " | LINEINITIALIZEEXOPTION_CALLHUBTRACKING",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x03\0\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEINITIALIZEEXOPTION_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineInitializeExOption>`](::tapi_consts::Flags), named [`LineInitializeExOptionSet`](crate::families::LineInitializeExOptionSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEINITIALIZEEXOPTION_USEHIDDENWINDOW` | `0x00000001` | TAPI 2.0 |\n| `LINEINITIALIZEEXOPTION_USEEVENT` | `0x00000002` | TAPI 2.0 |\n| `LINEINITIALIZEEXOPTION_USECOMPLETIONPORT` | `0x00000003` | TAPI 2.0 |\n| `LINEINITIALIZEEXOPTION_CALLHUBTRACKING` | `0x80000000` | TAPI 3.0 |\n\n# Deutsch\n\nArt und Weise, wie TAPI einer Anwendung, die sich mit `lineInitializeEx` initialisiert, Ereignisbenachrichtigungen zustellen soll. Wird in `dwOptions` von `LINEINITIALIZEEXPARAMS` übergeben. Die ersten drei Werte wählen einen Zustellmechanismus; `CALLHUBTRACKING` ist ein eigenes höherwertiges Bit, das die API mit einem von ihnen kombinieren lässt.\n\n- `LINEINITIALIZEEXOPTION_USEHIDDENWINDOW`: TAPI erstellt in der Anwendung ein verborgenes Fenster und ruft darüber die Callback-Funktion der Anwendung auf, wie beim älteren `lineInitialize`. Erfordert TAPI 2.0 oder höher.\n- `LINEINITIALIZEEXOPTION_USEEVENT`: TAPI signalisiert ein Ereignishandle, das es der Anwendung zurückgibt; die Anwendung holt die Nachrichten dann mit `lineGetMessage` ab. Erfordert TAPI 2.0 oder höher.\n- `LINEINITIALIZEEXOPTION_USECOMPLETIONPORT`: TAPI stellt jede Nachricht über einen von der Anwendung bereitgestellten E/A-Abschlussport zu, versehen mit dem Abschlussschlüssel der Anwendung. Erfordert TAPI 2.0 oder höher.\n- `LINEINITIALIZEEXOPTION_CALLHUBTRACKING`: Die Anwendung möchte zusätzlich Ereignisse der Anrufhub-Verfolgung erhalten. Nur verfügbar, wenn TAPI 3.0 oder höher ausgehandelt wurde.\n\n# Français\n\nManière dont TAPI doit transmettre les notifications d’événements à une application qui s’initialise avec `lineInitializeEx`. Passée dans `dwOptions` de `LINEINITIALIZEEXPARAMS`. Les trois premières valeurs choisissent un mécanisme de transmission ; `CALLHUBTRACKING` est un bit de poids fort distinct que l’API permet de combiner avec l’un d’eux.\n\n- `LINEINITIALIZEEXOPTION_USEHIDDENWINDOW`: TAPI crée une fenêtre masquée dans l’application et appelle par son intermédiaire la fonction de rappel de l’application, comme avec l’ancienne `lineInitialize`. Nécessite TAPI 2.0 ou une version ultérieure.\n- `LINEINITIALIZEEXOPTION_USEEVENT`: TAPI signale un handle d’événement qu’il remet à l’application, laquelle récupère ensuite les messages avec `lineGetMessage`. Nécessite TAPI 2.0 ou une version ultérieure.\n- `LINEINITIALIZEEXOPTION_USECOMPLETIONPORT`: TAPI dépose chaque message dans un port de terminaison d’E/S fourni par l’application, accompagné de la clé de terminaison choisie par celle-ci. Nécessite TAPI 2.0 ou une version ultérieure.\n- `LINEINITIALIZEEXOPTION_CALLHUBTRACKING`: L’application souhaite en outre recevoir les événements de suivi des concentrateurs d’appels. Disponible uniquement si TAPI 3.0 ou une version ultérieure est négociée.\n"
    )]
    impl LineInitializeExOption {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::UseHiddenWindow,
            Self::UseEvent,
            Self::UseCompletionPort,
            Self::CallHubTracking,
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
                1 => __tapi::Some(Self::UseHiddenWindow),
                2 => __tapi::Some(Self::UseEvent),
                3 => __tapi::Some(Self::UseCompletionPort),
                2147483648 => __tapi::Some(Self::CallHubTracking),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEINITIALIZEEXOPTION_USEHIDDENWINDOW`; `{:#}` in `format!` gives the short name.
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
                Self::UseHiddenWindow => 0usize,
                Self::UseEvent => 1usize,
                Self::UseCompletionPort => 2usize,
                Self::CallHubTracking => 3usize,
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineInitializeExOption {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineInitializeExOption> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineInitializeExOption) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineInitializeExOption {
        type Error = ::tapi_consts::UnknownValueError<LineInitializeExOption>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineInitializeExOption {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineInitializeExOption {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineInitializeExOption {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineInitializeExOption {
        type Output = ::tapi_consts::Flags<LineInitializeExOption>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineInitializeExOption> {
            <::tapi_consts::Flags<
                LineInitializeExOption,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineInitializeExOption>>
    for LineInitializeExOption {
        type Output = ::tapi_consts::Flags<LineInitializeExOption>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineInitializeExOption>,
        ) -> ::tapi_consts::Flags<LineInitializeExOption> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineInitializeExOption, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineInitializeExOption);
};
///The `LINEINITIALIZEEXOPTION_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineinitializeexoption {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineInitializeExOption::UseHiddenWindow`](super::LineInitializeExOption::UseHiddenWindow)."
    )]
    pub const LINEINITIALIZEEXOPTION_USEHIDDENWINDOW: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineInitializeExOption::UseEvent`](super::LineInitializeExOption::UseEvent)."
    )]
    pub const LINEINITIALIZEEXOPTION_USEEVENT: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineInitializeExOption::UseCompletionPort`](super::LineInitializeExOption::UseCompletionPort)."
    )]
    pub const LINEINITIALIZEEXOPTION_USECOMPLETIONPORT: ::core::primitive::u32 = 3;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineInitializeExOption::CallHubTracking`](super::LineInitializeExOption::CallHubTracking)."
    )]
    pub const LINEINITIALIZEEXOPTION_CALLHUBTRACKING: ::core::primitive::u32 = 2147483648;
}
/// Chooses how TAPI delivers phone event notifications to an application.
///
/// Set in the `dwOptions` member of `PHONEINITIALIZEEXPARAMS`, which is passed to
/// `phoneInitializeEx`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum PhoneInitializeExOption {
    /// TAPI creates a hidden window and calls the application's callback function from it, as with the older `phoneInitialize`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEINITIALIZEEXOPTION_USEHIDDENWINDOW` = `0x00000001`")]
    UseHiddenWindow = 0x0000_0001,
    /// TAPI signals an event handle when messages are waiting; the application then fetches them with `phoneGetMessage`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEINITIALIZEEXOPTION_USEEVENT` = `0x00000002`")]
    UseEvent = 0x0000_0002,
    /// TAPI posts each message to an I/O completion port supplied by the application.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEINITIALIZEEXOPTION_USECOMPLETIONPORT` = `0x00000003`")]
    UseCompletionPort = 0x0000_0003,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Chooses how TAPI delivers phone event notifications to an application.\n\nSet in the `dwOptions` member of `PHONEINITIALIZEEXPARAMS`, which is passed to `phoneInitializeEx`.TAPI creates a hidden window and calls the application's callback function from it, as with the older `phoneInitialize`.TAPI signals an event handle when messages are waiting; the application then fetches them with `phoneGetMessage`.TAPI posts each message to an I/O completion port supplied by the application."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Legt fest, wie TAPI einer Anwendung Benachrichtigungen über Ereignisse von Telefongeräten zustellt.\n\nWird im Feld `dwOptions` von `PHONEINITIALIZEEXPARAMS` gesetzt; diese Struktur wird an `phoneInitializeEx` übergeben.TAPI erstellt ein verborgenes Fenster und ruft von dort aus die Callback-Funktion der Anwendung auf, wie bei der älteren Funktion `phoneInitialize`.TAPI signalisiert ein Ereignishandle, sobald Nachrichten vorliegen; die Anwendung holt sie dann mit `phoneGetMessage` ab.TAPI stellt jede Nachricht über einen von der Anwendung bereitgestellten E/A-Abschlussport zu."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Choisit la façon dont TAPI remet à l’application les notifications d’événements téléphoniques.\n\nIndiqué dans le membre `dwOptions` de `PHONEINITIALIZEEXPARAMS`, transmis à `phoneInitializeEx`.TAPI crée une fenêtre masquée depuis laquelle il appelle la fonction de rappel de l’application, comme avec l’ancienne fonction `phoneInitialize`.TAPI signale un handle d’événement quand des messages sont en attente ; l’application les récupère alors avec `phoneGetMessage`.TAPI dépose chaque message dans un port de terminaison d’E/S fourni par l’application."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneInitializeExOption",
            prefix: "PHONEINITIALIZEEXOPTION_",
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
                    "PHONEINITIALIZEEXOPTION_USEHIDDENWINDOW",
                    "PHONEINITIALIZEEXOPTION_USEEVENT",
                    "PHONEINITIALIZEEXOPTION_USECOMPLETIONPORT",
                ],
                bits: &[1u64, 2u64, 3u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xAB\0\0\0\0\0\0\0\xDD\0\0\0\0\0\0\0\xCC\0\0\0\x02\0\0\0\0\0\xAB\0\0\0x\0\0\0\xDD\0\0\0\x95\0\0\0\xCC\0\0\0\x99\0\0\0\x02\0\0\0\0\0#\x01\0\0q\0\0\0r\x01\0\0y\0\0\0e\x01\0\0\x88\0\0\0\x02\0\0\0\0\0\x94\x01\0\0N\0\0\0\xEB\x01\0\0_\0\0\0\xED\x01\0\0[\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHONEINITIALIZEEXOPTION_USEHIDDENWINDOW",
                        "PHONEINITIALIZEEXOPTION_USEEVENT",
                        "PHONEINITIALIZEEXOPTION_USECOMPLETIONPORT",
                        "USEHIDDENWINDOW",
                        "USEEVENT",
                        "USECOMPLETIONPORT",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHONEINITIALIZEEXOPTION_` family (enumeration, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `PHONEINITIALIZEEXOPTION_USEHIDDENWINDOW` | `0x00000001` | TAPI 2.0 |\n| `PHONEINITIALIZEEXOPTION_USEEVENT` | `0x00000002` | TAPI 2.0 |\n| `PHONEINITIALIZEEXOPTION_USECOMPLETIONPORT` | `0x00000003` | TAPI 2.0 |\n\n# Deutsch\n\nLegt fest, wie TAPI einer Anwendung Benachrichtigungen über Ereignisse von Telefongeräten zustellt.<br><br>Wird im Feld `dwOptions` von `PHONEINITIALIZEEXPARAMS` gesetzt; diese Struktur wird an `phoneInitializeEx` übergeben.\n\n- `PHONEINITIALIZEEXOPTION_USEHIDDENWINDOW`: TAPI erstellt ein verborgenes Fenster und ruft von dort aus die Callback-Funktion der Anwendung auf, wie bei der älteren Funktion `phoneInitialize`.\n- `PHONEINITIALIZEEXOPTION_USEEVENT`: TAPI signalisiert ein Ereignishandle, sobald Nachrichten vorliegen; die Anwendung holt sie dann mit `phoneGetMessage` ab.\n- `PHONEINITIALIZEEXOPTION_USECOMPLETIONPORT`: TAPI stellt jede Nachricht über einen von der Anwendung bereitgestellten E/A-Abschlussport zu.\n\n# Français\n\nChoisit la façon dont TAPI remet à l’application les notifications d’événements téléphoniques.<br><br>Indiqué dans le membre `dwOptions` de `PHONEINITIALIZEEXPARAMS`, transmis à `phoneInitializeEx`.\n\n- `PHONEINITIALIZEEXOPTION_USEHIDDENWINDOW`: TAPI crée une fenêtre masquée depuis laquelle il appelle la fonction de rappel de l’application, comme avec l’ancienne fonction `phoneInitialize`.\n- `PHONEINITIALIZEEXOPTION_USEEVENT`: TAPI signale un handle d’événement quand des messages sont en attente ; l’application les récupère alors avec `phoneGetMessage`.\n- `PHONEINITIALIZEEXOPTION_USECOMPLETIONPORT`: TAPI dépose chaque message dans un port de terminaison d’E/S fourni par l’application.\n"
    )]
    impl PhoneInitializeExOption {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::UseHiddenWindow,
            Self::UseEvent,
            Self::UseCompletionPort,
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
                1 => __tapi::Some(Self::UseHiddenWindow),
                2 => __tapi::Some(Self::UseEvent),
                3 => __tapi::Some(Self::UseCompletionPort),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PHONEINITIALIZEEXOPTION_USEHIDDENWINDOW`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhoneInitializeExOption {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneInitializeExOption> for ::core::primitive::u32 {
        #[inline]
        fn from(member: PhoneInitializeExOption) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for PhoneInitializeExOption {
        type Error = ::tapi_consts::UnknownValueError<PhoneInitializeExOption>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneInitializeExOption {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneInitializeExOption {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(
        PhoneInitializeExOption, ::core::primitive::u32
    );
    ::tapi_consts::__tapi_optional_impls!(PhoneInitializeExOption);
};
///The `PHONEINITIALIZEEXOPTION_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_phoneinitializeexoption {
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneInitializeExOption::UseHiddenWindow`](super::PhoneInitializeExOption::UseHiddenWindow)."
    )]
    pub const PHONEINITIALIZEEXOPTION_USEHIDDENWINDOW: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneInitializeExOption::UseEvent`](super::PhoneInitializeExOption::UseEvent)."
    )]
    pub const PHONEINITIALIZEEXOPTION_USEEVENT: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneInitializeExOption::UseCompletionPort`](super::PhoneInitializeExOption::UseCompletionPort)."
    )]
    pub const PHONEINITIALIZEEXOPTION_USECOMPLETIONPORT: ::core::primitive::u32 = 3;
}
