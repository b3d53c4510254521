//! Phone devices: features, hookswitch devices and modes, privileges, state changes and status.

use tapi_consts::ConstFamily;

/// Lists the phone operations that can be invoked on a phone device; each bit except
/// `GenericPhone` stands for the TAPI function with the matching name.
///
/// Reported in the `dwPhoneFeatures` member of `PHONECAPS` (what the device supports) and of
/// `PHONESTATUS` (what can be used at the moment). For the gain, hook-switch and volume
/// functions, the suffix names the hook switch device passed to the function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEFEATURE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Énumère les opérations qu’il est possible d’invoquer sur un périphérique téléphonique ; chaque bit, sauf `GenericPhone`, correspond à la fonction TAPI de même nom.\n\nFourni dans le membre `dwPhoneFeatures` de `PHONECAPS` (ce que le périphérique prend en charge) et de `PHONESTATUS` (ce qui est utilisable à cet instant). Pour les fonctions de gain, de commutateur crochet et de volume, le suffixe désigne le périphérique à commutateur crochet passé à la fonction.",
    de = "Führt die Telefonoperationen auf, die sich auf einem Telefongerät aufrufen lassen; jedes Bit außer `GenericPhone` steht für die gleichnamige TAPI-Funktion.\n\nGemeldet im Feld `dwPhoneFeatures` von `PHONECAPS` (was das Gerät unterstützt) und von `PHONESTATUS` (was im Moment verwendet werden kann). Bei den Funktionen für Mikrofonverstärkung, Gabelumschalter und Lautstärke bezeichnet das Suffix das Gerät mit Gabelumschalter, das der Funktion übergeben wird."
))]
pub enum PhoneFeature {
    /// `phoneGetButtonInfo` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetButtonInfo` peut être appelée.",
        de = "`phoneGetButtonInfo` kann aufgerufen werden."
    ))]
    GetButtonInfo = 0x0000_0001,
    /// `phoneGetData` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetData` peut être appelée.",
        de = "`phoneGetData` kann aufgerufen werden."
    ))]
    GetData = 0x0000_0002,
    /// `phoneGetDisplay` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetDisplay` peut être appelée.",
        de = "`phoneGetDisplay` kann aufgerufen werden."
    ))]
    GetDisplay = 0x0000_0004,
    /// `phoneGetGain` can be called for the handset microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetGain` peut être appelée pour le microphone du combiné.",
        de = "`phoneGetGain` kann für das Mikrofon des Hörers aufgerufen werden."
    ))]
    GetGainHandset = 0x0000_0008,
    /// `phoneGetGain` can be called for the speakerphone microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetGain` peut être appelée pour le microphone du haut-parleur.",
        de = "`phoneGetGain` kann für das Mikrofon der Freisprecheinrichtung aufgerufen werden."
    ))]
    GetGainSpeaker = 0x0000_0010,
    /// `phoneGetGain` can be called for the headset microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetGain` peut être appelée pour le microphone du casque.",
        de = "`phoneGetGain` kann für das Mikrofon des Headsets aufgerufen werden."
    ))]
    GetGainHeadset = 0x0000_0020,
    /// `phoneGetHookSwitch` can report the hook switch state of the handset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du combiné.",
        de = "`phoneGetHookSwitch` kann den Gabelumschalter-Zustand des Hörers melden."
    ))]
    GetHookSwitchHandset = 0x0000_0040,
    /// `phoneGetHookSwitch` can report the hook switch state of the speakerphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du haut-parleur.",
        de = "`phoneGetHookSwitch` kann den Gabelumschalter-Zustand der Freisprecheinrichtung melden."
    ))]
    GetHookSwitchSpeaker = 0x0000_0080,
    /// `phoneGetHookSwitch` can report the hook switch state of the headset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du casque.",
        de = "`phoneGetHookSwitch` kann den Gabelumschalter-Zustand des Headsets melden."
    ))]
    GetHookSwitchHeadset = 0x0000_0100,
    /// `phoneGetLamp` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetLamp` peut être appelée.",
        de = "`phoneGetLamp` kann aufgerufen werden."
    ))]
    GetLamp = 0x0000_0200,
    /// `phoneGetRing` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetRing` peut être appelée.",
        de = "`phoneGetRing` kann aufgerufen werden."
    ))]
    GetRing = 0x0000_0400,
    /// `phoneGetVolume` can be called for the handset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetVolume` peut être appelée pour le combiné.",
        de = "`phoneGetVolume` kann für den Hörer aufgerufen werden."
    ))]
    GetVolumeHandset = 0x0000_0800,
    /// `phoneGetVolume` can be called for the speakerphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetVolume` peut être appelée pour le haut-parleur.",
        de = "`phoneGetVolume` kann für die Freisprecheinrichtung aufgerufen werden."
    ))]
    GetVolumeSpeaker = 0x0000_1000,
    /// `phoneGetVolume` can be called for the headset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetVolume` peut être appelée pour le casque.",
        de = "`phoneGetVolume` kann für das Headset aufgerufen werden."
    ))]
    GetVolumeHeadset = 0x0000_2000,
    /// `phoneSetButtonInfo` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetButtonInfo` peut être appelée.",
        de = "`phoneSetButtonInfo` kann aufgerufen werden."
    ))]
    SetButtonInfo = 0x0000_4000,
    /// `phoneSetData` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetData` peut être appelée.",
        de = "`phoneSetData` kann aufgerufen werden."
    ))]
    SetData = 0x0000_8000,
    /// `phoneSetDisplay` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetDisplay` peut être appelée.",
        de = "`phoneSetDisplay` kann aufgerufen werden."
    ))]
    SetDisplay = 0x0001_0000,
    /// `phoneSetGain` can be called for the handset microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetGain` peut être appelée pour le microphone du combiné.",
        de = "`phoneSetGain` kann für das Mikrofon des Hörers aufgerufen werden."
    ))]
    SetGainHandset = 0x0002_0000,
    /// `phoneSetGain` can be called for the speakerphone microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetGain` peut être appelée pour le microphone du haut-parleur.",
        de = "`phoneSetGain` kann für das Mikrofon der Freisprecheinrichtung aufgerufen werden."
    ))]
    SetGainSpeaker = 0x0004_0000,
    /// `phoneSetGain` can be called for the headset microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetGain` peut être appelée pour le microphone du casque.",
        de = "`phoneSetGain` kann für das Mikrofon des Headsets aufgerufen werden."
    ))]
    SetGainHeadset = 0x0008_0000,
    /// `phoneSetHookSwitch` can change the hook switch state of the handset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetHookSwitch` peut modifier l’état du commutateur crochet du combiné.",
        de = "`phoneSetHookSwitch` kann den Gabelumschalter-Zustand des Hörers ändern."
    ))]
    SetHookSwitchHandset = 0x0010_0000,
    /// `phoneSetHookSwitch` can change the hook switch state of the speakerphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetHookSwitch` peut modifier l’état du commutateur crochet du haut-parleur.",
        de = "`phoneSetHookSwitch` kann den Gabelumschalter-Zustand der Freisprecheinrichtung ändern."
    ))]
    SetHookSwitchSpeaker = 0x0020_0000,
    /// `phoneSetHookSwitch` can change the hook switch state of the headset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetHookSwitch` peut modifier l’état du commutateur crochet du casque.",
        de = "`phoneSetHookSwitch` kann den Gabelumschalter-Zustand des Headsets ändern."
    ))]
    SetHookSwitchHeadset = 0x0040_0000,
    /// `phoneSetLamp` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetLamp` peut être appelée.",
        de = "`phoneSetLamp` kann aufgerufen werden."
    ))]
    SetLamp = 0x0080_0000,
    /// `phoneSetRing` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetRing` peut être appelée.",
        de = "`phoneSetRing` kann aufgerufen werden."
    ))]
    SetRing = 0x0100_0000,
    /// `phoneSetVolume` can be called for the handset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetVolume` peut être appelée pour le combiné.",
        de = "`phoneSetVolume` kann für den Hörer aufgerufen werden."
    ))]
    SetVolumeHandset = 0x0200_0000,
    /// `phoneSetVolume` can be called for the speakerphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetVolume` peut être appelée pour le haut-parleur.",
        de = "`phoneSetVolume` kann für die Freisprecheinrichtung aufgerufen werden."
    ))]
    SetVolumeSpeaker = 0x0400_0000,
    /// `phoneSetVolume` can be called for the headset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetVolume` peut être appelée pour le casque.",
        de = "`phoneSetVolume` kann für das Headset aufgerufen werden."
    ))]
    SetVolumeHeadset = 0x0800_0000,
    /// Marks the device as a generic phone; it corresponds to no single function and only matters to TAPI 3.0 and later applications.
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Signale que le périphérique est un téléphone générique ; ne correspond à aucune fonction particulière et ne concerne que les applications ayant négocié TAPI 3.0 ou une version ultérieure.",
        de = "Kennzeichnet das Gerät als generisches Telefon; entspricht keiner einzelnen Funktion und ist nur für Anwendungen mit TAPI 3.0 oder höher von Bedeutung."
    ))]
    GenericPhone = 0x1000_0000,
}

