//! What an application can do to a call right now (`LINECALLFEATURE_`, `LINECALLFEATURE2_`).

use tapi_consts::ConstFamily;

/// Operations that can be invoked on a call, each matching a TAPI call function.
///
/// In `dwCallFeatures` of `LINEADDRESSCAPS` they say which operations calls on an address can
/// ever support; in `dwCallFeatures` of `LINECALLSTATUS` (from `lineGetCallStatus`) they say which
/// ones the application may invoke on a given call right now, given its state and the
/// application's privileges. All 32 bits are defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLFEATURE_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Opérations applicables à un appel, chacune correspondant à une fonction d’appel de TAPI. Dans `dwCallFeatures` de `LINEADDRESSCAPS`, elles indiquent ce que les appels d’une adresse peuvent permettre ; dans `dwCallFeatures` de `LINECALLSTATUS` (obtenu par `lineGetCallStatus`), ce que l’application peut faire maintenant sur un appel donné, compte tenu de son état et des privilèges de l’application.",
    de = "Anrufoperationen, die sich auf einem Anruf aufrufen lassen; jede entspricht einer TAPI-Funktion für Anrufe. In `dwCallFeatures` von `LINEADDRESSCAPS` geben sie an, welche Operationen Anrufe auf einer Adresse überhaupt unterstützen können; in `dwCallFeatures` von `LINECALLSTATUS` (von `lineGetCallStatus` geliefert) geben sie an, welche davon die Anwendung auf einem bestimmten Anruf gerade aufrufen darf, abhängig von dessen Zustand und den Berechtigungen der Anwendung. Alle 32 Bits sind belegt."
))]
pub enum LineCallFeature {
    /// `lineAccept` can be used to accept the offered call, for instance to start alerting on
    /// ISDN.
    #[tapi(doc(
        fr = "`lineAccept` peut servir à accepter l’appel présenté, par exemple pour déclencher la sonnerie en RNIS.",
        de = "Mit `lineAccept` kann der angebotene Anruf akzeptiert werden, etwa um bei ISDN das Klingeln einzuleiten."
    ))]
    Accept = 0x0000_0001,
    /// `lineAddToConference` can be used to add the consultation call to its conference.
    #[tapi(doc(
        fr = "`lineAddToConference` peut servir à ajouter l’appel de consultation à sa conférence.",
        de = "Mit `lineAddToConference` kann der Rückfrageanruf seiner Konferenz hinzugefügt werden."
    ))]
    AddToConf = 0x0000_0002,
    /// `lineAnswer` can be used to answer the offered call.
    #[tapi(doc(
        fr = "`lineAnswer` peut servir à répondre à l’appel présenté.",
        de = "Mit `lineAnswer` kann der angebotene Anruf entgegengenommen werden."
    ))]
    Answer = 0x0000_0004,
    /// `lineBlindTransfer` can be used to transfer the call without first talking to the
    /// destination.
    #[tapi(doc(
        fr = "`lineBlindTransfer` peut servir à transférer l’appel sans s’entretenir d’abord avec la destination.",
        de = "Mit `lineBlindTransfer` kann der Anruf ohne Rückfrage übergeben werden, also ohne vorher mit dem Ziel zu sprechen."
    ))]
    BlindTransfer = 0x0000_0008,
    /// `lineCompleteCall` can be used to request completion of a call that met busy or no answer.
    #[tapi(doc(
        fr = "`lineCompleteCall` peut servir à demander l’achèvement d’un appel qui a rencontré une occupation ou une non-réponse.",
        de = "Mit `lineCompleteCall` kann die Anrufvervollständigung für einen Anruf angefordert werden, der auf Besetzt oder Nichtmelden gestoßen ist."
    ))]
    CompleteCall = 0x0000_0010,
    /// `lineCompleteTransfer` can be used to finish a transfer set up with `lineSetupTransfer`.
    #[tapi(doc(
        fr = "`lineCompleteTransfer` peut servir à conclure un transfert préparé par `lineSetupTransfer`.",
        de = "Mit `lineCompleteTransfer` kann eine mit `lineSetupTransfer` vorbereitete Übergabe abgeschlossen werden."
    ))]
    CompleteTransf = 0x0000_0020,
    /// `lineDial` can be used to dial (more of) the destination number on the call.
    #[tapi(doc(
        fr = "`lineDial` peut servir à composer tout ou partie du numéro de destination sur l’appel.",
        de = "Mit `lineDial` kann auf dem Anruf die Zielnummer ganz oder teilweise gewählt werden."
    ))]
    Dial = 0x0000_0040,
    /// `lineDrop` can be used to disconnect the call.
    #[tapi(doc(
        fr = "`lineDrop` peut servir à mettre fin à l’appel (le déconnecter).",
        de = "Mit `lineDrop` kann der Anruf beendet (die Verbindung getrennt) werden."
    ))]
    Drop = 0x0000_0080,
    /// `lineGatherDigits` can be used to collect digits received on the call.
    #[tapi(doc(
        fr = "`lineGatherDigits` peut servir à collecter les chiffres reçus sur l’appel.",
        de = "Mit `lineGatherDigits` können auf dem Anruf empfangene Ziffern erfasst werden."
    ))]
    GatherDigits = 0x0000_0100,
    /// `lineGenerateDigits` can be used to send digits (such as DTMF) on the call.
    #[tapi(doc(
        fr = "`lineGenerateDigits` peut servir à émettre des chiffres (par exemple DTMF) sur l’appel.",
        de = "Mit `lineGenerateDigits` können auf dem Anruf Ziffern gesendet werden (etwa DTMF)."
    ))]
    GenerateDigits = 0x0000_0200,
    /// `lineGenerateTone` can be used to play tones on the call.
    #[tapi(doc(
        fr = "`lineGenerateTone` peut servir à émettre des tonalités sur l’appel.",
        de = "Mit `lineGenerateTone` können auf dem Anruf Töne erzeugt werden."
    ))]
    GenerateTone = 0x0000_0400,
    /// `lineHold` can be used to put the call on hold.
    #[tapi(doc(
        fr = "`lineHold` peut servir à mettre l’appel en attente.",
        de = "Mit `lineHold` kann der Anruf gehalten werden."
    ))]
    Hold = 0x0000_0800,
    /// `lineMonitorDigits` can be used to be notified of digits detected on the call.
    #[tapi(doc(
        fr = "`lineMonitorDigits` peut servir à être averti des chiffres détectés sur l’appel.",
        de = "Mit `lineMonitorDigits` lässt sich eine Benachrichtigung über Ziffern anfordern, die auf dem Anruf erkannt werden."
    ))]
    MonitorDigits = 0x0000_1000,
    /// `lineMonitorMedia` can be used to be notified of media-mode changes on the call.
    #[tapi(doc(
        fr = "`lineMonitorMedia` peut servir à être averti des changements de mode de média sur l’appel.",
        de = "Mit `lineMonitorMedia` lässt sich eine Benachrichtigung über Änderungen des Medienmodus auf dem Anruf anfordern."
    ))]
    MonitorMedia = 0x0000_2000,
    /// `lineMonitorTones` can be used to be notified when chosen tones occur on the call.
    #[tapi(doc(
        fr = "`lineMonitorTones` peut servir à être averti de l’apparition de tonalités choisies sur l’appel.",
        de = "Mit `lineMonitorTones` lässt sich eine Benachrichtigung anfordern, wenn auf dem Anruf ausgewählte Töne auftreten."
    ))]
    MonitorTones = 0x0000_4000,
    /// `linePark` can be used to park the call so that it can be picked up from another station.
    #[tapi(doc(
        fr = "`linePark` peut servir à parquer l’appel afin qu’il soit repris depuis un autre poste.",
        de = "Mit `linePark` kann der Anruf geparkt werden, sodass er an einer anderen Nebenstelle aus dem Parken geholt werden kann."
    ))]
    Park = 0x0000_8000,
    /// `linePrepareAddToConference` can be used to start a consultation call meant to join the
    /// conference.
    #[tapi(doc(
        fr = "`linePrepareAddToConference` peut servir à lancer un appel de consultation destiné à rejoindre la conférence.",
        de = "Mit `linePrepareAddToConference` kann ein Rückfrageanruf eingeleitet werden, der der Konferenz hinzugefügt werden soll."
    ))]
    PrepareAddConf = 0x0001_0000,
    /// `lineRedirect` can be used to send the offered call to another destination without
    /// answering it.
    #[tapi(doc(
        fr = "`lineRedirect` peut servir à rediriger l’appel présenté vers une autre destination sans y répondre.",
        de = "Mit `lineRedirect` kann der angebotene Anruf an ein anderes Ziel umgeleitet werden, ohne ihn entgegenzunehmen."
    ))]
    Redirect = 0x0002_0000,
    /// `lineRemoveFromConference` can be used to take this party out of its conference.
    #[tapi(doc(
        fr = "`lineRemoveFromConference` peut servir à retirer ce participant de sa conférence.",
        de = "Mit `lineRemoveFromConference` kann dieser Teilnehmer aus seiner Konferenz entfernt werden."
    ))]
    RemoveFromConf = 0x0004_0000,
    /// `lineSecureCall` can be used to protect the call from interruptions such as call-waiting
    /// tones.
    #[tapi(doc(
        fr = "`lineSecureCall` peut servir à protéger l’appel contre les interruptions, comme les tonalités du signal d’appel.",
        de = "Mit `lineSecureCall` kann der Anruf gesichert, also vor Unterbrechungen wie Anklopftönen geschützt werden."
    ))]
    SecureCall = 0x0008_0000,
    /// `lineSendUserUserInfo` can be used to send user-user information to the remote party.
    #[tapi(doc(
        fr = "`lineSendUserUserInfo` peut servir à envoyer des informations d’usager à usager au correspondant.",
        de = "Mit `lineSendUserUserInfo` können Benutzer-zu-Benutzer-Informationen an den entfernten Teilnehmer gesendet werden."
    ))]
    SendUserUser = 0x0010_0000,
    /// `lineSetCallParams` can be used to change the call's bearer mode, rate or dialling
    /// parameters.
    #[tapi(doc(
        fr = "`lineSetCallParams` peut servir à modifier le mode porteur, le débit ou les paramètres de numérotation de l’appel.",
        de = "Mit `lineSetCallParams` können Trägermodus, Übertragungsrate oder Wählparameter des Anrufs geändert werden."
    ))]
    SetCallParams = 0x0020_0000,
    /// `lineSetMediaControl` can be used to make the call react automatically to digits, tones,
    /// media modes or call states.
    #[tapi(doc(
        fr = "`lineSetMediaControl` peut servir à faire réagir automatiquement l’appel à des chiffres, des tonalités, des modes de média ou des états d’appel.",
        de = "Mit `lineSetMediaControl` lässt sich festlegen, dass auf dem Anruf automatisch auf Ziffern, Töne, Medienmodi oder Anrufzustände reagiert wird."
    ))]
    SetMediaControl = 0x0040_0000,
    /// `lineSetTerminal` can be used to route the call's information to particular terminals.
    #[tapi(doc(
        fr = "`lineSetTerminal` peut servir à acheminer les informations de l’appel vers des terminaux donnés.",
        de = "Mit `lineSetTerminal` können die Informationen des Anrufs an bestimmte Endgeräte geleitet werden."
    ))]
    SetTerminal = 0x0080_0000,
    /// `lineSetupConference` can be used to turn the call into a conference.
    #[tapi(doc(
        fr = "`lineSetupConference` peut servir à transformer l’appel en conférence.",
        de = "Mit `lineSetupConference` kann der Anruf zu einer Konferenz erweitert werden."
    ))]
    SetupConf = 0x0100_0000,
    /// `lineSetupTransfer` can be used to start a consultation transfer of the call.
    #[tapi(doc(
        fr = "`lineSetupTransfer` peut servir à lancer un transfert de l’appel avec consultation.",
        de = "Mit `lineSetupTransfer` kann eine Übergabe des Anrufs mit Rückfrage eingeleitet werden."
    ))]
    SetupTransfer = 0x0200_0000,
    /// `lineSwapHold` can be used to swap the active call with the one on consultation hold.
    #[tapi(doc(
        fr = "`lineSwapHold` peut servir à permuter l’appel actif et celui qui est en attente de consultation.",
        de = "Mit `lineSwapHold` können der aktive Anruf und der zur Rückfrage gehaltene Anruf getauscht werden."
    ))]
    SwapHold = 0x0400_0000,
    /// `lineUnhold` can be used to take the call off hold.
    #[tapi(doc(
        fr = "`lineUnhold` peut servir à reprendre l’appel mis en attente.",
        de = "Mit `lineUnhold` kann der gehaltene Anruf zurückgeholt werden."
    ))]
    Unhold = 0x0800_0000,
    /// `lineReleaseUserUserInfo` can be used to release the received user-user information so
    /// that the next block can arrive. Added in TAPI 1.4.
    #[tapi(since = "1.4")]
    #[tapi(doc(
        fr = "`lineReleaseUserUserInfo` peut servir à libérer les informations d’usager à usager reçues afin que le bloc suivant puisse arriver. Apparu avec TAPI 1.4.",
        de = "Mit `lineReleaseUserUserInfo` können die empfangenen Benutzer-zu-Benutzer-Informationen freigegeben werden, damit der nächste Block eintreffen kann. Eingeführt mit TAPI 1.4."
    ))]
    ReleaseUserUserInfo = 0x1000_0000,
    /// `lineSetCallTreatment` can be used to choose what the caller hears (music, ringback,
    /// silence…) while the call is not answered or on hold.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineSetCallTreatment` peut servir à choisir ce qu’entend l’appelant (musique, retour d’appel, silence…) tant que personne n’a répondu à l’appel ou qu’il reste en attente.",
        de = "Mit `lineSetCallTreatment` lässt sich festlegen, was der Anrufer hört (Musik, Freiton, Stille …), solange der Anruf nicht entgegengenommen wurde oder gehalten wird."
    ))]
    SetTreatment = 0x2000_0000,
    /// `lineSetCallQualityOfService` can be used to change the quality of service of the call.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineSetCallQualityOfService` peut servir à modifier la qualité de service (QoS) de l’appel.",
        de = "Mit `lineSetCallQualityOfService` kann die Dienstgüte (QoS) des Anrufs geändert werden."
    ))]
    SetQos = 0x4000_0000,
    /// `lineSetCallData` can be used to attach application data to the call.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineSetCallData` peut servir à associer des données d’application à l’appel.",
        de = "Mit `lineSetCallData` können dem Anruf Anwendungsdaten zugeordnet werden."
    ))]
    SetCallData = 0x8000_0000,
}

