//! The `tapi.h` constants that belong to no family: `LINEMAPPER` and the
//! `TAPIMAX*SIZE` buffer lengths. They share no prefix and several share a
//! value, so no enum can hold them; [`STANDALONE`] describes them in the
//! compact table of every family (names, values, one doc record each), so
//! that [`lookup`](crate::lookup), [`Entry`](crate::Entry) and the tool find
//! and describe them as they do any constant. `raw` re-exports the consts.
//!
//! Each constant is written once, below: its C name, type, value and its
//! descriptions, from which both the `raw` const and the table are made.

/// Builds, in the module it is called in, the `pub const`s and a static
/// table of them (`static NAME`, from the `header`) from one list. Also
/// used for the TAPI 3 dispatch masks (`dispatch_masks.rs`).
macro_rules! standalone {
    (
        static $static:ident;
        header $header:literal;
        group { en: $group_en:tt, fr: $group_fr:tt, de: $group_de:tt }
        $(
            const $name:ident: $ty:ty = $value:expr;
            en: $en:tt,
            fr: $fr:tt,
            de: $de:tt;
        )*
    ) => {
        $(
            #[doc = $en]
            ///
            #[doc = concat!("*FR :* ", $fr)]
            ///
            #[doc = concat!("*DE:* ", $de)]
            pub const $name: $ty = $value;
        )*

        /// Per language (en, fr, de), the group's description, then each
        /// constant's, concatenated; `""` for a language the build drops.
        fn descriptions() -> &'static [&'static str] {
            &[
                concat!($group_en $(, $en)*),
                crate::__tapi_if_kept!("fr", { concat!($group_fr $(, $fr)*) } else { "" }),
                crate::__tapi_if_kept!("de", { concat!($group_de $(, $de)*) } else { "" }),
            ]
        }

        /// The byte length of each text, group first: `[en, fr, de]`.
        const LENGTHS: &[[usize; 3]] = &[
            [$group_en.len(), $group_fr.len(), $group_de.len()],
            $([$en.len(), $fr.len(), $de.len()],)*
        ];

        /// The records: one for the group, one per constant, each text's
        /// range in its language's string.
        static RECORDS: [u8; LENGTHS.len() * tapi_consts_table::record_size(3)] =
            tapi_consts_table::doc_records(LENGTHS);

        /// The constants that belong to no family, as one table: `kind`
        /// [`Kind::Standalone`](crate::Kind::Standalone), no prefix, `u32`
        /// bit patterns.
        pub static $static: crate::FamilyInfo = crate::FamilyInfo::__new(crate::__private::Storage {
            type_name: "",
            prefix: "",
            kind: crate::Kind::Standalone,
            repr: <u32 as crate::Repr>::KIND,
            since: None,
            header: Some($header),
            known_bits: 0 $(| ($name as u32 as u64))*,
            selector_mask: 0,
            device_specific: None,
            c_type: None,
            // No index: its few lookups scan the names and values.
            table: crate::__private::Table {
                names: &[$(stringify!($name)),*],
                bits: &[$($name as u32 as u64),*],
                details: Some(crate::__private::Details {
                    doc_languages: &["en", "fr", "de"],
                    languages: crate::__tapi_languages!([] ("en" "en") ("fr" "fr") ("de" "de")),
                    descriptions,
                    records: &RECORDS,
                }),
                index: None,
            },
        });
    };
}

#[cfg(feature = "tapi3")]
pub(crate) use standalone;