/// Names the audio input/output devices of a phone set that each have their own hook switch
/// under computer control.
///
/// Used in the `dwHookSwitchDevs` member of `PHONECAPS` (which devices exist), as the
/// device selector of `phoneSetHookSwitch` and in the result of `phoneGetHookSwitch`
/// (which devices are off hook). No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEHOOKSWITCHDEV_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Désigne les périphériques d’entrée/sortie audio d’un poste téléphonique qui possèdent chacun leur propre commutateur crochet pilotable par l’ordinateur.\n\nUtilisé dans le membre `dwHookSwitchDevs` de `PHONECAPS` (périphériques présents), comme sélecteur de périphérique de `phoneSetHookSwitch` et dans le résultat de `phoneGetHookSwitch` (périphériques décrochés). Aucun bit n’est ouvert aux extensions.",
    de = "Bezeichnet die Audio-Ein-/Ausgabegeräte eines Telefons, die jeweils einen eigenen, vom Computer steuerbaren Gabelumschalter haben.\n\nVerwendet im Feld `dwHookSwitchDevs` von `PHONECAPS` (welche Geräte vorhanden sind), als Geräteauswahl von `phoneSetHookSwitch` und im Ergebnis von `phoneGetHookSwitch` (welche Geräte abgehoben sind). Für Erweiterungen sind keine Bits frei."
))]
pub enum PhoneHookSwitchDev {
    /// The ordinary handset, with its earpiece and mouthpiece.
    #[tapi(doc(
        fr = "Le combiné ordinaire, avec son écouteur et son microphone.",
        de = "Der gewöhnliche Hörer mit Hörkapsel und Sprechkapsel."
    ))]
    Handset = 0x0000_0001,
    /// The speakerphone: a built-in loudspeaker and microphone, or an external speaker unit attached to the set.
    #[tapi(doc(
        fr = "Le haut-parleur : haut-parleur et microphone intégrés, ou unité de haut-parleur externe raccordée au poste.",
        de = "Die Freisprecheinrichtung: ein eingebauter Lautsprecher mit Mikrofon oder eine am Telefon angeschlossene externe Lautsprechereinheit."
    ))]
    Speaker = 0x0000_0002,
    /// A headset plugged into the phone set.
    #[tapi(doc(
        fr = "Un casque branché sur le poste téléphonique.",
        de = "Ein am Telefon angeschlossenes Headset."
    ))]
    Headset = 0x0000_0004,
}