/// Finer-grained variants of the conference, transfer, completion and park call features.
///
/// Reported in `dwCallFeatures2` of `LINEADDRESSCAPS` and `LINECALLSTATUS`. Each bit refines a
/// bit of `LINECALLFEATURE_`, which is then set as well; when the general bit is set but none of
/// its refinements, the provider has not said which variants work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(
    prefix = "LINECALLFEATURE2_",
    flags,
    since = "2.0",
    header = "tapi.h",
    c_consts
)]
#[tapi(doc(
    fr = "Variantes plus précises des fonctions d’appel de conférence, de transfert, d’achèvement et de parcage ; indiquées dans `dwCallFeatures2` de `LINEADDRESSCAPS` et de `LINECALLSTATUS`. Chaque bit précise un bit de `LINECALLFEATURE_`, qui est alors présent lui aussi ; si le bit général est présent sans aucune de ses précisions, le fournisseur n’a pas indiqué quelles variantes fonctionnent.",
    de = "Feinere Varianten der Anrufoperationen für Konferenz, Übergabe, Anrufvervollständigung und Parken; gemeldet in `dwCallFeatures2` von `LINEADDRESSCAPS` und `LINECALLSTATUS`. Jedes Bit verfeinert ein Bit von `LINECALLFEATURE_`, das dann ebenfalls gesetzt ist; ist das allgemeine Bit gesetzt, aber keine seiner Verfeinerungen, hat der Dienstanbieter nicht angegeben, welche Varianten funktionieren."
))]
pub enum LineCallFeature2 {
    /// A conference that does not put the current call on hold can be created with
    /// `lineSetupConference` and the `LINECALLPARAMFLAGS_NOHOLDCONFERENCE` option; refines
    /// `LINECALLFEATURE_SETUPCONF`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Une conférence qui ne met pas l’appel en cours en attente peut être créée par `lineSetupConference` avec l’option `LINECALLPARAMFLAGS_NOHOLDCONFERENCE` ; précise `LINECALLFEATURE_SETUPCONF`.",
        de = "Mit `lineSetupConference` und der Option `LINECALLPARAMFLAGS_NOHOLDCONFERENCE` lässt sich eine Konferenz ohne Halten einrichten, bei der der aktuelle Anruf nicht gehalten wird; verfeinert `LINECALLFEATURE_SETUPCONF`."
    ))]
    NoHoldConference = 0x0000_0001,
    /// A transfer completed in a single step can be made with `lineSetupTransfer` and the
    /// `LINECALLPARAMFLAGS_ONESTEPTRANSFER` option; refines `LINECALLFEATURE_SETUPTRANSFER`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "Un transfert réalisé en une seule étape peut être effectué par `lineSetupTransfer` avec l’option `LINECALLPARAMFLAGS_ONESTEPTRANSFER` ; précise `LINECALLFEATURE_SETUPTRANSFER`.",
        de = "Mit `lineSetupTransfer` und der Option `LINECALLPARAMFLAGS_ONESTEPTRANSFER` ist eine Übergabe in einem Schritt möglich; verfeinert `LINECALLFEATURE_SETUPTRANSFER`."
    ))]
    OneStepTransfer = 0x0000_0002,
    /// `lineCompleteCall` accepts the camp-on mode (`LINECALLCOMPLMODE_CAMPON`); refines
    /// `LINECALLFEATURE_COMPLETECALL`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineCompleteCall` accepte le mode d’attente sur occupation (`LINECALLCOMPLMODE_CAMPON`) ; précise `LINECALLFEATURE_COMPLETECALL`.",
        de = "`lineCompleteCall` akzeptiert den Modus „Warten bei Besetzt“ (`LINECALLCOMPLMODE_CAMPON`); verfeinert `LINECALLFEATURE_COMPLETECALL`."
    ))]
    ComplCampOn = 0x0000_0004,
    /// `lineCompleteCall` accepts the call-back mode (`LINECALLCOMPLMODE_CALLBACK`); refines
    /// `LINECALLFEATURE_COMPLETECALL`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineCompleteCall` accepte le mode de rappel automatique (`LINECALLCOMPLMODE_CALLBACK`) ; précise `LINECALLFEATURE_COMPLETECALL`.",
        de = "`lineCompleteCall` akzeptiert den Modus „Rückruf“ (`LINECALLCOMPLMODE_CALLBACK`); verfeinert `LINECALLFEATURE_COMPLETECALL`."
    ))]
    ComplCallback = 0x0000_0008,
    /// `lineCompleteCall` accepts the intrusion mode (`LINECALLCOMPLMODE_INTRUDE`); refines
    /// `LINECALLFEATURE_COMPLETECALL`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineCompleteCall` accepte le mode d’intrusion (`LINECALLCOMPLMODE_INTRUDE`) ; précise `LINECALLFEATURE_COMPLETECALL`.",
        de = "`lineCompleteCall` akzeptiert den Modus „Aufschalten“ (`LINECALLCOMPLMODE_INTRUDE`); verfeinert `LINECALLFEATURE_COMPLETECALL`."
    ))]
    ComplIntrude = 0x0000_0010,
    /// `lineCompleteCall` accepts the leave-a-message mode (`LINECALLCOMPLMODE_MESSAGE`);
    /// refines `LINECALLFEATURE_COMPLETECALL`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineCompleteCall` accepte le mode de dépôt de message (`LINECALLCOMPLMODE_MESSAGE`) ; précise `LINECALLFEATURE_COMPLETECALL`.",
        de = "`lineCompleteCall` akzeptiert den Modus „Nachricht hinterlassen“ (`LINECALLCOMPLMODE_MESSAGE`); verfeinert `LINECALLFEATURE_COMPLETECALL`."
    ))]
    ComplMessage = 0x0000_0020,
    /// `lineCompleteTransfer` can finish the transfer as an ordinary transfer; refines
    /// `LINECALLFEATURE_COMPLETETRANSF`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineCompleteTransfer` peut conclure le transfert comme un transfert ordinaire ; précise `LINECALLFEATURE_COMPLETETRANSF`.",
        de = "Mit `lineCompleteTransfer` kann die Übergabe als gewöhnliche Übergabe abgeschlossen werden; verfeinert `LINECALLFEATURE_COMPLETETRANSF`."
    ))]
    TransferNorm = 0x0000_0040,
    /// `lineCompleteTransfer` can finish the transfer by turning it into a three-way conference;
    /// refines `LINECALLFEATURE_COMPLETETRANSF`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`lineCompleteTransfer` peut conclure le transfert en le transformant en conférence à trois ; précise `LINECALLFEATURE_COMPLETETRANSF`.",
        de = "Mit `lineCompleteTransfer` kann die Übergabe abgeschlossen werden, indem sie in eine Dreierkonferenz umgewandelt wird; verfeinert `LINECALLFEATURE_COMPLETETRANSF`."
    ))]
    TransferConf = 0x0000_0080,
    /// `linePark` accepts directed park (`LINEPARKMODE_DIRECTED`), where the application picks
    /// the park address; refines `LINECALLFEATURE_PARK`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`linePark` accepte le parcage dirigé (`LINEPARKMODE_DIRECTED`), où l’application choisit l’adresse de parcage ; précise `LINECALLFEATURE_PARK`.",
        de = "`linePark` akzeptiert gezieltes Parken (`LINEPARKMODE_DIRECTED`), bei dem die Anwendung die Parkadresse wählt; verfeinert `LINECALLFEATURE_PARK`."
    ))]
    ParkDirect = 0x0000_0100,
    /// `linePark` accepts non-directed park (`LINEPARKMODE_NONDIRECTED`), where the switch picks
    /// the park address and returns it; refines `LINECALLFEATURE_PARK`.
    #[tapi(since = "2.0")]
    #[tapi(doc(
        fr = "`linePark` accepte le parcage non dirigé (`LINEPARKMODE_NONDIRECTED`), où le commutateur choisit l’adresse de parcage et la renvoie ; précise `LINECALLFEATURE_PARK`.",
        de = "`linePark` akzeptiert ungezieltes Parken (`LINEPARKMODE_NONDIRECTED`), bei dem die Vermittlung die Parkadresse wählt und zurückgibt; verfeinert `LINECALLFEATURE_PARK`."
    ))]
    ParkNonDirect = 0x0000_0200,
}
