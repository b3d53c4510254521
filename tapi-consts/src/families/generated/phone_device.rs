// @generated from tapi-consts/families/phone_device.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! Phone devices: features, hookswitch devices and modes, privileges, state changes and status.
/// Lists the phone operations that can be invoked on a phone device; each bit except
/// `GenericPhone` stands for the TAPI function with the matching name.
///
/// Reported in the `dwPhoneFeatures` member of `PHONECAPS` (what the device supports) and of
/// `PHONESTATUS` (what can be used at the moment). For the gain, hook-switch and volume
/// functions, the suffix names the hook switch device passed to the function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum PhoneFeature {
    /// `phoneGetButtonInfo` can be called.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETBUTTONINFO` = `0x00000001`")]
    GetButtonInfo = 0x0000_0001,
    /// `phoneGetData` can be called.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETDATA` = `0x00000002`")]
    GetData = 0x0000_0002,
    /// `phoneGetDisplay` can be called.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETDISPLAY` = `0x00000004`")]
    GetDisplay = 0x0000_0004,
    /// `phoneGetGain` can be called for the handset microphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETGAINHANDSET` = `0x00000008`")]
    GetGainHandset = 0x0000_0008,
    /// `phoneGetGain` can be called for the speakerphone microphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETGAINSPEAKER` = `0x00000010`")]
    GetGainSpeaker = 0x0000_0010,
    /// `phoneGetGain` can be called for the headset microphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETGAINHEADSET` = `0x00000020`")]
    GetGainHeadset = 0x0000_0020,
    /// `phoneGetHookSwitch` can report the hook switch state of the handset.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETHOOKSWITCHHANDSET` = `0x00000040`")]
    GetHookSwitchHandset = 0x0000_0040,
    /// `phoneGetHookSwitch` can report the hook switch state of the speakerphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETHOOKSWITCHSPEAKER` = `0x00000080`")]
    GetHookSwitchSpeaker = 0x0000_0080,
    /// `phoneGetHookSwitch` can report the hook switch state of the headset.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETHOOKSWITCHHEADSET` = `0x00000100`")]
    GetHookSwitchHeadset = 0x0000_0100,
    /// `phoneGetLamp` can be called.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETLAMP` = `0x00000200`")]
    GetLamp = 0x0000_0200,
    /// `phoneGetRing` can be called.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETRING` = `0x00000400`")]
    GetRing = 0x0000_0400,
    /// `phoneGetVolume` can be called for the handset.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETVOLUMEHANDSET` = `0x00000800`")]
    GetVolumeHandset = 0x0000_0800,
    /// `phoneGetVolume` can be called for the speakerphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETVOLUMESPEAKER` = `0x00001000`")]
    GetVolumeSpeaker = 0x0000_1000,
    /// `phoneGetVolume` can be called for the headset.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GETVOLUMEHEADSET` = `0x00002000`")]
    GetVolumeHeadset = 0x0000_2000,
    /// `phoneSetButtonInfo` can be called.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETBUTTONINFO` = `0x00004000`")]
    SetButtonInfo = 0x0000_4000,
    /// `phoneSetData` can be called.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETDATA` = `0x00008000`")]
    SetData = 0x0000_8000,
    /// `phoneSetDisplay` can be called.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETDISPLAY` = `0x00010000`")]
    SetDisplay = 0x0001_0000,
    /// `phoneSetGain` can be called for the handset microphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETGAINHANDSET` = `0x00020000`")]
    SetGainHandset = 0x0002_0000,
    /// `phoneSetGain` can be called for the speakerphone microphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETGAINSPEAKER` = `0x00040000`")]
    SetGainSpeaker = 0x0004_0000,
    /// `phoneSetGain` can be called for the headset microphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETGAINHEADSET` = `0x00080000`")]
    SetGainHeadset = 0x0008_0000,
    /// `phoneSetHookSwitch` can change the hook switch state of the handset.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETHOOKSWITCHHANDSET` = `0x00100000`")]
    SetHookSwitchHandset = 0x0010_0000,
    /// `phoneSetHookSwitch` can change the hook switch state of the speakerphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETHOOKSWITCHSPEAKER` = `0x00200000`")]
    SetHookSwitchSpeaker = 0x0020_0000,
    /// `phoneSetHookSwitch` can change the hook switch state of the headset.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETHOOKSWITCHHEADSET` = `0x00400000`")]
    SetHookSwitchHeadset = 0x0040_0000,
    /// `phoneSetLamp` can be called.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETLAMP` = `0x00800000`")]
    SetLamp = 0x0080_0000,
    /// `phoneSetRing` can be called.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETRING` = `0x01000000`")]
    SetRing = 0x0100_0000,
    /// `phoneSetVolume` can be called for the handset.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETVOLUMEHANDSET` = `0x02000000`")]
    SetVolumeHandset = 0x0200_0000,
    /// `phoneSetVolume` can be called for the speakerphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETVOLUMESPEAKER` = `0x04000000`")]
    SetVolumeSpeaker = 0x0400_0000,
    /// `phoneSetVolume` can be called for the headset.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_SETVOLUMEHEADSET` = `0x08000000`")]
    SetVolumeHeadset = 0x0800_0000,
    /// Marks the device as a generic phone; it corresponds to no single function and only matters to TAPI 3.0 and later applications.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEFEATURE_GENERICPHONE` = `0x10000000`")]
    GenericPhone = 0x1000_0000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Lists the phone operations that can be invoked on a phone device; each bit except `GenericPhone` stands for the TAPI function with the matching name.\n\nReported in the `dwPhoneFeatures` member of `PHONECAPS` (what the device supports) and of `PHONESTATUS` (what can be used at the moment). For the gain, hook-switch and volume functions, the suffix names the hook switch device passed to the function.`phoneGetButtonInfo` can be called.`phoneGetData` can be called.`phoneGetDisplay` can be called.`phoneGetGain` can be called for the handset microphone.`phoneGetGain` can be called for the speakerphone microphone.`phoneGetGain` can be called for the headset microphone.`phoneGetHookSwitch` can report the hook switch state of the handset.`phoneGetHookSwitch` can report the hook switch state of the speakerphone.`phoneGetHookSwitch` can report the hook switch state of the headset.`phoneGetLamp` can be called.`phoneGetRing` can be called.`phoneGetVolume` can be called for the handset.`phoneGetVolume` can be called for the speakerphone.`phoneGetVolume` can be called for the headset.`phoneSetButtonInfo` can be called.`phoneSetData` can be called.`phoneSetDisplay` can be called.`phoneSetGain` can be called for the handset microphone.`phoneSetGain` can be called for the speakerphone microphone.`phoneSetGain` can be called for the headset microphone.`phoneSetHookSwitch` can change the hook switch state of the handset.`phoneSetHookSwitch` can change the hook switch state of the speakerphone.`phoneSetHookSwitch` can change the hook switch state of the headset.`phoneSetLamp` can be called.`phoneSetRing` can be called.`phoneSetVolume` can be called for the handset.`phoneSetVolume` can be called for the speakerphone.`phoneSetVolume` can be called for the headset.Marks the device as a generic phone; it corresponds to no single function and only matters to TAPI 3.0 and later applications."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Führt die Telefonoperationen auf, die sich auf einem Telefongerät aufrufen lassen; jedes Bit außer `GenericPhone` steht für die gleichnamige TAPI-Funktion.\n\nGemeldet im Feld `dwPhoneFeatures` von `PHONECAPS` (was das Gerät unterstützt) und von `PHONESTATUS` (was im Moment verwendet werden kann). Bei den Funktionen für Mikrofonverstärkung, Gabelumschalter und Lautstärke bezeichnet das Suffix das Gerät mit Gabelumschalter, das der Funktion übergeben wird.`phoneGetButtonInfo` kann aufgerufen werden.`phoneGetData` kann aufgerufen werden.`phoneGetDisplay` kann aufgerufen werden.`phoneGetGain` kann für das Mikrofon des Hörers aufgerufen werden.`phoneGetGain` kann für das Mikrofon der Freisprecheinrichtung aufgerufen werden.`phoneGetGain` kann für das Mikrofon des Headsets aufgerufen werden.`phoneGetHookSwitch` kann den Gabelumschalter-Zustand des Hörers melden.`phoneGetHookSwitch` kann den Gabelumschalter-Zustand der Freisprecheinrichtung melden.`phoneGetHookSwitch` kann den Gabelumschalter-Zustand des Headsets melden.`phoneGetLamp` kann aufgerufen werden.`phoneGetRing` kann aufgerufen werden.`phoneGetVolume` kann für den Hörer aufgerufen werden.`phoneGetVolume` kann für die Freisprecheinrichtung aufgerufen werden.`phoneGetVolume` kann für das Headset aufgerufen werden.`phoneSetButtonInfo` kann aufgerufen werden.`phoneSetData` kann aufgerufen werden.`phoneSetDisplay` kann aufgerufen werden.`phoneSetGain` kann für das Mikrofon des Hörers aufgerufen werden.`phoneSetGain` kann für das Mikrofon der Freisprecheinrichtung aufgerufen werden.`phoneSetGain` kann für das Mikrofon des Headsets aufgerufen werden.`phoneSetHookSwitch` kann den Gabelumschalter-Zustand des Hörers ändern.`phoneSetHookSwitch` kann den Gabelumschalter-Zustand der Freisprecheinrichtung ändern.`phoneSetHookSwitch` kann den Gabelumschalter-Zustand des Headsets ändern.`phoneSetLamp` kann aufgerufen werden.`phoneSetRing` kann aufgerufen werden.`phoneSetVolume` kann für den Hörer aufgerufen werden.`phoneSetVolume` kann für die Freisprecheinrichtung aufgerufen werden.`phoneSetVolume` kann für das Headset aufgerufen werden.Kennzeichnet das Gerät als generisches Telefon; entspricht keiner einzelnen Funktion und ist nur für Anwendungen mit TAPI 3.0 oder höher von Bedeutung."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Énumère les opérations qu’il est possible d’invoquer sur un périphérique téléphonique ; chaque bit, sauf `GenericPhone`, correspond à la fonction TAPI de même nom.\n\nFourni dans le membre `dwPhoneFeatures` de `PHONECAPS` (ce que le périphérique prend en charge) et de `PHONESTATUS` (ce qui est utilisable à cet instant). Pour les fonctions de gain, de commutateur crochet et de volume, le suffixe désigne le périphérique à commutateur crochet passé à la fonction.`phoneGetButtonInfo` peut être appelée.`phoneGetData` peut être appelée.`phoneGetDisplay` peut être appelée.`phoneGetGain` peut être appelée pour le microphone du combiné.`phoneGetGain` peut être appelée pour le microphone du haut-parleur.`phoneGetGain` peut être appelée pour le microphone du casque.`phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du combiné.`phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du haut-parleur.`phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du casque.`phoneGetLamp` peut être appelée.`phoneGetRing` peut être appelée.`phoneGetVolume` peut être appelée pour le combiné.`phoneGetVolume` peut être appelée pour le haut-parleur.`phoneGetVolume` peut être appelée pour le casque.`phoneSetButtonInfo` peut être appelée.`phoneSetData` peut être appelée.`phoneSetDisplay` peut être appelée.`phoneSetGain` peut être appelée pour le microphone du combiné.`phoneSetGain` peut être appelée pour le microphone du haut-parleur.`phoneSetGain` peut être appelée pour le microphone du casque.`phoneSetHookSwitch` peut modifier l’état du commutateur crochet du combiné.`phoneSetHookSwitch` peut modifier l’état du commutateur crochet du haut-parleur.`phoneSetHookSwitch` peut modifier l’état du commutateur crochet du casque.`phoneSetLamp` peut être appelée.`phoneSetRing` peut être appelée.`phoneSetVolume` peut être appelée pour le combiné.`phoneSetVolume` peut être appelée pour le haut-parleur.`phoneSetVolume` peut être appelée pour le casque.Signale que le périphérique est un téléphone générique ; ne correspond à aucune fonction particulière et ne concerne que les applications ayant négocié TAPI 3.0 ou une version ultérieure."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneFeature",
            prefix: "PHONEFEATURE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 536870911u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "PHONEFEATURE_GETBUTTONINFO",
                    "PHONEFEATURE_GETDATA",
                    "PHONEFEATURE_GETDISPLAY",
                    "PHONEFEATURE_GETGAINHANDSET",
                    "PHONEFEATURE_GETGAINSPEAKER",
                    "PHONEFEATURE_GETGAINHEADSET",
                    "PHONEFEATURE_GETHOOKSWITCHHANDSET",
                    "PHONEFEATURE_GETHOOKSWITCHSPEAKER",
                    "PHONEFEATURE_GETHOOKSWITCHHEADSET",
                    "PHONEFEATURE_GETLAMP",
                    "PHONEFEATURE_GETRING",
                    "PHONEFEATURE_GETVOLUMEHANDSET",
                    "PHONEFEATURE_GETVOLUMESPEAKER",
                    "PHONEFEATURE_GETVOLUMEHEADSET",
                    "PHONEFEATURE_SETBUTTONINFO",
                    "PHONEFEATURE_SETDATA",
                    "PHONEFEATURE_SETDISPLAY",
                    "PHONEFEATURE_SETGAINHANDSET",
                    "PHONEFEATURE_SETGAINSPEAKER",
                    "PHONEFEATURE_SETGAINHEADSET",
                    "PHONEFEATURE_SETHOOKSWITCHHANDSET",
                    "PHONEFEATURE_SETHOOKSWITCHSPEAKER",
                    "PHONEFEATURE_SETHOOKSWITCHHEADSET",
                    "PHONEFEATURE_SETLAMP",
                    "PHONEFEATURE_SETRING",
                    "PHONEFEATURE_SETVOLUMEHANDSET",
                    "PHONEFEATURE_SETVOLUMESPEAKER",
                    "PHONEFEATURE_SETVOLUMEHEADSET",
                    "PHONEFEATURE_GENERICPHONE",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64, 4096u64, 8192u64, 16384u64, 32768u64, 65536u64,
                    131072u64, 262144u64, 524288u64, 1048576u64, 2097152u64, 4194304u64,
                    8388608u64, 16777216u64, 33554432u64, 67108864u64, 134217728u64,
                    268435456u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x90\x01\0\0\0\0\0\0\xD4\x01\0\0\0\0\0\0\xE4\x01\0\0\x02\0\0\0\0\0\x90\x01\0\0#\0\0\0\xD4\x01\0\0,\0\0\0\xE4\x01\0\0)\0\0\0\x02\0\0\0\0\0\xB3\x01\0\0\x1D\0\0\0\0\x02\0\0&\0\0\0\r\x02\0\0#\0\0\0\x02\0\0\0\0\0\xD0\x01\0\0 \0\0\0&\x02\0\0)\0\0\x000\x02\0\0&\0\0\0\x02\0\0\0\0\0\xF0\x01\0\08\0\0\0O\x02\0\0D\0\0\0V\x02\0\0B\0\0\0\x02\0\0\0\0\0(\x02\0\0=\0\0\0\x93\x02\0\0R\0\0\0\x98\x02\0\0F\0\0\0\x02\0\0\0\0\0e\x02\0\08\0\0\0\xE5\x02\0\0E\0\0\0\xDE\x02\0\0@\0\0\0\x02\0\0\0\0\0\x9D\x02\0\0E\0\0\0*\x03\0\0I\0\0\0\x1E\x03\0\0P\0\0\0\x02\0\0\0\0\0\xE2\x02\0\0J\0\0\0s\x03\0\0W\0\0\0n\x03\0\0T\0\0\0\x02\0\0\0\0\0,\x03\0\0E\0\0\0\xCA\x03\0\0J\0\0\0\xC2\x03\0\0N\0\0\0\x02\0\0\0\0\0q\x03\0\0\x1D\0\0\0\x14\x04\0\0&\0\0\0\x10\x04\0\0#\0\0\0\x02\0\0\0\0\0\x8E\x03\0\0\x1D\0\0\0:\x04\0\0&\0\0\x003\x04\0\0#\0\0\0\x02\0\0\0\0\0\xAB\x03\0\0/\0\0\0`\x04\0\08\0\0\0V\x04\0\x006\0\0\0\x02\0\0\0\0\0\xDA\x03\0\x004\0\0\0\x98\x04\0\0G\0\0\0\x8C\x04\0\0:\0\0\0\x02\0\0\0\0\0\x0E\x04\0\0/\0\0\0\xDF\x04\0\09\0\0\0\xC6\x04\0\x004\0\0\0\x02\0\0\0\0\0=\x04\0\0#\0\0\0\x18\x05\0\0,\0\0\0\xFA\x04\0\0)\0\0\0\x02\0\0\0\0\0`\x04\0\0\x1D\0\0\0D\x05\0\0&\0\0\0#\x05\0\0#\0\0\0\x02\0\0\0\0\0}\x04\0\0 \0\0\0j\x05\0\0)\0\0\0F\x05\0\0&\0\0\0\x02\0\0\0\0\0\x9D\x04\0\08\0\0\0\x93\x05\0\0D\0\0\0l\x05\0\0B\0\0\0\x02\0\0\0\0\0\xD5\x04\0\0=\0\0\0\xD7\x05\0\0R\0\0\0\xAE\x05\0\0F\0\0\0\x02\0\0\0\0\0\x12\x05\0\08\0\0\0)\x06\0\0E\0\0\0\xF4\x05\0\0@\0\0\0\x02\0\0\0\0\0J\x05\0\0E\0\0\0n\x06\0\0J\0\0\x004\x06\0\0P\0\0\0\x02\0\0\0\0\0\x8F\x05\0\0J\0\0\0\xB8\x06\0\0X\0\0\0\x84\x06\0\0T\0\0\0\x02\0\0\0\0\0\xD9\x05\0\0E\0\0\0\x10\x07\0\0K\0\0\0\xD8\x06\0\0N\0\0\0\x02\0\0\0\0\0\x1E\x06\0\0\x1D\0\0\0[\x07\0\0&\0\0\0&\x07\0\0#\0\0\0\x02\0\0\0\0\0;\x06\0\0\x1D\0\0\0\x81\x07\0\0&\0\0\0I\x07\0\0#\0\0\0\x02\0\0\0\0\0X\x06\0\0/\0\0\0\xA7\x07\0\08\0\0\0l\x07\0\x006\0\0\0\x02\0\0\0\0\0\x87\x06\0\x004\0\0\0\xDF\x07\0\0G\0\0\0\xA2\x07\0\0:\0\0\0\x02\0\0\0\0\0\xBB\x06\0\0/\0\0\0&\x08\0\09\0\0\0\xDC\x07\0\x004\0\0\0\x03\x01\0\0\0\0\xEA\x06\0\0~\0\0\0_\x08\0\0\x9A\0\0\0\x10\x08\0\0\xC6\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHONEFEATURE_GETBUTTONINFO",
                        "PHONEFEATURE_GETDATA",
                        "PHONEFEATURE_GETDISPLAY",
                        "PHONEFEATURE_GETGAINHANDSET",
                        "PHONEFEATURE_GETGAINSPEAKER",
                        "PHONEFEATURE_GETGAINHEADSET",
                        "PHONEFEATURE_GETHOOKSWITCHHANDSET",
                        "PHONEFEATURE_GETHOOKSWITCHSPEAKER",
                        "PHONEFEATURE_GETHOOKSWITCHHEADSET",
                        "PHONEFEATURE_GETLAMP",
                        "PHONEFEATURE_GETRING",
                        "PHONEFEATURE_GETVOLUMEHANDSET",
                        "PHONEFEATURE_GETVOLUMESPEAKER",
                        "PHONEFEATURE_GETVOLUMEHEADSET",
                        "PHONEFEATURE_SETBUTTONINFO",
                        "PHONEFEATURE_SETDATA",
                        "PHONEFEATURE_SETDISPLAY",
                        "PHONEFEATURE_SETGAINHANDSET",
                        "PHONEFEATURE_SETGAINSPEAKER",
                        "PHONEFEATURE_SETGAINHEADSET",
                        "PHONEFEATURE_SETHOOKSWITCHHANDSET",
                        "PHONEFEATURE_SETHOOKSWITCHSPEAKER",
                        "PHONEFEATURE_SETHOOKSWITCHHEADSET",
                        "PHONEFEATURE_SETLAMP",
                        "PHONEFEATURE_SETRING",
                        "PHONEFEATURE_SETVOLUMEHANDSET",
                        "PHONEFEATURE_SETVOLUMESPEAKER",
                        "PHONEFEATURE_SETVOLUMEHEADSET",
                        "PHONEFEATURE_GENERICPHONE",
                        "GETBUTTONINFO",
                        "GETDATA",
                        "GETDISPLAY",
                        "GETGAINHANDSET",
                        "GETGAINSPEAKER",
                        "GETGAINHEADSET",
                        "GETHOOKSWITCHHANDSET",
                        "GETHOOKSWITCHSPEAKER",
                        "GETHOOKSWITCHHEADSET",
                        "GETLAMP",
                        "GETRING",
                        "GETVOLUMEHANDSET",
                        "GETVOLUMESPEAKER",
                        "GETVOLUMEHEADSET",
                        "SETBUTTONINFO",
                        "SETDATA",
                        "SETDISPLAY",
                        "SETGAINHANDSET",
                        "SETGAINSPEAKER",
                        "SETGAINHEADSET",
                        "SETHOOKSWITCHHANDSET",
                        "SETHOOKSWITCHSPEAKER",
                        "SETHOOKSWITCHHEADSET",
                        "SETLAMP",
                        "SETRING",
                        "SETVOLUMEHANDSET",
                        "SETVOLUMESPEAKER",
                        "SETVOLUMEHEADSET",
                        "GENERICPHONE",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | PHONEFEATURE_GETBUTTONINFO",
                        " | PHONEFEATURE_GETDATA",
                        " | PHONEFEATURE_GETDISPLAY",
                        " | PHONEFEATURE_GETGAINHANDSET",
                        " | PHONEFEATURE_GETGAINSPEAKER",
                        " | PHONEFEATURE_GETGAINHEADSET",
                        " | PHONEFEATURE_GETHOOKSWITCHHANDSET",
                        " | PHONEFEATURE_GETHOOKSWITCHSPEAKER",
                        " | PHONEFEATURE_GETHOOKSWITCHHEADSET",
                        " | PHONEFEATURE_GETLAMP",
                        " | PHONEFEATURE_GETRING",
                        " | PHONEFEATURE_GETVOLUMEHANDSET",
                        " | PHONEFEATURE_GETVOLUMESPEAKER",
                        " | PHONEFEATURE_GETVOLUMEHEADSET",
                        " | PHONEFEATURE_SETBUTTONINFO",
                        " | PHONEFEATURE_SETDATA",
                        " | PHONEFEATURE_SETDISPLAY",
                        " | PHONEFEATURE_SETGAINHANDSET",
                        " | PHONEFEATURE_SETGAINSPEAKER",
                        " | PHONEFEATURE_SETGAINHEADSET",
                        " | PHONEFEATURE_SETHOOKSWITCHHANDSET",
                        " | PHONEFEATURE_SETHOOKSWITCHSPEAKER",
                        " | PHONEFEATURE_SETHOOKSWITCHHEADSET",
                        " | PHONEFEATURE_SETLAMP",
                        " | PHONEFEATURE_SETRING",
                        " | PHONEFEATURE_SETVOLUMEHANDSET",
                        " | PHONEFEATURE_SETVOLUMESPEAKER",
                        " | PHONEFEATURE_SETVOLUMEHEADSET",
                        " | PHONEFEATURE_GENERICPHONE",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: true,
                        seed: 16772581992113794941u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF.\0\x11\0 \0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\"\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF5\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF2\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0\x0C\0\xFF\xFF\xFF\xFF8\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0\r\0\xFF\xFF\xFF\xFF&\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x16\0\x19\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF9\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF0\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF6\0\x19\x001\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF7\0\x1A\0+\0\x0E\0$\0\x07\0\xFF\xFF\xFF\xFF\x17\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\0\0\xFF\xFF\xFF\xFF\x08\0\x08\0#\0\x06\0\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHONEFEATURE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<PhoneFeature>`](::tapi_consts::Flags), named [`PhoneFeatureSet`](crate::families::PhoneFeatureSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `PHONEFEATURE_GETBUTTONINFO` | `0x00000001` | TAPI 2.0 |\n| `PHONEFEATURE_GETDATA` | `0x00000002` | TAPI 2.0 |\n| `PHONEFEATURE_GETDISPLAY` | `0x00000004` | TAPI 2.0 |\n| `PHONEFEATURE_GETGAINHANDSET` | `0x00000008` | TAPI 2.0 |\n| `PHONEFEATURE_GETGAINSPEAKER` | `0x00000010` | TAPI 2.0 |\n| `PHONEFEATURE_GETGAINHEADSET` | `0x00000020` | TAPI 2.0 |\n| `PHONEFEATURE_GETHOOKSWITCHHANDSET` | `0x00000040` | TAPI 2.0 |\n| `PHONEFEATURE_GETHOOKSWITCHSPEAKER` | `0x00000080` | TAPI 2.0 |\n| `PHONEFEATURE_GETHOOKSWITCHHEADSET` | `0x00000100` | TAPI 2.0 |\n| `PHONEFEATURE_GETLAMP` | `0x00000200` | TAPI 2.0 |\n| `PHONEFEATURE_GETRING` | `0x00000400` | TAPI 2.0 |\n| `PHONEFEATURE_GETVOLUMEHANDSET` | `0x00000800` | TAPI 2.0 |\n| `PHONEFEATURE_GETVOLUMESPEAKER` | `0x00001000` | TAPI 2.0 |\n| `PHONEFEATURE_GETVOLUMEHEADSET` | `0x00002000` | TAPI 2.0 |\n| `PHONEFEATURE_SETBUTTONINFO` | `0x00004000` | TAPI 2.0 |\n| `PHONEFEATURE_SETDATA` | `0x00008000` | TAPI 2.0 |\n| `PHONEFEATURE_SETDISPLAY` | `0x00010000` | TAPI 2.0 |\n| `PHONEFEATURE_SETGAINHANDSET` | `0x00020000` | TAPI 2.0 |\n| `PHONEFEATURE_SETGAINSPEAKER` | `0x00040000` | TAPI 2.0 |\n| `PHONEFEATURE_SETGAINHEADSET` | `0x00080000` | TAPI 2.0 |\n| `PHONEFEATURE_SETHOOKSWITCHHANDSET` | `0x00100000` | TAPI 2.0 |\n| `PHONEFEATURE_SETHOOKSWITCHSPEAKER` | `0x00200000` | TAPI 2.0 |\n| `PHONEFEATURE_SETHOOKSWITCHHEADSET` | `0x00400000` | TAPI 2.0 |\n| `PHONEFEATURE_SETLAMP` | `0x00800000` | TAPI 2.0 |\n| `PHONEFEATURE_SETRING` | `0x01000000` | TAPI 2.0 |\n| `PHONEFEATURE_SETVOLUMEHANDSET` | `0x02000000` | TAPI 2.0 |\n| `PHONEFEATURE_SETVOLUMESPEAKER` | `0x04000000` | TAPI 2.0 |\n| `PHONEFEATURE_SETVOLUMEHEADSET` | `0x08000000` | TAPI 2.0 |\n| `PHONEFEATURE_GENERICPHONE` | `0x10000000` | TAPI 3.1 |\n\n# Deutsch\n\nFührt die Telefonoperationen auf, die sich auf einem Telefongerät aufrufen lassen; jedes Bit außer `GenericPhone` steht für die gleichnamige TAPI-Funktion.<br><br>Gemeldet im Feld `dwPhoneFeatures` von `PHONECAPS` (was das Gerät unterstützt) und von `PHONESTATUS` (was im Moment verwendet werden kann). Bei den Funktionen für Mikrofonverstärkung, Gabelumschalter und Lautstärke bezeichnet das Suffix das Gerät mit Gabelumschalter, das der Funktion übergeben wird.\n\n- `PHONEFEATURE_GETBUTTONINFO`: `phoneGetButtonInfo` kann aufgerufen werden.\n- `PHONEFEATURE_GETDATA`: `phoneGetData` kann aufgerufen werden.\n- `PHONEFEATURE_GETDISPLAY`: `phoneGetDisplay` kann aufgerufen werden.\n- `PHONEFEATURE_GETGAINHANDSET`: `phoneGetGain` kann für das Mikrofon des Hörers aufgerufen werden.\n- `PHONEFEATURE_GETGAINSPEAKER`: `phoneGetGain` kann für das Mikrofon der Freisprecheinrichtung aufgerufen werden.\n- `PHONEFEATURE_GETGAINHEADSET`: `phoneGetGain` kann für das Mikrofon des Headsets aufgerufen werden.\n- `PHONEFEATURE_GETHOOKSWITCHHANDSET`: `phoneGetHookSwitch` kann den Gabelumschalter-Zustand des Hörers melden.\n- `PHONEFEATURE_GETHOOKSWITCHSPEAKER`: `phoneGetHookSwitch` kann den Gabelumschalter-Zustand der Freisprecheinrichtung melden.\n- `PHONEFEATURE_GETHOOKSWITCHHEADSET`: `phoneGetHookSwitch` kann den Gabelumschalter-Zustand des Headsets melden.\n- `PHONEFEATURE_GETLAMP`: `phoneGetLamp` kann aufgerufen werden.\n- `PHONEFEATURE_GETRING`: `phoneGetRing` kann aufgerufen werden.\n- `PHONEFEATURE_GETVOLUMEHANDSET`: `phoneGetVolume` kann für den Hörer aufgerufen werden.\n- `PHONEFEATURE_GETVOLUMESPEAKER`: `phoneGetVolume` kann für die Freisprecheinrichtung aufgerufen werden.\n- `PHONEFEATURE_GETVOLUMEHEADSET`: `phoneGetVolume` kann für das Headset aufgerufen werden.\n- `PHONEFEATURE_SETBUTTONINFO`: `phoneSetButtonInfo` kann aufgerufen werden.\n- `PHONEFEATURE_SETDATA`: `phoneSetData` kann aufgerufen werden.\n- `PHONEFEATURE_SETDISPLAY`: `phoneSetDisplay` kann aufgerufen werden.\n- `PHONEFEATURE_SETGAINHANDSET`: `phoneSetGain` kann für das Mikrofon des Hörers aufgerufen werden.\n- `PHONEFEATURE_SETGAINSPEAKER`: `phoneSetGain` kann für das Mikrofon der Freisprecheinrichtung aufgerufen werden.\n- `PHONEFEATURE_SETGAINHEADSET`: `phoneSetGain` kann für das Mikrofon des Headsets aufgerufen werden.\n- `PHONEFEATURE_SETHOOKSWITCHHANDSET`: `phoneSetHookSwitch` kann den Gabelumschalter-Zustand des Hörers ändern.\n- `PHONEFEATURE_SETHOOKSWITCHSPEAKER`: `phoneSetHookSwitch` kann den Gabelumschalter-Zustand der Freisprecheinrichtung ändern.\n- `PHONEFEATURE_SETHOOKSWITCHHEADSET`: `phoneSetHookSwitch` kann den Gabelumschalter-Zustand des Headsets ändern.\n- `PHONEFEATURE_SETLAMP`: `phoneSetLamp` kann aufgerufen werden.\n- `PHONEFEATURE_SETRING`: `phoneSetRing` kann aufgerufen werden.\n- `PHONEFEATURE_SETVOLUMEHANDSET`: `phoneSetVolume` kann für den Hörer aufgerufen werden.\n- `PHONEFEATURE_SETVOLUMESPEAKER`: `phoneSetVolume` kann für die Freisprecheinrichtung aufgerufen werden.\n- `PHONEFEATURE_SETVOLUMEHEADSET`: `phoneSetVolume` kann für das Headset aufgerufen werden.\n- `PHONEFEATURE_GENERICPHONE`: Kennzeichnet das Gerät als generisches Telefon; entspricht keiner einzelnen Funktion und ist nur für Anwendungen mit TAPI 3.0 oder höher von Bedeutung.\n\n# Français\n\nÉnumère les opérations qu’il est possible d’invoquer sur un périphérique téléphonique ; chaque bit, sauf `GenericPhone`, correspond à la fonction TAPI de même nom.<br><br>Fourni dans le membre `dwPhoneFeatures` de `PHONECAPS` (ce que le périphérique prend en charge) et de `PHONESTATUS` (ce qui est utilisable à cet instant). Pour les fonctions de gain, de commutateur crochet et de volume, le suffixe désigne le périphérique à commutateur crochet passé à la fonction.\n\n- `PHONEFEATURE_GETBUTTONINFO`: `phoneGetButtonInfo` peut être appelée.\n- `PHONEFEATURE_GETDATA`: `phoneGetData` peut être appelée.\n- `PHONEFEATURE_GETDISPLAY`: `phoneGetDisplay` peut être appelée.\n- `PHONEFEATURE_GETGAINHANDSET`: `phoneGetGain` peut être appelée pour le microphone du combiné.\n- `PHONEFEATURE_GETGAINSPEAKER`: `phoneGetGain` peut être appelée pour le microphone du haut-parleur.\n- `PHONEFEATURE_GETGAINHEADSET`: `phoneGetGain` peut être appelée pour le microphone du casque.\n- `PHONEFEATURE_GETHOOKSWITCHHANDSET`: `phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du combiné.\n- `PHONEFEATURE_GETHOOKSWITCHSPEAKER`: `phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du haut-parleur.\n- `PHONEFEATURE_GETHOOKSWITCHHEADSET`: `phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du casque.\n- `PHONEFEATURE_GETLAMP`: `phoneGetLamp` peut être appelée.\n- `PHONEFEATURE_GETRING`: `phoneGetRing` peut être appelée.\n- `PHONEFEATURE_GETVOLUMEHANDSET`: `phoneGetVolume` peut être appelée pour le combiné.\n- `PHONEFEATURE_GETVOLUMESPEAKER`: `phoneGetVolume` peut être appelée pour le haut-parleur.\n- `PHONEFEATURE_GETVOLUMEHEADSET`: `phoneGetVolume` peut être appelée pour le casque.\n- `PHONEFEATURE_SETBUTTONINFO`: `phoneSetButtonInfo` peut être appelée.\n- `PHONEFEATURE_SETDATA`: `phoneSetData` peut être appelée.\n- `PHONEFEATURE_SETDISPLAY`: `phoneSetDisplay` peut être appelée.\n- `PHONEFEATURE_SETGAINHANDSET`: `phoneSetGain` peut être appelée pour le microphone du combiné.\n- `PHONEFEATURE_SETGAINSPEAKER`: `phoneSetGain` peut être appelée pour le microphone du haut-parleur.\n- `PHONEFEATURE_SETGAINHEADSET`: `phoneSetGain` peut être appelée pour le microphone du casque.\n- `PHONEFEATURE_SETHOOKSWITCHHANDSET`: `phoneSetHookSwitch` peut modifier l’état du commutateur crochet du combiné.\n- `PHONEFEATURE_SETHOOKSWITCHSPEAKER`: `phoneSetHookSwitch` peut modifier l’état du commutateur crochet du haut-parleur.\n- `PHONEFEATURE_SETHOOKSWITCHHEADSET`: `phoneSetHookSwitch` peut modifier l’état du commutateur crochet du casque.\n- `PHONEFEATURE_SETLAMP`: `phoneSetLamp` peut être appelée.\n- `PHONEFEATURE_SETRING`: `phoneSetRing` peut être appelée.\n- `PHONEFEATURE_SETVOLUMEHANDSET`: `phoneSetVolume` peut être appelée pour le combiné.\n- `PHONEFEATURE_SETVOLUMESPEAKER`: `phoneSetVolume` peut être appelée pour le haut-parleur.\n- `PHONEFEATURE_SETVOLUMEHEADSET`: `phoneSetVolume` peut être appelée pour le casque.\n- `PHONEFEATURE_GENERICPHONE`: Signale que le périphérique est un téléphone générique ; ne correspond à aucune fonction particulière et ne concerne que les applications ayant négocié TAPI 3.0 ou une version ultérieure.\n"
    )]
    impl PhoneFeature {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::GetButtonInfo,
            Self::GetData,
            Self::GetDisplay,
            Self::GetGainHandset,
            Self::GetGainSpeaker,
            Self::GetGainHeadset,
            Self::GetHookSwitchHandset,
            Self::GetHookSwitchSpeaker,
            Self::GetHookSwitchHeadset,
            Self::GetLamp,
            Self::GetRing,
            Self::GetVolumeHandset,
            Self::GetVolumeSpeaker,
            Self::GetVolumeHeadset,
            Self::SetButtonInfo,
            Self::SetData,
            Self::SetDisplay,
            Self::SetGainHandset,
            Self::SetGainSpeaker,
            Self::SetGainHeadset,
            Self::SetHookSwitchHandset,
            Self::SetHookSwitchSpeaker,
            Self::SetHookSwitchHeadset,
            Self::SetLamp,
            Self::SetRing,
            Self::SetVolumeHandset,
            Self::SetVolumeSpeaker,
            Self::SetVolumeHeadset,
            Self::GenericPhone,
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
                1 => __tapi::Some(Self::GetButtonInfo),
                2 => __tapi::Some(Self::GetData),
                4 => __tapi::Some(Self::GetDisplay),
                8 => __tapi::Some(Self::GetGainHandset),
                16 => __tapi::Some(Self::GetGainSpeaker),
                32 => __tapi::Some(Self::GetGainHeadset),
                64 => __tapi::Some(Self::GetHookSwitchHandset),
                128 => __tapi::Some(Self::GetHookSwitchSpeaker),
                256 => __tapi::Some(Self::GetHookSwitchHeadset),
                512 => __tapi::Some(Self::GetLamp),
                1024 => __tapi::Some(Self::GetRing),
                2048 => __tapi::Some(Self::GetVolumeHandset),
                4096 => __tapi::Some(Self::GetVolumeSpeaker),
                8192 => __tapi::Some(Self::GetVolumeHeadset),
                16384 => __tapi::Some(Self::SetButtonInfo),
                32768 => __tapi::Some(Self::SetData),
                65536 => __tapi::Some(Self::SetDisplay),
                131072 => __tapi::Some(Self::SetGainHandset),
                262144 => __tapi::Some(Self::SetGainSpeaker),
                524288 => __tapi::Some(Self::SetGainHeadset),
                1048576 => __tapi::Some(Self::SetHookSwitchHandset),
                2097152 => __tapi::Some(Self::SetHookSwitchSpeaker),
                4194304 => __tapi::Some(Self::SetHookSwitchHeadset),
                8388608 => __tapi::Some(Self::SetLamp),
                16777216 => __tapi::Some(Self::SetRing),
                33554432 => __tapi::Some(Self::SetVolumeHandset),
                67108864 => __tapi::Some(Self::SetVolumeSpeaker),
                134217728 => __tapi::Some(Self::SetVolumeHeadset),
                268435456 => __tapi::Some(Self::GenericPhone),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PHONEFEATURE_GETBUTTONINFO`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhoneFeature {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneFeature> for ::core::primitive::u32 {
        #[inline]
        fn from(member: PhoneFeature) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for PhoneFeature {
        type Error = ::tapi_consts::UnknownValueError<PhoneFeature>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneFeature {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneFeature {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for PhoneFeature {}
    #[automatically_derived]
    impl ::core::ops::BitOr for PhoneFeature {
        type Output = ::tapi_consts::Flags<PhoneFeature>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<PhoneFeature> {
            <::tapi_consts::Flags<
                PhoneFeature,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<PhoneFeature>> for PhoneFeature {
        type Output = ::tapi_consts::Flags<PhoneFeature>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<PhoneFeature>,
        ) -> ::tapi_consts::Flags<PhoneFeature> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneFeature, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(PhoneFeature);
};
///The `PHONEFEATURE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_phonefeature {
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetButtonInfo`](super::PhoneFeature::GetButtonInfo)."
    )]
    pub const PHONEFEATURE_GETBUTTONINFO: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetData`](super::PhoneFeature::GetData)."
    )]
    pub const PHONEFEATURE_GETDATA: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetDisplay`](super::PhoneFeature::GetDisplay)."
    )]
    pub const PHONEFEATURE_GETDISPLAY: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetGainHandset`](super::PhoneFeature::GetGainHandset)."
    )]
    pub const PHONEFEATURE_GETGAINHANDSET: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetGainSpeaker`](super::PhoneFeature::GetGainSpeaker)."
    )]
    pub const PHONEFEATURE_GETGAINSPEAKER: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetGainHeadset`](super::PhoneFeature::GetGainHeadset)."
    )]
    pub const PHONEFEATURE_GETGAINHEADSET: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetHookSwitchHandset`](super::PhoneFeature::GetHookSwitchHandset)."
    )]
    pub const PHONEFEATURE_GETHOOKSWITCHHANDSET: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetHookSwitchSpeaker`](super::PhoneFeature::GetHookSwitchSpeaker)."
    )]
    pub const PHONEFEATURE_GETHOOKSWITCHSPEAKER: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetHookSwitchHeadset`](super::PhoneFeature::GetHookSwitchHeadset)."
    )]
    pub const PHONEFEATURE_GETHOOKSWITCHHEADSET: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetLamp`](super::PhoneFeature::GetLamp)."
    )]
    pub const PHONEFEATURE_GETLAMP: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetRing`](super::PhoneFeature::GetRing)."
    )]
    pub const PHONEFEATURE_GETRING: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetVolumeHandset`](super::PhoneFeature::GetVolumeHandset)."
    )]
    pub const PHONEFEATURE_GETVOLUMEHANDSET: ::core::primitive::u32 = 2048;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetVolumeSpeaker`](super::PhoneFeature::GetVolumeSpeaker)."
    )]
    pub const PHONEFEATURE_GETVOLUMESPEAKER: ::core::primitive::u32 = 4096;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GetVolumeHeadset`](super::PhoneFeature::GetVolumeHeadset)."
    )]
    pub const PHONEFEATURE_GETVOLUMEHEADSET: ::core::primitive::u32 = 8192;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetButtonInfo`](super::PhoneFeature::SetButtonInfo)."
    )]
    pub const PHONEFEATURE_SETBUTTONINFO: ::core::primitive::u32 = 16384;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetData`](super::PhoneFeature::SetData)."
    )]
    pub const PHONEFEATURE_SETDATA: ::core::primitive::u32 = 32768;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetDisplay`](super::PhoneFeature::SetDisplay)."
    )]
    pub const PHONEFEATURE_SETDISPLAY: ::core::primitive::u32 = 65536;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetGainHandset`](super::PhoneFeature::SetGainHandset)."
    )]
    pub const PHONEFEATURE_SETGAINHANDSET: ::core::primitive::u32 = 131072;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetGainSpeaker`](super::PhoneFeature::SetGainSpeaker)."
    )]
    pub const PHONEFEATURE_SETGAINSPEAKER: ::core::primitive::u32 = 262144;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetGainHeadset`](super::PhoneFeature::SetGainHeadset)."
    )]
    pub const PHONEFEATURE_SETGAINHEADSET: ::core::primitive::u32 = 524288;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetHookSwitchHandset`](super::PhoneFeature::SetHookSwitchHandset)."
    )]
    pub const PHONEFEATURE_SETHOOKSWITCHHANDSET: ::core::primitive::u32 = 1048576;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetHookSwitchSpeaker`](super::PhoneFeature::SetHookSwitchSpeaker)."
    )]
    pub const PHONEFEATURE_SETHOOKSWITCHSPEAKER: ::core::primitive::u32 = 2097152;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetHookSwitchHeadset`](super::PhoneFeature::SetHookSwitchHeadset)."
    )]
    pub const PHONEFEATURE_SETHOOKSWITCHHEADSET: ::core::primitive::u32 = 4194304;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetLamp`](super::PhoneFeature::SetLamp)."
    )]
    pub const PHONEFEATURE_SETLAMP: ::core::primitive::u32 = 8388608;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetRing`](super::PhoneFeature::SetRing)."
    )]
    pub const PHONEFEATURE_SETRING: ::core::primitive::u32 = 16777216;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetVolumeHandset`](super::PhoneFeature::SetVolumeHandset)."
    )]
    pub const PHONEFEATURE_SETVOLUMEHANDSET: ::core::primitive::u32 = 33554432;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetVolumeSpeaker`](super::PhoneFeature::SetVolumeSpeaker)."
    )]
    pub const PHONEFEATURE_SETVOLUMESPEAKER: ::core::primitive::u32 = 67108864;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::SetVolumeHeadset`](super::PhoneFeature::SetVolumeHeadset)."
    )]
    pub const PHONEFEATURE_SETVOLUMEHEADSET: ::core::primitive::u32 = 134217728;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneFeature::GenericPhone`](super::PhoneFeature::GenericPhone)."
    )]
    pub const PHONEFEATURE_GENERICPHONE: ::core::primitive::u32 = 268435456;
}
/// Names the audio input/output devices of a phone set that each have their own hook switch
/// under computer control.
///
/// Used in the `dwHookSwitchDevs` member of `PHONECAPS` (which devices exist), as the
/// device selector of `phoneSetHookSwitch` and in the result of `phoneGetHookSwitch`
/// (which devices are off hook). No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum PhoneHookSwitchDev {
    /// The ordinary handset, with its earpiece and mouthpiece.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEHOOKSWITCHDEV_HANDSET` = `0x00000001`")]
    Handset = 0x0000_0001,
    /// The speakerphone: a built-in loudspeaker and microphone, or an external speaker unit attached to the set.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEHOOKSWITCHDEV_SPEAKER` = `0x00000002`")]
    Speaker = 0x0000_0002,
    /// A headset plugged into the phone set.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEHOOKSWITCHDEV_HEADSET` = `0x00000004`")]
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
                    "Names the audio input/output devices of a phone set that each have their own hook switch under computer control.\n\nUsed in the `dwHookSwitchDevs` member of `PHONECAPS` (which devices exist), as the device selector of `phoneSetHookSwitch` and in the result of `phoneGetHookSwitch` (which devices are off hook). No bits are open for extensions.The ordinary handset, with its earpiece and mouthpiece.The speakerphone: a built-in loudspeaker and microphone, or an external speaker unit attached to the set.A headset plugged into the phone set."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Bezeichnet die Audio-Ein-/Ausgabegeräte eines Telefons, die jeweils einen eigenen, vom Computer steuerbaren Gabelumschalter haben.\n\nVerwendet im Feld `dwHookSwitchDevs` von `PHONECAPS` (welche Geräte vorhanden sind), als Geräteauswahl von `phoneSetHookSwitch` und im Ergebnis von `phoneGetHookSwitch` (welche Geräte abgehoben sind). Für Erweiterungen sind keine Bits frei.Der gewöhnliche Hörer mit Hörkapsel und Sprechkapsel.Die Freisprecheinrichtung: ein eingebauter Lautsprecher mit Mikrofon oder eine am Telefon angeschlossene externe Lautsprechereinheit.Ein am Telefon angeschlossenes Headset."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Désigne les périphériques d’entrée/sortie audio d’un poste téléphonique qui possèdent chacun leur propre commutateur crochet pilotable par l’ordinateur.\n\nUtilisé dans le membre `dwHookSwitchDevs` de `PHONECAPS` (périphériques présents), comme sélecteur de périphérique de `phoneSetHookSwitch` et dans le résultat de `phoneGetHookSwitch` (périphériques décrochés). Aucun bit n’est ouvert aux extensions.Le combiné ordinaire, avec son écouteur et son microphone.Le haut-parleur : haut-parleur et microphone intégrés, ou unité de haut-parleur externe raccordée au poste.Un casque branché sur le poste téléphonique."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneHookSwitchDev",
            prefix: "PHONEHOOKSWITCHDEV_",
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
                    "PHONEHOOKSWITCHDEV_HANDSET",
                    "PHONEHOOKSWITCHDEV_SPEAKER",
                    "PHONEHOOKSWITCHDEV_HEADSET",
                ],
                bits: &[1u64, 2u64, 4u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0U\x01\0\0\0\0\0\0y\x01\0\0\0\0\0\0\xAD\x01\0\0\xFF\xFF\0\0\0\0U\x01\0\x007\0\0\0y\x01\0\08\0\0\0\xAD\x01\0\0<\0\0\0\xFF\xFF\0\0\0\0\x8C\x01\0\0i\0\0\0\xB1\x01\0\0\x85\0\0\0\xE9\x01\0\0o\0\0\0\xFF\xFF\0\0\0\0\xF5\x01\0\0%\0\0\x006\x02\0\0'\0\0\0X\x02\0\0/\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHONEHOOKSWITCHDEV_HANDSET",
                        "PHONEHOOKSWITCHDEV_SPEAKER",
                        "PHONEHOOKSWITCHDEV_HEADSET",
                        "HANDSET",
                        "SPEAKER",
                        "HEADSET",
                    ],
                    by_value: b"\0\0\x01\0\x02\0",
                    bit_index: b"\0\0\x01\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | PHONEHOOKSWITCHDEV_HANDSET",
                        " | PHONEHOOKSWITCHDEV_SPEAKER",
                        " | PHONEHOOKSWITCHDEV_HEADSET",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x02\0\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHONEHOOKSWITCHDEV_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<PhoneHookSwitchDev>`](::tapi_consts::Flags), named [`PhoneHookSwitchDevSet`](crate::families::PhoneHookSwitchDevSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `PHONEHOOKSWITCHDEV_HANDSET` | `0x00000001` |\n| `PHONEHOOKSWITCHDEV_SPEAKER` | `0x00000002` |\n| `PHONEHOOKSWITCHDEV_HEADSET` | `0x00000004` |\n\n# Deutsch\n\nBezeichnet die Audio-Ein-/Ausgabegeräte eines Telefons, die jeweils einen eigenen, vom Computer steuerbaren Gabelumschalter haben.<br><br>Verwendet im Feld `dwHookSwitchDevs` von `PHONECAPS` (welche Geräte vorhanden sind), als Geräteauswahl von `phoneSetHookSwitch` und im Ergebnis von `phoneGetHookSwitch` (welche Geräte abgehoben sind). Für Erweiterungen sind keine Bits frei.\n\n- `PHONEHOOKSWITCHDEV_HANDSET`: Der gewöhnliche Hörer mit Hörkapsel und Sprechkapsel.\n- `PHONEHOOKSWITCHDEV_SPEAKER`: Die Freisprecheinrichtung: ein eingebauter Lautsprecher mit Mikrofon oder eine am Telefon angeschlossene externe Lautsprechereinheit.\n- `PHONEHOOKSWITCHDEV_HEADSET`: Ein am Telefon angeschlossenes Headset.\n\n# Français\n\nDésigne les périphériques d’entrée/sortie audio d’un poste téléphonique qui possèdent chacun leur propre commutateur crochet pilotable par l’ordinateur.<br><br>Utilisé dans le membre `dwHookSwitchDevs` de `PHONECAPS` (périphériques présents), comme sélecteur de périphérique de `phoneSetHookSwitch` et dans le résultat de `phoneGetHookSwitch` (périphériques décrochés). Aucun bit n’est ouvert aux extensions.\n\n- `PHONEHOOKSWITCHDEV_HANDSET`: Le combiné ordinaire, avec son écouteur et son microphone.\n- `PHONEHOOKSWITCHDEV_SPEAKER`: Le haut-parleur : haut-parleur et microphone intégrés, ou unité de haut-parleur externe raccordée au poste.\n- `PHONEHOOKSWITCHDEV_HEADSET`: Un casque branché sur le poste téléphonique.\n"
    )]
    impl PhoneHookSwitchDev {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Handset, Self::Speaker, Self::Headset];
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
                1 => __tapi::Some(Self::Handset),
                2 => __tapi::Some(Self::Speaker),
                4 => __tapi::Some(Self::Headset),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PHONEHOOKSWITCHDEV_HANDSET`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhoneHookSwitchDev {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneHookSwitchDev> for ::core::primitive::u32 {
        #[inline]
        fn from(member: PhoneHookSwitchDev) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for PhoneHookSwitchDev {
        type Error = ::tapi_consts::UnknownValueError<PhoneHookSwitchDev>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneHookSwitchDev {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneHookSwitchDev {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for PhoneHookSwitchDev {}
    #[automatically_derived]
    impl ::core::ops::BitOr for PhoneHookSwitchDev {
        type Output = ::tapi_consts::Flags<PhoneHookSwitchDev>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<PhoneHookSwitchDev> {
            <::tapi_consts::Flags<
                PhoneHookSwitchDev,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<PhoneHookSwitchDev>>
    for PhoneHookSwitchDev {
        type Output = ::tapi_consts::Flags<PhoneHookSwitchDev>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<PhoneHookSwitchDev>,
        ) -> ::tapi_consts::Flags<PhoneHookSwitchDev> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneHookSwitchDev, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(PhoneHookSwitchDev);
};
///The `PHONEHOOKSWITCHDEV_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_phonehookswitchdev {
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneHookSwitchDev::Handset`](super::PhoneHookSwitchDev::Handset)."
    )]
    pub const PHONEHOOKSWITCHDEV_HANDSET: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneHookSwitchDev::Speaker`](super::PhoneHookSwitchDev::Speaker)."
    )]
    pub const PHONEHOOKSWITCHDEV_SPEAKER: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneHookSwitchDev::Headset`](super::PhoneHookSwitchDev::Headset)."
    )]
    pub const PHONEHOOKSWITCHDEV_HEADSET: ::core::primitive::u32 = 4;
}
/// Tells which of the microphone and speaker of a hook switch device are active, giving
/// separate control over the two.
///
/// Passed as the mode of `phoneSetHookSwitch`, reported in the `dwHandsetHookSwitchMode`,
/// `dwSpeakerHookSwitchMode` and `dwHeadsetHookSwitchMode` members of `PHONESTATUS`, and
/// listed per device in `PHONECAPS`. No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum PhoneHookSwitchMode {
    /// Both the microphone and the speaker of the device are on hook.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEHOOKSWITCHMODE_ONHOOK` = `0x00000001`")]
    OnHook = 0x0000_0001,
    /// Only the microphone is active; the speaker is muted.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEHOOKSWITCHMODE_MIC` = `0x00000002`")]
    Mic = 0x0000_0002,
    /// Only the speaker is active; the microphone is muted.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEHOOKSWITCHMODE_SPEAKER` = `0x00000004`")]
    Speaker = 0x0000_0004,
    /// Both the microphone and the speaker are active.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEHOOKSWITCHMODE_MICSPEAKER` = `0x00000008`")]
    MicSpeaker = 0x0000_0008,
    /// The hook switch mode of the device cannot be determined at the moment.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEHOOKSWITCHMODE_UNKNOWN` = `0x00000010`")]
    Unknown = 0x0000_0010,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Tells which of the microphone and speaker of a hook switch device are active, giving separate control over the two.\n\nPassed as the mode of `phoneSetHookSwitch`, reported in the `dwHandsetHookSwitchMode`, `dwSpeakerHookSwitchMode` and `dwHeadsetHookSwitchMode` members of `PHONESTATUS`, and listed per device in `PHONECAPS`. No bits are open for extensions.Both the microphone and the speaker of the device are on hook.Only the microphone is active; the speaker is muted.Only the speaker is active; the microphone is muted.Both the microphone and the speaker are active.The hook switch mode of the device cannot be determined at the moment."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Gibt an, welche der beiden Komponenten Mikrofon und Lautsprecher eines Geräts mit Gabelumschalter aktiv sind, sodass sich beide getrennt steuern lassen.\n\nWird `phoneSetHookSwitch` als Modus übergeben, in den Feldern `dwHandsetHookSwitchMode`, `dwSpeakerHookSwitchMode` und `dwHeadsetHookSwitchMode` von `PHONESTATUS` gemeldet und in `PHONECAPS` für jedes Gerät aufgeführt. Für Erweiterungen sind keine Bits frei.Mikrofon und Lautsprecher des Geräts sind beide aufgelegt.Nur das Mikrofon ist aktiv; der Lautsprecher ist stummgeschaltet.Nur der Lautsprecher ist aktiv; das Mikrofon ist stummgeschaltet.Mikrofon und Lautsprecher sind beide aktiv.Der Gabelumschalter-Modus des Geräts lässt sich derzeit nicht ermitteln."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Indique lesquels du microphone et du haut-parleur d’un périphérique à commutateur crochet sont actifs, ce qui permet de les commander séparément.\n\nPassé comme mode à `phoneSetHookSwitch`, fourni dans les membres `dwHandsetHookSwitchMode`, `dwSpeakerHookSwitchMode` et `dwHeadsetHookSwitchMode` de `PHONESTATUS`, et énuméré pour chaque périphérique dans `PHONECAPS`. Aucun bit n’est ouvert aux extensions.Le microphone et le haut-parleur du périphérique sont tous deux raccrochés.Seul le microphone est actif ; le haut-parleur est coupé.Seul le haut-parleur est actif ; le microphone est coupé.Le microphone et le haut-parleur sont tous deux actifs.Le mode du commutateur crochet du périphérique ne peut pas être déterminé pour le moment."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneHookSwitchMode",
            prefix: "PHONEHOOKSWITCHMODE_",
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
                    "PHONEHOOKSWITCHMODE_ONHOOK",
                    "PHONEHOOKSWITCHMODE_MIC",
                    "PHONEHOOKSWITCHMODE_SPEAKER",
                    "PHONEHOOKSWITCHMODE_MICSPEAKER",
                    "PHONEHOOKSWITCHMODE_UNKNOWN",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0d\x01\0\0\0\0\0\0\xA2\x01\0\0\0\0\0\0\xA4\x01\0\0\xFF\xFF\0\0\0\0d\x01\0\0>\0\0\0\xA2\x01\0\0;\0\0\0\xA4\x01\0\0N\0\0\0\xFF\xFF\0\0\0\0\xA2\x01\0\x004\0\0\0\xDD\x01\0\0A\0\0\0\xF2\x01\0\0:\0\0\0\xFF\xFF\0\0\0\0\xD6\x01\0\x004\0\0\0\x1E\x02\0\0A\0\0\0,\x02\0\0:\0\0\0\xFF\xFF\0\0\0\0\n\x02\0\0/\0\0\0_\x02\0\0+\0\0\0f\x02\0\x007\0\0\0\xFF\xFF\0\0\0\09\x02\0\0F\0\0\0\x8A\x02\0\0J\0\0\0\x9D\x02\0\0^\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHONEHOOKSWITCHMODE_ONHOOK",
                        "PHONEHOOKSWITCHMODE_MIC",
                        "PHONEHOOKSWITCHMODE_SPEAKER",
                        "PHONEHOOKSWITCHMODE_MICSPEAKER",
                        "PHONEHOOKSWITCHMODE_UNKNOWN",
                        "ONHOOK",
                        "MIC",
                        "SPEAKER",
                        "MICSPEAKER",
                        "UNKNOWN",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | PHONEHOOKSWITCHMODE_ONHOOK",
                        " | PHONEHOOKSWITCHMODE_MIC",
                        " | PHONEHOOKSWITCHMODE_SPEAKER",
                        " | PHONEHOOKSWITCHMODE_MICSPEAKER",
                        " | PHONEHOOKSWITCHMODE_UNKNOWN",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 57u32,
                        slots: b"\x05\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHONEHOOKSWITCHMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<PhoneHookSwitchMode>`](::tapi_consts::Flags), named [`PhoneHookSwitchModeSet`](crate::families::PhoneHookSwitchModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `PHONEHOOKSWITCHMODE_ONHOOK` | `0x00000001` |\n| `PHONEHOOKSWITCHMODE_MIC` | `0x00000002` |\n| `PHONEHOOKSWITCHMODE_SPEAKER` | `0x00000004` |\n| `PHONEHOOKSWITCHMODE_MICSPEAKER` | `0x00000008` |\n| `PHONEHOOKSWITCHMODE_UNKNOWN` | `0x00000010` |\n\n# Deutsch\n\nGibt an, welche der beiden Komponenten Mikrofon und Lautsprecher eines Geräts mit Gabelumschalter aktiv sind, sodass sich beide getrennt steuern lassen.<br><br>Wird `phoneSetHookSwitch` als Modus übergeben, in den Feldern `dwHandsetHookSwitchMode`, `dwSpeakerHookSwitchMode` und `dwHeadsetHookSwitchMode` von `PHONESTATUS` gemeldet und in `PHONECAPS` für jedes Gerät aufgeführt. Für Erweiterungen sind keine Bits frei.\n\n- `PHONEHOOKSWITCHMODE_ONHOOK`: Mikrofon und Lautsprecher des Geräts sind beide aufgelegt.\n- `PHONEHOOKSWITCHMODE_MIC`: Nur das Mikrofon ist aktiv; der Lautsprecher ist stummgeschaltet.\n- `PHONEHOOKSWITCHMODE_SPEAKER`: Nur der Lautsprecher ist aktiv; das Mikrofon ist stummgeschaltet.\n- `PHONEHOOKSWITCHMODE_MICSPEAKER`: Mikrofon und Lautsprecher sind beide aktiv.\n- `PHONEHOOKSWITCHMODE_UNKNOWN`: Der Gabelumschalter-Modus des Geräts lässt sich derzeit nicht ermitteln.\n\n# Français\n\nIndique lesquels du microphone et du haut-parleur d’un périphérique à commutateur crochet sont actifs, ce qui permet de les commander séparément.<br><br>Passé comme mode à `phoneSetHookSwitch`, fourni dans les membres `dwHandsetHookSwitchMode`, `dwSpeakerHookSwitchMode` et `dwHeadsetHookSwitchMode` de `PHONESTATUS`, et énuméré pour chaque périphérique dans `PHONECAPS`. Aucun bit n’est ouvert aux extensions.\n\n- `PHONEHOOKSWITCHMODE_ONHOOK`: Le microphone et le haut-parleur du périphérique sont tous deux raccrochés.\n- `PHONEHOOKSWITCHMODE_MIC`: Seul le microphone est actif ; le haut-parleur est coupé.\n- `PHONEHOOKSWITCHMODE_SPEAKER`: Seul le haut-parleur est actif ; le microphone est coupé.\n- `PHONEHOOKSWITCHMODE_MICSPEAKER`: Le microphone et le haut-parleur sont tous deux actifs.\n- `PHONEHOOKSWITCHMODE_UNKNOWN`: Le mode du commutateur crochet du périphérique ne peut pas être déterminé pour le moment.\n"
    )]
    impl PhoneHookSwitchMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::OnHook,
            Self::Mic,
            Self::Speaker,
            Self::MicSpeaker,
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
                1 => __tapi::Some(Self::OnHook),
                2 => __tapi::Some(Self::Mic),
                4 => __tapi::Some(Self::Speaker),
                8 => __tapi::Some(Self::MicSpeaker),
                16 => __tapi::Some(Self::Unknown),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PHONEHOOKSWITCHMODE_ONHOOK`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhoneHookSwitchMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneHookSwitchMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: PhoneHookSwitchMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for PhoneHookSwitchMode {
        type Error = ::tapi_consts::UnknownValueError<PhoneHookSwitchMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneHookSwitchMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneHookSwitchMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for PhoneHookSwitchMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for PhoneHookSwitchMode {
        type Output = ::tapi_consts::Flags<PhoneHookSwitchMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<PhoneHookSwitchMode> {
            <::tapi_consts::Flags<
                PhoneHookSwitchMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<PhoneHookSwitchMode>>
    for PhoneHookSwitchMode {
        type Output = ::tapi_consts::Flags<PhoneHookSwitchMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<PhoneHookSwitchMode>,
        ) -> ::tapi_consts::Flags<PhoneHookSwitchMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneHookSwitchMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(PhoneHookSwitchMode);
};
///The `PHONEHOOKSWITCHMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_phonehookswitchmode {
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneHookSwitchMode::OnHook`](super::PhoneHookSwitchMode::OnHook)."
    )]
    pub const PHONEHOOKSWITCHMODE_ONHOOK: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneHookSwitchMode::Mic`](super::PhoneHookSwitchMode::Mic)."
    )]
    pub const PHONEHOOKSWITCHMODE_MIC: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneHookSwitchMode::Speaker`](super::PhoneHookSwitchMode::Speaker)."
    )]
    pub const PHONEHOOKSWITCHMODE_SPEAKER: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneHookSwitchMode::MicSpeaker`](super::PhoneHookSwitchMode::MicSpeaker)."
    )]
    pub const PHONEHOOKSWITCHMODE_MICSPEAKER: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneHookSwitchMode::Unknown`](super::PhoneHookSwitchMode::Unknown)."
    )]
    pub const PHONEHOOKSWITCHMODE_UNKNOWN: ::core::primitive::u32 = 16;
}
/// Selects the privilege with which an application opens a phone device.
///
/// Passed in the `dwPrivilege` parameter of `phoneOpen`. No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum PhonePrivilege {
    /// Monitor privilege: the application is told about the phone's events and state changes but may only call status functions, never ones that change the phone. Several applications can monitor the same phone at once.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEPRIVILEGE_MONITOR` = `0x00000001`")]
    Monitor = 0x0000_0001,
    /// Owner privilege: the application may change the phone's lamps, ringer, display, hook switch and data areas, and also receives monitoring information. Only one application at a time can own a phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEPRIVILEGE_OWNER` = `0x00000002`")]
    Owner = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Selects the privilege with which an application opens a phone device.\n\nPassed in the `dwPrivilege` parameter of `phoneOpen`. No bits are open for extensions.Monitor privilege: the application is told about the phone's events and state changes but may only call status functions, never ones that change the phone. Several applications can monitor the same phone at once.Owner privilege: the application may change the phone's lamps, ringer, display, hook switch and data areas, and also receives monitoring information. Only one application at a time can own a phone."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Wählt die Berechtigung, mit der eine Anwendung ein Telefongerät öffnet.\n\nWird im Parameter `dwPrivilege` von `phoneOpen` übergeben. Für Erweiterungen sind keine Bits frei.Überwachungsberechtigung: Die Anwendung wird über Ereignisse und Zustandsänderungen des Telefongeräts informiert, darf aber nur Statusfunktionen aufrufen, niemals Funktionen, die das Telefongerät verändern. Mehrere Anwendungen können dasselbe Telefongerät gleichzeitig überwachen.Besitzerprivileg: Die Anwendung darf Leuchtanzeigen, Rufsignal, Display, Gabelumschalter und Datenbereiche des Telefongeräts ändern und erhält außerdem die Überwachungsinformationen. Ein Telefongerät kann jeweils nur eine Anwendung als Besitzer haben."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Choisit le privilège avec lequel une application ouvre un périphérique téléphonique.\n\nPassé dans le paramètre `dwPrivilege` de `phoneOpen`. Aucun bit n’est ouvert aux extensions.Privilège de surveillance : l’application est informée des événements et changements d’état du poste, mais ne peut appeler que des fonctions d’état, jamais des fonctions qui modifient le poste. Plusieurs applications peuvent surveiller le même poste simultanément.Privilège de propriétaire : l’application peut modifier les voyants, la sonnerie, l’afficheur, le commutateur crochet et les zones de données du poste, et reçoit aussi les informations de surveillance. Une seule application à la fois peut être propriétaire d’un poste."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhonePrivilege",
            prefix: "PHONEPRIVILEGE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["PHONEPRIVILEGE_MONITOR", "PHONEPRIVILEGE_OWNER"],
                bits: &[1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x9D\0\0\0\0\0\0\0\xB0\0\0\0\0\0\0\0\xBB\0\0\0\xFF\xFF\0\0\0\0\x9D\0\0\0\xD4\0\0\0\xB0\0\0\0!\x01\0\0\xBB\0\0\0\x16\x01\0\0\xFF\xFF\0\0\0\0q\x01\0\0\xC5\0\0\0\xD1\x01\0\0\x01\x01\0\0\xD1\x01\0\0\x19\x01\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHONEPRIVILEGE_MONITOR",
                        "PHONEPRIVILEGE_OWNER",
                        "MONITOR",
                        "OWNER",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"\0\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[" | PHONEPRIVILEGE_MONITOR", " | PHONEPRIVILEGE_OWNER"],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHONEPRIVILEGE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<PhonePrivilege>`](::tapi_consts::Flags), named [`PhonePrivilegeSet`](crate::families::PhonePrivilegeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `PHONEPRIVILEGE_MONITOR` | `0x00000001` |\n| `PHONEPRIVILEGE_OWNER` | `0x00000002` |\n\n# Deutsch\n\nWählt die Berechtigung, mit der eine Anwendung ein Telefongerät öffnet.<br><br>Wird im Parameter `dwPrivilege` von `phoneOpen` übergeben. Für Erweiterungen sind keine Bits frei.\n\n- `PHONEPRIVILEGE_MONITOR`: Überwachungsberechtigung: Die Anwendung wird über Ereignisse und Zustandsänderungen des Telefongeräts informiert, darf aber nur Statusfunktionen aufrufen, niemals Funktionen, die das Telefongerät verändern. Mehrere Anwendungen können dasselbe Telefongerät gleichzeitig überwachen.\n- `PHONEPRIVILEGE_OWNER`: Besitzerprivileg: Die Anwendung darf Leuchtanzeigen, Rufsignal, Display, Gabelumschalter und Datenbereiche des Telefongeräts ändern und erhält außerdem die Überwachungsinformationen. Ein Telefongerät kann jeweils nur eine Anwendung als Besitzer haben.\n\n# Français\n\nChoisit le privilège avec lequel une application ouvre un périphérique téléphonique.<br><br>Passé dans le paramètre `dwPrivilege` de `phoneOpen`. Aucun bit n’est ouvert aux extensions.\n\n- `PHONEPRIVILEGE_MONITOR`: Privilège de surveillance : l’application est informée des événements et changements d’état du poste, mais ne peut appeler que des fonctions d’état, jamais des fonctions qui modifient le poste. Plusieurs applications peuvent surveiller le même poste simultanément.\n- `PHONEPRIVILEGE_OWNER`: Privilège de propriétaire : l’application peut modifier les voyants, la sonnerie, l’afficheur, le commutateur crochet et les zones de données du poste, et reçoit aussi les informations de surveillance. Une seule application à la fois peut être propriétaire d’un poste.\n"
    )]
    impl PhonePrivilege {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Monitor, Self::Owner];
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
                1 => __tapi::Some(Self::Monitor),
                2 => __tapi::Some(Self::Owner),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PHONEPRIVILEGE_MONITOR`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhonePrivilege {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhonePrivilege> for ::core::primitive::u32 {
        #[inline]
        fn from(member: PhonePrivilege) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for PhonePrivilege {
        type Error = ::tapi_consts::UnknownValueError<PhonePrivilege>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
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
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for PhonePrivilege {}
    #[automatically_derived]
    impl ::core::ops::BitOr for PhonePrivilege {
        type Output = ::tapi_consts::Flags<PhonePrivilege>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<PhonePrivilege> {
            <::tapi_consts::Flags<
                PhonePrivilege,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<PhonePrivilege>> for PhonePrivilege {
        type Output = ::tapi_consts::Flags<PhonePrivilege>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<PhonePrivilege>,
        ) -> ::tapi_consts::Flags<PhonePrivilege> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhonePrivilege, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(PhonePrivilege);
};
///The `PHONEPRIVILEGE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_phoneprivilege {
    #[cfg_attr(
        doc,
        doc = "The value of [`PhonePrivilege::Monitor`](super::PhonePrivilege::Monitor)."
    )]
    pub const PHONEPRIVILEGE_MONITOR: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhonePrivilege::Owner`](super::PhonePrivilege::Owner)."
    )]
    pub const PHONEPRIVILEGE_OWNER: ::core::primitive::u32 = 2;
}
/// Identifies the phone status items that have changed.
///
/// Sent in `dwParam1` of the `PHONE_STATE` message; the same bits appear in the `dwPhoneStates`
/// member of `PHONECAPS` and in the filter given to `phoneSetStatusMessages`. No bits are open
/// for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum PhoneState {
    /// Some status item not covered by the other values has changed; the application should read the phone status to see which.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_OTHER` = `0x00000001`")]
    Other = 0x0000_0001,
    /// The link between the phone and TAPI has just been established, for instance when TAPI starts or when the phone is plugged into the computer while TAPI runs.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_CONNECTED` = `0x00000002`")]
    Connected = 0x0000_0002,
    /// The link between the phone and TAPI has just been lost, for instance because the phone was unplugged while TAPI was running.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_DISCONNECTED` = `0x00000004`")]
    Disconnected = 0x0000_0004,
    /// The number of applications that own the phone has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_OWNER` = `0x00000008`")]
    Owner = 0x0000_0008,
    /// The number of applications that monitor the phone has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_MONITORS` = `0x00000010`")]
    Monitors = 0x0000_0010,
    /// The contents of the phone's display have changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_DISPLAY` = `0x00000020`")]
    Display = 0x0000_0020,
    /// One of the phone's lamps has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_LAMP` = `0x00000040`")]
    Lamp = 0x0000_0040,
    /// The phone's ring mode has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_RINGMODE` = `0x00000080`")]
    RingMode = 0x0000_0080,
    /// The phone's ring volume has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_RINGVOLUME` = `0x00000100`")]
    RingVolume = 0x0000_0100,
    /// The handset's hook switch state has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_HANDSETHOOKSWITCH` = `0x00000200`")]
    HandsetHookSwitch = 0x0000_0200,
    /// The volume of the handset's earpiece has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_HANDSETVOLUME` = `0x00000400`")]
    HandsetVolume = 0x0000_0400,
    /// The gain of the handset's microphone has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_HANDSETGAIN` = `0x00000800`")]
    HandsetGain = 0x0000_0800,
    /// The speakerphone's hook switch state has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_SPEAKERHOOKSWITCH` = `0x00001000`")]
    SpeakerHookSwitch = 0x0000_1000,
    /// The speakerphone's loudspeaker volume has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_SPEAKERVOLUME` = `0x00002000`")]
    SpeakerVolume = 0x0000_2000,
    /// The gain of the speakerphone's microphone has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_SPEAKERGAIN` = `0x00004000`")]
    SpeakerGain = 0x0000_4000,
    /// The headset's hook switch state has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_HEADSETHOOKSWITCH` = `0x00008000`")]
    HeadsetHookSwitch = 0x0000_8000,
    /// The volume of the headset's earphones has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_HEADSETVOLUME` = `0x00010000`")]
    HeadsetVolume = 0x0001_0000,
    /// The gain of the headset's microphone has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_HEADSETGAIN` = `0x00020000`")]
    HeadsetGain = 0x0002_0000,
    /// The application's use of the phone has been suspended for a while.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_SUSPEND` = `0x00040000`")]
    Suspend = 0x0004_0000,
    /// The application may use the phone again after a suspension.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_RESUME` = `0x00080000`")]
    Resume = 0x0008_0000,
    /// Device-specific information about the phone has changed.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_DEVSPECIFIC` = `0x00100000`")]
    DevSpecific = 0x0010_0000,
    /// The phone device configuration has changed (for example, new phones were added); the application must shut down and reinitialize TAPI to see it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_REINIT` = `0x00200000`")]
    Reinit = 0x0020_0000,
    /// One or more `PHONECAPS` members have changed, for example after a configuration change; call `phoneGetDevCaps` again. Applications that negotiated a version older than 1.4 get `Reinit` instead.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_CAPSCHANGE` = `0x00400000`")]
    CapsChange = 0x0040_0000,
    /// The service provider is removing the device from the system, typically at the user's request. A `PHONE_CLOSE` usually follows, and later access returns `PHONEERR_NODEVICE` until TAPI is reinitialized; only applications using version 1.4 or later are told.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATE_REMOVED` = `0x00800000`")]
    Removed = 0x0080_0000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Identifies the phone status items that have changed.\n\nSent in `dwParam1` of the `PHONE_STATE` message; the same bits appear in the `dwPhoneStates` member of `PHONECAPS` and in the filter given to `phoneSetStatusMessages`. No bits are open for extensions.Some status item not covered by the other values has changed; the application should read the phone status to see which.The link between the phone and TAPI has just been established, for instance when TAPI starts or when the phone is plugged into the computer while TAPI runs.The link between the phone and TAPI has just been lost, for instance because the phone was unplugged while TAPI was running.The number of applications that own the phone has changed.The number of applications that monitor the phone has changed.The contents of the phone's display have changed.One of the phone's lamps has changed.The phone's ring mode has changed.The phone's ring volume has changed.The handset's hook switch state has changed.The volume of the handset's earpiece has changed.The gain of the handset's microphone has changed.The speakerphone's hook switch state has changed.The speakerphone's loudspeaker volume has changed.The gain of the speakerphone's microphone has changed.The headset's hook switch state has changed.The volume of the headset's earphones has changed.The gain of the headset's microphone has changed.The application's use of the phone has been suspended for a while.The application may use the phone again after a suspension.Device-specific information about the phone has changed.The phone device configuration has changed (for example, new phones were added); the application must shut down and reinitialize TAPI to see it.One or more `PHONECAPS` members have changed, for example after a configuration change; call `phoneGetDevCaps` again. Applications that negotiated a version older than 1.4 get `Reinit` instead.The service provider is removing the device from the system, typically at the user's request. A `PHONE_CLOSE` usually follows, and later access returns `PHONEERR_NODEVICE` until TAPI is reinitialized; only applications using version 1.4 or later are told."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Bezeichnet die Statuselemente des Telefongeräts, die sich geändert haben.\n\nWird in `dwParam1` der Nachricht `PHONE_STATE` gesendet; dieselben Bits stehen im Feld `dwPhoneStates` von `PHONECAPS` und im Filter, der `phoneSetStatusMessages` übergeben wird. Für Erweiterungen sind keine Bits frei.Ein Statuselement, das die anderen Werte nicht abdecken, hat sich geändert; die Anwendung sollte den Status des Telefongeräts abfragen, um festzustellen, welches.Die Verbindung zwischen dem Telefon und TAPI wurde gerade hergestellt, etwa beim Start von TAPI oder wenn das Telefon bei laufendem TAPI an den Computer angeschlossen wird.Die Verbindung zwischen dem Telefon und TAPI ist gerade verloren gegangen, etwa weil das Telefon bei laufendem TAPI vom Computer abgezogen wurde.Die Anzahl der Anwendungen, die Besitzer des Telefongeräts sind, hat sich geändert.Die Anzahl der Anwendungen, die das Telefongerät überwachen, hat sich geändert.Der Inhalt des Displays am Telefon hat sich geändert.Eine der Leuchtanzeigen des Telefons hat sich geändert.Der Klingelmodus des Telefons hat sich geändert.Die Lautstärke des Rufsignals am Telefon hat sich geändert.Der Gabelumschalter-Zustand des Hörers hat sich geändert.Die Lautstärke der Hörkapsel des Hörers hat sich geändert.Die Mikrofonverstärkung des Hörers hat sich geändert.Der Gabelumschalter-Zustand der Freisprecheinrichtung hat sich geändert.Die Lautstärke des Lautsprechers der Freisprecheinrichtung hat sich geändert.Die Mikrofonverstärkung der Freisprecheinrichtung hat sich geändert.Der Gabelumschalter-Zustand des Headsets hat sich geändert.Die Lautstärke der Ohrhörer des Headsets hat sich geändert.Die Mikrofonverstärkung des Headsets hat sich geändert.Die Nutzung des Telefongeräts durch die Anwendung wurde vorübergehend ausgesetzt.Die Anwendung kann das Telefongerät nach einer Aussetzung wieder verwenden.Gerätespezifische Informationen über das Telefongerät haben sich geändert.Die Konfiguration der Telefongeräte hat sich geändert (etwa weil neue Telefone hinzugekommen sind); die Anwendung muss ihre Nutzung von TAPI beenden und TAPI neu initialisieren, damit die Änderung sichtbar wird.Ein oder mehrere Felder von `PHONECAPS` haben sich geändert, etwa nach einer Konfigurationsänderung; `phoneGetDevCaps` muss erneut aufgerufen werden. Anwendungen, die eine Version vor 1.4 ausgehandelt haben, erhalten stattdessen `Reinit`.Der Dienstanbieter entfernt das Gerät aus dem System, in der Regel auf Wunsch des Benutzers. Meist folgt eine Nachricht `PHONE_CLOSE`, und spätere Zugriffe liefern `PHONEERR_NODEVICE`, bis TAPI neu initialisiert wird; benachrichtigt werden nur Anwendungen, die TAPI 1.4 oder höher verwenden."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Identifie les éléments d’état du poste téléphonique qui ont changé.\n\nEnvoyé dans `dwParam1` du message `PHONE_STATE` ; les mêmes bits figurent dans le membre `dwPhoneStates` de `PHONECAPS` et dans le filtre passé à `phoneSetStatusMessages`. Aucun bit n’est ouvert aux extensions.Un élément d’état non couvert par les autres valeurs a changé ; l’application doit lire l’état du poste pour savoir lequel.La liaison entre le poste et TAPI vient d’être établie, par exemple au démarrage de TAPI ou lorsque le poste est branché sur l’ordinateur pendant que TAPI fonctionne.La liaison entre le poste et TAPI vient d’être perdue, par exemple parce que le poste a été débranché pendant que TAPI fonctionnait.Le nombre d’applications propriétaires du poste a changé.Le nombre d’applications qui surveillent le poste a changé.Le contenu de l’afficheur du poste a changé.L’un des voyants du poste a changé.Le mode de sonnerie du poste a changé.Le volume de sonnerie du poste a changé.L’état du commutateur crochet du combiné a changé.Le volume de l’écouteur du combiné a changé.Le gain du microphone du combiné a changé.L’état du commutateur crochet du haut-parleur a changé.Le volume du haut-parleur a changé.Le gain du microphone du haut-parleur a changé.L’état du commutateur crochet du casque a changé.Le volume des écouteurs du casque a changé.Le gain du microphone du casque a changé.L’utilisation du poste par l’application a été suspendue pour un temps.L’application peut de nouveau utiliser le poste après une suspension.Des informations propres au périphérique ont changé pour ce poste.La configuration des périphériques téléphoniques a changé (par exemple, de nouveaux postes ont été ajoutés) ; l’application doit fermer puis réinitialiser TAPI pour en tenir compte.Un ou plusieurs membres de `PHONECAPS` ont changé, par exemple après une modification de configuration ; appelez de nouveau `phoneGetDevCaps`. Les applications ayant négocié une version antérieure à 1.4 reçoivent `Reinit` à la place.Le fournisseur de services retire le périphérique du système, en général à la demande de l’utilisateur. Un message `PHONE_CLOSE` suit normalement, et tout accès ultérieur renvoie `PHONEERR_NODEVICE` jusqu’à la réinitialisation de TAPI ; seules les applications ayant négocié TAPI 1.4 ou une version ultérieure en sont averties."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneState",
            prefix: "PHONESTATE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 16777215u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "PHONESTATE_OTHER",
                    "PHONESTATE_CONNECTED",
                    "PHONESTATE_DISCONNECTED",
                    "PHONESTATE_OWNER",
                    "PHONESTATE_MONITORS",
                    "PHONESTATE_DISPLAY",
                    "PHONESTATE_LAMP",
                    "PHONESTATE_RINGMODE",
                    "PHONESTATE_RINGVOLUME",
                    "PHONESTATE_HANDSETHOOKSWITCH",
                    "PHONESTATE_HANDSETVOLUME",
                    "PHONESTATE_HANDSETGAIN",
                    "PHONESTATE_SPEAKERHOOKSWITCH",
                    "PHONESTATE_SPEAKERVOLUME",
                    "PHONESTATE_SPEAKERGAIN",
                    "PHONESTATE_HEADSETHOOKSWITCH",
                    "PHONESTATE_HEADSETVOLUME",
                    "PHONESTATE_HEADSETGAIN",
                    "PHONESTATE_SUSPEND",
                    "PHONESTATE_RESUME",
                    "PHONESTATE_DEVSPECIFIC",
                    "PHONESTATE_REINIT",
                    "PHONESTATE_CAPSCHANGE",
                    "PHONESTATE_REMOVED",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64, 4096u64, 8192u64, 16384u64, 32768u64, 65536u64,
                    131072u64, 262144u64, 524288u64, 1048576u64, 2097152u64, 4194304u64,
                    8388608u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xFE\0\0\0\0\0\0\0)\x01\0\0\0\0\0\0%\x01\0\0\xFF\xFF\0\0\0\0\xFE\0\0\0x\0\0\0)\x01\0\0\xA4\0\0\0%\x01\0\0\x86\0\0\0\xFF\xFF\0\0\0\0v\x01\0\0\x9C\0\0\0\xCD\x01\0\0\xAC\0\0\0\xAB\x01\0\0\xAE\0\0\0\xFF\xFF\0\0\0\0\x12\x02\0\0|\0\0\0y\x02\0\0\x91\0\0\0Y\x02\0\0\x8B\0\0\0\xFF\xFF\0\0\0\0\x8E\x02\0\0:\0\0\0\n\x03\0\0U\0\0\0\xE4\x02\0\0=\0\0\0\xFF\xFF\0\0\0\0\xC8\x02\0\0>\0\0\0_\x03\0\0R\0\0\0!\x03\0\0>\0\0\0\xFF\xFF\0\0\0\0\x06\x03\0\x001\0\0\0\xB1\x03\0\x006\0\0\0_\x03\0\0/\0\0\0\xFF\xFF\0\0\0\x007\x03\0\0%\0\0\0\xE7\x03\0\08\0\0\0\x8E\x03\0\0&\0\0\0\xFF\xFF\0\0\0\0\\\x03\0\0\"\0\0\0\x1F\x04\0\x001\0\0\0\xB4\x03\0\0'\0\0\0\xFF\xFF\0\0\0\0~\x03\0\0$\0\0\0P\x04\0\0=\0\0\0\xDB\x03\0\0)\0\0\0\xFF\xFF\0\0\0\0\xA2\x03\0\0,\0\0\0\x8D\x04\0\0;\0\0\0\x04\x04\0\x007\0\0\0\xFF\xFF\0\0\0\0\xCE\x03\0\x001\0\0\0\xC8\x04\0\0>\0\0\0;\x04\0\x001\0\0\0\xFF\xFF\0\0\0\0\xFF\x03\0\x001\0\0\0\x06\x05\0\08\0\0\0l\x04\0\0,\0\0\0\xFF\xFF\0\0\0\x000\x04\0\x001\0\0\0>\x05\0\0I\0\0\0\x98\x04\0\0;\0\0\0\xFF\xFF\0\0\0\0a\x04\0\x002\0\0\0\x87\x05\0\0O\0\0\0\xD3\x04\0\0$\0\0\0\xFF\xFF\0\0\0\0\x93\x04\0\x006\0\0\0\xD6\x05\0\0F\0\0\0\xF7\x04\0\x000\0\0\0\xFF\xFF\0\0\0\0\xC9\x04\0\0,\0\0\0\x1C\x06\0\0<\0\0\0'\x05\0\x005\0\0\0\xFF\xFF\0\0\0\0\xF5\x04\0\x002\0\0\0X\x06\0\0>\0\0\0\\\x05\0\0-\0\0\0\xFF\xFF\0\0\0\0'\x05\0\x001\0\0\0\x96\x06\0\09\0\0\0\x89\x05\0\0*\0\0\0\xFF\xFF\0\0\0\0X\x05\0\0B\0\0\0\xCF\x06\0\0S\0\0\0\xB3\x05\0\0M\0\0\0\xFF\xFF\0\0\0\0\x9A\x05\0\0;\0\0\0\"\x07\0\0L\0\0\0\0\x06\0\0H\0\0\0\xFF\xFF\0\0\0\0\xD5\x05\0\08\0\0\0n\x07\0\0N\0\0\0H\x06\0\0E\0\0\0\xFF\xFF\0\0\0\0\r\x06\0\0\x90\0\0\0\xBC\x07\0\0\xD6\0\0\0\x8D\x06\0\0\xC0\0\0\0\x01\x04\0\0\0\0\x9D\x06\0\0\xC1\0\0\0\x92\x08\0\0\xF0\0\0\0M\x07\0\0\xF1\0\0\0\x01\x04\0\0\0\0^\x07\0\0\xFF\0\0\0\x82\t\0\0&\x01\0\0>\x08\0\0X\x01\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHONESTATE_OTHER",
                        "PHONESTATE_CONNECTED",
                        "PHONESTATE_DISCONNECTED",
                        "PHONESTATE_OWNER",
                        "PHONESTATE_MONITORS",
                        "PHONESTATE_DISPLAY",
                        "PHONESTATE_LAMP",
                        "PHONESTATE_RINGMODE",
                        "PHONESTATE_RINGVOLUME",
                        "PHONESTATE_HANDSETHOOKSWITCH",
                        "PHONESTATE_HANDSETVOLUME",
                        "PHONESTATE_HANDSETGAIN",
                        "PHONESTATE_SPEAKERHOOKSWITCH",
                        "PHONESTATE_SPEAKERVOLUME",
                        "PHONESTATE_SPEAKERGAIN",
                        "PHONESTATE_HEADSETHOOKSWITCH",
                        "PHONESTATE_HEADSETVOLUME",
                        "PHONESTATE_HEADSETGAIN",
                        "PHONESTATE_SUSPEND",
                        "PHONESTATE_RESUME",
                        "PHONESTATE_DEVSPECIFIC",
                        "PHONESTATE_REINIT",
                        "PHONESTATE_CAPSCHANGE",
                        "PHONESTATE_REMOVED",
                        "OTHER",
                        "CONNECTED",
                        "DISCONNECTED",
                        "OWNER",
                        "MONITORS",
                        "DISPLAY",
                        "LAMP",
                        "RINGMODE",
                        "RINGVOLUME",
                        "HANDSETHOOKSWITCH",
                        "HANDSETVOLUME",
                        "HANDSETGAIN",
                        "SPEAKERHOOKSWITCH",
                        "SPEAKERVOLUME",
                        "SPEAKERGAIN",
                        "HEADSETHOOKSWITCH",
                        "HEADSETVOLUME",
                        "HEADSETGAIN",
                        "SUSPEND",
                        "RESUME",
                        "DEVSPECIFIC",
                        "REINIT",
                        "CAPSCHANGE",
                        "REMOVED",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | PHONESTATE_OTHER",
                        " | PHONESTATE_CONNECTED",
                        " | PHONESTATE_DISCONNECTED",
                        " | PHONESTATE_OWNER",
                        " | PHONESTATE_MONITORS",
                        " | PHONESTATE_DISPLAY",
                        " | PHONESTATE_LAMP",
                        " | PHONESTATE_RINGMODE",
                        " | PHONESTATE_RINGVOLUME",
                        " | PHONESTATE_HANDSETHOOKSWITCH",
                        " | PHONESTATE_HANDSETVOLUME",
                        " | PHONESTATE_HANDSETGAIN",
                        " | PHONESTATE_SPEAKERHOOKSWITCH",
                        " | PHONESTATE_SPEAKERVOLUME",
                        " | PHONESTATE_SPEAKERGAIN",
                        " | PHONESTATE_HEADSETHOOKSWITCH",
                        " | PHONESTATE_HEADSETVOLUME",
                        " | PHONESTATE_HEADSETGAIN",
                        " | PHONESTATE_SUSPEND",
                        " | PHONESTATE_RESUME",
                        " | PHONESTATE_DEVSPECIFIC",
                        " | PHONESTATE_REINIT",
                        " | PHONESTATE_CAPSCHANGE",
                        " | PHONESTATE_REMOVED",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 16240640158330268813u64,
                        shift: 55u32,
                        slots: b"%\0\r\0\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\x0F\0$\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF.\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0\x15\0\xFF\xFF\xFF\xFF/\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0\x13\0\xFF\xFF\xFF\xFF*\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x03\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHONESTATE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<PhoneState>`](::tapi_consts::Flags), named [`PhoneStateSet`](crate::families::PhoneStateSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `PHONESTATE_OTHER` | `0x00000001` |  |\n| `PHONESTATE_CONNECTED` | `0x00000002` |  |\n| `PHONESTATE_DISCONNECTED` | `0x00000004` |  |\n| `PHONESTATE_OWNER` | `0x00000008` |  |\n| `PHONESTATE_MONITORS` | `0x00000010` |  |\n| `PHONESTATE_DISPLAY` | `0x00000020` |  |\n| `PHONESTATE_LAMP` | `0x00000040` |  |\n| `PHONESTATE_RINGMODE` | `0x00000080` |  |\n| `PHONESTATE_RINGVOLUME` | `0x00000100` |  |\n| `PHONESTATE_HANDSETHOOKSWITCH` | `0x00000200` |  |\n| `PHONESTATE_HANDSETVOLUME` | `0x00000400` |  |\n| `PHONESTATE_HANDSETGAIN` | `0x00000800` |  |\n| `PHONESTATE_SPEAKERHOOKSWITCH` | `0x00001000` |  |\n| `PHONESTATE_SPEAKERVOLUME` | `0x00002000` |  |\n| `PHONESTATE_SPEAKERGAIN` | `0x00004000` |  |\n| `PHONESTATE_HEADSETHOOKSWITCH` | `0x00008000` |  |\n| `PHONESTATE_HEADSETVOLUME` | `0x00010000` |  |\n| `PHONESTATE_HEADSETGAIN` | `0x00020000` |  |\n| `PHONESTATE_SUSPEND` | `0x00040000` |  |\n| `PHONESTATE_RESUME` | `0x00080000` |  |\n| `PHONESTATE_DEVSPECIFIC` | `0x00100000` |  |\n| `PHONESTATE_REINIT` | `0x00200000` |  |\n| `PHONESTATE_CAPSCHANGE` | `0x00400000` | TAPI 1.4 |\n| `PHONESTATE_REMOVED` | `0x00800000` | TAPI 1.4 |\n\n# Deutsch\n\nBezeichnet die Statuselemente des Telefongeräts, die sich geändert haben.<br><br>Wird in `dwParam1` der Nachricht `PHONE_STATE` gesendet; dieselben Bits stehen im Feld `dwPhoneStates` von `PHONECAPS` und im Filter, der `phoneSetStatusMessages` übergeben wird. Für Erweiterungen sind keine Bits frei.\n\n- `PHONESTATE_OTHER`: Ein Statuselement, das die anderen Werte nicht abdecken, hat sich geändert; die Anwendung sollte den Status des Telefongeräts abfragen, um festzustellen, welches.\n- `PHONESTATE_CONNECTED`: Die Verbindung zwischen dem Telefon und TAPI wurde gerade hergestellt, etwa beim Start von TAPI oder wenn das Telefon bei laufendem TAPI an den Computer angeschlossen wird.\n- `PHONESTATE_DISCONNECTED`: Die Verbindung zwischen dem Telefon und TAPI ist gerade verloren gegangen, etwa weil das Telefon bei laufendem TAPI vom Computer abgezogen wurde.\n- `PHONESTATE_OWNER`: Die Anzahl der Anwendungen, die Besitzer des Telefongeräts sind, hat sich geändert.\n- `PHONESTATE_MONITORS`: Die Anzahl der Anwendungen, die das Telefongerät überwachen, hat sich geändert.\n- `PHONESTATE_DISPLAY`: Der Inhalt des Displays am Telefon hat sich geändert.\n- `PHONESTATE_LAMP`: Eine der Leuchtanzeigen des Telefons hat sich geändert.\n- `PHONESTATE_RINGMODE`: Der Klingelmodus des Telefons hat sich geändert.\n- `PHONESTATE_RINGVOLUME`: Die Lautstärke des Rufsignals am Telefon hat sich geändert.\n- `PHONESTATE_HANDSETHOOKSWITCH`: Der Gabelumschalter-Zustand des Hörers hat sich geändert.\n- `PHONESTATE_HANDSETVOLUME`: Die Lautstärke der Hörkapsel des Hörers hat sich geändert.\n- `PHONESTATE_HANDSETGAIN`: Die Mikrofonverstärkung des Hörers hat sich geändert.\n- `PHONESTATE_SPEAKERHOOKSWITCH`: Der Gabelumschalter-Zustand der Freisprecheinrichtung hat sich geändert.\n- `PHONESTATE_SPEAKERVOLUME`: Die Lautstärke des Lautsprechers der Freisprecheinrichtung hat sich geändert.\n- `PHONESTATE_SPEAKERGAIN`: Die Mikrofonverstärkung der Freisprecheinrichtung hat sich geändert.\n- `PHONESTATE_HEADSETHOOKSWITCH`: Der Gabelumschalter-Zustand des Headsets hat sich geändert.\n- `PHONESTATE_HEADSETVOLUME`: Die Lautstärke der Ohrhörer des Headsets hat sich geändert.\n- `PHONESTATE_HEADSETGAIN`: Die Mikrofonverstärkung des Headsets hat sich geändert.\n- `PHONESTATE_SUSPEND`: Die Nutzung des Telefongeräts durch die Anwendung wurde vorübergehend ausgesetzt.\n- `PHONESTATE_RESUME`: Die Anwendung kann das Telefongerät nach einer Aussetzung wieder verwenden.\n- `PHONESTATE_DEVSPECIFIC`: Gerätespezifische Informationen über das Telefongerät haben sich geändert.\n- `PHONESTATE_REINIT`: Die Konfiguration der Telefongeräte hat sich geändert (etwa weil neue Telefone hinzugekommen sind); die Anwendung muss ihre Nutzung von TAPI beenden und TAPI neu initialisieren, damit die Änderung sichtbar wird.\n- `PHONESTATE_CAPSCHANGE`: Ein oder mehrere Felder von `PHONECAPS` haben sich geändert, etwa nach einer Konfigurationsänderung; `phoneGetDevCaps` muss erneut aufgerufen werden. Anwendungen, die eine Version vor 1.4 ausgehandelt haben, erhalten stattdessen `Reinit`.\n- `PHONESTATE_REMOVED`: Der Dienstanbieter entfernt das Gerät aus dem System, in der Regel auf Wunsch des Benutzers. Meist folgt eine Nachricht `PHONE_CLOSE`, und spätere Zugriffe liefern `PHONEERR_NODEVICE`, bis TAPI neu initialisiert wird; benachrichtigt werden nur Anwendungen, die TAPI 1.4 oder höher verwenden.\n\n# Français\n\nIdentifie les éléments d’état du poste téléphonique qui ont changé.<br><br>Envoyé dans `dwParam1` du message `PHONE_STATE` ; les mêmes bits figurent dans le membre `dwPhoneStates` de `PHONECAPS` et dans le filtre passé à `phoneSetStatusMessages`. Aucun bit n’est ouvert aux extensions.\n\n- `PHONESTATE_OTHER`: Un élément d’état non couvert par les autres valeurs a changé ; l’application doit lire l’état du poste pour savoir lequel.\n- `PHONESTATE_CONNECTED`: La liaison entre le poste et TAPI vient d’être établie, par exemple au démarrage de TAPI ou lorsque le poste est branché sur l’ordinateur pendant que TAPI fonctionne.\n- `PHONESTATE_DISCONNECTED`: La liaison entre le poste et TAPI vient d’être perdue, par exemple parce que le poste a été débranché pendant que TAPI fonctionnait.\n- `PHONESTATE_OWNER`: Le nombre d’applications propriétaires du poste a changé.\n- `PHONESTATE_MONITORS`: Le nombre d’applications qui surveillent le poste a changé.\n- `PHONESTATE_DISPLAY`: Le contenu de l’afficheur du poste a changé.\n- `PHONESTATE_LAMP`: L’un des voyants du poste a changé.\n- `PHONESTATE_RINGMODE`: Le mode de sonnerie du poste a changé.\n- `PHONESTATE_RINGVOLUME`: Le volume de sonnerie du poste a changé.\n- `PHONESTATE_HANDSETHOOKSWITCH`: L’état du commutateur crochet du combiné a changé.\n- `PHONESTATE_HANDSETVOLUME`: Le volume de l’écouteur du combiné a changé.\n- `PHONESTATE_HANDSETGAIN`: Le gain du microphone du combiné a changé.\n- `PHONESTATE_SPEAKERHOOKSWITCH`: L’état du commutateur crochet du haut-parleur a changé.\n- `PHONESTATE_SPEAKERVOLUME`: Le volume du haut-parleur a changé.\n- `PHONESTATE_SPEAKERGAIN`: Le gain du microphone du haut-parleur a changé.\n- `PHONESTATE_HEADSETHOOKSWITCH`: L’état du commutateur crochet du casque a changé.\n- `PHONESTATE_HEADSETVOLUME`: Le volume des écouteurs du casque a changé.\n- `PHONESTATE_HEADSETGAIN`: Le gain du microphone du casque a changé.\n- `PHONESTATE_SUSPEND`: L’utilisation du poste par l’application a été suspendue pour un temps.\n- `PHONESTATE_RESUME`: L’application peut de nouveau utiliser le poste après une suspension.\n- `PHONESTATE_DEVSPECIFIC`: Des informations propres au périphérique ont changé pour ce poste.\n- `PHONESTATE_REINIT`: La configuration des périphériques téléphoniques a changé (par exemple, de nouveaux postes ont été ajoutés) ; l’application doit fermer puis réinitialiser TAPI pour en tenir compte.\n- `PHONESTATE_CAPSCHANGE`: Un ou plusieurs membres de `PHONECAPS` ont changé, par exemple après une modification de configuration ; appelez de nouveau `phoneGetDevCaps`. Les applications ayant négocié une version antérieure à 1.4 reçoivent `Reinit` à la place.\n- `PHONESTATE_REMOVED`: Le fournisseur de services retire le périphérique du système, en général à la demande de l’utilisateur. Un message `PHONE_CLOSE` suit normalement, et tout accès ultérieur renvoie `PHONEERR_NODEVICE` jusqu’à la réinitialisation de TAPI ; seules les applications ayant négocié TAPI 1.4 ou une version ultérieure en sont averties.\n"
    )]
    impl PhoneState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Other,
            Self::Connected,
            Self::Disconnected,
            Self::Owner,
            Self::Monitors,
            Self::Display,
            Self::Lamp,
            Self::RingMode,
            Self::RingVolume,
            Self::HandsetHookSwitch,
            Self::HandsetVolume,
            Self::HandsetGain,
            Self::SpeakerHookSwitch,
            Self::SpeakerVolume,
            Self::SpeakerGain,
            Self::HeadsetHookSwitch,
            Self::HeadsetVolume,
            Self::HeadsetGain,
            Self::Suspend,
            Self::Resume,
            Self::DevSpecific,
            Self::Reinit,
            Self::CapsChange,
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
                2 => __tapi::Some(Self::Connected),
                4 => __tapi::Some(Self::Disconnected),
                8 => __tapi::Some(Self::Owner),
                16 => __tapi::Some(Self::Monitors),
                32 => __tapi::Some(Self::Display),
                64 => __tapi::Some(Self::Lamp),
                128 => __tapi::Some(Self::RingMode),
                256 => __tapi::Some(Self::RingVolume),
                512 => __tapi::Some(Self::HandsetHookSwitch),
                1024 => __tapi::Some(Self::HandsetVolume),
                2048 => __tapi::Some(Self::HandsetGain),
                4096 => __tapi::Some(Self::SpeakerHookSwitch),
                8192 => __tapi::Some(Self::SpeakerVolume),
                16384 => __tapi::Some(Self::SpeakerGain),
                32768 => __tapi::Some(Self::HeadsetHookSwitch),
                65536 => __tapi::Some(Self::HeadsetVolume),
                131072 => __tapi::Some(Self::HeadsetGain),
                262144 => __tapi::Some(Self::Suspend),
                524288 => __tapi::Some(Self::Resume),
                1048576 => __tapi::Some(Self::DevSpecific),
                2097152 => __tapi::Some(Self::Reinit),
                4194304 => __tapi::Some(Self::CapsChange),
                8388608 => __tapi::Some(Self::Removed),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PHONESTATE_OTHER`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhoneState {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneState> for ::core::primitive::u32 {
        #[inline]
        fn from(member: PhoneState) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for PhoneState {
        type Error = ::tapi_consts::UnknownValueError<PhoneState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for PhoneState {}
    #[automatically_derived]
    impl ::core::ops::BitOr for PhoneState {
        type Output = ::tapi_consts::Flags<PhoneState>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<PhoneState> {
            <::tapi_consts::Flags<PhoneState> as ::core::convert::From<Self>>::from(self)
                | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<PhoneState>> for PhoneState {
        type Output = ::tapi_consts::Flags<PhoneState>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<PhoneState>,
        ) -> ::tapi_consts::Flags<PhoneState> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneState, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(PhoneState);
};
///The `PHONESTATE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_phonestate {
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::Other`](super::PhoneState::Other)."
    )]
    pub const PHONESTATE_OTHER: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::Connected`](super::PhoneState::Connected)."
    )]
    pub const PHONESTATE_CONNECTED: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::Disconnected`](super::PhoneState::Disconnected)."
    )]
    pub const PHONESTATE_DISCONNECTED: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::Owner`](super::PhoneState::Owner)."
    )]
    pub const PHONESTATE_OWNER: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::Monitors`](super::PhoneState::Monitors)."
    )]
    pub const PHONESTATE_MONITORS: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::Display`](super::PhoneState::Display)."
    )]
    pub const PHONESTATE_DISPLAY: ::core::primitive::u32 = 32;
    #[cfg_attr(doc, doc = "The value of [`PhoneState::Lamp`](super::PhoneState::Lamp).")]
    pub const PHONESTATE_LAMP: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::RingMode`](super::PhoneState::RingMode)."
    )]
    pub const PHONESTATE_RINGMODE: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::RingVolume`](super::PhoneState::RingVolume)."
    )]
    pub const PHONESTATE_RINGVOLUME: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::HandsetHookSwitch`](super::PhoneState::HandsetHookSwitch)."
    )]
    pub const PHONESTATE_HANDSETHOOKSWITCH: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::HandsetVolume`](super::PhoneState::HandsetVolume)."
    )]
    pub const PHONESTATE_HANDSETVOLUME: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::HandsetGain`](super::PhoneState::HandsetGain)."
    )]
    pub const PHONESTATE_HANDSETGAIN: ::core::primitive::u32 = 2048;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::SpeakerHookSwitch`](super::PhoneState::SpeakerHookSwitch)."
    )]
    pub const PHONESTATE_SPEAKERHOOKSWITCH: ::core::primitive::u32 = 4096;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::SpeakerVolume`](super::PhoneState::SpeakerVolume)."
    )]
    pub const PHONESTATE_SPEAKERVOLUME: ::core::primitive::u32 = 8192;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::SpeakerGain`](super::PhoneState::SpeakerGain)."
    )]
    pub const PHONESTATE_SPEAKERGAIN: ::core::primitive::u32 = 16384;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::HeadsetHookSwitch`](super::PhoneState::HeadsetHookSwitch)."
    )]
    pub const PHONESTATE_HEADSETHOOKSWITCH: ::core::primitive::u32 = 32768;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::HeadsetVolume`](super::PhoneState::HeadsetVolume)."
    )]
    pub const PHONESTATE_HEADSETVOLUME: ::core::primitive::u32 = 65536;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::HeadsetGain`](super::PhoneState::HeadsetGain)."
    )]
    pub const PHONESTATE_HEADSETGAIN: ::core::primitive::u32 = 131072;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::Suspend`](super::PhoneState::Suspend)."
    )]
    pub const PHONESTATE_SUSPEND: ::core::primitive::u32 = 262144;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::Resume`](super::PhoneState::Resume)."
    )]
    pub const PHONESTATE_RESUME: ::core::primitive::u32 = 524288;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::DevSpecific`](super::PhoneState::DevSpecific)."
    )]
    pub const PHONESTATE_DEVSPECIFIC: ::core::primitive::u32 = 1048576;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::Reinit`](super::PhoneState::Reinit)."
    )]
    pub const PHONESTATE_REINIT: ::core::primitive::u32 = 2097152;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::CapsChange`](super::PhoneState::CapsChange)."
    )]
    pub const PHONESTATE_CAPSCHANGE: ::core::primitive::u32 = 4194304;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneState::Removed`](super::PhoneState::Removed)."
    )]
    pub const PHONESTATE_REMOVED: ::core::primitive::u32 = 8388608;
}
/// Overall status bits of a phone device.
///
/// Reported in the `dwStatusFlags` member of `PHONESTATUS`, returned by `phoneGetStatus`.
/// No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum PhoneStatusFlags {
    /// Set while the phone is connected to TAPI.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATUSFLAGS_CONNECTED` = `0x00000001`")]
    Connected = 0x0000_0001,
    /// Set while TAPI's control of the phone is suspended, which happens when the switch needs to operate the phone without interference from applications.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONESTATUSFLAGS_SUSPENDED` = `0x00000002`")]
    Suspended = 0x0000_0002,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Overall status bits of a phone device.\n\nReported in the `dwStatusFlags` member of `PHONESTATUS`, returned by `phoneGetStatus`. No bits are open for extensions.Set while the phone is connected to TAPI.Set while TAPI's control of the phone is suspended, which happens when the switch needs to operate the phone without interference from applications."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Allgemeine Statusbits eines Telefongeräts.\n\nGemeldet im Feld `dwStatusFlags` der Struktur `PHONESTATUS`, die `phoneGetStatus` zurückgibt. Für Erweiterungen sind keine Bits frei.Gesetzt, solange das Telefon mit TAPI verbunden ist.Gesetzt, solange die Steuerung des Telefons durch TAPI ausgesetzt ist; das geschieht, wenn die Vermittlung das Telefon ohne Eingriffe von Anwendungen bedienen muss."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Bits d’état général d’un périphérique téléphonique.\n\nFournis dans le membre `dwStatusFlags` de `PHONESTATUS`, renvoyé par `phoneGetStatus`. Aucun bit n’est ouvert aux extensions.Positionné tant que le poste est connecté à TAPI.Positionné tant que le contrôle du poste par TAPI est suspendu, ce qui arrive lorsque le commutateur doit agir sur le poste sans interférence des applications."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneStatusFlags",
            prefix: "PHONESTATUSFLAGS_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 3u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &["PHONESTATUSFLAGS_CONNECTED", "PHONESTATUSFLAGS_SUSPENDED"],
                bits: &[1u64, 2u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x9F\0\0\0\0\0\0\0\xB4\0\0\0\0\0\0\0\xC0\0\0\0\xFF\xFF\0\0\0\0\x9F\0\0\0)\0\0\0\xB4\0\0\x004\0\0\0\xC0\0\0\x004\0\0\0\xFF\xFF\0\0\0\0\xC8\0\0\0\x94\0\0\0\xE8\0\0\0\xA4\0\0\0\xF4\0\0\0\xA2\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHONESTATUSFLAGS_CONNECTED",
                        "PHONESTATUSFLAGS_SUSPENDED",
                        "CONNECTED",
                        "SUSPENDED",
                    ],
                    by_value: b"\0\0\x01\0",
                    bit_index: b"\0\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | PHONESTATUSFLAGS_CONNECTED",
                        " | PHONESTATUSFLAGS_SUSPENDED",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 59u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\0\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHONESTATUSFLAGS_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<PhoneStatusFlags>`](::tapi_consts::Flags), named [`PhoneStatusFlagsSet`](crate::families::PhoneStatusFlagsSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `PHONESTATUSFLAGS_CONNECTED` | `0x00000001` |\n| `PHONESTATUSFLAGS_SUSPENDED` | `0x00000002` |\n\n# Deutsch\n\nAllgemeine Statusbits eines Telefongeräts.<br><br>Gemeldet im Feld `dwStatusFlags` der Struktur `PHONESTATUS`, die `phoneGetStatus` zurückgibt. Für Erweiterungen sind keine Bits frei.\n\n- `PHONESTATUSFLAGS_CONNECTED`: Gesetzt, solange das Telefon mit TAPI verbunden ist.\n- `PHONESTATUSFLAGS_SUSPENDED`: Gesetzt, solange die Steuerung des Telefons durch TAPI ausgesetzt ist; das geschieht, wenn die Vermittlung das Telefon ohne Eingriffe von Anwendungen bedienen muss.\n\n# Français\n\nBits d’état général d’un périphérique téléphonique.<br><br>Fournis dans le membre `dwStatusFlags` de `PHONESTATUS`, renvoyé par `phoneGetStatus`. Aucun bit n’est ouvert aux extensions.\n\n- `PHONESTATUSFLAGS_CONNECTED`: Positionné tant que le poste est connecté à TAPI.\n- `PHONESTATUSFLAGS_SUSPENDED`: Positionné tant que le contrôle du poste par TAPI est suspendu, ce qui arrive lorsque le commutateur doit agir sur le poste sans interférence des applications.\n"
    )]
    impl PhoneStatusFlags {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[Self::Connected, Self::Suspended];
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
                2 => __tapi::Some(Self::Suspended),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PHONESTATUSFLAGS_CONNECTED`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhoneStatusFlags {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneStatusFlags> for ::core::primitive::u32 {
        #[inline]
        fn from(member: PhoneStatusFlags) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for PhoneStatusFlags {
        type Error = ::tapi_consts::UnknownValueError<PhoneStatusFlags>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneStatusFlags {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneStatusFlags {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for PhoneStatusFlags {}
    #[automatically_derived]
    impl ::core::ops::BitOr for PhoneStatusFlags {
        type Output = ::tapi_consts::Flags<PhoneStatusFlags>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<PhoneStatusFlags> {
            <::tapi_consts::Flags<
                PhoneStatusFlags,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<PhoneStatusFlags>>
    for PhoneStatusFlags {
        type Output = ::tapi_consts::Flags<PhoneStatusFlags>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<PhoneStatusFlags>,
        ) -> ::tapi_consts::Flags<PhoneStatusFlags> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneStatusFlags, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(PhoneStatusFlags);
};
///The `PHONESTATUSFLAGS_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_phonestatusflags {
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneStatusFlags::Connected`](super::PhoneStatusFlags::Connected)."
    )]
    pub const PHONESTATUSFLAGS_CONNECTED: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneStatusFlags::Suspended`](super::PhoneStatusFlags::Suspended)."
    )]
    pub const PHONESTATUSFLAGS_SUSPENDED: ::core::primitive::u32 = 2;
}
