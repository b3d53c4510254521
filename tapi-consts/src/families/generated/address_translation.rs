// @generated from tapi-consts/families/address_translation.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Address translation and dialing locations: calling cards, locations, toll lists, translation.
/// Options of a calling card, found in the `dwOptions` member of each `LINECARDENTRY` inside the
/// `LINETRANSLATECAPS` structure returned by `lineGetTranslateCaps`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCardOption {
    /// The card is one of the definitions shipped with Windows telephony. The user cannot delete it
    /// for good: removing it only hides it, so its dialing rules stay available for copying.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECARDOPTION_PREDEFINED` = `0x00000001`")]
    Predefined = 0x0000_0001,
    /// The user has hidden the card: it is left out of the main list of calling cards but still
    /// appears among the cards whose dialing rules can be copied.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECARDOPTION_HIDDEN` = `0x00000002`")]
    Hidden = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Options of a calling card, found in the `dwOptions` member of each `LINECARDENTRY` inside the `LINETRANSLATECAPS` structure returned by `lineGetTranslateCaps`.The card is one of the definitions shipped with Windows telephony. The user cannot delete it for good: removing it only hides it, so its dialing rules stay available for copying.The user has hidden the card: it is left out of the main list of calling cards but still appears among the cards whose dialing rules can be copied."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Optionen einer Calling Card, die im Feld `dwOptions` jedes Eintrags `LINECARDENTRY` der Struktur `LINETRANSLATECAPS` stehen, die `lineGetTranslateCaps` zurückgibt.Die Calling Card gehört zu den Definitionen, die mit der Windows-Telefonie ausgeliefert werden. Der Benutzer kann sie nicht endgültig löschen: Beim Entfernen wird sie nur ausgeblendet, sodass ihre Wählregeln weiterhin zum Kopieren verfügbar bleiben.Der Benutzer hat die Calling Card ausgeblendet: Sie fehlt in der Hauptliste der Calling Cards, erscheint aber weiterhin unter den Karten, deren Wählregeln kopiert werden können."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Options d’une carte d’appel, présentes dans le membre `dwOptions` de chaque `LINECARDENTRY` de la structure `LINETRANSLATECAPS` renvoyée par `lineGetTranslateCaps`.La carte fait partie des définitions fournies avec la téléphonie de Windows. L’utilisateur ne peut pas la supprimer définitivement : la retirer ne fait que la masquer, si bien que ses règles de numérotation restent disponibles pour être copiées.L’utilisateur a masqué la carte : elle n’apparaît plus dans la liste principale des cartes d’appel, mais figure toujours parmi les cartes dont on peut copier les règles de numérotation."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCardOption",
            prefix: "LINECARDOPTION_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["LINECARDOPTION_PREDEFINED", "LINECARDOPTION_HIDDEN"],
                bits: &[1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x9F\0\0\0\0\0\0\0\xA4\0\0\0\0\0\0\0\xAA\0\0\0\x01\x04\0\0\0\0\x9F\0\0\0\xB2\0\0\0\xA4\0\0\0\xFE\0\0\0\xAA\0\0\0\xFF\0\0\0\x01\x04\0\0\0\0Q\x01\0\0\x93\0\0\0\xA2\x01\0\0\xB3\0\0\0\xA9\x01\0\0\xC3\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECARDOPTION_PREDEFINED",
                        "LINECARDOPTION_HIDDEN",
                        "PREDEFINED",
                        "HIDDEN",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"\0\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINECARDOPTION_PREDEFINED",
                        " | LINECARDOPTION_HIDDEN",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\x03\0\x01\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECARDOPTION_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCardOption>`](::tapi_consts::Flags), named [`LineCardOptionSet`](crate::families::LineCardOptionSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINECARDOPTION_PREDEFINED` | `0x00000001` | TAPI 1.4 |\n| `LINECARDOPTION_HIDDEN` | `0x00000002` | TAPI 1.4 |\n\n# Deutsch\n\nOptionen einer Calling Card, die im Feld `dwOptions` jedes Eintrags `LINECARDENTRY` der Struktur `LINETRANSLATECAPS` stehen, die `lineGetTranslateCaps` zurückgibt.\n\n- `LINECARDOPTION_PREDEFINED`: Die Calling Card gehört zu den Definitionen, die mit der Windows-Telefonie ausgeliefert werden. Der Benutzer kann sie nicht endgültig löschen: Beim Entfernen wird sie nur ausgeblendet, sodass ihre Wählregeln weiterhin zum Kopieren verfügbar bleiben.\n- `LINECARDOPTION_HIDDEN`: Der Benutzer hat die Calling Card ausgeblendet: Sie fehlt in der Hauptliste der Calling Cards, erscheint aber weiterhin unter den Karten, deren Wählregeln kopiert werden können.\n\n# Français\n\nOptions d’une carte d’appel, présentes dans le membre `dwOptions` de chaque `LINECARDENTRY` de la structure `LINETRANSLATECAPS` renvoyée par `lineGetTranslateCaps`.\n\n- `LINECARDOPTION_PREDEFINED`: La carte fait partie des définitions fournies avec la téléphonie de Windows. L’utilisateur ne peut pas la supprimer définitivement : la retirer ne fait que la masquer, si bien que ses règles de numérotation restent disponibles pour être copiées.\n- `LINECARDOPTION_HIDDEN`: L’utilisateur a masqué la carte : elle n’apparaît plus dans la liste principale des cartes d’appel, mais figure toujours parmi les cartes dont on peut copier les règles de numérotation.\n"
    )]
    impl LineCardOption {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Predefined, Self::Hidden];
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
                1 => __tapi::Some(Self::Predefined),
                2 => __tapi::Some(Self::Hidden),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECARDOPTION_PREDEFINED`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineCardOption {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCardOption> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCardOption) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCardOption {
        type Error = ::tapi_consts::UnknownValueError<LineCardOption>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCardOption {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCardOption {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCardOption {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCardOption {
        type Output = ::tapi_consts::Flags<LineCardOption>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCardOption> {
            <::tapi_consts::Flags<
                LineCardOption,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCardOption>> for LineCardOption {
        type Output = ::tapi_consts::Flags<LineCardOption>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCardOption>,
        ) -> ::tapi_consts::Flags<LineCardOption> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCardOption, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCardOption);
};
///The `LINECARDOPTION_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecardoption {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCardOption::Predefined`](super::LineCardOption::Predefined)."
    )]
    pub const LINECARDOPTION_PREDEFINED: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCardOption::Hidden`](super::LineCardOption::Hidden)."
    )]
    pub const LINECARDOPTION_HIDDEN: ::core::primitive::u32 = 2;
}
/// Whether a prefix is added to or taken off the toll list of the current location (the local
/// prefixes that must nevertheless be dialed as toll calls).
///
/// Passed as `dwTollListOption` to `lineSetTollList`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineTollListOption {
    /// Put the prefix given in `lpszAddressIn` on the toll list of the current location.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETOLLLISTOPTION_ADD` = `0x00000001`")]
    Add = 0x0000_0001,
    /// Take the prefix given in `lpszAddressIn` off the toll list of the current location.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETOLLLISTOPTION_REMOVE` = `0x00000002`")]
    Remove = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Whether a prefix is added to or taken off the toll list of the current location (the local prefixes that must nevertheless be dialed as toll calls).\n\nPassed as `dwTollListOption` to `lineSetTollList`.Put the prefix given in `lpszAddressIn` on the toll list of the current location.Take the prefix given in `lpszAddressIn` off the toll list of the current location."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Gibt an, ob eine Vorwahl in die Liste gebührenpflichtiger Vorwahlen des aktuellen Standorts aufgenommen oder daraus entfernt wird (also der lokalen Vorwahlen, die dennoch als gebührenpflichtige Gespräche gewählt werden müssen). Wird als `dwTollListOption` an `lineSetTollList` übergeben.Die in `lpszAddressIn` angegebene Vorwahl wird in die Liste gebührenpflichtiger Vorwahlen des aktuellen Standorts aufgenommen.Die in `lpszAddressIn` angegebene Vorwahl wird aus der Liste gebührenpflichtiger Vorwahlen des aktuellen Standorts entfernt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Indique si un préfixe est ajouté à la liste des préfixes taxés de l’emplacement actuel (les préfixes locaux qu’il faut pourtant composer comme des appels taxés) ou en est retiré. Valeur passée comme `dwTollListOption` à `lineSetTollList`.Inscrire le préfixe indiqué dans `lpszAddressIn` dans la liste des préfixes taxés de l’emplacement actuel.Rayer le préfixe indiqué dans `lpszAddressIn` de la liste des préfixes taxés de l’emplacement actuel."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineTollListOption",
            prefix: "LINETOLLLISTOPTION_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["LINETOLLLISTOPTION_ADD", "LINETOLLLISTOPTION_REMOVE"],
                bits: &[1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xC8\0\0\0\0\0\0\0%\x01\0\0\0\0\0\0\xFC\0\0\0\xFF\xFF\0\0\0\0\xC8\0\0\0Q\0\0\0%\x01\0\0\x7F\0\0\0\xFC\0\0\0p\0\0\0\xFF\xFF\0\0\0\0\x19\x01\0\0S\0\0\0\xA4\x01\0\0}\0\0\0l\x01\0\0k\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINETOLLLISTOPTION_ADD",
                        "LINETOLLLISTOPTION_REMOVE",
                        "ADD",
                        "REMOVE",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"\0\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINETOLLLISTOPTION_ADD",
                        " | LINETOLLLISTOPTION_REMOVE",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINETOLLLISTOPTION_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineTollListOption>`](::tapi_consts::Flags), named [`LineTollListOptionSet`](crate::families::LineTollListOptionSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINETOLLLISTOPTION_ADD` | `0x00000001` |\n| `LINETOLLLISTOPTION_REMOVE` | `0x00000002` |\n\n# Deutsch\n\nGibt an, ob eine Vorwahl in die Liste gebührenpflichtiger Vorwahlen des aktuellen Standorts aufgenommen oder daraus entfernt wird (also der lokalen Vorwahlen, die dennoch als gebührenpflichtige Gespräche gewählt werden müssen). Wird als `dwTollListOption` an `lineSetTollList` übergeben.\n\n- `LINETOLLLISTOPTION_ADD`: Die in `lpszAddressIn` angegebene Vorwahl wird in die Liste gebührenpflichtiger Vorwahlen des aktuellen Standorts aufgenommen.\n- `LINETOLLLISTOPTION_REMOVE`: Die in `lpszAddressIn` angegebene Vorwahl wird aus der Liste gebührenpflichtiger Vorwahlen des aktuellen Standorts entfernt.\n\n# Français\n\nIndique si un préfixe est ajouté à la liste des préfixes taxés de l’emplacement actuel (les préfixes locaux qu’il faut pourtant composer comme des appels taxés) ou en est retiré. Valeur passée comme `dwTollListOption` à `lineSetTollList`.\n\n- `LINETOLLLISTOPTION_ADD`: Inscrire le préfixe indiqué dans `lpszAddressIn` dans la liste des préfixes taxés de l’emplacement actuel.\n- `LINETOLLLISTOPTION_REMOVE`: Rayer le préfixe indiqué dans `lpszAddressIn` de la liste des préfixes taxés de l’emplacement actuel.\n"
    )]
    impl LineTollListOption {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Add, Self::Remove];
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
                1 => __tapi::Some(Self::Add),
                2 => __tapi::Some(Self::Remove),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINETOLLLISTOPTION_ADD`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineTollListOption {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineTollListOption> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineTollListOption) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineTollListOption {
        type Error = ::tapi_consts::UnknownValueError<LineTollListOption>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineTollListOption {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineTollListOption {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineTollListOption {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineTollListOption {
        type Output = ::tapi_consts::Flags<LineTollListOption>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineTollListOption> {
            <::tapi_consts::Flags<
                LineTollListOption,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineTollListOption>>
    for LineTollListOption {
        type Output = ::tapi_consts::Flags<LineTollListOption>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineTollListOption>,
        ) -> ::tapi_consts::Flags<LineTollListOption> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineTollListOption, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineTollListOption);
};
///The `LINETOLLLISTOPTION_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linetolllistoption {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTollListOption::Add`](super::LineTollListOption::Add)."
    )]
    pub const LINETOLLLISTOPTION_ADD: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTollListOption::Remove`](super::LineTollListOption::Remove)."
    )]
    pub const LINETOLLLISTOPTION_REMOVE: ::core::primitive::u32 = 2;
}
/// Options that change how an address is turned into a dialable string.
///
/// Passed as `dwTranslateOptions` to `lineTranslateAddress`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineTranslateOption {
    /// Use the calling card given in the `dwCard` parameter instead of the location's default
    /// card.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATEOPTION_CARDOVERRIDE` = `0x00000001`")]
    CardOverride = 0x0000_0001,
    /// Put the location's cancel-call-waiting sequence, if one is defined, at the start of the
    /// dialable string, so that waiting-call beeps do not disturb a data or fax call. Such
    /// applications should also set `LINECALLPARAMFLAGS_SECURE` when placing the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATEOPTION_CANCELCALLWAITING` = `0x00000002`")]
    CancelCallWaiting = 0x0000_0002,
    /// Translate the number as a local call, whatever the area-code rules would decide.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATEOPTION_FORCELOCAL` = `0x00000004`")]
    ForceLocal = 0x0000_0004,
    /// Translate the number as a long-distance call, whatever the area-code rules would decide.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATEOPTION_FORCELD` = `0x00000008`")]
    ForceLd = 0x0000_0008,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Options that change how an address is turned into a dialable string.\n\nPassed as `dwTranslateOptions` to `lineTranslateAddress`.Use the calling card given in the `dwCard` parameter instead of the location's default card.Put the location's cancel-call-waiting sequence, if one is defined, at the start of the dialable string, so that waiting-call beeps do not disturb a data or fax call. Such applications should also set `LINECALLPARAMFLAGS_SECURE` when placing the call.Translate the number as a local call, whatever the area-code rules would decide.Translate the number as a long-distance call, whatever the area-code rules would decide."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Optionen, die beeinflussen, wie eine Adresse in eine Wählzeichenfolge umgesetzt wird. Sie werden als `dwTranslateOptions` an `lineTranslateAddress` übergeben.Statt der Standard-Calling-Card des Standorts wird die im Parameter `dwCard` angegebene Calling Card verwendet.Die Sequenz des Standorts zum Abschalten des Anklopfens wird, sofern eine festgelegt ist, an den Anfang der Wählzeichenfolge gesetzt, damit Anklopftöne keinen Daten- oder Faxanruf stören. Solche Anwendungen sollten beim Herstellen des Anrufs außerdem `LINECALLPARAMFLAGS_SECURE` setzen.Die Nummer wird als Ortsgespräch umgesetzt, unabhängig davon, was die Regeln für Ortsnetzkennzahlen ergeben würden.Die Nummer wird als Ferngespräch umgesetzt, unabhängig davon, was die Regeln für Ortsnetzkennzahlen ergeben würden."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Options qui modifient la façon dont une adresse est convertie en chaîne composable. Passées comme `dwTranslateOptions` à `lineTranslateAddress`.Utiliser la carte d’appel indiquée dans le paramètre `dwCard` au lieu de la carte par défaut de l’emplacement.Placer au début de la chaîne composable la séquence de désactivation du signal d’appel de l’emplacement, si elle est définie, afin que les bips d’appel en attente ne perturbent pas un appel de données ou de télécopie. Ces applications doivent aussi définir `LINECALLPARAMFLAGS_SECURE` en passant l’appel.Convertir le numéro comme un appel local, quoi qu’en décident les règles d’indicatif régional.Convertir le numéro comme un appel interurbain, quoi qu’en décident les règles d’indicatif régional."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineTranslateOption",
            prefix: "LINETRANSLATEOPTION_",
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
                    "LINETRANSLATEOPTION_CARDOVERRIDE",
                    "LINETRANSLATEOPTION_CANCELCALLWAITING",
                    "LINETRANSLATEOPTION_FORCELOCAL",
                    "LINETRANSLATEOPTION_FORCELD",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x7F\0\0\0\0\0\0\0\xA0\0\0\0\0\0\0\0\x94\0\0\0\xFF\xFF\0\0\0\0\x7F\0\0\0\\\0\0\0\xA0\0\0\0o\0\0\0\x94\0\0\0u\0\0\0\x01\x04\0\0\0\0\xDB\0\0\0\xFB\0\0\0\x0F\x01\0\0\"\x01\0\0\t\x01\0\0A\x01\0\0\x01\x04\0\0\0\0\xD6\x01\0\0P\0\0\x001\x02\0\0w\0\0\0J\x02\0\0f\0\0\0\x01\x04\0\0\0\0&\x02\0\0X\0\0\0\xA8\x02\0\0w\0\0\0\xB0\x02\0\0l\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINETRANSLATEOPTION_CARDOVERRIDE",
                        "LINETRANSLATEOPTION_CANCELCALLWAITING",
                        "LINETRANSLATEOPTION_FORCELOCAL",
                        "LINETRANSLATEOPTION_FORCELD",
                        "CARDOVERRIDE",
                        "CANCELCALLWAITING",
                        "FORCELOCAL",
                        "FORCELD",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINETRANSLATEOPTION_CARDOVERRIDE",
                        " | LINETRANSLATEOPTION_CANCELCALLWAITING",
                        " | LINETRANSLATEOPTION_FORCELOCAL",
                        " | LINETRANSLATEOPTION_FORCELD",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 2472074832271045867u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINETRANSLATEOPTION_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineTranslateOption>`](::tapi_consts::Flags), named [`LineTranslateOptionSet`](crate::families::LineTranslateOptionSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINETRANSLATEOPTION_CARDOVERRIDE` | `0x00000001` |  |\n| `LINETRANSLATEOPTION_CANCELCALLWAITING` | `0x00000002` | TAPI 1.4 |\n| `LINETRANSLATEOPTION_FORCELOCAL` | `0x00000004` | TAPI 1.4 |\n| `LINETRANSLATEOPTION_FORCELD` | `0x00000008` | TAPI 1.4 |\n\n# Deutsch\n\nOptionen, die beeinflussen, wie eine Adresse in eine Wählzeichenfolge umgesetzt wird. Sie werden als `dwTranslateOptions` an `lineTranslateAddress` übergeben.\n\n- `LINETRANSLATEOPTION_CARDOVERRIDE`: Statt der Standard-Calling-Card des Standorts wird die im Parameter `dwCard` angegebene Calling Card verwendet.\n- `LINETRANSLATEOPTION_CANCELCALLWAITING`: Die Sequenz des Standorts zum Abschalten des Anklopfens wird, sofern eine festgelegt ist, an den Anfang der Wählzeichenfolge gesetzt, damit Anklopftöne keinen Daten- oder Faxanruf stören. Solche Anwendungen sollten beim Herstellen des Anrufs außerdem `LINECALLPARAMFLAGS_SECURE` setzen.\n- `LINETRANSLATEOPTION_FORCELOCAL`: Die Nummer wird als Ortsgespräch umgesetzt, unabhängig davon, was die Regeln für Ortsnetzkennzahlen ergeben würden.\n- `LINETRANSLATEOPTION_FORCELD`: Die Nummer wird als Ferngespräch umgesetzt, unabhängig davon, was die Regeln für Ortsnetzkennzahlen ergeben würden.\n\n# Français\n\nOptions qui modifient la façon dont une adresse est convertie en chaîne composable. Passées comme `dwTranslateOptions` à `lineTranslateAddress`.\n\n- `LINETRANSLATEOPTION_CARDOVERRIDE`: Utiliser la carte d’appel indiquée dans le paramètre `dwCard` au lieu de la carte par défaut de l’emplacement.\n- `LINETRANSLATEOPTION_CANCELCALLWAITING`: Placer au début de la chaîne composable la séquence de désactivation du signal d’appel de l’emplacement, si elle est définie, afin que les bips d’appel en attente ne perturbent pas un appel de données ou de télécopie. Ces applications doivent aussi définir `LINECALLPARAMFLAGS_SECURE` en passant l’appel.\n- `LINETRANSLATEOPTION_FORCELOCAL`: Convertir le numéro comme un appel local, quoi qu’en décident les règles d’indicatif régional.\n- `LINETRANSLATEOPTION_FORCELD`: Convertir le numéro comme un appel interurbain, quoi qu’en décident les règles d’indicatif régional.\n"
    )]
    impl LineTranslateOption {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::CardOverride,
            Self::CancelCallWaiting,
            Self::ForceLocal,
            Self::ForceLd,
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
                1 => __tapi::Some(Self::CardOverride),
                2 => __tapi::Some(Self::CancelCallWaiting),
                4 => __tapi::Some(Self::ForceLocal),
                8 => __tapi::Some(Self::ForceLd),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINETRANSLATEOPTION_CARDOVERRIDE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineTranslateOption {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineTranslateOption> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineTranslateOption) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineTranslateOption {
        type Error = ::tapi_consts::UnknownValueError<LineTranslateOption>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineTranslateOption {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineTranslateOption {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineTranslateOption {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineTranslateOption {
        type Output = ::tapi_consts::Flags<LineTranslateOption>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineTranslateOption> {
            <::tapi_consts::Flags<
                LineTranslateOption,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineTranslateOption>>
    for LineTranslateOption {
        type Output = ::tapi_consts::Flags<LineTranslateOption>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineTranslateOption>,
        ) -> ::tapi_consts::Flags<LineTranslateOption> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineTranslateOption, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineTranslateOption);
};
///The `LINETRANSLATEOPTION_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linetranslateoption {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateOption::CardOverride`](super::LineTranslateOption::CardOverride)."
    )]
    pub const LINETRANSLATEOPTION_CARDOVERRIDE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateOption::CancelCallWaiting`](super::LineTranslateOption::CancelCallWaiting)."
    )]
    pub const LINETRANSLATEOPTION_CANCELCALLWAITING: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateOption::ForceLocal`](super::LineTranslateOption::ForceLocal)."
    )]
    pub const LINETRANSLATEOPTION_FORCELOCAL: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateOption::ForceLd`](super::LineTranslateOption::ForceLd)."
    )]
    pub const LINETRANSLATEOPTION_FORCELD: ::core::primitive::u32 = 8;
}
/// Facts about the outcome of an address translation: how the call was classified and which
/// dial modifiers the resulting string contains.
///
/// Returned in `dwTranslateResults` of the `LINETRANSLATEOUTPUT` structure filled in by
/// `lineTranslateAddress`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineTranslateResult {
    /// The address given for translation was a well-formed canonical address.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATERESULT_CANONICAL` = `0x00000001`")]
    Canonical = 0x0000_0001,
    /// The destination's country or region code differs from the current location's, so the number was
    /// treated as an international call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATERESULT_INTERNATIONAL` = `0x00000002`")]
    International = 0x0000_0002,
    /// The destination shares the current location's country or region code but not its area code, so
    /// the number was treated as a long-distance call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATERESULT_LONGDISTANCE` = `0x00000004`")]
    LongDistance = 0x0000_0004,
    /// The destination has both the country or region code and the area code of the current location,
    /// so the number was treated as a local call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATERESULT_LOCAL` = `0x00000008`")]
    Local = 0x0000_0008,
    /// A local number is dialed as a toll call because its prefix is on the current location's toll
    /// list.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATERESULT_INTOLLLIST` = `0x00000010`")]
    InTollList = 0x0000_0010,
    /// The country or region uses toll lists but this prefix is not on the list, so the number is
    /// dialed as local. When neither this bit nor `INTOLLLIST` is set, the country has no toll
    /// prefixes and toll-list settings should not be shown to the user.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATERESULT_NOTINTOLLLIST` = `0x00000020`")]
    NotInTollList = 0x0000_0020,
    /// The dialable string contains `$`, the modifier that waits for the billing (calling-card)
    /// prompt tone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATERESULT_DIALBILLING` = `0x00000040`")]
    DialBilling = 0x0000_0040,
    /// The dialable string contains `@`, the modifier that waits for a quiet answer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATERESULT_DIALQUIET` = `0x00000080`")]
    DialQuiet = 0x0000_0080,
    /// The dialable string contains `W`, the modifier that waits for a dial tone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATERESULT_DIALDIALTONE` = `0x00000100`")]
    DialDialTone = 0x0000_0100,
    /// The dialable string contains `?`, the modifier that stops and asks the user before dialing
    /// on.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATERESULT_DIALPROMPT` = `0x00000200`")]
    DialPrompt = 0x0000_0200,
    /// The dialable string contains `:`, the modifier that pauses until a voice prompt is detected
    /// (useful for calling-card systems that answer with speech). Reported only to applications
    /// that negotiated TAPI 2.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATERESULT_VOICEDETECT` = `0x00000400`")]
    VoiceDetect = 0x0000_0400,
    /// TAPI could not translate the address because translation services are not available. Reported
    /// only to applications that negotiated TAPI 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETRANSLATERESULT_NOTRANSLATION` = `0x00000800`")]
    NoTranslation = 0x0000_0800,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Facts about the outcome of an address translation: how the call was classified and which dial modifiers the resulting string contains.\n\nReturned in `dwTranslateResults` of the `LINETRANSLATEOUTPUT` structure filled in by `lineTranslateAddress`.The address given for translation was a well-formed canonical address.The destination's country or region code differs from the current location's, so the number was treated as an international call.The destination shares the current location's country or region code but not its area code, so the number was treated as a long-distance call.The destination has both the country or region code and the area code of the current location, so the number was treated as a local call.A local number is dialed as a toll call because its prefix is on the current location's toll list.The country or region uses toll lists but this prefix is not on the list, so the number is dialed as local. When neither this bit nor `INTOLLLIST` is set, the country has no toll prefixes and toll-list settings should not be shown to the user.The dialable string contains `$`, the modifier that waits for the billing (calling-card) prompt tone.The dialable string contains `@`, the modifier that waits for a quiet answer.The dialable string contains `W`, the modifier that waits for a dial tone.The dialable string contains `?`, the modifier that stops and asks the user before dialing on.The dialable string contains `:`, the modifier that pauses until a voice prompt is detected (useful for calling-card systems that answer with speech). Reported only to applications that negotiated TAPI 2.0 or later.TAPI could not translate the address because translation services are not available. Reported only to applications that negotiated TAPI 3.0 or later."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Angaben zum Ergebnis einer Adressumsetzung: wie der Anruf eingestuft wurde und welche Modifikatoren der Wählzeichenfolge das Ergebnis enthält. Sie werden in `dwTranslateResults` der Struktur `LINETRANSLATEOUTPUT` zurückgegeben, die `lineTranslateAddress` ausfüllt.Die zur Umsetzung übergebene Adresse war eine korrekt aufgebaute kanonische Adresse.Die Landes- oder Regionskennzahl des Ziels unterscheidet sich von der des aktuellen Standorts; die Nummer wurde daher als Auslandsgespräch behandelt.Das Ziel hat dieselbe Landes- oder Regionskennzahl wie der aktuelle Standort, aber eine andere Ortsnetzkennzahl; die Nummer wurde daher als Ferngespräch behandelt.Das Ziel hat sowohl die Landes- oder Regionskennzahl als auch die Ortsnetzkennzahl des aktuellen Standorts; die Nummer wurde daher als Ortsgespräch behandelt.Eine lokale Nummer wird als gebührenpflichtiges Gespräch gewählt, weil ihre Vorwahl in der Liste gebührenpflichtiger Vorwahlen des aktuellen Standorts steht.Das Land oder die Region verwendet Listen gebührenpflichtiger Vorwahlen, aber diese Vorwahl steht nicht darin; die Nummer wird daher als Ortsgespräch gewählt. Ist weder dieses Bit noch `INTOLLLIST` gesetzt, hat das Land keine gebührenpflichtigen Vorwahlen, und die Einstellungen zur Liste gebührenpflichtiger Vorwahlen sollten dem Benutzer nicht angezeigt werden.Die Wählzeichenfolge enthält `$`, den Modifikator, der auf den Abrechnungston (die Eingabeaufforderung der Calling Card) wartet.Die Wählzeichenfolge enthält `@`, den Modifikator, der auf eine stille Rufannahme wartet.Die Wählzeichenfolge enthält `W`, den Modifikator, der auf einen Wählton wartet.Die Wählzeichenfolge enthält `?`, den Modifikator, der anhält und vor dem Weiterwählen beim Benutzer nachfragt.Die Wählzeichenfolge enthält `:`, den Modifikator, der pausiert, bis eine Sprachansage erkannt wird (nützlich bei Calling-Card-Systemen, die mit Sprache antworten). Wird nur Anwendungen gemeldet, die TAPI 2.0 oder höher ausgehandelt haben.TAPI konnte die Adresse nicht umsetzen, weil keine Umsetzungsdienste verfügbar sind. Wird nur Anwendungen gemeldet, die TAPI 3.0 oder höher ausgehandelt haben."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Informations sur le résultat d’une conversion d’adresse : classement de l’appel et modificateurs de numérotation présents dans la chaîne obtenue. Renvoyées dans `dwTranslateResults` de la structure `LINETRANSLATEOUTPUT` remplie par `lineTranslateAddress`.L’adresse fournie pour la conversion était une adresse canonique bien formée.L’indicatif de pays ou de région de la destination diffère de celui de l’emplacement actuel ; le numéro a donc été traité comme un appel international.La destination a le même indicatif de pays ou de région que l’emplacement actuel, mais pas le même indicatif régional ; le numéro a donc été traité comme un appel interurbain.La destination a à la fois l’indicatif de pays ou de région et l’indicatif régional de l’emplacement actuel ; le numéro a donc été traité comme un appel local.Un numéro local est composé comme un appel taxé parce que son préfixe figure dans la liste des préfixes taxés de l’emplacement actuel.Le pays ou la région utilise des listes de préfixes taxés, mais ce préfixe n’y figure pas ; le numéro est donc composé comme un appel local. Si ni ce bit ni `INTOLLLIST` n’est présent, le pays n’a pas de préfixes taxés et les réglages correspondants ne doivent pas être proposés à l’utilisateur.La chaîne composable contient `$`, le modificateur qui attend la tonalité d’invite de facturation (carte d’appel).La chaîne composable contient `@`, le modificateur qui attend une réponse silencieuse.La chaîne composable contient `W`, le modificateur qui attend la tonalité de numérotation.La chaîne composable contient `?`, le modificateur qui s’arrête et demande confirmation à l’utilisateur avant de poursuivre.La chaîne composable contient `:`, le modificateur qui fait une pause jusqu’à la détection d’une invite vocale (utile pour les systèmes de cartes d’appel qui répondent par la voix). Indiqué uniquement aux applications ayant négocié TAPI 2.0 ou une version ultérieure.TAPI n’a pas pu convertir l’adresse, car les services de conversion ne sont pas disponibles. Indiqué uniquement aux applications ayant négocié TAPI 3.0 ou une version ultérieure."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineTranslateResult",
            prefix: "LINETRANSLATERESULT_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 4095u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINETRANSLATERESULT_CANONICAL",
                    "LINETRANSLATERESULT_INTERNATIONAL",
                    "LINETRANSLATERESULT_LONGDISTANCE",
                    "LINETRANSLATERESULT_LOCAL",
                    "LINETRANSLATERESULT_INTOLLLIST",
                    "LINETRANSLATERESULT_NOTINTOLLLIST",
                    "LINETRANSLATERESULT_DIALBILLING",
                    "LINETRANSLATERESULT_DIALQUIET",
                    "LINETRANSLATERESULT_DIALDIALTONE",
                    "LINETRANSLATERESULT_DIALPROMPT",
                    "LINETRANSLATERESULT_VOICEDETECT",
                    "LINETRANSLATERESULT_NOTRANSLATION",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xF4\0\0\0\0\0\0\0\x0C\x01\0\0\0\0\0\0\n\x01\0\0\xFF\xFF\0\0\0\0\xF4\0\0\0F\0\0\0\x0C\x01\0\0U\0\0\0\n\x01\0\0Q\0\0\0\xFF\xFF\0\0\0\0:\x01\0\0\x81\0\0\0a\x01\0\0\x96\0\0\0[\x01\0\0\xA1\0\0\0\xFF\xFF\0\0\0\0\xBB\x01\0\0\x8E\0\0\0\xF7\x01\0\0\xA4\0\0\0\xFC\x01\0\0\xB9\0\0\0\xFF\xFF\0\0\0\0I\x02\0\0\x89\0\0\0\x9B\x02\0\0\x9F\0\0\0\xB5\x02\0\0\xAC\0\0\0\xFF\xFF\0\0\0\0\xD2\x02\0\0b\0\0\0:\x03\0\0\xA1\0\0\0a\x03\0\0\x8E\0\0\0\xFF\xFF\0\0\0\x004\x03\0\0\xF3\0\0\0\xDB\x03\0\0p\x01\0\0\xEF\x03\0\0<\x01\0\0\xFF\xFF\0\0\0\0'\x04\0\0e\0\0\0K\x05\0\0\x82\0\0\0+\x05\0\0x\0\0\0\xFF\xFF\0\0\0\0\x8C\x04\0\0M\0\0\0\xCD\x05\0\0[\0\0\0\xA3\x05\0\0X\0\0\0\xFF\xFF\0\0\0\0\xD9\x04\0\0J\0\0\0(\x06\0\0S\0\0\0\xFB\x05\0\0]\0\0\0\xFF\xFF\0\0\0\0#\x05\0\0^\0\0\0{\x06\0\0s\0\0\0X\x06\0\0\x83\0\0\0\x02\0\0\0\0\0\x81\x05\0\0\xD7\0\0\0\xEE\x06\0\0\xF3\0\0\0\xDB\x06\0\0\x1A\x01\0\0\x03\0\0\0\0\0X\x06\0\0\x95\0\0\0\xE1\x07\0\0\xA1\0\0\0\xF5\x07\0\0\xBA\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINETRANSLATERESULT_CANONICAL",
                        "LINETRANSLATERESULT_INTERNATIONAL",
                        "LINETRANSLATERESULT_LONGDISTANCE",
                        "LINETRANSLATERESULT_LOCAL",
                        "LINETRANSLATERESULT_INTOLLLIST",
                        "LINETRANSLATERESULT_NOTINTOLLLIST",
                        "LINETRANSLATERESULT_DIALBILLING",
                        "LINETRANSLATERESULT_DIALQUIET",
                        "LINETRANSLATERESULT_DIALDIALTONE",
                        "LINETRANSLATERESULT_DIALPROMPT",
                        "LINETRANSLATERESULT_VOICEDETECT",
                        "LINETRANSLATERESULT_NOTRANSLATION",
                        "CANONICAL",
                        "INTERNATIONAL",
                        "LONGDISTANCE",
                        "LOCAL",
                        "INTOLLLIST",
                        "NOTINTOLLLIST",
                        "DIALBILLING",
                        "DIALQUIET",
                        "DIALDIALTONE",
                        "DIALPROMPT",
                        "VOICEDETECT",
                        "NOTRANSLATION",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINETRANSLATERESULT_CANONICAL",
                        " | LINETRANSLATERESULT_INTERNATIONAL",
                        " | LINETRANSLATERESULT_LONGDISTANCE",
                        " | LINETRANSLATERESULT_LOCAL",
                        " | LINETRANSLATERESULT_INTOLLLIST",
                        " | LINETRANSLATERESULT_NOTINTOLLLIST",
                        " | LINETRANSLATERESULT_DIALBILLING",
                        " | LINETRANSLATERESULT_DIALQUIET",
                        " | LINETRANSLATERESULT_DIALDIALTONE",
                        " | LINETRANSLATERESULT_DIALPROMPT",
                        " | LINETRANSLATERESULT_VOICEDETECT",
                        " | LINETRANSLATERESULT_NOTRANSLATION",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 14034536242950986010u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\x15\0\t\0\x11\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x08\0\x10\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINETRANSLATERESULT_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineTranslateResult>`](::tapi_consts::Flags), named [`LineTranslateResultSet`](crate::families::LineTranslateResultSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINETRANSLATERESULT_CANONICAL` | `0x00000001` |  |\n| `LINETRANSLATERESULT_INTERNATIONAL` | `0x00000002` |  |\n| `LINETRANSLATERESULT_LONGDISTANCE` | `0x00000004` |  |\n| `LINETRANSLATERESULT_LOCAL` | `0x00000008` |  |\n| `LINETRANSLATERESULT_INTOLLLIST` | `0x00000010` |  |\n| `LINETRANSLATERESULT_NOTINTOLLLIST` | `0x00000020` |  |\n| `LINETRANSLATERESULT_DIALBILLING` | `0x00000040` |  |\n| `LINETRANSLATERESULT_DIALQUIET` | `0x00000080` |  |\n| `LINETRANSLATERESULT_DIALDIALTONE` | `0x00000100` |  |\n| `LINETRANSLATERESULT_DIALPROMPT` | `0x00000200` |  |\n| `LINETRANSLATERESULT_VOICEDETECT` | `0x00000400` | TAPI 2.0 |\n| `LINETRANSLATERESULT_NOTRANSLATION` | `0x00000800` | TAPI 3.0 |\n\n# Deutsch\n\nAngaben zum Ergebnis einer Adressumsetzung: wie der Anruf eingestuft wurde und welche Modifikatoren der Wählzeichenfolge das Ergebnis enthält. Sie werden in `dwTranslateResults` der Struktur `LINETRANSLATEOUTPUT` zurückgegeben, die `lineTranslateAddress` ausfüllt.\n\n- `LINETRANSLATERESULT_CANONICAL`: Die zur Umsetzung übergebene Adresse war eine korrekt aufgebaute kanonische Adresse.\n- `LINETRANSLATERESULT_INTERNATIONAL`: Die Landes- oder Regionskennzahl des Ziels unterscheidet sich von der des aktuellen Standorts; die Nummer wurde daher als Auslandsgespräch behandelt.\n- `LINETRANSLATERESULT_LONGDISTANCE`: Das Ziel hat dieselbe Landes- oder Regionskennzahl wie der aktuelle Standort, aber eine andere Ortsnetzkennzahl; die Nummer wurde daher als Ferngespräch behandelt.\n- `LINETRANSLATERESULT_LOCAL`: Das Ziel hat sowohl die Landes- oder Regionskennzahl als auch die Ortsnetzkennzahl des aktuellen Standorts; die Nummer wurde daher als Ortsgespräch behandelt.\n- `LINETRANSLATERESULT_INTOLLLIST`: Eine lokale Nummer wird als gebührenpflichtiges Gespräch gewählt, weil ihre Vorwahl in der Liste gebührenpflichtiger Vorwahlen des aktuellen Standorts steht.\n- `LINETRANSLATERESULT_NOTINTOLLLIST`: Das Land oder die Region verwendet Listen gebührenpflichtiger Vorwahlen, aber diese Vorwahl steht nicht darin; die Nummer wird daher als Ortsgespräch gewählt. Ist weder dieses Bit noch `INTOLLLIST` gesetzt, hat das Land keine gebührenpflichtigen Vorwahlen, und die Einstellungen zur Liste gebührenpflichtiger Vorwahlen sollten dem Benutzer nicht angezeigt werden.\n- `LINETRANSLATERESULT_DIALBILLING`: Die Wählzeichenfolge enthält `$`, den Modifikator, der auf den Abrechnungston (die Eingabeaufforderung der Calling Card) wartet.\n- `LINETRANSLATERESULT_DIALQUIET`: Die Wählzeichenfolge enthält `@`, den Modifikator, der auf eine stille Rufannahme wartet.\n- `LINETRANSLATERESULT_DIALDIALTONE`: Die Wählzeichenfolge enthält `W`, den Modifikator, der auf einen Wählton wartet.\n- `LINETRANSLATERESULT_DIALPROMPT`: Die Wählzeichenfolge enthält `?`, den Modifikator, der anhält und vor dem Weiterwählen beim Benutzer nachfragt.\n- `LINETRANSLATERESULT_VOICEDETECT`: Die Wählzeichenfolge enthält `:`, den Modifikator, der pausiert, bis eine Sprachansage erkannt wird (nützlich bei Calling-Card-Systemen, die mit Sprache antworten). Wird nur Anwendungen gemeldet, die TAPI 2.0 oder höher ausgehandelt haben.\n- `LINETRANSLATERESULT_NOTRANSLATION`: TAPI konnte die Adresse nicht umsetzen, weil keine Umsetzungsdienste verfügbar sind. Wird nur Anwendungen gemeldet, die TAPI 3.0 oder höher ausgehandelt haben.\n\n# Français\n\nInformations sur le résultat d’une conversion d’adresse : classement de l’appel et modificateurs de numérotation présents dans la chaîne obtenue. Renvoyées dans `dwTranslateResults` de la structure `LINETRANSLATEOUTPUT` remplie par `lineTranslateAddress`.\n\n- `LINETRANSLATERESULT_CANONICAL`: L’adresse fournie pour la conversion était une adresse canonique bien formée.\n- `LINETRANSLATERESULT_INTERNATIONAL`: L’indicatif de pays ou de région de la destination diffère de celui de l’emplacement actuel ; le numéro a donc été traité comme un appel international.\n- `LINETRANSLATERESULT_LONGDISTANCE`: La destination a le même indicatif de pays ou de région que l’emplacement actuel, mais pas le même indicatif régional ; le numéro a donc été traité comme un appel interurbain.\n- `LINETRANSLATERESULT_LOCAL`: La destination a à la fois l’indicatif de pays ou de région et l’indicatif régional de l’emplacement actuel ; le numéro a donc été traité comme un appel local.\n- `LINETRANSLATERESULT_INTOLLLIST`: Un numéro local est composé comme un appel taxé parce que son préfixe figure dans la liste des préfixes taxés de l’emplacement actuel.\n- `LINETRANSLATERESULT_NOTINTOLLLIST`: Le pays ou la région utilise des listes de préfixes taxés, mais ce préfixe n’y figure pas ; le numéro est donc composé comme un appel local. Si ni ce bit ni `INTOLLLIST` n’est présent, le pays n’a pas de préfixes taxés et les réglages correspondants ne doivent pas être proposés à l’utilisateur.\n- `LINETRANSLATERESULT_DIALBILLING`: La chaîne composable contient `$`, le modificateur qui attend la tonalité d’invite de facturation (carte d’appel).\n- `LINETRANSLATERESULT_DIALQUIET`: La chaîne composable contient `@`, le modificateur qui attend une réponse silencieuse.\n- `LINETRANSLATERESULT_DIALDIALTONE`: La chaîne composable contient `W`, le modificateur qui attend la tonalité de numérotation.\n- `LINETRANSLATERESULT_DIALPROMPT`: La chaîne composable contient `?`, le modificateur qui s’arrête et demande confirmation à l’utilisateur avant de poursuivre.\n- `LINETRANSLATERESULT_VOICEDETECT`: La chaîne composable contient `:`, le modificateur qui fait une pause jusqu’à la détection d’une invite vocale (utile pour les systèmes de cartes d’appel qui répondent par la voix). Indiqué uniquement aux applications ayant négocié TAPI 2.0 ou une version ultérieure.\n- `LINETRANSLATERESULT_NOTRANSLATION`: TAPI n’a pas pu convertir l’adresse, car les services de conversion ne sont pas disponibles. Indiqué uniquement aux applications ayant négocié TAPI 3.0 ou une version ultérieure.\n"
    )]
    impl LineTranslateResult {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Canonical,
            Self::International,
            Self::LongDistance,
            Self::Local,
            Self::InTollList,
            Self::NotInTollList,
            Self::DialBilling,
            Self::DialQuiet,
            Self::DialDialTone,
            Self::DialPrompt,
            Self::VoiceDetect,
            Self::NoTranslation,
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
                1 => __tapi::Some(Self::Canonical),
                2 => __tapi::Some(Self::International),
                4 => __tapi::Some(Self::LongDistance),
                8 => __tapi::Some(Self::Local),
                16 => __tapi::Some(Self::InTollList),
                32 => __tapi::Some(Self::NotInTollList),
                64 => __tapi::Some(Self::DialBilling),
                128 => __tapi::Some(Self::DialQuiet),
                256 => __tapi::Some(Self::DialDialTone),
                512 => __tapi::Some(Self::DialPrompt),
                1024 => __tapi::Some(Self::VoiceDetect),
                2048 => __tapi::Some(Self::NoTranslation),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINETRANSLATERESULT_CANONICAL`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineTranslateResult {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineTranslateResult> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineTranslateResult) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineTranslateResult {
        type Error = ::tapi_consts::UnknownValueError<LineTranslateResult>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineTranslateResult {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineTranslateResult {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineTranslateResult {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineTranslateResult {
        type Output = ::tapi_consts::Flags<LineTranslateResult>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineTranslateResult> {
            <::tapi_consts::Flags<
                LineTranslateResult,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineTranslateResult>>
    for LineTranslateResult {
        type Output = ::tapi_consts::Flags<LineTranslateResult>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineTranslateResult>,
        ) -> ::tapi_consts::Flags<LineTranslateResult> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineTranslateResult, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineTranslateResult);
};
///The `LINETRANSLATERESULT_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linetranslateresult {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateResult::Canonical`](super::LineTranslateResult::Canonical)."
    )]
    pub const LINETRANSLATERESULT_CANONICAL: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateResult::International`](super::LineTranslateResult::International)."
    )]
    pub const LINETRANSLATERESULT_INTERNATIONAL: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateResult::LongDistance`](super::LineTranslateResult::LongDistance)."
    )]
    pub const LINETRANSLATERESULT_LONGDISTANCE: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateResult::Local`](super::LineTranslateResult::Local)."
    )]
    pub const LINETRANSLATERESULT_LOCAL: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateResult::InTollList`](super::LineTranslateResult::InTollList)."
    )]
    pub const LINETRANSLATERESULT_INTOLLLIST: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateResult::NotInTollList`](super::LineTranslateResult::NotInTollList)."
    )]
    pub const LINETRANSLATERESULT_NOTINTOLLLIST: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateResult::DialBilling`](super::LineTranslateResult::DialBilling)."
    )]
    pub const LINETRANSLATERESULT_DIALBILLING: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateResult::DialQuiet`](super::LineTranslateResult::DialQuiet)."
    )]
    pub const LINETRANSLATERESULT_DIALQUIET: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateResult::DialDialTone`](super::LineTranslateResult::DialDialTone)."
    )]
    pub const LINETRANSLATERESULT_DIALDIALTONE: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateResult::DialPrompt`](super::LineTranslateResult::DialPrompt)."
    )]
    pub const LINETRANSLATERESULT_DIALPROMPT: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateResult::VoiceDetect`](super::LineTranslateResult::VoiceDetect)."
    )]
    pub const LINETRANSLATERESULT_VOICEDETECT: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTranslateResult::NoTranslation`](super::LineTranslateResult::NoTranslation)."
    )]
    pub const LINETRANSLATERESULT_NOTRANSLATION: ::core::primitive::u32 = 2048;
}
/// Options of a dialing location, as stored in the user's telephony configuration.
///
/// Found in `dwOptions` of each `LINELOCATIONENTRY` within the `LINETRANSLATECAPS` structure
/// returned by `lineGetTranslateCaps`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineLocationOption {
    /// The location dials with pulses by default, so `lineTranslateAddress` starts the dialable
    /// string with a `P` modifier; when the bit is clear it starts it with `T` (tone dialing).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINELOCATIONOPTION_PULSEDIAL` = `0x00000001`")]
    PulseDial = 0x0000_0001,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Options of a dialing location, as stored in the user's telephony configuration.\n\nFound in `dwOptions` of each `LINELOCATIONENTRY` within the `LINETRANSLATECAPS` structure returned by `lineGetTranslateCaps`.The location dials with pulses by default, so `lineTranslateAddress` starts the dialable string with a `P` modifier; when the bit is clear it starts it with `T` (tone dialing)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Optionen eines Standorts, wie sie in der Telefoniekonfiguration des Benutzers gespeichert sind. Sie stehen in `dwOptions` jedes Eintrags `LINELOCATIONENTRY` der Struktur `LINETRANSLATECAPS`, die `lineGetTranslateCaps` zurückgibt.Am Standort wird standardmäßig mit Impulswahl gewählt, daher beginnt `lineTranslateAddress` die Wählzeichenfolge mit dem Modifikator `P`; ist das Bit nicht gesetzt, beginnt sie mit `T` (Tonwahl)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Options d’un emplacement de numérotation, telles qu’enregistrées dans la configuration de téléphonie de l’utilisateur. Présentes dans `dwOptions` de chaque `LINELOCATIONENTRY` de la structure `LINETRANSLATECAPS` renvoyée par `lineGetTranslateCaps`.L’emplacement numérote par impulsions par défaut ; `lineTranslateAddress` commence donc la chaîne composable par le modificateur `P`. Si le bit est absent, elle la commence par `T` (numérotation à fréquences vocales)."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineLocationOption",
            prefix: "LINELOCATIONOPTION_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 1u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["LINELOCATIONOPTION_PULSEDIAL"],
                bits: &[1u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xCE\0\0\0\0\0\0\0\xE6\0\0\0\0\0\0\0\x04\x01\0\0\x01\x04\0\0\0\0\xCE\0\0\0\xB0\0\0\0\xE6\0\0\0\xC7\0\0\0\x04\x01\0\0\xE1\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &["LINELOCATIONOPTION_PULSEDIAL", "PULSEDIAL"],
                    by_value: b"\0\0",
                    bit_index: b"\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[" | LINELOCATIONOPTION_PULSEDIAL"],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 60u32,
                        slots: b"\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINELOCATIONOPTION_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineLocationOption>`](::tapi_consts::Flags), named [`LineLocationOptionSet`](crate::families::LineLocationOptionSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINELOCATIONOPTION_PULSEDIAL` | `0x00000001` | TAPI 1.4 |\n\n# Deutsch\n\nOptionen eines Standorts, wie sie in der Telefoniekonfiguration des Benutzers gespeichert sind. Sie stehen in `dwOptions` jedes Eintrags `LINELOCATIONENTRY` der Struktur `LINETRANSLATECAPS`, die `lineGetTranslateCaps` zurückgibt.\n\n- `LINELOCATIONOPTION_PULSEDIAL`: Am Standort wird standardmäßig mit Impulswahl gewählt, daher beginnt `lineTranslateAddress` die Wählzeichenfolge mit dem Modifikator `P`; ist das Bit nicht gesetzt, beginnt sie mit `T` (Tonwahl).\n\n# Français\n\nOptions d’un emplacement de numérotation, telles qu’enregistrées dans la configuration de téléphonie de l’utilisateur. Présentes dans `dwOptions` de chaque `LINELOCATIONENTRY` de la structure `LINETRANSLATECAPS` renvoyée par `lineGetTranslateCaps`.\n\n- `LINELOCATIONOPTION_PULSEDIAL`: L’emplacement numérote par impulsions par défaut ; `lineTranslateAddress` commence donc la chaîne composable par le modificateur `P`. Si le bit est absent, elle la commence par `T` (numérotation à fréquences vocales).\n"
    )]
    impl LineLocationOption {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::PulseDial];
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
                1 => __tapi::Some(Self::PulseDial),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINELOCATIONOPTION_PULSEDIAL`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineLocationOption {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineLocationOption> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineLocationOption) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineLocationOption {
        type Error = ::tapi_consts::UnknownValueError<LineLocationOption>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineLocationOption {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineLocationOption {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineLocationOption {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineLocationOption {
        type Output = ::tapi_consts::Flags<LineLocationOption>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineLocationOption> {
            <::tapi_consts::Flags<
                LineLocationOption,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineLocationOption>>
    for LineLocationOption {
        type Output = ::tapi_consts::Flags<LineLocationOption>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineLocationOption>,
        ) -> ::tapi_consts::Flags<LineLocationOption> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineLocationOption, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineLocationOption);
};
///The `LINELOCATIONOPTION_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linelocationoption {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineLocationOption::PulseDial`](super::LineLocationOption::PulseDial)."
    )]
    pub const LINELOCATIONOPTION_PULSEDIAL: ::core::primitive::u32 = 1;
}
