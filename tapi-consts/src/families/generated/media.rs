// @generated from tapi-consts/families/media.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! The media of a call: media and bearer modes, media control, digits and tones; `LAST_` markers.
/// Bearer modes of a call: the kind of connection, and so the quality of service, requested
/// from the telephone network.
///
/// Listed as supported in `dwBearerModes` of `LINEDEVCAPS`; requested in `dwBearerMode` of
/// `LINECALLPARAMS` or with `lineSetCallParams`; reported in `dwBearerMode` of `LINECALLINFO`.
/// A bearer mode is distinct from a media mode: a fax or modem call, for instance, uses the
/// voice bearer mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineBearerMode {
    /// An ordinary 3.1 kHz analogue voice-grade channel; bits may be altered in transit, but fax
    /// and modem traffic can use it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEBEARERMODE_VOICE` = `0x00000001`")]
    Voice = 0x0000_0001,
    /// G.711 speech: the network may apply echo cancellation, compression or analogue
    /// transmission, so bits are not preserved and fax or modem use is not supported.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEBEARERMODE_SPEECH` = `0x00000002`")]
    Speech = 0x0000_0002,
    /// The ISDN multi-use bearer service.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEBEARERMODE_MULTIUSE` = `0x00000004`")]
    MultiUse = 0x0000_0004,
    /// Unrestricted digital data, every bit carried unchanged; the data rate is given separately.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEBEARERMODE_DATA` = `0x00000008`")]
    Data = 0x0000_0008,
    /// ISDN service that alternates, on the same call, between speech and unrestricted data.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEBEARERMODE_ALTSPEECHDATA` = `0x00000010`")]
    AltSpeechData = 0x0000_0010,
    /// A signalling connection to the switch or service provider that is not tied to a call;
    /// TAPI handles it like a media stream.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEBEARERMODE_NONCALLSIGNALING` = `0x00000020`")]
    NonCallSignaling = 0x0000_0020,
    /// The service provider hands the application direct control of the underlying hardware,
    /// typically so that it can drive a modem through the Windows communications functions for
    /// features the provider does not support.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEBEARERMODE_PASSTHROUGH` = `0x00000040`")]
    PassThrough = 0x0000_0040,
    /// Digital data in which only the low seven bits of each octet carry user data, as on
    /// switched 56 kbit/s service.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEBEARERMODE_RESTRICTEDDATA` = `0x00000080`")]
    RestrictedData = 0x0000_0080,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Bearer modes of a call: the kind of connection, and so the quality of service, requested from the telephone network.\n\nListed as supported in `dwBearerModes` of `LINEDEVCAPS`; requested in `dwBearerMode` of `LINECALLPARAMS` or with `lineSetCallParams`; reported in `dwBearerMode` of `LINECALLINFO`. A bearer mode is distinct from a media mode: a fax or modem call, for instance, uses the voice bearer mode.An ordinary 3.1 kHz analogue voice-grade channel; bits may be altered in transit, but fax and modem traffic can use it.G.711 speech: the network may apply echo cancellation, compression or analogue transmission, so bits are not preserved and fax or modem use is not supported.The ISDN multi-use bearer service.Unrestricted digital data, every bit carried unchanged; the data rate is given separately.ISDN service that alternates, on the same call, between speech and unrestricted data.A signalling connection to the switch or service provider that is not tied to a call; TAPI handles it like a media stream.The service provider hands the application direct control of the underlying hardware, typically so that it can drive a modem through the Windows communications functions for features the provider does not support.Digital data in which only the low seven bits of each octet carry user data, as on switched 56 kbit/s service."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Trägermodi eines Anrufs: die Art der Verbindung und damit die Dienstgüte, die beim Telefonnetz angefordert wird. Als unterstützt in `dwBearerModes` von `LINEDEVCAPS` aufgeführt, in `dwBearerMode` von `LINECALLPARAMS` oder mit `lineSetCallParams` angefordert und in `dwBearerMode` von `LINECALLINFO` gemeldet. Ein Trägermodus ist etwas anderes als ein Medienmodus: Ein Fax- oder Modemanruf etwa verwendet den Trägermodus für Sprache.Ein gewöhnlicher analoger 3,1-kHz-Kanal in Sprachqualität; Bits können bei der Übertragung verändert werden, Fax- und Modemverkehr kann ihn aber nutzen.Sprache nach G.711: Das Netz kann Echokompensation, Kompression oder analoge Übertragung anwenden, sodass die Bits nicht erhalten bleiben und Fax- oder Modembetrieb nicht unterstützt wird.Der Mehrzweck-Trägerdienst von ISDN.Uneingeschränkte digitale Daten, bei denen jedes Bit unverändert übertragen wird; die Datenrate wird gesondert angegeben.ISDN-Dienst, der auf demselben Anruf zwischen Sprache und uneingeschränkten Daten wechselt.Eine Signalisierungsverbindung zur Vermittlung oder zum Dienstanbieter, die an keinen Anruf gebunden ist; TAPI behandelt sie wie einen Medienstrom.Der Dienstanbieter überlässt der Anwendung die direkte Steuerung der zugrunde liegenden Hardware, meist damit sie über die Kommunikationsfunktionen von Windows ein Modem ansteuern und so Funktionen nutzen kann, die der Anbieter nicht unterstützt.Digitale Daten, bei denen nur die unteren sieben Bits jedes Oktetts Benutzerdaten tragen, wie beim vermittelten 56-kbit/s-Dienst."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Modes porteurs d’un appel : type de connexion, et donc qualité de service, demandé au réseau téléphonique. Énumérés dans `dwBearerModes` de `LINEDEVCAPS`, demandés dans `dwBearerMode` de `LINECALLPARAMS` ou par `lineSetCallParams`, indiqués dans `dwBearerMode` de `LINECALLINFO`. Le mode porteur se distingue du mode de média : un appel de télécopie ou de modem, par exemple, utilise le mode porteur voix.Canal analogique ordinaire de qualité vocale à 3,1 kHz ; les bits peuvent être altérés en transit, mais la télécopie et les modems peuvent l’utiliser.Parole G.711 : le réseau peut appliquer annulation d’écho, compression ou transmission analogique, si bien que les bits ne sont pas préservés et que la télécopie ou les modems ne sont pas pris en charge.Le service porteur multi-usage du RNIS.Données numériques sans restriction, chaque bit étant transmis intact ; le débit est indiqué séparément.Service RNIS alternant, sur le même appel, parole et données sans restriction.Connexion de signalisation vers le commutateur ou le fournisseur de services, non associée à un appel ; TAPI la traite comme un flux de média.Le fournisseur de services donne à l’application le contrôle direct du matériel sous-jacent, en général pour qu’elle pilote un modem au moyen des fonctions de communication de Windows afin d’utiliser des fonctions que le fournisseur ne prend pas en charge.Données numériques dans lesquelles seuls les sept bits de poids faible de chaque octet portent des données utilisateur, comme sur le service commuté à 56 kbit/s."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineBearerMode",
            prefix: "LINEBEARERMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 255u64,
            selector_mask: 0u64,
            device_specific: __tapi::Some(__tapi::DeviceSpecific::Bits(4294901760u64)),
            table: __tapi::Table {
                names: &[
                    "LINEBEARERMODE_VOICE",
                    "LINEBEARERMODE_SPEECH",
                    "LINEBEARERMODE_MULTIUSE",
                    "LINEBEARERMODE_DATA",
                    "LINEBEARERMODE_ALTSPEECHDATA",
                    "LINEBEARERMODE_NONCALLSIGNALING",
                    "LINEBEARERMODE_PASSTHROUGH",
                    "LINEBEARERMODE_RESTRICTEDDATA",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x95\x01\0\0\0\0\0\0\xB7\x01\0\0\0\0\0\0\xA4\x01\0\0\xFF\xFF\0\0\0\0\x95\x01\0\0w\0\0\0\xB7\x01\0\0\x9D\0\0\0\xA4\x01\0\0\x9F\0\0\0\xFF\xFF\0\0\0\0\x0C\x02\0\0\x9D\0\0\0T\x02\0\0\xBE\0\0\0C\x02\0\0\xD3\0\0\0\xFF\xFF\0\0\0\0\xA9\x02\0\0\"\0\0\0\x12\x03\0\0%\0\0\0\x16\x03\0\0'\0\0\0\xFF\xFF\0\0\0\0\xCB\x02\0\0Z\0\0\x007\x03\0\0|\0\0\0=\x03\0\0o\0\0\0\xFF\xFF\0\0\0\0%\x03\0\0U\0\0\0\xB3\x03\0\0\\\0\0\0\xAC\x03\0\0P\0\0\0\xFF\xFF\0\0\0\0z\x03\0\0z\0\0\0\x0F\x04\0\0\x93\0\0\0\xFC\x03\0\0\x91\0\0\0\x01\x04\0\0\0\0\xF4\x03\0\0\xD5\0\0\0\xA2\x04\0\0\xFA\0\0\0\x8D\x04\0\0\x0B\x01\0\0\x02\0\0\0\0\0\xC9\x04\0\0n\0\0\0\x9C\x05\0\0\x81\0\0\0\x98\x05\0\0\xA6\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEBEARERMODE_VOICE",
                        "LINEBEARERMODE_SPEECH",
                        "LINEBEARERMODE_MULTIUSE",
                        "LINEBEARERMODE_DATA",
                        "LINEBEARERMODE_ALTSPEECHDATA",
                        "LINEBEARERMODE_NONCALLSIGNALING",
                        "LINEBEARERMODE_PASSTHROUGH",
                        "LINEBEARERMODE_RESTRICTEDDATA",
                        "VOICE",
                        "SPEECH",
                        "MULTIUSE",
                        "DATA",
                        "ALTSPEECHDATA",
                        "NONCALLSIGNALING",
                        "PASSTHROUGH",
                        "RESTRICTEDDATA",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEBEARERMODE_VOICE",
                        " | LINEBEARERMODE_SPEECH",
                        " | LINEBEARERMODE_MULTIUSE",
                        " | LINEBEARERMODE_DATA",
                        " | LINEBEARERMODE_ALTSPEECHDATA",
                        " | LINEBEARERMODE_NONCALLSIGNALING",
                        " | LINEBEARERMODE_PASSTHROUGH",
                        " | LINEBEARERMODE_RESTRICTEDDATA",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 14034536242950986010u64,
                        shift: 57u32,
                        slots: b"\x08\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x07\0\xFF\xFF\xFF\xFF\t\0\x01\0\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\r\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEBEARERMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineBearerMode>`](::tapi_consts::Flags), named [`LineBearerModeSet`](crate::families::LineBearerModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEBEARERMODE_VOICE` | `0x00000001` |  |\n| `LINEBEARERMODE_SPEECH` | `0x00000002` |  |\n| `LINEBEARERMODE_MULTIUSE` | `0x00000004` |  |\n| `LINEBEARERMODE_DATA` | `0x00000008` |  |\n| `LINEBEARERMODE_ALTSPEECHDATA` | `0x00000010` |  |\n| `LINEBEARERMODE_NONCALLSIGNALING` | `0x00000020` |  |\n| `LINEBEARERMODE_PASSTHROUGH` | `0x00000040` | TAPI 1.4 |\n| `LINEBEARERMODE_RESTRICTEDDATA` | `0x00000080` | TAPI 2.0 |\n\n# Deutsch\n\nTrägermodi eines Anrufs: die Art der Verbindung und damit die Dienstgüte, die beim Telefonnetz angefordert wird. Als unterstützt in `dwBearerModes` von `LINEDEVCAPS` aufgeführt, in `dwBearerMode` von `LINECALLPARAMS` oder mit `lineSetCallParams` angefordert und in `dwBearerMode` von `LINECALLINFO` gemeldet. Ein Trägermodus ist etwas anderes als ein Medienmodus: Ein Fax- oder Modemanruf etwa verwendet den Trägermodus für Sprache.\n\n- `LINEBEARERMODE_VOICE`: Ein gewöhnlicher analoger 3,1-kHz-Kanal in Sprachqualität; Bits können bei der Übertragung verändert werden, Fax- und Modemverkehr kann ihn aber nutzen.\n- `LINEBEARERMODE_SPEECH`: Sprache nach G.711: Das Netz kann Echokompensation, Kompression oder analoge Übertragung anwenden, sodass die Bits nicht erhalten bleiben und Fax- oder Modembetrieb nicht unterstützt wird.\n- `LINEBEARERMODE_MULTIUSE`: Der Mehrzweck-Trägerdienst von ISDN.\n- `LINEBEARERMODE_DATA`: Uneingeschränkte digitale Daten, bei denen jedes Bit unverändert übertragen wird; die Datenrate wird gesondert angegeben.\n- `LINEBEARERMODE_ALTSPEECHDATA`: ISDN-Dienst, der auf demselben Anruf zwischen Sprache und uneingeschränkten Daten wechselt.\n- `LINEBEARERMODE_NONCALLSIGNALING`: Eine Signalisierungsverbindung zur Vermittlung oder zum Dienstanbieter, die an keinen Anruf gebunden ist; TAPI behandelt sie wie einen Medienstrom.\n- `LINEBEARERMODE_PASSTHROUGH`: Der Dienstanbieter überlässt der Anwendung die direkte Steuerung der zugrunde liegenden Hardware, meist damit sie über die Kommunikationsfunktionen von Windows ein Modem ansteuern und so Funktionen nutzen kann, die der Anbieter nicht unterstützt.\n- `LINEBEARERMODE_RESTRICTEDDATA`: Digitale Daten, bei denen nur die unteren sieben Bits jedes Oktetts Benutzerdaten tragen, wie beim vermittelten 56-kbit/s-Dienst.\n\n# Français\n\nModes porteurs d’un appel : type de connexion, et donc qualité de service, demandé au réseau téléphonique. Énumérés dans `dwBearerModes` de `LINEDEVCAPS`, demandés dans `dwBearerMode` de `LINECALLPARAMS` ou par `lineSetCallParams`, indiqués dans `dwBearerMode` de `LINECALLINFO`. Le mode porteur se distingue du mode de média : un appel de télécopie ou de modem, par exemple, utilise le mode porteur voix.\n\n- `LINEBEARERMODE_VOICE`: Canal analogique ordinaire de qualité vocale à 3,1 kHz ; les bits peuvent être altérés en transit, mais la télécopie et les modems peuvent l’utiliser.\n- `LINEBEARERMODE_SPEECH`: Parole G.711 : le réseau peut appliquer annulation d’écho, compression ou transmission analogique, si bien que les bits ne sont pas préservés et que la télécopie ou les modems ne sont pas pris en charge.\n- `LINEBEARERMODE_MULTIUSE`: Le service porteur multi-usage du RNIS.\n- `LINEBEARERMODE_DATA`: Données numériques sans restriction, chaque bit étant transmis intact ; le débit est indiqué séparément.\n- `LINEBEARERMODE_ALTSPEECHDATA`: Service RNIS alternant, sur le même appel, parole et données sans restriction.\n- `LINEBEARERMODE_NONCALLSIGNALING`: Connexion de signalisation vers le commutateur ou le fournisseur de services, non associée à un appel ; TAPI la traite comme un flux de média.\n- `LINEBEARERMODE_PASSTHROUGH`: Le fournisseur de services donne à l’application le contrôle direct du matériel sous-jacent, en général pour qu’elle pilote un modem au moyen des fonctions de communication de Windows afin d’utiliser des fonctions que le fournisseur ne prend pas en charge.\n- `LINEBEARERMODE_RESTRICTEDDATA`: Données numériques dans lesquelles seuls les sept bits de poids faible de chaque octet portent des données utilisateur, comme sur le service commuté à 56 kbit/s.\n"
    )]
    impl LineBearerMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Voice,
            Self::Speech,
            Self::MultiUse,
            Self::Data,
            Self::AltSpeechData,
            Self::NonCallSignaling,
            Self::PassThrough,
            Self::RestrictedData,
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
                1 => __tapi::Some(Self::Voice),
                2 => __tapi::Some(Self::Speech),
                4 => __tapi::Some(Self::MultiUse),
                8 => __tapi::Some(Self::Data),
                16 => __tapi::Some(Self::AltSpeechData),
                32 => __tapi::Some(Self::NonCallSignaling),
                64 => __tapi::Some(Self::PassThrough),
                128 => __tapi::Some(Self::RestrictedData),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEBEARERMODE_VOICE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineBearerMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineBearerMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineBearerMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineBearerMode {
        type Error = ::tapi_consts::UnknownValueError<LineBearerMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineBearerMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineBearerMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineBearerMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineBearerMode {
        type Output = ::tapi_consts::Flags<LineBearerMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineBearerMode> {
            <::tapi_consts::Flags<
                LineBearerMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineBearerMode>> for LineBearerMode {
        type Output = ::tapi_consts::Flags<LineBearerMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineBearerMode>,
        ) -> ::tapi_consts::Flags<LineBearerMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineBearerMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineBearerMode);
};
///The `LINEBEARERMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linebearermode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineBearerMode::Voice`](super::LineBearerMode::Voice)."
    )]
    pub const LINEBEARERMODE_VOICE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineBearerMode::Speech`](super::LineBearerMode::Speech)."
    )]
    pub const LINEBEARERMODE_SPEECH: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineBearerMode::MultiUse`](super::LineBearerMode::MultiUse)."
    )]
    pub const LINEBEARERMODE_MULTIUSE: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineBearerMode::Data`](super::LineBearerMode::Data)."
    )]
    pub const LINEBEARERMODE_DATA: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineBearerMode::AltSpeechData`](super::LineBearerMode::AltSpeechData)."
    )]
    pub const LINEBEARERMODE_ALTSPEECHDATA: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineBearerMode::NonCallSignaling`](super::LineBearerMode::NonCallSignaling)."
    )]
    pub const LINEBEARERMODE_NONCALLSIGNALING: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineBearerMode::PassThrough`](super::LineBearerMode::PassThrough)."
    )]
    pub const LINEBEARERMODE_PASSTHROUGH: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineBearerMode::RestrictedData`](super::LineBearerMode::RestrictedData)."
    )]
    pub const LINEBEARERMODE_RESTRICTEDDATA: ::core::primitive::u32 = 128;
}
/// Methods of in-band digit signaling, chosen when generating digits (`lineGenerateDigits`) or
/// detecting them (`lineMonitorDigits`, `lineGatherDigits`), and reported with the
/// `LINE_MONITORDIGITS` message.
///
/// Pulse digits are produced by opening and closing the local loop; the switch absorbs them, so
/// the far end hears them only as series of one to ten clicks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineDigitMode {
    /// Digits are signaled as rotary-dial pulse trains; only 0 to 9 can be sent.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDIGITMODE_PULSE` = `0x00000001`")]
    Pulse = 0x0000_0001,
    /// Digits are signaled as DTMF tones: 0 to 9, `*`, `#` and `A` to `D`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDIGITMODE_DTMF` = `0x00000002`")]
    Dtmf = 0x0000_0002,
    /// DTMF tones, with detection also reporting when each tone stops (its down edge); same digits
    /// as `DTMF`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDIGITMODE_DTMFEND` = `0x00000004`")]
    DtmfEnd = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Methods of in-band digit signaling, chosen when generating digits (`lineGenerateDigits`) or detecting them (`lineMonitorDigits`, `lineGatherDigits`), and reported with the `LINE_MONITORDIGITS` message.\n\nPulse digits are produced by opening and closing the local loop; the switch absorbs them, so the far end hears them only as series of one to ten clicks.Digits are signaled as rotary-dial pulse trains; only 0 to 9 can be sent.Digits are signaled as DTMF tones: 0 to 9, `*`, `#` and `A` to `D`.DTMF tones, with detection also reporting when each tone stops (its down edge); same digits as `DTMF`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Wahlverfahren, also Verfahren der In-Band-Signalisierung von Ziffern, ausgewählt beim Erzeugen von Ziffern (`lineGenerateDigits`) oder bei ihrer Erkennung (`lineMonitorDigits`, `lineGatherDigits`) und mit der Nachricht `LINE_MONITORDIGITS` gemeldet.\n\nZiffern der Impulswahl entstehen durch Öffnen und Schließen der Teilnehmeranschlussleitung; die Vermittlung nimmt sie auf, sodass die Gegenseite sie nur als Folgen von einem bis zehn Klicks hört.Ziffern werden wie bei einer Wählscheibe als Impulsfolgen signalisiert (Impulswahl); nur 0 bis 9 können gesendet werden.Ziffern werden als DTMF-Töne signalisiert (Tonwahl): 0 bis 9, `*`, `#` und `A` bis `D`.DTMF-Töne, wobei die Erkennung zusätzlich meldet, wann jeder Ton endet (seine fallende Flanke); dieselben Ziffern wie bei `DTMF`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Modes de signalisation des chiffres dans la bande, choisis pour générer des chiffres (`lineGenerateDigits`) ou pour les détecter (`lineMonitorDigits`, `lineGatherDigits`), et indiqués avec le message `LINE_MONITORDIGITS`.\n\nLes chiffres par impulsions sont produits en ouvrant et en fermant la boucle locale ; le commutateur les absorbe, si bien que l’extrémité distante ne les perçoit que comme des séries d’un à dix clics.Les chiffres sont signalés par des trains d’impulsions comme avec un cadran rotatif ; seuls les chiffres 0 à 9 peuvent être envoyés.Les chiffres sont signalés par des tonalités DTMF : 0 à 9, `*`, `#` et `A` à `D`.Tonalités DTMF, la détection signalant en plus la fin de chaque tonalité (son front descendant) ; mêmes chiffres qu’avec `DTMF`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineDigitMode",
            prefix: "LINEDIGITMODE_",
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
                    "LINEDIGITMODE_PULSE",
                    "LINEDIGITMODE_DTMF",
                    "LINEDIGITMODE_DTMFEND",
                ],
                bits: &[1u64, 2u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0c\x01\0\0\0\0\0\0\xC2\x01\0\0\0\0\0\0\xB4\x01\0\0\xFF\xFF\0\0\0\0c\x01\0\0I\0\0\0\xC2\x01\0\0z\0\0\0\xB4\x01\0\0\x8A\0\0\0\xFF\xFF\0\0\0\0\xAC\x01\0\0C\0\0\0<\x02\0\0X\0\0\0>\x02\0\0U\0\0\0\xFF\xFF\0\0\0\0\xEF\x01\0\0f\0\0\0\x94\x02\0\0\x83\0\0\0\x93\x02\0\0\x86\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEDIGITMODE_PULSE",
                        "LINEDIGITMODE_DTMF",
                        "LINEDIGITMODE_DTMFEND",
                        "PULSE",
                        "DTMF",
                        "DTMFEND",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEDIGITMODE_PULSE",
                        " | LINEDIGITMODE_DTMF",
                        " | LINEDIGITMODE_DTMFEND",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEDIGITMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineDigitMode>`](::tapi_consts::Flags), named [`LineDigitModeSet`](crate::families::LineDigitModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINEDIGITMODE_PULSE` | `0x00000001` |\n| `LINEDIGITMODE_DTMF` | `0x00000002` |\n| `LINEDIGITMODE_DTMFEND` | `0x00000004` |\n\n# Deutsch\n\nWahlverfahren, also Verfahren der In-Band-Signalisierung von Ziffern, ausgewählt beim Erzeugen von Ziffern (`lineGenerateDigits`) oder bei ihrer Erkennung (`lineMonitorDigits`, `lineGatherDigits`) und mit der Nachricht `LINE_MONITORDIGITS` gemeldet.<br><br>Ziffern der Impulswahl entstehen durch Öffnen und Schließen der Teilnehmeranschlussleitung; die Vermittlung nimmt sie auf, sodass die Gegenseite sie nur als Folgen von einem bis zehn Klicks hört.\n\n- `LINEDIGITMODE_PULSE`: Ziffern werden wie bei einer Wählscheibe als Impulsfolgen signalisiert (Impulswahl); nur 0 bis 9 können gesendet werden.\n- `LINEDIGITMODE_DTMF`: Ziffern werden als DTMF-Töne signalisiert (Tonwahl): 0 bis 9, `*`, `#` und `A` bis `D`.\n- `LINEDIGITMODE_DTMFEND`: DTMF-Töne, wobei die Erkennung zusätzlich meldet, wann jeder Ton endet (seine fallende Flanke); dieselben Ziffern wie bei `DTMF`.\n\n# Français\n\nModes de signalisation des chiffres dans la bande, choisis pour générer des chiffres (`lineGenerateDigits`) ou pour les détecter (`lineMonitorDigits`, `lineGatherDigits`), et indiqués avec le message `LINE_MONITORDIGITS`.<br><br>Les chiffres par impulsions sont produits en ouvrant et en fermant la boucle locale ; le commutateur les absorbe, si bien que l’extrémité distante ne les perçoit que comme des séries d’un à dix clics.\n\n- `LINEDIGITMODE_PULSE`: Les chiffres sont signalés par des trains d’impulsions comme avec un cadran rotatif ; seuls les chiffres 0 à 9 peuvent être envoyés.\n- `LINEDIGITMODE_DTMF`: Les chiffres sont signalés par des tonalités DTMF : 0 à 9, `*`, `#` et `A` à `D`.\n- `LINEDIGITMODE_DTMFEND`: Tonalités DTMF, la détection signalant en plus la fin de chaque tonalité (son front descendant) ; mêmes chiffres qu’avec `DTMF`.\n"
    )]
    impl LineDigitMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Pulse, Self::Dtmf, Self::DtmfEnd];
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
                1 => __tapi::Some(Self::Pulse),
                2 => __tapi::Some(Self::Dtmf),
                4 => __tapi::Some(Self::DtmfEnd),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEDIGITMODE_PULSE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineDigitMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineDigitMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineDigitMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineDigitMode {
        type Error = ::tapi_consts::UnknownValueError<LineDigitMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineDigitMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineDigitMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineDigitMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineDigitMode {
        type Output = ::tapi_consts::Flags<LineDigitMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineDigitMode> {
            <::tapi_consts::Flags<
                LineDigitMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineDigitMode>> for LineDigitMode {
        type Output = ::tapi_consts::Flags<LineDigitMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineDigitMode>,
        ) -> ::tapi_consts::Flags<LineDigitMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineDigitMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineDigitMode);
};
///The `LINEDIGITMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linedigitmode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDigitMode::Pulse`](super::LineDigitMode::Pulse)."
    )]
    pub const LINEDIGITMODE_PULSE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDigitMode::Dtmf`](super::LineDigitMode::Dtmf)."
    )]
    pub const LINEDIGITMODE_DTMF: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDigitMode::DtmfEnd`](super::LineDigitMode::DtmfEnd)."
    )]
    pub const LINEDIGITMODE_DTMFEND: ::core::primitive::u32 = 4;
}
/// Tones that can be generated in-band on a call toward the remote party.
///
/// Passed as `dwToneMode` to `lineGenerateTone`; `dwGenerateToneModes` of `LINEDEVCAPS` lists the
/// ones a line supports. Detection of the standard tones does not use these values. The low 16
/// bits are reserved; the high 16 bits are free for device-specific extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineToneMode {
    /// A tone the application defines itself by listing its frequencies in `LINEGENERATETONE` entries.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETONEMODE_CUSTOM` = `0x00000001`")]
    Custom = 0x0000_0001,
    /// The ringing signal a caller hears while the called phone rings, in the form the service provider
    /// renders it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETONEMODE_RINGBACK` = `0x00000002`")]
    Ringback = 0x0000_0002,
    /// The busy signal, in whatever cadence and frequencies the service provider uses.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETONEMODE_BUSY` = `0x00000004`")]
    Busy = 0x0000_0004,
    /// A short beep, typically announcing that recording begins; the service provider decides exactly
    /// how it sounds.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETONEMODE_BEEP` = `0x00000008`")]
    Beep = 0x0000_0008,
    /// The tone that prompts for billing details, such as a calling-card number; the service provider
    /// decides exactly how it sounds.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETONEMODE_BILLING` = `0x00000010`")]
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
                    "Tones that can be generated in-band on a call toward the remote party.\n\nPassed as `dwToneMode` to `lineGenerateTone`; `dwGenerateToneModes` of `LINEDEVCAPS` lists the ones a line supports. Detection of the standard tones does not use these values. The low 16 bits are reserved; the high 16 bits are free for device-specific extensions.A tone the application defines itself by listing its frequencies in `LINEGENERATETONE` entries.The ringing signal a caller hears while the called phone rings, in the form the service provider renders it.The busy signal, in whatever cadence and frequencies the service provider uses.A short beep, typically announcing that recording begins; the service provider decides exactly how it sounds.The tone that prompts for billing details, such as a calling-card number; the service provider decides exactly how it sounds."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Töne, die auf einem Anruf In-Band in Richtung des entfernten Teilnehmers erzeugt werden können. Sie werden als `dwToneMode` an `lineGenerateTone` übergeben; `dwGenerateToneModes` von `LINEDEVCAPS` gibt an, welche davon eine Leitung unterstützt. Die Erkennung der Standardtöne verwendet diese Werte nicht. Die unteren 16 Bits sind reserviert; die oberen 16 Bits stehen für gerätespezifische Erweiterungen frei.Ein Ton, den die Anwendung selbst definiert, indem sie seine Frequenzen in Einträgen vom Typ `LINEGENERATETONE` aufführt.Der Freiton, den ein Anrufer hört, während das angerufene Telefon klingelt, in der Form, in der der Dienstanbieter ihn wiedergibt.Das Besetztzeichen, in der Kadenz und mit den Frequenzen, die der Dienstanbieter verwendet.Ein kurzer Piepton, der meist den Beginn einer Aufzeichnung ankündigt; wie er genau klingt, bestimmt der Dienstanbieter.Der Abrechnungston, der zur Eingabe von Abrechnungsangaben wie einer Calling-Card-Nummer auffordert; wie er genau klingt, bestimmt der Dienstanbieter."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Tonalités pouvant être générées dans la bande sur un appel, à destination du correspondant. Passées comme `dwToneMode` à `lineGenerateTone` ; `dwGenerateToneModes` de `LINEDEVCAPS` liste celles que la ligne prend en charge. La détection des tonalités standard n’utilise pas ces valeurs. Les 16 bits de poids faible sont réservés ; les 16 bits de poids fort sont libres pour les extensions propres aux périphériques.Une tonalité que l’application définit elle-même en énumérant ses fréquences dans des entrées `LINEGENERATETONE`.Le signal que l’appelant entend pendant que le téléphone appelé sonne, sous la forme que lui donne le fournisseur de services.Le signal d’occupation, avec la cadence et les fréquences qu’utilise le fournisseur de services.Un bip bref, annonçant généralement le début d’un enregistrement ; le fournisseur de services décide de sa sonorité exacte.La tonalité qui invite à fournir des informations de facturation, comme un numéro de carte d’appel ; le fournisseur de services décide de sa sonorité exacte."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineToneMode",
            prefix: "LINETONEMODE_",
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
                    "LINETONEMODE_CUSTOM",
                    "LINETONEMODE_RINGBACK",
                    "LINETONEMODE_BUSY",
                    "LINETONEMODE_BEEP",
                    "LINETONEMODE_BILLING",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0O\x01\0\0\0\0\0\0\xA0\x01\0\0\0\0\0\0\xAF\x01\0\0\xFF\xFF\0\0\0\0O\x01\0\0_\0\0\0\xA0\x01\0\0{\0\0\0\xAF\x01\0\0z\0\0\0\xFF\xFF\0\0\0\0\xAE\x01\0\0l\0\0\0\x1B\x02\0\0\x84\0\0\0)\x02\0\0\x83\0\0\0\xFF\xFF\0\0\0\0\x1A\x02\0\0O\0\0\0\x9F\x02\0\0[\0\0\0\xAC\x02\0\0e\0\0\0\xFF\xFF\0\0\0\0i\x02\0\0m\0\0\0\xFA\x02\0\0y\0\0\0\x11\x03\0\0\x83\0\0\0\xFF\xFF\0\0\0\0\xD6\x02\0\0}\0\0\0s\x03\0\0\x96\0\0\0\x94\x03\0\0\xA4\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINETONEMODE_CUSTOM",
                        "LINETONEMODE_RINGBACK",
                        "LINETONEMODE_BUSY",
                        "LINETONEMODE_BEEP",
                        "LINETONEMODE_BILLING",
                        "CUSTOM",
                        "RINGBACK",
                        "BUSY",
                        "BEEP",
                        "BILLING",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINETONEMODE_CUSTOM",
                        " | LINETONEMODE_RINGBACK",
                        " | LINETONEMODE_BUSY",
                        " | LINETONEMODE_BEEP",
                        " | LINETONEMODE_BILLING",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x04\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINETONEMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineToneMode>`](::tapi_consts::Flags), named [`LineToneModeSet`](crate::families::LineToneModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINETONEMODE_CUSTOM` | `0x00000001` |\n| `LINETONEMODE_RINGBACK` | `0x00000002` |\n| `LINETONEMODE_BUSY` | `0x00000004` |\n| `LINETONEMODE_BEEP` | `0x00000008` |\n| `LINETONEMODE_BILLING` | `0x00000010` |\n\n# Deutsch\n\nTöne, die auf einem Anruf In-Band in Richtung des entfernten Teilnehmers erzeugt werden können. Sie werden als `dwToneMode` an `lineGenerateTone` übergeben; `dwGenerateToneModes` von `LINEDEVCAPS` gibt an, welche davon eine Leitung unterstützt. Die Erkennung der Standardtöne verwendet diese Werte nicht. Die unteren 16 Bits sind reserviert; die oberen 16 Bits stehen für gerätespezifische Erweiterungen frei.\n\n- `LINETONEMODE_CUSTOM`: Ein Ton, den die Anwendung selbst definiert, indem sie seine Frequenzen in Einträgen vom Typ `LINEGENERATETONE` aufführt.\n- `LINETONEMODE_RINGBACK`: Der Freiton, den ein Anrufer hört, während das angerufene Telefon klingelt, in der Form, in der der Dienstanbieter ihn wiedergibt.\n- `LINETONEMODE_BUSY`: Das Besetztzeichen, in der Kadenz und mit den Frequenzen, die der Dienstanbieter verwendet.\n- `LINETONEMODE_BEEP`: Ein kurzer Piepton, der meist den Beginn einer Aufzeichnung ankündigt; wie er genau klingt, bestimmt der Dienstanbieter.\n- `LINETONEMODE_BILLING`: Der Abrechnungston, der zur Eingabe von Abrechnungsangaben wie einer Calling-Card-Nummer auffordert; wie er genau klingt, bestimmt der Dienstanbieter.\n\n# Français\n\nTonalités pouvant être générées dans la bande sur un appel, à destination du correspondant. Passées comme `dwToneMode` à `lineGenerateTone` ; `dwGenerateToneModes` de `LINEDEVCAPS` liste celles que la ligne prend en charge. La détection des tonalités standard n’utilise pas ces valeurs. Les 16 bits de poids faible sont réservés ; les 16 bits de poids fort sont libres pour les extensions propres aux périphériques.\n\n- `LINETONEMODE_CUSTOM`: Une tonalité que l’application définit elle-même en énumérant ses fréquences dans des entrées `LINEGENERATETONE`.\n- `LINETONEMODE_RINGBACK`: Le signal que l’appelant entend pendant que le téléphone appelé sonne, sous la forme que lui donne le fournisseur de services.\n- `LINETONEMODE_BUSY`: Le signal d’occupation, avec la cadence et les fréquences qu’utilise le fournisseur de services.\n- `LINETONEMODE_BEEP`: Un bip bref, annonçant généralement le début d’un enregistrement ; le fournisseur de services décide de sa sonorité exacte.\n- `LINETONEMODE_BILLING`: La tonalité qui invite à fournir des informations de facturation, comme un numéro de carte d’appel ; le fournisseur de services décide de sa sonorité exacte.\n"
    )]
    impl LineToneMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Custom,
            Self::Ringback,
            Self::Busy,
            Self::Beep,
            Self::Billing,
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
                1 => __tapi::Some(Self::Custom),
                2 => __tapi::Some(Self::Ringback),
                4 => __tapi::Some(Self::Busy),
                8 => __tapi::Some(Self::Beep),
                16 => __tapi::Some(Self::Billing),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINETONEMODE_CUSTOM`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineToneMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineToneMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineToneMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineToneMode {
        type Error = ::tapi_consts::UnknownValueError<LineToneMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineToneMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineToneMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineToneMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineToneMode {
        type Output = ::tapi_consts::Flags<LineToneMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineToneMode> {
            <::tapi_consts::Flags<
                LineToneMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineToneMode>> for LineToneMode {
        type Output = ::tapi_consts::Flags<LineToneMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineToneMode>,
        ) -> ::tapi_consts::Flags<LineToneMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineToneMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineToneMode);
};
///The `LINETONEMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linetonemode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineToneMode::Custom`](super::LineToneMode::Custom)."
    )]
    pub const LINETONEMODE_CUSTOM: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineToneMode::Ringback`](super::LineToneMode::Ringback)."
    )]
    pub const LINETONEMODE_RINGBACK: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineToneMode::Busy`](super::LineToneMode::Busy)."
    )]
    pub const LINETONEMODE_BUSY: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineToneMode::Beep`](super::LineToneMode::Beep)."
    )]
    pub const LINETONEMODE_BEEP: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineToneMode::Billing`](super::LineToneMode::Billing)."
    )]
    pub const LINETONEMODE_BILLING: ::core::primitive::u32 = 16;
}
/// Reasons why a buffered digit-gathering request started with `lineGatherDigits` ended.
///
/// Delivered in `dwParam1` of the `LINE_GATHERDIGITS` message once gathering stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineGatherTerm {
    /// Gathering stopped because the buffer received the full number of digits the application asked
    /// for.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEGATHERTERM_BUFFERFULL` = `0x00000001`")]
    BufferFull = 0x0000_0001,
    /// Gathering stopped on one of the termination digits the application listed; that digit ends the
    /// collected string.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEGATHERTERM_TERMDIGIT` = `0x00000002`")]
    TermDigit = 0x0000_0002,
    /// No digit arrived within the first-digit timeout, so nothing was gathered.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEGATHERTERM_FIRSTTIMEOUT` = `0x00000004`")]
    FirstTimeout = 0x0000_0004,
    /// After one or more digits had arrived, the next one took longer than the inter-digit timeout.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEGATHERTERM_INTERTIMEOUT` = `0x00000008`")]
    InterTimeout = 0x0000_0008,
    /// The gathering request was withdrawn before it completed, either by an application (this one or
    /// another) or because the call went away.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEGATHERTERM_CANCEL` = `0x00000010`")]
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
                    "Reasons why a buffered digit-gathering request started with `lineGatherDigits` ended.\n\nDelivered in `dwParam1` of the `LINE_GATHERDIGITS` message once gathering stops.Gathering stopped because the buffer received the full number of digits the application asked for.Gathering stopped on one of the termination digits the application listed; that digit ends the collected string.No digit arrived within the first-digit timeout, so nothing was gathered.After one or more digits had arrived, the next one took longer than the inter-digit timeout.The gathering request was withdrawn before it completed, either by an application (this one or another) or because the call went away."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Gründe, aus denen eine gepufferte Ziffernerfassung, die mit `lineGatherDigits` gestartet wurde, beendet wurde. Übermittelt in `dwParam1` der Nachricht `LINE_GATHERDIGITS`, sobald die Erfassung endet.Die Erfassung wurde beendet, weil der Puffer die volle Anzahl von Ziffern erhalten hat, die die Anwendung angefordert hatte.Die Erfassung wurde bei einer der Endeziffern beendet, die die Anwendung angegeben hatte; diese Ziffer schließt die erfasste Zeichenkette ab.Innerhalb des Zeitlimits für die erste Ziffer ist keine Ziffer eingetroffen, daher wurde nichts erfasst.Nachdem eine oder mehrere Ziffern eingetroffen waren, hat die nächste länger gedauert als das Zeitlimit zwischen zwei Ziffern.Die Anforderung der Ziffernerfassung wurde vor ihrem Abschluss zurückgezogen, entweder von einer Anwendung (dieser oder einer anderen) oder weil der Anruf nicht mehr besteht."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Raisons pour lesquelles une collecte de chiffres mise en mémoire tampon, lancée par `lineGatherDigits`, s’est terminée. Communiquées dans `dwParam1` du message `LINE_GATHERDIGITS` à la fin de la collecte.La collecte s’est arrêtée parce que la mémoire tampon a reçu le nombre complet de chiffres demandé par l’application.La collecte s’est arrêtée sur l’un des chiffres de fin indiqués par l’application ; ce chiffre termine la chaîne collectée.Aucun chiffre n’est arrivé dans le délai prévu pour le premier chiffre ; rien n’a donc été collecté.Après l’arrivée d’un ou plusieurs chiffres, le suivant a mis plus de temps que le délai autorisé entre deux chiffres.La demande de collecte a été retirée avant son achèvement, soit par une application (celle-ci ou une autre), soit parce que l’appel a disparu."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineGatherTerm",
            prefix: "LINEGATHERTERM_",
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
                    "LINEGATHERTERM_BUFFERFULL",
                    "LINEGATHERTERM_TERMDIGIT",
                    "LINEGATHERTERM_FIRSTTIMEOUT",
                    "LINEGATHERTERM_INTERTIMEOUT",
                    "LINEGATHERTERM_CANCEL",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xA7\0\0\0\0\0\0\0\xC9\0\0\0\0\0\0\0\xD3\0\0\0\xFF\xFF\0\0\0\0\xA7\0\0\0b\0\0\0\xC9\0\0\0|\0\0\0\xD3\0\0\0~\0\0\0\xFF\xFF\0\0\0\0\t\x01\0\0p\0\0\0E\x01\0\0\x8E\0\0\0Q\x01\0\0\x86\0\0\0\xFF\xFF\0\0\0\0y\x01\0\0I\0\0\0\xD3\x01\0\0i\0\0\0\xD7\x01\0\0n\0\0\0\xFF\xFF\0\0\0\0\xC2\x01\0\0\\\0\0\0<\x02\0\0\x80\0\0\0E\x02\0\0}\0\0\0\xFF\xFF\0\0\0\0\x1E\x02\0\0\x86\0\0\0\xBC\x02\0\0\xAF\0\0\0\xC2\x02\0\0\x94\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEGATHERTERM_BUFFERFULL",
                        "LINEGATHERTERM_TERMDIGIT",
                        "LINEGATHERTERM_FIRSTTIMEOUT",
                        "LINEGATHERTERM_INTERTIMEOUT",
                        "LINEGATHERTERM_CANCEL",
                        "BUFFERFULL",
                        "TERMDIGIT",
                        "FIRSTTIMEOUT",
                        "INTERTIMEOUT",
                        "CANCEL",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEGATHERTERM_BUFFERFULL",
                        " | LINEGATHERTERM_TERMDIGIT",
                        " | LINEGATHERTERM_FIRSTTIMEOUT",
                        " | LINEGATHERTERM_INTERTIMEOUT",
                        " | LINEGATHERTERM_CANCEL",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\t\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEGATHERTERM_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineGatherTerm>`](::tapi_consts::Flags), named [`LineGatherTermSet`](crate::families::LineGatherTermSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINEGATHERTERM_BUFFERFULL` | `0x00000001` |\n| `LINEGATHERTERM_TERMDIGIT` | `0x00000002` |\n| `LINEGATHERTERM_FIRSTTIMEOUT` | `0x00000004` |\n| `LINEGATHERTERM_INTERTIMEOUT` | `0x00000008` |\n| `LINEGATHERTERM_CANCEL` | `0x00000010` |\n\n# Deutsch\n\nGründe, aus denen eine gepufferte Ziffernerfassung, die mit `lineGatherDigits` gestartet wurde, beendet wurde. Übermittelt in `dwParam1` der Nachricht `LINE_GATHERDIGITS`, sobald die Erfassung endet.\n\n- `LINEGATHERTERM_BUFFERFULL`: Die Erfassung wurde beendet, weil der Puffer die volle Anzahl von Ziffern erhalten hat, die die Anwendung angefordert hatte.\n- `LINEGATHERTERM_TERMDIGIT`: Die Erfassung wurde bei einer der Endeziffern beendet, die die Anwendung angegeben hatte; diese Ziffer schließt die erfasste Zeichenkette ab.\n- `LINEGATHERTERM_FIRSTTIMEOUT`: Innerhalb des Zeitlimits für die erste Ziffer ist keine Ziffer eingetroffen, daher wurde nichts erfasst.\n- `LINEGATHERTERM_INTERTIMEOUT`: Nachdem eine oder mehrere Ziffern eingetroffen waren, hat die nächste länger gedauert als das Zeitlimit zwischen zwei Ziffern.\n- `LINEGATHERTERM_CANCEL`: Die Anforderung der Ziffernerfassung wurde vor ihrem Abschluss zurückgezogen, entweder von einer Anwendung (dieser oder einer anderen) oder weil der Anruf nicht mehr besteht.\n\n# Français\n\nRaisons pour lesquelles une collecte de chiffres mise en mémoire tampon, lancée par `lineGatherDigits`, s’est terminée. Communiquées dans `dwParam1` du message `LINE_GATHERDIGITS` à la fin de la collecte.\n\n- `LINEGATHERTERM_BUFFERFULL`: La collecte s’est arrêtée parce que la mémoire tampon a reçu le nombre complet de chiffres demandé par l’application.\n- `LINEGATHERTERM_TERMDIGIT`: La collecte s’est arrêtée sur l’un des chiffres de fin indiqués par l’application ; ce chiffre termine la chaîne collectée.\n- `LINEGATHERTERM_FIRSTTIMEOUT`: Aucun chiffre n’est arrivé dans le délai prévu pour le premier chiffre ; rien n’a donc été collecté.\n- `LINEGATHERTERM_INTERTIMEOUT`: Après l’arrivée d’un ou plusieurs chiffres, le suivant a mis plus de temps que le délai autorisé entre deux chiffres.\n- `LINEGATHERTERM_CANCEL`: La demande de collecte a été retirée avant son achèvement, soit par une application (celle-ci ou une autre), soit parce que l’appel a disparu.\n"
    )]
    impl LineGatherTerm {
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
        pub const fn value(self) -> ::core::primitive::u32 {
            self as ::core::primitive::u32
        }
        /// The member with this value, if any.
        #[inline]
        pub const fn from_value(
            value: ::core::primitive::u32,
        ) -> ::core::option::Option<Self> {
            match value {
                1 => __tapi::Some(Self::BufferFull),
                2 => __tapi::Some(Self::TermDigit),
                4 => __tapi::Some(Self::FirstTimeout),
                8 => __tapi::Some(Self::InterTimeout),
                16 => __tapi::Some(Self::Cancel),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEGATHERTERM_BUFFERFULL`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineGatherTerm {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineGatherTerm> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineGatherTerm) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineGatherTerm {
        type Error = ::tapi_consts::UnknownValueError<LineGatherTerm>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineGatherTerm {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineGatherTerm {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineGatherTerm {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineGatherTerm {
        type Output = ::tapi_consts::Flags<LineGatherTerm>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineGatherTerm> {
            <::tapi_consts::Flags<
                LineGatherTerm,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineGatherTerm>> for LineGatherTerm {
        type Output = ::tapi_consts::Flags<LineGatherTerm>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineGatherTerm>,
        ) -> ::tapi_consts::Flags<LineGatherTerm> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineGatherTerm, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineGatherTerm);
};
///The `LINEGATHERTERM_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linegatherterm {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineGatherTerm::BufferFull`](super::LineGatherTerm::BufferFull)."
    )]
    pub const LINEGATHERTERM_BUFFERFULL: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineGatherTerm::TermDigit`](super::LineGatherTerm::TermDigit)."
    )]
    pub const LINEGATHERTERM_TERMDIGIT: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineGatherTerm::FirstTimeout`](super::LineGatherTerm::FirstTimeout)."
    )]
    pub const LINEGATHERTERM_FIRSTTIMEOUT: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineGatherTerm::InterTimeout`](super::LineGatherTerm::InterTimeout)."
    )]
    pub const LINEGATHERTERM_INTERTIMEOUT: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineGatherTerm::Cancel`](super::LineGatherTerm::Cancel)."
    )]
    pub const LINEGATHERTERM_CANCEL: ::core::primitive::u32 = 16;
}
/// Reasons why digit or tone generation started with `lineGenerateDigits` or `lineGenerateTone`
/// ended.
///
/// Delivered in `dwParam1` of the `LINE_GENERATE` message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineGenerateTerm {
    /// Everything asked for was played out: all the digits, or the tones for their full duration.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEGENERATETERM_DONE` = `0x00000001`")]
    Done = 0x0000_0001,
    /// Generation stopped early: it was cancelled by this or another application, the call ended,
    /// or the service provider failed internally.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEGENERATETERM_CANCEL` = `0x00000002`")]
    Cancel = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Reasons why digit or tone generation started with `lineGenerateDigits` or `lineGenerateTone` ended.\n\nDelivered in `dwParam1` of the `LINE_GENERATE` message.Everything asked for was played out: all the digits, or the tones for their full duration.Generation stopped early: it was cancelled by this or another application, the call ended, or the service provider failed internally."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Gründe, aus denen die mit `lineGenerateDigits` oder `lineGenerateTone` gestartete Erzeugung von Ziffern oder Tönen beendet wurde. Übermittelt in `dwParam1` der Nachricht `LINE_GENERATE`.Alles Angeforderte wurde ausgegeben: alle Ziffern oder die Töne über ihre volle Dauer.Die Erzeugung endete vorzeitig: Sie wurde von dieser oder einer anderen Anwendung abgebrochen, der Anruf wurde beendet, oder im Dienstanbieter ist ein interner Fehler aufgetreten."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Raisons pour lesquelles la génération de chiffres ou de tonalités lancée par `lineGenerateDigits` ou `lineGenerateTone` s’est terminée. Communiquées dans `dwParam1` du message `LINE_GENERATE`.Tout ce qui était demandé a été émis : tous les chiffres, ou les tonalités pendant toute leur durée.La génération s’est arrêtée prématurément : elle a été annulée par cette application ou une autre, l’appel a pris fin, ou le fournisseur de services a subi une défaillance interne."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineGenerateTerm",
            prefix: "LINEGENERATETERM_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["LINEGENERATETERM_DONE", "LINEGENERATETERM_CANCEL"],
                bits: &[1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x9C\0\0\0\0\0\0\0\xBD\0\0\0\0\0\0\0\xC8\0\0\0\xFF\xFF\0\0\0\0\x9C\0\0\0Z\0\0\0\xBD\0\0\0X\0\0\0\xC8\0\0\0k\0\0\0\xFF\xFF\0\0\0\0\xF6\0\0\0\x85\0\0\0\x15\x01\0\0\xB3\0\0\x003\x01\0\0\xC2\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEGENERATETERM_DONE",
                        "LINEGENERATETERM_CANCEL",
                        "DONE",
                        "CANCEL",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"\0\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEGENERATETERM_DONE",
                        " | LINEGENERATETERM_CANCEL",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEGENERATETERM_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineGenerateTerm>`](::tapi_consts::Flags), named [`LineGenerateTermSet`](crate::families::LineGenerateTermSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINEGENERATETERM_DONE` | `0x00000001` |\n| `LINEGENERATETERM_CANCEL` | `0x00000002` |\n\n# Deutsch\n\nGründe, aus denen die mit `lineGenerateDigits` oder `lineGenerateTone` gestartete Erzeugung von Ziffern oder Tönen beendet wurde. Übermittelt in `dwParam1` der Nachricht `LINE_GENERATE`.\n\n- `LINEGENERATETERM_DONE`: Alles Angeforderte wurde ausgegeben: alle Ziffern oder die Töne über ihre volle Dauer.\n- `LINEGENERATETERM_CANCEL`: Die Erzeugung endete vorzeitig: Sie wurde von dieser oder einer anderen Anwendung abgebrochen, der Anruf wurde beendet, oder im Dienstanbieter ist ein interner Fehler aufgetreten.\n\n# Français\n\nRaisons pour lesquelles la génération de chiffres ou de tonalités lancée par `lineGenerateDigits` ou `lineGenerateTone` s’est terminée. Communiquées dans `dwParam1` du message `LINE_GENERATE`.\n\n- `LINEGENERATETERM_DONE`: Tout ce qui était demandé a été émis : tous les chiffres, ou les tonalités pendant toute leur durée.\n- `LINEGENERATETERM_CANCEL`: La génération s’est arrêtée prématurément : elle a été annulée par cette application ou une autre, l’appel a pris fin, ou le fournisseur de services a subi une défaillance interne.\n"
    )]
    impl LineGenerateTerm {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Done, Self::Cancel];
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
                1 => __tapi::Some(Self::Done),
                2 => __tapi::Some(Self::Cancel),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEGENERATETERM_DONE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineGenerateTerm {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineGenerateTerm> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineGenerateTerm) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineGenerateTerm {
        type Error = ::tapi_consts::UnknownValueError<LineGenerateTerm>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineGenerateTerm {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineGenerateTerm {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineGenerateTerm {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineGenerateTerm {
        type Output = ::tapi_consts::Flags<LineGenerateTerm>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineGenerateTerm> {
            <::tapi_consts::Flags<
                LineGenerateTerm,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineGenerateTerm>>
    for LineGenerateTerm {
        type Output = ::tapi_consts::Flags<LineGenerateTerm>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineGenerateTerm>,
        ) -> ::tapi_consts::Flags<LineGenerateTerm> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineGenerateTerm, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineGenerateTerm);
};
///The `LINEGENERATETERM_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linegenerateterm {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineGenerateTerm::Done`](super::LineGenerateTerm::Done)."
    )]
    pub const LINEGENERATETERM_DONE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineGenerateTerm::Cancel`](super::LineGenerateTerm::Cancel)."
    )]
    pub const LINEGENERATETERM_CANCEL: ::core::primitive::u32 = 2;
}
/// Generic actions that TAPI can apply to a call's media stream when a chosen event occurs
/// (a digit, a tone, a media mode or a call state is detected).
///
/// Used in `dwMediaControl` of the `LINEMEDIACONTROLDIGIT`, `LINEMEDIACONTROLMEDIA`,
/// `LINEMEDIACONTROLTONE` and `LINEMEDIACONTROLCALLSTATE` entries passed to `lineSetMediaControl`.
/// The stream decides what each action concretely means, and nothing happens unless the line
/// has media-control capability.
/// The low 16 bits are reserved; the high 16 bits are free for device-specific extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineMediaControl {
    /// Leave the media stream as it is.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIACONTROL_NONE` = `0x00000001`")]
    None = 0x0000_0001,
    /// Set the media stream going.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIACONTROL_START` = `0x00000002`")]
    Start = 0x0000_0002,
    /// Treat the stream as if its input had come to an end and free every buffer it holds.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIACONTROL_RESET` = `0x00000004`")]
    Reset = 0x0000_0004,
    /// Hold the media stream still until it is resumed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIACONTROL_PAUSE` = `0x00000008`")]
    Pause = 0x0000_0008,
    /// Let a paused media stream continue.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIACONTROL_RESUME` = `0x00000010`")]
    Resume = 0x0000_0010,
    /// Make the stream play faster, by a step that the stream itself defines.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIACONTROL_RATEUP` = `0x00000020`")]
    RateUp = 0x0000_0020,
    /// Make the stream play slower, by a step that the stream itself defines.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIACONTROL_RATEDOWN` = `0x00000040`")]
    RateDown = 0x0000_0040,
    /// Restore the stream's normal playback speed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIACONTROL_RATENORMAL` = `0x00000080`")]
    RateNormal = 0x0000_0080,
    /// Raise the stream's volume by a step that the stream itself defines.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIACONTROL_VOLUMEUP` = `0x00000100`")]
    VolumeUp = 0x0000_0100,
    /// Lower the stream's volume by a step that the stream itself defines.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIACONTROL_VOLUMEDOWN` = `0x00000200`")]
    VolumeDown = 0x0000_0200,
    /// Restore the stream's normal volume.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIACONTROL_VOLUMENORMAL` = `0x00000400`")]
    VolumeNormal = 0x0000_0400,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Generic actions that TAPI can apply to a call's media stream when a chosen event occurs (a digit, a tone, a media mode or a call state is detected).\n\nUsed in `dwMediaControl` of the `LINEMEDIACONTROLDIGIT`, `LINEMEDIACONTROLMEDIA`, `LINEMEDIACONTROLTONE` and `LINEMEDIACONTROLCALLSTATE` entries passed to `lineSetMediaControl`. The stream decides what each action concretely means, and nothing happens unless the line has media-control capability. The low 16 bits are reserved; the high 16 bits are free for device-specific extensions.Leave the media stream as it is.Set the media stream going.Treat the stream as if its input had come to an end and free every buffer it holds.Hold the media stream still until it is resumed.Let a paused media stream continue.Make the stream play faster, by a step that the stream itself defines.Make the stream play slower, by a step that the stream itself defines.Restore the stream's normal playback speed.Raise the stream's volume by a step that the stream itself defines.Lower the stream's volume by a step that the stream itself defines.Restore the stream's normal volume."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Allgemeine Aktionen, die TAPI auf den Medienstrom eines Anrufs anwenden kann, wenn ein gewähltes Ereignis eintritt (eine Ziffer, ein Ton, ein Medienmodus oder ein Anrufzustand wird erkannt). Verwendet in `dwMediaControl` der Einträge `LINEMEDIACONTROLDIGIT`, `LINEMEDIACONTROLMEDIA`, `LINEMEDIACONTROLTONE` und `LINEMEDIACONTROLCALLSTATE`, die an `lineSetMediaControl` übergeben werden. Was jede Aktion konkret bedeutet, bestimmt der Medienstrom, und es geschieht nichts, wenn die Leitung nicht über die Fähigkeit zur Mediensteuerung verfügt. Die unteren 16 Bits sind reserviert; die oberen 16 Bits stehen für gerätespezifische Erweiterungen frei.Lässt den Medienstrom unverändert.Startet den Medienstrom.Behandelt den Medienstrom so, als sei seine Eingabe zu Ende, und gibt alle Puffer frei, die er belegt.Pausiert den Medienstrom, bis er fortgesetzt wird.Setzt einen pausierten Medienstrom fort.Erhöht die Wiedergabegeschwindigkeit des Medienstroms um eine Stufe, die der Medienstrom selbst festlegt.Verringert die Wiedergabegeschwindigkeit des Medienstroms um eine Stufe, die der Medienstrom selbst festlegt.Stellt die normale Wiedergabegeschwindigkeit des Medienstroms wieder her.Erhöht die Lautstärke des Medienstroms um eine Stufe, die der Medienstrom selbst festlegt.Verringert die Lautstärke des Medienstroms um eine Stufe, die der Medienstrom selbst festlegt.Stellt die normale Lautstärke des Medienstroms wieder her."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Actions génériques que TAPI peut appliquer au flux de média d’un appel lorsqu’un événement choisi se produit (détection d’un chiffre, d’une tonalité, d’un mode de média ou d’un état d’appel). Utilisées dans `dwMediaControl` des entrées `LINEMEDIACONTROLDIGIT`, `LINEMEDIACONTROLMEDIA`, `LINEMEDIACONTROLTONE` et `LINEMEDIACONTROLCALLSTATE` passées à `lineSetMediaControl`. C’est le flux qui détermine la signification concrète de chaque action, et rien ne se produit si la ligne n’est pas dotée du contrôle du média. Les 16 bits de poids faible sont réservés ; les 16 bits de poids fort sont libres pour les extensions propres aux périphériques.Laisser le flux de média tel quel.Mettre en marche le flux de média.Traiter le flux comme si son entrée était arrivée à son terme et libérer toutes les mémoires tampons qu’il occupe.Immobiliser le flux de média jusqu’à sa reprise.Faire reprendre un flux de média suspendu.Accélérer la lecture du flux, d’un pas défini par le flux lui-même.Ralentir la lecture du flux, d’un pas défini par le flux lui-même.Rétablir la vitesse de lecture normale du flux.Augmenter le volume du flux d’un pas défini par le flux lui-même.Baisser le volume du flux d’un pas défini par le flux lui-même.Rétablir le volume normal du flux."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineMediaControl",
            prefix: "LINEMEDIACONTROL_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 2047u64,
            selector_mask: 0u64,
            device_specific: __tapi::Some(__tapi::DeviceSpecific::Bits(4294901760u64)),
            table: __tapi::Table {
                names: &[
                    "LINEMEDIACONTROL_NONE",
                    "LINEMEDIACONTROL_START",
                    "LINEMEDIACONTROL_RESET",
                    "LINEMEDIACONTROL_PAUSE",
                    "LINEMEDIACONTROL_RESUME",
                    "LINEMEDIACONTROL_RATEUP",
                    "LINEMEDIACONTROL_RATEDOWN",
                    "LINEMEDIACONTROL_RATENORMAL",
                    "LINEMEDIACONTROL_VOLUMEUP",
                    "LINEMEDIACONTROL_VOLUMEDOWN",
                    "LINEMEDIACONTROL_VOLUMENORMAL",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x17\x02\0\0\0\0\0\0\x8F\x02\0\0\0\0\0\0\xAD\x02\0\0\xFF\xFF\0\0\0\0\x17\x02\0\0 \0\0\0\x8F\x02\0\0$\0\0\0\xAD\x02\0\0#\0\0\0\xFF\xFF\0\0\0\x007\x02\0\0\x1B\0\0\0\xB3\x02\0\0\x18\0\0\0\xD0\x02\0\0#\0\0\0\xFF\xFF\0\0\0\0R\x02\0\0S\0\0\0\xCB\x02\0\0f\0\0\0\xF3\x02\0\0z\0\0\0\xFF\xFF\0\0\0\0\xA5\x02\0\x000\0\0\x001\x03\0\x002\0\0\0m\x03\0\x004\0\0\0\xFF\xFF\0\0\0\0\xD5\x02\0\0#\0\0\0c\x03\0\0(\0\0\0\xA1\x03\0\0+\0\0\0\xFF\xFF\0\0\0\0\xF8\x02\0\0F\0\0\0\x8B\x03\0\0j\0\0\0\xCC\x03\0\0I\0\0\0\xFF\xFF\0\0\0\0>\x03\0\0F\0\0\0\xF5\x03\0\0m\0\0\0\x15\x04\0\0F\0\0\0\xFF\xFF\0\0\0\0\x84\x03\0\0+\0\0\0b\x04\0\0I\0\0\0[\x04\0\x000\0\0\0\xFF\xFF\0\0\0\0\xAF\x03\0\0C\0\0\0\xAB\x04\0\0\\\0\0\0\x8B\x04\0\0E\0\0\0\xFF\xFF\0\0\0\0\xF2\x03\0\0C\0\0\0\x07\x05\0\0_\0\0\0\xD0\x04\0\0C\0\0\0\xFF\xFF\0\0\0\x005\x04\0\0#\0\0\0f\x05\0\0;\0\0\0\x13\x05\0\0#\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEMEDIACONTROL_NONE",
                        "LINEMEDIACONTROL_START",
                        "LINEMEDIACONTROL_RESET",
                        "LINEMEDIACONTROL_PAUSE",
                        "LINEMEDIACONTROL_RESUME",
                        "LINEMEDIACONTROL_RATEUP",
                        "LINEMEDIACONTROL_RATEDOWN",
                        "LINEMEDIACONTROL_RATENORMAL",
                        "LINEMEDIACONTROL_VOLUMEUP",
                        "LINEMEDIACONTROL_VOLUMEDOWN",
                        "LINEMEDIACONTROL_VOLUMENORMAL",
                        "NONE",
                        "START",
                        "RESET",
                        "PAUSE",
                        "RESUME",
                        "RATEUP",
                        "RATEDOWN",
                        "RATENORMAL",
                        "VOLUMEUP",
                        "VOLUMEDOWN",
                        "VOLUMENORMAL",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEMEDIACONTROL_NONE",
                        " | LINEMEDIACONTROL_START",
                        " | LINEMEDIACONTROL_RESET",
                        " | LINEMEDIACONTROL_PAUSE",
                        " | LINEMEDIACONTROL_RESUME",
                        " | LINEMEDIACONTROL_RATEUP",
                        " | LINEMEDIACONTROL_RATEDOWN",
                        " | LINEMEDIACONTROL_RATENORMAL",
                        " | LINEMEDIACONTROL_VOLUMEUP",
                        " | LINEMEDIACONTROL_VOLUMEDOWN",
                        " | LINEMEDIACONTROL_VOLUMENORMAL",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\x0B\0\0\0\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x01\0\xFF\xFF\xFF\xFF\x14\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEMEDIACONTROL_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineMediaControl>`](::tapi_consts::Flags), named [`LineMediaControlSet`](crate::families::LineMediaControlSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINEMEDIACONTROL_NONE` | `0x00000001` |\n| `LINEMEDIACONTROL_START` | `0x00000002` |\n| `LINEMEDIACONTROL_RESET` | `0x00000004` |\n| `LINEMEDIACONTROL_PAUSE` | `0x00000008` |\n| `LINEMEDIACONTROL_RESUME` | `0x00000010` |\n| `LINEMEDIACONTROL_RATEUP` | `0x00000020` |\n| `LINEMEDIACONTROL_RATEDOWN` | `0x00000040` |\n| `LINEMEDIACONTROL_RATENORMAL` | `0x00000080` |\n| `LINEMEDIACONTROL_VOLUMEUP` | `0x00000100` |\n| `LINEMEDIACONTROL_VOLUMEDOWN` | `0x00000200` |\n| `LINEMEDIACONTROL_VOLUMENORMAL` | `0x00000400` |\n\n# Deutsch\n\nAllgemeine Aktionen, die TAPI auf den Medienstrom eines Anrufs anwenden kann, wenn ein gewähltes Ereignis eintritt (eine Ziffer, ein Ton, ein Medienmodus oder ein Anrufzustand wird erkannt). Verwendet in `dwMediaControl` der Einträge `LINEMEDIACONTROLDIGIT`, `LINEMEDIACONTROLMEDIA`, `LINEMEDIACONTROLTONE` und `LINEMEDIACONTROLCALLSTATE`, die an `lineSetMediaControl` übergeben werden. Was jede Aktion konkret bedeutet, bestimmt der Medienstrom, und es geschieht nichts, wenn die Leitung nicht über die Fähigkeit zur Mediensteuerung verfügt. Die unteren 16 Bits sind reserviert; die oberen 16 Bits stehen für gerätespezifische Erweiterungen frei.\n\n- `LINEMEDIACONTROL_NONE`: Lässt den Medienstrom unverändert.\n- `LINEMEDIACONTROL_START`: Startet den Medienstrom.\n- `LINEMEDIACONTROL_RESET`: Behandelt den Medienstrom so, als sei seine Eingabe zu Ende, und gibt alle Puffer frei, die er belegt.\n- `LINEMEDIACONTROL_PAUSE`: Pausiert den Medienstrom, bis er fortgesetzt wird.\n- `LINEMEDIACONTROL_RESUME`: Setzt einen pausierten Medienstrom fort.\n- `LINEMEDIACONTROL_RATEUP`: Erhöht die Wiedergabegeschwindigkeit des Medienstroms um eine Stufe, die der Medienstrom selbst festlegt.\n- `LINEMEDIACONTROL_RATEDOWN`: Verringert die Wiedergabegeschwindigkeit des Medienstroms um eine Stufe, die der Medienstrom selbst festlegt.\n- `LINEMEDIACONTROL_RATENORMAL`: Stellt die normale Wiedergabegeschwindigkeit des Medienstroms wieder her.\n- `LINEMEDIACONTROL_VOLUMEUP`: Erhöht die Lautstärke des Medienstroms um eine Stufe, die der Medienstrom selbst festlegt.\n- `LINEMEDIACONTROL_VOLUMEDOWN`: Verringert die Lautstärke des Medienstroms um eine Stufe, die der Medienstrom selbst festlegt.\n- `LINEMEDIACONTROL_VOLUMENORMAL`: Stellt die normale Lautstärke des Medienstroms wieder her.\n\n# Français\n\nActions génériques que TAPI peut appliquer au flux de média d’un appel lorsqu’un événement choisi se produit (détection d’un chiffre, d’une tonalité, d’un mode de média ou d’un état d’appel). Utilisées dans `dwMediaControl` des entrées `LINEMEDIACONTROLDIGIT`, `LINEMEDIACONTROLMEDIA`, `LINEMEDIACONTROLTONE` et `LINEMEDIACONTROLCALLSTATE` passées à `lineSetMediaControl`. C’est le flux qui détermine la signification concrète de chaque action, et rien ne se produit si la ligne n’est pas dotée du contrôle du média. Les 16 bits de poids faible sont réservés ; les 16 bits de poids fort sont libres pour les extensions propres aux périphériques.\n\n- `LINEMEDIACONTROL_NONE`: Laisser le flux de média tel quel.\n- `LINEMEDIACONTROL_START`: Mettre en marche le flux de média.\n- `LINEMEDIACONTROL_RESET`: Traiter le flux comme si son entrée était arrivée à son terme et libérer toutes les mémoires tampons qu’il occupe.\n- `LINEMEDIACONTROL_PAUSE`: Immobiliser le flux de média jusqu’à sa reprise.\n- `LINEMEDIACONTROL_RESUME`: Faire reprendre un flux de média suspendu.\n- `LINEMEDIACONTROL_RATEUP`: Accélérer la lecture du flux, d’un pas défini par le flux lui-même.\n- `LINEMEDIACONTROL_RATEDOWN`: Ralentir la lecture du flux, d’un pas défini par le flux lui-même.\n- `LINEMEDIACONTROL_RATENORMAL`: Rétablir la vitesse de lecture normale du flux.\n- `LINEMEDIACONTROL_VOLUMEUP`: Augmenter le volume du flux d’un pas défini par le flux lui-même.\n- `LINEMEDIACONTROL_VOLUMEDOWN`: Baisser le volume du flux d’un pas défini par le flux lui-même.\n- `LINEMEDIACONTROL_VOLUMENORMAL`: Rétablir le volume normal du flux.\n"
    )]
    impl LineMediaControl {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::None,
            Self::Start,
            Self::Reset,
            Self::Pause,
            Self::Resume,
            Self::RateUp,
            Self::RateDown,
            Self::RateNormal,
            Self::VolumeUp,
            Self::VolumeDown,
            Self::VolumeNormal,
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
                2 => __tapi::Some(Self::Start),
                4 => __tapi::Some(Self::Reset),
                8 => __tapi::Some(Self::Pause),
                16 => __tapi::Some(Self::Resume),
                32 => __tapi::Some(Self::RateUp),
                64 => __tapi::Some(Self::RateDown),
                128 => __tapi::Some(Self::RateNormal),
                256 => __tapi::Some(Self::VolumeUp),
                512 => __tapi::Some(Self::VolumeDown),
                1024 => __tapi::Some(Self::VolumeNormal),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEMEDIACONTROL_NONE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineMediaControl {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineMediaControl> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineMediaControl) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineMediaControl {
        type Error = ::tapi_consts::UnknownValueError<LineMediaControl>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineMediaControl {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineMediaControl {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineMediaControl {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineMediaControl {
        type Output = ::tapi_consts::Flags<LineMediaControl>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineMediaControl> {
            <::tapi_consts::Flags<
                LineMediaControl,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineMediaControl>>
    for LineMediaControl {
        type Output = ::tapi_consts::Flags<LineMediaControl>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineMediaControl>,
        ) -> ::tapi_consts::Flags<LineMediaControl> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineMediaControl, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineMediaControl);
};
///The `LINEMEDIACONTROL_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linemediacontrol {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaControl::None`](super::LineMediaControl::None)."
    )]
    pub const LINEMEDIACONTROL_NONE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaControl::Start`](super::LineMediaControl::Start)."
    )]
    pub const LINEMEDIACONTROL_START: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaControl::Reset`](super::LineMediaControl::Reset)."
    )]
    pub const LINEMEDIACONTROL_RESET: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaControl::Pause`](super::LineMediaControl::Pause)."
    )]
    pub const LINEMEDIACONTROL_PAUSE: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaControl::Resume`](super::LineMediaControl::Resume)."
    )]
    pub const LINEMEDIACONTROL_RESUME: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaControl::RateUp`](super::LineMediaControl::RateUp)."
    )]
    pub const LINEMEDIACONTROL_RATEUP: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaControl::RateDown`](super::LineMediaControl::RateDown)."
    )]
    pub const LINEMEDIACONTROL_RATEDOWN: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaControl::RateNormal`](super::LineMediaControl::RateNormal)."
    )]
    pub const LINEMEDIACONTROL_RATENORMAL: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaControl::VolumeUp`](super::LineMediaControl::VolumeUp)."
    )]
    pub const LINEMEDIACONTROL_VOLUMEUP: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaControl::VolumeDown`](super::LineMediaControl::VolumeDown)."
    )]
    pub const LINEMEDIACONTROL_VOLUMEDOWN: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaControl::VolumeNormal`](super::LineMediaControl::VolumeNormal)."
    )]
    pub const LINEMEDIACONTROL_VOLUMENORMAL: ::core::primitive::u32 = 1024;
}
/// Media modes: the kind of information carried over a call, as opposed to the bearer mode,
/// which describes the quality of the connection itself.
///
/// Found in `dwMediaMode` of `LINECALLINFO` and `LINECALLPARAMS` and in `dwMediaModes` of
/// `LINEDEVCAPS`, and passed to `lineOpen`, `lineSetMediaMode` and `lineMonitorMedia`. The value 0x00000001 is
/// not defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineMediaMode {
    /// The call carries a media stream whose kind has not been determined yet, as with an incoming
    /// analog call before it is answered and analyzed. Other media-mode bits may be set alongside
    /// to say what it probably is.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_UNKNOWN` = `0x00000002`")]
    Unknown = 0x0000_0002,
    /// A live spoken conversation, with a person at each end. Providers that cannot tell live speech
    /// from automated speech on an incoming call report this mode.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_INTERACTIVEVOICE` = `0x00000004`")]
    InteractiveVoice = 0x0000_0004,
    /// Speech handled on this side by software rather than a person, as with an answering machine or
    /// voice-mail program.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_AUTOMATEDVOICE` = `0x00000008`")]
    AutomatedVoice = 0x0000_0008,
    /// The call carries a data-modem session. Because the called side must start the modem
    /// handshake, providers usually can only guess this for incoming calls (for example from
    /// silence after answering).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_DATAMODEM` = `0x00000010`")]
    DataModem = 0x0000_0010,
    /// The call carries a Group 3 fax transmission, in either direction.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_G3FAX` = `0x00000020`")]
    G3Fax = 0x0000_0020,
    /// The call carries a session for a telecommunications device for the deaf (TDD).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_TDD` = `0x00000040`")]
    Tdd = 0x0000_0040,
    /// The call carries a Group 4 fax transmission, in either direction.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_G4FAX` = `0x00000080`")]
    G4Fax = 0x0000_0080,
    /// Raw digital data whose format TAPI does not specify.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_DIGITALDATA` = `0x00000100`")]
    DigitalData = 0x0000_0100,
    /// Teletex, a telematic service for exchanging formatted text documents between terminals.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_TELETEX` = `0x00000200`")]
    Teletex = 0x0000_0200,
    /// Videotex, a telematic service for consulting pages of text and graphics held on a remote server.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_VIDEOTEX` = `0x00000400`")]
    Videotex = 0x0000_0400,
    /// Telex, the telematic service of text exchange between teleprinters.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_TELEX` = `0x00000800`")]
    Telex = 0x0000_0800,
    /// A mixed-mode session, an ISDN telematic service that combines several kinds of content such as
    /// text and facsimile.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_MIXED` = `0x00001000`")]
    Mixed = 0x0000_1000,
    /// The call carries an Analog Display Services Interface (ADSI) session, which adds text sent
    /// to the phone's display and soft keys to a voice call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_ADSI` = `0x00002000`")]
    Adsi = 0x0000_2000,
    /// The call carries VoiceView, a mode that alternates voice and data on the same call (TAPI 1.4
    /// and later).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_VOICEVIEW` = `0x00004000`")]
    VoiceView = 0x0000_4000,
    /// The call carries video (TAPI 2.1 and later).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEMEDIAMODE_VIDEO` = `0x00008000`")]
    Video = 0x0000_8000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Media modes: the kind of information carried over a call, as opposed to the bearer mode, which describes the quality of the connection itself.\n\nFound in `dwMediaMode` of `LINECALLINFO` and `LINECALLPARAMS` and in `dwMediaModes` of `LINEDEVCAPS`, and passed to `lineOpen`, `lineSetMediaMode` and `lineMonitorMedia`. The value 0x00000001 is not defined.The call carries a media stream whose kind has not been determined yet, as with an incoming analog call before it is answered and analyzed. Other media-mode bits may be set alongside to say what it probably is.A live spoken conversation, with a person at each end. Providers that cannot tell live speech from automated speech on an incoming call report this mode.Speech handled on this side by software rather than a person, as with an answering machine or voice-mail program.The call carries a data-modem session. Because the called side must start the modem handshake, providers usually can only guess this for incoming calls (for example from silence after answering).The call carries a Group 3 fax transmission, in either direction.The call carries a session for a telecommunications device for the deaf (TDD).The call carries a Group 4 fax transmission, in either direction.Raw digital data whose format TAPI does not specify.Teletex, a telematic service for exchanging formatted text documents between terminals.Videotex, a telematic service for consulting pages of text and graphics held on a remote server.Telex, the telematic service of text exchange between teleprinters.A mixed-mode session, an ISDN telematic service that combines several kinds of content such as text and facsimile.The call carries an Analog Display Services Interface (ADSI) session, which adds text sent to the phone's display and soft keys to a voice call.The call carries VoiceView, a mode that alternates voice and data on the same call (TAPI 1.4 and later).The call carries video (TAPI 2.1 and later)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Medienmodi: die Art der Informationen, die über einen Anruf übertragen werden, im Unterschied zum Trägermodus, der die Qualität der Verbindung selbst beschreibt. Zu finden in `dwMediaMode` von `LINECALLINFO` und `LINECALLPARAMS` sowie in `dwMediaModes` von `LINEDEVCAPS`; außerdem werden sie an `lineOpen`, `lineSetMediaMode` und `lineMonitorMedia` übergeben. Der Wert 0x00000001 ist nicht definiert.Der Anruf überträgt einen Medienstrom, dessen Art noch nicht bestimmt ist, etwa bei einem eingehenden analogen Anruf, bevor er entgegengenommen und analysiert wurde. Zusätzlich können weitere Medienmodus-Bits gesetzt sein, die angeben, worum es sich vermutlich handelt.Ein live geführtes Gespräch mit einer Person an jedem Ende. Anbieter, die bei einem eingehenden Anruf Live-Sprache nicht von automatisierter Sprache unterscheiden können, melden diesen Modus.Sprache, die auf dieser Seite von Software statt von einer Person verarbeitet wird, etwa von einem Anrufbeantworter oder einem Voicemail-Programm.Der Anruf überträgt eine Datenmodem-Sitzung. Da die angerufene Seite den Modem-Handshake beginnen muss, können Anbieter diesen Modus bei eingehenden Anrufen meist nur vermuten (etwa aufgrund von Stille nach der Annahme).Der Anruf überträgt ein Fax der Gruppe 3, in der einen oder der anderen Richtung.Der Anruf überträgt eine Sitzung eines Schreibtelefons für Gehörlose (TDD).Der Anruf überträgt ein Fax der Gruppe 4, in der einen oder der anderen Richtung.Digitale Rohdaten, deren Format TAPI nicht festlegt.Teletex, ein Telematikdienst zum Austausch formatierter Textdokumente zwischen Endgeräten.Videotex, ein Telematikdienst zum Abrufen von Text- und Grafikseiten, die auf einem entfernten Server gespeichert sind.Telex, der Telematikdienst für den Textaustausch zwischen Fernschreibern.Eine Sitzung im Mischmodus, einem ISDN-Telematikdienst, der mehrere Arten von Inhalten wie Text und Faksimile kombiniert.Der Anruf überträgt eine ADSI-Sitzung (Analog Display Services Interface), die einen Sprachanruf um Text für das Display des Telefons und um Softkeys ergänzt.Der Anruf überträgt VoiceView, einen Modus, der auf demselben Anruf zwischen Sprache und Daten wechselt (TAPI 1.4 oder höher).Der Anruf überträgt Video (TAPI 2.1 oder höher)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Modes de média : nature des informations transportées par un appel, par opposition au mode porteur, qui décrit la qualité de la connexion elle-même. Présents dans `dwMediaMode` de `LINECALLINFO` et de `LINECALLPARAMS` ainsi que dans `dwMediaModes` de `LINEDEVCAPS`, et transmis à `lineOpen`, `lineSetMediaMode` et `lineMonitorMedia`. La valeur 0x00000001 n’est pas définie.L’appel transporte un flux de média dont la nature n’est pas encore déterminée, comme un appel analogique entrant avant qu’il soit pris et analysé. D’autres bits de mode de média peuvent être présents en même temps pour indiquer sa nature probable.Conversation orale en direct, avec une personne à chaque extrémité. Les fournisseurs incapables de distinguer, sur un appel entrant, la parole en direct de la parole automatisée indiquent ce mode.Parole prise en charge de ce côté par un logiciel plutôt que par une personne, comme avec un répondeur ou une messagerie vocale.L’appel transporte une session de modem de données. Comme c’est le côté appelé qui doit lancer la négociation du modem, les fournisseurs ne peuvent généralement que la deviner pour les appels entrants (par exemple d’après un silence après la prise de l’appel).L’appel transporte une transmission de télécopie du groupe 3, dans un sens ou dans l’autre.L’appel transporte une session d’appareil de télécommunication pour personnes sourdes (ATS, en anglais TDD).L’appel transporte une transmission de télécopie du groupe 4, dans un sens ou dans l’autre.Données numériques brutes dont TAPI ne précise pas le format.Télétex, un service télématique d’échange de documents textuels mis en forme entre terminaux.Vidéotex, un service télématique de consultation de pages de texte et de graphismes stockées sur un serveur distant.Télex, le service télématique d’échange de texte entre téléscripteurs.Session en mode mixte, un service télématique du RNIS qui combine plusieurs types de contenu, comme du texte et du fac-similé.L’appel transporte une session ADSI (Analog Display Services Interface), qui ajoute à un appel vocal du texte envoyé à l’afficheur du téléphone et des touches programmables.L’appel transporte du VoiceView, un mode qui alterne voix et données sur le même appel (TAPI 1.4 et versions ultérieures).L’appel transporte de la vidéo (TAPI 2.1 et versions ultérieures)."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineMediaMode",
            prefix: "LINEMEDIAMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 65534u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEMEDIAMODE_UNKNOWN",
                    "LINEMEDIAMODE_INTERACTIVEVOICE",
                    "LINEMEDIAMODE_AUTOMATEDVOICE",
                    "LINEMEDIAMODE_DATAMODEM",
                    "LINEMEDIAMODE_G3FAX",
                    "LINEMEDIAMODE_TDD",
                    "LINEMEDIAMODE_G4FAX",
                    "LINEMEDIAMODE_DIGITALDATA",
                    "LINEMEDIAMODE_TELETEX",
                    "LINEMEDIAMODE_VIDEOTEX",
                    "LINEMEDIAMODE_TELEX",
                    "LINEMEDIAMODE_MIXED",
                    "LINEMEDIAMODE_ADSI",
                    "LINEMEDIAMODE_VOICEVIEW",
                    "LINEMEDIAMODE_VIDEO",
                ],
                bits: &[
                    2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64, 4096u64, 8192u64, 16384u64, 32768u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0_\x01\0\0\0\0\0\0\x96\x01\0\0\0\0\0\0\x7F\x01\0\0\xFF\xFF\0\0\0\0_\x01\0\0\xD2\0\0\0\x96\x01\0\0\x11\x01\0\0\x7F\x01\0\0\x08\x01\0\0\xFF\xFF\0\0\0\x001\x02\0\0\x99\0\0\0\xA7\x02\0\0\xC2\0\0\0\x87\x02\0\0\xC8\0\0\0\xFF\xFF\0\0\0\0\xCA\x02\0\0q\0\0\0i\x03\0\0\x92\0\0\0O\x03\0\0\x84\0\0\0\xFF\xFF\0\0\0\0;\x03\0\0\xC3\0\0\0\xFB\x03\0\0\xDF\0\0\0\xD3\x03\0\0\x15\x01\0\0\xFF\xFF\0\0\0\0\xFE\x03\0\0A\0\0\0\xDA\x04\0\0S\0\0\0\xE8\x04\0\0a\0\0\0\xFF\xFF\0\0\0\0?\x04\0\0N\0\0\0-\x05\0\0O\0\0\0I\x05\0\0r\0\0\0\xFF\xFF\0\0\0\0\x8D\x04\0\0A\0\0\0|\x05\0\0S\0\0\0\xBB\x05\0\0a\0\0\0\xFF\xFF\0\0\0\0\xCE\x04\0\x004\0\0\0\xCF\x05\0\x004\0\0\0\x1C\x06\0\0@\0\0\0\xFF\xFF\0\0\0\0\x02\x05\0\0W\0\0\0\x03\x06\0\0[\0\0\0\\\x06\0\0d\0\0\0\xFF\xFF\0\0\0\0Y\x05\0\0`\0\0\0^\x06\0\0w\0\0\0\xC0\x06\0\0x\0\0\0\xFF\xFF\0\0\0\0\xB9\x05\0\0C\0\0\0\xD5\x06\0\0J\0\0\08\x07\0\0N\0\0\0\xFF\xFF\0\0\0\0\xFC\x05\0\0r\0\0\0\x1F\x07\0\0y\0\0\0\x86\x07\0\0\x81\0\0\0\xFF\xFF\0\0\0\0n\x06\0\0\x90\0\0\0\x98\x07\0\0\xA2\0\0\0\x07\x08\0\0\xB6\0\0\0\x01\x04\0\0\0\0\xFE\x06\0\0h\0\0\0:\x08\0\0\x81\0\0\0\xBD\x08\0\0\x7F\0\0\0\x02\x01\0\0\0\0f\x07\0\0,\0\0\0\xBB\x08\0\x003\0\0\0<\t\0\0F\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEMEDIAMODE_UNKNOWN",
                        "LINEMEDIAMODE_INTERACTIVEVOICE",
                        "LINEMEDIAMODE_AUTOMATEDVOICE",
                        "LINEMEDIAMODE_DATAMODEM",
                        "LINEMEDIAMODE_G3FAX",
                        "LINEMEDIAMODE_TDD",
                        "LINEMEDIAMODE_G4FAX",
                        "LINEMEDIAMODE_DIGITALDATA",
                        "LINEMEDIAMODE_TELETEX",
                        "LINEMEDIAMODE_VIDEOTEX",
                        "LINEMEDIAMODE_TELEX",
                        "LINEMEDIAMODE_MIXED",
                        "LINEMEDIAMODE_ADSI",
                        "LINEMEDIAMODE_VOICEVIEW",
                        "LINEMEDIAMODE_VIDEO",
                        "UNKNOWN",
                        "INTERACTIVEVOICE",
                        "AUTOMATEDVOICE",
                        "DATAMODEM",
                        "G3FAX",
                        "TDD",
                        "G4FAX",
                        "DIGITALDATA",
                        "TELETEX",
                        "VIDEOTEX",
                        "TELEX",
                        "MIXED",
                        "ADSI",
                        "VOICEVIEW",
                        "VIDEO",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0",
                    bit_index: b"\xFF\xFF\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        "",
                        " | LINEMEDIAMODE_UNKNOWN",
                        " | LINEMEDIAMODE_INTERACTIVEVOICE",
                        " | LINEMEDIAMODE_AUTOMATEDVOICE",
                        " | LINEMEDIAMODE_DATAMODEM",
                        " | LINEMEDIAMODE_G3FAX",
                        " | LINEMEDIAMODE_TDD",
                        " | LINEMEDIAMODE_G4FAX",
                        " | LINEMEDIAMODE_DIGITALDATA",
                        " | LINEMEDIAMODE_TELETEX",
                        " | LINEMEDIAMODE_VIDEOTEX",
                        " | LINEMEDIAMODE_TELEX",
                        " | LINEMEDIAMODE_MIXED",
                        " | LINEMEDIAMODE_ADSI",
                        " | LINEMEDIAMODE_VOICEVIEW",
                        " | LINEMEDIAMODE_VIDEO",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x03\0\x17\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x06\0\xFF\xFF\xFF\xFF\x14\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\0\0\x16\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEMEDIAMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineMediaMode>`](::tapi_consts::Flags), named [`LineMediaModeSet`](crate::families::LineMediaModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEMEDIAMODE_UNKNOWN` | `0x00000002` |  |\n| `LINEMEDIAMODE_INTERACTIVEVOICE` | `0x00000004` |  |\n| `LINEMEDIAMODE_AUTOMATEDVOICE` | `0x00000008` |  |\n| `LINEMEDIAMODE_DATAMODEM` | `0x00000010` |  |\n| `LINEMEDIAMODE_G3FAX` | `0x00000020` |  |\n| `LINEMEDIAMODE_TDD` | `0x00000040` |  |\n| `LINEMEDIAMODE_G4FAX` | `0x00000080` |  |\n| `LINEMEDIAMODE_DIGITALDATA` | `0x00000100` |  |\n| `LINEMEDIAMODE_TELETEX` | `0x00000200` |  |\n| `LINEMEDIAMODE_VIDEOTEX` | `0x00000400` |  |\n| `LINEMEDIAMODE_TELEX` | `0x00000800` |  |\n| `LINEMEDIAMODE_MIXED` | `0x00001000` |  |\n| `LINEMEDIAMODE_ADSI` | `0x00002000` |  |\n| `LINEMEDIAMODE_VOICEVIEW` | `0x00004000` | TAPI 1.4 |\n| `LINEMEDIAMODE_VIDEO` | `0x00008000` | TAPI 2.1 |\n\n# Deutsch\n\nMedienmodi: die Art der Informationen, die über einen Anruf übertragen werden, im Unterschied zum Trägermodus, der die Qualität der Verbindung selbst beschreibt. Zu finden in `dwMediaMode` von `LINECALLINFO` und `LINECALLPARAMS` sowie in `dwMediaModes` von `LINEDEVCAPS`; außerdem werden sie an `lineOpen`, `lineSetMediaMode` und `lineMonitorMedia` übergeben. Der Wert 0x00000001 ist nicht definiert.\n\n- `LINEMEDIAMODE_UNKNOWN`: Der Anruf überträgt einen Medienstrom, dessen Art noch nicht bestimmt ist, etwa bei einem eingehenden analogen Anruf, bevor er entgegengenommen und analysiert wurde. Zusätzlich können weitere Medienmodus-Bits gesetzt sein, die angeben, worum es sich vermutlich handelt.\n- `LINEMEDIAMODE_INTERACTIVEVOICE`: Ein live geführtes Gespräch mit einer Person an jedem Ende. Anbieter, die bei einem eingehenden Anruf Live-Sprache nicht von automatisierter Sprache unterscheiden können, melden diesen Modus.\n- `LINEMEDIAMODE_AUTOMATEDVOICE`: Sprache, die auf dieser Seite von Software statt von einer Person verarbeitet wird, etwa von einem Anrufbeantworter oder einem Voicemail-Programm.\n- `LINEMEDIAMODE_DATAMODEM`: Der Anruf überträgt eine Datenmodem-Sitzung. Da die angerufene Seite den Modem-Handshake beginnen muss, können Anbieter diesen Modus bei eingehenden Anrufen meist nur vermuten (etwa aufgrund von Stille nach der Annahme).\n- `LINEMEDIAMODE_G3FAX`: Der Anruf überträgt ein Fax der Gruppe 3, in der einen oder der anderen Richtung.\n- `LINEMEDIAMODE_TDD`: Der Anruf überträgt eine Sitzung eines Schreibtelefons für Gehörlose (TDD).\n- `LINEMEDIAMODE_G4FAX`: Der Anruf überträgt ein Fax der Gruppe 4, in der einen oder der anderen Richtung.\n- `LINEMEDIAMODE_DIGITALDATA`: Digitale Rohdaten, deren Format TAPI nicht festlegt.\n- `LINEMEDIAMODE_TELETEX`: Teletex, ein Telematikdienst zum Austausch formatierter Textdokumente zwischen Endgeräten.\n- `LINEMEDIAMODE_VIDEOTEX`: Videotex, ein Telematikdienst zum Abrufen von Text- und Grafikseiten, die auf einem entfernten Server gespeichert sind.\n- `LINEMEDIAMODE_TELEX`: Telex, der Telematikdienst für den Textaustausch zwischen Fernschreibern.\n- `LINEMEDIAMODE_MIXED`: Eine Sitzung im Mischmodus, einem ISDN-Telematikdienst, der mehrere Arten von Inhalten wie Text und Faksimile kombiniert.\n- `LINEMEDIAMODE_ADSI`: Der Anruf überträgt eine ADSI-Sitzung (Analog Display Services Interface), die einen Sprachanruf um Text für das Display des Telefons und um Softkeys ergänzt.\n- `LINEMEDIAMODE_VOICEVIEW`: Der Anruf überträgt VoiceView, einen Modus, der auf demselben Anruf zwischen Sprache und Daten wechselt (TAPI 1.4 oder höher).\n- `LINEMEDIAMODE_VIDEO`: Der Anruf überträgt Video (TAPI 2.1 oder höher).\n\n# Français\n\nModes de média : nature des informations transportées par un appel, par opposition au mode porteur, qui décrit la qualité de la connexion elle-même. Présents dans `dwMediaMode` de `LINECALLINFO` et de `LINECALLPARAMS` ainsi que dans `dwMediaModes` de `LINEDEVCAPS`, et transmis à `lineOpen`, `lineSetMediaMode` et `lineMonitorMedia`. La valeur 0x00000001 n’est pas définie.\n\n- `LINEMEDIAMODE_UNKNOWN`: L’appel transporte un flux de média dont la nature n’est pas encore déterminée, comme un appel analogique entrant avant qu’il soit pris et analysé. D’autres bits de mode de média peuvent être présents en même temps pour indiquer sa nature probable.\n- `LINEMEDIAMODE_INTERACTIVEVOICE`: Conversation orale en direct, avec une personne à chaque extrémité. Les fournisseurs incapables de distinguer, sur un appel entrant, la parole en direct de la parole automatisée indiquent ce mode.\n- `LINEMEDIAMODE_AUTOMATEDVOICE`: Parole prise en charge de ce côté par un logiciel plutôt que par une personne, comme avec un répondeur ou une messagerie vocale.\n- `LINEMEDIAMODE_DATAMODEM`: L’appel transporte une session de modem de données. Comme c’est le côté appelé qui doit lancer la négociation du modem, les fournisseurs ne peuvent généralement que la deviner pour les appels entrants (par exemple d’après un silence après la prise de l’appel).\n- `LINEMEDIAMODE_G3FAX`: L’appel transporte une transmission de télécopie du groupe 3, dans un sens ou dans l’autre.\n- `LINEMEDIAMODE_TDD`: L’appel transporte une session d’appareil de télécommunication pour personnes sourdes (ATS, en anglais TDD).\n- `LINEMEDIAMODE_G4FAX`: L’appel transporte une transmission de télécopie du groupe 4, dans un sens ou dans l’autre.\n- `LINEMEDIAMODE_DIGITALDATA`: Données numériques brutes dont TAPI ne précise pas le format.\n- `LINEMEDIAMODE_TELETEX`: Télétex, un service télématique d’échange de documents textuels mis en forme entre terminaux.\n- `LINEMEDIAMODE_VIDEOTEX`: Vidéotex, un service télématique de consultation de pages de texte et de graphismes stockées sur un serveur distant.\n- `LINEMEDIAMODE_TELEX`: Télex, le service télématique d’échange de texte entre téléscripteurs.\n- `LINEMEDIAMODE_MIXED`: Session en mode mixte, un service télématique du RNIS qui combine plusieurs types de contenu, comme du texte et du fac-similé.\n- `LINEMEDIAMODE_ADSI`: L’appel transporte une session ADSI (Analog Display Services Interface), qui ajoute à un appel vocal du texte envoyé à l’afficheur du téléphone et des touches programmables.\n- `LINEMEDIAMODE_VOICEVIEW`: L’appel transporte du VoiceView, un mode qui alterne voix et données sur le même appel (TAPI 1.4 et versions ultérieures).\n- `LINEMEDIAMODE_VIDEO`: L’appel transporte de la vidéo (TAPI 2.1 et versions ultérieures).\n"
    )]
    impl LineMediaMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Unknown,
            Self::InteractiveVoice,
            Self::AutomatedVoice,
            Self::DataModem,
            Self::G3Fax,
            Self::Tdd,
            Self::G4Fax,
            Self::DigitalData,
            Self::Teletex,
            Self::Videotex,
            Self::Telex,
            Self::Mixed,
            Self::Adsi,
            Self::VoiceView,
            Self::Video,
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
                2 => __tapi::Some(Self::Unknown),
                4 => __tapi::Some(Self::InteractiveVoice),
                8 => __tapi::Some(Self::AutomatedVoice),
                16 => __tapi::Some(Self::DataModem),
                32 => __tapi::Some(Self::G3Fax),
                64 => __tapi::Some(Self::Tdd),
                128 => __tapi::Some(Self::G4Fax),
                256 => __tapi::Some(Self::DigitalData),
                512 => __tapi::Some(Self::Teletex),
                1024 => __tapi::Some(Self::Videotex),
                2048 => __tapi::Some(Self::Telex),
                4096 => __tapi::Some(Self::Mixed),
                8192 => __tapi::Some(Self::Adsi),
                16384 => __tapi::Some(Self::VoiceView),
                32768 => __tapi::Some(Self::Video),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEMEDIAMODE_UNKNOWN`; `{:#}` in `format!` gives the short name.
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
            ((self as ::core::primitive::u32).trailing_zeros() - 1u32)
                as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineMediaMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineMediaMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineMediaMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineMediaMode {
        type Error = ::tapi_consts::UnknownValueError<LineMediaMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineMediaMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineMediaMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineMediaMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineMediaMode {
        type Output = ::tapi_consts::Flags<LineMediaMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineMediaMode> {
            <::tapi_consts::Flags<
                LineMediaMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineMediaMode>> for LineMediaMode {
        type Output = ::tapi_consts::Flags<LineMediaMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineMediaMode>,
        ) -> ::tapi_consts::Flags<LineMediaMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineMediaMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineMediaMode);
};
///The `LINEMEDIAMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linemediamode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::Unknown`](super::LineMediaMode::Unknown)."
    )]
    pub const LINEMEDIAMODE_UNKNOWN: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::InteractiveVoice`](super::LineMediaMode::InteractiveVoice)."
    )]
    pub const LINEMEDIAMODE_INTERACTIVEVOICE: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::AutomatedVoice`](super::LineMediaMode::AutomatedVoice)."
    )]
    pub const LINEMEDIAMODE_AUTOMATEDVOICE: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::DataModem`](super::LineMediaMode::DataModem)."
    )]
    pub const LINEMEDIAMODE_DATAMODEM: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::G3Fax`](super::LineMediaMode::G3Fax)."
    )]
    pub const LINEMEDIAMODE_G3FAX: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::Tdd`](super::LineMediaMode::Tdd)."
    )]
    pub const LINEMEDIAMODE_TDD: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::G4Fax`](super::LineMediaMode::G4Fax)."
    )]
    pub const LINEMEDIAMODE_G4FAX: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::DigitalData`](super::LineMediaMode::DigitalData)."
    )]
    pub const LINEMEDIAMODE_DIGITALDATA: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::Teletex`](super::LineMediaMode::Teletex)."
    )]
    pub const LINEMEDIAMODE_TELETEX: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::Videotex`](super::LineMediaMode::Videotex)."
    )]
    pub const LINEMEDIAMODE_VIDEOTEX: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::Telex`](super::LineMediaMode::Telex)."
    )]
    pub const LINEMEDIAMODE_TELEX: ::core::primitive::u32 = 2048;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::Mixed`](super::LineMediaMode::Mixed)."
    )]
    pub const LINEMEDIAMODE_MIXED: ::core::primitive::u32 = 4096;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::Adsi`](super::LineMediaMode::Adsi)."
    )]
    pub const LINEMEDIAMODE_ADSI: ::core::primitive::u32 = 8192;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::VoiceView`](super::LineMediaMode::VoiceView)."
    )]
    pub const LINEMEDIAMODE_VOICEVIEW: ::core::primitive::u32 = 16384;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineMediaMode::Video`](super::LineMediaMode::Video)."
    )]
    pub const LINEMEDIAMODE_VIDEO: ::core::primitive::u32 = 32768;
}
/// End markers that `tapi.h` defines for two other families; they do not belong to any
/// structure or function parameter.
///
/// Each names the last value of its family, so that code (typically a service provider) can
/// build a mask of the values that are defined and reject unknown bits.
///
/// Both values happen to be single bits, but they mark two unrelated families and are never
/// combined, so this is an enumeration, not a flags family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum Last {
    /// Highest defined `LINEMEDIAMODE_` bit; it equals `LINEMEDIAMODE_VIDEO`, so the valid media
    /// mode bits run from `LINEMEDIAMODE_UNKNOWN` up to it. Headers written before TAPI 2.1, which
    /// added `LINEMEDIAMODE_VIDEO` (Wine's and Odin32's, for example), define it as 0x4000,
    /// `LINEMEDIAMODE_VOICEVIEW`: a mask built from those headers leaves out the video bit.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LAST_LINEMEDIAMODE` = `0x00008000`")]
    LineMediaMode = 0x0000_8000,
    /// End marker for `LINEREQUESTMODE_`; it equals `LINEREQUESTMODE_MEDIACALL`. Note that
    /// `LINEREQUESTMODE_DROP` (0x4) lies above it, so it does not cover every request mode.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LAST_LINEREQUESTMODE` = `0x00000002`")]
    LineRequestMode = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "End markers that `tapi.h` defines for two other families; they do not belong to any structure or function parameter.\n\nEach names the last value of its family, so that code (typically a service provider) can build a mask of the values that are defined and reject unknown bits.\n\nBoth values happen to be single bits, but they mark two unrelated families and are never combined, so this is an enumeration, not a flags family.Highest defined `LINEMEDIAMODE_` bit; it equals `LINEMEDIAMODE_VIDEO`, so the valid media mode bits run from `LINEMEDIAMODE_UNKNOWN` up to it. Headers written before TAPI 2.1, which added `LINEMEDIAMODE_VIDEO` (Wine's and Odin32's, for example), define it as 0x4000, `LINEMEDIAMODE_VOICEVIEW`: a mask built from those headers leaves out the video bit.End marker for `LINEREQUESTMODE_`; it equals `LINEREQUESTMODE_MEDIACALL`. Note that `LINEREQUESTMODE_DROP` (0x4) lies above it, so it does not cover every request mode."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Endmarken, die `tapi.h` für zwei andere Familien definiert; sie gehören zu keiner Struktur und keinem Funktionsparameter. Jede bezeichnet den letzten Wert ihrer Familie, damit Code (meist ein Dienstanbieter) eine Maske der definierten Werte bilden und unbekannte Bits zurückweisen kann.\n\nBeide Werte sind zufällig einzelne Bits, kennzeichnen aber zwei voneinander unabhängige Familien und werden nie kombiniert; dies ist daher eine Aufzählung und keine Familie von Bits.Höchstes definiertes Bit von `LINEMEDIAMODE_`; die Endmarke ist gleich `LINEMEDIAMODE_VIDEO`, die gültigen Medienmodus-Bits reichen also von `LINEMEDIAMODE_UNKNOWN` bis zu ihr. Header aus der Zeit vor TAPI 2.1, das `LINEMEDIAMODE_VIDEO` hinzugefügt hat (etwa die von Wine und Odin32), definieren sie als 0x4000, also `LINEMEDIAMODE_VOICEVIEW`: Eine aus diesen Headern gebildete Maske lässt das Video-Bit aus.Endmarke für `LINEREQUESTMODE_`; sie ist gleich `LINEREQUESTMODE_MEDIACALL`. Zu beachten ist, dass `LINEREQUESTMODE_DROP` (0x4) darüber liegt, sodass sie nicht alle Anforderungsmodi abdeckt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Marqueurs de fin que `tapi.h` définit pour deux autres familles ; ils n’appartiennent à aucune structure ni à aucun paramètre de fonction. Chacun désigne la dernière valeur de sa famille, afin que le code (en général un fournisseur de services) puisse construire un masque des valeurs définies et rejeter les bits inconnus.Bit `LINEMEDIAMODE_` défini le plus élevé ; il vaut `LINEMEDIAMODE_VIDEO`, de sorte que les bits de mode de média valides vont de `LINEMEDIAMODE_UNKNOWN` jusqu’à lui. Les en-têtes antérieurs à TAPI 2.1, qui a ajouté `LINEMEDIAMODE_VIDEO` (ceux de Wine et d’Odin32, par exemple), le définissent à 0x4000, soit `LINEMEDIAMODE_VOICEVIEW` : un masque construit à partir de ces en-têtes laisse de côté le bit vidéo.Marqueur de fin de `LINEREQUESTMODE_` ; il vaut `LINEREQUESTMODE_MEDIACALL`. Attention, `LINEREQUESTMODE_DROP` (0x4) se situe au-dessus, si bien qu’il ne couvre pas tous les modes de requête."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "Last",
            prefix: "LAST_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::None,
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 32770u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["LAST_LINEMEDIAMODE", "LAST_LINEREQUESTMODE"],
                bits: &[32768u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xA6\x01\0\0\0\0\0\0\xDC\x01\0\0\0\0\0\0N\x01\0\0\xFF\xFF\0\0\0\0\xA6\x01\0\0_\x01\0\0\xDC\x01\0\0\x9C\x01\0\0N\x01\0\0\xAE\x01\0\0\xFF\xFF\0\0\0\0\x05\x03\0\0\xA8\0\0\0x\x03\0\0\xC0\0\0\0\xFC\x02\0\0\xC2\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LAST_LINEMEDIAMODE",
                        "LAST_LINEREQUESTMODE",
                        "LINEMEDIAMODE",
                        "LINEREQUESTMODE",
                    ],
                    by_value: b"\x01\0\0\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LAST_` family (enumeration, `u32`); defined in `tapi.h`.\n\n| Constant | Value |\n|---|---|\n| `LAST_LINEMEDIAMODE` | `0x00008000` |\n| `LAST_LINEREQUESTMODE` | `0x00000002` |\n\n# Deutsch\n\nEndmarken, die `tapi.h` für zwei andere Familien definiert; sie gehören zu keiner Struktur und keinem Funktionsparameter. Jede bezeichnet den letzten Wert ihrer Familie, damit Code (meist ein Dienstanbieter) eine Maske der definierten Werte bilden und unbekannte Bits zurückweisen kann.<br><br>Beide Werte sind zufällig einzelne Bits, kennzeichnen aber zwei voneinander unabhängige Familien und werden nie kombiniert; dies ist daher eine Aufzählung und keine Familie von Bits.\n\n- `LAST_LINEMEDIAMODE`: Höchstes definiertes Bit von `LINEMEDIAMODE_`; die Endmarke ist gleich `LINEMEDIAMODE_VIDEO`, die gültigen Medienmodus-Bits reichen also von `LINEMEDIAMODE_UNKNOWN` bis zu ihr. Header aus der Zeit vor TAPI 2.1, das `LINEMEDIAMODE_VIDEO` hinzugefügt hat (etwa die von Wine und Odin32), definieren sie als 0x4000, also `LINEMEDIAMODE_VOICEVIEW`: Eine aus diesen Headern gebildete Maske lässt das Video-Bit aus.\n- `LAST_LINEREQUESTMODE`: Endmarke für `LINEREQUESTMODE_`; sie ist gleich `LINEREQUESTMODE_MEDIACALL`. Zu beachten ist, dass `LINEREQUESTMODE_DROP` (0x4) darüber liegt, sodass sie nicht alle Anforderungsmodi abdeckt.\n\n# Français\n\nMarqueurs de fin que `tapi.h` définit pour deux autres familles ; ils n’appartiennent à aucune structure ni à aucun paramètre de fonction. Chacun désigne la dernière valeur de sa famille, afin que le code (en général un fournisseur de services) puisse construire un masque des valeurs définies et rejeter les bits inconnus.\n\n- `LAST_LINEMEDIAMODE`: Bit `LINEMEDIAMODE_` défini le plus élevé ; il vaut `LINEMEDIAMODE_VIDEO`, de sorte que les bits de mode de média valides vont de `LINEMEDIAMODE_UNKNOWN` jusqu’à lui. Les en-têtes antérieurs à TAPI 2.1, qui a ajouté `LINEMEDIAMODE_VIDEO` (ceux de Wine et d’Odin32, par exemple), le définissent à 0x4000, soit `LINEMEDIAMODE_VOICEVIEW` : un masque construit à partir de ces en-têtes laisse de côté le bit vidéo.\n- `LAST_LINEREQUESTMODE`: Marqueur de fin de `LINEREQUESTMODE_` ; il vaut `LINEREQUESTMODE_MEDIACALL`. Attention, `LINEREQUESTMODE_DROP` (0x4) se situe au-dessus, si bien qu’il ne couvre pas tous les modes de requête.\n"
    )]
    impl Last {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::LineMediaMode, Self::LineRequestMode];
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
                32768 => __tapi::Some(Self::LineMediaMode),
                2 => __tapi::Some(Self::LineRequestMode),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LAST_LINEMEDIAMODE`; `{:#}` in `format!` gives the short name.
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
                Self::LineMediaMode => 0usize,
                Self::LineRequestMode => 1usize,
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for Last {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<Last> for ::core::primitive::u32 {
        #[inline]
        fn from(member: Last) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for Last {
        type Error = ::tapi_consts::UnknownValueError<Last>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for Last {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for Last {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(Last, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(Last);
};
///The `LAST_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_last {
    #[cfg_attr(
        doc,
        doc = "The value of [`Last::LineMediaMode`](super::Last::LineMediaMode)."
    )]
    pub const LAST_LINEMEDIAMODE: ::core::primitive::u32 = 32768;
    #[cfg_attr(
        doc,
        doc = "The value of [`Last::LineRequestMode`](super::Last::LineRequestMode)."
    )]
    pub const LAST_LINEREQUESTMODE: ::core::primitive::u32 = 2;
}
