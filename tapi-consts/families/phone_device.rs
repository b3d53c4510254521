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
    fr = "Énumère les opérations qu’il est possible d’invoquer sur un périphérique téléphonique ; chaque bit, sauf `GenericPhone`, correspond à la fonction TAPI de même nom.\n\nFourni dans le membre `dwPhoneFeatures` de `PHONECAPS` (ce que le périphérique prend en charge) et de `PHONESTATUS` (ce qui est utilisable à cet instant). Pour les fonctions de gain, de commutateur crochet et de volume, le suffixe désigne le périphérique à commutateur crochet passé à la fonction."
))]
pub enum PhoneFeature {
    /// `phoneGetButtonInfo` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetButtonInfo` peut être appelée."))]
    GetButtonInfo = 0x0000_0001,
    /// `phoneGetData` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetData` peut être appelée."))]
    GetData = 0x0000_0002,
    /// `phoneGetDisplay` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetDisplay` peut être appelée."))]
    GetDisplay = 0x0000_0004,
    /// `phoneGetGain` can be called for the handset microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetGain` peut être appelée pour le microphone du combiné."))]
    GetGainHandset = 0x0000_0008,
    /// `phoneGetGain` can be called for the speakerphone microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetGain` peut être appelée pour le microphone du haut-parleur."))]
    GetGainSpeaker = 0x0000_0010,
    /// `phoneGetGain` can be called for the headset microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetGain` peut être appelée pour le microphone du casque."))]
    GetGainHeadset = 0x0000_0020,
    /// `phoneGetHookSwitch` can report the hook switch state of the handset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du combiné."
    ))]
    GetHookSwitchHandset = 0x0000_0040,
    /// `phoneGetHookSwitch` can report the hook switch state of the speakerphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du haut-parleur."
    ))]
    GetHookSwitchSpeaker = 0x0000_0080,
    /// `phoneGetHookSwitch` can report the hook switch state of the headset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneGetHookSwitch` peut indiquer l’état du commutateur crochet du casque."
    ))]
    GetHookSwitchHeadset = 0x0000_0100,
    /// `phoneGetLamp` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetLamp` peut être appelée."))]
    GetLamp = 0x0000_0200,
    /// `phoneGetRing` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetRing` peut être appelée."))]
    GetRing = 0x0000_0400,
    /// `phoneGetVolume` can be called for the handset.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetVolume` peut être appelée pour le combiné."))]
    GetVolumeHandset = 0x0000_0800,
    /// `phoneGetVolume` can be called for the speakerphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetVolume` peut être appelée pour le haut-parleur."))]
    GetVolumeSpeaker = 0x0000_1000,
    /// `phoneGetVolume` can be called for the headset.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneGetVolume` peut être appelée pour le casque."))]
    GetVolumeHeadset = 0x0000_2000,
    /// `phoneSetButtonInfo` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetButtonInfo` peut être appelée."))]
    SetButtonInfo = 0x0000_4000,
    /// `phoneSetData` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetData` peut être appelée."))]
    SetData = 0x0000_8000,
    /// `phoneSetDisplay` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetDisplay` peut être appelée."))]
    SetDisplay = 0x0001_0000,
    /// `phoneSetGain` can be called for the handset microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetGain` peut être appelée pour le microphone du combiné."))]
    SetGainHandset = 0x0002_0000,
    /// `phoneSetGain` can be called for the speakerphone microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetGain` peut être appelée pour le microphone du haut-parleur."))]
    SetGainSpeaker = 0x0004_0000,
    /// `phoneSetGain` can be called for the headset microphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetGain` peut être appelée pour le microphone du casque."))]
    SetGainHeadset = 0x0008_0000,
    /// `phoneSetHookSwitch` can change the hook switch state of the handset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetHookSwitch` peut modifier l’état du commutateur crochet du combiné."
    ))]
    SetHookSwitchHandset = 0x0010_0000,
    /// `phoneSetHookSwitch` can change the hook switch state of the speakerphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetHookSwitch` peut modifier l’état du commutateur crochet du haut-parleur."
    ))]
    SetHookSwitchSpeaker = 0x0020_0000,
    /// `phoneSetHookSwitch` can change the hook switch state of the headset.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`phoneSetHookSwitch` peut modifier l’état du commutateur crochet du casque."
    ))]
    SetHookSwitchHeadset = 0x0040_0000,
    /// `phoneSetLamp` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetLamp` peut être appelée."))]
    SetLamp = 0x0080_0000,
    /// `phoneSetRing` can be called.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetRing` peut être appelée."))]
    SetRing = 0x0100_0000,
    /// `phoneSetVolume` can be called for the handset.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetVolume` peut être appelée pour le combiné."))]
    SetVolumeHandset = 0x0200_0000,
    /// `phoneSetVolume` can be called for the speakerphone.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetVolume` peut être appelée pour le haut-parleur."))]
    SetVolumeSpeaker = 0x0400_0000,
    /// `phoneSetVolume` can be called for the headset.
    #[tapi(since = "2.0")]
    #[tapi(doc(fr = "`phoneSetVolume` peut être appelée pour le casque."))]
    SetVolumeHeadset = 0x0800_0000,
    /// Marks the device as a generic phone; it corresponds to no single function and only matters to TAPI 3.0 and later applications.
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Signale que le périphérique est un téléphone générique ; ne correspond à aucune fonction particulière et ne concerne que les applications ayant négocié TAPI 3.0 ou une version ultérieure."
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
    fr = "Désigne les périphériques d’entrée/sortie audio d’un poste téléphonique qui possèdent chacun leur propre commutateur crochet pilotable par l’ordinateur.\n\nUtilisé dans le membre `dwHookSwitchDevs` de `PHONECAPS` (périphériques présents), comme sélecteur de périphérique de `phoneSetHookSwitch` et dans le résultat de `phoneGetHookSwitch` (périphériques décrochés). Aucun bit n’est ouvert aux extensions."
))]
pub enum PhoneHookSwitchDev {
    /// The ordinary handset, with its earpiece and mouthpiece.
    #[tapi(doc(fr = "Le combiné ordinaire, avec son écouteur et son microphone."))]
    Handset = 0x0000_0001,
    /// The speakerphone: a built-in loudspeaker and microphone, or an external speaker unit attached to the set.
    #[tapi(doc(
        fr = "Le haut-parleur : haut-parleur et microphone intégrés, ou unité de haut-parleur externe raccordée au poste."
    ))]
    Speaker = 0x0000_0002,
    /// A headset plugged into the phone set.
    #[tapi(doc(fr = "Un casque branché sur le poste téléphonique."))]
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
    fr = "Indique lesquels du microphone et du haut-parleur d’un périphérique à commutateur crochet sont actifs, ce qui permet de les commander séparément.\n\nPassé comme mode à `phoneSetHookSwitch`, fourni dans les membres `dwHandsetHookSwitchMode`, `dwSpeakerHookSwitchMode` et `dwHeadsetHookSwitchMode` de `PHONESTATUS`, et énuméré pour chaque périphérique dans `PHONECAPS`. Aucun bit n’est ouvert aux extensions."
))]
pub enum PhoneHookSwitchMode {
    /// Both the microphone and the speaker of the device are on hook.
    #[tapi(doc(
        fr = "Le microphone et le haut-parleur du périphérique sont tous deux raccrochés."
    ))]
    OnHook = 0x0000_0001,
    /// Only the microphone is active; the speaker is muted.
    #[tapi(doc(fr = "Seul le microphone est actif ; le haut-parleur est coupé."))]
    Mic = 0x0000_0002,
    /// Only the speaker is active; the microphone is muted.
    #[tapi(doc(fr = "Seul le haut-parleur est actif ; le microphone est coupé."))]
    Speaker = 0x0000_0004,
    /// Both the microphone and the speaker are active.
    #[tapi(doc(fr = "Le microphone et le haut-parleur sont tous deux actifs."))]
    MicSpeaker = 0x0000_0008,
    /// The hook switch mode of the device cannot be determined at the moment.
    #[tapi(doc(
        fr = "Le mode du commutateur crochet du périphérique ne peut pas être déterminé pour le moment."
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
    fr = "Choisit le privilège avec lequel une application ouvre un périphérique téléphonique.\n\nPassé dans le paramètre `dwPrivilege` de `phoneOpen`. Aucun bit n’est ouvert aux extensions."
))]
pub enum PhonePrivilege {
    /// Monitor privilege: the application is told about the phone's events and state changes but may only call status functions, never ones that change the phone. Several applications can monitor the same phone at once.
    #[tapi(doc(
        fr = "Privilège de surveillance : l’application est informée des événements et changements d’état du poste, mais ne peut appeler que des fonctions d’état, jamais des fonctions qui modifient le poste. Plusieurs applications peuvent surveiller le même poste simultanément."
    ))]
    Monitor = 0x0000_0001,
    /// Owner privilege: the application may change the phone's lamps, ringer, display, hook switch and data areas, and also receives monitoring information. Only one application at a time can own a phone.
    #[tapi(doc(
        fr = "Privilège de propriétaire : l’application peut modifier les voyants, la sonnerie, l’afficheur, le commutateur crochet et les zones de données du poste, et reçoit aussi les informations de surveillance. Une seule application à la fois peut être propriétaire d’un poste."
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
    fr = "Identifie les éléments d’état du poste téléphonique qui ont changé.\n\nEnvoyé dans `dwParam1` du message `PHONE_STATE` ; les mêmes bits figurent dans le membre `dwPhoneStates` de `PHONECAPS` et dans le filtre passé à `phoneSetStatusMessages`. Aucun bit n’est ouvert aux extensions."
))]
pub enum PhoneState {
    /// Some status item not covered by the other values has changed; the application should read the phone status to see which.
    #[tapi(doc(
        fr = "Un élément d’état non couvert par les autres valeurs a changé ; l’application doit lire l’état du poste pour savoir lequel."
    ))]
    Other = 0x0000_0001,
    /// The link between the phone and TAPI has just been established, for instance when TAPI starts or when the phone is plugged into the computer while TAPI runs.
    #[tapi(doc(
        fr = "La liaison entre le poste et TAPI vient d’être établie, par exemple au démarrage de TAPI ou lorsque le poste est branché sur l’ordinateur pendant que TAPI fonctionne."
    ))]
    Connected = 0x0000_0002,
    /// The link between the phone and TAPI has just been lost, for instance because the phone was unplugged while TAPI was running.
    #[tapi(doc(
        fr = "La liaison entre le poste et TAPI vient d’être perdue, par exemple parce que le poste a été débranché pendant que TAPI fonctionnait."
    ))]
    Disconnected = 0x0000_0004,
    /// The number of applications that own the phone has changed.
    #[tapi(doc(fr = "Le nombre d’applications propriétaires du poste a changé."))]
    Owner = 0x0000_0008,
    /// The number of applications that monitor the phone has changed.
    #[tapi(doc(fr = "Le nombre d’applications qui surveillent le poste a changé."))]
    Monitors = 0x0000_0010,
    /// The contents of the phone's display have changed.
    #[tapi(doc(fr = "Le contenu de l’afficheur du poste a changé."))]
    Display = 0x0000_0020,
    /// One of the phone's lamps has changed.
    #[tapi(doc(fr = "L’un des voyants du poste a changé."))]
    Lamp = 0x0000_0040,
    /// The phone's ring mode has changed.
    #[tapi(doc(fr = "Le mode de sonnerie du poste a changé."))]
    RingMode = 0x0000_0080,
    /// The phone's ring volume has changed.
    #[tapi(doc(fr = "Le volume de sonnerie du poste a changé."))]
    RingVolume = 0x0000_0100,
    /// The handset's hook switch state has changed.
    #[tapi(doc(fr = "L’état du commutateur crochet du combiné a changé."))]
    HandsetHookSwitch = 0x0000_0200,
    /// The volume of the handset's earpiece has changed.
    #[tapi(doc(fr = "Le volume de l’écouteur du combiné a changé."))]
    HandsetVolume = 0x0000_0400,
    /// The gain of the handset's microphone has changed.
    #[tapi(doc(fr = "Le gain du microphone du combiné a changé."))]
    HandsetGain = 0x0000_0800,
    /// The speakerphone's hook switch state has changed.
    #[tapi(doc(fr = "L’état du commutateur crochet du haut-parleur a changé."))]
    SpeakerHookSwitch = 0x0000_1000,
    /// The speakerphone's loudspeaker volume has changed.
    #[tapi(doc(fr = "Le volume du haut-parleur a changé."))]
    SpeakerVolume = 0x0000_2000,
    /// The gain of the speakerphone's microphone has changed.
    #[tapi(doc(fr = "Le gain du microphone du haut-parleur a changé."))]
    SpeakerGain = 0x0000_4000,
    /// The headset's hook switch state has changed.
    #[tapi(doc(fr = "L’état du commutateur crochet du casque a changé."))]
    HeadsetHookSwitch = 0x0000_8000,
    /// The volume of the headset's earphones has changed.
    #[tapi(doc(fr = "Le volume des écouteurs du casque a changé."))]
    HeadsetVolume = 0x0001_0000,
    /// The gain of the headset's microphone has changed.
    #[tapi(doc(fr = "Le gain du microphone du casque a changé."))]
    HeadsetGain = 0x0002_0000,
    /// The application's use of the phone has been suspended for a while.
    #[tapi(doc(fr = "L’utilisation du poste par l’application a été suspendue pour un temps."))]
    Suspend = 0x0004_0000,
    /// The application may use the phone again after a suspension.
    #[tapi(doc(fr = "L’application peut de nouveau utiliser le poste après une suspension."))]
    Resume = 0x0008_0000,
    /// Device-specific information about the phone has changed.
    #[tapi(doc(fr = "Des informations propres au périphérique ont changé pour ce poste."))]
    DevSpecific = 0x0010_0000,
    /// The phone device configuration has changed (for example, new phones were added); the application must shut down and reinitialize TAPI to see it.
    #[tapi(doc(
        fr = "La configuration des périphériques téléphoniques a changé (par exemple, de nouveaux postes ont été ajoutés) ; l’application doit fermer puis réinitialiser TAPI pour en tenir compte."
    ))]
    Reinit = 0x0020_0000,
    /// One or more `PHONECAPS` members have changed, for example after a configuration change; call `phoneGetDevCaps` again. Applications that negotiated a version older than 1.4 get `Reinit` instead.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Un ou plusieurs membres de `PHONECAPS` ont changé, par exemple après une modification de configuration ; appelez de nouveau `phoneGetDevCaps`. Les applications ayant négocié une version antérieure à 1.4 reçoivent `Reinit` à la place."
    ))]
    CapsChange = 0x0040_0000,
    /// The service provider is removing the device from the system, typically at the user's request. A `PHONE_CLOSE` usually follows, and later access returns `PHONEERR_NODEVICE` until TAPI is reinitialized; only applications using version 1.4 or later are told.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "Le fournisseur de services retire le périphérique du système, en général à la demande de l’utilisateur. Un message `PHONE_CLOSE` suit normalement, et tout accès ultérieur renvoie `PHONEERR_NODEVICE` jusqu’à la réinitialisation de TAPI ; seules les applications ayant négocié TAPI 1.4 ou une version ultérieure en sont averties."
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
    fr = "Bits d’état général d’un périphérique téléphonique.\n\nFournis dans le membre `dwStatusFlags` de `PHONESTATUS`, renvoyé par `phoneGetStatus`. Aucun bit n’est ouvert aux extensions."
))]
pub enum PhoneStatusFlags {
    /// Set while the phone is connected to TAPI.
    #[tapi(doc(fr = "Positionné tant que le poste est connecté à TAPI."))]
    Connected = 0x0000_0001,
    /// Set while TAPI's control of the phone is suspended, which happens when the switch needs to operate the phone without interference from applications.
    #[tapi(doc(
        fr = "Positionné tant que le contrôle du poste par TAPI est suspendu, ce qui arrive lorsque le commutateur doit agir sur le poste sans interférence des applications."
    ))]
    Suspended = 0x0000_0002,
}