/// Tells which of the microphone and speaker of a hook switch device are active, giving
/// separate control over the two.
///
/// Passed as the mode of `phoneSetHookSwitch`, reported in the `dwHandsetHookSwitchMode`,
/// `dwSpeakerHookSwitchMode` and `dwHeadsetHookSwitchMode` members of `PHONESTATUS`, and
/// listed per device in `PHONECAPS`. No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEHOOKSWITCHMODE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Indique lesquels du microphone et du haut-parleur d’un périphérique à commutateur crochet sont actifs, ce qui permet de les commander séparément.\n\nPassé comme mode à `phoneSetHookSwitch`, fourni dans les membres `dwHandsetHookSwitchMode`, `dwSpeakerHookSwitchMode` et `dwHeadsetHookSwitchMode` de `PHONESTATUS`, et énuméré pour chaque périphérique dans `PHONECAPS`. Aucun bit n’est ouvert aux extensions.",
    de = "Gibt an, welche der beiden Komponenten Mikrofon und Lautsprecher eines Geräts mit Gabelumschalter aktiv sind, sodass sich beide getrennt steuern lassen.\n\nWird `phoneSetHookSwitch` als Modus übergeben, in den Feldern `dwHandsetHookSwitchMode`, `dwSpeakerHookSwitchMode` und `dwHeadsetHookSwitchMode` von `PHONESTATUS` gemeldet und in `PHONECAPS` für jedes Gerät aufgeführt. Für Erweiterungen sind keine Bits frei."
))]
pub enum PhoneHookSwitchMode {
    /// Both the microphone and the speaker of the device are on hook.
    #[tapi(doc(
        fr = "Le microphone et le haut-parleur du périphérique sont tous deux raccrochés.",
        de = "Mikrofon und Lautsprecher des Geräts sind beide aufgelegt."
    ))]
    OnHook = 0x0000_0001,
    /// Only the microphone is active; the speaker is muted.
    #[tapi(doc(
        fr = "Seul le microphone est actif ; le haut-parleur est coupé.",
        de = "Nur das Mikrofon ist aktiv; der Lautsprecher ist stummgeschaltet."
    ))]
    Mic = 0x0000_0002,
    /// Only the speaker is active; the microphone is muted.
    #[tapi(doc(
        fr = "Seul le haut-parleur est actif ; le microphone est coupé.",
        de = "Nur der Lautsprecher ist aktiv; das Mikrofon ist stummgeschaltet."
    ))]
    Speaker = 0x0000_0004,
    /// Both the microphone and the speaker are active.
    #[tapi(doc(
        fr = "Le microphone et le haut-parleur sont tous deux actifs.",
        de = "Mikrofon und Lautsprecher sind beide aktiv."
    ))]
    MicSpeaker = 0x0000_0008,
    /// The hook switch mode of the device cannot be determined at the moment.
    #[tapi(doc(
        fr = "Le mode du commutateur crochet du périphérique ne peut pas être déterminé pour le moment.",
        de = "Der Gabelumschalter-Modus des Geräts lässt sich derzeit nicht ermitteln."
    ))]
    Unknown = 0x0000_0010,
}