standalone! {
    static STANDALONE;
    header "tapi.h";
    group {
        en: "Constants of `tapi.h` that belong to no family: `LINEMAPPER`, a device identifier with a meaning of its own, and the `TAPIMAX*SIZE` lengths of the string buffers of assisted telephony requests.",
        fr: "Constantes de `tapi.h` qui n’appartiennent à aucune famille : `LINEMAPPER`, un identifiant de périphérique au sens particulier, et les longueurs `TAPIMAX*SIZE` des tampons de chaînes des requêtes de téléphonie assistée.",
        de: "Konstanten aus `tapi.h`, die zu keiner Familie gehören: `LINEMAPPER`, eine Gerätekennung mit eigener Bedeutung, und die Längen `TAPIMAX*SIZE` der Zeichenkettenpuffer von Anforderungen der unterstützten Telefonie."
    }

    const LINEMAPPER: u32 = 0xFFFF_FFFF;
    en: "Special device identifier for `lineOpen`: instead of naming a line, it asks TAPI to open the first line device that can satisfy the call parameters supplied in `lpCallParams`. The application can then learn which line was chosen with `lineGetID`.",
    fr: "Identifiant de périphérique spécial pour `lineOpen` : au lieu de désigner une ligne, il demande à TAPI d’ouvrir le premier périphérique de ligne capable de satisfaire les paramètres d’appel fournis dans `lpCallParams`. L’application peut ensuite savoir quelle ligne a été retenue avec `lineGetID`.",
    de: "Besondere Gerätekennung für `lineOpen`: Statt eine Leitung zu benennen, bittet sie TAPI, die erste Leitung zu öffnen, die die in `lpCallParams` übergebenen Anrufparameter erfüllen kann. Welche Leitung gewählt wurde, erfährt die Anwendung danach mit `lineGetID`.";

    const TAPIMAXDESTADDRESSSIZE: i32 = 80;
    en: "Maximum length, in characters and counting the terminating null, of the destination address passed to `tapiRequestMakeCall`; also the size of the `szDestAddress` buffer of `LINEREQMAKECALL` and `LINEREQMEDIACALL`.",
    fr: "Longueur maximale, en caractères et caractère nul final compris, de l’adresse de destination passée à `tapiRequestMakeCall` ; c’est aussi la taille du tampon `szDestAddress` de `LINEREQMAKECALL` et `LINEREQMEDIACALL`.",
    de: "Höchstlänge in Zeichen, einschließlich des abschließenden Nullzeichens, der an `tapiRequestMakeCall` übergebenen Zieladresse; zugleich die Größe des Puffers `szDestAddress` von `LINEREQMAKECALL` und `LINEREQMEDIACALL`.";

    const TAPIMAXAPPNAMESIZE: i32 = 40;
    en: "Maximum length, in characters and counting the terminating null, of the application name given in an assisted telephony request (`szAppName` of `LINEREQMAKECALL`); longer names are cut short.",
    fr: "Longueur maximale, en caractères et caractère nul final compris, du nom d’application fourni dans une requête de téléphonie assistée (`szAppName` de `LINEREQMAKECALL`) ; les noms plus longs sont tronqués.",
    de: "Höchstlänge in Zeichen, einschließlich des abschließenden Nullzeichens, des Anwendungsnamens in einer Anforderung der unterstützten Telefonie (`szAppName` von `LINEREQMAKECALL`); längere Namen werden gekürzt.";

    const TAPIMAXCALLEDPARTYSIZE: i32 = 40;
    en: "Maximum length, in characters and counting the terminating null, of the called party's name given in an assisted telephony request (`szCalledParty` of `LINEREQMAKECALL`); longer names are cut short.",
    fr: "Longueur maximale, en caractères et caractère nul final compris, du nom de l’appelé fourni dans une requête de téléphonie assistée (`szCalledParty` de `LINEREQMAKECALL`) ; les noms plus longs sont tronqués.",
    de: "Höchstlänge in Zeichen, einschließlich des abschließenden Nullzeichens, des Namens des Angerufenen in einer Anforderung der unterstützten Telefonie (`szCalledParty` von `LINEREQMAKECALL`); längere Namen werden gekürzt.";

    const TAPIMAXCOMMENTSIZE: i32 = 80;
    en: "Maximum length, in characters and counting the terminating null, of the comment attached to an assisted telephony request (`szComment` of `LINEREQMAKECALL`); longer comments are cut short.",
    fr: "Longueur maximale, en caractères et caractère nul final compris, du commentaire joint à une requête de téléphonie assistée (`szComment` de `LINEREQMAKECALL`) ; les commentaires plus longs sont tronqués.",
    de: "Höchstlänge in Zeichen, einschließlich des abschließenden Nullzeichens, des Kommentars zu einer Anforderung der unterstützten Telefonie (`szComment` von `LINEREQMAKECALL`); längere Kommentare werden gekürzt.";

    const TAPIMAXDEVICECLASSSIZE: i32 = 40;
    en: "Size of the device class buffer (`szDeviceClass`) of `LINEREQMEDIACALL`, used by the obsolete `tapiRequestMediaCall` request.",
    fr: "Taille du tampon de classe de périphérique (`szDeviceClass`) de `LINEREQMEDIACALL`, utilisé par la requête obsolète `tapiRequestMediaCall`.",
    de: "Größe des Puffers für die Geräteklasse (`szDeviceClass`) von `LINEREQMEDIACALL`, den die veraltete Anforderung `tapiRequestMediaCall` verwendet.";

    const TAPIMAXDEVICEIDSIZE: i32 = 40;
    en: "Size of the device identifier buffer (`ucDeviceID`) of `LINEREQMEDIACALL`, used by the obsolete `tapiRequestMediaCall` request.",
    fr: "Taille du tampon d’identifiant de périphérique (`ucDeviceID`) de `LINEREQMEDIACALL`, utilisé par la requête obsolète `tapiRequestMediaCall`.",
    de: "Größe des Puffers für die Gerätekennung (`ucDeviceID`) von `LINEREQMEDIACALL`, den die veraltete Anforderung `tapiRequestMediaCall` verwendet.";
}
