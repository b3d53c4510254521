// @generated from tapi-consts/families/call_features.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! What an application can do to a call right now (`LINECALLFEATURE_`, `LINECALLFEATURE2_`).
/// Operations that can be invoked on a call, each matching a TAPI call function.
///
/// In `dwCallFeatures` of `LINEADDRESSCAPS` they say which operations calls on an address can
/// ever support; in `dwCallFeatures` of `LINECALLSTATUS` (from `lineGetCallStatus`) they say which
/// ones the application may invoke on a given call right now, given its state and the
/// application's privileges. All 32 bits are defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallFeature {
    /// `lineAccept` can be used to accept the offered call, for instance to start alerting on
    /// ISDN.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_ACCEPT` = `0x00000001`")]
    Accept = 0x0000_0001,
    /// `lineAddToConference` can be used to add the consultation call to its conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_ADDTOCONF` = `0x00000002`")]
    AddToConf = 0x0000_0002,
    /// `lineAnswer` can be used to answer the offered call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_ANSWER` = `0x00000004`")]
    Answer = 0x0000_0004,
    /// `lineBlindTransfer` can be used to transfer the call without first talking to the
    /// destination.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_BLINDTRANSFER` = `0x00000008`")]
    BlindTransfer = 0x0000_0008,
    /// `lineCompleteCall` can be used to request completion of a call that met busy or no answer.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_COMPLETECALL` = `0x00000010`")]
    CompleteCall = 0x0000_0010,
    /// `lineCompleteTransfer` can be used to finish a transfer set up with `lineSetupTransfer`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_COMPLETETRANSF` = `0x00000020`")]
    CompleteTransf = 0x0000_0020,
    /// `lineDial` can be used to dial (more of) the destination number on the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_DIAL` = `0x00000040`")]
    Dial = 0x0000_0040,
    /// `lineDrop` can be used to disconnect the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_DROP` = `0x00000080`")]
    Drop = 0x0000_0080,
    /// `lineGatherDigits` can be used to collect digits received on the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_GATHERDIGITS` = `0x00000100`")]
    GatherDigits = 0x0000_0100,
    /// `lineGenerateDigits` can be used to send digits (such as DTMF) on the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_GENERATEDIGITS` = `0x00000200`")]
    GenerateDigits = 0x0000_0200,
    /// `lineGenerateTone` can be used to play tones on the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_GENERATETONE` = `0x00000400`")]
    GenerateTone = 0x0000_0400,
    /// `lineHold` can be used to put the call on hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_HOLD` = `0x00000800`")]
    Hold = 0x0000_0800,
    /// `lineMonitorDigits` can be used to be notified of digits detected on the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_MONITORDIGITS` = `0x00001000`")]
    MonitorDigits = 0x0000_1000,
    /// `lineMonitorMedia` can be used to be notified of media-mode changes on the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_MONITORMEDIA` = `0x00002000`")]
    MonitorMedia = 0x0000_2000,
    /// `lineMonitorTones` can be used to be notified when chosen tones occur on the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_MONITORTONES` = `0x00004000`")]
    MonitorTones = 0x0000_4000,
    /// `linePark` can be used to park the call so that it can be picked up from another station.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_PARK` = `0x00008000`")]
    Park = 0x0000_8000,
    /// `linePrepareAddToConference` can be used to start a consultation call meant to join the
    /// conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_PREPAREADDCONF` = `0x00010000`")]
    PrepareAddConf = 0x0001_0000,
    /// `lineRedirect` can be used to send the offered call to another destination without
    /// answering it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_REDIRECT` = `0x00020000`")]
    Redirect = 0x0002_0000,
    /// `lineRemoveFromConference` can be used to take this party out of its conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_REMOVEFROMCONF` = `0x00040000`")]
    RemoveFromConf = 0x0004_0000,
    /// `lineSecureCall` can be used to protect the call from interruptions such as call-waiting
    /// tones.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_SECURECALL` = `0x00080000`")]
    SecureCall = 0x0008_0000,
    /// `lineSendUserUserInfo` can be used to send user-user information to the remote party.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_SENDUSERUSER` = `0x00100000`")]
    SendUserUser = 0x0010_0000,
    /// `lineSetCallParams` can be used to change the call's bearer mode, rate or dialling
    /// parameters.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_SETCALLPARAMS` = `0x00200000`")]
    SetCallParams = 0x0020_0000,
    /// `lineSetMediaControl` can be used to make the call react automatically to digits, tones,
    /// media modes or call states.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_SETMEDIACONTROL` = `0x00400000`")]
    SetMediaControl = 0x0040_0000,
    /// `lineSetTerminal` can be used to route the call's information to particular terminals.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_SETTERMINAL` = `0x00800000`")]
    SetTerminal = 0x0080_0000,
    /// `lineSetupConference` can be used to turn the call into a conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_SETUPCONF` = `0x01000000`")]
    SetupConf = 0x0100_0000,
    /// `lineSetupTransfer` can be used to start a consultation transfer of the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_SETUPTRANSFER` = `0x02000000`")]
    SetupTransfer = 0x0200_0000,
    /// `lineSwapHold` can be used to swap the active call with the one on consultation hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_SWAPHOLD` = `0x04000000`")]
    SwapHold = 0x0400_0000,
    /// `lineUnhold` can be used to take the call off hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_UNHOLD` = `0x08000000`")]
    Unhold = 0x0800_0000,
    /// `lineReleaseUserUserInfo` can be used to release the received user-user information so
    /// that the next block can arrive. Added in TAPI 1.4.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_RELEASEUSERUSERINFO` = `0x10000000`")]
    ReleaseUserUserInfo = 0x1000_0000,
    /// `lineSetCallTreatment` can be used to choose what the caller hears (music, ringback,
    /// silence…) while the call is not answered or on hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_SETTREATMENT` = `0x20000000`")]
    SetTreatment = 0x2000_0000,
    /// `lineSetCallQualityOfService` can be used to change the quality of service of the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_SETQOS` = `0x40000000`")]
    SetQos = 0x4000_0000,
    /// `lineSetCallData` can be used to attach application data to the call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE_SETCALLDATA` = `0x80000000`")]
    SetCallData = 0x8000_0000,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Operations that can be invoked on a call, each matching a TAPI call function.\n\nIn `dwCallFeatures` of `LINEADDRESSCAPS` they say which operations calls on an address can ever support; in `dwCallFeatures` of `LINECALLSTATUS` (from `lineGetCallStatus`) they say which ones the application may invoke on a given call right now, given its state and the application's privileges. All 32 bits are defined.`lineAccept` can be used to accept the offered call, for instance to start alerting on ISDN.`lineAddToConference` can be used to add the consultation call to its conference.`lineAnswer` can be used to answer the offered call.`lineBlindTransfer` can be used to transfer the call without first talking to the destination.`lineCompleteCall` can be used to request completion of a call that met busy or no answer.`lineCompleteTransfer` can be used to finish a transfer set up with `lineSetupTransfer`.`lineDial` can be used to dial (more of) the destination number on the call.`lineDrop` can be used to disconnect the call.`lineGatherDigits` can be used to collect digits received on the call.`lineGenerateDigits` can be used to send digits (such as DTMF) on the call.`lineGenerateTone` can be used to play tones on the call.`lineHold` can be used to put the call on hold.`lineMonitorDigits` can be used to be notified of digits detected on the call.`lineMonitorMedia` can be used to be notified of media-mode changes on the call.`lineMonitorTones` can be used to be notified when chosen tones occur on the call.`linePark` can be used to park the call so that it can be picked up from another station.`linePrepareAddToConference` can be used to start a consultation call meant to join the conference.`lineRedirect` can be used to send the offered call to another destination without answering it.`lineRemoveFromConference` can be used to take this party out of its conference.`lineSecureCall` can be used to protect the call from interruptions such as call-waiting tones.`lineSendUserUserInfo` can be used to send user-user information to the remote party.`lineSetCallParams` can be used to change the call's bearer mode, rate or dialling parameters.`lineSetMediaControl` can be used to make the call react automatically to digits, tones, media modes or call states.`lineSetTerminal` can be used to route the call's information to particular terminals.`lineSetupConference` can be used to turn the call into a conference.`lineSetupTransfer` can be used to start a consultation transfer of the call.`lineSwapHold` can be used to swap the active call with the one on consultation hold.`lineUnhold` can be used to take the call off hold.`lineReleaseUserUserInfo` can be used to release the received user-user information so that the next block can arrive. Added in TAPI 1.4.`lineSetCallTreatment` can be used to choose what the caller hears (music, ringback, silence…) while the call is not answered or on hold.`lineSetCallQualityOfService` can be used to change the quality of service of the call.`lineSetCallData` can be used to attach application data to the call."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Anrufoperationen, die sich auf einem Anruf aufrufen lassen; jede entspricht einer TAPI-Funktion für Anrufe. In `dwCallFeatures` von `LINEADDRESSCAPS` geben sie an, welche Operationen Anrufe auf einer Adresse überhaupt unterstützen können; in `dwCallFeatures` von `LINECALLSTATUS` (von `lineGetCallStatus` geliefert) geben sie an, welche davon die Anwendung auf einem bestimmten Anruf gerade aufrufen darf, abhängig von dessen Zustand und den Berechtigungen der Anwendung. Alle 32 Bits sind belegt.Mit `lineAccept` kann der angebotene Anruf akzeptiert werden, etwa um bei ISDN das Klingeln einzuleiten.Mit `lineAddToConference` kann der Rückfrageanruf seiner Konferenz hinzugefügt werden.Mit `lineAnswer` kann der angebotene Anruf entgegengenommen werden.Mit `lineBlindTransfer` kann der Anruf ohne Rückfrage übergeben werden, also ohne vorher mit dem Ziel zu sprechen.Mit `lineCompleteCall` kann die Anrufvervollständigung für einen Anruf angefordert werden, der auf Besetzt oder Nichtmelden gestoßen ist.Mit `lineCompleteTransfer` kann eine mit `lineSetupTransfer` vorbereitete Übergabe abgeschlossen werden.Mit `lineDial` kann auf dem Anruf die Zielnummer ganz oder teilweise gewählt werden.Mit `lineDrop` kann der Anruf beendet (die Verbindung getrennt) werden.Mit `lineGatherDigits` können auf dem Anruf empfangene Ziffern erfasst werden.Mit `lineGenerateDigits` können auf dem Anruf Ziffern gesendet werden (etwa DTMF).Mit `lineGenerateTone` können auf dem Anruf Töne erzeugt werden.Mit `lineHold` kann der Anruf gehalten werden.Mit `lineMonitorDigits` lässt sich eine Benachrichtigung über Ziffern anfordern, die auf dem Anruf erkannt werden.Mit `lineMonitorMedia` lässt sich eine Benachrichtigung über Änderungen des Medienmodus auf dem Anruf anfordern.Mit `lineMonitorTones` lässt sich eine Benachrichtigung anfordern, wenn auf dem Anruf ausgewählte Töne auftreten.Mit `linePark` kann der Anruf geparkt werden, sodass er an einer anderen Nebenstelle aus dem Parken geholt werden kann.Mit `linePrepareAddToConference` kann ein Rückfrageanruf eingeleitet werden, der der Konferenz hinzugefügt werden soll.Mit `lineRedirect` kann der angebotene Anruf an ein anderes Ziel umgeleitet werden, ohne ihn entgegenzunehmen.Mit `lineRemoveFromConference` kann dieser Teilnehmer aus seiner Konferenz entfernt werden.Mit `lineSecureCall` kann der Anruf gesichert, also vor Unterbrechungen wie Anklopftönen geschützt werden.Mit `lineSendUserUserInfo` können Benutzer-zu-Benutzer-Informationen an den entfernten Teilnehmer gesendet werden.Mit `lineSetCallParams` können Trägermodus, Übertragungsrate oder Wählparameter des Anrufs geändert werden.Mit `lineSetMediaControl` lässt sich festlegen, dass auf dem Anruf automatisch auf Ziffern, Töne, Medienmodi oder Anrufzustände reagiert wird.Mit `lineSetTerminal` können die Informationen des Anrufs an bestimmte Endgeräte geleitet werden.Mit `lineSetupConference` kann der Anruf zu einer Konferenz erweitert werden.Mit `lineSetupTransfer` kann eine Übergabe des Anrufs mit Rückfrage eingeleitet werden.Mit `lineSwapHold` können der aktive Anruf und der zur Rückfrage gehaltene Anruf getauscht werden.Mit `lineUnhold` kann der gehaltene Anruf zurückgeholt werden.Mit `lineReleaseUserUserInfo` können die empfangenen Benutzer-zu-Benutzer-Informationen freigegeben werden, damit der nächste Block eintreffen kann. Eingeführt mit TAPI 1.4.Mit `lineSetCallTreatment` lässt sich festlegen, was der Anrufer hört (Musik, Freiton, Stille …), solange der Anruf nicht entgegengenommen wurde oder gehalten wird.Mit `lineSetCallQualityOfService` kann die Dienstgüte (QoS) des Anrufs geändert werden.Mit `lineSetCallData` können dem Anruf Anwendungsdaten zugeordnet werden."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Opérations applicables à un appel, chacune correspondant à une fonction d’appel de TAPI. Dans `dwCallFeatures` de `LINEADDRESSCAPS`, elles indiquent ce que les appels d’une adresse peuvent permettre ; dans `dwCallFeatures` de `LINECALLSTATUS` (obtenu par `lineGetCallStatus`), ce que l’application peut faire maintenant sur un appel donné, compte tenu de son état et des privilèges de l’application.`lineAccept` peut servir à accepter l’appel présenté, par exemple pour déclencher la sonnerie en RNIS.`lineAddToConference` peut servir à ajouter l’appel de consultation à sa conférence.`lineAnswer` peut servir à répondre à l’appel présenté.`lineBlindTransfer` peut servir à transférer l’appel sans s’entretenir d’abord avec la destination.`lineCompleteCall` peut servir à demander l’achèvement d’un appel qui a rencontré une occupation ou une non-réponse.`lineCompleteTransfer` peut servir à conclure un transfert préparé par `lineSetupTransfer`.`lineDial` peut servir à composer tout ou partie du numéro de destination sur l’appel.`lineDrop` peut servir à mettre fin à l’appel (le déconnecter).`lineGatherDigits` peut servir à collecter les chiffres reçus sur l’appel.`lineGenerateDigits` peut servir à émettre des chiffres (par exemple DTMF) sur l’appel.`lineGenerateTone` peut servir à émettre des tonalités sur l’appel.`lineHold` peut servir à mettre l’appel en attente.`lineMonitorDigits` peut servir à être averti des chiffres détectés sur l’appel.`lineMonitorMedia` peut servir à être averti des changements de mode de média sur l’appel.`lineMonitorTones` peut servir à être averti de l’apparition de tonalités choisies sur l’appel.`linePark` peut servir à parquer l’appel afin qu’il soit repris depuis un autre poste.`linePrepareAddToConference` peut servir à lancer un appel de consultation destiné à rejoindre la conférence.`lineRedirect` peut servir à rediriger l’appel présenté vers une autre destination sans y répondre.`lineRemoveFromConference` peut servir à retirer ce participant de sa conférence.`lineSecureCall` peut servir à protéger l’appel contre les interruptions, comme les tonalités du signal d’appel.`lineSendUserUserInfo` peut servir à envoyer des informations d’usager à usager au correspondant.`lineSetCallParams` peut servir à modifier le mode porteur, le débit ou les paramètres de numérotation de l’appel.`lineSetMediaControl` peut servir à faire réagir automatiquement l’appel à des chiffres, des tonalités, des modes de média ou des états d’appel.`lineSetTerminal` peut servir à acheminer les informations de l’appel vers des terminaux donnés.`lineSetupConference` peut servir à transformer l’appel en conférence.`lineSetupTransfer` peut servir à lancer un transfert de l’appel avec consultation.`lineSwapHold` peut servir à permuter l’appel actif et celui qui est en attente de consultation.`lineUnhold` peut servir à reprendre l’appel mis en attente.`lineReleaseUserUserInfo` peut servir à libérer les informations d’usager à usager reçues afin que le bloc suivant puisse arriver. Apparu avec TAPI 1.4.`lineSetCallTreatment` peut servir à choisir ce qu’entend l’appelant (musique, retour d’appel, silence…) tant que personne n’a répondu à l’appel ou qu’il reste en attente.`lineSetCallQualityOfService` peut servir à modifier la qualité de service (QoS) de l’appel.`lineSetCallData` peut servir à associer des données d’application à l’appel."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallFeature",
            prefix: "LINECALLFEATURE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 4294967295u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINECALLFEATURE_ACCEPT",
                    "LINECALLFEATURE_ADDTOCONF",
                    "LINECALLFEATURE_ANSWER",
                    "LINECALLFEATURE_BLINDTRANSFER",
                    "LINECALLFEATURE_COMPLETECALL",
                    "LINECALLFEATURE_COMPLETETRANSF",
                    "LINECALLFEATURE_DIAL",
                    "LINECALLFEATURE_DROP",
                    "LINECALLFEATURE_GATHERDIGITS",
                    "LINECALLFEATURE_GENERATEDIGITS",
                    "LINECALLFEATURE_GENERATETONE",
                    "LINECALLFEATURE_HOLD",
                    "LINECALLFEATURE_MONITORDIGITS",
                    "LINECALLFEATURE_MONITORMEDIA",
                    "LINECALLFEATURE_MONITORTONES",
                    "LINECALLFEATURE_PARK",
                    "LINECALLFEATURE_PREPAREADDCONF",
                    "LINECALLFEATURE_REDIRECT",
                    "LINECALLFEATURE_REMOVEFROMCONF",
                    "LINECALLFEATURE_SECURECALL",
                    "LINECALLFEATURE_SENDUSERUSER",
                    "LINECALLFEATURE_SETCALLPARAMS",
                    "LINECALLFEATURE_SETMEDIACONTROL",
                    "LINECALLFEATURE_SETTERMINAL",
                    "LINECALLFEATURE_SETUPCONF",
                    "LINECALLFEATURE_SETUPTRANSFER",
                    "LINECALLFEATURE_SWAPHOLD",
                    "LINECALLFEATURE_UNHOLD",
                    "LINECALLFEATURE_RELEASEUSERUSERINFO",
                    "LINECALLFEATURE_SETTREATMENT",
                    "LINECALLFEATURE_SETQOS",
                    "LINECALLFEATURE_SETCALLDATA",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                    1024u64, 2048u64, 4096u64, 8192u64, 16384u64, 32768u64, 65536u64,
                    131072u64, 262144u64, 524288u64, 1048576u64, 2097152u64, 4194304u64,
                    8388608u64, 16777216u64, 33554432u64, 67108864u64, 134217728u64,
                    268435456u64, 536870912u64, 1073741824u64, 2147483648u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x8F\x01\0\0\0\0\0\0\xF6\x01\0\0\0\0\0\0\x9D\x01\0\0\xFF\xFF\0\0\0\0\x8F\x01\0\0\\\0\0\0\xF6\x01\0\0h\0\0\0\x9D\x01\0\0l\0\0\0\xFF\xFF\0\0\0\0\xEB\x01\0\0Q\0\0\0^\x02\0\0X\0\0\0\t\x02\0\0Y\0\0\0\xFF\xFF\0\0\0\0<\x02\0\x004\0\0\0\xB6\x02\0\0C\0\0\0b\x02\0\0>\0\0\0\xFF\xFF\0\0\0\0p\x02\0\0^\0\0\0\xF9\x02\0\0t\0\0\0\xA0\x02\0\0k\0\0\0\xFF\xFF\0\0\0\0\xCE\x02\0\0Z\0\0\0m\x03\0\0\x8C\0\0\0\x0B\x03\0\0|\0\0\0\xFF\xFF\0\0\0\0(\x03\0\0X\0\0\0\xF9\x03\0\0i\0\0\0\x87\x03\0\0^\0\0\0\xFF\xFF\0\0\0\0\x80\x03\0\0L\0\0\0b\x04\0\0U\0\0\0\xE5\x03\0\0Z\0\0\0\xFF\xFF\0\0\0\0\xCC\x03\0\0.\0\0\0\xB7\x04\0\0G\0\0\0?\x04\0\0D\0\0\0\xFF\xFF\0\0\0\0\xFA\x03\0\0F\0\0\0\xFE\x04\0\0O\0\0\0\x83\x04\0\0N\0\0\0\xFF\xFF\0\0\0\0@\x04\0\0K\0\0\0M\x05\0\0S\0\0\0\xD1\x04\0\0[\0\0\0\xFF\xFF\0\0\0\0\x8B\x04\0\09\0\0\0\xA0\x05\0\0B\0\0\0,\x05\0\0H\0\0\0\xFF\xFF\0\0\0\0\xC4\x04\0\0/\0\0\0\xE2\x05\0\0.\0\0\0t\x05\0\x006\0\0\0\xFF\xFF\0\0\0\0\xF3\x04\0\0N\0\0\0\x10\x06\0\0t\0\0\0\xAA\x05\0\0V\0\0\0\xFF\xFF\0\0\0\0A\x05\0\0P\0\0\0\x84\x06\0\0s\0\0\0\0\x06\0\0_\0\0\0\xFF\xFF\0\0\0\0\x91\x05\0\0R\0\0\0\xF7\x06\0\0t\0\0\0_\x06\0\0f\0\0\0\xFF\xFF\0\0\0\0\xE3\x05\0\0Y\0\0\0k\x07\0\0w\0\0\0\xC5\x06\0\0[\0\0\0\xFF\xFF\0\0\0\0<\x06\0\0c\0\0\0\xE2\x07\0\0y\0\0\0 \x07\0\0q\0\0\0\xFF\xFF\0\0\0\0\x9F\x06\0\0`\0\0\0[\x08\0\0n\0\0\0\x91\x07\0\0i\0\0\0\xFF\xFF\0\0\0\0\xFF\x06\0\0P\0\0\0\xC9\x08\0\0[\0\0\0\xFA\x07\0\0S\0\0\0\xFF\xFF\0\0\0\0O\x07\0\0_\0\0\0$\t\0\0l\0\0\0M\x08\0\0w\0\0\0\xFF\xFF\0\0\0\0\xAE\x07\0\0U\0\0\0\x90\t\0\0s\0\0\0\xC4\x08\0\0e\0\0\0\xFF\xFF\0\0\0\0\x03\x08\0\0^\0\0\0\x03\n\0\0p\0\0\0)\t\0\0x\0\0\0\xFF\xFF\0\0\0\0a\x08\0\0t\0\0\0s\n\0\0\x91\0\0\0\xA1\t\0\0\x9A\0\0\0\xFF\xFF\0\0\0\0\xD5\x08\0\0V\0\0\0\x04\x0B\0\0c\0\0\0;\n\0\0d\0\0\0\xFF\xFF\0\0\0\0+\t\0\0E\0\0\0g\x0B\0\0M\0\0\0\x9F\n\0\0J\0\0\0\xFF\xFF\0\0\0\0p\t\0\0M\0\0\0\xB4\x0B\0\0Y\0\0\0\xE9\n\0\0V\0\0\0\xFF\xFF\0\0\0\0\xBD\t\0\0U\0\0\0\r\x0C\0\0d\0\0\0?\x0B\0\0c\0\0\0\xFF\xFF\0\0\0\0\x12\n\0\x003\0\0\0q\x0C\0\0?\0\0\0\xA2\x0B\0\0?\0\0\0\x01\x04\0\0\0\0E\n\0\0\x89\0\0\0\xB0\x0C\0\0\xB0\0\0\0\xE1\x0B\0\0\x9E\0\0\0\x02\0\0\0\0\0\xCE\n\0\0\x8B\0\0\0`\r\0\0\xA8\0\0\0\x7F\x0C\0\0\xBC\0\0\0\x02\0\0\0\0\0Y\x0B\0\0W\0\0\0\x08\x0E\0\0Y\0\0\0;\r\0\0`\0\0\0\x02\0\0\0\0\0\xB0\x0B\0\0E\0\0\0a\x0E\0\0J\0\0\0\x9B\r\0\0T\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLFEATURE_ACCEPT",
                        "LINECALLFEATURE_ADDTOCONF",
                        "LINECALLFEATURE_ANSWER",
                        "LINECALLFEATURE_BLINDTRANSFER",
                        "LINECALLFEATURE_COMPLETECALL",
                        "LINECALLFEATURE_COMPLETETRANSF",
                        "LINECALLFEATURE_DIAL",
                        "LINECALLFEATURE_DROP",
                        "LINECALLFEATURE_GATHERDIGITS",
                        "LINECALLFEATURE_GENERATEDIGITS",
                        "LINECALLFEATURE_GENERATETONE",
                        "LINECALLFEATURE_HOLD",
                        "LINECALLFEATURE_MONITORDIGITS",
                        "LINECALLFEATURE_MONITORMEDIA",
                        "LINECALLFEATURE_MONITORTONES",
                        "LINECALLFEATURE_PARK",
                        "LINECALLFEATURE_PREPAREADDCONF",
                        "LINECALLFEATURE_REDIRECT",
                        "LINECALLFEATURE_REMOVEFROMCONF",
                        "LINECALLFEATURE_SECURECALL",
                        "LINECALLFEATURE_SENDUSERUSER",
                        "LINECALLFEATURE_SETCALLPARAMS",
                        "LINECALLFEATURE_SETMEDIACONTROL",
                        "LINECALLFEATURE_SETTERMINAL",
                        "LINECALLFEATURE_SETUPCONF",
                        "LINECALLFEATURE_SETUPTRANSFER",
                        "LINECALLFEATURE_SWAPHOLD",
                        "LINECALLFEATURE_UNHOLD",
                        "LINECALLFEATURE_RELEASEUSERUSERINFO",
                        "LINECALLFEATURE_SETTREATMENT",
                        "LINECALLFEATURE_SETQOS",
                        "LINECALLFEATURE_SETCALLDATA",
                        "ACCEPT",
                        "ADDTOCONF",
                        "ANSWER",
                        "BLINDTRANSFER",
                        "COMPLETECALL",
                        "COMPLETETRANSF",
                        "DIAL",
                        "DROP",
                        "GATHERDIGITS",
                        "GENERATEDIGITS",
                        "GENERATETONE",
                        "HOLD",
                        "MONITORDIGITS",
                        "MONITORMEDIA",
                        "MONITORTONES",
                        "PARK",
                        "PREPAREADDCONF",
                        "REDIRECT",
                        "REMOVEFROMCONF",
                        "SECURECALL",
                        "SENDUSERUSER",
                        "SETCALLPARAMS",
                        "SETMEDIACONTROL",
                        "SETTERMINAL",
                        "SETUPCONF",
                        "SETUPTRANSFER",
                        "SWAPHOLD",
                        "UNHOLD",
                        "RELEASEUSERUSERINFO",
                        "SETTREATMENT",
                        "SETQOS",
                        "SETCALLDATA",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\x1F\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\x1F\0",
                    bit_terms: &[
                        " | LINECALLFEATURE_ACCEPT",
                        " | LINECALLFEATURE_ADDTOCONF",
                        " | LINECALLFEATURE_ANSWER",
                        " | LINECALLFEATURE_BLINDTRANSFER",
                        " | LINECALLFEATURE_COMPLETECALL",
                        " | LINECALLFEATURE_COMPLETETRANSF",
                        " | LINECALLFEATURE_DIAL",
                        " | LINECALLFEATURE_DROP",
                        " | LINECALLFEATURE_GATHERDIGITS",
                        " | LINECALLFEATURE_GENERATEDIGITS",
                        " | LINECALLFEATURE_GENERATETONE",
                        " | LINECALLFEATURE_HOLD",
                        " | LINECALLFEATURE_MONITORDIGITS",
                        " | LINECALLFEATURE_MONITORMEDIA",
                        " | LINECALLFEATURE_MONITORTONES",
                        " | LINECALLFEATURE_PARK",
                        " | LINECALLFEATURE_PREPAREADDCONF",
                        " | LINECALLFEATURE_REDIRECT",
                        " | LINECALLFEATURE_REMOVEFROMCONF",
                        " | LINECALLFEATURE_SECURECALL",
                        " | LINECALLFEATURE_SENDUSERUSER",
                        " | LINECALLFEATURE_SETCALLPARAMS",
                        " | LINECALLFEATURE_SETMEDIACONTROL",
                        " | LINECALLFEATURE_SETTERMINAL",
                        " | LINECALLFEATURE_SETUPCONF",
                        " | LINECALLFEATURE_SETUPTRANSFER",
                        " | LINECALLFEATURE_SWAPHOLD",
                        " | LINECALLFEATURE_UNHOLD",
                        " | LINECALLFEATURE_RELEASEUSERUSERINFO",
                        " | LINECALLFEATURE_SETTREATMENT",
                        " | LINECALLFEATURE_SETQOS",
                        " | LINECALLFEATURE_SETCALLDATA",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4599842167405150379u64,
                        shift: 55u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF(\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF<\0\x1C\x005\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF.\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF4\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF?\0\x1F\0\xFF\xFF\xFF\xFF0\0\x10\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF3\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0/\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF6\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF>\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0\x03\0\x18\0\x18\0\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF;\0\x1B\0\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF7\0\x17\0\xFF\xFF\xFF\xFF2\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0\t\0\xFF\xFF\xFF\xFF*\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF1\0\x11\0\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF=\0\x1D\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF8\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF9\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\x1B\0\x1B\0\x13\0\x13\0\xFF\xFF\xFF\xFF!\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF:\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x1A\0\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\"\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLFEATURE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCallFeature>`](::tapi_consts::Flags), named [`LineCallFeatureSet`](crate::families::LineCallFeatureSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINECALLFEATURE_ACCEPT` | `0x00000001` |  |\n| `LINECALLFEATURE_ADDTOCONF` | `0x00000002` |  |\n| `LINECALLFEATURE_ANSWER` | `0x00000004` |  |\n| `LINECALLFEATURE_BLINDTRANSFER` | `0x00000008` |  |\n| `LINECALLFEATURE_COMPLETECALL` | `0x00000010` |  |\n| `LINECALLFEATURE_COMPLETETRANSF` | `0x00000020` |  |\n| `LINECALLFEATURE_DIAL` | `0x00000040` |  |\n| `LINECALLFEATURE_DROP` | `0x00000080` |  |\n| `LINECALLFEATURE_GATHERDIGITS` | `0x00000100` |  |\n| `LINECALLFEATURE_GENERATEDIGITS` | `0x00000200` |  |\n| `LINECALLFEATURE_GENERATETONE` | `0x00000400` |  |\n| `LINECALLFEATURE_HOLD` | `0x00000800` |  |\n| `LINECALLFEATURE_MONITORDIGITS` | `0x00001000` |  |\n| `LINECALLFEATURE_MONITORMEDIA` | `0x00002000` |  |\n| `LINECALLFEATURE_MONITORTONES` | `0x00004000` |  |\n| `LINECALLFEATURE_PARK` | `0x00008000` |  |\n| `LINECALLFEATURE_PREPAREADDCONF` | `0x00010000` |  |\n| `LINECALLFEATURE_REDIRECT` | `0x00020000` |  |\n| `LINECALLFEATURE_REMOVEFROMCONF` | `0x00040000` |  |\n| `LINECALLFEATURE_SECURECALL` | `0x00080000` |  |\n| `LINECALLFEATURE_SENDUSERUSER` | `0x00100000` |  |\n| `LINECALLFEATURE_SETCALLPARAMS` | `0x00200000` |  |\n| `LINECALLFEATURE_SETMEDIACONTROL` | `0x00400000` |  |\n| `LINECALLFEATURE_SETTERMINAL` | `0x00800000` |  |\n| `LINECALLFEATURE_SETUPCONF` | `0x01000000` |  |\n| `LINECALLFEATURE_SETUPTRANSFER` | `0x02000000` |  |\n| `LINECALLFEATURE_SWAPHOLD` | `0x04000000` |  |\n| `LINECALLFEATURE_UNHOLD` | `0x08000000` |  |\n| `LINECALLFEATURE_RELEASEUSERUSERINFO` | `0x10000000` | TAPI 1.4 |\n| `LINECALLFEATURE_SETTREATMENT` | `0x20000000` | TAPI 2.0 |\n| `LINECALLFEATURE_SETQOS` | `0x40000000` | TAPI 2.0 |\n| `LINECALLFEATURE_SETCALLDATA` | `0x80000000` | TAPI 2.0 |\n\n# Deutsch\n\nAnrufoperationen, die sich auf einem Anruf aufrufen lassen; jede entspricht einer TAPI-Funktion für Anrufe. In `dwCallFeatures` von `LINEADDRESSCAPS` geben sie an, welche Operationen Anrufe auf einer Adresse überhaupt unterstützen können; in `dwCallFeatures` von `LINECALLSTATUS` (von `lineGetCallStatus` geliefert) geben sie an, welche davon die Anwendung auf einem bestimmten Anruf gerade aufrufen darf, abhängig von dessen Zustand und den Berechtigungen der Anwendung. Alle 32 Bits sind belegt.\n\n- `LINECALLFEATURE_ACCEPT`: Mit `lineAccept` kann der angebotene Anruf akzeptiert werden, etwa um bei ISDN das Klingeln einzuleiten.\n- `LINECALLFEATURE_ADDTOCONF`: Mit `lineAddToConference` kann der Rückfrageanruf seiner Konferenz hinzugefügt werden.\n- `LINECALLFEATURE_ANSWER`: Mit `lineAnswer` kann der angebotene Anruf entgegengenommen werden.\n- `LINECALLFEATURE_BLINDTRANSFER`: Mit `lineBlindTransfer` kann der Anruf ohne Rückfrage übergeben werden, also ohne vorher mit dem Ziel zu sprechen.\n- `LINECALLFEATURE_COMPLETECALL`: Mit `lineCompleteCall` kann die Anrufvervollständigung für einen Anruf angefordert werden, der auf Besetzt oder Nichtmelden gestoßen ist.\n- `LINECALLFEATURE_COMPLETETRANSF`: Mit `lineCompleteTransfer` kann eine mit `lineSetupTransfer` vorbereitete Übergabe abgeschlossen werden.\n- `LINECALLFEATURE_DIAL`: Mit `lineDial` kann auf dem Anruf die Zielnummer ganz oder teilweise gewählt werden.\n- `LINECALLFEATURE_DROP`: Mit `lineDrop` kann der Anruf beendet (die Verbindung getrennt) werden.\n- `LINECALLFEATURE_GATHERDIGITS`: Mit `lineGatherDigits` können auf dem Anruf empfangene Ziffern erfasst werden.\n- `LINECALLFEATURE_GENERATEDIGITS`: Mit `lineGenerateDigits` können auf dem Anruf Ziffern gesendet werden (etwa DTMF).\n- `LINECALLFEATURE_GENERATETONE`: Mit `lineGenerateTone` können auf dem Anruf Töne erzeugt werden.\n- `LINECALLFEATURE_HOLD`: Mit `lineHold` kann der Anruf gehalten werden.\n- `LINECALLFEATURE_MONITORDIGITS`: Mit `lineMonitorDigits` lässt sich eine Benachrichtigung über Ziffern anfordern, die auf dem Anruf erkannt werden.\n- `LINECALLFEATURE_MONITORMEDIA`: Mit `lineMonitorMedia` lässt sich eine Benachrichtigung über Änderungen des Medienmodus auf dem Anruf anfordern.\n- `LINECALLFEATURE_MONITORTONES`: Mit `lineMonitorTones` lässt sich eine Benachrichtigung anfordern, wenn auf dem Anruf ausgewählte Töne auftreten.\n- `LINECALLFEATURE_PARK`: Mit `linePark` kann der Anruf geparkt werden, sodass er an einer anderen Nebenstelle aus dem Parken geholt werden kann.\n- `LINECALLFEATURE_PREPAREADDCONF`: Mit `linePrepareAddToConference` kann ein Rückfrageanruf eingeleitet werden, der der Konferenz hinzugefügt werden soll.\n- `LINECALLFEATURE_REDIRECT`: Mit `lineRedirect` kann der angebotene Anruf an ein anderes Ziel umgeleitet werden, ohne ihn entgegenzunehmen.\n- `LINECALLFEATURE_REMOVEFROMCONF`: Mit `lineRemoveFromConference` kann dieser Teilnehmer aus seiner Konferenz entfernt werden.\n- `LINECALLFEATURE_SECURECALL`: Mit `lineSecureCall` kann der Anruf gesichert, also vor Unterbrechungen wie Anklopftönen geschützt werden.\n- `LINECALLFEATURE_SENDUSERUSER`: Mit `lineSendUserUserInfo` können Benutzer-zu-Benutzer-Informationen an den entfernten Teilnehmer gesendet werden.\n- `LINECALLFEATURE_SETCALLPARAMS`: Mit `lineSetCallParams` können Trägermodus, Übertragungsrate oder Wählparameter des Anrufs geändert werden.\n- `LINECALLFEATURE_SETMEDIACONTROL`: Mit `lineSetMediaControl` lässt sich festlegen, dass auf dem Anruf automatisch auf Ziffern, Töne, Medienmodi oder Anrufzustände reagiert wird.\n- `LINECALLFEATURE_SETTERMINAL`: Mit `lineSetTerminal` können die Informationen des Anrufs an bestimmte Endgeräte geleitet werden.\n- `LINECALLFEATURE_SETUPCONF`: Mit `lineSetupConference` kann der Anruf zu einer Konferenz erweitert werden.\n- `LINECALLFEATURE_SETUPTRANSFER`: Mit `lineSetupTransfer` kann eine Übergabe des Anrufs mit Rückfrage eingeleitet werden.\n- `LINECALLFEATURE_SWAPHOLD`: Mit `lineSwapHold` können der aktive Anruf und der zur Rückfrage gehaltene Anruf getauscht werden.\n- `LINECALLFEATURE_UNHOLD`: Mit `lineUnhold` kann der gehaltene Anruf zurückgeholt werden.\n- `LINECALLFEATURE_RELEASEUSERUSERINFO`: Mit `lineReleaseUserUserInfo` können die empfangenen Benutzer-zu-Benutzer-Informationen freigegeben werden, damit der nächste Block eintreffen kann. Eingeführt mit TAPI 1.4.\n- `LINECALLFEATURE_SETTREATMENT`: Mit `lineSetCallTreatment` lässt sich festlegen, was der Anrufer hört (Musik, Freiton, Stille …), solange der Anruf nicht entgegengenommen wurde oder gehalten wird.\n- `LINECALLFEATURE_SETQOS`: Mit `lineSetCallQualityOfService` kann die Dienstgüte (QoS) des Anrufs geändert werden.\n- `LINECALLFEATURE_SETCALLDATA`: Mit `lineSetCallData` können dem Anruf Anwendungsdaten zugeordnet werden.\n\n# Français\n\nOpérations applicables à un appel, chacune correspondant à une fonction d’appel de TAPI. Dans `dwCallFeatures` de `LINEADDRESSCAPS`, elles indiquent ce que les appels d’une adresse peuvent permettre ; dans `dwCallFeatures` de `LINECALLSTATUS` (obtenu par `lineGetCallStatus`), ce que l’application peut faire maintenant sur un appel donné, compte tenu de son état et des privilèges de l’application.\n\n- `LINECALLFEATURE_ACCEPT`: `lineAccept` peut servir à accepter l’appel présenté, par exemple pour déclencher la sonnerie en RNIS.\n- `LINECALLFEATURE_ADDTOCONF`: `lineAddToConference` peut servir à ajouter l’appel de consultation à sa conférence.\n- `LINECALLFEATURE_ANSWER`: `lineAnswer` peut servir à répondre à l’appel présenté.\n- `LINECALLFEATURE_BLINDTRANSFER`: `lineBlindTransfer` peut servir à transférer l’appel sans s’entretenir d’abord avec la destination.\n- `LINECALLFEATURE_COMPLETECALL`: `lineCompleteCall` peut servir à demander l’achèvement d’un appel qui a rencontré une occupation ou une non-réponse.\n- `LINECALLFEATURE_COMPLETETRANSF`: `lineCompleteTransfer` peut servir à conclure un transfert préparé par `lineSetupTransfer`.\n- `LINECALLFEATURE_DIAL`: `lineDial` peut servir à composer tout ou partie du numéro de destination sur l’appel.\n- `LINECALLFEATURE_DROP`: `lineDrop` peut servir à mettre fin à l’appel (le déconnecter).\n- `LINECALLFEATURE_GATHERDIGITS`: `lineGatherDigits` peut servir à collecter les chiffres reçus sur l’appel.\n- `LINECALLFEATURE_GENERATEDIGITS`: `lineGenerateDigits` peut servir à émettre des chiffres (par exemple DTMF) sur l’appel.\n- `LINECALLFEATURE_GENERATETONE`: `lineGenerateTone` peut servir à émettre des tonalités sur l’appel.\n- `LINECALLFEATURE_HOLD`: `lineHold` peut servir à mettre l’appel en attente.\n- `LINECALLFEATURE_MONITORDIGITS`: `lineMonitorDigits` peut servir à être averti des chiffres détectés sur l’appel.\n- `LINECALLFEATURE_MONITORMEDIA`: `lineMonitorMedia` peut servir à être averti des changements de mode de média sur l’appel.\n- `LINECALLFEATURE_MONITORTONES`: `lineMonitorTones` peut servir à être averti de l’apparition de tonalités choisies sur l’appel.\n- `LINECALLFEATURE_PARK`: `linePark` peut servir à parquer l’appel afin qu’il soit repris depuis un autre poste.\n- `LINECALLFEATURE_PREPAREADDCONF`: `linePrepareAddToConference` peut servir à lancer un appel de consultation destiné à rejoindre la conférence.\n- `LINECALLFEATURE_REDIRECT`: `lineRedirect` peut servir à rediriger l’appel présenté vers une autre destination sans y répondre.\n- `LINECALLFEATURE_REMOVEFROMCONF`: `lineRemoveFromConference` peut servir à retirer ce participant de sa conférence.\n- `LINECALLFEATURE_SECURECALL`: `lineSecureCall` peut servir à protéger l’appel contre les interruptions, comme les tonalités du signal d’appel.\n- `LINECALLFEATURE_SENDUSERUSER`: `lineSendUserUserInfo` peut servir à envoyer des informations d’usager à usager au correspondant.\n- `LINECALLFEATURE_SETCALLPARAMS`: `lineSetCallParams` peut servir à modifier le mode porteur, le débit ou les paramètres de numérotation de l’appel.\n- `LINECALLFEATURE_SETMEDIACONTROL`: `lineSetMediaControl` peut servir à faire réagir automatiquement l’appel à des chiffres, des tonalités, des modes de média ou des états d’appel.\n- `LINECALLFEATURE_SETTERMINAL`: `lineSetTerminal` peut servir à acheminer les informations de l’appel vers des terminaux donnés.\n- `LINECALLFEATURE_SETUPCONF`: `lineSetupConference` peut servir à transformer l’appel en conférence.\n- `LINECALLFEATURE_SETUPTRANSFER`: `lineSetupTransfer` peut servir à lancer un transfert de l’appel avec consultation.\n- `LINECALLFEATURE_SWAPHOLD`: `lineSwapHold` peut servir à permuter l’appel actif et celui qui est en attente de consultation.\n- `LINECALLFEATURE_UNHOLD`: `lineUnhold` peut servir à reprendre l’appel mis en attente.\n- `LINECALLFEATURE_RELEASEUSERUSERINFO`: `lineReleaseUserUserInfo` peut servir à libérer les informations d’usager à usager reçues afin que le bloc suivant puisse arriver. Apparu avec TAPI 1.4.\n- `LINECALLFEATURE_SETTREATMENT`: `lineSetCallTreatment` peut servir à choisir ce qu’entend l’appelant (musique, retour d’appel, silence…) tant que personne n’a répondu à l’appel ou qu’il reste en attente.\n- `LINECALLFEATURE_SETQOS`: `lineSetCallQualityOfService` peut servir à modifier la qualité de service (QoS) de l’appel.\n- `LINECALLFEATURE_SETCALLDATA`: `lineSetCallData` peut servir à associer des données d’application à l’appel.\n"
    )]
    impl LineCallFeature {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Accept,
            Self::AddToConf,
            Self::Answer,
            Self::BlindTransfer,
            Self::CompleteCall,
            Self::CompleteTransf,
            Self::Dial,
            Self::Drop,
            Self::GatherDigits,
            Self::GenerateDigits,
            Self::GenerateTone,
            Self::Hold,
            Self::MonitorDigits,
            Self::MonitorMedia,
            Self::MonitorTones,
            Self::Park,
            Self::PrepareAddConf,
            Self::Redirect,
            Self::RemoveFromConf,
            Self::SecureCall,
            Self::SendUserUser,
            Self::SetCallParams,
            Self::SetMediaControl,
            Self::SetTerminal,
            Self::SetupConf,
            Self::SetupTransfer,
            Self::SwapHold,
            Self::Unhold,
            Self::ReleaseUserUserInfo,
            Self::SetTreatment,
            Self::SetQos,
            Self::SetCallData,
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
                1 => __tapi::Some(Self::Accept),
                2 => __tapi::Some(Self::AddToConf),
                4 => __tapi::Some(Self::Answer),
                8 => __tapi::Some(Self::BlindTransfer),
                16 => __tapi::Some(Self::CompleteCall),
                32 => __tapi::Some(Self::CompleteTransf),
                64 => __tapi::Some(Self::Dial),
                128 => __tapi::Some(Self::Drop),
                256 => __tapi::Some(Self::GatherDigits),
                512 => __tapi::Some(Self::GenerateDigits),
                1024 => __tapi::Some(Self::GenerateTone),
                2048 => __tapi::Some(Self::Hold),
                4096 => __tapi::Some(Self::MonitorDigits),
                8192 => __tapi::Some(Self::MonitorMedia),
                16384 => __tapi::Some(Self::MonitorTones),
                32768 => __tapi::Some(Self::Park),
                65536 => __tapi::Some(Self::PrepareAddConf),
                131072 => __tapi::Some(Self::Redirect),
                262144 => __tapi::Some(Self::RemoveFromConf),
                524288 => __tapi::Some(Self::SecureCall),
                1048576 => __tapi::Some(Self::SendUserUser),
                2097152 => __tapi::Some(Self::SetCallParams),
                4194304 => __tapi::Some(Self::SetMediaControl),
                8388608 => __tapi::Some(Self::SetTerminal),
                16777216 => __tapi::Some(Self::SetupConf),
                33554432 => __tapi::Some(Self::SetupTransfer),
                67108864 => __tapi::Some(Self::SwapHold),
                134217728 => __tapi::Some(Self::Unhold),
                268435456 => __tapi::Some(Self::ReleaseUserUserInfo),
                536870912 => __tapi::Some(Self::SetTreatment),
                1073741824 => __tapi::Some(Self::SetQos),
                2147483648 => __tapi::Some(Self::SetCallData),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLFEATURE_ACCEPT`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineCallFeature {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallFeature> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallFeature) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallFeature {
        type Error = ::tapi_consts::UnknownValueError<LineCallFeature>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallFeature {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallFeature {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCallFeature {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCallFeature {
        type Output = ::tapi_consts::Flags<LineCallFeature>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCallFeature> {
            <::tapi_consts::Flags<
                LineCallFeature,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCallFeature>> for LineCallFeature {
        type Output = ::tapi_consts::Flags<LineCallFeature>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCallFeature>,
        ) -> ::tapi_consts::Flags<LineCallFeature> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallFeature, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallFeature);
};
///The `LINECALLFEATURE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecallfeature {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::Accept`](super::LineCallFeature::Accept)."
    )]
    pub const LINECALLFEATURE_ACCEPT: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::AddToConf`](super::LineCallFeature::AddToConf)."
    )]
    pub const LINECALLFEATURE_ADDTOCONF: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::Answer`](super::LineCallFeature::Answer)."
    )]
    pub const LINECALLFEATURE_ANSWER: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::BlindTransfer`](super::LineCallFeature::BlindTransfer)."
    )]
    pub const LINECALLFEATURE_BLINDTRANSFER: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::CompleteCall`](super::LineCallFeature::CompleteCall)."
    )]
    pub const LINECALLFEATURE_COMPLETECALL: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::CompleteTransf`](super::LineCallFeature::CompleteTransf)."
    )]
    pub const LINECALLFEATURE_COMPLETETRANSF: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::Dial`](super::LineCallFeature::Dial)."
    )]
    pub const LINECALLFEATURE_DIAL: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::Drop`](super::LineCallFeature::Drop)."
    )]
    pub const LINECALLFEATURE_DROP: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::GatherDigits`](super::LineCallFeature::GatherDigits)."
    )]
    pub const LINECALLFEATURE_GATHERDIGITS: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::GenerateDigits`](super::LineCallFeature::GenerateDigits)."
    )]
    pub const LINECALLFEATURE_GENERATEDIGITS: ::core::primitive::u32 = 512;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::GenerateTone`](super::LineCallFeature::GenerateTone)."
    )]
    pub const LINECALLFEATURE_GENERATETONE: ::core::primitive::u32 = 1024;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::Hold`](super::LineCallFeature::Hold)."
    )]
    pub const LINECALLFEATURE_HOLD: ::core::primitive::u32 = 2048;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::MonitorDigits`](super::LineCallFeature::MonitorDigits)."
    )]
    pub const LINECALLFEATURE_MONITORDIGITS: ::core::primitive::u32 = 4096;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::MonitorMedia`](super::LineCallFeature::MonitorMedia)."
    )]
    pub const LINECALLFEATURE_MONITORMEDIA: ::core::primitive::u32 = 8192;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::MonitorTones`](super::LineCallFeature::MonitorTones)."
    )]
    pub const LINECALLFEATURE_MONITORTONES: ::core::primitive::u32 = 16384;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::Park`](super::LineCallFeature::Park)."
    )]
    pub const LINECALLFEATURE_PARK: ::core::primitive::u32 = 32768;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::PrepareAddConf`](super::LineCallFeature::PrepareAddConf)."
    )]
    pub const LINECALLFEATURE_PREPAREADDCONF: ::core::primitive::u32 = 65536;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::Redirect`](super::LineCallFeature::Redirect)."
    )]
    pub const LINECALLFEATURE_REDIRECT: ::core::primitive::u32 = 131072;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::RemoveFromConf`](super::LineCallFeature::RemoveFromConf)."
    )]
    pub const LINECALLFEATURE_REMOVEFROMCONF: ::core::primitive::u32 = 262144;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::SecureCall`](super::LineCallFeature::SecureCall)."
    )]
    pub const LINECALLFEATURE_SECURECALL: ::core::primitive::u32 = 524288;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::SendUserUser`](super::LineCallFeature::SendUserUser)."
    )]
    pub const LINECALLFEATURE_SENDUSERUSER: ::core::primitive::u32 = 1048576;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::SetCallParams`](super::LineCallFeature::SetCallParams)."
    )]
    pub const LINECALLFEATURE_SETCALLPARAMS: ::core::primitive::u32 = 2097152;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::SetMediaControl`](super::LineCallFeature::SetMediaControl)."
    )]
    pub const LINECALLFEATURE_SETMEDIACONTROL: ::core::primitive::u32 = 4194304;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::SetTerminal`](super::LineCallFeature::SetTerminal)."
    )]
    pub const LINECALLFEATURE_SETTERMINAL: ::core::primitive::u32 = 8388608;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::SetupConf`](super::LineCallFeature::SetupConf)."
    )]
    pub const LINECALLFEATURE_SETUPCONF: ::core::primitive::u32 = 16777216;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::SetupTransfer`](super::LineCallFeature::SetupTransfer)."
    )]
    pub const LINECALLFEATURE_SETUPTRANSFER: ::core::primitive::u32 = 33554432;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::SwapHold`](super::LineCallFeature::SwapHold)."
    )]
    pub const LINECALLFEATURE_SWAPHOLD: ::core::primitive::u32 = 67108864;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::Unhold`](super::LineCallFeature::Unhold)."
    )]
    pub const LINECALLFEATURE_UNHOLD: ::core::primitive::u32 = 134217728;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::ReleaseUserUserInfo`](super::LineCallFeature::ReleaseUserUserInfo)."
    )]
    pub const LINECALLFEATURE_RELEASEUSERUSERINFO: ::core::primitive::u32 = 268435456;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::SetTreatment`](super::LineCallFeature::SetTreatment)."
    )]
    pub const LINECALLFEATURE_SETTREATMENT: ::core::primitive::u32 = 536870912;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::SetQos`](super::LineCallFeature::SetQos)."
    )]
    pub const LINECALLFEATURE_SETQOS: ::core::primitive::u32 = 1073741824;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature::SetCallData`](super::LineCallFeature::SetCallData)."
    )]
    pub const LINECALLFEATURE_SETCALLDATA: ::core::primitive::u32 = 2147483648;
}
/// Finer-grained variants of the conference, transfer, completion and park call features.
///
/// Reported in `dwCallFeatures2` of `LINEADDRESSCAPS` and `LINECALLSTATUS`. Each bit refines a
/// bit of `LINECALLFEATURE_`, which is then set as well; when the general bit is set but none of
/// its refinements, the provider has not said which variants work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum LineCallFeature2 {
    /// A conference that does not put the current call on hold can be created with
    /// `lineSetupConference` and the `LINECALLPARAMFLAGS_NOHOLDCONFERENCE` option; refines
    /// `LINECALLFEATURE_SETUPCONF`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE2_NOHOLDCONFERENCE` = `0x00000001`")]
    NoHoldConference = 0x0000_0001,
    /// A transfer completed in a single step can be made with `lineSetupTransfer` and the
    /// `LINECALLPARAMFLAGS_ONESTEPTRANSFER` option; refines `LINECALLFEATURE_SETUPTRANSFER`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE2_ONESTEPTRANSFER` = `0x00000002`")]
    OneStepTransfer = 0x0000_0002,
    /// `lineCompleteCall` accepts the camp-on mode (`LINECALLCOMPLMODE_CAMPON`); refines
    /// `LINECALLFEATURE_COMPLETECALL`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE2_COMPLCAMPON` = `0x00000004`")]
    ComplCampOn = 0x0000_0004,
    /// `lineCompleteCall` accepts the call-back mode (`LINECALLCOMPLMODE_CALLBACK`); refines
    /// `LINECALLFEATURE_COMPLETECALL`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE2_COMPLCALLBACK` = `0x00000008`")]
    ComplCallback = 0x0000_0008,
    /// `lineCompleteCall` accepts the intrusion mode (`LINECALLCOMPLMODE_INTRUDE`); refines
    /// `LINECALLFEATURE_COMPLETECALL`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE2_COMPLINTRUDE` = `0x00000010`")]
    ComplIntrude = 0x0000_0010,
    /// `lineCompleteCall` accepts the leave-a-message mode (`LINECALLCOMPLMODE_MESSAGE`);
    /// refines `LINECALLFEATURE_COMPLETECALL`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE2_COMPLMESSAGE` = `0x00000020`")]
    ComplMessage = 0x0000_0020,
    /// `lineCompleteTransfer` can finish the transfer as an ordinary transfer; refines
    /// `LINECALLFEATURE_COMPLETETRANSF`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE2_TRANSFERNORM` = `0x00000040`")]
    TransferNorm = 0x0000_0040,
    /// `lineCompleteTransfer` can finish the transfer by turning it into a three-way conference;
    /// refines `LINECALLFEATURE_COMPLETETRANSF`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE2_TRANSFERCONF` = `0x00000080`")]
    TransferConf = 0x0000_0080,
    /// `linePark` accepts directed park (`LINEPARKMODE_DIRECTED`), where the application picks
    /// the park address; refines `LINECALLFEATURE_PARK`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE2_PARKDIRECT` = `0x00000100`")]
    ParkDirect = 0x0000_0100,
    /// `linePark` accepts non-directed park (`LINEPARKMODE_NONDIRECTED`), where the switch picks
    /// the park address and returns it; refines `LINECALLFEATURE_PARK`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`LINECALLFEATURE2_PARKNONDIRECT` = `0x00000200`")]
    ParkNonDirect = 0x0000_0200,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Finer-grained variants of the conference, transfer, completion and park call features.\n\nReported in `dwCallFeatures2` of `LINEADDRESSCAPS` and `LINECALLSTATUS`. Each bit refines a bit of `LINECALLFEATURE_`, which is then set as well; when the general bit is set but none of its refinements, the provider has not said which variants work.A conference that does not put the current call on hold can be created with `lineSetupConference` and the `LINECALLPARAMFLAGS_NOHOLDCONFERENCE` option; refines `LINECALLFEATURE_SETUPCONF`.A transfer completed in a single step can be made with `lineSetupTransfer` and the `LINECALLPARAMFLAGS_ONESTEPTRANSFER` option; refines `LINECALLFEATURE_SETUPTRANSFER`.`lineCompleteCall` accepts the camp-on mode (`LINECALLCOMPLMODE_CAMPON`); refines `LINECALLFEATURE_COMPLETECALL`.`lineCompleteCall` accepts the call-back mode (`LINECALLCOMPLMODE_CALLBACK`); refines `LINECALLFEATURE_COMPLETECALL`.`lineCompleteCall` accepts the intrusion mode (`LINECALLCOMPLMODE_INTRUDE`); refines `LINECALLFEATURE_COMPLETECALL`.`lineCompleteCall` accepts the leave-a-message mode (`LINECALLCOMPLMODE_MESSAGE`); refines `LINECALLFEATURE_COMPLETECALL`.`lineCompleteTransfer` can finish the transfer as an ordinary transfer; refines `LINECALLFEATURE_COMPLETETRANSF`.`lineCompleteTransfer` can finish the transfer by turning it into a three-way conference; refines `LINECALLFEATURE_COMPLETETRANSF`.`linePark` accepts directed park (`LINEPARKMODE_DIRECTED`), where the application picks the park address; refines `LINECALLFEATURE_PARK`.`linePark` accepts non-directed park (`LINEPARKMODE_NONDIRECTED`), where the switch picks the park address and returns it; refines `LINECALLFEATURE_PARK`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Feinere Varianten der Anrufoperationen für Konferenz, Übergabe, Anrufvervollständigung und Parken; gemeldet in `dwCallFeatures2` von `LINEADDRESSCAPS` und `LINECALLSTATUS`. Jedes Bit verfeinert ein Bit von `LINECALLFEATURE_`, das dann ebenfalls gesetzt ist; ist das allgemeine Bit gesetzt, aber keine seiner Verfeinerungen, hat der Dienstanbieter nicht angegeben, welche Varianten funktionieren.Mit `lineSetupConference` und der Option `LINECALLPARAMFLAGS_NOHOLDCONFERENCE` lässt sich eine Konferenz ohne Halten einrichten, bei der der aktuelle Anruf nicht gehalten wird; verfeinert `LINECALLFEATURE_SETUPCONF`.Mit `lineSetupTransfer` und der Option `LINECALLPARAMFLAGS_ONESTEPTRANSFER` ist eine Übergabe in einem Schritt möglich; verfeinert `LINECALLFEATURE_SETUPTRANSFER`.`lineCompleteCall` akzeptiert den Modus „Warten bei Besetzt“ (`LINECALLCOMPLMODE_CAMPON`); verfeinert `LINECALLFEATURE_COMPLETECALL`.`lineCompleteCall` akzeptiert den Modus „Rückruf“ (`LINECALLCOMPLMODE_CALLBACK`); verfeinert `LINECALLFEATURE_COMPLETECALL`.`lineCompleteCall` akzeptiert den Modus „Aufschalten“ (`LINECALLCOMPLMODE_INTRUDE`); verfeinert `LINECALLFEATURE_COMPLETECALL`.`lineCompleteCall` akzeptiert den Modus „Nachricht hinterlassen“ (`LINECALLCOMPLMODE_MESSAGE`); verfeinert `LINECALLFEATURE_COMPLETECALL`.Mit `lineCompleteTransfer` kann die Übergabe als gewöhnliche Übergabe abgeschlossen werden; verfeinert `LINECALLFEATURE_COMPLETETRANSF`.Mit `lineCompleteTransfer` kann die Übergabe abgeschlossen werden, indem sie in eine Dreierkonferenz umgewandelt wird; verfeinert `LINECALLFEATURE_COMPLETETRANSF`.`linePark` akzeptiert gezieltes Parken (`LINEPARKMODE_DIRECTED`), bei dem die Anwendung die Parkadresse wählt; verfeinert `LINECALLFEATURE_PARK`.`linePark` akzeptiert ungezieltes Parken (`LINEPARKMODE_NONDIRECTED`), bei dem die Vermittlung die Parkadresse wählt und zurückgibt; verfeinert `LINECALLFEATURE_PARK`."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Variantes plus précises des fonctions d’appel de conférence, de transfert, d’achèvement et de parcage ; indiquées dans `dwCallFeatures2` de `LINEADDRESSCAPS` et de `LINECALLSTATUS`. Chaque bit précise un bit de `LINECALLFEATURE_`, qui est alors présent lui aussi ; si le bit général est présent sans aucune de ses précisions, le fournisseur n’a pas indiqué quelles variantes fonctionnent.Une conférence qui ne met pas l’appel en cours en attente peut être créée par `lineSetupConference` avec l’option `LINECALLPARAMFLAGS_NOHOLDCONFERENCE` ; précise `LINECALLFEATURE_SETUPCONF`.Un transfert réalisé en une seule étape peut être effectué par `lineSetupTransfer` avec l’option `LINECALLPARAMFLAGS_ONESTEPTRANSFER` ; précise `LINECALLFEATURE_SETUPTRANSFER`.`lineCompleteCall` accepte le mode d’attente sur occupation (`LINECALLCOMPLMODE_CAMPON`) ; précise `LINECALLFEATURE_COMPLETECALL`.`lineCompleteCall` accepte le mode de rappel automatique (`LINECALLCOMPLMODE_CALLBACK`) ; précise `LINECALLFEATURE_COMPLETECALL`.`lineCompleteCall` accepte le mode d’intrusion (`LINECALLCOMPLMODE_INTRUDE`) ; précise `LINECALLFEATURE_COMPLETECALL`.`lineCompleteCall` accepte le mode de dépôt de message (`LINECALLCOMPLMODE_MESSAGE`) ; précise `LINECALLFEATURE_COMPLETECALL`.`lineCompleteTransfer` peut conclure le transfert comme un transfert ordinaire ; précise `LINECALLFEATURE_COMPLETETRANSF`.`lineCompleteTransfer` peut conclure le transfert en le transformant en conférence à trois ; précise `LINECALLFEATURE_COMPLETETRANSF`.`linePark` accepte le parcage dirigé (`LINEPARKMODE_DIRECTED`), où l’application choisit l’adresse de parcage ; précise `LINECALLFEATURE_PARK`.`linePark` accepte le parcage non dirigé (`LINEPARKMODE_NONDIRECTED`), où le commutateur choisit l’adresse de parcage et la renvoie ; précise `LINECALLFEATURE_PARK`."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "LineCallFeature2",
            prefix: "LINECALLFEATURE2_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 1023u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "LINECALLFEATURE2_NOHOLDCONFERENCE",
                    "LINECALLFEATURE2_ONESTEPTRANSFER",
                    "LINECALLFEATURE2_COMPLCAMPON",
                    "LINECALLFEATURE2_COMPLCALLBACK",
                    "LINECALLFEATURE2_COMPLINTRUDE",
                    "LINECALLFEATURE2_COMPLMESSAGE",
                    "LINECALLFEATURE2_TRANSFERNORM",
                    "LINECALLFEATURE2_TRANSFERCONF",
                    "LINECALLFEATURE2_PARKDIRECT",
                    "LINECALLFEATURE2_PARKNONDIRECT",
                ],
                bits: &[
                    1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64, 256u64, 512u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0Q\x01\0\0\0\0\0\0\x8E\x01\0\0\0\0\0\0\x95\x01\0\0\x02\0\0\0\0\0Q\x01\0\0\xBC\0\0\0\x8E\x01\0\0\xD9\0\0\0\x95\x01\0\0\xC7\0\0\0\x02\0\0\0\0\0\r\x02\0\0\xA8\0\0\0g\x02\0\0\xA5\0\0\0\\\x02\0\0\xB8\0\0\0\x02\0\0\0\0\0\xB5\x02\0\0q\0\0\0\x0C\x03\0\0\x89\0\0\0\x14\x03\0\0\x85\0\0\0\x02\0\0\0\0\0&\x03\0\0u\0\0\0\x95\x03\0\0\x81\0\0\0\x99\x03\0\0\x82\0\0\0\x02\0\0\0\0\0\x9B\x03\0\0t\0\0\0\x16\x04\0\0\x83\0\0\0\x1B\x04\0\0y\0\0\0\x02\0\0\0\0\0\x0F\x04\0\0z\0\0\0\x99\x04\0\0\x8E\0\0\0\x94\x04\0\0\x81\0\0\0\x02\0\0\0\0\0\x89\x04\0\0q\0\0\0'\x05\0\0\x8B\0\0\0\x15\x05\0\0{\0\0\0\x02\0\0\0\0\0\xFA\x04\0\0\x83\0\0\0\xB2\x05\0\0\xA4\0\0\0\x90\x05\0\0\x89\0\0\0\x02\0\0\0\0\0}\x05\0\0\x89\0\0\0V\x06\0\0\x92\0\0\0\x19\x06\0\0\x96\0\0\0\x02\0\0\0\0\0\x06\x06\0\0\x9A\0\0\0\xE8\x06\0\0\xA9\0\0\0\xAF\x06\0\0\xAA\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "LINECALLFEATURE2_NOHOLDCONFERENCE",
                        "LINECALLFEATURE2_ONESTEPTRANSFER",
                        "LINECALLFEATURE2_COMPLCAMPON",
                        "LINECALLFEATURE2_COMPLCALLBACK",
                        "LINECALLFEATURE2_COMPLINTRUDE",
                        "LINECALLFEATURE2_COMPLMESSAGE",
                        "LINECALLFEATURE2_TRANSFERNORM",
                        "LINECALLFEATURE2_TRANSFERCONF",
                        "LINECALLFEATURE2_PARKDIRECT",
                        "LINECALLFEATURE2_PARKNONDIRECT",
                        "NOHOLDCONFERENCE",
                        "ONESTEPTRANSFER",
                        "COMPLCAMPON",
                        "COMPLCALLBACK",
                        "COMPLINTRUDE",
                        "COMPLMESSAGE",
                        "TRANSFERNORM",
                        "TRANSFERCONF",
                        "PARKDIRECT",
                        "PARKNONDIRECT",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | LINECALLFEATURE2_NOHOLDCONFERENCE",
                        " | LINECALLFEATURE2_ONESTEPTRANSFER",
                        " | LINECALLFEATURE2_COMPLCAMPON",
                        " | LINECALLFEATURE2_COMPLCALLBACK",
                        " | LINECALLFEATURE2_COMPLINTRUDE",
                        " | LINECALLFEATURE2_COMPLMESSAGE",
                        " | LINECALLFEATURE2_TRANSFERNORM",
                        " | LINECALLFEATURE2_TRANSFERCONF",
                        " | LINECALLFEATURE2_PARKDIRECT",
                        " | LINECALLFEATURE2_PARKNONDIRECT",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 56u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x04\0\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x01\0\x12\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\x0F\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `LINECALLFEATURE2_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<LineCallFeature2>`](::tapi_consts::Flags), named [`LineCallFeature2Set`](crate::families::LineCallFeature2Set), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `LINECALLFEATURE2_NOHOLDCONFERENCE` | `0x00000001` | TAPI 2.0 |\n| `LINECALLFEATURE2_ONESTEPTRANSFER` | `0x00000002` | TAPI 2.0 |\n| `LINECALLFEATURE2_COMPLCAMPON` | `0x00000004` | TAPI 2.0 |\n| `LINECALLFEATURE2_COMPLCALLBACK` | `0x00000008` | TAPI 2.0 |\n| `LINECALLFEATURE2_COMPLINTRUDE` | `0x00000010` | TAPI 2.0 |\n| `LINECALLFEATURE2_COMPLMESSAGE` | `0x00000020` | TAPI 2.0 |\n| `LINECALLFEATURE2_TRANSFERNORM` | `0x00000040` | TAPI 2.0 |\n| `LINECALLFEATURE2_TRANSFERCONF` | `0x00000080` | TAPI 2.0 |\n| `LINECALLFEATURE2_PARKDIRECT` | `0x00000100` | TAPI 2.0 |\n| `LINECALLFEATURE2_PARKNONDIRECT` | `0x00000200` | TAPI 2.0 |\n\n# Deutsch\n\nFeinere Varianten der Anrufoperationen für Konferenz, Übergabe, Anrufvervollständigung und Parken; gemeldet in `dwCallFeatures2` von `LINEADDRESSCAPS` und `LINECALLSTATUS`. Jedes Bit verfeinert ein Bit von `LINECALLFEATURE_`, das dann ebenfalls gesetzt ist; ist das allgemeine Bit gesetzt, aber keine seiner Verfeinerungen, hat der Dienstanbieter nicht angegeben, welche Varianten funktionieren.\n\n- `LINECALLFEATURE2_NOHOLDCONFERENCE`: Mit `lineSetupConference` und der Option `LINECALLPARAMFLAGS_NOHOLDCONFERENCE` lässt sich eine Konferenz ohne Halten einrichten, bei der der aktuelle Anruf nicht gehalten wird; verfeinert `LINECALLFEATURE_SETUPCONF`.\n- `LINECALLFEATURE2_ONESTEPTRANSFER`: Mit `lineSetupTransfer` und der Option `LINECALLPARAMFLAGS_ONESTEPTRANSFER` ist eine Übergabe in einem Schritt möglich; verfeinert `LINECALLFEATURE_SETUPTRANSFER`.\n- `LINECALLFEATURE2_COMPLCAMPON`: `lineCompleteCall` akzeptiert den Modus „Warten bei Besetzt“ (`LINECALLCOMPLMODE_CAMPON`); verfeinert `LINECALLFEATURE_COMPLETECALL`.\n- `LINECALLFEATURE2_COMPLCALLBACK`: `lineCompleteCall` akzeptiert den Modus „Rückruf“ (`LINECALLCOMPLMODE_CALLBACK`); verfeinert `LINECALLFEATURE_COMPLETECALL`.\n- `LINECALLFEATURE2_COMPLINTRUDE`: `lineCompleteCall` akzeptiert den Modus „Aufschalten“ (`LINECALLCOMPLMODE_INTRUDE`); verfeinert `LINECALLFEATURE_COMPLETECALL`.\n- `LINECALLFEATURE2_COMPLMESSAGE`: `lineCompleteCall` akzeptiert den Modus „Nachricht hinterlassen“ (`LINECALLCOMPLMODE_MESSAGE`); verfeinert `LINECALLFEATURE_COMPLETECALL`.\n- `LINECALLFEATURE2_TRANSFERNORM`: Mit `lineCompleteTransfer` kann die Übergabe als gewöhnliche Übergabe abgeschlossen werden; verfeinert `LINECALLFEATURE_COMPLETETRANSF`.\n- `LINECALLFEATURE2_TRANSFERCONF`: Mit `lineCompleteTransfer` kann die Übergabe abgeschlossen werden, indem sie in eine Dreierkonferenz umgewandelt wird; verfeinert `LINECALLFEATURE_COMPLETETRANSF`.\n- `LINECALLFEATURE2_PARKDIRECT`: `linePark` akzeptiert gezieltes Parken (`LINEPARKMODE_DIRECTED`), bei dem die Anwendung die Parkadresse wählt; verfeinert `LINECALLFEATURE_PARK`.\n- `LINECALLFEATURE2_PARKNONDIRECT`: `linePark` akzeptiert ungezieltes Parken (`LINEPARKMODE_NONDIRECTED`), bei dem die Vermittlung die Parkadresse wählt und zurückgibt; verfeinert `LINECALLFEATURE_PARK`.\n\n# Français\n\nVariantes plus précises des fonctions d’appel de conférence, de transfert, d’achèvement et de parcage ; indiquées dans `dwCallFeatures2` de `LINEADDRESSCAPS` et de `LINECALLSTATUS`. Chaque bit précise un bit de `LINECALLFEATURE_`, qui est alors présent lui aussi ; si le bit général est présent sans aucune de ses précisions, le fournisseur n’a pas indiqué quelles variantes fonctionnent.\n\n- `LINECALLFEATURE2_NOHOLDCONFERENCE`: Une conférence qui ne met pas l’appel en cours en attente peut être créée par `lineSetupConference` avec l’option `LINECALLPARAMFLAGS_NOHOLDCONFERENCE` ; précise `LINECALLFEATURE_SETUPCONF`.\n- `LINECALLFEATURE2_ONESTEPTRANSFER`: Un transfert réalisé en une seule étape peut être effectué par `lineSetupTransfer` avec l’option `LINECALLPARAMFLAGS_ONESTEPTRANSFER` ; précise `LINECALLFEATURE_SETUPTRANSFER`.\n- `LINECALLFEATURE2_COMPLCAMPON`: `lineCompleteCall` accepte le mode d’attente sur occupation (`LINECALLCOMPLMODE_CAMPON`) ; précise `LINECALLFEATURE_COMPLETECALL`.\n- `LINECALLFEATURE2_COMPLCALLBACK`: `lineCompleteCall` accepte le mode de rappel automatique (`LINECALLCOMPLMODE_CALLBACK`) ; précise `LINECALLFEATURE_COMPLETECALL`.\n- `LINECALLFEATURE2_COMPLINTRUDE`: `lineCompleteCall` accepte le mode d’intrusion (`LINECALLCOMPLMODE_INTRUDE`) ; précise `LINECALLFEATURE_COMPLETECALL`.\n- `LINECALLFEATURE2_COMPLMESSAGE`: `lineCompleteCall` accepte le mode de dépôt de message (`LINECALLCOMPLMODE_MESSAGE`) ; précise `LINECALLFEATURE_COMPLETECALL`.\n- `LINECALLFEATURE2_TRANSFERNORM`: `lineCompleteTransfer` peut conclure le transfert comme un transfert ordinaire ; précise `LINECALLFEATURE_COMPLETETRANSF`.\n- `LINECALLFEATURE2_TRANSFERCONF`: `lineCompleteTransfer` peut conclure le transfert en le transformant en conférence à trois ; précise `LINECALLFEATURE_COMPLETETRANSF`.\n- `LINECALLFEATURE2_PARKDIRECT`: `linePark` accepte le parcage dirigé (`LINEPARKMODE_DIRECTED`), où l’application choisit l’adresse de parcage ; précise `LINECALLFEATURE_PARK`.\n- `LINECALLFEATURE2_PARKNONDIRECT`: `linePark` accepte le parcage non dirigé (`LINEPARKMODE_NONDIRECTED`), où le commutateur choisit l’adresse de parcage et la renvoie ; précise `LINECALLFEATURE_PARK`.\n"
    )]
    impl LineCallFeature2 {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::NoHoldConference,
            Self::OneStepTransfer,
            Self::ComplCampOn,
            Self::ComplCallback,
            Self::ComplIntrude,
            Self::ComplMessage,
            Self::TransferNorm,
            Self::TransferConf,
            Self::ParkDirect,
            Self::ParkNonDirect,
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
                1 => __tapi::Some(Self::NoHoldConference),
                2 => __tapi::Some(Self::OneStepTransfer),
                4 => __tapi::Some(Self::ComplCampOn),
                8 => __tapi::Some(Self::ComplCallback),
                16 => __tapi::Some(Self::ComplIntrude),
                32 => __tapi::Some(Self::ComplMessage),
                64 => __tapi::Some(Self::TransferNorm),
                128 => __tapi::Some(Self::TransferConf),
                256 => __tapi::Some(Self::ParkDirect),
                512 => __tapi::Some(Self::ParkNonDirect),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `LINECALLFEATURE2_NOHOLDCONFERENCE`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for LineCallFeature2 {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<LineCallFeature2> for ::core::primitive::u32 {
        #[inline]
        fn from(member: LineCallFeature2) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for LineCallFeature2 {
        type Error = ::tapi_consts::UnknownValueError<LineCallFeature2>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for LineCallFeature2 {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for LineCallFeature2 {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for LineCallFeature2 {}
    #[automatically_derived]
    impl ::core::ops::BitOr for LineCallFeature2 {
        type Output = ::tapi_consts::Flags<LineCallFeature2>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<LineCallFeature2> {
            <::tapi_consts::Flags<
                LineCallFeature2,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<LineCallFeature2>>
    for LineCallFeature2 {
        type Output = ::tapi_consts::Flags<LineCallFeature2>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<LineCallFeature2>,
        ) -> ::tapi_consts::Flags<LineCallFeature2> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(LineCallFeature2, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(LineCallFeature2);
};
///The `LINECALLFEATURE2_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_linecallfeature2 {
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature2::NoHoldConference`](super::LineCallFeature2::NoHoldConference)."
    )]
    pub const LINECALLFEATURE2_NOHOLDCONFERENCE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature2::OneStepTransfer`](super::LineCallFeature2::OneStepTransfer)."
    )]
    pub const LINECALLFEATURE2_ONESTEPTRANSFER: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature2::ComplCampOn`](super::LineCallFeature2::ComplCampOn)."
    )]
    pub const LINECALLFEATURE2_COMPLCAMPON: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature2::ComplCallback`](super::LineCallFeature2::ComplCallback)."
    )]
    pub const LINECALLFEATURE2_COMPLCALLBACK: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature2::ComplIntrude`](super::LineCallFeature2::ComplIntrude)."
    )]
    pub const LINECALLFEATURE2_COMPLINTRUDE: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature2::ComplMessage`](super::LineCallFeature2::ComplMessage)."
    )]
    pub const LINECALLFEATURE2_COMPLMESSAGE: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature2::TransferNorm`](super::LineCallFeature2::TransferNorm)."
    )]
    pub const LINECALLFEATURE2_TRANSFERNORM: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature2::TransferConf`](super::LineCallFeature2::TransferConf)."
    )]
    pub const LINECALLFEATURE2_TRANSFERCONF: ::core::primitive::u32 = 128;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature2::ParkDirect`](super::LineCallFeature2::ParkDirect)."
    )]
    pub const LINECALLFEATURE2_PARKDIRECT: ::core::primitive::u32 = 256;
    #[cfg_attr(
        doc,
        doc = "The value of [`LineCallFeature2::ParkNonDirect`](super::LineCallFeature2::ParkNonDirect)."
    )]
    pub const LINECALLFEATURE2_PARKNONDIRECT: ::core::primitive::u32 = 512;
}