/// Selects the privilege with which an application opens a phone device.
///
/// Passed in the `dwPrivilege` parameter of `phoneOpen`. No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONEPRIVILEGE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Choisit le privilège avec lequel une application ouvre un périphérique téléphonique.\n\nPassé dans le paramètre `dwPrivilege` de `phoneOpen`. Aucun bit n’est ouvert aux extensions.",
    de = "Wählt die Berechtigung, mit der eine Anwendung ein Telefongerät öffnet.\n\nWird im Parameter `dwPrivilege` von `phoneOpen` übergeben. Für Erweiterungen sind keine Bits frei."
))]
pub enum PhonePrivilege {
    /// Monitor privilege: the application is told about the phone's events and state changes but may only call status functions, never ones that change the phone. Several applications can monitor the same phone at once.
    #[tapi(doc(
        fr = "Privilège de surveillance : l’application est informée des événements et changements d’état du poste, mais ne peut appeler que des fonctions d’état, jamais des fonctions qui modifient le poste. Plusieurs applications peuvent surveiller le même poste simultanément.",
        de = "Überwachungsberechtigung: Die Anwendung wird über Ereignisse und Zustandsänderungen des Telefongeräts informiert, darf aber nur Statusfunktionen aufrufen, niemals Funktionen, die das Telefongerät verändern. Mehrere Anwendungen können dasselbe Telefongerät gleichzeitig überwachen."
    ))]
    Monitor = 0x0000_0001,
    /// Owner privilege: the application may change the phone's lamps, ringer, display, hook switch and data areas, and also receives monitoring information. Only one application at a time can own a phone.
    #[tapi(doc(
        fr = "Privilège de propriétaire : l’application peut modifier les voyants, la sonnerie, l’afficheur, le commutateur crochet et les zones de données du poste, et reçoit aussi les informations de surveillance. Une seule application à la fois peut être propriétaire d’un poste.",
        de = "Besitzerprivileg: Die Anwendung darf Leuchtanzeigen, Rufsignal, Display, Gabelumschalter und Datenbereiche des Telefongeräts ändern und erhält außerdem die Überwachungsinformationen. Ein Telefongerät kann jeweils nur eine Anwendung als Besitzer haben."
    ))]
    Owner = 0x0000_0002,
}

