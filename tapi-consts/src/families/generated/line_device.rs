// @generated from tapi-consts/families/line_device.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Line devices: capabilities, state, status, features, open options, roaming, terminals, strings.
/// Yes/no capabilities of a line device, combined in the `dwDevCapFlags` member of the
/// `LINEDEVCAPS` structure returned by `lineGetDevCaps`.
///
/// The three `DIAL*` flags let an application learn in advance which dialable-string modifiers
/// would make a call fail; the `?` modifier is never supported by a line device.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineDevCapFlags {
    /// Calls on different addresses of this line can be joined in the same conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_CROSSADDRCONF` = `0x00000001`")]
    CrossAddrConf = 0x0000_0001,
    /// The line supports high-level compatibility information elements (in the ISDN sense).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_HIGHLEVCOMP` = `0x00000002`")]
    HighLevComp = 0x0000_0002,
    /// The line supports low-level compatibility information elements (in the ISDN sense).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_LOWLEVCOMP` = `0x00000004`")]
    LowLevComp = 0x0000_0004,
    /// Media control operations (`lineSetMediaControl`) are available for calls on this line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_MEDIACONTROL` = `0x00000008`")]
    MediaControl = 0x0000_0008,
    /// `lineMakeCall` and `lineDial` accept several destination addresses at once, as needed for
    /// inverse multiplexing.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_MULTIPLEADDR` = `0x00000010`")]
    MultipleAddr = 0x0000_0010,
    /// When the last application that opened the line closes it with `lineClose`, the provider
    /// drops every active call. When clear, the calls survive under the control of other equipment
    /// (such as a phone sharing an analog line), and an application may warn the user before closing.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_CLOSEDROP` = `0x00000020`")]
    CloseDrop = 0x0000_0020,
    /// The `$` dialable-string modifier (wait for the billing tone, as before entering a calling
    /// card number) is supported.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_DIALBILLING` = `0x00000040`")]
    DialBilling = 0x0000_0040,
    /// The `@` dialable-string modifier (wait for quiet answer: ringback followed by several
    /// seconds of silence) is supported.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_DIALQUIET` = `0x00000080`")]
    DialQuiet = 0x0000_0080,
    /// The `W` dialable-string modifier (wait for dial tone) is supported.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_DIALDIALTONE` = `0x00000100`")]
    DialDialTone = 0x0000_0100,
    /// A media service provider (MSP) is associated with the line. Only shown to applications that
    /// negotiate TAPI 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_MSP` = `0x00000200`")]
    Msp = 0x0000_0200,
    /// The line supports call hubs. Only shown to applications that negotiate TAPI 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_CALLHUB` = `0x00000400`")]
    CallHub = 0x0000_0400,
    /// The line supports call hub tracking (see `LINECALLHUBTRACKING_`). Only shown to applications
    /// that negotiate TAPI 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_CALLHUBTRACKING` = `0x00000800`")]
    CallHubTracking = 0x0000_0800,
    /// The service provider implements provider-specific interfaces (private objects). Only shown
    /// to applications that negotiate TAPI 3.0 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_PRIVATEOBJECTS` = `0x00001000`")]
    PrivateObjects = 0x0000_1000,
    /// The line can be used only on the computer where it is installed; a TAPI server does not
    /// offer it to remote clients.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVCAPFLAGS_LOCAL` = `0x00002000`")]
    Local = 0x0000_2000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Yes/no capabilities of a line device, combined in the `dwDevCapFlags` member of the `LINEDEVCAPS` structure returned by `lineGetDevCaps`.\n\nThe three `DIAL*` flags let an application learn in advance which dialable-string modifiers would make a call fail; the `?` modifier is never supported by a line device.Calls on different addresses of this line can be joined in the same conference.The line supports high-level compatibility information elements (in the ISDN sense).The line supports low-level compatibility information elements (in the ISDN sense).Media control operations (`lineSetMediaControl`) are available for calls on this line.`lineMakeCall` and `lineDial` accept several destination addresses at once, as needed for inverse multiplexing.When the last application that opened the line closes it with `lineClose`, the provider drops every active call. When clear, the calls survive under the control of other equipment (such as a phone sharing an analog line), and an application may warn the user before closing.The `$` dialable-string modifier (wait for the billing tone, as before entering a calling card number) is supported.The `@` dialable-string modifier (wait for quiet answer: ringback followed by several seconds of silence) is supported.The `W` dialable-string modifier (wait for dial tone) is supported.A media service provider (MSP) is associated with the line. Only shown to applications that negotiate TAPI 3.0 or later.The line supports call hubs. Only shown to applications that negotiate TAPI 3.0 or later.The line supports call hub tracking (see `LINECALLHUBTRACKING_`). Only shown to applications that negotiate TAPI 3.0 or later.The service provider implements provider-specific interfaces (private objects). Only shown to applications that negotiate TAPI 3.0 or later.The line can be used only on the computer where it is installed; a TAPI server does not offer it to remote clients."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Ja/Nein-Fähigkeiten eines Leitungsgeräts, kombiniert im Feld `dwDevCapFlags` der Struktur `LINEDEVCAPS`, die `lineGetDevCaps` zurückgibt.\n\nAnhand der drei Bits `DIAL*` kann eine Anwendung vorab erkennen, welche Modifikatoren der Wählzeichenfolge einen Anruf fehlschlagen ließen; den Modifikator `?` unterstützt ein Leitungsgerät nie.Anrufe auf verschiedenen Adressen dieser Leitung können in derselben Konferenz zusammengeführt werden.Die Leitung unterstützt Informationselemente zur Kompatibilität der höheren Schichten (im Sinne von ISDN).Die Leitung unterstützt Informationselemente zur Kompatibilität der unteren Schichten (im Sinne von ISDN).Für Anrufe auf dieser Leitung stehen Operationen der Mediensteuerung (`lineSetMediaControl`) zur Verfügung.`lineMakeCall` und `lineDial` akzeptieren mehrere Zieladressen auf einmal, wie es für inverses Multiplexing nötig ist.Wenn die letzte Anwendung, die die Leitung geöffnet hat, sie mit `lineClose` schließt, beendet der Dienstanbieter alle aktiven Anrufe. Ist das Bit nicht gesetzt, bleiben die Anrufe unter der Kontrolle anderer Geräte bestehen (etwa eines Telefons, das dieselbe analoge Leitung mitbenutzt), und eine Anwendung kann den Benutzer vor dem Schließen warnen.Der Modifikator `$` der Wählzeichenfolge (auf den Abrechnungston warten, etwa vor der Eingabe der Nummer einer Calling Card) wird unterstützt.Der Modifikator `@` der Wählzeichenfolge (auf eine stille Rufannahme warten: Freiton, gefolgt von mehreren Sekunden Stille) wird unterstützt.Der Modifikator `W` der Wählzeichenfolge (auf den Wählton warten) wird unterstützt.Der Leitung ist ein MSP (Mediendienstanbieter) zugeordnet. Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher aushandeln.Die Leitung unterstützt Anrufhubs. Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher aushandeln.Die Leitung unterstützt die Anrufhub-Verfolgung (siehe `LINECALLHUBTRACKING_`). Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher aushandeln.Der Dienstanbieter implementiert anbieterspezifische Schnittstellen (private Objekte). Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher aushandeln.Die Leitung ist nur auf dem Rechner nutzbar, auf dem sie installiert ist; ein TAPI-Server bietet sie entfernten Clients nicht an."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Capacités booléennes d’un périphérique de ligne, combinées dans le membre `dwDevCapFlags` de la structure `LINEDEVCAPS` renvoyée par `lineGetDevCaps`.\n\nLes trois indicateurs `DIAL*` permettent à une application de savoir à l’avance quels modificateurs de chaîne composable feraient échouer un appel ; le modificateur `?` n’est jamais pris en charge par un périphérique de ligne.Des appels passant par différentes adresses de cette ligne peuvent être réunis dans une même conférence.La ligne prend en charge les éléments d’information de compatibilité de couche haute (au sens du RNIS).La ligne prend en charge les éléments d’information de compatibilité de couche basse (au sens du RNIS).Les opérations de contrôle du média (`lineSetMediaControl`) sont disponibles pour les appels de cette ligne.`lineMakeCall` et `lineDial` acceptent plusieurs adresses de destination à la fois, comme l’exige le multiplexage inverse.Lorsque la dernière application ayant ouvert la ligne la ferme avec `lineClose`, le fournisseur met fin à tous les appels actifs. Si l’indicateur est absent, les appels subsistent sous le contrôle d’un autre équipement (comme un téléphone partageant une ligne analogique), et une application peut avertir l’utilisateur avant la fermeture.Le modificateur de chaîne composable `$` (attendre la tonalité de facturation, par exemple avant de saisir un numéro de carte d’appel) est pris en charge.Le modificateur de chaîne composable `@` (attendre une réponse silencieuse : retour d’appel suivi de plusieurs secondes de silence) est pris en charge.Le modificateur de chaîne composable `W` (attendre la tonalité de numérotation) est pris en charge.Un fournisseur de services de média (MSP) est associé à la ligne. Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure.La ligne prend en charge les concentrateurs d’appels. Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure.La ligne prend en charge le suivi des concentrateurs d’appels (voir `LINECALLHUBTRACKING_`). Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure.Le fournisseur de services implémente des interfaces qui lui sont propres (objets privés). Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure.La ligne n’est utilisable que sur l’ordinateur où elle est installée ; un serveur TAPI ne la propose pas aux clients distants."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineDevCapFlags",
            prefix: "LINEDEVCAPFLAGS_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 16383u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEDEVCAPFLAGS_CROSSADDRCONF",
                    "LINEDEVCAPFLAGS_HIGHLEVCOMP",
                    "LINEDEVCAPFLAGS_LOWLEVCOMP",
                    "LINEDEVCAPFLAGS_MEDIACONTROL",
                    "LINEDEVCAPFLAGS_MULTIPLEADDR",
                    "LINEDEVCAPFLAGS_CLOSEDROP",
                    "LINEDEVCAPFLAGS_DIALBILLING",
                    "LINEDEVCAPFLAGS_DIALQUIET",
                    "LINEDEVCAPFLAGS_DIALDIALTONE",
                    "LINEDEVCAPFLAGS_MSP",
                    "LINEDEVCAPFLAGS_CALLHUB",
                    "LINEDEVCAPFLAGS_CALLHUBTRACKING",
                    "LINEDEVCAPFLAGS_PRIVATEOBJECTS",
                    "LINEDEVCAPFLAGS_LOCAL",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64, 4096u64, 8192u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\x004\x01\0\0\0\0\0\0T\x01\0\0\0\0\0\0\x8C\x01\0\0\xFF\xFF\0\0\0\x004\x01\0\0O\0\0\0T\x01\0\0h\0\0\0\x8C\x01\0\0m\0\0\0\xFF\xFF\0\0\0\0\x83\x01\0\0T\0\0\0\xBC\x01\0\0m\0\0\0\xF9\x01\0\0l\0\0\0\xFF\xFF\0\0\0\0\xD7\x01\0\0S\0\0\0)\x02\0\0l\0\0\0e\x02\0\0l\0\0\0\xFF\xFF\0\0\0\0*\x02\0\0V\0\0\0\x95\x02\0\0m\0\0\0\xD1\x02\0\0o\0\0\0\xFF\xFF\0\0\0\0\x80\x02\0\0o\0\0\0\x02\x03\0\0x\0\0\0@\x03\0\0}\0\0\0\xFF\xFF\0\0\0\0\xEF\x02\0\0\x12\x01\0\0z\x03\0\0c\x01\0\0\xBD\x03\0\0^\x01\0\0\xFF\xFF\0\0\0\0\x01\x04\0\0t\0\0\0\xDD\x04\0\0\x90\0\0\0\x1B\x05\0\0\x9F\0\0\0\xFF\xFF\0\0\0\0u\x04\0\0w\0\0\0m\x05\0\0\x8F\0\0\0\xBA\x05\0\0\x9B\0\0\0\xFF\xFF\0\0\0\0\xEC\x04\0\0C\0\0\0\xFC\x05\0\0V\0\0\0U\x06\0\0f\0\0\0\x03\0\0\0\0\0/\x05\0\0x\0\0\0R\x06\0\0~\0\0\0\xBB\x06\0\0\xA0\0\0\0\x03\0\0\0\0\0\xA7\x05\0\0Y\0\0\0\xD0\x06\0\0g\0\0\0[\x07\0\0\x93\0\0\0\x03\0\0\0\0\0\0\x06\0\0~\0\0\x007\x07\0\0\x94\0\0\0\xEE\x07\0\0\xBA\0\0\0\x03\0\0\0\0\0~\x06\0\0\x8C\0\0\0\xCB\x07\0\0\x9A\0\0\0\xA8\x08\0\0\xB8\0\0\0\xFF\xFF\0\0\0\0\n\x07\0\0s\0\0\0e\x08\0\0\x81\0\0\0`\t\0\0\x84\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEDEVCAPFLAGS_CROSSADDRCONF",
                        "LINEDEVCAPFLAGS_HIGHLEVCOMP",
                        "LINEDEVCAPFLAGS_LOWLEVCOMP",
                        "LINEDEVCAPFLAGS_MEDIACONTROL",
                        "LINEDEVCAPFLAGS_MULTIPLEADDR",
                        "LINEDEVCAPFLAGS_CLOSEDROP",
                        "LINEDEVCAPFLAGS_DIALBILLING",
                        "LINEDEVCAPFLAGS_DIALQUIET",
                        "LINEDEVCAPFLAGS_DIALDIALTONE",
                        "LINEDEVCAPFLAGS_MSP",
                        "LINEDEVCAPFLAGS_CALLHUB",
                        "LINEDEVCAPFLAGS_CALLHUBTRACKING",
                        "LINEDEVCAPFLAGS_PRIVATEOBJECTS",
                        "LINEDEVCAPFLAGS_LOCAL",
                        "CROSSADDRCONF",
                        "HIGHLEVCOMP",
                        "LOWLEVCOMP",
                        "MEDIACONTROL",
                        "MULTIPLEADDR",
                        "CLOSEDROP",
                        "DIALBILLING",
                        "DIALQUIET",
                        "DIALDIALTONE",
                        "MSP",
                        "CALLHUB",
                        "CALLHUBTRACKING",
                        "PRIVATEOBJECTS",
                        "LOCAL",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEDEVCAPFLAGS_CROSSADDRCONF",
                        " | LINEDEVCAPFLAGS_HIGHLEVCOMP",
                        " | LINEDEVCAPFLAGS_LOWLEVCOMP",
                        " | LINEDEVCAPFLAGS_MEDIACONTROL",
                        " | LINEDEVCAPFLAGS_MULTIPLEADDR",
                        " | LINEDEVCAPFLAGS_CLOSEDROP",
                        " | LINEDEVCAPFLAGS_DIALBILLING",
                        " | LINEDEVCAPFLAGS_DIALQUIET",
                        " | LINEDEVCAPFLAGS_DIALDIALTONE",
                        " | LINEDEVCAPFLAGS_MSP",
                        " | LINEDEVCAPFLAGS_CALLHUB",
                        " | LINEDEVCAPFLAGS_CALLHUBTRACKING",
                        " | LINEDEVCAPFLAGS_PRIVATEOBJECTS",
                        " | LINEDEVCAPFLAGS_LOCAL",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 16240640158330268813u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x06\0\x19\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x08\0\xFF\xFF\xFF\xFF\x10\0\x02\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\x1B\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\n\0\n\0\x1A\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\t\0\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEDEVCAPFLAGS_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineDevCapFlags>`](::tapi_consts::Flags), named [`LineDevCapFlagsSet`](crate::families::LineDevCapFlagsSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEDEVCAPFLAGS_CROSSADDRCONF` | `0x00000001` |  |\n| `LINEDEVCAPFLAGS_HIGHLEVCOMP` | `0x00000002` |  |\n| `LINEDEVCAPFLAGS_LOWLEVCOMP` | `0x00000004` |  |\n| `LINEDEVCAPFLAGS_MEDIACONTROL` | `0x00000008` |  |\n| `LINEDEVCAPFLAGS_MULTIPLEADDR` | `0x00000010` |  |\n| `LINEDEVCAPFLAGS_CLOSEDROP` | `0x00000020` |  |\n| `LINEDEVCAPFLAGS_DIALBILLING` | `0x00000040` |  |\n| `LINEDEVCAPFLAGS_DIALQUIET` | `0x00000080` |  |\n| `LINEDEVCAPFLAGS_DIALDIALTONE` | `0x00000100` |  |\n| `LINEDEVCAPFLAGS_MSP` | `0x00000200` | TAPI 3.0 |\n| `LINEDEVCAPFLAGS_CALLHUB` | `0x00000400` | TAPI 3.0 |\n| `LINEDEVCAPFLAGS_CALLHUBTRACKING` | `0x00000800` | TAPI 3.0 |\n| `LINEDEVCAPFLAGS_PRIVATEOBJECTS` | `0x00001000` | TAPI 3.0 |\n| `LINEDEVCAPFLAGS_LOCAL` | `0x00002000` |  |\n\n# Deutsch\n\nJa/Nein-Fähigkeiten eines Leitungsgeräts, kombiniert im Feld `dwDevCapFlags` der Struktur `LINEDEVCAPS`, die `lineGetDevCaps` zurückgibt.<br><br>Anhand der drei Bits `DIAL*` kann eine Anwendung vorab erkennen, welche Modifikatoren der Wählzeichenfolge einen Anruf fehlschlagen ließen; den Modifikator `?` unterstützt ein Leitungsgerät nie.\n\n- `LINEDEVCAPFLAGS_CROSSADDRCONF`: Anrufe auf verschiedenen Adressen dieser Leitung können in derselben Konferenz zusammengeführt werden.\n- `LINEDEVCAPFLAGS_HIGHLEVCOMP`: Die Leitung unterstützt Informationselemente zur Kompatibilität der höheren Schichten (im Sinne von ISDN).\n- `LINEDEVCAPFLAGS_LOWLEVCOMP`: Die Leitung unterstützt Informationselemente zur Kompatibilität der unteren Schichten (im Sinne von ISDN).\n- `LINEDEVCAPFLAGS_MEDIACONTROL`: Für Anrufe auf dieser Leitung stehen Operationen der Mediensteuerung (`lineSetMediaControl`) zur Verfügung.\n- `LINEDEVCAPFLAGS_MULTIPLEADDR`: `lineMakeCall` und `lineDial` akzeptieren mehrere Zieladressen auf einmal, wie es für inverses Multiplexing nötig ist.\n- `LINEDEVCAPFLAGS_CLOSEDROP`: Wenn die letzte Anwendung, die die Leitung geöffnet hat, sie mit `lineClose` schließt, beendet der Dienstanbieter alle aktiven Anrufe. Ist das Bit nicht gesetzt, bleiben die Anrufe unter der Kontrolle anderer Geräte bestehen (etwa eines Telefons, das dieselbe analoge Leitung mitbenutzt), und eine Anwendung kann den Benutzer vor dem Schließen warnen.\n- `LINEDEVCAPFLAGS_DIALBILLING`: Der Modifikator `$` der Wählzeichenfolge (auf den Abrechnungston warten, etwa vor der Eingabe der Nummer einer Calling Card) wird unterstützt.\n- `LINEDEVCAPFLAGS_DIALQUIET`: Der Modifikator `@` der Wählzeichenfolge (auf eine stille Rufannahme warten: Freiton, gefolgt von mehreren Sekunden Stille) wird unterstützt.\n- `LINEDEVCAPFLAGS_DIALDIALTONE`: Der Modifikator `W` der Wählzeichenfolge (auf den Wählton warten) wird unterstützt.\n- `LINEDEVCAPFLAGS_MSP`: Der Leitung ist ein MSP (Mediendienstanbieter) zugeordnet. Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher aushandeln.\n- `LINEDEVCAPFLAGS_CALLHUB`: Die Leitung unterstützt Anrufhubs. Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher aushandeln.\n- `LINEDEVCAPFLAGS_CALLHUBTRACKING`: Die Leitung unterstützt die Anrufhub-Verfolgung (siehe `LINECALLHUBTRACKING_`). Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher aushandeln.\n- `LINEDEVCAPFLAGS_PRIVATEOBJECTS`: Der Dienstanbieter implementiert anbieterspezifische Schnittstellen (private Objekte). Nur für Anwendungen sichtbar, die TAPI 3.0 oder höher aushandeln.\n- `LINEDEVCAPFLAGS_LOCAL`: Die Leitung ist nur auf dem Rechner nutzbar, auf dem sie installiert ist; ein TAPI-Server bietet sie entfernten Clients nicht an.\n\n# Français\n\nCapacités booléennes d’un périphérique de ligne, combinées dans le membre `dwDevCapFlags` de la structure `LINEDEVCAPS` renvoyée par `lineGetDevCaps`.<br><br>Les trois indicateurs `DIAL*` permettent à une application de savoir à l’avance quels modificateurs de chaîne composable feraient échouer un appel ; le modificateur `?` n’est jamais pris en charge par un périphérique de ligne.\n\n- `LINEDEVCAPFLAGS_CROSSADDRCONF`: Des appels passant par différentes adresses de cette ligne peuvent être réunis dans une même conférence.\n- `LINEDEVCAPFLAGS_HIGHLEVCOMP`: La ligne prend en charge les éléments d’information de compatibilité de couche haute (au sens du RNIS).\n- `LINEDEVCAPFLAGS_LOWLEVCOMP`: La ligne prend en charge les éléments d’information de compatibilité de couche basse (au sens du RNIS).\n- `LINEDEVCAPFLAGS_MEDIACONTROL`: Les opérations de contrôle du média (`lineSetMediaControl`) sont disponibles pour les appels de cette ligne.\n- `LINEDEVCAPFLAGS_MULTIPLEADDR`: `lineMakeCall` et `lineDial` acceptent plusieurs adresses de destination à la fois, comme l’exige le multiplexage inverse.\n- `LINEDEVCAPFLAGS_CLOSEDROP`: Lorsque la dernière application ayant ouvert la ligne la ferme avec `lineClose`, le fournisseur met fin à tous les appels actifs. Si l’indicateur est absent, les appels subsistent sous le contrôle d’un autre équipement (comme un téléphone partageant une ligne analogique), et une application peut avertir l’utilisateur avant la fermeture.\n- `LINEDEVCAPFLAGS_DIALBILLING`: Le modificateur de chaîne composable `$` (attendre la tonalité de facturation, par exemple avant de saisir un numéro de carte d’appel) est pris en charge.\n- `LINEDEVCAPFLAGS_DIALQUIET`: Le modificateur de chaîne composable `@` (attendre une réponse silencieuse : retour d’appel suivi de plusieurs secondes de silence) est pris en charge.\n- `LINEDEVCAPFLAGS_DIALDIALTONE`: Le modificateur de chaîne composable `W` (attendre la tonalité de numérotation) est pris en charge.\n- `LINEDEVCAPFLAGS_MSP`: Un fournisseur de services de média (MSP) est associé à la ligne. Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure.\n- `LINEDEVCAPFLAGS_CALLHUB`: La ligne prend en charge les concentrateurs d’appels. Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure.\n- `LINEDEVCAPFLAGS_CALLHUBTRACKING`: La ligne prend en charge le suivi des concentrateurs d’appels (voir `LINECALLHUBTRACKING_`). Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure.\n- `LINEDEVCAPFLAGS_PRIVATEOBJECTS`: Le fournisseur de services implémente des interfaces qui lui sont propres (objets privés). Visible uniquement par les applications qui négocient TAPI 3.0 ou une version ultérieure.\n- `LINEDEVCAPFLAGS_LOCAL`: La ligne n’est utilisable que sur l’ordinateur où elle est installée ; un serveur TAPI ne la propose pas aux clients distants.\n"
    )]
    impl LineDevCapFlags {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::CrossAddrConf,
            Self::HighLevComp,
            Self::LowLevComp,
            Self::MediaControl,
            Self::MultipleAddr,
            Self::CloseDrop,
            Self::DialBilling,
            Self::DialQuiet,
            Self::DialDialTone,
            Self::Msp,
            Self::CallHub,
            Self::CallHubTracking,
            Self::PrivateObjects,
            Self::Local,
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
                1 => __tapi::Some(Self::CrossAddrConf),
                2 => __tapi::Some(Self::HighLevComp),
                4 => __tapi::Some(Self::LowLevComp),
                8 => __tapi::Some(Self::MediaControl),
                16 => __tapi::Some(Self::MultipleAddr),
                32 => __tapi::Some(Self::CloseDrop),
                64 => __tapi::Some(Self::DialBilling),
                128 => __tapi::Some(Self::DialQuiet),
                256 => __tapi::Some(Self::DialDialTone),
                512 => __tapi::Some(Self::Msp),
                1024 => __tapi::Some(Self::CallHub),
                2048 => __tapi::Some(Self::CallHubTracking),
                4096 => __tapi::Some(Self::PrivateObjects),
                8192 => __tapi::Some(Self::Local),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEDEVCAPFLAGS_CROSSADDRCONF`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineDevCapFlags {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineDevCapFlags> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineDevCapFlags) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineDevCapFlags {
        type Error = ::tapi_consts::UnknownValueError<LineDevCapFlags>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineDevCapFlags {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineDevCapFlags {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineDevCapFlags {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineDevCapFlags {
        type Output = ::tapi_consts::Flags<LineDevCapFlags>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineDevCapFlags> {
            <::tapi_consts::Flags<
                LineDevCapFlags,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineDevCapFlags>> for LineDevCapFlags {
        type Output = ::tapi_consts::Flags<LineDevCapFlags>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineDevCapFlags>,
        ) -> ::tapi_consts::Flags<LineDevCapFlags> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineDevCapFlags, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineDevCapFlags);
};
///The `LINEDEVCAPFLAGS_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linedevcapflags {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::CrossAddrConf`](super::LineDevCapFlags::CrossAddrConf)."
    )]
    pub const LINEDEVCAPFLAGS_CROSSADDRCONF: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::HighLevComp`](super::LineDevCapFlags::HighLevComp)."
    )]
    pub const LINEDEVCAPFLAGS_HIGHLEVCOMP: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::LowLevComp`](super::LineDevCapFlags::LowLevComp)."
    )]
    pub const LINEDEVCAPFLAGS_LOWLEVCOMP: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::MediaControl`](super::LineDevCapFlags::MediaControl)."
    )]
    pub const LINEDEVCAPFLAGS_MEDIACONTROL: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::MultipleAddr`](super::LineDevCapFlags::MultipleAddr)."
    )]
    pub const LINEDEVCAPFLAGS_MULTIPLEADDR: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::CloseDrop`](super::LineDevCapFlags::CloseDrop)."
    )]
    pub const LINEDEVCAPFLAGS_CLOSEDROP: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::DialBilling`](super::LineDevCapFlags::DialBilling)."
    )]
    pub const LINEDEVCAPFLAGS_DIALBILLING: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::DialQuiet`](super::LineDevCapFlags::DialQuiet)."
    )]
    pub const LINEDEVCAPFLAGS_DIALQUIET: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::DialDialTone`](super::LineDevCapFlags::DialDialTone)."
    )]
    pub const LINEDEVCAPFLAGS_DIALDIALTONE: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::Msp`](super::LineDevCapFlags::Msp)."
    )]
    pub const LINEDEVCAPFLAGS_MSP: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::CallHub`](super::LineDevCapFlags::CallHub)."
    )]
    pub const LINEDEVCAPFLAGS_CALLHUB: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::CallHubTracking`](super::LineDevCapFlags::CallHubTracking)."
    )]
    pub const LINEDEVCAPFLAGS_CALLHUBTRACKING: ::core::primitive::u32 = 2048;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::PrivateObjects`](super::LineDevCapFlags::PrivateObjects)."
    )]
    pub const LINEDEVCAPFLAGS_PRIVATEOBJECTS: ::core::primitive::u32 = 4096;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevCapFlags::Local`](super::LineDevCapFlags::Local)."
    )]
    pub const LINEDEVCAPFLAGS_LOCAL: ::core::primitive::u32 = 8192;
}
/// Line device status events. They arrive in `dwParam1` of the `LINE_LINEDEVSTATE` message; an
/// application chooses which ones it receives with `lineSetStatusMessages`, and the `dwLineStates`
/// member of `LINEDEVCAPS` lists those the device can report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineDevState {
    /// A device status item not covered by the other flags has changed; the application has to
    /// read the current status (`lineGetLineDevStatus`) to find out which.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_OTHER` = `0x00000001`")]
    Other = 0x0000_0001,
    /// The switch is telling the line to alert the user. Providers repeat the event on each ring
    /// cycle (about every six seconds in the United States), with an increasing ring count.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_RINGING` = `0x00000002`")]
    Ringing = 0x0000_0002,
    /// The line, which was disconnected, is connected to TAPI again.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_CONNECTED` = `0x00000004`")]
    Connected = 0x0000_0004,
    /// The line, which was connected, is no longer connected to TAPI.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_DISCONNECTED` = `0x00000008`")]
    Disconnected = 0x0000_0008,
    /// The message-waiting indicator has come on.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_MSGWAITON` = `0x00000010`")]
    MsgWaitOn = 0x0000_0010,
    /// The message-waiting indicator has gone off.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_MSGWAITOFF` = `0x00000020`")]
    MsgWaitOff = 0x0000_0020,
    /// The line is in service and connected to TAPI, either because TAPI has just started or
    /// because the line was plugged in and brought into service at the switch.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_INSERVICE` = `0x00000040`")]
    InService = 0x0000_0040,
    /// The line is out of service at the switch or physically unplugged; TAPI cannot operate it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_OUTOFSERVICE` = `0x00000080`")]
    OutOfService = 0x0000_0080,
    /// The switch is performing maintenance on the line; TAPI cannot operate it meanwhile.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_MAINTENANCE` = `0x00000100`")]
    Maintenance = 0x0000_0100,
    /// Another application has opened the line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_OPEN` = `0x00000200`")]
    Open = 0x0000_0200,
    /// Another application has closed the line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_CLOSE` = `0x00000400`")]
    Close = 0x0000_0400,
    /// The number of calls on the line device has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_NUMCALLS` = `0x00000800`")]
    NumCalls = 0x0000_0800,
    /// The number of pending call completion requests on the line device has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_NUMCOMPLETIONS` = `0x00001000`")]
    NumCompletions = 0x0000_1000,
    /// The terminal settings have changed, for example because several lines share one phone terminal.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_TERMINALS` = `0x00002000`")]
    Terminals = 0x0000_2000,
    /// The roaming mode of the line device (cellular) has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_ROAMMODE` = `0x00004000`")]
    RoamMode = 0x0000_4000,
    /// The battery level has changed significantly (cellular devices).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_BATTERY` = `0x00008000`")]
    Battery = 0x0000_8000,
    /// The signal strength has changed significantly (cellular devices).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_SIGNAL` = `0x00010000`")]
    Signal = 0x0001_0000,
    /// The device-specific information of the line has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_DEVSPECIFIC` = `0x00020000`")]
    DevSpecific = 0x0002_0000,
    /// The set or configuration of line devices has changed (for example, new devices appeared);
    /// the application must shut down and reinitialize its use of TAPI to see the changes.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_REINIT` = `0x00040000`")]
    Reinit = 0x0004_0000,
    /// The locked state of the line device has changed (see `LINEDEVSTATUSFLAGS_LOCKED`).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_LOCK` = `0x00080000`")]
    Lock = 0x0008_0000,
    /// One or more members of `LINEDEVCAPS` have changed; read them again with `lineGetDevCaps`.
    /// Applications that negotiated a version older than 1.4 receive `REINIT` instead.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_CAPSCHANGE` = `0x00100000`")]
    CapsChange = 0x0010_0000,
    /// The configuration of one or more media devices tied to the line has changed;
    /// `lineGetDevConfig` returns the new settings. Only sent to applications that negotiated TAPI
    /// 1.4 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_CONFIGCHANGE` = `0x00200000`")]
    ConfigChange = 0x0020_0000,
    /// One or more members of `LINETRANSLATECAPS` (address translation settings) have changed;
    /// read them again with `lineGetTranslateCaps`. Applications older than version 1.4 receive
    /// `REINIT` instead.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_TRANSLATECHANGE` = `0x00400000`")]
    TranslateChange = 0x0040_0000,
    /// A call completion request, whose identifier is in `dwParam2`, was cancelled from outside
    /// and is no longer valid (`lineUncompleteCall` would fail with `LINEERR_INVALCOMPLETIONID`).
    /// Only sent to applications that negotiated TAPI 1.4 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_COMPLCANCEL` = `0x00800000`")]
    ComplCancel = 0x0080_0000,
    /// The device is being removed from the system, usually at the user's request. A `LINE_CLOSE`
    /// normally follows, and further access returns `LINEERR_NODEVICE` until TAPI is
    /// reinitialized. Only sent to applications that negotiated TAPI 1.4 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATE_REMOVED` = `0x01000000`")]
    Removed = 0x0100_0000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Line device status events. They arrive in `dwParam1` of the `LINE_LINEDEVSTATE` message; an application chooses which ones it receives with `lineSetStatusMessages`, and the `dwLineStates` member of `LINEDEVCAPS` lists those the device can report.A device status item not covered by the other flags has changed; the application has to read the current status (`lineGetLineDevStatus`) to find out which.The switch is telling the line to alert the user. Providers repeat the event on each ring cycle (about every six seconds in the United States), with an increasing ring count.The line, which was disconnected, is connected to TAPI again.The line, which was connected, is no longer connected to TAPI.The message-waiting indicator has come on.The message-waiting indicator has gone off.The line is in service and connected to TAPI, either because TAPI has just started or because the line was plugged in and brought into service at the switch.The line is out of service at the switch or physically unplugged; TAPI cannot operate it.The switch is performing maintenance on the line; TAPI cannot operate it meanwhile.Another application has opened the line.Another application has closed the line.The number of calls on the line device has changed.The number of pending call completion requests on the line device has changed.The terminal settings have changed, for example because several lines share one phone terminal.The roaming mode of the line device (cellular) has changed.The battery level has changed significantly (cellular devices).The signal strength has changed significantly (cellular devices).The device-specific information of the line has changed.The set or configuration of line devices has changed (for example, new devices appeared); the application must shut down and reinitialize its use of TAPI to see the changes.The locked state of the line device has changed (see `LINEDEVSTATUSFLAGS_LOCKED`).One or more members of `LINEDEVCAPS` have changed; read them again with `lineGetDevCaps`. Applications that negotiated a version older than 1.4 receive `REINIT` instead.The configuration of one or more media devices tied to the line has changed; `lineGetDevConfig` returns the new settings. Only sent to applications that negotiated TAPI 1.4 or later.One or more members of `LINETRANSLATECAPS` (address translation settings) have changed; read them again with `lineGetTranslateCaps`. Applications older than version 1.4 receive `REINIT` instead.A call completion request, whose identifier is in `dwParam2`, was cancelled from outside and is no longer valid (`lineUncompleteCall` would fail with `LINEERR_INVALCOMPLETIONID`). Only sent to applications that negotiated TAPI 1.4 or later.The device is being removed from the system, usually at the user's request. A `LINE_CLOSE` normally follows, and further access returns `LINEERR_NODEVICE` until TAPI is reinitialized. Only sent to applications that negotiated TAPI 1.4 or later."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Statusereignisse eines Leitungsgeräts, die in `dwParam1` der Nachricht `LINE_LINEDEVSTATE` ankommen; mit `lineSetStatusMessages` wählt eine Anwendung aus, welche sie erhält, und das Feld `dwLineStates` von `LINEDEVCAPS` listet diejenigen auf, die das Gerät melden kann.Ein Statuselement des Geräts, das die anderen Bits nicht abdecken, hat sich geändert; die Anwendung muss den aktuellen Status (`lineGetLineDevStatus`) lesen, um zu erfahren, welches.Die Vermittlung fordert die Leitung auf, den Benutzer zu rufen. Die Dienstanbieter wiederholen das Ereignis bei jedem Klingelzyklus (in den USA etwa alle sechs Sekunden) mit steigendem Klingelzähler.Die Leitung, die getrennt war, ist wieder mit TAPI verbunden.Die Leitung, die verbunden war, ist nicht mehr mit TAPI verbunden.Die Anzeige für wartende Nachrichten wurde eingeschaltet.Die Anzeige für wartende Nachrichten wurde ausgeschaltet.Die Leitung ist in Betrieb und mit TAPI verbunden, entweder weil TAPI gerade gestartet wurde oder weil die Leitung angeschlossen und an der Vermittlung in Betrieb genommen wurde.Die Leitung ist an der Vermittlung außer Betrieb oder physisch abgezogen; TAPI kann sie nicht steuern.Die Vermittlung führt Wartungsarbeiten an der Leitung durch; TAPI kann sie währenddessen nicht steuern.Eine andere Anwendung hat die Leitung geöffnet.Eine andere Anwendung hat die Leitung geschlossen.Die Anzahl der Anrufe auf dem Leitungsgerät hat sich geändert.Die Anzahl der ausstehenden Anforderungen zur Anrufvervollständigung auf dem Leitungsgerät hat sich geändert.Die Einstellungen der Endgeräte haben sich geändert, etwa weil sich mehrere Leitungen ein Telefon als Endgerät teilen.Der Roaming-Modus des Leitungsgeräts (Mobilfunk) hat sich geändert.Der Batteriestand hat sich deutlich geändert (Mobilfunkgeräte).Die Signalstärke hat sich deutlich geändert (Mobilfunkgeräte).Die gerätespezifischen Informationen der Leitung haben sich geändert.Der Bestand oder die Konfiguration der Leitungsgeräte hat sich geändert (etwa weil neue Geräte hinzugekommen sind); die Anwendung muss ihre Nutzung von TAPI beenden und neu initialisieren, um die Änderungen zu sehen.Der Sperrzustand des Leitungsgeräts hat sich geändert (siehe `LINEDEVSTATUSFLAGS_LOCKED`).Ein oder mehrere Felder von `LINEDEVCAPS` haben sich geändert; sie sind mit `lineGetDevCaps` erneut abzurufen. Anwendungen, die eine ältere Version als 1.4 ausgehandelt haben, erhalten stattdessen `REINIT`.Die Konfiguration eines oder mehrerer Mediengeräte, die zur Leitung gehören, hat sich geändert; `lineGetDevConfig` liefert die neuen Einstellungen. Wird nur an Anwendungen gesendet, die TAPI 1.4 oder höher ausgehandelt haben.Ein oder mehrere Felder von `LINETRANSLATECAPS` (Einstellungen für die Umsetzung von Adressen) haben sich geändert; sie sind mit `lineGetTranslateCaps` erneut abzurufen. Anwendungen mit einer älteren Version als 1.4 erhalten stattdessen `REINIT`.Eine Anforderung zur Anrufvervollständigung, deren Kennung in `dwParam2` steht, wurde von außen aufgehoben und ist nicht mehr gültig (`lineUncompleteCall` würde mit `LINEERR_INVALCOMPLETIONID` fehlschlagen). Wird nur an Anwendungen gesendet, die TAPI 1.4 oder höher ausgehandelt haben.Das Gerät wird gerade aus dem System entfernt, meist auf Wunsch des Benutzers. Normalerweise folgt eine Nachricht `LINE_CLOSE`, und jeder weitere Zugriff liefert `LINEERR_NODEVICE`, bis TAPI neu initialisiert wird. Wird nur an Anwendungen gesendet, die TAPI 1.4 oder höher ausgehandelt haben."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Événements d’état d’un périphérique de ligne. Ils sont transmis dans `dwParam1` du message `LINE_LINEDEVSTATE` ; une application choisit ceux qu’elle reçoit avec `lineSetStatusMessages`, et le membre `dwLineStates` de `LINEDEVCAPS` énumère ceux que le périphérique peut signaler.Un élément d’état du périphérique que les autres indicateurs ne couvrent pas a changé ; l’application doit relire l’état actuel (`lineGetLineDevStatus`) pour savoir lequel.Le commutateur demande à la ligne d’alerter l’utilisateur. Les fournisseurs répètent l’événement à chaque cycle de sonnerie (environ toutes les six secondes aux États-Unis), avec un nombre de sonneries croissant.La ligne, qui était déconnectée, est de nouveau connectée à TAPI.La ligne, qui était connectée, n’est plus connectée à TAPI.Le voyant de message en attente s’est allumé.Le voyant de message en attente s’est éteint.La ligne est en service et connectée à TAPI, soit parce que TAPI vient de démarrer, soit parce que la ligne a été branchée et mise en service sur le commutateur.La ligne est hors service sur le commutateur ou physiquement débranchée ; TAPI ne peut pas la piloter.Le commutateur effectue une maintenance sur la ligne ; TAPI ne peut pas la piloter pendant ce temps.Une autre application a ouvert la ligne.Une autre application a fermé la ligne.Le nombre d’appels sur le périphérique de ligne a changé.Le nombre de demandes d’achèvement d’appel en cours sur le périphérique de ligne a changé.Les réglages des terminaux ont changé, par exemple parce que plusieurs lignes partagent un même terminal téléphonique.Le mode d’itinérance du périphérique de ligne (cellulaire) a changé.Le niveau de la batterie a sensiblement changé (appareils cellulaires).La puissance du signal a sensiblement changé (appareils cellulaires).Les informations propres au périphérique de la ligne ont changé.L’ensemble ou la configuration des périphériques de ligne a changé (par exemple, de nouveaux périphériques sont apparus) ; l’application doit arrêter puis réinitialiser son utilisation de TAPI pour prendre en compte ces changements.L’état de verrouillage du périphérique de ligne a changé (voir `LINEDEVSTATUSFLAGS_LOCKED`).Un ou plusieurs membres de `LINEDEVCAPS` ont changé ; relisez-les avec `lineGetDevCaps`. Les applications ayant négocié une version antérieure à 1.4 reçoivent `REINIT` à la place.La configuration d’un ou de plusieurs périphériques de média liés à la ligne a changé ; `lineGetDevConfig` renvoie les nouveaux réglages. Envoyé seulement aux applications ayant négocié TAPI 1.4 ou une version ultérieure.Un ou plusieurs membres de `LINETRANSLATECAPS` (réglages de traduction d’adresses) ont changé ; relisez-les avec `lineGetTranslateCaps`. Les applications antérieures à la version 1.4 reçoivent `REINIT` à la place.Une demande d’achèvement d’appel, dont l’identifiant figure dans `dwParam2`, a été annulée de l’extérieur et n’est plus valide (`lineUncompleteCall` échouerait avec `LINEERR_INVALCOMPLETIONID`). Envoyé seulement aux applications ayant négocié TAPI 1.4 ou une version ultérieure.Le périphérique est en cours de retrait du système, généralement à la demande de l’utilisateur. Un message `LINE_CLOSE` suit normalement, et tout accès ultérieur renvoie `LINEERR_NODEVICE` jusqu’à la réinitialisation de TAPI. Envoyé seulement aux applications ayant négocié TAPI 1.4 ou une version ultérieure."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineDevState",
            prefix: "LINEDEVSTATE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 33554431u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINEDEVSTATE_OTHER",
                    "LINEDEVSTATE_RINGING",
                    "LINEDEVSTATE_CONNECTED",
                    "LINEDEVSTATE_DISCONNECTED",
                    "LINEDEVSTATE_MSGWAITON",
                    "LINEDEVSTATE_MSGWAITOFF",
                    "LINEDEVSTATE_INSERVICE",
                    "LINEDEVSTATE_OUTOFSERVICE",
                    "LINEDEVSTATE_MAINTENANCE",
                    "LINEDEVSTATE_OPEN",
                    "LINEDEVSTATE_CLOSE",
                    "LINEDEVSTATE_NUMCALLS",
                    "LINEDEVSTATE_NUMCOMPLETIONS",
                    "LINEDEVSTATE_TERMINALS",
                    "LINEDEVSTATE_ROAMMODE",
                    "LINEDEVSTATE_BATTERY",
                    "LINEDEVSTATE_SIGNAL",
                    "LINEDEVSTATE_DEVSPECIFIC",
                    "LINEDEVSTATE_REINIT",
                    "LINEDEVSTATE_LOCK",
                    "LINEDEVSTATE_CAPSCHANGE",
                    "LINEDEVSTATE_CONFIGCHANGE",
                    "LINEDEVSTATE_TRANSLATECHANGE",
                    "LINEDEVSTATE_COMPLCANCEL",
                    "LINEDEVSTATE_REMOVED",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64, 4096u64, 8192u64, 16384u64, 32768u64, 65536u64,
                    131072u64, 262144u64, 524288u64, 1048576u64, 2097152u64, 4194304u64,
                    8388608u64, 16777216u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xF6\0\0\0\0\0\0\0\x11\x01\0\0\0\0\0\0'\x01\0\0\xFF\xFF\0\0\0\0\xF6\0\0\0\x9B\0\0\0\x11\x01\0\0\xB8\0\0\0'\x01\0\0\xB9\0\0\0\xFF\xFF\0\0\0\0\x91\x01\0\0\xAE\0\0\0\xC9\x01\0\0\xC8\0\0\0\xE0\x01\0\0\xE1\0\0\0\xFF\xFF\0\0\0\0?\x02\0\0=\0\0\0\x91\x02\0\0=\0\0\0\xC1\x02\0\0F\0\0\0\xFF\xFF\0\0\0\0|\x02\0\0>\0\0\0\xCE\x02\0\0B\0\0\0\x07\x03\0\0A\0\0\0\xFF\xFF\0\0\0\0\xBA\x02\0\0*\0\0\0\x10\x03\0\0:\0\0\0H\x03\0\x000\0\0\0\xFF\xFF\0\0\0\0\xE4\x02\0\0+\0\0\0J\x03\0\0:\0\0\0x\x03\0\x000\0\0\0\xFF\xFF\0\0\0\0\x0F\x03\0\0\x9D\0\0\0\x84\x03\0\0\xB2\0\0\0\xA8\x03\0\0\xA7\0\0\0\xFF\xFF\0\0\0\0\xAC\x03\0\0Y\0\0\x006\x04\0\0g\0\0\0O\x04\0\0h\0\0\0\xFF\xFF\0\0\0\0\x05\x04\0\0S\0\0\0\x9D\x04\0\0i\0\0\0\xB7\x04\0\0d\0\0\0\xFF\xFF\0\0\0\0X\x04\0\0(\0\0\0\x06\x05\0\x000\0\0\0\x1B\x05\0\0(\0\0\0\xFF\xFF\0\0\0\0\x80\x04\0\0(\0\0\x006\x05\0\x002\0\0\0C\x05\0\0(\0\0\0\xFF\xFF\0\0\0\0\xA8\x04\0\x003\0\0\0h\x05\0\0@\0\0\0k\x05\0\0>\0\0\0\xFF\xFF\0\0\0\0\xDB\x04\0\0N\0\0\0\xA8\x05\0\0p\0\0\0\xA9\x05\0\0b\0\0\0\xFF\xFF\0\0\0\0)\x05\0\0_\0\0\0\x18\x06\0\0y\0\0\0\x0B\x06\0\0{\0\0\0\xFF\xFF\0\0\0\0\x88\x05\0\0;\0\0\0\x91\x06\0\0E\0\0\0\x86\x06\0\0J\0\0\0\xFF\xFF\0\0\0\0\xC3\x05\0\0?\0\0\0\xD6\x06\0\0A\0\0\0\xD0\x06\0\0H\0\0\0\xFF\xFF\0\0\0\0\x02\x06\0\0A\0\0\0\x17\x07\0\0A\0\0\0\x18\x07\0\0F\0\0\0\xFF\xFF\0\0\0\0C\x06\0\08\0\0\0X\x07\0\0G\0\0\0^\x07\0\0C\0\0\0\xFF\xFF\0\0\0\0{\x06\0\0\xAD\0\0\0\x9F\x07\0\0\xDC\0\0\0\xA1\x07\0\0\xF3\0\0\0\xFF\xFF\0\0\0\0(\x07\0\0R\0\0\0{\x08\0\0\\\0\0\0\x94\x08\0\0b\0\0\0\x01\x04\0\0\0\0z\x07\0\0\xA9\0\0\0\xD7\x08\0\0\xD0\0\0\0\xF6\x08\0\0\xBA\0\0\0\x01\x04\0\0\0\0#\x08\0\0\xB6\0\0\0\xA7\t\0\0\xE5\0\0\0\xB0\t\0\0\xEA\0\0\0\x01\x04\0\0\0\0\xD9\x08\0\0\xC2\0\0\0\x8C\n\0\0\xF9\0\0\0\x9A\n\0\0\xDD\0\0\0\x01\x04\0\0\0\0\x9B\t\0\0\xF0\0\0\0\x85\x0B\0\0\"\x01\0\0w\x0B\0\0*\x01\0\0\x01\x04\0\0\0\0\x8B\n\0\0\xF4\0\0\0\xA7\x0C\0\0&\x01\0\0\xA1\x0C\0\0G\x01\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEDEVSTATE_OTHER",
                        "LINEDEVSTATE_RINGING",
                        "LINEDEVSTATE_CONNECTED",
                        "LINEDEVSTATE_DISCONNECTED",
                        "LINEDEVSTATE_MSGWAITON",
                        "LINEDEVSTATE_MSGWAITOFF",
                        "LINEDEVSTATE_INSERVICE",
                        "LINEDEVSTATE_OUTOFSERVICE",
                        "LINEDEVSTATE_MAINTENANCE",
                        "LINEDEVSTATE_OPEN",
                        "LINEDEVSTATE_CLOSE",
                        "LINEDEVSTATE_NUMCALLS",
                        "LINEDEVSTATE_NUMCOMPLETIONS",
                        "LINEDEVSTATE_TERMINALS",
                        "LINEDEVSTATE_ROAMMODE",
                        "LINEDEVSTATE_BATTERY",
                        "LINEDEVSTATE_SIGNAL",
                        "LINEDEVSTATE_DEVSPECIFIC",
                        "LINEDEVSTATE_REINIT",
                        "LINEDEVSTATE_LOCK",
                        "LINEDEVSTATE_CAPSCHANGE",
                        "LINEDEVSTATE_CONFIGCHANGE",
                        "LINEDEVSTATE_TRANSLATECHANGE",
                        "LINEDEVSTATE_COMPLCANCEL",
                        "LINEDEVSTATE_REMOVED",
                        "OTHER",
                        "RINGING",
                        "CONNECTED",
                        "DISCONNECTED",
                        "MSGWAITON",
                        "MSGWAITOFF",
                        "INSERVICE",
                        "OUTOFSERVICE",
                        "MAINTENANCE",
                        "OPEN",
                        "CLOSE",
                        "NUMCALLS",
                        "NUMCOMPLETIONS",
                        "TERMINALS",
                        "ROAMMODE",
                        "BATTERY",
                        "SIGNAL",
                        "DEVSPECIFIC",
                        "REINIT",
                        "LOCK",
                        "CAPSCHANGE",
                        "CONFIGCHANGE",
                        "TRANSLATECHANGE",
                        "COMPLCANCEL",
                        "REMOVED",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEDEVSTATE_OTHER",
                        " | LINEDEVSTATE_RINGING",
                        " | LINEDEVSTATE_CONNECTED",
                        " | LINEDEVSTATE_DISCONNECTED",
                        " | LINEDEVSTATE_MSGWAITON",
                        " | LINEDEVSTATE_MSGWAITOFF",
                        " | LINEDEVSTATE_INSERVICE",
                        " | LINEDEVSTATE_OUTOFSERVICE",
                        " | LINEDEVSTATE_MAINTENANCE",
                        " | LINEDEVSTATE_OPEN",
                        " | LINEDEVSTATE_CLOSE",
                        " | LINEDEVSTATE_NUMCALLS",
                        " | LINEDEVSTATE_NUMCOMPLETIONS",
                        " | LINEDEVSTATE_TERMINALS",
                        " | LINEDEVSTATE_ROAMMODE",
                        " | LINEDEVSTATE_BATTERY",
                        " | LINEDEVSTATE_SIGNAL",
                        " | LINEDEVSTATE_DEVSPECIFIC",
                        " | LINEDEVSTATE_REINIT",
                        " | LINEDEVSTATE_LOCK",
                        " | LINEDEVSTATE_CAPSCHANGE",
                        " | LINEDEVSTATE_CONFIGCHANGE",
                        " | LINEDEVSTATE_TRANSLATECHANGE",
                        " | LINEDEVSTATE_COMPLCANCEL",
                        " | LINEDEVSTATE_REMOVED",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0\xFF\xFF\xFF\xFF(\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x01\0\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF1\0\x18\0\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\x17\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0\x0C\0\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF.\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\"\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF0\0\x17\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEDEVSTATE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineDevState>`](::tapi_consts::Flags), named [`LineDevStateSet`](crate::families::LineDevStateSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEDEVSTATE_OTHER` | `0x00000001` |  |\n| `LINEDEVSTATE_RINGING` | `0x00000002` |  |\n| `LINEDEVSTATE_CONNECTED` | `0x00000004` |  |\n| `LINEDEVSTATE_DISCONNECTED` | `0x00000008` |  |\n| `LINEDEVSTATE_MSGWAITON` | `0x00000010` |  |\n| `LINEDEVSTATE_MSGWAITOFF` | `0x00000020` |  |\n| `LINEDEVSTATE_INSERVICE` | `0x00000040` |  |\n| `LINEDEVSTATE_OUTOFSERVICE` | `0x00000080` |  |\n| `LINEDEVSTATE_MAINTENANCE` | `0x00000100` |  |\n| `LINEDEVSTATE_OPEN` | `0x00000200` |  |\n| `LINEDEVSTATE_CLOSE` | `0x00000400` |  |\n| `LINEDEVSTATE_NUMCALLS` | `0x00000800` |  |\n| `LINEDEVSTATE_NUMCOMPLETIONS` | `0x00001000` |  |\n| `LINEDEVSTATE_TERMINALS` | `0x00002000` |  |\n| `LINEDEVSTATE_ROAMMODE` | `0x00004000` |  |\n| `LINEDEVSTATE_BATTERY` | `0x00008000` |  |\n| `LINEDEVSTATE_SIGNAL` | `0x00010000` |  |\n| `LINEDEVSTATE_DEVSPECIFIC` | `0x00020000` |  |\n| `LINEDEVSTATE_REINIT` | `0x00040000` |  |\n| `LINEDEVSTATE_LOCK` | `0x00080000` |  |\n| `LINEDEVSTATE_CAPSCHANGE` | `0x00100000` | TAPI 1.4 |\n| `LINEDEVSTATE_CONFIGCHANGE` | `0x00200000` | TAPI 1.4 |\n| `LINEDEVSTATE_TRANSLATECHANGE` | `0x00400000` | TAPI 1.4 |\n| `LINEDEVSTATE_COMPLCANCEL` | `0x00800000` | TAPI 1.4 |\n| `LINEDEVSTATE_REMOVED` | `0x01000000` | TAPI 1.4 |\n\n# Deutsch\n\nStatusereignisse eines Leitungsgeräts, die in `dwParam1` der Nachricht `LINE_LINEDEVSTATE` ankommen; mit `lineSetStatusMessages` wählt eine Anwendung aus, welche sie erhält, und das Feld `dwLineStates` von `LINEDEVCAPS` listet diejenigen auf, die das Gerät melden kann.\n\n- `LINEDEVSTATE_OTHER`: Ein Statuselement des Geräts, das die anderen Bits nicht abdecken, hat sich geändert; die Anwendung muss den aktuellen Status (`lineGetLineDevStatus`) lesen, um zu erfahren, welches.\n- `LINEDEVSTATE_RINGING`: Die Vermittlung fordert die Leitung auf, den Benutzer zu rufen. Die Dienstanbieter wiederholen das Ereignis bei jedem Klingelzyklus (in den USA etwa alle sechs Sekunden) mit steigendem Klingelzähler.\n- `LINEDEVSTATE_CONNECTED`: Die Leitung, die getrennt war, ist wieder mit TAPI verbunden.\n- `LINEDEVSTATE_DISCONNECTED`: Die Leitung, die verbunden war, ist nicht mehr mit TAPI verbunden.\n- `LINEDEVSTATE_MSGWAITON`: Die Anzeige für wartende Nachrichten wurde eingeschaltet.\n- `LINEDEVSTATE_MSGWAITOFF`: Die Anzeige für wartende Nachrichten wurde ausgeschaltet.\n- `LINEDEVSTATE_INSERVICE`: Die Leitung ist in Betrieb und mit TAPI verbunden, entweder weil TAPI gerade gestartet wurde oder weil die Leitung angeschlossen und an der Vermittlung in Betrieb genommen wurde.\n- `LINEDEVSTATE_OUTOFSERVICE`: Die Leitung ist an der Vermittlung außer Betrieb oder physisch abgezogen; TAPI kann sie nicht steuern.\n- `LINEDEVSTATE_MAINTENANCE`: Die Vermittlung führt Wartungsarbeiten an der Leitung durch; TAPI kann sie währenddessen nicht steuern.\n- `LINEDEVSTATE_OPEN`: Eine andere Anwendung hat die Leitung geöffnet.\n- `LINEDEVSTATE_CLOSE`: Eine andere Anwendung hat die Leitung geschlossen.\n- `LINEDEVSTATE_NUMCALLS`: Die Anzahl der Anrufe auf dem Leitungsgerät hat sich geändert.\n- `LINEDEVSTATE_NUMCOMPLETIONS`: Die Anzahl der ausstehenden Anforderungen zur Anrufvervollständigung auf dem Leitungsgerät hat sich geändert.\n- `LINEDEVSTATE_TERMINALS`: Die Einstellungen der Endgeräte haben sich geändert, etwa weil sich mehrere Leitungen ein Telefon als Endgerät teilen.\n- `LINEDEVSTATE_ROAMMODE`: Der Roaming-Modus des Leitungsgeräts (Mobilfunk) hat sich geändert.\n- `LINEDEVSTATE_BATTERY`: Der Batteriestand hat sich deutlich geändert (Mobilfunkgeräte).\n- `LINEDEVSTATE_SIGNAL`: Die Signalstärke hat sich deutlich geändert (Mobilfunkgeräte).\n- `LINEDEVSTATE_DEVSPECIFIC`: Die gerätespezifischen Informationen der Leitung haben sich geändert.\n- `LINEDEVSTATE_REINIT`: Der Bestand oder die Konfiguration der Leitungsgeräte hat sich geändert (etwa weil neue Geräte hinzugekommen sind); die Anwendung muss ihre Nutzung von TAPI beenden und neu initialisieren, um die Änderungen zu sehen.\n- `LINEDEVSTATE_LOCK`: Der Sperrzustand des Leitungsgeräts hat sich geändert (siehe `LINEDEVSTATUSFLAGS_LOCKED`).\n- `LINEDEVSTATE_CAPSCHANGE`: Ein oder mehrere Felder von `LINEDEVCAPS` haben sich geändert; sie sind mit `lineGetDevCaps` erneut abzurufen. Anwendungen, die eine ältere Version als 1.4 ausgehandelt haben, erhalten stattdessen `REINIT`.\n- `LINEDEVSTATE_CONFIGCHANGE`: Die Konfiguration eines oder mehrerer Mediengeräte, die zur Leitung gehören, hat sich geändert; `lineGetDevConfig` liefert die neuen Einstellungen. Wird nur an Anwendungen gesendet, die TAPI 1.4 oder höher ausgehandelt haben.\n- `LINEDEVSTATE_TRANSLATECHANGE`: Ein oder mehrere Felder von `LINETRANSLATECAPS` (Einstellungen für die Umsetzung von Adressen) haben sich geändert; sie sind mit `lineGetTranslateCaps` erneut abzurufen. Anwendungen mit einer älteren Version als 1.4 erhalten stattdessen `REINIT`.\n- `LINEDEVSTATE_COMPLCANCEL`: Eine Anforderung zur Anrufvervollständigung, deren Kennung in `dwParam2` steht, wurde von außen aufgehoben und ist nicht mehr gültig (`lineUncompleteCall` würde mit `LINEERR_INVALCOMPLETIONID` fehlschlagen). Wird nur an Anwendungen gesendet, die TAPI 1.4 oder höher ausgehandelt haben.\n- `LINEDEVSTATE_REMOVED`: Das Gerät wird gerade aus dem System entfernt, meist auf Wunsch des Benutzers. Normalerweise folgt eine Nachricht `LINE_CLOSE`, und jeder weitere Zugriff liefert `LINEERR_NODEVICE`, bis TAPI neu initialisiert wird. Wird nur an Anwendungen gesendet, die TAPI 1.4 oder höher ausgehandelt haben.\n\n# Français\n\nÉvénements d’état d’un périphérique de ligne. Ils sont transmis dans `dwParam1` du message `LINE_LINEDEVSTATE` ; une application choisit ceux qu’elle reçoit avec `lineSetStatusMessages`, et le membre `dwLineStates` de `LINEDEVCAPS` énumère ceux que le périphérique peut signaler.\n\n- `LINEDEVSTATE_OTHER`: Un élément d’état du périphérique que les autres indicateurs ne couvrent pas a changé ; l’application doit relire l’état actuel (`lineGetLineDevStatus`) pour savoir lequel.\n- `LINEDEVSTATE_RINGING`: Le commutateur demande à la ligne d’alerter l’utilisateur. Les fournisseurs répètent l’événement à chaque cycle de sonnerie (environ toutes les six secondes aux États-Unis), avec un nombre de sonneries croissant.\n- `LINEDEVSTATE_CONNECTED`: La ligne, qui était déconnectée, est de nouveau connectée à TAPI.\n- `LINEDEVSTATE_DISCONNECTED`: La ligne, qui était connectée, n’est plus connectée à TAPI.\n- `LINEDEVSTATE_MSGWAITON`: Le voyant de message en attente s’est allumé.\n- `LINEDEVSTATE_MSGWAITOFF`: Le voyant de message en attente s’est éteint.\n- `LINEDEVSTATE_INSERVICE`: La ligne est en service et connectée à TAPI, soit parce que TAPI vient de démarrer, soit parce que la ligne a été branchée et mise en service sur le commutateur.\n- `LINEDEVSTATE_OUTOFSERVICE`: La ligne est hors service sur le commutateur ou physiquement débranchée ; TAPI ne peut pas la piloter.\n- `LINEDEVSTATE_MAINTENANCE`: Le commutateur effectue une maintenance sur la ligne ; TAPI ne peut pas la piloter pendant ce temps.\n- `LINEDEVSTATE_OPEN`: Une autre application a ouvert la ligne.\n- `LINEDEVSTATE_CLOSE`: Une autre application a fermé la ligne.\n- `LINEDEVSTATE_NUMCALLS`: Le nombre d’appels sur le périphérique de ligne a changé.\n- `LINEDEVSTATE_NUMCOMPLETIONS`: Le nombre de demandes d’achèvement d’appel en cours sur le périphérique de ligne a changé.\n- `LINEDEVSTATE_TERMINALS`: Les réglages des terminaux ont changé, par exemple parce que plusieurs lignes partagent un même terminal téléphonique.\n- `LINEDEVSTATE_ROAMMODE`: Le mode d’itinérance du périphérique de ligne (cellulaire) a changé.\n- `LINEDEVSTATE_BATTERY`: Le niveau de la batterie a sensiblement changé (appareils cellulaires).\n- `LINEDEVSTATE_SIGNAL`: La puissance du signal a sensiblement changé (appareils cellulaires).\n- `LINEDEVSTATE_DEVSPECIFIC`: Les informations propres au périphérique de la ligne ont changé.\n- `LINEDEVSTATE_REINIT`: L’ensemble ou la configuration des périphériques de ligne a changé (par exemple, de nouveaux périphériques sont apparus) ; l’application doit arrêter puis réinitialiser son utilisation de TAPI pour prendre en compte ces changements.\n- `LINEDEVSTATE_LOCK`: L’état de verrouillage du périphérique de ligne a changé (voir `LINEDEVSTATUSFLAGS_LOCKED`).\n- `LINEDEVSTATE_CAPSCHANGE`: Un ou plusieurs membres de `LINEDEVCAPS` ont changé ; relisez-les avec `lineGetDevCaps`. Les applications ayant négocié une version antérieure à 1.4 reçoivent `REINIT` à la place.\n- `LINEDEVSTATE_CONFIGCHANGE`: La configuration d’un ou de plusieurs périphériques de média liés à la ligne a changé ; `lineGetDevConfig` renvoie les nouveaux réglages. Envoyé seulement aux applications ayant négocié TAPI 1.4 ou une version ultérieure.\n- `LINEDEVSTATE_TRANSLATECHANGE`: Un ou plusieurs membres de `LINETRANSLATECAPS` (réglages de traduction d’adresses) ont changé ; relisez-les avec `lineGetTranslateCaps`. Les applications antérieures à la version 1.4 reçoivent `REINIT` à la place.\n- `LINEDEVSTATE_COMPLCANCEL`: Une demande d’achèvement d’appel, dont l’identifiant figure dans `dwParam2`, a été annulée de l’extérieur et n’est plus valide (`lineUncompleteCall` échouerait avec `LINEERR_INVALCOMPLETIONID`). Envoyé seulement aux applications ayant négocié TAPI 1.4 ou une version ultérieure.\n- `LINEDEVSTATE_REMOVED`: Le périphérique est en cours de retrait du système, généralement à la demande de l’utilisateur. Un message `LINE_CLOSE` suit normalement, et tout accès ultérieur renvoie `LINEERR_NODEVICE` jusqu’à la réinitialisation de TAPI. Envoyé seulement aux applications ayant négocié TAPI 1.4 ou une version ultérieure.\n"
    )]
    impl LineDevState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Other,
            Self::Ringing,
            Self::Connected,
            Self::Disconnected,
            Self::MsgWaitOn,
            Self::MsgWaitOff,
            Self::InService,
            Self::OutOfService,
            Self::Maintenance,
            Self::Open,
            Self::Close,
            Self::NumCalls,
            Self::NumCompletions,
            Self::Terminals,
            Self::RoamMode,
            Self::Battery,
            Self::Signal,
            Self::DevSpecific,
            Self::Reinit,
            Self::Lock,
            Self::CapsChange,
            Self::ConfigChange,
            Self::TranslateChange,
            Self::ComplCancel,
            Self::Removed,
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
                2 => __tapi::Some(Self::Ringing),
                4 => __tapi::Some(Self::Connected),
                8 => __tapi::Some(Self::Disconnected),
                16 => __tapi::Some(Self::MsgWaitOn),
                32 => __tapi::Some(Self::MsgWaitOff),
                64 => __tapi::Some(Self::InService),
                128 => __tapi::Some(Self::OutOfService),
                256 => __tapi::Some(Self::Maintenance),
                512 => __tapi::Some(Self::Open),
                1024 => __tapi::Some(Self::Close),
                2048 => __tapi::Some(Self::NumCalls),
                4096 => __tapi::Some(Self::NumCompletions),
                8192 => __tapi::Some(Self::Terminals),
                16384 => __tapi::Some(Self::RoamMode),
                32768 => __tapi::Some(Self::Battery),
                65536 => __tapi::Some(Self::Signal),
                131072 => __tapi::Some(Self::DevSpecific),
                262144 => __tapi::Some(Self::Reinit),
                524288 => __tapi::Some(Self::Lock),
                1048576 => __tapi::Some(Self::CapsChange),
                2097152 => __tapi::Some(Self::ConfigChange),
                4194304 => __tapi::Some(Self::TranslateChange),
                8388608 => __tapi::Some(Self::ComplCancel),
                16777216 => __tapi::Some(Self::Removed),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEDEVSTATE_OTHER`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineDevState {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineDevState> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineDevState) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineDevState {
        type Error = ::tapi_consts::UnknownValueError<LineDevState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineDevState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineDevState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineDevState {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineDevState {
        type Output = ::tapi_consts::Flags<LineDevState>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineDevState> {
            <::tapi_consts::Flags<
                LineDevState,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineDevState>> for LineDevState {
        type Output = ::tapi_consts::Flags<LineDevState>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineDevState>,
        ) -> ::tapi_consts::Flags<LineDevState> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineDevState, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineDevState);
};
///The `LINEDEVSTATE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linedevstate {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::Other`](super::LineDevState::Other)."
    )]
    pub const LINEDEVSTATE_OTHER: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::Ringing`](super::LineDevState::Ringing)."
    )]
    pub const LINEDEVSTATE_RINGING: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::Connected`](super::LineDevState::Connected)."
    )]
    pub const LINEDEVSTATE_CONNECTED: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::Disconnected`](super::LineDevState::Disconnected)."
    )]
    pub const LINEDEVSTATE_DISCONNECTED: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::MsgWaitOn`](super::LineDevState::MsgWaitOn)."
    )]
    pub const LINEDEVSTATE_MSGWAITON: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::MsgWaitOff`](super::LineDevState::MsgWaitOff)."
    )]
    pub const LINEDEVSTATE_MSGWAITOFF: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::InService`](super::LineDevState::InService)."
    )]
    pub const LINEDEVSTATE_INSERVICE: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::OutOfService`](super::LineDevState::OutOfService)."
    )]
    pub const LINEDEVSTATE_OUTOFSERVICE: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::Maintenance`](super::LineDevState::Maintenance)."
    )]
    pub const LINEDEVSTATE_MAINTENANCE: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::Open`](super::LineDevState::Open)."
    )]
    pub const LINEDEVSTATE_OPEN: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::Close`](super::LineDevState::Close)."
    )]
    pub const LINEDEVSTATE_CLOSE: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::NumCalls`](super::LineDevState::NumCalls)."
    )]
    pub const LINEDEVSTATE_NUMCALLS: ::core::primitive::u32 = 2048;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::NumCompletions`](super::LineDevState::NumCompletions)."
    )]
    pub const LINEDEVSTATE_NUMCOMPLETIONS: ::core::primitive::u32 = 4096;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::Terminals`](super::LineDevState::Terminals)."
    )]
    pub const LINEDEVSTATE_TERMINALS: ::core::primitive::u32 = 8192;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::RoamMode`](super::LineDevState::RoamMode)."
    )]
    pub const LINEDEVSTATE_ROAMMODE: ::core::primitive::u32 = 16384;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::Battery`](super::LineDevState::Battery)."
    )]
    pub const LINEDEVSTATE_BATTERY: ::core::primitive::u32 = 32768;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::Signal`](super::LineDevState::Signal)."
    )]
    pub const LINEDEVSTATE_SIGNAL: ::core::primitive::u32 = 65536;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::DevSpecific`](super::LineDevState::DevSpecific)."
    )]
    pub const LINEDEVSTATE_DEVSPECIFIC: ::core::primitive::u32 = 131072;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::Reinit`](super::LineDevState::Reinit)."
    )]
    pub const LINEDEVSTATE_REINIT: ::core::primitive::u32 = 262144;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::Lock`](super::LineDevState::Lock)."
    )]
    pub const LINEDEVSTATE_LOCK: ::core::primitive::u32 = 524288;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::CapsChange`](super::LineDevState::CapsChange)."
    )]
    pub const LINEDEVSTATE_CAPSCHANGE: ::core::primitive::u32 = 1048576;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::ConfigChange`](super::LineDevState::ConfigChange)."
    )]
    pub const LINEDEVSTATE_CONFIGCHANGE: ::core::primitive::u32 = 2097152;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::TranslateChange`](super::LineDevState::TranslateChange)."
    )]
    pub const LINEDEVSTATE_TRANSLATECHANGE: ::core::primitive::u32 = 4194304;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::ComplCancel`](super::LineDevState::ComplCancel)."
    )]
    pub const LINEDEVSTATE_COMPLCANCEL: ::core::primitive::u32 = 8388608;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevState::Removed`](super::LineDevState::Removed)."
    )]
    pub const LINEDEVSTATE_REMOVED: ::core::primitive::u32 = 16777216;
}
/// Yes/no status items of a line device, in the `dwDevStatusFlags` member of the `LINEDEVSTATUS`
/// structure returned by `lineGetLineDevStatus`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineDevStatusFlags {
    /// Set when the line is connected to TAPI and can be operated; when clear, the application
    /// cannot control the line device through TAPI.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATUSFLAGS_CONNECTED` = `0x00000001`")]
    Connected = 0x0000_0001,
    /// Set when a message is waiting on the line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATUSFLAGS_MSGWAIT` = `0x00000002`")]
    MsgWait = 0x0000_0002,
    /// Set when the line is in service; clear when it is out of service.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATUSFLAGS_INSERVICE` = `0x00000004`")]
    InService = 0x0000_0004,
    /// Set when the line is locked, typically a cellular phone that cannot place calls until its
    /// password is entered on the phone itself; an application can use it to alert the user.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEDEVSTATUSFLAGS_LOCKED` = `0x00000008`")]
    Locked = 0x0000_0008,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Yes/no status items of a line device, in the `dwDevStatusFlags` member of the `LINEDEVSTATUS` structure returned by `lineGetLineDevStatus`.Set when the line is connected to TAPI and can be operated; when clear, the application cannot control the line device through TAPI.Set when a message is waiting on the line.Set when the line is in service; clear when it is out of service.Set when the line is locked, typically a cellular phone that cannot place calls until its password is entered on the phone itself; an application can use it to alert the user."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Ja/Nein-Statuselemente eines Leitungsgeräts im Feld `dwDevStatusFlags` der Struktur `LINEDEVSTATUS`, die `lineGetLineDevStatus` zurückgibt.Gesetzt, wenn die Leitung mit TAPI verbunden ist und gesteuert werden kann; ist das Bit nicht gesetzt, kann die Anwendung das Leitungsgerät nicht über TAPI steuern.Gesetzt, wenn auf der Leitung eine Nachricht wartet.Gesetzt, wenn die Leitung in Betrieb ist; nicht gesetzt, wenn sie außer Betrieb ist.Gesetzt, wenn die Leitung gesperrt ist, typischerweise bei einem Mobiltelefon, das erst nach Eingabe seines Kennworts am Telefon selbst Anrufe tätigen kann; eine Anwendung kann damit den Benutzer darauf hinweisen."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Éléments d’état booléens d’un périphérique de ligne, dans le membre `dwDevStatusFlags` de la structure `LINEDEVSTATUS` renvoyée par `lineGetLineDevStatus`.Présent lorsque la ligne est connectée à TAPI et peut être pilotée ; s’il est absent, l’application ne peut pas contrôler le périphérique de ligne par TAPI.Présent lorsqu’un message est en attente sur la ligne.Présent lorsque la ligne est en service ; absent lorsqu’elle est hors service.Présent lorsque la ligne est verrouillée, typiquement un téléphone cellulaire qui ne peut pas émettre d’appels tant que son mot de passe n’a pas été saisi sur le téléphone lui-même ; une application peut s’en servir pour prévenir l’utilisateur."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineDevStatusFlags",
            prefix: "LINEDEVSTATUSFLAGS_",
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
                    "LINEDEVSTATUSFLAGS_CONNECTED",
                    "LINEDEVSTATUSFLAGS_MSGWAIT",
                    "LINEDEVSTATUSFLAGS_INSERVICE",
                    "LINEDEVSTATUSFLAGS_LOCKED",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x8B\0\0\0\0\0\0\0\x8D\0\0\0\0\0\0\0\xA6\0\0\0\xFF\xFF\0\0\0\0\x8B\0\0\0\x84\0\0\0\x8D\0\0\0\xA6\0\0\0\xA6\0\0\0\xA8\0\0\0\xFF\xFF\0\0\0\0\x0F\x01\0\0*\0\0\x003\x01\0\x004\0\0\0N\x01\0\09\0\0\0\xFF\xFF\0\0\0\09\x01\0\0A\0\0\0g\x01\0\0U\0\0\0\x87\x01\0\0Q\0\0\0\xFF\xFF\0\0\0\0z\x01\0\0\xAF\0\0\0\xBC\x01\0\0\xD6\0\0\0\xD8\x01\0\0\x07\x01\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEDEVSTATUSFLAGS_CONNECTED",
                        "LINEDEVSTATUSFLAGS_MSGWAIT",
                        "LINEDEVSTATUSFLAGS_INSERVICE",
                        "LINEDEVSTATUSFLAGS_LOCKED",
                        "CONNECTED",
                        "MSGWAIT",
                        "INSERVICE",
                        "LOCKED",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEDEVSTATUSFLAGS_CONNECTED",
                        " | LINEDEVSTATUSFLAGS_MSGWAIT",
                        " | LINEDEVSTATUSFLAGS_INSERVICE",
                        " | LINEDEVSTATUSFLAGS_LOCKED",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEDEVSTATUSFLAGS_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineDevStatusFlags>`](::tapi_consts::Flags), named [`LineDevStatusFlagsSet`](crate::families::LineDevStatusFlagsSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINEDEVSTATUSFLAGS_CONNECTED` | `0x00000001` |\n| `LINEDEVSTATUSFLAGS_MSGWAIT` | `0x00000002` |\n| `LINEDEVSTATUSFLAGS_INSERVICE` | `0x00000004` |\n| `LINEDEVSTATUSFLAGS_LOCKED` | `0x00000008` |\n\n# Deutsch\n\nJa/Nein-Statuselemente eines Leitungsgeräts im Feld `dwDevStatusFlags` der Struktur `LINEDEVSTATUS`, die `lineGetLineDevStatus` zurückgibt.\n\n- `LINEDEVSTATUSFLAGS_CONNECTED`: Gesetzt, wenn die Leitung mit TAPI verbunden ist und gesteuert werden kann; ist das Bit nicht gesetzt, kann die Anwendung das Leitungsgerät nicht über TAPI steuern.\n- `LINEDEVSTATUSFLAGS_MSGWAIT`: Gesetzt, wenn auf der Leitung eine Nachricht wartet.\n- `LINEDEVSTATUSFLAGS_INSERVICE`: Gesetzt, wenn die Leitung in Betrieb ist; nicht gesetzt, wenn sie außer Betrieb ist.\n- `LINEDEVSTATUSFLAGS_LOCKED`: Gesetzt, wenn die Leitung gesperrt ist, typischerweise bei einem Mobiltelefon, das erst nach Eingabe seines Kennworts am Telefon selbst Anrufe tätigen kann; eine Anwendung kann damit den Benutzer darauf hinweisen.\n\n# Français\n\nÉléments d’état booléens d’un périphérique de ligne, dans le membre `dwDevStatusFlags` de la structure `LINEDEVSTATUS` renvoyée par `lineGetLineDevStatus`.\n\n- `LINEDEVSTATUSFLAGS_CONNECTED`: Présent lorsque la ligne est connectée à TAPI et peut être pilotée ; s’il est absent, l’application ne peut pas contrôler le périphérique de ligne par TAPI.\n- `LINEDEVSTATUSFLAGS_MSGWAIT`: Présent lorsqu’un message est en attente sur la ligne.\n- `LINEDEVSTATUSFLAGS_INSERVICE`: Présent lorsque la ligne est en service ; absent lorsqu’elle est hors service.\n- `LINEDEVSTATUSFLAGS_LOCKED`: Présent lorsque la ligne est verrouillée, typiquement un téléphone cellulaire qui ne peut pas émettre d’appels tant que son mot de passe n’a pas été saisi sur le téléphone lui-même ; une application peut s’en servir pour prévenir l’utilisateur.\n"
    )]
    impl LineDevStatusFlags {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Connected,
            Self::MsgWait,
            Self::InService,
            Self::Locked,
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
                1 => __tapi::Some(Self::Connected),
                2 => __tapi::Some(Self::MsgWait),
                4 => __tapi::Some(Self::InService),
                8 => __tapi::Some(Self::Locked),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEDEVSTATUSFLAGS_CONNECTED`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineDevStatusFlags {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineDevStatusFlags> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineDevStatusFlags) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineDevStatusFlags {
        type Error = ::tapi_consts::UnknownValueError<LineDevStatusFlags>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineDevStatusFlags {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineDevStatusFlags {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineDevStatusFlags {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineDevStatusFlags {
        type Output = ::tapi_consts::Flags<LineDevStatusFlags>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineDevStatusFlags> {
            <::tapi_consts::Flags<
                LineDevStatusFlags,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineDevStatusFlags>>
    for LineDevStatusFlags {
        type Output = ::tapi_consts::Flags<LineDevStatusFlags>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineDevStatusFlags>,
        ) -> ::tapi_consts::Flags<LineDevStatusFlags> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineDevStatusFlags, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineDevStatusFlags);
};
///The `LINEDEVSTATUSFLAGS_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linedevstatusflags {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevStatusFlags::Connected`](super::LineDevStatusFlags::Connected)."
    )]
    pub const LINEDEVSTATUSFLAGS_CONNECTED: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevStatusFlags::MsgWait`](super::LineDevStatusFlags::MsgWait)."
    )]
    pub const LINEDEVSTATUSFLAGS_MSGWAIT: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevStatusFlags::InService`](super::LineDevStatusFlags::InService)."
    )]
    pub const LINEDEVSTATUSFLAGS_INSERVICE: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineDevStatusFlags::Locked`](super::LineDevStatusFlags::Locked)."
    )]
    pub const LINEDEVSTATUSFLAGS_LOCKED: ::core::primitive::u32 = 8;
}
/// Roaming status of a (typically cellular) line device: whether it is attached to its home
/// network or to another carrier.
///
/// Reported in `dwRoamMode` of `LINEDEVSTATUS`; `dwRoamModes` of `LINEDEVCAPS` lists the modes the
/// line can report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineRoamMode {
    /// The roaming status cannot be determined at the moment; it may be learned later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEROAMMODE_UNKNOWN` = `0x00000001`")]
    Unknown = 0x0000_0001,
    /// The provider has no means of learning the roaming status, now or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEROAMMODE_UNAVAIL` = `0x00000002`")]
    Unavail = 0x0000_0002,
    /// The line is attached to its home network, so no roaming charges apply.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEROAMMODE_HOME` = `0x00000004`")]
    Home = 0x0000_0004,
    /// Away from home, attached to the carrier known as Roam-A, whose tariffs apply to calls.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEROAMMODE_ROAMA` = `0x00000008`")]
    RoamA = 0x0000_0008,
    /// Away from home, attached to the carrier known as Roam-B, whose tariffs apply to calls.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEROAMMODE_ROAMB` = `0x00000010`")]
    RoamB = 0x0000_0010,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Roaming status of a (typically cellular) line device: whether it is attached to its home network or to another carrier.\n\nReported in `dwRoamMode` of `LINEDEVSTATUS`; `dwRoamModes` of `LINEDEVCAPS` lists the modes the line can report.The roaming status cannot be determined at the moment; it may be learned later.The provider has no means of learning the roaming status, now or later.The line is attached to its home network, so no roaming charges apply.Away from home, attached to the carrier known as Roam-A, whose tariffs apply to calls.Away from home, attached to the carrier known as Roam-B, whose tariffs apply to calls."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Roaming-Status eines (meist Mobilfunk-)Leitungsgeräts: ob es mit seinem Heimatnetz oder mit einem anderen Netzbetreiber verbunden ist. Gemeldet in `dwRoamMode` von `LINEDEVSTATUS`; `dwRoamModes` von `LINEDEVCAPS` listet die Modi auf, die die Leitung melden kann.Der Roaming-Status lässt sich derzeit nicht ermitteln; er kann später bekannt werden.Der Dienstanbieter hat keine Möglichkeit, den Roaming-Status zu erfahren, weder jetzt noch später.Die Leitung ist mit ihrem Heimatnetz verbunden, daher fallen keine Roaming-Gebühren an.Die Leitung ist außerhalb des Heimatnetzes mit dem als Roam-A bezeichneten Netzbetreiber verbunden, dessen Tarife für die Anrufe gelten.Die Leitung ist außerhalb des Heimatnetzes mit dem als Roam-B bezeichneten Netzbetreiber verbunden, dessen Tarife für die Anrufe gelten."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "État d’itinérance d’un périphérique de ligne (en général cellulaire) : rattaché à son réseau nominal ou à un autre opérateur. Indiqué dans `dwRoamMode` de `LINEDEVSTATUS` ; `dwRoamModes` de `LINEDEVCAPS` liste les modes que la ligne peut indiquer.L’état d’itinérance ne peut pas être déterminé pour le moment ; il pourra l’être plus tard.Le fournisseur n’a aucun moyen de connaître l’état d’itinérance, ni maintenant ni plus tard.La ligne est rattachée à son réseau nominal ; il n’y a donc pas de frais d’itinérance.Hors du réseau nominal, rattachée à l’opérateur appelé Roam-A, dont les tarifs s’appliquent aux appels.Hors du réseau nominal, rattachée à l’opérateur appelé Roam-B, dont les tarifs s’appliquent aux appels."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineRoamMode",
            prefix: "LINEROAMMODE_",
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
                    "LINEROAMMODE_UNKNOWN",
                    "LINEROAMMODE_UNAVAIL",
                    "LINEROAMMODE_HOME",
                    "LINEROAMMODE_ROAMA",
                    "LINEROAMMODE_ROAMB",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xE9\0\0\0\0\0\0\0\x07\x01\0\0\0\0\0\0\x07\x01\0\0\xFF\xFF\0\0\0\0\xE9\0\0\0O\0\0\0\x07\x01\0\0W\0\0\0\x07\x01\0\0g\0\0\0\xFF\xFF\0\0\0\08\x01\0\0G\0\0\0^\x01\0\0d\0\0\0n\x01\0\0e\0\0\0\xFF\xFF\0\0\0\0\x7F\x01\0\0F\0\0\0\xC2\x01\0\0X\0\0\0\xD3\x01\0\0^\0\0\0\xFF\xFF\0\0\0\0\xC5\x01\0\0V\0\0\0\x1A\x02\0\0\x8A\0\0\x001\x02\0\0p\0\0\0\xFF\xFF\0\0\0\0\x1B\x02\0\0V\0\0\0\xA4\x02\0\0\x8A\0\0\0\xA1\x02\0\0p\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEROAMMODE_UNKNOWN",
                        "LINEROAMMODE_UNAVAIL",
                        "LINEROAMMODE_HOME",
                        "LINEROAMMODE_ROAMA",
                        "LINEROAMMODE_ROAMB",
                        "UNKNOWN",
                        "UNAVAIL",
                        "HOME",
                        "ROAMA",
                        "ROAMB",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEROAMMODE_UNKNOWN",
                        " | LINEROAMMODE_UNAVAIL",
                        " | LINEROAMMODE_HOME",
                        " | LINEROAMMODE_ROAMA",
                        " | LINEROAMMODE_ROAMB",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0\xFF\xFF\xFF\xFF\t\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEROAMMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineRoamMode>`](::tapi_consts::Flags), named [`LineRoamModeSet`](crate::families::LineRoamModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINEROAMMODE_UNKNOWN` | `0x00000001` |\n| `LINEROAMMODE_UNAVAIL` | `0x00000002` |\n| `LINEROAMMODE_HOME` | `0x00000004` |\n| `LINEROAMMODE_ROAMA` | `0x00000008` |\n| `LINEROAMMODE_ROAMB` | `0x00000010` |\n\n# Deutsch\n\nRoaming-Status eines (meist Mobilfunk-)Leitungsgeräts: ob es mit seinem Heimatnetz oder mit einem anderen Netzbetreiber verbunden ist. Gemeldet in `dwRoamMode` von `LINEDEVSTATUS`; `dwRoamModes` von `LINEDEVCAPS` listet die Modi auf, die die Leitung melden kann.\n\n- `LINEROAMMODE_UNKNOWN`: Der Roaming-Status lässt sich derzeit nicht ermitteln; er kann später bekannt werden.\n- `LINEROAMMODE_UNAVAIL`: Der Dienstanbieter hat keine Möglichkeit, den Roaming-Status zu erfahren, weder jetzt noch später.\n- `LINEROAMMODE_HOME`: Die Leitung ist mit ihrem Heimatnetz verbunden, daher fallen keine Roaming-Gebühren an.\n- `LINEROAMMODE_ROAMA`: Die Leitung ist außerhalb des Heimatnetzes mit dem als Roam-A bezeichneten Netzbetreiber verbunden, dessen Tarife für die Anrufe gelten.\n- `LINEROAMMODE_ROAMB`: Die Leitung ist außerhalb des Heimatnetzes mit dem als Roam-B bezeichneten Netzbetreiber verbunden, dessen Tarife für die Anrufe gelten.\n\n# Français\n\nÉtat d’itinérance d’un périphérique de ligne (en général cellulaire) : rattaché à son réseau nominal ou à un autre opérateur. Indiqué dans `dwRoamMode` de `LINEDEVSTATUS` ; `dwRoamModes` de `LINEDEVCAPS` liste les modes que la ligne peut indiquer.\n\n- `LINEROAMMODE_UNKNOWN`: L’état d’itinérance ne peut pas être déterminé pour le moment ; il pourra l’être plus tard.\n- `LINEROAMMODE_UNAVAIL`: Le fournisseur n’a aucun moyen de connaître l’état d’itinérance, ni maintenant ni plus tard.\n- `LINEROAMMODE_HOME`: La ligne est rattachée à son réseau nominal ; il n’y a donc pas de frais d’itinérance.\n- `LINEROAMMODE_ROAMA`: Hors du réseau nominal, rattachée à l’opérateur appelé Roam-A, dont les tarifs s’appliquent aux appels.\n- `LINEROAMMODE_ROAMB`: Hors du réseau nominal, rattachée à l’opérateur appelé Roam-B, dont les tarifs s’appliquent aux appels.\n"
    )]
    impl LineRoamMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Unknown,
            Self::Unavail,
            Self::Home,
            Self::RoamA,
            Self::RoamB,
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
                1 => __tapi::Some(Self::Unknown),
                2 => __tapi::Some(Self::Unavail),
                4 => __tapi::Some(Self::Home),
                8 => __tapi::Some(Self::RoamA),
                16 => __tapi::Some(Self::RoamB),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEROAMMODE_UNKNOWN`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineRoamMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineRoamMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineRoamMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineRoamMode {
        type Error = ::tapi_consts::UnknownValueError<LineRoamMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineRoamMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineRoamMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineRoamMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineRoamMode {
        type Output = ::tapi_consts::Flags<LineRoamMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineRoamMode> {
            <::tapi_consts::Flags<
                LineRoamMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineRoamMode>> for LineRoamMode {
        type Output = ::tapi_consts::Flags<LineRoamMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineRoamMode>,
        ) -> ::tapi_consts::Flags<LineRoamMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineRoamMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineRoamMode);
};
///The `LINEROAMMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineroammode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineRoamMode::Unknown`](super::LineRoamMode::Unknown)."
    )]
    pub const LINEROAMMODE_UNKNOWN: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineRoamMode::Unavail`](super::LineRoamMode::Unavail)."
    )]
    pub const LINEROAMMODE_UNAVAIL: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineRoamMode::Home`](super::LineRoamMode::Home)."
    )]
    pub const LINEROAMMODE_HOME: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineRoamMode::RoamA`](super::LineRoamMode::RoamA)."
    )]
    pub const LINEROAMMODE_ROAMA: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineRoamMode::RoamB`](super::LineRoamMode::RoamB)."
    )]
    pub const LINEROAMMODE_ROAMB: ::core::primitive::u32 = 16;
}
/// What physical equipment a terminal of a line is: a telephone set, a headset or a speaker.
///
/// Reported in `dwTermDev` of the `LINETERMCAPS` entries that `LINEDEVCAPS` holds for each of
/// the line's terminals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineTermDev {
    /// A telephone set serves as the terminal.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMDEV_PHONE` = `0x00000001`")]
    Phone = 0x0000_0001,
    /// A headset worn by the user serves as the terminal.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMDEV_HEADSET` = `0x00000002`")]
    Headset = 0x0000_0002,
    /// A loudspeaker combined with a microphone, outside any handset, serves as the terminal
    /// (hands-free use).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMDEV_SPEAKER` = `0x00000004`")]
    Speaker = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "What physical equipment a terminal of a line is: a telephone set, a headset or a speaker.\n\nReported in `dwTermDev` of the `LINETERMCAPS` entries that `LINEDEVCAPS` holds for each of the line's terminals.A telephone set serves as the terminal.A headset worn by the user serves as the terminal.A loudspeaker combined with a microphone, outside any handset, serves as the terminal (hands-free use)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Art der physischen Ausrüstung, die ein Endgerät einer Leitung bildet: ein Telefon, ein Headset oder ein Lautsprecher. Gemeldet in `dwTermDev` der Einträge `LINETERMCAPS`, die `LINEDEVCAPS` für jedes Endgerät der Leitung enthält.Ein Telefon dient als Endgerät.Ein vom Benutzer getragenes Headset dient als Endgerät.Ein Lautsprecher mit Mikrofon, unabhängig von einem Hörer, dient als Endgerät (Freisprechen)."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Nature de l’équipement physique qui constitue un terminal d’une ligne : poste téléphonique, casque ou haut-parleur. Indiquée dans `dwTermDev` des entrées `LINETERMCAPS` que contient `LINEDEVCAPS` pour chacun des terminaux de la ligne.Un poste téléphonique sert de terminal.Un casque porté par l’utilisateur sert de terminal.Un haut-parleur associé à un microphone, indépendant de tout combiné, sert de terminal (usage mains libres)."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineTermDev",
            prefix: "LINETERMDEV_",
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
                    "LINETERMDEV_PHONE",
                    "LINETERMDEV_HEADSET",
                    "LINETERMDEV_SPEAKER",
                ],
                bits: &[1u64, 2u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xCB\0\0\0\0\0\0\0\xEA\0\0\0\0\0\0\0\xF3\0\0\0\xFF\xFF\0\0\0\0\xCB\0\0\0'\0\0\0\xEA\0\0\0 \0\0\0\xF3\0\0\0)\0\0\0\xFF\xFF\0\0\0\0\xF2\0\0\x002\0\0\0\n\x01\0\08\0\0\0\x1C\x01\0\x006\0\0\0\xFF\xFF\0\0\0\0$\x01\0\0g\0\0\0B\x01\0\0`\0\0\0R\x01\0\0p\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINETERMDEV_PHONE",
                        "LINETERMDEV_HEADSET",
                        "LINETERMDEV_SPEAKER",
                        "PHONE",
                        "HEADSET",
                        "SPEAKER",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINETERMDEV_PHONE",
                        " | LINETERMDEV_HEADSET",
                        " | LINETERMDEV_SPEAKER",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINETERMDEV_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineTermDev>`](::tapi_consts::Flags), named [`LineTermDevSet`](crate::families::LineTermDevSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINETERMDEV_PHONE` | `0x00000001` |\n| `LINETERMDEV_HEADSET` | `0x00000002` |\n| `LINETERMDEV_SPEAKER` | `0x00000004` |\n\n# Deutsch\n\nArt der physischen Ausrüstung, die ein Endgerät einer Leitung bildet: ein Telefon, ein Headset oder ein Lautsprecher. Gemeldet in `dwTermDev` der Einträge `LINETERMCAPS`, die `LINEDEVCAPS` für jedes Endgerät der Leitung enthält.\n\n- `LINETERMDEV_PHONE`: Ein Telefon dient als Endgerät.\n- `LINETERMDEV_HEADSET`: Ein vom Benutzer getragenes Headset dient als Endgerät.\n- `LINETERMDEV_SPEAKER`: Ein Lautsprecher mit Mikrofon, unabhängig von einem Hörer, dient als Endgerät (Freisprechen).\n\n# Français\n\nNature de l’équipement physique qui constitue un terminal d’une ligne : poste téléphonique, casque ou haut-parleur. Indiquée dans `dwTermDev` des entrées `LINETERMCAPS` que contient `LINEDEVCAPS` pour chacun des terminaux de la ligne.\n\n- `LINETERMDEV_PHONE`: Un poste téléphonique sert de terminal.\n- `LINETERMDEV_HEADSET`: Un casque porté par l’utilisateur sert de terminal.\n- `LINETERMDEV_SPEAKER`: Un haut-parleur associé à un microphone, indépendant de tout combiné, sert de terminal (usage mains libres).\n"
    )]
    impl LineTermDev {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Phone, Self::Headset, Self::Speaker];
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
                1 => __tapi::Some(Self::Phone),
                2 => __tapi::Some(Self::Headset),
                4 => __tapi::Some(Self::Speaker),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINETERMDEV_PHONE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineTermDev {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineTermDev> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineTermDev) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineTermDev {
        type Error = ::tapi_consts::UnknownValueError<LineTermDev>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineTermDev {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineTermDev {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineTermDev {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineTermDev {
        type Output = ::tapi_consts::Flags<LineTermDev>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineTermDev> {
            <::tapi_consts::Flags<
                LineTermDev,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineTermDev>> for LineTermDev {
        type Output = ::tapi_consts::Flags<LineTermDev>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineTermDev>,
        ) -> ::tapi_consts::Flags<LineTermDev> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineTermDev, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineTermDev);
};
///The `LINETERMDEV_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linetermdev {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermDev::Phone`](super::LineTermDev::Phone)."
    )]
    pub const LINETERMDEV_PHONE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermDev::Headset`](super::LineTermDev::Headset)."
    )]
    pub const LINETERMDEV_HEADSET: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermDev::Speaker`](super::LineTermDev::Speaker)."
    )]
    pub const LINETERMDEV_SPEAKER: ::core::primitive::u32 = 4;
}
/// The kinds of traffic (buttons, lamps, display, ringer, hook switch and media) that
/// `lineSetTerminal` can route between a line and one of its terminals.
///
/// Passed as `dwTerminalModes` to `lineSetTerminal` to choose what is routed, and reported in
/// `dwTermModes` of `LINETERMCAPS` to say what a terminal can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineTermMode {
    /// Routes button presses: the terminal reports them to the line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMMODE_BUTTONS` = `0x00000001`")]
    Buttons = 0x0000_0001,
    /// Routes lamp control: the line drives the terminal's indicator lights.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMMODE_LAMPS` = `0x00000002`")]
    Lamps = 0x0000_0002,
    /// Routes display output: the line supplies what the terminal's display shows.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMMODE_DISPLAY` = `0x00000004`")]
    Display = 0x0000_0004,
    /// Routes ringing: the switch controls the terminal's ringer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMMODE_RINGER` = `0x00000008`")]
    Ringer = 0x0000_0008,
    /// Routes hook switch activity: the terminal reports on-hook and off-hook changes to the line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMMODE_HOOKSWITCH` = `0x00000010`")]
    HookSwitch = 0x0000_0010,
    /// Routes the call's media in one direction only, from the terminal toward the line; for lines that
    /// can steer the two directions independently.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMMODE_MEDIATOLINE` = `0x00000020`")]
    MediaToLine = 0x0000_0020,
    /// Routes the call's media in one direction only, from the line toward the terminal; for lines that
    /// can steer the two directions independently.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMMODE_MEDIAFROMLINE` = `0x00000040`")]
    MediaFromLine = 0x0000_0040,
    /// Routes the call's media in both directions as one unit; for lines that cannot steer the two
    /// directions separately.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMMODE_MEDIABIDIRECT` = `0x00000080`")]
    MediaBidirect = 0x0000_0080,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "The kinds of traffic (buttons, lamps, display, ringer, hook switch and media) that `lineSetTerminal` can route between a line and one of its terminals.\n\nPassed as `dwTerminalModes` to `lineSetTerminal` to choose what is routed, and reported in `dwTermModes` of `LINETERMCAPS` to say what a terminal can take.Routes button presses: the terminal reports them to the line.Routes lamp control: the line drives the terminal's indicator lights.Routes display output: the line supplies what the terminal's display shows.Routes ringing: the switch controls the terminal's ringer.Routes hook switch activity: the terminal reports on-hook and off-hook changes to the line.Routes the call's media in one direction only, from the terminal toward the line; for lines that can steer the two directions independently.Routes the call's media in one direction only, from the line toward the terminal; for lines that can steer the two directions independently.Routes the call's media in both directions as one unit; for lines that cannot steer the two directions separately."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Arten von Informationen (Tasten, Leuchtanzeigen, Display, Rufsignal, Gabelumschalter und Medien), die `lineSetTerminal` zwischen einer Leitung und einem ihrer Endgeräte leiten kann. Als `dwTerminalModes` an `lineSetTerminal` übergeben, um festzulegen, was geleitet wird, und in `dwTermModes` von `LINETERMCAPS` gemeldet, um anzugeben, was ein Endgerät aufnehmen kann.Leitet Tastendrücke: Das Endgerät meldet sie an die Leitung.Leitet die Steuerung der Leuchtanzeigen: Die Leitung steuert die Leuchtanzeigen des Endgeräts.Leitet die Displayausgabe: Die Leitung liefert, was das Display des Endgeräts anzeigt.Leitet das Rufsignal: Die Vermittlung steuert das Rufsignal des Endgeräts.Leitet die Aktivität des Gabelumschalters: Das Endgerät meldet der Leitung das Auflegen und Abheben.Leitet die Medien des Anrufs nur in eine Richtung, vom Endgerät zur Leitung; für Leitungen, die beide Richtungen unabhängig voneinander steuern können.Leitet die Medien des Anrufs nur in eine Richtung, von der Leitung zum Endgerät; für Leitungen, die beide Richtungen unabhängig voneinander steuern können.Leitet die Medien des Anrufs in beide Richtungen als eine Einheit; für Leitungen, die die beiden Richtungen nicht getrennt steuern können."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Types de trafic (boutons, voyants, afficheur, sonnerie, commutateur crochet et média) que `lineSetTerminal` peut acheminer entre une ligne et l’un de ses terminaux. Passés comme `dwTerminalModes` à `lineSetTerminal` pour choisir ce qui est acheminé, et indiqués dans `dwTermModes` de `LINETERMCAPS` pour préciser ce qu’un terminal peut recevoir.Achemine les appuis sur les boutons : le terminal les signale à la ligne.Achemine la commande des voyants : la ligne pilote les voyants lumineux du terminal.Achemine l’affichage : la ligne fournit ce que montre l’afficheur du terminal.Achemine la sonnerie : le commutateur commande la sonnerie du terminal.Achemine l’activité du commutateur crochet : le terminal signale à la ligne les raccrochages et décrochages.Achemine le média de l’appel dans un seul sens, du terminal vers la ligne ; pour les lignes capables d’orienter les deux sens indépendamment.Achemine le média de l’appel dans un seul sens, de la ligne vers le terminal ; pour les lignes capables d’orienter les deux sens indépendamment.Achemine le média de l’appel dans les deux sens d’un seul bloc ; pour les lignes qui ne peuvent pas orienter les deux sens séparément."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineTermMode",
            prefix: "LINETERMMODE_",
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
                    "LINETERMMODE_BUTTONS",
                    "LINETERMMODE_LAMPS",
                    "LINETERMMODE_DISPLAY",
                    "LINETERMMODE_RINGER",
                    "LINETERMMODE_HOOKSWITCH",
                    "LINETERMMODE_MEDIATOLINE",
                    "LINETERMMODE_MEDIAFROMLINE",
                    "LINETERMMODE_MEDIABIDIRECT",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\x004\x01\0\0\0\0\0\0r\x01\0\0\0\0\0\0c\x01\0\0\xFF\xFF\0\0\0\x004\x01\0\0=\0\0\0r\x01\0\0>\0\0\0c\x01\0\0J\0\0\0\xFF\xFF\0\0\0\0q\x01\0\0E\0\0\0\xB0\x01\0\0_\0\0\0\xAD\x01\0\0T\0\0\0\xFF\xFF\0\0\0\0\xB6\x01\0\0K\0\0\0\x0F\x02\0\0W\0\0\0\x01\x02\0\0R\0\0\0\xFF\xFF\0\0\0\0\x01\x02\0\0:\0\0\0f\x02\0\0K\0\0\0S\x02\0\0G\0\0\0\xFF\xFF\0\0\0\0;\x02\0\0[\0\0\0\xB1\x02\0\0f\0\0\0\x9A\x02\0\0q\0\0\0\xFF\xFF\0\0\0\0\x96\x02\0\0\x8C\0\0\0\x17\x03\0\0\x9B\0\0\0\x0B\x03\0\0\x93\0\0\0\xFF\xFF\0\0\0\0\"\x03\0\0\x8C\0\0\0\xB2\x03\0\0\x9F\0\0\0\x9E\x03\0\0\x96\0\0\0\xFF\xFF\0\0\0\0\xAE\x03\0\0r\0\0\0Q\x04\0\0\x8C\0\0\x004\x04\0\0\x8D\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINETERMMODE_BUTTONS",
                        "LINETERMMODE_LAMPS",
                        "LINETERMMODE_DISPLAY",
                        "LINETERMMODE_RINGER",
                        "LINETERMMODE_HOOKSWITCH",
                        "LINETERMMODE_MEDIATOLINE",
                        "LINETERMMODE_MEDIAFROMLINE",
                        "LINETERMMODE_MEDIABIDIRECT",
                        "BUTTONS",
                        "LAMPS",
                        "DISPLAY",
                        "RINGER",
                        "HOOKSWITCH",
                        "MEDIATOLINE",
                        "MEDIAFROMLINE",
                        "MEDIABIDIRECT",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINETERMMODE_BUTTONS",
                        " | LINETERMMODE_LAMPS",
                        " | LINETERMMODE_DISPLAY",
                        " | LINETERMMODE_RINGER",
                        " | LINETERMMODE_HOOKSWITCH",
                        " | LINETERMMODE_MEDIATOLINE",
                        " | LINETERMMODE_MEDIAFROMLINE",
                        " | LINETERMMODE_MEDIABIDIRECT",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 2472074832271045867u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\x0F\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x03\0\r\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\0\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINETERMMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineTermMode>`](::tapi_consts::Flags), named [`LineTermModeSet`](crate::families::LineTermModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINETERMMODE_BUTTONS` | `0x00000001` |\n| `LINETERMMODE_LAMPS` | `0x00000002` |\n| `LINETERMMODE_DISPLAY` | `0x00000004` |\n| `LINETERMMODE_RINGER` | `0x00000008` |\n| `LINETERMMODE_HOOKSWITCH` | `0x00000010` |\n| `LINETERMMODE_MEDIATOLINE` | `0x00000020` |\n| `LINETERMMODE_MEDIAFROMLINE` | `0x00000040` |\n| `LINETERMMODE_MEDIABIDIRECT` | `0x00000080` |\n\n# Deutsch\n\nArten von Informationen (Tasten, Leuchtanzeigen, Display, Rufsignal, Gabelumschalter und Medien), die `lineSetTerminal` zwischen einer Leitung und einem ihrer Endgeräte leiten kann. Als `dwTerminalModes` an `lineSetTerminal` übergeben, um festzulegen, was geleitet wird, und in `dwTermModes` von `LINETERMCAPS` gemeldet, um anzugeben, was ein Endgerät aufnehmen kann.\n\n- `LINETERMMODE_BUTTONS`: Leitet Tastendrücke: Das Endgerät meldet sie an die Leitung.\n- `LINETERMMODE_LAMPS`: Leitet die Steuerung der Leuchtanzeigen: Die Leitung steuert die Leuchtanzeigen des Endgeräts.\n- `LINETERMMODE_DISPLAY`: Leitet die Displayausgabe: Die Leitung liefert, was das Display des Endgeräts anzeigt.\n- `LINETERMMODE_RINGER`: Leitet das Rufsignal: Die Vermittlung steuert das Rufsignal des Endgeräts.\n- `LINETERMMODE_HOOKSWITCH`: Leitet die Aktivität des Gabelumschalters: Das Endgerät meldet der Leitung das Auflegen und Abheben.\n- `LINETERMMODE_MEDIATOLINE`: Leitet die Medien des Anrufs nur in eine Richtung, vom Endgerät zur Leitung; für Leitungen, die beide Richtungen unabhängig voneinander steuern können.\n- `LINETERMMODE_MEDIAFROMLINE`: Leitet die Medien des Anrufs nur in eine Richtung, von der Leitung zum Endgerät; für Leitungen, die beide Richtungen unabhängig voneinander steuern können.\n- `LINETERMMODE_MEDIABIDIRECT`: Leitet die Medien des Anrufs in beide Richtungen als eine Einheit; für Leitungen, die die beiden Richtungen nicht getrennt steuern können.\n\n# Français\n\nTypes de trafic (boutons, voyants, afficheur, sonnerie, commutateur crochet et média) que `lineSetTerminal` peut acheminer entre une ligne et l’un de ses terminaux. Passés comme `dwTerminalModes` à `lineSetTerminal` pour choisir ce qui est acheminé, et indiqués dans `dwTermModes` de `LINETERMCAPS` pour préciser ce qu’un terminal peut recevoir.\n\n- `LINETERMMODE_BUTTONS`: Achemine les appuis sur les boutons : le terminal les signale à la ligne.\n- `LINETERMMODE_LAMPS`: Achemine la commande des voyants : la ligne pilote les voyants lumineux du terminal.\n- `LINETERMMODE_DISPLAY`: Achemine l’affichage : la ligne fournit ce que montre l’afficheur du terminal.\n- `LINETERMMODE_RINGER`: Achemine la sonnerie : le commutateur commande la sonnerie du terminal.\n- `LINETERMMODE_HOOKSWITCH`: Achemine l’activité du commutateur crochet : le terminal signale à la ligne les raccrochages et décrochages.\n- `LINETERMMODE_MEDIATOLINE`: Achemine le média de l’appel dans un seul sens, du terminal vers la ligne ; pour les lignes capables d’orienter les deux sens indépendamment.\n- `LINETERMMODE_MEDIAFROMLINE`: Achemine le média de l’appel dans un seul sens, de la ligne vers le terminal ; pour les lignes capables d’orienter les deux sens indépendamment.\n- `LINETERMMODE_MEDIABIDIRECT`: Achemine le média de l’appel dans les deux sens d’un seul bloc ; pour les lignes qui ne peuvent pas orienter les deux sens séparément.\n"
    )]
    impl LineTermMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Buttons,
            Self::Lamps,
            Self::Display,
            Self::Ringer,
            Self::HookSwitch,
            Self::MediaToLine,
            Self::MediaFromLine,
            Self::MediaBidirect,
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
                1 => __tapi::Some(Self::Buttons),
                2 => __tapi::Some(Self::Lamps),
                4 => __tapi::Some(Self::Display),
                8 => __tapi::Some(Self::Ringer),
                16 => __tapi::Some(Self::HookSwitch),
                32 => __tapi::Some(Self::MediaToLine),
                64 => __tapi::Some(Self::MediaFromLine),
                128 => __tapi::Some(Self::MediaBidirect),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINETERMMODE_BUTTONS`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineTermMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineTermMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineTermMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineTermMode {
        type Error = ::tapi_consts::UnknownValueError<LineTermMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineTermMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineTermMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineTermMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineTermMode {
        type Output = ::tapi_consts::Flags<LineTermMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineTermMode> {
            <::tapi_consts::Flags<
                LineTermMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineTermMode>> for LineTermMode {
        type Output = ::tapi_consts::Flags<LineTermMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineTermMode>,
        ) -> ::tapi_consts::Flags<LineTermMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineTermMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineTermMode);
};
///The `LINETERMMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linetermmode {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermMode::Buttons`](super::LineTermMode::Buttons)."
    )]
    pub const LINETERMMODE_BUTTONS: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermMode::Lamps`](super::LineTermMode::Lamps)."
    )]
    pub const LINETERMMODE_LAMPS: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermMode::Display`](super::LineTermMode::Display)."
    )]
    pub const LINETERMMODE_DISPLAY: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermMode::Ringer`](super::LineTermMode::Ringer)."
    )]
    pub const LINETERMMODE_RINGER: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermMode::HookSwitch`](super::LineTermMode::HookSwitch)."
    )]
    pub const LINETERMMODE_HOOKSWITCH: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermMode::MediaToLine`](super::LineTermMode::MediaToLine)."
    )]
    pub const LINETERMMODE_MEDIATOLINE: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermMode::MediaFromLine`](super::LineTermMode::MediaFromLine)."
    )]
    pub const LINETERMMODE_MEDIAFROMLINE: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermMode::MediaBidirect`](super::LineTermMode::MediaBidirect)."
    )]
    pub const LINETERMMODE_MEDIABIDIRECT: ::core::primitive::u32 = 128;
}
/// Whether, and how, several lines may use the same terminal device at the same time.
///
/// Reported in `dwTermSharing` of `LINETERMCAPS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineTermSharing {
    /// Not shared: the terminal is dedicated to one line device.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMSHARING_PRIVATE` = `0x00000001`")]
    Private = 0x0000_0001,
    /// Shared, last one wins: for each terminal mode, whichever line most recently routed that mode to
    /// the terminal with `lineSetTerminal` has it to itself.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMSHARING_SHAREDEXCL` = `0x00000002`")]
    SharedExcl = 0x0000_0002,
    /// Shared and mixed: several lines may route to the terminal at the same time, and the terminal
    /// combines what they send, as in a conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINETERMSHARING_SHAREDCONF` = `0x00000004`")]
    SharedConf = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Whether, and how, several lines may use the same terminal device at the same time.\n\nReported in `dwTermSharing` of `LINETERMCAPS`.Not shared: the terminal is dedicated to one line device.Shared, last one wins: for each terminal mode, whichever line most recently routed that mode to the terminal with `lineSetTerminal` has it to itself.Shared and mixed: several lines may route to the terminal at the same time, and the terminal combines what they send, as in a conference."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Gibt an, ob und wie mehrere Leitungen dasselbe Endgerät gleichzeitig nutzen können. Gemeldet in `dwTermSharing` von `LINETERMCAPS`.Nicht geteilt: Das Endgerät ist einem einzigen Leitungsgerät vorbehalten.Geteilt, die letzte Leitung gewinnt: Für jeden Endgerätemodus gehört dieser Modus allein der Leitung, die ihn zuletzt mit `lineSetTerminal` zum Endgerät geleitet hat.Geteilt und gemischt: Mehrere Leitungen können gleichzeitig zum Endgerät leiten, und das Endgerät kombiniert, was sie senden, wie in einer Konferenz."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Indique si plusieurs lignes peuvent utiliser le même terminal en même temps, et de quelle manière. Valeur indiquée dans `dwTermSharing` de `LINETERMCAPS`.Non partagé : le terminal est réservé à un seul périphérique de ligne.Partagé, le dernier l’emporte : pour chaque mode de terminal, la ligne qui a acheminé ce mode vers le terminal le plus récemment avec `lineSetTerminal` en dispose seule.Partagé et mélangé : plusieurs lignes peuvent acheminer vers le terminal en même temps, et celui-ci combine ce qu’elles envoient, comme dans une conférence."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineTermSharing",
            prefix: "LINETERMSHARING_",
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
                    "LINETERMSHARING_PRIVATE",
                    "LINETERMSHARING_SHAREDEXCL",
                    "LINETERMSHARING_SHAREDCONF",
                ],
                bits: &[1u64, 2u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x82\0\0\0\0\0\0\0\x85\0\0\0\0\0\0\0\x9E\0\0\0\xFF\xFF\0\0\0\0\x82\0\0\09\0\0\0\x85\0\0\0K\0\0\0\x9E\0\0\0L\0\0\0\xFF\xFF\0\0\0\0\xBB\0\0\0\x95\0\0\0\xD0\0\0\0\xAA\0\0\0\xEA\0\0\0\xAE\0\0\0\xFF\xFF\0\0\0\0P\x01\0\0\x89\0\0\0z\x01\0\0\x98\0\0\0\x98\x01\0\0\xA3\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINETERMSHARING_PRIVATE",
                        "LINETERMSHARING_SHAREDEXCL",
                        "LINETERMSHARING_SHAREDCONF",
                        "PRIVATE",
                        "SHAREDEXCL",
                        "SHAREDCONF",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINETERMSHARING_PRIVATE",
                        " | LINETERMSHARING_SHAREDEXCL",
                        " | LINETERMSHARING_SHAREDCONF",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINETERMSHARING_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineTermSharing>`](::tapi_consts::Flags), named [`LineTermSharingSet`](crate::families::LineTermSharingSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `LINETERMSHARING_PRIVATE` | `0x00000001` |\n| `LINETERMSHARING_SHAREDEXCL` | `0x00000002` |\n| `LINETERMSHARING_SHAREDCONF` | `0x00000004` |\n\n# Deutsch\n\nGibt an, ob und wie mehrere Leitungen dasselbe Endgerät gleichzeitig nutzen können. Gemeldet in `dwTermSharing` von `LINETERMCAPS`.\n\n- `LINETERMSHARING_PRIVATE`: Nicht geteilt: Das Endgerät ist einem einzigen Leitungsgerät vorbehalten.\n- `LINETERMSHARING_SHAREDEXCL`: Geteilt, die letzte Leitung gewinnt: Für jeden Endgerätemodus gehört dieser Modus allein der Leitung, die ihn zuletzt mit `lineSetTerminal` zum Endgerät geleitet hat.\n- `LINETERMSHARING_SHAREDCONF`: Geteilt und gemischt: Mehrere Leitungen können gleichzeitig zum Endgerät leiten, und das Endgerät kombiniert, was sie senden, wie in einer Konferenz.\n\n# Français\n\nIndique si plusieurs lignes peuvent utiliser le même terminal en même temps, et de quelle manière. Valeur indiquée dans `dwTermSharing` de `LINETERMCAPS`.\n\n- `LINETERMSHARING_PRIVATE`: Non partagé : le terminal est réservé à un seul périphérique de ligne.\n- `LINETERMSHARING_SHAREDEXCL`: Partagé, le dernier l’emporte : pour chaque mode de terminal, la ligne qui a acheminé ce mode vers le terminal le plus récemment avec `lineSetTerminal` en dispose seule.\n- `LINETERMSHARING_SHAREDCONF`: Partagé et mélangé : plusieurs lignes peuvent acheminer vers le terminal en même temps, et celui-ci combine ce qu’elles envoient, comme dans une conférence.\n"
    )]
    impl LineTermSharing {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Private,
            Self::SharedExcl,
            Self::SharedConf,
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
                1 => __tapi::Some(Self::Private),
                2 => __tapi::Some(Self::SharedExcl),
                4 => __tapi::Some(Self::SharedConf),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINETERMSHARING_PRIVATE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineTermSharing {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineTermSharing> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineTermSharing) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineTermSharing {
        type Error = ::tapi_consts::UnknownValueError<LineTermSharing>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineTermSharing {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineTermSharing {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineTermSharing {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineTermSharing {
        type Output = ::tapi_consts::Flags<LineTermSharing>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineTermSharing> {
            <::tapi_consts::Flags<
                LineTermSharing,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineTermSharing>> for LineTermSharing {
        type Output = ::tapi_consts::Flags<LineTermSharing>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineTermSharing>,
        ) -> ::tapi_consts::Flags<LineTermSharing> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineTermSharing, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineTermSharing);
};
///The `LINETERMSHARING_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linetermsharing {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermSharing::Private`](super::LineTermSharing::Private)."
    )]
    pub const LINETERMSHARING_PRIVATE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermSharing::SharedExcl`](super::LineTermSharing::SharedExcl)."
    )]
    pub const LINETERMSHARING_SHAREDEXCL: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineTermSharing::SharedConf`](super::LineTermSharing::SharedConf)."
    )]
    pub const LINETERMSHARING_SHAREDCONF: ::core::primitive::u32 = 4;
}
/// Operations that can be invoked on a line device as a whole (rather than on one of its
/// addresses or calls).
///
/// Reported in `dwLineFeatures` of `LINEDEVSTATUS` (returned by `lineGetLineDevStatus`). The set
/// follows the line's state, so it is worth reading again after line-state notifications.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineFeature {
    /// `lineDevSpecific`, the pass-through for vendor-defined operations, may currently be used on
    /// the line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFEATURE_DEVSPECIFIC` = `0x00000001`")]
    DevSpecific = 0x0000_0001,
    /// Vendor-defined switch features can currently be invoked on the line with
    /// `lineDevSpecificFeature`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFEATURE_DEVSPECIFICFEAT` = `0x00000002`")]
    DevSpecificFeat = 0x0000_0002,
    /// Forwarding can be set for all addresses of the line at once with `lineForward`. If neither
    /// `FORWARDFWD` nor `FORWARDDND` is also set, the provider has not said which kinds of
    /// forwarding will work.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFEATURE_FORWARD` = `0x00000004`")]
    Forward = 0x0000_0004,
    /// `lineMakeCall` can currently start an outgoing call on the line while leaving the choice of
    /// address to the provider.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFEATURE_MAKECALL` = `0x00000008`")]
    MakeCall = 0x0000_0008,
    /// Media control actions can be set up for the line with `lineSetMediaControl`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFEATURE_SETMEDIACONTROL` = `0x00000010`")]
    SetMediaControl = 0x0000_0010,
    /// The routing of the line's information streams to terminals can be changed with
    /// `lineSetTerminal`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFEATURE_SETTERMINAL` = `0x00000020`")]
    SetTerminal = 0x0000_0020,
    /// `lineSetLineDevStatus` can currently be used to change device status flags of the line, such as
    /// in-service, connected or message-waiting. Reported only when TAPI 2.0 or later was negotiated.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFEATURE_SETDEVSTATUS` = `0x00000040`")]
    SetDevStatus = 0x0000_0040,
    /// `lineForward` can send the calls of all addresses on the line to another number; `FORWARD`
    /// is set as well. Reported only when TAPI 2.0 or later was negotiated.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFEATURE_FORWARDFWD` = `0x00000080`")]
    ForwardFwd = 0x0000_0080,
    /// `lineForward` with an empty destination can switch on Do Not Disturb for all addresses on
    /// the line; `FORWARD` is set as well. Reported only when TAPI 2.0 or later was negotiated.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEFEATURE_FORWARDDND` = `0x00000100`")]
    ForwardDnd = 0x0000_0100,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Operations that can be invoked on a line device as a whole (rather than on one of its addresses or calls).\n\nReported in `dwLineFeatures` of `LINEDEVSTATUS` (returned by `lineGetLineDevStatus`). The set follows the line's state, so it is worth reading again after line-state notifications.`lineDevSpecific`, the pass-through for vendor-defined operations, may currently be used on the line.Vendor-defined switch features can currently be invoked on the line with `lineDevSpecificFeature`.Forwarding can be set for all addresses of the line at once with `lineForward`. If neither `FORWARDFWD` nor `FORWARDDND` is also set, the provider has not said which kinds of forwarding will work.`lineMakeCall` can currently start an outgoing call on the line while leaving the choice of address to the provider.Media control actions can be set up for the line with `lineSetMediaControl`.The routing of the line's information streams to terminals can be changed with `lineSetTerminal`.`lineSetLineDevStatus` can currently be used to change device status flags of the line, such as in-service, connected or message-waiting. Reported only when TAPI 2.0 or later was negotiated.`lineForward` can send the calls of all addresses on the line to another number; `FORWARD` is set as well. Reported only when TAPI 2.0 or later was negotiated.`lineForward` with an empty destination can switch on Do Not Disturb for all addresses on the line; `FORWARD` is set as well. Reported only when TAPI 2.0 or later was negotiated."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Operationen, die auf einem Leitungsgerät als Ganzem aufgerufen werden können (statt auf einer seiner Adressen oder einem seiner Anrufe). Gemeldet in `dwLineFeatures` von `LINEDEVSTATUS` (das `lineGetLineDevStatus` zurückgibt). Die Menge folgt dem Zustand der Leitung; es lohnt sich daher, sie nach Benachrichtigungen über Änderungen des Leitungszustands erneut zu lesen.`lineDevSpecific`, die Durchreichfunktion für herstellerdefinierte Operationen, kann derzeit auf der Leitung verwendet werden.Herstellerdefinierte Leistungsmerkmale der Vermittlung können derzeit mit `lineDevSpecificFeature` auf der Leitung aufgerufen werden.Die Rufumleitung kann mit `lineForward` für alle Adressen der Leitung auf einmal eingerichtet werden. Ist weder `FORWARDFWD` noch `FORWARDDND` zusätzlich gesetzt, hat der Dienstanbieter nicht angegeben, welche Arten der Rufumleitung funktionieren.`lineMakeCall` kann derzeit einen ausgehenden Anruf auf der Leitung beginnen und die Wahl der Adresse dem Dienstanbieter überlassen.Mit `lineSetMediaControl` lassen sich Aktionen der Mediensteuerung für die Leitung einrichten.Mit `lineSetTerminal` lässt sich ändern, wie die Informationsströme der Leitung zu den Endgeräten geleitet werden.Mit `lineSetLineDevStatus` lassen sich derzeit Statusbits des Leitungsgeräts ändern, etwa „in Betrieb“, „verbunden“ oder „Nachricht wartend“. Nur gemeldet, wenn TAPI 2.0 oder höher ausgehandelt wurde.`lineForward` kann die Anrufe aller Adressen der Leitung per Rufumleitung an eine andere Nummer weiterleiten; `FORWARD` ist ebenfalls gesetzt. Nur gemeldet, wenn TAPI 2.0 oder höher ausgehandelt wurde.`lineForward` mit leerem Ziel kann für alle Adressen der Leitung den Anrufschutz („Bitte nicht stören“) einschalten; `FORWARD` ist ebenfalls gesetzt. Nur gemeldet, wenn TAPI 2.0 oder höher ausgehandelt wurde."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Opérations utilisables sur un périphérique de ligne dans son ensemble (et non sur l’une de ses adresses ou l’un de ses appels). Elles sont indiquées dans `dwLineFeatures` de `LINEDEVSTATUS` (renvoyée par `lineGetLineDevStatus`). Cet ensemble évolue avec l’état de la ligne ; il est donc utile de le relire après les notifications de changement d’état de la ligne.`lineDevSpecific`, la fonction d’accès aux opérations définies par le fabricant, peut actuellement être utilisée sur la ligne.Des fonctionnalités de commutateur définies par le fabricant peuvent actuellement être appelées sur la ligne avec `lineDevSpecificFeature`.Le renvoi peut être configuré pour toutes les adresses de la ligne à la fois avec `lineForward`. Si ni `FORWARDFWD` ni `FORWARDDND` n’est également présent, le fournisseur n’a pas précisé quels types de renvoi fonctionneront.`lineMakeCall` peut actuellement lancer un appel sortant sur la ligne en laissant au fournisseur le choix de l’adresse.Des actions de contrôle du média peuvent être définies pour la ligne avec `lineSetMediaControl`.L’acheminement des flux d’information de la ligne vers les terminaux peut être modifié avec `lineSetTerminal`.`lineSetLineDevStatus` peut actuellement servir à modifier des indicateurs d’état du périphérique de ligne, comme en service, connecté ou message en attente. Indiqué uniquement si TAPI 2.0 ou une version ultérieure a été négociée.`lineForward` peut renvoyer les appels de toutes les adresses de la ligne vers un autre numéro ; `FORWARD` est également présent. Indiqué uniquement si TAPI 2.0 ou une version ultérieure a été négociée.`lineForward` avec une destination vide peut activer la fonction Ne pas déranger sur toutes les adresses de la ligne ; `FORWARD` est également présent. Indiqué uniquement si TAPI 2.0 ou une version ultérieure a été négociée."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineFeature",
            prefix: "LINEFEATURE_",
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
                    "LINEFEATURE_DEVSPECIFIC",
                    "LINEFEATURE_DEVSPECIFICFEAT",
                    "LINEFEATURE_FORWARD",
                    "LINEFEATURE_MAKECALL",
                    "LINEFEATURE_SETMEDIACONTROL",
                    "LINEFEATURE_SETTERMINAL",
                    "LINEFEATURE_SETDEVSTATUS",
                    "LINEFEATURE_FORWARDFWD",
                    "LINEFEATURE_FORWARDDND",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0 \x01\0\0\0\0\0\0w\x01\0\0\0\0\0\0|\x01\0\0\xFF\xFF\0\0\0\0 \x01\0\0e\0\0\0w\x01\0\0\x7F\0\0\0|\x01\0\0\x85\0\0\0\xFF\xFF\0\0\0\0\x85\x01\0\0b\0\0\0\xF6\x01\0\0\x86\0\0\0\x01\x02\0\0\x8F\0\0\0\xFF\xFF\0\0\0\0\xE7\x01\0\0\xC4\0\0\0|\x02\0\0\xF9\0\0\0\x90\x02\0\0\xEC\0\0\0\xFF\xFF\0\0\0\0\xAB\x02\0\0t\0\0\0u\x03\0\0\x85\0\0\0|\x03\0\0y\0\0\0\xFF\xFF\0\0\0\0\x1F\x03\0\0L\0\0\0\xFA\x03\0\0_\0\0\0\xF5\x03\0\0d\0\0\0\xFF\xFF\0\0\0\0k\x03\0\0a\0\0\0Y\x04\0\0v\0\0\0Y\x04\0\0t\0\0\0\x02\0\0\0\0\0\xCC\x03\0\0\xBE\0\0\0\xCF\x04\0\0\xD7\0\0\0\xCD\x04\0\0\xF3\0\0\0\x02\0\0\0\0\0\x8A\x04\0\0\x9F\0\0\0\xA6\x05\0\0\xCA\0\0\0\xC0\x05\0\0\xD3\0\0\0\x02\0\0\0\0\0)\x05\0\0\xB2\0\0\0p\x06\0\0\xD7\0\0\0\x93\x06\0\0\xE9\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEFEATURE_DEVSPECIFIC",
                        "LINEFEATURE_DEVSPECIFICFEAT",
                        "LINEFEATURE_FORWARD",
                        "LINEFEATURE_MAKECALL",
                        "LINEFEATURE_SETMEDIACONTROL",
                        "LINEFEATURE_SETTERMINAL",
                        "LINEFEATURE_SETDEVSTATUS",
                        "LINEFEATURE_FORWARDFWD",
                        "LINEFEATURE_FORWARDDND",
                        "DEVSPECIFIC",
                        "DEVSPECIFICFEAT",
                        "FORWARD",
                        "MAKECALL",
                        "SETMEDIACONTROL",
                        "SETTERMINAL",
                        "SETDEVSTATUS",
                        "FORWARDFWD",
                        "FORWARDDND",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINEFEATURE_DEVSPECIFIC",
                        " | LINEFEATURE_DEVSPECIFICFEAT",
                        " | LINEFEATURE_FORWARD",
                        " | LINEFEATURE_MAKECALL",
                        " | LINEFEATURE_SETMEDIACONTROL",
                        " | LINEFEATURE_SETTERMINAL",
                        " | LINEFEATURE_SETDEVSTATUS",
                        " | LINEFEATURE_FORWARDFWD",
                        " | LINEFEATURE_FORWARDDND",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x06\0\x11\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\0\0\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEFEATURE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineFeature>`](::tapi_consts::Flags), named [`LineFeatureSet`](crate::families::LineFeatureSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEFEATURE_DEVSPECIFIC` | `0x00000001` |  |\n| `LINEFEATURE_DEVSPECIFICFEAT` | `0x00000002` |  |\n| `LINEFEATURE_FORWARD` | `0x00000004` |  |\n| `LINEFEATURE_MAKECALL` | `0x00000008` |  |\n| `LINEFEATURE_SETMEDIACONTROL` | `0x00000010` |  |\n| `LINEFEATURE_SETTERMINAL` | `0x00000020` |  |\n| `LINEFEATURE_SETDEVSTATUS` | `0x00000040` | TAPI 2.0 |\n| `LINEFEATURE_FORWARDFWD` | `0x00000080` | TAPI 2.0 |\n| `LINEFEATURE_FORWARDDND` | `0x00000100` | TAPI 2.0 |\n\n# Deutsch\n\nOperationen, die auf einem Leitungsgerät als Ganzem aufgerufen werden können (statt auf einer seiner Adressen oder einem seiner Anrufe). Gemeldet in `dwLineFeatures` von `LINEDEVSTATUS` (das `lineGetLineDevStatus` zurückgibt). Die Menge folgt dem Zustand der Leitung; es lohnt sich daher, sie nach Benachrichtigungen über Änderungen des Leitungszustands erneut zu lesen.\n\n- `LINEFEATURE_DEVSPECIFIC`: `lineDevSpecific`, die Durchreichfunktion für herstellerdefinierte Operationen, kann derzeit auf der Leitung verwendet werden.\n- `LINEFEATURE_DEVSPECIFICFEAT`: Herstellerdefinierte Leistungsmerkmale der Vermittlung können derzeit mit `lineDevSpecificFeature` auf der Leitung aufgerufen werden.\n- `LINEFEATURE_FORWARD`: Die Rufumleitung kann mit `lineForward` für alle Adressen der Leitung auf einmal eingerichtet werden. Ist weder `FORWARDFWD` noch `FORWARDDND` zusätzlich gesetzt, hat der Dienstanbieter nicht angegeben, welche Arten der Rufumleitung funktionieren.\n- `LINEFEATURE_MAKECALL`: `lineMakeCall` kann derzeit einen ausgehenden Anruf auf der Leitung beginnen und die Wahl der Adresse dem Dienstanbieter überlassen.\n- `LINEFEATURE_SETMEDIACONTROL`: Mit `lineSetMediaControl` lassen sich Aktionen der Mediensteuerung für die Leitung einrichten.\n- `LINEFEATURE_SETTERMINAL`: Mit `lineSetTerminal` lässt sich ändern, wie die Informationsströme der Leitung zu den Endgeräten geleitet werden.\n- `LINEFEATURE_SETDEVSTATUS`: Mit `lineSetLineDevStatus` lassen sich derzeit Statusbits des Leitungsgeräts ändern, etwa „in Betrieb“, „verbunden“ oder „Nachricht wartend“. Nur gemeldet, wenn TAPI 2.0 oder höher ausgehandelt wurde.\n- `LINEFEATURE_FORWARDFWD`: `lineForward` kann die Anrufe aller Adressen der Leitung per Rufumleitung an eine andere Nummer weiterleiten; `FORWARD` ist ebenfalls gesetzt. Nur gemeldet, wenn TAPI 2.0 oder höher ausgehandelt wurde.\n- `LINEFEATURE_FORWARDDND`: `lineForward` mit leerem Ziel kann für alle Adressen der Leitung den Anrufschutz („Bitte nicht stören“) einschalten; `FORWARD` ist ebenfalls gesetzt. Nur gemeldet, wenn TAPI 2.0 oder höher ausgehandelt wurde.\n\n# Français\n\nOpérations utilisables sur un périphérique de ligne dans son ensemble (et non sur l’une de ses adresses ou l’un de ses appels). Elles sont indiquées dans `dwLineFeatures` de `LINEDEVSTATUS` (renvoyée par `lineGetLineDevStatus`). Cet ensemble évolue avec l’état de la ligne ; il est donc utile de le relire après les notifications de changement d’état de la ligne.\n\n- `LINEFEATURE_DEVSPECIFIC`: `lineDevSpecific`, la fonction d’accès aux opérations définies par le fabricant, peut actuellement être utilisée sur la ligne.\n- `LINEFEATURE_DEVSPECIFICFEAT`: Des fonctionnalités de commutateur définies par le fabricant peuvent actuellement être appelées sur la ligne avec `lineDevSpecificFeature`.\n- `LINEFEATURE_FORWARD`: Le renvoi peut être configuré pour toutes les adresses de la ligne à la fois avec `lineForward`. Si ni `FORWARDFWD` ni `FORWARDDND` n’est également présent, le fournisseur n’a pas précisé quels types de renvoi fonctionneront.\n- `LINEFEATURE_MAKECALL`: `lineMakeCall` peut actuellement lancer un appel sortant sur la ligne en laissant au fournisseur le choix de l’adresse.\n- `LINEFEATURE_SETMEDIACONTROL`: Des actions de contrôle du média peuvent être définies pour la ligne avec `lineSetMediaControl`.\n- `LINEFEATURE_SETTERMINAL`: L’acheminement des flux d’information de la ligne vers les terminaux peut être modifié avec `lineSetTerminal`.\n- `LINEFEATURE_SETDEVSTATUS`: `lineSetLineDevStatus` peut actuellement servir à modifier des indicateurs d’état du périphérique de ligne, comme en service, connecté ou message en attente. Indiqué uniquement si TAPI 2.0 ou une version ultérieure a été négociée.\n- `LINEFEATURE_FORWARDFWD`: `lineForward` peut renvoyer les appels de toutes les adresses de la ligne vers un autre numéro ; `FORWARD` est également présent. Indiqué uniquement si TAPI 2.0 ou une version ultérieure a été négociée.\n- `LINEFEATURE_FORWARDDND`: `lineForward` avec une destination vide peut activer la fonction Ne pas déranger sur toutes les adresses de la ligne ; `FORWARD` est également présent. Indiqué uniquement si TAPI 2.0 ou une version ultérieure a été négociée.\n"
    )]
    impl LineFeature {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::DevSpecific,
            Self::DevSpecificFeat,
            Self::Forward,
            Self::MakeCall,
            Self::SetMediaControl,
            Self::SetTerminal,
            Self::SetDevStatus,
            Self::ForwardFwd,
            Self::ForwardDnd,
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
                1 => __tapi::Some(Self::DevSpecific),
                2 => __tapi::Some(Self::DevSpecificFeat),
                4 => __tapi::Some(Self::Forward),
                8 => __tapi::Some(Self::MakeCall),
                16 => __tapi::Some(Self::SetMediaControl),
                32 => __tapi::Some(Self::SetTerminal),
                64 => __tapi::Some(Self::SetDevStatus),
                128 => __tapi::Some(Self::ForwardFwd),
                256 => __tapi::Some(Self::ForwardDnd),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEFEATURE_DEVSPECIFIC`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineFeature {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineFeature> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineFeature) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineFeature {
        type Error = ::tapi_consts::UnknownValueError<LineFeature>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineFeature {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineFeature {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineFeature {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineFeature {
        type Output = ::tapi_consts::Flags<LineFeature>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineFeature> {
            <::tapi_consts::Flags<
                LineFeature,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineFeature>> for LineFeature {
        type Output = ::tapi_consts::Flags<LineFeature>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineFeature>,
        ) -> ::tapi_consts::Flags<LineFeature> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineFeature, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineFeature);
};
///The `LINEFEATURE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linefeature {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineFeature::DevSpecific`](super::LineFeature::DevSpecific)."
    )]
    pub const LINEFEATURE_DEVSPECIFIC: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineFeature::DevSpecificFeat`](super::LineFeature::DevSpecificFeat)."
    )]
    pub const LINEFEATURE_DEVSPECIFICFEAT: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineFeature::Forward`](super::LineFeature::Forward)."
    )]
    pub const LINEFEATURE_FORWARD: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineFeature::MakeCall`](super::LineFeature::MakeCall)."
    )]
    pub const LINEFEATURE_MAKECALL: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineFeature::SetMediaControl`](super::LineFeature::SetMediaControl)."
    )]
    pub const LINEFEATURE_SETMEDIACONTROL: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineFeature::SetTerminal`](super::LineFeature::SetTerminal)."
    )]
    pub const LINEFEATURE_SETTERMINAL: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineFeature::SetDevStatus`](super::LineFeature::SetDevStatus)."
    )]
    pub const LINEFEATURE_SETDEVSTATUS: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineFeature::ForwardFwd`](super::LineFeature::ForwardFwd)."
    )]
    pub const LINEFEATURE_FORWARDFWD: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineFeature::ForwardDnd`](super::LineFeature::ForwardDnd)."
    )]
    pub const LINEFEATURE_FORWARDDND: ::core::primitive::u32 = 256;
}
/// Extra options for opening a line.
///
/// ORed into the `dwPrivileges` parameter of `lineOpen`, next to the `LINECALLPRIVILEGE_` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineOpenOption {
    /// Only report new calls that appear on the address given in `dwAddressID` of the
    /// `LINECALLPARAMS` passed to `lineOpen`, instead of calls on every address of the line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEOPENOPTION_SINGLEADDRESS` = `0x80000000`")]
    SingleAddress = 0x8000_0000,
    /// The application offers to serve as proxy, handling the requests (such as ACD agent
    /// functions) that other applications with the line open make; the request types it accepts
    /// are listed in the `LINECALLPARAMS` passed to `lineOpen`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINEOPENOPTION_PROXY` = `0x40000000`")]
    Proxy = 0x4000_0000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Extra options for opening a line.\n\nORed into the `dwPrivileges` parameter of `lineOpen`, next to the `LINECALLPRIVILEGE_` values.Only report new calls that appear on the address given in `dwAddressID` of the `LINECALLPARAMS` passed to `lineOpen`, instead of calls on every address of the line.The application offers to serve as proxy, handling the requests (such as ACD agent functions) that other applications with the line open make; the request types it accepts are listed in the `LINECALLPARAMS` passed to `lineOpen`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Zusätzliche Optionen zum Öffnen einer Leitung. Diese Bits werden per bitweisem ODER mit den Werten `LINECALLPRIVILEGE_` im Parameter `dwPrivileges` von `lineOpen` kombiniert.Es werden nur neue Anrufe gemeldet, die auf der Adresse erscheinen, die in `dwAddressID` der an `lineOpen` übergebenen Struktur `LINECALLPARAMS` angegeben ist, statt der Anrufe auf allen Adressen der Leitung.Die Anwendung bietet sich als Proxy an und bearbeitet die Anforderungen (etwa ACD-Agentenfunktionen), die andere Anwendungen stellen, welche die Leitung geöffnet haben; die akzeptierten Proxy-Anforderungstypen sind in der an `lineOpen` übergebenen Struktur `LINECALLPARAMS` aufgeführt."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Options supplémentaires d’ouverture d’une ligne. Combinées par OU dans le paramètre `dwPrivileges` de `lineOpen`, à côté des valeurs `LINECALLPRIVILEGE_`.Ne signaler que les nouveaux appels qui apparaissent sur l’adresse indiquée dans `dwAddressID` de la structure `LINECALLPARAMS` passée à `lineOpen`, au lieu des appels de toutes les adresses de la ligne.L’application se propose comme proxy et traite les requêtes (comme les fonctions d’agent ACD) émises par les autres applications ayant ouvert la ligne ; les types de requêtes acceptés sont listés dans la structure `LINECALLPARAMS` passée à `lineOpen`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineOpenOption",
            prefix: "LINEOPENOPTION_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3221225472u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["LINEOPENOPTION_SINGLEADDRESS", "LINEOPENOPTION_PROXY"],
                bits: &[2147483648u64, 1073741824u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x81\0\0\0\0\0\0\0\xB0\0\0\0\0\0\0\0\xA4\0\0\0\x02\0\0\0\0\0\x81\0\0\0\xA4\0\0\0\xB0\0\0\0\xD1\0\0\0\xA4\0\0\0\xD0\0\0\0\x02\0\0\0\0\0%\x01\0\0\xE4\0\0\0\x81\x01\0\0 \x01\0\0t\x01\0\0\x06\x01\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINEOPENOPTION_SINGLEADDRESS",
                        "LINEOPENOPTION_PROXY",
                        "SINGLEADDRESS",
                        "PROXY",
                    ],
                    by_value: b"\x01\0\0\0",
                    bit_index: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\0\0",
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
                        " | LINEOPENOPTION_PROXY",
                        " | LINEOPENOPTION_SINGLEADDRESS",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINEOPENOPTION_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineOpenOption>`](::tapi_consts::Flags), named [`LineOpenOptionSet`](crate::families::LineOpenOptionSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINEOPENOPTION_SINGLEADDRESS` | `0x80000000` | TAPI 2.0 |\n| `LINEOPENOPTION_PROXY` | `0x40000000` | TAPI 2.0 |\n\n# Deutsch\n\nZusätzliche Optionen zum Öffnen einer Leitung. Diese Bits werden per bitweisem ODER mit den Werten `LINECALLPRIVILEGE_` im Parameter `dwPrivileges` von `lineOpen` kombiniert.\n\n- `LINEOPENOPTION_SINGLEADDRESS`: Es werden nur neue Anrufe gemeldet, die auf der Adresse erscheinen, die in `dwAddressID` der an `lineOpen` übergebenen Struktur `LINECALLPARAMS` angegeben ist, statt der Anrufe auf allen Adressen der Leitung.\n- `LINEOPENOPTION_PROXY`: Die Anwendung bietet sich als Proxy an und bearbeitet die Anforderungen (etwa ACD-Agentenfunktionen), die andere Anwendungen stellen, welche die Leitung geöffnet haben; die akzeptierten Proxy-Anforderungstypen sind in der an `lineOpen` übergebenen Struktur `LINECALLPARAMS` aufgeführt.\n\n# Français\n\nOptions supplémentaires d’ouverture d’une ligne. Combinées par OU dans le paramètre `dwPrivileges` de `lineOpen`, à côté des valeurs `LINECALLPRIVILEGE_`.\n\n- `LINEOPENOPTION_SINGLEADDRESS`: Ne signaler que les nouveaux appels qui apparaissent sur l’adresse indiquée dans `dwAddressID` de la structure `LINECALLPARAMS` passée à `lineOpen`, au lieu des appels de toutes les adresses de la ligne.\n- `LINEOPENOPTION_PROXY`: L’application se propose comme proxy et traite les requêtes (comme les fonctions d’agent ACD) émises par les autres applications ayant ouvert la ligne ; les types de requêtes acceptés sont listés dans la structure `LINECALLPARAMS` passée à `lineOpen`.\n"
    )]
    impl LineOpenOption {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::SingleAddress, Self::Proxy];
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
                2147483648 => __tapi::Some(Self::SingleAddress),
                1073741824 => __tapi::Some(Self::Proxy),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINEOPENOPTION_SINGLEADDRESS`; `{:#}` in `format!` gives the short name.
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
                    b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\0\0\xFF\xFF",
                    bits.trailing_zeros() as ::core::primitive::usize,
                )
            }
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for LineOpenOption {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineOpenOption> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineOpenOption) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineOpenOption {
        type Error = ::tapi_consts::UnknownValueError<LineOpenOption>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineOpenOption {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineOpenOption {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineOpenOption {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineOpenOption {
        type Output = ::tapi_consts::Flags<LineOpenOption>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineOpenOption> {
            <::tapi_consts::Flags<
                LineOpenOption,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineOpenOption>> for LineOpenOption {
        type Output = ::tapi_consts::Flags<LineOpenOption>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineOpenOption>,
        ) -> ::tapi_consts::Flags<LineOpenOption> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineOpenOption, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineOpenOption);
};
///The `LINEOPENOPTION_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_lineopenoption {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineOpenOption::SingleAddress`](super::LineOpenOption::SingleAddress)."
    )]
    pub const LINEOPENOPTION_SINGLEADDRESS: ::core::primitive::u32 = 2147483648;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineOpenOption::Proxy`](super::LineOpenOption::Proxy)."
    )]
    pub const LINEOPENOPTION_PROXY: ::core::primitive::u32 = 1073741824;
}
/// Tells how the strings stored in a TAPI variable-size structure are encoded.
///
/// Reported in the `dwStringFormat` member of `LINEDEVCAPS` and `PHONECAPS`, so that an
/// application knows how to read text such as the device name. No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum StringFormat {
    /// Plain ASCII text, one byte for each character.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`STRINGFORMAT_ASCII` = `0x00000001`")]
    Ascii = 0x0000_0001,
    /// Double-byte character set (DBCS) text, in which a character takes one or two bytes.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`STRINGFORMAT_DBCS` = `0x00000002`")]
    Dbcs = 0x0000_0002,
    /// Unicode text, two bytes for each character.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`STRINGFORMAT_UNICODE` = `0x00000003`")]
    Unicode = 0x0000_0003,
    /// Not text but a raw array of unsigned bytes, which may for instance hold numeric values.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`STRINGFORMAT_BINARY` = `0x00000004`")]
    Binary = 0x0000_0004,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Tells how the strings stored in a TAPI variable-size structure are encoded.\n\nReported in the `dwStringFormat` member of `LINEDEVCAPS` and `PHONECAPS`, so that an application knows how to read text such as the device name. No bits are open for extensions.Plain ASCII text, one byte for each character.Double-byte character set (DBCS) text, in which a character takes one or two bytes.Unicode text, two bytes for each character.Not text but a raw array of unsigned bytes, which may for instance hold numeric values."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Gibt an, wie die Zeichenketten in einer TAPI-Struktur variabler Größe kodiert sind.\n\nGemeldet im Feld `dwStringFormat` von `LINEDEVCAPS` und `PHONECAPS`, damit eine Anwendung weiß, wie sie Texte wie den Gerätenamen lesen muss. Für Erweiterungen sind keine Bits frei.Einfacher ASCII-Text, ein Byte pro Zeichen.Text in einem Doppelbyte-Zeichensatz (DBCS), in dem ein Zeichen ein oder zwei Bytes belegt.Unicode-Text, zwei Bytes pro Zeichen.Kein Text, sondern ein rohes Array vorzeichenloser Bytes, das etwa numerische Werte enthalten kann."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Indique le codage des chaînes stockées dans une structure TAPI de taille variable.\n\nFourni dans le membre `dwStringFormat` de `LINEDEVCAPS` et de `PHONECAPS`, afin que l’application sache lire des textes comme le nom du périphérique. Aucun bit n’est ouvert aux extensions.Texte ASCII simple, un octet par caractère.Texte dans un jeu de caractères sur deux octets (DBCS), où chaque caractère occupe un ou deux octets.Texte Unicode, deux octets par caractère.Pas du texte, mais un simple tableau d’octets non signés, qui peut par exemple contenir des valeurs numériques."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "StringFormat",
            prefix: "STRINGFORMAT_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 7u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "STRINGFORMAT_ASCII",
                    "STRINGFORMAT_DBCS",
                    "STRINGFORMAT_UNICODE",
                    "STRINGFORMAT_BINARY",
                ],
                bits: &[1u64, 2u64, 3u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xFE\0\0\0\0\0\0\0\x0F\x01\0\0\0\0\0\0\x18\x01\0\0\xFF\xFF\0\0\0\0\xFE\0\0\0.\0\0\0\x0F\x01\0\0+\0\0\0\x18\x01\0\0,\0\0\0\xFF\xFF\0\0\0\0,\x01\0\0S\0\0\0:\x01\0\0[\0\0\0D\x01\0\0h\0\0\0\xFF\xFF\0\0\0\0\x7F\x01\0\0+\0\0\0\x95\x01\0\0%\0\0\0\xAC\x01\0\0*\0\0\0\xFF\xFF\0\0\0\0\xAA\x01\0\0W\0\0\0\xBA\x01\0\0c\0\0\0\xD6\x01\0\0s\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "STRINGFORMAT_ASCII",
                        "STRINGFORMAT_DBCS",
                        "STRINGFORMAT_UNICODE",
                        "STRINGFORMAT_BINARY",
                        "ASCII",
                        "DBCS",
                        "UNICODE",
                        "BINARY",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\0\0\x07\0\x03\0\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `STRINGFORMAT_` family (enumeration, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\n| Constant | Value |\n|---|---|\n| `STRINGFORMAT_ASCII` | `0x00000001` |\n| `STRINGFORMAT_DBCS` | `0x00000002` |\n| `STRINGFORMAT_UNICODE` | `0x00000003` |\n| `STRINGFORMAT_BINARY` | `0x00000004` |\n\n# Deutsch\n\nGibt an, wie die Zeichenketten in einer TAPI-Struktur variabler Größe kodiert sind.<br><br>Gemeldet im Feld `dwStringFormat` von `LINEDEVCAPS` und `PHONECAPS`, damit eine Anwendung weiß, wie sie Texte wie den Gerätenamen lesen muss. Für Erweiterungen sind keine Bits frei.\n\n- `STRINGFORMAT_ASCII`: Einfacher ASCII-Text, ein Byte pro Zeichen.\n- `STRINGFORMAT_DBCS`: Text in einem Doppelbyte-Zeichensatz (DBCS), in dem ein Zeichen ein oder zwei Bytes belegt.\n- `STRINGFORMAT_UNICODE`: Unicode-Text, zwei Bytes pro Zeichen.\n- `STRINGFORMAT_BINARY`: Kein Text, sondern ein rohes Array vorzeichenloser Bytes, das etwa numerische Werte enthalten kann.\n\n# Français\n\nIndique le codage des chaînes stockées dans une structure TAPI de taille variable.<br><br>Fourni dans le membre `dwStringFormat` de `LINEDEVCAPS` et de `PHONECAPS`, afin que l’application sache lire des textes comme le nom du périphérique. Aucun bit n’est ouvert aux extensions.\n\n- `STRINGFORMAT_ASCII`: Texte ASCII simple, un octet par caractère.\n- `STRINGFORMAT_DBCS`: Texte dans un jeu de caractères sur deux octets (DBCS), où chaque caractère occupe un ou deux octets.\n- `STRINGFORMAT_UNICODE`: Texte Unicode, deux octets par caractère.\n- `STRINGFORMAT_BINARY`: Pas du texte, mais un simple tableau d’octets non signés, qui peut par exemple contenir des valeurs numériques.\n"
    )]
    impl StringFormat {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Ascii,
            Self::Dbcs,
            Self::Unicode,
            Self::Binary,
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
                1 => __tapi::Some(Self::Ascii),
                2 => __tapi::Some(Self::Dbcs),
                3 => __tapi::Some(Self::Unicode),
                4 => __tapi::Some(Self::Binary),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `STRINGFORMAT_ASCII`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for StringFormat {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<StringFormat> for ::core::primitive::u32 {
        #[inline]
        fn from(member: StringFormat) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for StringFormat {
        type Error = ::tapi_consts::UnknownValueError<StringFormat>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for StringFormat {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for StringFormat {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(StringFormat, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(StringFormat);
};
///The `STRINGFORMAT_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_stringformat {
    #[cfg_attr(
        doc,
        doc = "The value of [`StringFormat::Ascii`](super::StringFormat::Ascii)."
    )]
    pub const STRINGFORMAT_ASCII: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`StringFormat::Dbcs`](super::StringFormat::Dbcs)."
    )]
    pub const STRINGFORMAT_DBCS: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`StringFormat::Unicode`](super::StringFormat::Unicode)."
    )]
    pub const STRINGFORMAT_UNICODE: ::core::primitive::u32 = 3;
    #[cfg_attr(
        doc,
        doc = "The value of [`StringFormat::Binary`](super::StringFormat::Binary)."
    )]
    pub const STRINGFORMAT_BINARY: ::core::primitive::u32 = 4;
}