/// Identifies the phone status items that have changed.
///
/// Sent in `dwParam1` of the `PHONE_STATE` message; the same bits appear in the `dwPhoneStates`
/// member of `PHONECAPS` and in the filter given to `phoneSetStatusMessages`. No bits are open
/// for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONESTATE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Identifie les éléments d’état du poste téléphonique qui ont changé.\n\nEnvoyé dans `dwParam1` du message `PHONE_STATE` ; les mêmes bits figurent dans le membre `dwPhoneStates` de `PHONECAPS` et dans le filtre passé à `phoneSetStatusMessages`. Aucun bit n’est ouvert aux extensions.",
    de = "Bezeichnet die Statuselemente des Telefongeräts, die sich geändert haben.\n\nWird in `dwParam1` der Nachricht `PHONE_STATE` gesendet; dieselben Bits stehen im Feld `dwPhoneStates` von `PHONECAPS` und im Filter, der `phoneSetStatusMessages` übergeben wird. Für Erweiterungen sind keine Bits frei."
))]
pub enum PhoneState {
    /// Some status item not covered by the other values has changed; the application should read the phone status to see which.
    #[tapi(doc(
        fr = "Un élément d’état non couvert par les autres valeurs a changé ; l’application doit lire l’état du poste pour savoir lequel.",
        de = "Ein Statuselement, das die anderen Werte nicht abdecken, hat sich geändert; die Anwendung sollte den Status des Telefongeräts abfragen, um festzustellen, welches."
    ))]
    Other = 0x0000_0001,
    /// The link between the phone and TAPI has just been established, for instance when TAPI starts or when the phone is plugged into the computer while TAPI runs.
    #[tapi(doc(
        fr = "La liaison entre le poste et TAPI vient d’être établie, par exemple au démarrage de TAPI ou lorsque le poste est branché sur l’ordinateur pendant que TAPI fonctionne.",
        de = "Die Verbindung zwischen dem Telefon und TAPI wurde gerade hergestellt, etwa beim Start von TAPI oder wenn das Telefon bei laufendem TAPI an den Computer angeschlossen wird."
    ))]
    Connected = 0x0000_0002,
    /// The link between the phone and TAPI has just been lost, for instance because the phone was unplugged while TAPI was running.
    #[tapi(doc(
        fr = "La liaison entre le poste et TAPI vient d’être perdue, par exemple parce que le poste a été débranché pendant que TAPI fonctionnait.",
        de = "Die Verbindung zwischen dem Telefon und TAPI ist gerade verloren gegangen, etwa weil das Telefon bei laufendem TAPI vom Computer abgezogen wurde."
    ))]
    Disconnected = 0x0000_0004,
    /// The number of applications that own the phone has changed.
    #[tapi(doc(
        fr = "Le nombre d’applications propriétaires du poste a changé.",
        de = "Die Anzahl der Anwendungen, die Besitzer des Telefongeräts sind, hat sich geändert."
    ))]
    Owner = 0x0000_0008,
    /// The number of applications that monitor the phone has changed.
    #[tapi(doc(
        fr = "Le nombre d’applications qui surveillent le poste a changé.",
        de = "Die Anzahl der Anwendungen, die das Telefongerät überwachen, hat sich geändert."
    ))]
    Monitors = 0x0000_0010,
    /// The contents of the phone's display have changed.
    #[tapi(doc(
        fr = "Le contenu de l’afficheur du poste a changé.",
        de = "Der Inhalt des Displays am Telefon hat sich geändert."
    ))]
    Display = 0x0000_0020,
    /// One of the phone's lamps has changed.
    #[tapi(doc(
        fr = "L’un des voyants du poste a changé.",
        de = "Eine der Leuchtanzeigen des Telefons hat sich geändert."
    ))]
    Lamp = 0x0000_0040,
    /// The phone's ring mode has changed.
    #[tapi(doc(
        fr = "Le mode de sonnerie du poste a changé.",
        de = "Der Klingelmodus des Telefons hat sich geändert."
    ))]
    RingMode = 0x0000_0080,
    /// The phone's ring volume has changed.
    #[tapi(doc(
        fr = "Le volume de sonnerie du poste a changé.",
        de = "Die Lautstärke des Rufsignals am Telefon hat sich geändert."
    ))]
    RingVolume = 0x0000_0100,
    /// The handset's hook switch state has changed.
    #[tapi(doc(
        fr = "L’état du commutateur crochet du combiné a changé.",
        de = "Der Gabelumschalter-Zustand des Hörers hat sich geändert."
    ))]
    HandsetHookSwitch = 0x0000_0200,
    /// The volume of the handset's earpiece has changed.
    #[tapi(doc(
        fr = "Le volume de l’écouteur du combiné a changé.",
        de = "Die Lautstärke der Hörkapsel des Hörers hat sich geändert."
    ))]
    HandsetVolume = 0x0000_0400,
    /// The gain of the handset's microphone has changed.
    #[tapi(doc(
        fr = "Le gain du microphone du combiné a changé.",
        de = "Die Mikrofonverstärkung des Hörers hat sich geändert."
    ))]
    HandsetGain = 0x0000_0800,
    /// The speakerphone's hook switch state has changed.
    #[tapi(doc(
        fr = "L’état du commutateur crochet du haut-parleur a changé.",
        de = "Der Gabelumschalter-Zustand der Freisprecheinrichtung hat sich geändert."
    ))]
    SpeakerHookSwitch = 0x0000_1000,
    /// The speakerphone's loudspeaker volume has changed.
    #[tapi(doc(
        fr = "Le volume du haut-parleur a changé.",
        de = "Die Lautstärke des Lautsprechers der Freisprecheinrichtung hat sich geändert."
    ))]
    SpeakerVolume = 0x0000_2000,
    /// The gain of the speakerphone's microphone has changed.
    #[tapi(doc(
        fr = "Le gain du microphone du haut-parleur a changé.",
        de = "Die Mikrofonverstärkung der Freisprecheinrichtung hat sich geändert."
    ))]
    SpeakerGain = 0x0000_4000,
    /// The headset's hook switch state has changed.
    #[tapi(doc(
        fr = "L’état du commutateur crochet du casque a changé.",
        de = "Der Gabelumschalter-Zustand des Headsets hat sich geändert."
    ))]
    HeadsetHookSwitch = 0x0000_8000,
    /// The volume of the headset's earphones has changed.
    #[tapi(doc(
        fr = "Le volume des écouteurs du casque a changé.",
        de = "Die Lautstärke der Ohrhörer des Headsets hat sich geändert."
    ))]
    HeadsetVolume = 0x0001_0000,
    /// The gain of the headset's microphone has changed.
    #[tapi(doc(
        fr = "Le gain du microphone du casque a changé.",
        de = "Die Mikrofonverstärkung des Headsets hat sich geändert."
    ))]
    HeadsetGain = 0x0002_0000,
    /// The application's use of the phone has been suspended for a while.
    #[tapi(doc(
        fr = "L’utilisation du poste par l’application a été suspendue pour un temps.",
        de = "Die Nutzung des Telefongeräts durch die Anwendung wurde vorübergehend ausgesetzt."
    ))]
    Suspend = 0x0004_0000,
    /// The application may use the phone again after a suspension.
    #[tapi(doc(
        fr = "L’application peut de nouveau utiliser le poste après une suspension.",
        de = "Die Anwendung kann das Telefongerät nach einer Aussetzung wieder verwenden."
    ))]
    Resume = 0x0008_0000,
    /// Device-specific information about the phone has changed.
    #[tapi(doc(
        fr = "Des informations propres au périphérique ont changé pour ce poste.",
        de = "Gerätespezifische Informationen über das Telefongerät haben sich geändert."
    ))]
    DevSpecific = 0x0010_0000,
    /// The phone device configuration has changed (for example, new phones were added); the application must shut down and reinitialize TAPI to see it.
    #[tapi(doc(
        fr = "La configuration des périphériques téléphoniques a changé (par exemple, de nouveaux postes ont été ajoutés) ; l’application doit fermer puis réinitialiser TAPI pour en tenir compte.",
        de = "Die Konfiguration der Telefongeräte hat sich geändert (etwa weil neue Telefone hinzugekommen sind); die Anwendung muss ihre Nutzung von TAPI beenden und TAPI neu initialisieren, damit die Änderung sichtbar wird."
    ))]
    Reinit = 0x0020_0000,
    /// One or more `PHONECAPS` members have changed, for example after a configuration change; call `phoneGetDevCaps` again. Applications that negotiated a version older than 1.4 get `Reinit` instead.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Un ou plusieurs membres de `PHONECAPS` ont changé, par exemple après une modification de configuration ; appelez de nouveau `phoneGetDevCaps`. Les applications ayant négocié une version antérieure à 1.4 reçoivent `Reinit` à la place.",
        de = "Ein oder mehrere Felder von `PHONECAPS` haben sich geändert, etwa nach einer Konfigurationsänderung; `phoneGetDevCaps` muss erneut aufgerufen werden. Anwendungen, die eine Version vor 1.4 ausgehandelt haben, erhalten stattdessen `Reinit`."
    ))]
    CapsChange = 0x0040_0000,
    /// The service provider is removing the device from the system, typically at the user's request. A `PHONE_CLOSE` usually follows, and later access returns `PHONEERR_NODEVICE` until TAPI is reinitialized; only applications using version 1.4 or later are told.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Le fournisseur de services retire le périphérique du système, en général à la demande de l’utilisateur. Un message `PHONE_CLOSE` suit normalement, et tout accès ultérieur renvoie `PHONEERR_NODEVICE` jusqu’à la réinitialisation de TAPI ; seules les applications ayant négocié TAPI 1.4 ou une version ultérieure en sont averties.",
        de = "Der Dienstanbieter entfernt das Gerät aus dem System, in der Regel auf Wunsch des Benutzers. Meist folgt eine Nachricht `PHONE_CLOSE`, und spätere Zugriffe liefern `PHONEERR_NODEVICE`, bis TAPI neu initialisiert wird; benachrichtigt werden nur Anwendungen, die TAPI 1.4 oder höher verwenden."
    ))]
    Removed = 0x0080_0000,
}

/// Overall status bits of a phone device.
///
/// Reported in the `dwStatusFlags` member of `PHONESTATUS`, returned by `phoneGetStatus`.
/// No bits are open for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "PHONESTATUSFLAGS_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Bits d’état général d’un périphérique téléphonique.\n\nFournis dans le membre `dwStatusFlags` de `PHONESTATUS`, renvoyé par `phoneGetStatus`. Aucun bit n’est ouvert aux extensions.",
    de = "Allgemeine Statusbits eines Telefongeräts.\n\nGemeldet im Feld `dwStatusFlags` der Struktur `PHONESTATUS`, die `phoneGetStatus` zurückgibt. Für Erweiterungen sind keine Bits frei."
))]
pub enum PhoneStatusFlags {
    /// Set while the phone is connected to TAPI.
    #[tapi(doc(
        fr = "Positionné tant que le poste est connecté à TAPI.",
        de = "Gesetzt, solange das Telefon mit TAPI verbunden ist."
    ))]
    Connected = 0x0000_0001,
    /// Set while TAPI's control of the phone is suspended, which happens when the switch needs to operate the phone without interference from applications.
    #[tapi(doc(
        fr = "Positionné tant que le contrôle du poste par TAPI est suspendu, ce qui arrive lorsque le commutateur doit agir sur le poste sans interférence des applications.",
        de = "Gesetzt, solange die Steuerung des Telefons durch TAPI ausgesetzt ist; das geschieht, wenn die Vermittlung das Telefon ohne Eingriffe von Anwendungen bedienen muss."
    ))]
    Suspended = 0x0000_0002,
}
