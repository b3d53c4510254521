//! TAPI 3 enumerations of `Tapi3if.h` from `DISCONNECT_CODE` to `TERMINAL_TYPE`, and the
//! `TAPIMEDIATYPE_` media types; the `IDISP*` dispatch masks follow as `standalone!` entries.

use tapi_consts::ConstFamily;

/// Why an application ends a call, passed to `ITBasicCallControl::Disconnect`; the call then
/// moves to `CS_DISCONNECTED`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "DC_",
    c_type = "DISCONNECT_CODE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Raison pour laquelle une application met fin à un appel, transmise à `ITBasicCallControl::Disconnect` ; l’appel passe ensuite dans l’état `CS_DISCONNECTED`.",
    de = "Grund, aus dem eine Anwendung einen Anruf beendet, angegeben bei `ITBasicCallControl::Disconnect`; der Anruf geht danach in den Zustand `CS_DISCONNECTED` über."
))]
pub enum DisconnectCode {
    /// The call ends in the ordinary course of events, for example because the conversation is
    /// over.
    #[tapi(doc(
        fr = "L’appel se termine normalement, par exemple parce que la conversation est finie.",
        de = "Der Anruf endet regulär, zum Beispiel weil das Gespräch vorüber ist."
    ))]
    Normal = 0x0000_0000,
    /// The call is ended because nobody answered it, for example when the answer time the
    /// application allows has run out.
    #[tapi(doc(
        fr = "Il est mis fin à l’appel parce que personne n’y a répondu, par exemple lorsque le délai de réponse accordé par l’application est écoulé.",
        de = "Der Anruf wird beendet, weil niemand ihn angenommen hat, zum Beispiel wenn die von der Anwendung eingeräumte Zeit für die Annahme abgelaufen ist."
    ))]
    NoAnswer = 0x0000_0001,
    /// The user refused the call that was being offered.
    #[tapi(doc(
        fr = "L’utilisateur a refusé l’appel qui lui était présenté.",
        de = "Der Benutzer hat den ihm angebotenen Anruf abgewiesen."
    ))]
    Rejected = 0x0000_0002,
}

/// What `ITBasicCallControl::Finish` completes on a consultation call: a transfer, or the
/// addition of a call to a conference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "FM_",
    c_type = "FINISH_MODE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Ce que `ITBasicCallControl::Finish` achève sur un appel de consultation : un transfert, ou l’ajout d’un appel à une conférence.",
    de = "Was `ITBasicCallControl::Finish` auf einem Rückfrageanruf abschließt: eine Übergabe oder das Hinzufügen eines Anrufs zu einer Konferenz."
))]
pub enum FinishMode {
    /// The consultation call completes the transfer of a call.
    #[tapi(doc(
        fr = "L’appel de consultation achève le transfert d’un appel.",
        de = "Der Rückfrageanruf schließt die Übergabe eines Anrufs ab."
    ))]
    AsTransfer = 0x0000_0000,
    /// The consultation call is added to a conference.
    #[tapi(doc(
        fr = "L’appel de consultation est ajouté à une conférence.",
        de = "Der Rückfrageanruf wird einer Konferenz hinzugefügt."
    ))]
    AsConference = 0x0000_0001,
}

/// Why a file terminal changed state, as reported by `ITFileTerminalEvent::get_Cause`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "FTEC_",
    c_type = "FT_STATE_EVENT_CAUSE",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Raison pour laquelle un terminal de fichier a changé d’état, telle que la signale `ITFileTerminalEvent::get_Cause`.",
    de = "Grund, aus dem ein Dateiterminal seinen Zustand gewechselt hat, wie ihn `ITFileTerminalEvent::get_Cause` meldet."
))]
pub enum FtStateEventCause {
    /// The state changed because the application called a method, such as one that starts or
    /// stops the terminal.
    #[tapi(doc(
        fr = "L’état a changé parce que l’application a appelé une méthode, par exemple pour démarrer ou arrêter le terminal.",
        de = "Der Zustand hat sich geändert, weil die Anwendung eine Methode aufgerufen hat, etwa eine, die das Terminal startet oder stoppt."
    ))]
    Normal = 0x0000_0000,
    /// Playback reached the end of the file.
    #[tapi(name = "END_OF_FILE")]
    #[tapi(doc(
        fr = "La lecture est arrivée à la fin du fichier.",
        de = "Die Wiedergabe hat das Ende der Datei erreicht."
    ))]
    EndOfFile = 0x0000_0001,
    /// Playback failed because the file could not be read.
    #[tapi(name = "READ_ERROR")]
    #[tapi(doc(
        fr = "La lecture a échoué faute de pouvoir lire le fichier.",
        de = "Die Wiedergabe ist fehlgeschlagen, weil die Datei nicht gelesen werden konnte."
    ))]
    ReadError = 0x0000_0002,
    /// Recording failed because the file could not be written.
    #[tapi(name = "WRITE_ERROR")]
    #[tapi(doc(
        fr = "L’enregistrement a échoué faute de pouvoir écrire dans le fichier.",
        de = "Die Aufzeichnung ist fehlgeschlagen, weil nicht in die Datei geschrieben werden konnte."
    ))]
    WriteError = 0x0000_0003,
}

/// Whether a device reached through a legacy (TAPI 2) service provider can send and receive audio
/// at the same time, as returned by `ITLegacyWaveSupport::IsFullDuplex`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "FDS_",
    c_type = "FULLDUPLEX_SUPPORT",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Indique si un périphérique géré par un fournisseur de services ancien (TAPI 2) peut émettre et recevoir du son en même temps, comme le renvoie `ITLegacyWaveSupport::IsFullDuplex`.",
    de = "Gibt an, ob ein Gerät, das über einen älteren Dienstanbieter (TAPI 2) angesprochen wird, gleichzeitig Audio senden und empfangen kann, wie `ITLegacyWaveSupport::IsFullDuplex` es liefert."
))]
pub enum FullDuplexSupport {
    /// The device works in full duplex.
    #[tapi(doc(
        fr = "Le périphérique fonctionne en duplex intégral.",
        de = "Das Gerät arbeitet im Vollduplexbetrieb."
    ))]
    Supported = 0x0000_0000,
    /// The device cannot work in full duplex.
    #[tapi(doc(
        fr = "Le périphérique ne peut pas fonctionner en duplex intégral.",
        de = "Das Gerät kann nicht im Vollduplexbetrieb arbeiten."
    ))]
    NotSupported = 0x0000_0001,
    /// Whether the device works in full duplex is unknown to the service provider.
    #[tapi(doc(
        fr = "Le fournisseur de services ignore si le périphérique fonctionne en duplex intégral.",
        de = "Dem Dienstanbieter ist nicht bekannt, ob das Gerät im Vollduplexbetrieb arbeitet."
    ))]
    Unknown = 0x0000_0002,
}

/// Selects a phone capability that comes as a block of bytes, read with
/// `ITPhone::GetPhoneCapsBuffer` or `ITPhone::get_PhoneCapsBuffer`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "PCB_",
    c_type = "PHONECAPS_BUFFER",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Désigne une capacité du poste téléphonique fournie sous forme de bloc d’octets, lue avec `ITPhone::GetPhoneCapsBuffer` ou `ITPhone::get_PhoneCapsBuffer`.",
    de = "Wählt eine Fähigkeit eines Telefons aus, die als Byteblock geliefert wird und mit `ITPhone::GetPhoneCapsBuffer` oder `ITPhone::get_PhoneCapsBuffer` gelesen wird."
))]
pub enum PhonecapsBuffer {
    /// The device-specific capabilities of the phone, in a layout the service provider defines.
    #[tapi(doc(
        fr = "Les capacités du poste propres au périphérique, dans un format défini par le fournisseur de services.",
        de = "Die gerätespezifischen Fähigkeiten des Telefons, in einem vom Dienstanbieter festgelegten Format."
    ))]
    DevSpecificBuffer = 0x0000_0000,
}

/// Selects a phone capability that is a single number, read with `ITPhone::get_PhoneCapsLong`;
/// the phone need not be open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "PCL_",
    c_type = "PHONECAPS_LONG",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Désigne une capacité du poste téléphonique exprimée par un nombre, lue avec `ITPhone::get_PhoneCapsLong` ; il n’est pas nécessaire d’ouvrir le poste.",
    de = "Wählt eine Fähigkeit eines Telefons aus, die aus einer einzelnen Zahl besteht und mit `ITPhone::get_PhoneCapsLong` gelesen wird; das Telefon muss dazu nicht geöffnet sein."
))]
pub enum PhonecapsLong {
    /// Which hook-switch devices the phone has, as a combination of `PHONE_HOOK_SWITCH_DEVICE`
    /// (`PHSD_`) bits.
    #[tapi(doc(
        fr = "Les périphériques à commutateur crochet dont dispose le poste, sous forme de combinaison de bits `PHONE_HOOK_SWITCH_DEVICE` (`PHSD_`).",
        de = "Welche Geräte mit Gabelumschalter das Telefon besitzt, als Kombination von Bits aus `PHONE_HOOK_SWITCH_DEVICE` (`PHSD_`)."
    ))]
    HookSwitches = 0x0000_0000,
    /// The hook-switch modes that the handset supports.
    #[tapi(doc(
        fr = "Les modes du commutateur crochet que le combiné prend en charge.",
        de = "Die Modi des Gabelumschalters, die der Hörer unterstützt."
    ))]
    HandsetHookSwitchModes = 0x0000_0001,
    /// The hook-switch modes that the headset supports.
    #[tapi(doc(
        fr = "Les modes du commutateur crochet que le casque prend en charge.",
        de = "Die Modi des Gabelumschalters, die das Headset unterstützt."
    ))]
    HeadsetHookSwitchModes = 0x0000_0002,
    /// The hook-switch modes that the speakerphone supports.
    #[tapi(doc(
        fr = "Les modes du commutateur crochet que le haut-parleur prend en charge.",
        de = "Die Modi des Gabelumschalters, die die Freisprecheinrichtung unterstützt."
    ))]
    SpeakerphoneHookSwitchModes = 0x0000_0003,
    /// How many rows the phone's display has.
    #[tapi(doc(
        fr = "Le nombre de rangées de l’afficheur du poste.",
        de = "Die Anzahl der Zeilen des Displays des Telefons."
    ))]
    DisplayNumRows = 0x0000_0004,
    /// How many columns the phone's display has.
    #[tapi(doc(
        fr = "Le nombre de colonnes de l’afficheur du poste.",
        de = "Die Anzahl der Spalten des Displays des Telefons."
    ))]
    DisplayNumColumns = 0x0000_0005,
    /// How many ring modes the phone offers. A USB phone that reports zero usually has no ringer
    /// of its own and rings through the computer's default audio device.
    #[tapi(doc(
        fr = "Le nombre de modes de sonnerie proposés par le poste. Un téléphone USB qui indique zéro n’a en général pas de sonnerie propre et sonne par le périphérique audio par défaut de l’ordinateur.",
        de = "Die Anzahl der Klingelmodi, die das Telefon bietet. Ein USB-Telefon, das null meldet, hat in der Regel kein eigenes Rufsignal und klingelt über das Standard-Audiogerät des Computers."
    ))]
    NumRingModes = 0x0000_0006,
    /// How many button/lamp positions the phone has.
    #[tapi(doc(
        fr = "Le nombre de positions bouton/voyant du poste.",
        de = "Die Anzahl der Tasten-/Lampenpositionen des Telefons."
    ))]
    NumButtonLamps = 0x0000_0007,
    /// Whether the phone is generic (1) or not (0). A generic phone, such as a USB phone, can be
    /// used on every address that supports audio terminals instead of being tied to one address.
    #[tapi(doc(
        fr = "Indique si le poste est générique (1) ou non (0). Un poste générique, comme un téléphone USB, peut servir sur toutes les adresses qui prennent en charge des terminaux audio au lieu d’être lié à une seule adresse.",
        de = "Gibt an, ob das Telefon generisch ist (1) oder nicht (0). Ein generisches Telefon, etwa ein USB-Telefon, ist nicht an eine einzelne Adresse gebunden, sondern auf jeder Adresse nutzbar, die Audioterminals unterstützt."
    ))]
    GenericPhone = 0x0000_0008,
}

/// Selects a phone capability that is a string, read with `ITPhone::get_PhoneCapsString`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "PCS_",
    c_type = "PHONECAPS_STRING",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Désigne une capacité du poste téléphonique exprimée par une chaîne, lue avec `ITPhone::get_PhoneCapsString`.",
    de = "Wählt eine Fähigkeit eines Telefons aus, die aus einer Zeichenkette besteht und mit `ITPhone::get_PhoneCapsString` gelesen wird."
))]
pub enum PhonecapsString {
    /// The name of the phone device.
    #[tapi(doc(
        fr = "Le nom du périphérique téléphonique.",
        de = "Der Name des Telefongeräts."
    ))]
    PhoneName = 0x0000_0000,
    /// A string that describes the phone device.
    #[tapi(doc(
        fr = "Une chaîne qui décrit le périphérique téléphonique.",
        de = "Eine Zeichenkette, die das Telefongerät beschreibt."
    ))]
    PhoneInfo = 0x0000_0001,
    /// A string that describes the service provider of the phone.
    #[tapi(doc(
        fr = "Une chaîne qui décrit le fournisseur de services du poste.",
        de = "Eine Zeichenkette, die den Dienstanbieter des Telefons beschreibt."
    ))]
    ProviderInfo = 0x0000_0002,
}

/// Identifies the telephony function assigned to a button of a phone, read and set with
/// `ITPhone::get_ButtonFunction` and `ITPhone::put_ButtonFunction`. The values are those of the
/// TAPI 2 `PHONEBUTTONFUNCTION_` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "PBF_",
    c_type = "PHONE_BUTTON_FUNCTION",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Identifie la fonction téléphonique attribuée à un bouton d’un poste, lue et modifiée avec `ITPhone::get_ButtonFunction` et `ITPhone::put_ButtonFunction`. Les valeurs sont celles des constantes `PHONEBUTTONFUNCTION_` de TAPI 2.",
    de = "Bezeichnet die Telefoniefunktion, die einer Taste eines Telefons zugewiesen ist, gelesen und gesetzt mit `ITPhone::get_ButtonFunction` und `ITPhone::put_ButtonFunction`. Die Werte sind die der TAPI-2-Konstanten `PHONEBUTTONFUNCTION_`."
))]
pub enum PhoneButtonFunction {
    /// Placeholder used when the button has no known function or none has been assigned to it
    /// yet.
    #[tapi(doc(
        fr = "Valeur de remplacement utilisée lorsque la fonction du bouton est inconnue ou qu’aucune ne lui a encore été attribuée.",
        de = "Platzhalter für den Fall, dass die Funktion der Taste unbekannt ist oder ihr noch keine zugewiesen wurde."
    ))]
    Unknown = 0x0000_0000,
    /// Starts a conference, or brings another call into an existing conference.
    #[tapi(doc(
        fr = "Démarre une conférence ou fait entrer un autre appel dans une conférence existante.",
        de = "Startet eine Konferenz oder nimmt einen weiteren Anruf in eine bestehende Konferenz auf."
    ))]
    Conference = 0x0000_0001,
    /// Begins a call transfer, or finishes one that is already under way.
    #[tapi(doc(
        fr = "Commence le transfert d’un appel ou achève un transfert déjà engagé.",
        de = "Leitet die Übergabe eines Anrufs ein oder schließt eine bereits begonnene Übergabe ab."
    ))]
    Transfer = 0x0000_0002,
    /// Hangs up the call that is currently active.
    #[tapi(doc(
        fr = "Raccroche l’appel actuellement actif.",
        de = "Beendet den gerade aktiven Anruf."
    ))]
    Drop = 0x0000_0003,
    /// Puts the currently active call on hold.
    #[tapi(doc(
        fr = "Met l’appel actuellement actif en attente.",
        de = "Versetzt den gerade aktiven Anruf in den Haltezustand."
    ))]
    Hold = 0x0000_0004,
    /// Retrieves a call that was on hold and makes it active again.
    #[tapi(doc(
        fr = "Reprend un appel en attente et le rend de nouveau actif.",
        de = "Holt einen gehaltenen Anruf zurück und macht ihn wieder aktiv."
    ))]
    Recall = 0x0000_0005,
    /// Releases a call, for example the consultation leg once a transfer has been set up.
    #[tapi(doc(
        fr = "Déconnecte un appel, par exemple l’appel de consultation une fois le transfert préparé.",
        de = "Trennt einen Anruf, zum Beispiel den Rückfrageanruf, sobald die Übergabe vorbereitet ist."
    ))]
    Disconnect = 0x0000_0006,
    /// Returns to a call that was put on consultation hold.
    #[tapi(doc(
        fr = "Revient à un appel qui avait été mis en attente de consultation.",
        de = "Kehrt zu einem Anruf zurück, der zur Rückfrage gehalten wurde."
    ))]
    Connect = 0x0000_0007,
    /// Lights the message-waiting lamp.
    #[tapi(doc(
        fr = "Allume le voyant de message en attente.",
        de = "Schaltet die Leuchtanzeige für wartende Nachrichten ein."
    ))]
    MsgWaitOn = 0x0000_0008,
    /// Switches the message-waiting lamp off.
    #[tapi(doc(
        fr = "Éteint le voyant de message en attente.",
        de = "Schaltet die Leuchtanzeige für wartende Nachrichten aus."
    ))]
    MsgWaitOff = 0x0000_0009,
    /// Lets the user choose which ringing pattern the phone uses.
    #[tapi(doc(
        fr = "Permet à l’utilisateur de choisir la mélodie de sonnerie du poste.",
        de = "Lässt den Benutzer das Klingelmuster des Telefons auswählen."
    ))]
    SelectRing = 0x0000_000A,
    /// Abbreviated dialing: the destination is entered as a short code of one or a few digits
    /// instead of the full number.
    #[tapi(doc(
        fr = "Numérotation abrégée : la destination est saisie sous la forme d’un code court d’un ou de quelques chiffres au lieu du numéro complet.",
        de = "Kurzwahl: Das Ziel wird statt der vollständigen Nummer als Kurzcode aus einer oder wenigen Ziffern eingegeben."
    ))]
    AbbrevDial = 0x0000_000B,
    /// Turns call forwarding on for this phone, or changes its settings.
    #[tapi(doc(
        fr = "Active le renvoi d’appels pour ce poste ou en modifie les réglages.",
        de = "Schaltet die Rufumleitung für dieses Telefon ein oder ändert ihre Einstellungen."
    ))]
    Forward = 0x0000_000C,
    /// Answers, from this phone, a call that is ringing at another phone.
    #[tapi(doc(
        fr = "Répond depuis ce poste à un appel qui sonne sur un autre poste (interception).",
        de = "Nimmt an diesem Telefon einen Anruf an, der an einem anderen Telefon klingelt (Heranholen)."
    ))]
    Pickup = 0x0000_000D,
    /// Asks to be alerted later when a call attempt fails because the destination is busy or
    /// does not answer (ring-again / callback).
    #[tapi(doc(
        fr = "Demande à être averti ultérieurement lorsqu’une tentative d’appel échoue parce que la destination est occupée ou ne répond pas (rappel automatique).",
        de = "Fordert eine spätere Benachrichtigung an, wenn ein Anrufversuch scheitert, weil das Ziel besetzt ist oder sich nicht meldet (Rückruf)."
    ))]
    RingAgain = 0x0000_000E,
    /// Parks the active call at another phone, where it waits on hold until someone retrieves it.
    #[tapi(doc(
        fr = "Parque l’appel actif sur un autre poste, où il reste en attente jusqu’à ce que quelqu’un le reprenne.",
        de = "Parkt den aktiven Anruf an einem anderen Telefon, wo er gehalten wird, bis ihn jemand aus dem Parken holt."
    ))]
    Park = 0x0000_000F,
    /// Refuses an incoming call while it is still ringing.
    #[tapi(doc(
        fr = "Refuse un appel entrant pendant qu’il sonne encore.",
        de = "Weist einen eingehenden Anruf ab, solange er noch klingelt."
    ))]
    Reject = 0x0000_0010,
    /// Sends an incoming call to another extension before anyone answers it.
    #[tapi(doc(
        fr = "Redirige un appel entrant vers un autre poste avant que quiconque n’y réponde.",
        de = "Leitet einen eingehenden Anruf an eine andere Nebenstelle um, bevor jemand ihn annimmt."
    ))]
    Redirect = 0x0000_0011,
    /// Silences the phone's microphone so the other party no longer hears the user.
    #[tapi(doc(
        fr = "Coupe le microphone du poste afin que le correspondant n’entende plus l’utilisateur.",
        de = "Schaltet das Mikrofon des Telefons stumm, sodass der andere Teilnehmer den Benutzer nicht mehr hört."
    ))]
    Mute = 0x0000_0012,
    /// Raises the listening volume of the handset earpiece or the speakerphone.
    #[tapi(doc(
        fr = "Augmente le volume d’écoute de l’écouteur du combiné ou du haut-parleur.",
        de = "Erhöht die Wiedergabelautstärke der Hörkapsel des Hörers oder der Freisprecheinrichtung."
    ))]
    VolumeUp = 0x0000_0013,
    /// Lowers the listening volume of the handset earpiece or the speakerphone.
    #[tapi(doc(
        fr = "Diminue le volume d’écoute de l’écouteur du combiné ou du haut-parleur.",
        de = "Verringert die Wiedergabelautstärke der Hörkapsel des Hörers oder der Freisprecheinrichtung."
    ))]
    VolumeDown = 0x0000_0014,
    /// Switches the phone's external loudspeaker on.
    #[tapi(doc(
        fr = "Met en marche le haut-parleur externe du poste.",
        de = "Schaltet den externen Lautsprecher des Telefons ein."
    ))]
    SpeakerOn = 0x0000_0015,
    /// Switches the phone's external loudspeaker off.
    #[tapi(doc(
        fr = "Arrête le haut-parleur externe du poste.",
        de = "Schaltet den externen Lautsprecher des Telefons aus."
    ))]
    SpeakerOff = 0x0000_0016,
    /// Sends a hook flash, that is a brief on-hook/off-hook pulse. Digits keyed afterwards are
    /// usually taken as switch commands, and many switches put the active call on consultation
    /// hold.
    #[tapi(doc(
        fr = "Envoie un flash, c’est-à-dire une brève impulsion raccroché/décroché. Les chiffres composés ensuite sont en général interprétés comme des commandes du commutateur, et de nombreux commutateurs mettent l’appel actif en attente de consultation.",
        de = "Sendet einen Flash, also einen kurzen Auflege-/Abhebeimpuls. Danach eingegebene Ziffern werden meist als Befehle an die Vermittlung gewertet, und viele Vermittlungen halten den aktiven Anruf dabei zur Rückfrage."
    ))]
    Flash = 0x0000_0017,
    /// Marks the next call as a data call.
    #[tapi(doc(
        fr = "Indique que le prochain appel sera un appel de données.",
        de = "Kennzeichnet den nächsten Anruf als Datenanruf."
    ))]
    DataOn = 0x0000_0018,
    /// Marks the next call as not being a data call.
    #[tapi(doc(
        fr = "Indique que le prochain appel ne sera pas un appel de données.",
        de = "Kennzeichnet den nächsten Anruf als Anruf, der kein Datenanruf ist."
    ))]
    DataOff = 0x0000_0019,
    /// Enables do-not-disturb: incoming calls get a busy signal or are diverted to an operator or
    /// to voice mail.
    #[tapi(doc(
        fr = "Active le mode Ne pas déranger : les appels entrants reçoivent la tonalité d’occupation ou sont renvoyés vers un standardiste ou une messagerie vocale.",
        de = "Schaltet den Anrufschutz („Bitte nicht stören“) ein: Eingehende Anrufe erhalten ein Besetztzeichen oder werden an einen Vermittlungsplatz oder an die Voicemail weitergeleitet."
    ))]
    DoNotDisturb = 0x0000_001A,
    /// Opens the intercom so that the user can broadcast a paging announcement.
    #[tapi(doc(
        fr = "Ouvre l’interphone pour que l’utilisateur puisse diffuser une annonce de recherche de personne.",
        de = "Öffnet die Gegensprechanlage, damit der Benutzer eine Durchsage zur Personensuche machen kann."
    ))]
    Intercom = 0x0000_001B,
    /// Selects one appearance of a bridged address (an address shared with other phones).
    #[tapi(doc(
        fr = "Sélectionne une présentation d’une adresse pontée (adresse partagée avec d’autres postes).",
        de = "Wählt eine Anrufdarstellung einer gebrückten Adresse aus (einer Adresse, die mit anderen Telefonen geteilt wird)."
    ))]
    BridgedApp = 0x0000_001C,
    /// Makes the phone look busy to callers, so incoming calls are not presented to it.
    #[tapi(doc(
        fr = "Fait paraître le poste occupé aux appelants, si bien que les appels entrants ne lui sont pas présentés.",
        de = "Lässt das Telefon für Anrufer besetzt erscheinen, sodass ihm keine eingehenden Anrufe angeboten werden."
    ))]
    Busy = 0x0000_001D,
    /// Selects one particular call appearance on the phone.
    #[tapi(doc(
        fr = "Sélectionne une présentation d’appel particulière du poste.",
        de = "Wählt eine bestimmte Anrufdarstellung des Telefons aus."
    ))]
    CallApp = 0x0000_001E,
    /// Shows the current date and time, as supplied by the switch, on the phone's display.
    #[tapi(doc(
        fr = "Affiche sur l’afficheur du poste la date et l’heure courantes fournies par le commutateur.",
        de = "Zeigt das aktuelle Datum und die Uhrzeit, wie die Vermittlung sie liefert, im Display des Telefons an."
    ))]
    DateTime = 0x0000_001F,
    /// Calls the switch's directory service.
    #[tapi(doc(
        fr = "Fait appel au service d’annuaire du commutateur.",
        de = "Ruft den Verzeichnisdienst der Vermittlung auf."
    ))]
    Directory = 0x0000_0020,
    /// Diverts every call meant for this phone to a designated coverage phone.
    #[tapi(doc(
        fr = "Renvoie tous les appels destinés à ce poste vers un poste de couverture désigné.",
        de = "Leitet alle für dieses Telefon bestimmten Anrufe an ein festgelegtes Vertretungstelefon weiter."
    ))]
    Cover = 0x0000_0021,
    /// Asks for the caller's identity (caller ID) to be shown on the phone's display.
    #[tapi(doc(
        fr = "Demande l’affichage de l’identité de l’appelant sur l’afficheur du poste.",
        de = "Fordert an, dass die Kennungsangaben des Anrufers im Display des Telefons angezeigt werden."
    ))]
    CallId = 0x0000_0022,
    /// Dials again the number that was dialed last (redial).
    #[tapi(doc(
        fr = "Recompose le dernier numéro composé (bis).",
        de = "Wählt die zuletzt gewählte Nummer erneut (Wahlwiederholung)."
    ))]
    LastNum = 0x0000_0023,
    /// Switches the phone to its night-service configuration, the behavior set up for
    /// out-of-hours periods.
    #[tapi(doc(
        fr = "Fait passer le poste en service de nuit, c’est-à-dire le comportement configuré pour les heures de fermeture.",
        de = "Schaltet das Telefon auf Nachtschaltung um, also auf das Verhalten, das für die Zeiten außerhalb der Geschäftszeiten eingerichtet ist."
    ))]
    NightSrv = 0x0000_0024,
    /// Sends all calls to the coverage phone; it has the same effect as `PBF_COVER`.
    #[tapi(doc(
        fr = "Envoie tous les appels vers le poste de couverture ; même effet que `PBF_COVER`.",
        de = "Leitet alle Anrufe an das Vertretungstelefon weiter; wirkt genauso wie `PBF_COVER`."
    ))]
    SendCalls = 0x0000_0025,
    /// Controls the lamp that signals waiting messages.
    #[tapi(doc(
        fr = "Commande le voyant qui signale les messages en attente.",
        de = "Steuert die Leuchtanzeige für wartende Nachrichten."
    ))]
    MsgIndicator = 0x0000_0026,
    /// Repertory dialing: after the button, the user keys a short code that stands for a stored
    /// number.
    #[tapi(doc(
        fr = "Numérotation par répertoire : après le bouton, l’utilisateur tape un code court qui remplace un numéro enregistré.",
        de = "Zielwahl: Nach der Taste gibt der Benutzer einen Kurzcode ein, der für eine gespeicherte Nummer steht."
    ))]
    RepDial = 0x0000_0027,
    /// Programs the short codes used by repertory dialing (`PBF_REPDIAL`) and the numbers they
    /// stand for.
    #[tapi(doc(
        fr = "Programme les codes courts de la numérotation par répertoire (`PBF_REPDIAL`) et les numéros qu’ils représentent.",
        de = "Programmiert die Kurzcodes der Zielwahl (`PBF_REPDIAL`) und die Nummern, für die sie stehen."
    ))]
    SetRepDial = 0x0000_0028,
    /// System speed dialing: the user keys a short code after the button, and the switch holds
    /// the table that maps codes to numbers.
    #[tapi(doc(
        fr = "Numérotation abrégée système : l’utilisateur tape un code court après le bouton, et c’est le commutateur qui détient la table de correspondance entre codes et numéros.",
        de = "Systemkurzwahl: Der Benutzer gibt nach der Taste einen Kurzcode ein, und die Tabelle, die Codes den Nummern zuordnet, liegt in der Vermittlung."
    ))]
    SystemSpeed = 0x0000_0029,
    /// Station speed dialing: like `PBF_SYSTEMSPEED`, but the code-to-number table belongs to
    /// this phone only.
    #[tapi(doc(
        fr = "Numérotation abrégée du poste : comme `PBF_SYSTEMSPEED`, mais la table de correspondance entre codes et numéros est propre à ce poste.",
        de = "Nebenstellen-Kurzwahl: wie `PBF_SYSTEMSPEED`, aber die Tabelle, die Codes den Nummern zuordnet, gehört nur zu diesem Telefon."
    ))]
    StationSpeed = 0x0000_002A,
    /// Camps on a busy extension: when that extension becomes free, this phone rings with a
    /// distinctive pattern, and lifting it places the call again.
    #[tapi(doc(
        fr = "Se met en attente sur un poste occupé : quand ce poste se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel.",
        de = "Aktiviert „Warten bei Besetzt“ für eine besetzte Nebenstelle: Sobald diese frei wird, klingelt dieses Telefon mit einem besonderen Klingelmuster, und durch Abheben wird der Anruf erneut eingeleitet."
    ))]
    CampOn = 0x0000_002B,
    /// During a call or call attempt, stores its number or command; when no call is active (for
    /// example at dial tone), replays what was stored.
    #[tapi(doc(
        fr = "Pendant un appel ou une tentative d’appel, mémorise son numéro ou sa commande ; en l’absence d’appel actif (par exemple à la tonalité de numérotation), rejoue ce qui a été mémorisé.",
        de = "Speichert während eines Anrufs oder Anrufversuchs dessen Nummer oder Befehl; ist kein Anruf aktiv (etwa beim Wählton), wird das Gespeicherte erneut ausgeführt."
    ))]
    SaveRepeat = 0x0000_002C,
    /// Queues an outside call that found all trunks busy: when a trunk frees up, this phone rings
    /// with a distinctive pattern, and lifting it places the call again.
    #[tapi(doc(
        fr = "Met en file un appel externe qui a trouvé toutes les lignes réseau occupées : quand une ligne se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel.",
        de = "Merkt einen externen Anruf vor, der alle Amtsleitungen besetzt vorgefunden hat: Sobald eine Amtsleitung frei wird, klingelt dieses Telefon mit einem besonderen Klingelmuster, und durch Abheben wird der Anruf erneut eingeleitet."
    ))]
    QueueCall = 0x0000_002D,
    /// Placeholder stating that the button deliberately has no function.
    #[tapi(doc(
        fr = "Valeur de remplacement indiquant que le bouton n’a délibérément aucune fonction.",
        de = "Platzhalter, der angibt, dass die Taste absichtlich keine Funktion hat."
    ))]
    None = 0x0000_002E,
    /// A send button: asks for a communication session to be set up.
    #[tapi(doc(
        fr = "Bouton d’envoi : demande l’établissement d’une session de communication.",
        de = "Sendetaste: fordert den Aufbau einer Kommunikationssitzung an."
    ))]
    Send = 0x0000_002F,
}

/// Classifies the kind of button at a button/lamp position, read and set with
/// `ITPhone::get_ButtonMode` and `ITPhone::put_ButtonMode`. Unlike the TAPI 2
/// `PHONEBUTTONMODE_` bits, these values count up from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "PBM_",
    c_type = "PHONE_BUTTON_MODE",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Classe le type de bouton d’une position bouton/voyant, lu et modifié avec `ITPhone::get_ButtonMode` et `ITPhone::put_ButtonMode`. Contrairement aux bits `PHONEBUTTONMODE_` de TAPI 2, ces valeurs se suivent à partir de 0.",
    de = "Ordnet die Art der Taste an einer Tasten-/Lampenposition ein, gelesen und gesetzt mit `ITPhone::get_ButtonMode` und `ITPhone::put_ButtonMode`. Anders als die TAPI-2-Bits `PHONEBUTTONMODE_` zählen diese Werte fortlaufend ab 0."
))]
pub enum PhoneButtonMode {
    /// The position has a lamp but no physical button.
    #[tapi(doc(
        fr = "La position comporte un voyant mais aucun bouton physique.",
        de = "Die Position hat eine Leuchtanzeige, aber keine physische Taste."
    ))]
    Dummy = 0x0000_0000,
    /// The button is bound to a call appearance.
    #[tapi(doc(
        fr = "Le bouton est associé à une présentation d’appel.",
        de = "Die Taste ist einer Anrufdarstellung zugeordnet."
    ))]
    Call = 0x0000_0001,
    /// The button asks the switch for a feature such as hold, transfer or conference.
    #[tapi(doc(
        fr = "Le bouton demande une fonction au commutateur, par exemple la mise en attente, le transfert ou la conférence.",
        de = "Die Taste fordert bei der Vermittlung ein Leistungsmerkmal an, etwa Halten, Übergabe oder Konferenz."
    ))]
    Feature = 0x0000_0002,
    /// The button is one of the keys of the dial pad: the digits 0 to 9, `*` and `#`.
    #[tapi(doc(
        fr = "Le bouton est l’une des touches du clavier : les chiffres 0 à 9, `*` et `#`.",
        de = "Die Taste gehört zur Wähltastatur: die Ziffern 0 bis 9, `*` und `#`."
    ))]
    Keypad = 0x0000_0003,
    /// The button acts on the phone set itself, such as mute or volume, without involving the
    /// switch.
    #[tapi(doc(
        fr = "Le bouton agit sur le poste lui-même, par exemple la coupure du micro ou le volume, sans faire intervenir le commutateur.",
        de = "Die Taste wirkt auf das Telefon selbst, etwa für Stummschaltung oder Lautstärke, ohne die Vermittlung einzubeziehen."
    ))]
    Local = 0x0000_0004,
    /// The button is a soft key tied to the phone's display.
    #[tapi(doc(
        fr = "Le bouton est une touche programmable liée à l’afficheur du poste.",
        de = "Die Taste ist ein Softkey, der zum Display des Telefons gehört."
    ))]
    Display = 0x0000_0005,
}

/// Position of a phone button, pressed or released, or whether it can be known; returned by
/// `ITPhone::get_ButtonState` and `ITPhoneEvent::get_ButtonState`. The values are those of the
/// TAPI 2 `PHONEBUTTONSTATE_` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "PBS_",
    c_type = "PHONE_BUTTON_STATE",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Position d’un bouton du poste, enfoncé ou relâché, ou indication qu’elle ne peut pas être connue ; renvoyée par `ITPhone::get_ButtonState` et `ITPhoneEvent::get_ButtonState`. Les valeurs sont celles des constantes `PHONEBUTTONSTATE_` de TAPI 2.",
    de = "Stellung einer Taste des Telefons, gedrückt oder losgelassen, oder Angabe, ob sie sich ermitteln lässt; geliefert von `ITPhone::get_ButtonState` und `ITPhoneEvent::get_ButtonState`. Die Werte sind die der TAPI-2-Konstanten `PHONEBUTTONSTATE_`."
))]
pub enum PhoneButtonState {
    /// The button is released (not pressed).
    #[tapi(doc(
        fr = "Le bouton est relâché (non enfoncé).",
        de = "Die Taste ist losgelassen (nicht gedrückt)."
    ))]
    Up = 0x0000_0001,
    /// The button is pressed down.
    #[tapi(doc(fr = "Le bouton est enfoncé.", de = "Die Taste ist gedrückt."))]
    Down = 0x0000_0002,
    /// The state of the button is not known at the moment.
    #[tapi(doc(
        fr = "L’état du bouton est inconnu pour le moment.",
        de = "Der Zustand der Taste ist derzeit nicht bekannt."
    ))]
    Unknown = 0x0000_0004,
    /// The state of the button cannot be obtained from this phone.
    #[tapi(doc(
        fr = "L’état du bouton ne peut pas être obtenu de ce poste.",
        de = "Der Zustand der Taste lässt sich von diesem Telefon nicht abfragen."
    ))]
    Unavail = 0x0000_0008,
}

/// Kind of phone event, returned by `ITPhoneEvent::get_Event` when TAPI delivers a
/// `TE_PHONEEVENT` event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "PE_",
    c_type = "PHONE_EVENT",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Type d’événement de poste téléphonique, renvoyé par `ITPhoneEvent::get_Event` lorsque TAPI remet un événement `TE_PHONEEVENT`.",
    de = "Art eines Telefonereignisses, geliefert von `ITPhoneEvent::get_Event`, wenn TAPI ein Ereignis `TE_PHONEEVENT` zustellt."
))]
pub enum PhoneEvent {
    /// The contents of the phone's display have changed.
    #[tapi(doc(
        fr = "Le contenu de l’afficheur du poste a changé.",
        de = "Der Inhalt des Displays des Telefons hat sich geändert."
    ))]
    Display = 0x0000_0000,
    /// A lamp of the phone has changed its mode.
    #[tapi(doc(
        fr = "Un voyant du poste a changé de cadence d’allumage.",
        de = "Eine Leuchtanzeige des Telefons hat ihr Leuchtmuster geändert."
    ))]
    LampMode = 0x0000_0001,
    /// The ring mode of the phone has changed.
    #[tapi(doc(
        fr = "Le mode de sonnerie du poste a changé.",
        de = "Der Klingelmodus des Telefons hat sich geändert."
    ))]
    RingMode = 0x0000_0002,
    /// The ring volume of the phone has changed.
    #[tapi(doc(
        fr = "Le volume de la sonnerie du poste a changé.",
        de = "Die Lautstärke des Rufsignals des Telefons hat sich geändert."
    ))]
    RingVolume = 0x0000_0003,
    /// A hook switch of the phone has changed state; `ITPhoneEvent::get_HookSwitchDevice` and
    /// `ITPhoneEvent::get_HookSwitchState` tell which one and how.
    #[tapi(doc(
        fr = "Un commutateur crochet du poste a changé d’état ; `ITPhoneEvent::get_HookSwitchDevice` et `ITPhoneEvent::get_HookSwitchState` indiquent lequel et comment.",
        de = "Ein Gabelumschalter des Telefons hat seinen Zustand geändert; `ITPhoneEvent::get_HookSwitchDevice` und `ITPhoneEvent::get_HookSwitchState` geben an, welcher und wie."
    ))]
    HookSwitch = 0x0000_0004,
    /// The capabilities of the phone have changed.
    #[tapi(doc(
        fr = "Les capacités du poste ont changé.",
        de = "Die Fähigkeiten des Telefons haben sich geändert."
    ))]
    CapsChange = 0x0000_0005,
    /// A button of the phone has changed state; `ITPhoneEvent::get_ButtonLampId` tells which.
    #[tapi(doc(
        fr = "Un bouton du poste a changé d’état ; `ITPhoneEvent::get_ButtonLampId` indique lequel.",
        de = "Eine Taste des Telefons hat ihren Zustand geändert; `ITPhoneEvent::get_ButtonLampId` gibt an, welche."
    ))]
    Button = 0x0000_0006,
    /// The phone device was closed.
    #[tapi(doc(
        fr = "Le périphérique téléphonique a été fermé.",
        de = "Das Telefongerät wurde geschlossen."
    ))]
    Close = 0x0000_0007,
    /// The phone has collected a dialed number, which `ITPhoneEvent::get_NumberGathered`
    /// returns.
    #[tapi(doc(
        fr = "Le poste a recueilli un numéro composé, que renvoie `ITPhoneEvent::get_NumberGathered`.",
        de = "Das Telefon hat eine gewählte Nummer erfasst, die `ITPhoneEvent::get_NumberGathered` liefert."
    ))]
    NumberGathered = 0x0000_0008,
    /// The phone is dialing a number.
    #[tapi(doc(
        fr = "Le poste est en train de composer un numéro.",
        de = "Das Telefon wählt gerade eine Nummer."
    ))]
    Dialing = 0x0000_0009,
    /// The phone has answered a call.
    #[tapi(doc(
        fr = "Le poste a répondu à un appel.",
        de = "Das Telefon hat einen Anruf angenommen."
    ))]
    Answer = 0x0000_000A,
    /// The phone has been disconnected from its call. `PE_LASTITEM` has the same value.
    #[tapi(alias = "LASTITEM")]
    #[tapi(doc(
        fr = "Le poste a été déconnecté de son appel. `PE_LASTITEM` a la même valeur.",
        de = "Das Telefon wurde von seinem Anruf getrennt. `PE_LASTITEM` hat denselben Wert."
    ))]
    Disconnect = 0x0000_000B,
}

/// Hook-switch devices of a phone: an argument of `ITPhone::get_HookSwitchState` and
/// `ITPhone::put_HookSwitchState`, the device named by `ITPhoneEvent::get_HookSwitchDevice`, and,
/// combined, the value of `PCL_HOOKSWITCHES`. The values are those of the TAPI 2
/// `PHONEHOOKSWITCHDEV_` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "PHSD_",
    c_type = "PHONE_HOOK_SWITCH_DEVICE",
    flags,
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Périphériques à commutateur crochet d’un poste : argument de `ITPhone::get_HookSwitchState` et `ITPhone::put_HookSwitchState`, périphérique désigné par `ITPhoneEvent::get_HookSwitchDevice` et, combinés, valeur de `PCL_HOOKSWITCHES`. Les valeurs sont celles des constantes `PHONEHOOKSWITCHDEV_` de TAPI 2.",
    de = "Geräte mit Gabelumschalter eines Telefons: ein Argument von `ITPhone::get_HookSwitchState` und `ITPhone::put_HookSwitchState`, das von `ITPhoneEvent::get_HookSwitchDevice` genannte Gerät und, kombiniert, der Wert von `PCL_HOOKSWITCHES`. Die Werte sind die der TAPI-2-Konstanten `PHONEHOOKSWITCHDEV_`."
))]
pub enum PhoneHookSwitchDevice {
    /// The hook switch of the handset.
    #[tapi(doc(
        fr = "Le commutateur crochet du combiné.",
        de = "Der Gabelumschalter des Hörers."
    ))]
    Handset = 0x0000_0001,
    /// The hook switch of the speakerphone.
    #[tapi(doc(
        fr = "Le commutateur crochet du haut-parleur.",
        de = "Der Gabelumschalter der Freisprecheinrichtung."
    ))]
    Speakerphone = 0x0000_0002,
    /// The hook switch of the headset.
    #[tapi(doc(
        fr = "Le commutateur crochet du casque.",
        de = "Der Gabelumschalter des Headsets."
    ))]
    Headset = 0x0000_0004,
}

/// State of a hook-switch device of a phone, read and set with `ITPhone::get_HookSwitchState`
/// and `ITPhone::put_HookSwitchState` and reported by `ITPhoneEvent::get_HookSwitchState`. The
/// values are those of the TAPI 2 `PHONEHOOKSWITCHMODE_` constants, which have one more,
/// `UNKNOWN`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "PHSS_",
    c_type = "PHONE_HOOK_SWITCH_STATE",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "État d’un périphérique à commutateur crochet d’un poste, lu et modifié avec `ITPhone::get_HookSwitchState` et `ITPhone::put_HookSwitchState` et signalé par `ITPhoneEvent::get_HookSwitchState`. Les valeurs sont celles des constantes `PHONEHOOKSWITCHMODE_` de TAPI 2, qui en comptent une de plus, `UNKNOWN`.",
    de = "Zustand eines Geräts mit Gabelumschalter eines Telefons, gelesen und gesetzt mit `ITPhone::get_HookSwitchState` und `ITPhone::put_HookSwitchState` und gemeldet von `ITPhoneEvent::get_HookSwitchState`. Die Werte sind die der TAPI-2-Konstanten `PHONEHOOKSWITCHMODE_`, zu denen ein weiterer Wert gehört, `UNKNOWN`."
))]
pub enum PhoneHookSwitchState {
    /// The device is on-hook.
    #[tapi(doc(fr = "Le périphérique est raccroché.", de = "Das Gerät ist aufgelegt."))]
    OnHook = 0x0000_0001,
    /// The device is off-hook with only its microphone active.
    #[tapi(name = "OFFHOOK_MIC_ONLY")]
    #[tapi(doc(
        fr = "Le périphérique est décroché, seul son microphone étant actif.",
        de = "Das Gerät ist abgehoben, wobei nur sein Mikrofon aktiv ist."
    ))]
    OffHookMicOnly = 0x0000_0002,
    /// The device is off-hook with only its speaker active.
    #[tapi(name = "OFFHOOK_SPEAKER_ONLY")]
    #[tapi(doc(
        fr = "Le périphérique est décroché, seul son haut-parleur étant actif.",
        de = "Das Gerät ist abgehoben, wobei nur sein Lautsprecher aktiv ist."
    ))]
    OffHookSpeakerOnly = 0x0000_0004,
    /// The device is off-hook with both microphone and speaker active.
    #[tapi(doc(
        fr = "Le périphérique est décroché, son microphone et son haut-parleur étant tous deux actifs.",
        de = "Das Gerät ist abgehoben, wobei Mikrofon und Lautsprecher beide aktiv sind."
    ))]
    OffHook = 0x0000_0008,
}

/// How a lamp of a phone is lit, read and set with `ITPhone::get_LampMode` and
/// `ITPhone::put_LampMode`. The values are those of the TAPI 2 `PHONELAMPMODE_` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "LM_",
    c_type = "PHONE_LAMP_MODE",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Cadence d’allumage d’un voyant du poste, lue et modifiée avec `ITPhone::get_LampMode` et `ITPhone::put_LampMode`. Les valeurs sont celles des constantes `PHONELAMPMODE_` de TAPI 2.",
    de = "Leuchtmuster einer Leuchtanzeige des Telefons, gelesen und gesetzt mit `ITPhone::get_LampMode` und `ITPhone::put_LampMode`. Die Werte sind die der TAPI-2-Konstanten `PHONELAMPMODE_`."
))]
pub enum PhoneLampMode {
    /// The button/lamp position has no lamp at all.
    #[tapi(doc(
        fr = "La position bouton/voyant ne comporte aucun voyant.",
        de = "Die Tasten-/Lampenposition hat überhaupt keine Leuchtanzeige."
    ))]
    Dummy = 0x0000_0001,
    /// The lamp is not lit.
    #[tapi(doc(fr = "Le voyant est éteint.", de = "Die Leuchtanzeige ist aus."))]
    Off = 0x0000_0002,
    /// The lamp stays lit without blinking.
    #[tapi(doc(
        fr = "Le voyant reste allumé sans clignoter.",
        de = "Die Leuchtanzeige leuchtet dauerhaft, ohne zu blinken."
    ))]
    Steady = 0x0000_0004,
    /// The lamp blinks on and off at a medium (normal) rate.
    #[tapi(doc(
        fr = "Le voyant clignote à une cadence moyenne (normale).",
        de = "Die Leuchtanzeige blinkt in mittlerem (normalem) Takt."
    ))]
    Wink = 0x0000_0008,
    /// The lamp blinks on and off slowly.
    #[tapi(doc(
        fr = "Le voyant clignote lentement.",
        de = "Die Leuchtanzeige blinkt langsam."
    ))]
    Flash = 0x0000_0010,
    /// The lamp blinks on and off rapidly.
    #[tapi(doc(
        fr = "Le voyant clignote rapidement.",
        de = "Die Leuchtanzeige blinkt schnell."
    ))]
    Flutter = 0x0000_0020,
    /// Rapid blinking interrupted at a slow rate, that is the flash and flutter cadences
    /// combined.
    #[tapi(doc(
        fr = "Clignotement rapide interrompu à cadence lente, c’est-à-dire la combinaison des cadences lente (flash) et rapide (flutter).",
        de = "Schnelles Blinken, das in langsamem Takt unterbrochen wird, also die Kombination aus langsamem (Flash) und schnellem Blinken (Flutter)."
    ))]
    BrokenFlutter = 0x0000_0040,
    /// The current mode of the lamp cannot be determined.
    #[tapi(doc(
        fr = "Le mode actuel du voyant ne peut pas être déterminé.",
        de = "Das aktuelle Leuchtmuster der Leuchtanzeige lässt sich nicht ermitteln."
    ))]
    Unknown = 0x0000_0080,
}

/// The privilege an application holds on an open phone, asked for with `ITPhone::Open` and read
/// with `ITPhone::get_Privilege`. Unlike the TAPI 2 `PHONEPRIVILEGE_` bits, owner is 0 here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "PP_",
    c_type = "PHONE_PRIVILEGE",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Privilège dont dispose une application sur un poste ouvert, demandé avec `ITPhone::Open` et lu avec `ITPhone::get_Privilege`. Contrairement aux bits `PHONEPRIVILEGE_` de TAPI 2, le privilège de propriétaire vaut ici 0.",
    de = "Die Berechtigung, die eine Anwendung auf einem geöffneten Telefon hat, angefordert mit `ITPhone::Open` und gelesen mit `ITPhone::get_Privilege`. Anders als bei den TAPI-2-Bits `PHONEPRIVILEGE_` hat das Besitzerprivileg hier den Wert 0."
))]
pub enum PhonePrivilege {
    /// The application owns the phone for this session and may change its state.
    #[tapi(doc(
        fr = "L’application est propriétaire du poste pour cette session et peut en modifier l’état.",
        de = "Die Anwendung ist für diese Sitzung Besitzer des Telefons und darf seinen Zustand ändern."
    ))]
    Owner = 0x0000_0000,
    /// The application may only monitor the phone for this session.
    #[tapi(doc(
        fr = "L’application peut seulement surveiller le poste pendant cette session.",
        de = "Die Anwendung darf das Telefon in dieser Sitzung nur überwachen."
    ))]
    Monitor = 0x0000_0001,
}

/// Tones a phone can play, started with `ITAutomatedPhoneControl::StartTone` and read back with
/// `ITAutomatedPhoneControl::get_Tone`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "PT_",
    c_type = "PHONE_TONE",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Tonalités qu’un poste peut émettre, lancées avec `ITAutomatedPhoneControl::StartTone` et relues avec `ITAutomatedPhoneControl::get_Tone`.",
    de = "Töne, die ein Telefon abspielen kann, gestartet mit `ITAutomatedPhoneControl::StartTone` und zurückgelesen mit `ITAutomatedPhoneControl::get_Tone`."
))]
pub enum PhoneTone {
    /// The tone of the keypad key 0.
    #[tapi(doc(
        fr = "La tonalité de la touche 0 du clavier.",
        de = "Der Ton der Taste 0 der Wähltastatur."
    ))]
    KeypadZero = 0x0000_0000,
    /// The tone of the keypad key 1.
    #[tapi(doc(
        fr = "La tonalité de la touche 1 du clavier.",
        de = "Der Ton der Taste 1 der Wähltastatur."
    ))]
    KeypadOne = 0x0000_0001,
    /// The tone of the keypad key 2.
    #[tapi(doc(
        fr = "La tonalité de la touche 2 du clavier.",
        de = "Der Ton der Taste 2 der Wähltastatur."
    ))]
    KeypadTwo = 0x0000_0002,
    /// The tone of the keypad key 3.
    #[tapi(doc(
        fr = "La tonalité de la touche 3 du clavier.",
        de = "Der Ton der Taste 3 der Wähltastatur."
    ))]
    KeypadThree = 0x0000_0003,
    /// The tone of the keypad key 4.
    #[tapi(doc(
        fr = "La tonalité de la touche 4 du clavier.",
        de = "Der Ton der Taste 4 der Wähltastatur."
    ))]
    KeypadFour = 0x0000_0004,
    /// The tone of the keypad key 5.
    #[tapi(doc(
        fr = "La tonalité de la touche 5 du clavier.",
        de = "Der Ton der Taste 5 der Wähltastatur."
    ))]
    KeypadFive = 0x0000_0005,
    /// The tone of the keypad key 6.
    #[tapi(doc(
        fr = "La tonalité de la touche 6 du clavier.",
        de = "Der Ton der Taste 6 der Wähltastatur."
    ))]
    KeypadSix = 0x0000_0006,
    /// The tone of the keypad key 7.
    #[tapi(doc(
        fr = "La tonalité de la touche 7 du clavier.",
        de = "Der Ton der Taste 7 der Wähltastatur."
    ))]
    KeypadSeven = 0x0000_0007,
    /// The tone of the keypad key 8.
    #[tapi(doc(
        fr = "La tonalité de la touche 8 du clavier.",
        de = "Der Ton der Taste 8 der Wähltastatur."
    ))]
    KeypadEight = 0x0000_0008,
    /// The tone of the keypad key 9.
    #[tapi(doc(
        fr = "La tonalité de la touche 9 du clavier.",
        de = "Der Ton der Taste 9 der Wähltastatur."
    ))]
    KeypadNine = 0x0000_0009,
    /// The tone of the keypad key `*`.
    #[tapi(doc(
        fr = "La tonalité de la touche `*` du clavier.",
        de = "Der Ton der Taste `*` der Wähltastatur."
    ))]
    KeypadStar = 0x0000_000A,
    /// The tone of the keypad key `#`.
    #[tapi(doc(
        fr = "La tonalité de la touche `#` du clavier.",
        de = "Der Ton der Taste `#` der Wähltastatur."
    ))]
    KeypadPound = 0x0000_000B,
    /// The tone of the extra DTMF key A, which some keypads have beside the usual twelve keys.
    #[tapi(doc(
        fr = "La tonalité de la touche DTMF supplémentaire A, que certains claviers ont en plus des douze touches habituelles.",
        de = "Der Ton der zusätzlichen DTMF-Taste A, die manche Wähltastaturen neben den üblichen zwölf Tasten haben."
    ))]
    KeypadA = 0x0000_000C,
    /// The tone of the extra DTMF key B.
    #[tapi(doc(
        fr = "La tonalité de la touche DTMF supplémentaire B.",
        de = "Der Ton der zusätzlichen DTMF-Taste B."
    ))]
    KeypadB = 0x0000_000D,
    /// The tone of the extra DTMF key C.
    #[tapi(doc(
        fr = "La tonalité de la touche DTMF supplémentaire C.",
        de = "Der Ton der zusätzlichen DTMF-Taste C."
    ))]
    KeypadC = 0x0000_000E,
    /// The tone of the extra DTMF key D.
    #[tapi(doc(
        fr = "La tonalité de la touche DTMF supplémentaire D.",
        de = "Der Ton der zusätzlichen DTMF-Taste D."
    ))]
    KeypadD = 0x0000_000F,
    /// The ordinary dial tone.
    #[tapi(doc(
        fr = "La tonalité de numérotation ordinaire.",
        de = "Der gewöhnliche Wählton."
    ))]
    NormalDialTone = 0x0000_0010,
    /// The external dial tone, the one of an outside line.
    #[tapi(doc(
        fr = "La tonalité de numérotation extérieure, celle d’une ligne réseau.",
        de = "Der externe Wählton, also der Wählton einer Amtsleitung."
    ))]
    ExternalDialTone = 0x0000_0011,
    /// The busy tone, which says the called number is engaged.
    #[tapi(doc(
        fr = "La tonalité d’occupation.",
        de = "Der Besetztton, der anzeigt, dass die angerufene Nummer besetzt ist."
    ))]
    Busy = 0x0000_0012,
    /// The ringback tone, which a caller hears while the called phone rings.
    #[tapi(doc(
        fr = "La tonalité de retour d’appel, que l’appelant entend pendant que le poste appelé sonne.",
        de = "Der Freiton, den ein Anrufer hört, während das angerufene Telefon klingelt."
    ))]
    Ringback = 0x0000_0013,
    /// The error tone.
    #[tapi(doc(fr = "La tonalité d’erreur.", de = "Der Fehlerton des Telefons."))]
    ErrorTone = 0x0000_0014,
    /// No tone at all: silence.
    #[tapi(doc(
        fr = "Aucune tonalité : le silence.",
        de = "Überhaupt kein Ton: Stille."
    ))]
    Silence = 0x0000_0015,
}

/// Kind of quality-of-service event, returned by `ITQOSEvent::get_Event` when TAPI delivers a
/// `TE_QOSEVENT` event. The values are those of the TSPI `LINEEQOSINFO_` constants that a
/// provider sends with `LINE_QOSINFO`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "QE_",
    c_type = "QOS_EVENT",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Type d’événement QoS (qualité de service), renvoyé par `ITQOSEvent::get_Event` lorsque TAPI remet un événement `TE_QOSEVENT`. Les valeurs sont celles des constantes `LINEEQOSINFO_` de TSPI qu’un fournisseur envoie avec `LINE_QOSINFO`.",
    de = "Art eines QoS-Ereignisses (Dienstgüte), geliefert von `ITQOSEvent::get_Event`, wenn TAPI ein Ereignis `TE_QOSEVENT` zustellt. Die Werte sind die der TSPI-Konstanten `LINEEQOSINFO_`, die ein Anbieter mit `LINE_QOSINFO` sendet."
))]
pub enum QosEvent {
    /// No quality of service is available for the call.
    #[tapi(doc(
        fr = "Aucune QoS n’est disponible pour l’appel.",
        de = "Für den Anruf ist keine Dienstgüte verfügbar."
    ))]
    NoQos = 0x0000_0001,
    /// The quality of service asked for could not be granted.
    #[tapi(doc(
        fr = "La QoS demandée n’a pas pu être accordée.",
        de = "Die angeforderte Dienstgüte konnte nicht gewährt werden."
    ))]
    AdmissionFailure = 0x0000_0002,
    /// The kind of quality of service asked for is not supported.
    #[tapi(doc(
        fr = "Le type de QoS demandé n’est pas pris en charge.",
        de = "Die angeforderte Art von Dienstgüte wird nicht unterstützt."
    ))]
    PolicyFailure = 0x0000_0003,
    /// A quality-of-service error without a more precise cause. `QE_LASTITEM` has the same value.
    #[tapi(alias = "LASTITEM")]
    #[tapi(doc(
        fr = "Une erreur de QoS sans cause plus précise. `QE_LASTITEM` a la même valeur.",
        de = "Ein QoS-Fehler ohne genauere Ursache. `QE_LASTITEM` hat denselben Wert."
    ))]
    GenericError = 0x0000_0004,
}

/// Quality-of-service requirement an application sets for one media type of a call with
/// `ITBasicCallControl::SetQOS`. The values are those of the TSPI `LINEQOSSERVICELEVEL_`
/// constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "QSL_",
    c_type = "QOS_SERVICE_LEVEL",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Exigence de QoS qu’une application fixe pour un type de média d’un appel avec `ITBasicCallControl::SetQOS`. Les valeurs sont celles des constantes `LINEQOSSERVICELEVEL_` de TSPI.",
    de = "Dienstgütestufe (QoS), die eine Anwendung mit `ITBasicCallControl::SetQOS` für einen Medientyp eines Anrufs festlegt. Die Werte sind die der TSPI-Konstanten `LINEQOSSERVICELEVEL_`."
))]
pub enum QosServiceLevel {
    /// The quality of service is required.
    #[tapi(doc(
        fr = "La QoS est exigée.",
        de = "Die Dienstgüte ist zwingend erforderlich."
    ))]
    Needed = 0x0000_0001,
    /// The quality of service is wanted when it can be had.
    #[tapi(name = "IF_AVAILABLE")]
    #[tapi(doc(
        fr = "La QoS est souhaitée si elle est disponible.",
        de = "Die Dienstgüte ist erwünscht, sofern sie verfügbar ist."
    ))]
    IfAvailable = 0x0000_0002,
    /// Only best-effort service is asked for.
    #[tapi(name = "BEST_EFFORT")]
    #[tapi(doc(
        fr = "Seul un service au mieux (best effort) est demandé.",
        de = "Es wird nur eine Übertragung nach bestem Bemühen (Best Effort) verlangt."
    ))]
    BestEffort = 0x0000_0003,
}

/// Kinds of events TAPI 3 reports to `ITTAPIEventNotification::Event`, each naming the event
/// interface behind the `IDispatch` pointer. `ITTAPI::put_EventFilter` takes an ORed mask of them,
/// and no event arrives until it has been set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "TE_",
    c_type = "TAPI_EVENT",
    flags,
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Types d’événements que TAPI 3 signale à `ITTAPIEventNotification::Event`, chacun désignant l’interface d’événement que porte le pointeur `IDispatch`. `ITTAPI::put_EventFilter` en reçoit un masque combiné par OU, et aucun événement n’arrive tant qu’il n’a pas été défini.",
    de = "Arten von Ereignissen, die TAPI 3 an `ITTAPIEventNotification::Event` meldet; jede nennt die Ereignisschnittstelle hinter dem Zeiger `IDispatch`. `ITTAPI::put_EventFilter` erwartet eine per bitweisem ODER kombinierte Maske daraus, und solange diese nicht gesetzt ist, trifft kein Ereignis ein."
))]
pub enum TapiEvent {
    /// Something changed in the TAPI object itself (`ITTAPIObjectEvent`).
    #[tapi(doc(
        fr = "Quelque chose a changé dans l’objet TAPI lui-même (`ITTAPIObjectEvent`).",
        de = "Im TAPI-Objekt selbst hat sich etwas geändert (`ITTAPIObjectEvent`)."
    ))]
    TapiObject = 0x0000_0001,
    /// An address object changed (`ITAddressEvent`).
    #[tapi(doc(
        fr = "Un objet adresse a changé (`ITAddressEvent`).",
        de = "Ein Adressobjekt hat sich geändert (`ITAddressEvent`)."
    ))]
    Address = 0x0000_0002,
    /// A new call object was created for the application, for an incoming call, a call handed
    /// off to it or a call parked on the address (`ITCallNotificationEvent`); see
    /// `ITTAPI::RegisterCallNotifications`.
    #[tapi(doc(
        fr = "Un nouvel objet appel a été créé pour l’application, pour un appel entrant, un appel qui lui a été remis ou un appel parqué sur l’adresse (`ITCallNotificationEvent`) ; voir `ITTAPI::RegisterCallNotifications`.",
        de = "Für die Anwendung wurde ein neues Anrufobjekt angelegt, für einen eingehenden Anruf, einen ihr übergebenen Anruf (Handoff) oder einen auf der Adresse geparkten Anruf (`ITCallNotificationEvent`); siehe `ITTAPI::RegisterCallNotifications`."
    ))]
    CallNotification = 0x0000_0004,
    /// A call changed state (`ITCallStateEvent`).
    #[tapi(doc(
        fr = "Un appel a changé d’état (`ITCallStateEvent`).",
        de = "Ein Anruf hat seinen Zustand geändert (`ITCallStateEvent`)."
    ))]
    CallState = 0x0000_0008,
    /// The media streams of a call changed (`ITCallMediaEvent`).
    #[tapi(doc(
        fr = "Les flux de média d’un appel ont changé (`ITCallMediaEvent`).",
        de = "Die Medienströme eines Anrufs haben sich geändert (`ITCallMediaEvent`)."
    ))]
    CallMedia = 0x0000_0010,
    /// A call hub changed (`ITCallHubEvent`).
    #[tapi(doc(
        fr = "Un concentrateur d’appels a changé (`ITCallHubEvent`).",
        de = "Ein Anrufhub hat sich geändert (`ITCallHubEvent`)."
    ))]
    CallHub = 0x0000_0020,
    /// The information about a call changed (`ITCallInfoChangeEvent`).
    #[tapi(doc(
        fr = "Les informations d’un appel ont changé (`ITCallInfoChangeEvent`).",
        de = "Die Informationen zu einem Anruf haben sich geändert (`ITCallInfoChangeEvent`)."
    ))]
    CallInfoChange = 0x0000_0040,
    /// A private object of the service provider changed; what kind of object it is depends on
    /// the provider.
    #[tapi(doc(
        fr = "Un objet privé du fournisseur de services a changé ; sa nature dépend du fournisseur.",
        de = "Ein privates Objekt des Dienstanbieters hat sich geändert; welche Art von Objekt es ist, hängt vom Anbieter ab."
    ))]
    Private = 0x0000_0080,
    /// A request object of assisted telephony changed (`ITRequestEvent`).
    #[tapi(doc(
        fr = "Un objet requête de la téléphonie assistée a changé (`ITRequestEvent`).",
        de = "Ein Anforderungsobjekt der unterstützten Telefonie hat sich geändert (`ITRequestEvent`)."
    ))]
    Request = 0x0000_0100,
    /// An agent object changed (`ITAgentEvent`).
    #[tapi(doc(
        fr = "Un objet agent a changé (`ITAgentEvent`).",
        de = "Ein Agentenobjekt hat sich geändert (`ITAgentEvent`)."
    ))]
    Agent = 0x0000_0200,
    /// An agent session changed (`ITAgentSessionEvent`).
    #[tapi(doc(
        fr = "Une session d’agent a changé (`ITAgentSessionEvent`).",
        de = "Eine Agentensitzung hat sich geändert (`ITAgentSessionEvent`)."
    ))]
    AgentSession = 0x0000_0400,
    /// A quality-of-service event occurred (`ITQOSEvent`).
    #[tapi(doc(
        fr = "Un événement QoS s’est produit (`ITQOSEvent`).",
        de = "Ein QoS-Ereignis ist eingetreten (`ITQOSEvent`)."
    ))]
    QosEvent = 0x0000_0800,
    /// An agent handler changed (`ITAgentHandlerEvent`).
    #[tapi(doc(
        fr = "Un gestionnaire d’agents a changé (`ITAgentHandlerEvent`).",
        de = "Ein Agentenhandler hat sich geändert (`ITAgentHandlerEvent`)."
    ))]
    AgentHandler = 0x0000_1000,
    /// An ACD group changed (`ITACDGroupEvent`).
    #[tapi(doc(
        fr = "Un groupe ACD a changé (`ITACDGroupEvent`).",
        de = "Eine ACD-Gruppe hat sich geändert (`ITACDGroupEvent`)."
    ))]
    AcdGroup = 0x0000_2000,
    /// An ACD queue changed (`ITQueueEvent`).
    #[tapi(doc(
        fr = "Une file d’attente ACD a changé (`ITQueueEvent`).",
        de = "Eine ACD-Warteschlange hat sich geändert (`ITQueueEvent`)."
    ))]
    Queue = 0x0000_4000,
    /// A digit was detected on a call (`ITDigitDetectionEvent`).
    #[tapi(doc(
        fr = "Un chiffre a été détecté sur un appel (`ITDigitDetectionEvent`).",
        de = "Auf einem Anruf wurde eine Ziffer erkannt (`ITDigitDetectionEvent`)."
    ))]
    DigitEvent = 0x0000_8000,
    /// Digit generation on a call produced an event (`ITDigitGenerationEvent`).
    #[tapi(doc(
        fr = "La génération de chiffres sur un appel a produit un événement (`ITDigitGenerationEvent`).",
        de = "Die Erzeugung von Ziffern auf einem Anruf hat ein Ereignis ausgelöst (`ITDigitGenerationEvent`)."
    ))]
    GenerateEvent = 0x0001_0000,
    /// An automatic speech recognition (ASR) terminal reported an event (`ITASRTerminalEvent`).
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Un terminal de reconnaissance automatique de la parole (ASR) a signalé un événement (`ITASRTerminalEvent`).",
        de = "Ein Terminal für automatische Spracherkennung (ASR) hat ein Ereignis gemeldet (`ITASRTerminalEvent`)."
    ))]
    AsrTerminal = 0x0002_0000,
    /// A text-to-speech (TTS) terminal reported an event (`ITTTSTerminalEvent`).
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Un terminal de synthèse vocale (TTS) a signalé un événement (`ITTTSTerminalEvent`).",
        de = "Ein Terminal für Sprachsynthese (TTS) hat ein Ereignis gemeldet (`ITTTSTerminalEvent`)."
    ))]
    TtsTerminal = 0x0004_0000,
    /// A file terminal reported an event (`ITFileTerminalEvent`).
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Un terminal de fichier a signalé un événement (`ITFileTerminalEvent`).",
        de = "Ein Dateiterminal hat ein Ereignis gemeldet (`ITFileTerminalEvent`)."
    ))]
    FileTerminal = 0x0008_0000,
    /// A tone terminal reported an event (`ITToneTerminalEvent`).
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Un terminal de tonalités a signalé un événement (`ITToneTerminalEvent`).",
        de = "Ein Tonterminal hat ein Ereignis gemeldet (`ITToneTerminalEvent`)."
    ))]
    ToneTerminal = 0x0010_0000,
    /// A phone object changed (`ITPhoneEvent`).
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Un objet poste téléphonique a changé (`ITPhoneEvent`).",
        de = "Ein Telefonobjekt hat sich geändert (`ITPhoneEvent`)."
    ))]
    PhoneEvent = 0x0020_0000,
    /// A tone the application asked to detect was heard on a call (`ITToneDetectionEvent`).
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Une tonalité dont l’application avait demandé la détection a été entendue sur un appel (`ITToneDetectionEvent`).",
        de = "Ein Ton, dessen Erkennung die Anwendung angefordert hatte, wurde auf einem Anruf erkannt (`ITToneDetectionEvent`)."
    ))]
    ToneEvent = 0x0040_0000,
    /// A digit-gathering request on a call has ended (`ITDigitsGatheredEvent`).
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Une collecte de chiffres sur un appel a pris fin (`ITDigitsGatheredEvent`).",
        de = "Eine Ziffernerfassung auf einem Anruf ist beendet (`ITDigitsGatheredEvent`)."
    ))]
    GatherDigits = 0x0080_0000,
    /// A device-specific event occurred on an address (`ITAddressDeviceSpecificEvent`).
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Un événement propre au périphérique s’est produit sur une adresse (`ITAddressDeviceSpecificEvent`).",
        de = "Auf einer Adresse ist ein gerätespezifisches Ereignis eingetreten (`ITAddressDeviceSpecificEvent`)."
    ))]
    AddressDevSpecific = 0x0100_0000,
    /// A device-specific event occurred on a phone (`ITPhoneDeviceSpecificEvent`).
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Un événement propre au périphérique s’est produit sur un poste téléphonique (`ITPhoneDeviceSpecificEvent`).",
        de = "Auf einem Telefon ist ein gerätespezifisches Ereignis eingetreten (`ITPhoneDeviceSpecificEvent`)."
    ))]
    PhoneDevSpecific = 0x0200_0000,
}

/// Why TAPI stopped gathering digits on a call, returned by
/// `ITDigitsGatheredEvent::get_GatherTermination`. The values are those of the TAPI 2
/// `LINEGATHERTERM_` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "TGT_",
    c_type = "TAPI_GATHERTERM",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Raison pour laquelle TAPI a arrêté la collecte de chiffres sur un appel, renvoyée par `ITDigitsGatheredEvent::get_GatherTermination`. Les valeurs sont celles des constantes `LINEGATHERTERM_` de TAPI 2.",
    de = "Grund, aus dem TAPI die Ziffernerfassung auf einem Anruf beendet hat, geliefert von `ITDigitsGatheredEvent::get_GatherTermination`. Die Werte sind die der TAPI-2-Konstanten `LINEGATHERTERM_`."
))]
pub enum TapiGatherTerm {
    /// Gathering stopped because the number of digits asked for was received; the buffer is
    /// full.
    #[tapi(doc(
        fr = "La collecte s’est arrêtée parce que le nombre de chiffres demandé a été reçu ; la mémoire tampon est pleine.",
        de = "Die Erfassung wurde beendet, weil die angeforderte Anzahl von Ziffern empfangen wurde; der Puffer ist voll."
    ))]
    BufferFull = 0x0000_0001,
    /// Gathering stopped on one of the termination digits, which is the last digit in the
    /// buffer.
    #[tapi(doc(
        fr = "La collecte s’est arrêtée sur l’un des chiffres de fin, qui est le dernier chiffre de la mémoire tampon.",
        de = "Die Erfassung wurde bei einer der Endeziffern beendet, die als letzte Ziffer im Puffer steht."
    ))]
    TermDigit = 0x0000_0002,
    /// No digit arrived within the first-digit timeout; the buffer is empty.
    #[tapi(doc(
        fr = "Aucun chiffre n’est arrivé dans le délai prévu pour le premier chiffre ; la mémoire tampon est vide.",
        de = "Innerhalb des Zeitlimits für die erste Ziffer ist keine Ziffer eingetroffen; der Puffer ist leer."
    ))]
    FirstTimeout = 0x0000_0004,
    /// After at least one digit, the next one took longer than the inter-digit timeout.
    #[tapi(doc(
        fr = "Après au moins un chiffre, le suivant a mis plus de temps que le délai autorisé entre deux chiffres.",
        de = "Nach mindestens einer Ziffer hat die nächste länger gedauert, als das Zeitlimit zwischen zwei Ziffern erlaubt."
    ))]
    InterTimeout = 0x0000_0008,
    /// The request was cancelled, by this application or another one, or because the call
    /// ended.
    #[tapi(doc(
        fr = "La demande a été annulée, par cette application ou une autre, ou parce que l’appel a pris fin.",
        de = "Die Anforderung wurde abgebrochen, von dieser oder einer anderen Anwendung oder weil der Anruf beendet wurde."
    ))]
    Cancel = 0x0000_0010,
}

/// Kind of TAPI object involved in an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "TOT_",
    c_type = "TAPI_OBJECT_TYPE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Type d’objet TAPI concerné par un événement.",
    de = "Art des TAPI-Objekts, das an einem Ereignis beteiligt ist."
))]
pub enum TapiObjectType {
    /// No TAPI object is involved.
    #[tapi(doc(
        fr = "Aucun objet TAPI n’est concerné.",
        de = "Es ist kein TAPI-Objekt beteiligt."
    ))]
    None = 0x0000_0000,
    /// The object is the TAPI object itself.
    #[tapi(doc(
        fr = "L’objet est l’objet TAPI lui-même.",
        de = "Das Objekt ist das TAPI-Objekt selbst."
    ))]
    Tapi = 0x0000_0001,
    /// The object is an address.
    #[tapi(doc(fr = "L’objet est une adresse.", de = "Das Objekt ist eine Adresse."))]
    Address = 0x0000_0002,
    /// The object is a terminal.
    #[tapi(doc(fr = "L’objet est un terminal.", de = "Das Objekt ist ein Terminal."))]
    Terminal = 0x0000_0003,
    /// The object is a call.
    #[tapi(doc(fr = "L’objet est un appel.", de = "Das Objekt ist ein Anruf."))]
    Call = 0x0000_0004,
    /// The object is a call hub.
    #[tapi(doc(
        fr = "L’objet est un concentrateur d’appels.",
        de = "Das Objekt ist ein Anrufhub."
    ))]
    CallHub = 0x0000_0005,
    /// The object is a phone.
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "L’objet est un poste téléphonique.",
        de = "Das Objekt ist ein Telefon."
    ))]
    Phone = 0x0000_0006,
}

/// Tones an application can generate on a call with `ITLegacyCallMediaControl2::GenerateTone`.
/// The values are those of the TAPI 2 `LINETONEMODE_` constants, without `CUSTOM`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "TTM_",
    c_type = "TAPI_TONEMODE",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "Tonalités qu’une application peut générer sur un appel avec `ITLegacyCallMediaControl2::GenerateTone`. Les valeurs sont celles des constantes `LINETONEMODE_` de TAPI 2, sans `CUSTOM`.",
    de = "Töne, die eine Anwendung mit `ITLegacyCallMediaControl2::GenerateTone` auf einem Anruf erzeugen kann. Die Werte sind die der TAPI-2-Konstanten `LINETONEMODE_`, ohne `CUSTOM`."
))]
pub enum TapiToneMode {
    /// The ringback tone, as the service provider defines it.
    #[tapi(doc(
        fr = "La tonalité de retour d’appel, telle que la définit le fournisseur de services.",
        de = "Der Freiton, wie der Dienstanbieter ihn festlegt."
    ))]
    Ringback = 0x0000_0002,
    /// The busy tone, as the service provider defines it.
    #[tapi(doc(
        fr = "La tonalité d’occupation, telle que la définit le fournisseur de services.",
        de = "Der Besetztton, wie der Dienstanbieter ihn festlegt."
    ))]
    Busy = 0x0000_0004,
    /// A beep, such as the one announcing that recording starts; the service provider defines
    /// its exact sound.
    #[tapi(doc(
        fr = "Un bip, comme celui qui annonce le début d’un enregistrement ; le fournisseur de services en définit la sonorité exacte.",
        de = "Ein Piepton, etwa der, der den Beginn einer Aufzeichnung ankündigt; wie genau er klingt, legt der Dienstanbieter fest."
    ))]
    Beep = 0x0000_0008,
    /// The billing tone, which prompts for billing details such as a calling-card number; the
    /// service provider defines its exact sound.
    #[tapi(doc(
        fr = "La tonalité de facturation, qui invite à fournir des informations de facturation comme un numéro de carte d’appel ; le fournisseur de services en définit la sonorité exacte.",
        de = "Der Abrechnungston, der zur Eingabe von Abrechnungsangaben wie einer Calling-Card-Nummer auffordert; wie genau er klingt, legt der Dienstanbieter fest."
    ))]
    Billing = 0x0000_0010,
}

/// Kind of change in the TAPI object, returned by `ITTAPIObjectEvent::get_Event` when TAPI
/// delivers a `TE_TAPIOBJECT` event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "TE_",
    c_type = "TAPIOBJECT_EVENT",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Type de changement dans l’objet TAPI, renvoyé par `ITTAPIObjectEvent::get_Event` lorsque TAPI remet un événement `TE_TAPIOBJECT`.",
    de = "Art der Änderung im TAPI-Objekt, geliefert von `ITTAPIObjectEvent::get_Event`, wenn TAPI ein Ereignis `TE_TAPIOBJECT` zustellt."
))]
pub enum TapiObjectEvent {
    /// A new address has appeared.
    #[tapi(doc(
        fr = "Une nouvelle adresse est apparue.",
        de = "Eine neue Adresse ist hinzugekommen."
    ))]
    AddressCreate = 0x0000_0000,
    /// An address has been removed.
    #[tapi(doc(fr = "Une adresse a été retirée.", de = "Eine Adresse wurde entfernt."))]
    AddressRemove = 0x0000_0001,
    /// The TAPI object went through a reinitialization.
    #[tapi(doc(
        fr = "L’objet TAPI a été réinitialisé.",
        de = "Das TAPI-Objekt hat eine Neuinitialisierung durchlaufen."
    ))]
    Reinit = 0x0000_0002,
    /// The address translation settings, such as the current location, have changed.
    #[tapi(doc(
        fr = "Les paramètres de conversion d’adresses, comme l’emplacement actuel, ont changé.",
        de = "Die Einstellungen für die Umsetzung von Adressen, etwa der aktuelle Standort, haben sich geändert."
    ))]
    TranslateChange = 0x0000_0003,
    /// An address was closed.
    #[tapi(doc(
        fr = "Une adresse a été fermée.",
        de = "Eine Adresse wurde geschlossen."
    ))]
    AddressClose = 0x0000_0004,
    /// A new phone device has appeared; `ITTAPIObjectEvent2::get_Phone` returns it.
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Un nouveau périphérique téléphonique est apparu ; `ITTAPIObjectEvent2::get_Phone` le renvoie.",
        de = "Ein neues Telefongerät ist hinzugekommen; `ITTAPIObjectEvent2::get_Phone` liefert es."
    ))]
    PhoneCreate = 0x0000_0005,
    /// A phone device has been removed; `ITTAPIObjectEvent2::get_Phone` returns it.
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Un périphérique téléphonique a été retiré ; `ITTAPIObjectEvent2::get_Phone` le renvoie.",
        de = "Ein Telefongerät wurde entfernt; `ITTAPIObjectEvent2::get_Phone` liefert es."
    ))]
    PhoneRemove = 0x0000_0006,
}

/// Direction of a media stream relative to the local computer, or the directions a terminal can
/// handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "TD_",
    c_type = "TERMINAL_DIRECTION",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Sens d’un flux de média par rapport à l’ordinateur local, ou sens qu’un terminal peut prendre en charge.",
    de = "Richtung eines Medienstroms, bezogen auf den lokalen Computer, oder die Richtungen, die ein Terminal unterstützt."
))]
pub enum TerminalDirection {
    /// The stream is captured locally and sent to the remote end; a terminal with this direction
    /// can originate a stream.
    #[tapi(doc(
        fr = "Le flux est capturé localement et envoyé à l’extrémité distante ; un terminal de ce sens peut produire un flux.",
        de = "Der Strom wird lokal erfasst und an die Gegenseite gesendet; ein Terminal mit dieser Richtung kann einen Strom erzeugen."
    ))]
    Capture = 0x0000_0000,
    /// The stream comes from the remote end and is played locally; a terminal with this
    /// direction can render a stream.
    #[tapi(doc(
        fr = "Le flux provient de l’extrémité distante et est restitué localement ; un terminal de ce sens peut restituer un flux.",
        de = "Der Strom kommt von der Gegenseite und wird lokal wiedergegeben; ein Terminal mit dieser Richtung kann einen Strom wiedergeben."
    ))]
    Render = 0x0000_0001,
    /// The terminal works in both directions, capturing as well as rendering.
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Le terminal fonctionne dans les deux sens, en capture comme en restitution.",
        de = "Das Terminal arbeitet in beiden Richtungen: Es erfasst und gibt auch wieder."
    ))]
    Bidirectional = 0x0000_0002,
    /// The tracks of a multitrack terminal go in different directions, some capturing and some
    /// rendering.
    #[tapi(name = "MULTITRACK_MIXED", since = "3.1")]
    #[tapi(doc(
        fr = "Les pistes d’un terminal multipiste vont dans des sens différents, certaines en capture, d’autres en restitution.",
        de = "Die Spuren eines Mehrspur-Terminals haben unterschiedliche Richtungen: Einige erfassen, andere geben wieder."
    ))]
    MultitrackMixed = 0x0000_0003,
    /// No direction is known or set for the terminal yet.
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Aucun sens n’est encore connu ou défini pour le terminal.",
        de = "Für das Terminal ist noch keine Richtung bekannt oder festgelegt."
    ))]
    None = 0x0000_0004,
}

/// State of a file terminal, returned by `ITMediaControl::get_MediaState` and
/// `ITFileTerminalEvent::get_State`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "TMS_",
    c_type = "TERMINAL_MEDIA_STATE",
    header = "Tapi3if.h",
    since = "3.1"
)]
#[tapi(doc(
    fr = "État d’un terminal de fichier, renvoyé par `ITMediaControl::get_MediaState` et `ITFileTerminalEvent::get_State`.",
    de = "Zustand eines Dateiterminals, geliefert von `ITMediaControl::get_MediaState` und `ITFileTerminalEvent::get_State`."
))]
pub enum TerminalMediaState {
    /// Nothing is being played or recorded on the file terminal.
    #[tapi(doc(
        fr = "Le terminal de fichier n’effectue ni lecture ni enregistrement.",
        de = "Auf dem Dateiterminal wird weder wiedergegeben noch aufgezeichnet."
    ))]
    Idle = 0x0000_0000,
    /// The file terminal is playing or recording.
    #[tapi(doc(
        fr = "Le terminal de fichier est en cours de lecture ou d’enregistrement.",
        de = "Das Dateiterminal gibt gerade wieder oder zeichnet auf."
    ))]
    Active = 0x0000_0001,
    /// Playing or recording on the file terminal is suspended for now. `TMS_LASTITEM` has the
    /// same value.
    #[tapi(alias = "LASTITEM")]
    #[tapi(doc(
        fr = "La lecture ou l’enregistrement du terminal de fichier est suspendu pour le moment. `TMS_LASTITEM` a la même valeur.",
        de = "Wiedergabe oder Aufzeichnung auf dem Dateiterminal ist vorläufig angehalten. `TMS_LASTITEM` hat denselben Wert."
    ))]
    Paused = 0x0000_0002,
}

/// Whether a terminal is in use, as returned by `ITTerminal::get_State`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "TS_",
    c_type = "TERMINAL_STATE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Indique si un terminal est utilisé, comme le renvoie `ITTerminal::get_State`.",
    de = "Gibt an, ob ein Terminal in Gebrauch ist, wie `ITTerminal::get_State` es liefert."
))]
pub enum TerminalState {
    /// The terminal is in use.
    #[tapi(doc(
        fr = "Le terminal est en cours d’utilisation.",
        de = "Das Terminal ist in Gebrauch."
    ))]
    InUse = 0x0000_0000,
    /// The terminal is not in use.
    #[tapi(doc(
        fr = "Le terminal n’est pas utilisé.",
        de = "Das Terminal ist nicht in Gebrauch."
    ))]
    NotInUse = 0x0000_0001,
}

/// Whether a terminal is static or dynamic, as returned by `ITTerminal::get_TerminalType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(i32)]
#[tapi(
    prefix = "TT_",
    c_type = "TERMINAL_TYPE",
    header = "Tapi3if.h",
    since = "3.0"
)]
#[tapi(doc(
    fr = "Indique si un terminal est statique ou dynamique, comme le renvoie `ITTerminal::get_TerminalType`.",
    de = "Gibt an, ob ein Terminal statisch oder dynamisch ist, wie `ITTerminal::get_TerminalType` es liefert."
))]
pub enum TerminalType {
    /// The terminal stands for a hardware device; TAPI enumerates it, and it cannot be created.
    #[tapi(doc(
        fr = "Le terminal représente un périphérique matériel ; TAPI l’énumère, et il ne peut pas être créé.",
        de = "Das Terminal steht für ein Hardwaregerät; TAPI zählt es auf, und es kann nicht angelegt werden."
    ))]
    Static = 0x0000_0000,
    /// The application creates the terminal with `ITTerminalSupport::CreateTerminal` before
    /// using it.
    #[tapi(doc(
        fr = "L’application crée le terminal avec `ITTerminalSupport::CreateTerminal` avant de s’en servir.",
        de = "Die Anwendung legt das Terminal mit `ITTerminalSupport::CreateTerminal` an, bevor sie es verwendet."
    ))]
    Dynamic = 0x0000_0001,
}

/// Media types of TAPI 3, combined into masks such as the one `ITMediaSupport::get_MediaTypes`
/// returns, or given one at a time, as to `ITTerminalSupport::CreateTerminal`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "TAPIMEDIATYPE_", flags, header = "Tapi3.h", since = "3.0")]
#[tapi(doc(
    fr = "Types de média de TAPI 3, combinés en masques comme celui que renvoie `ITMediaSupport::get_MediaTypes`, ou passés un par un, comme à `ITTerminalSupport::CreateTerminal`.",
    de = "Medientypen von TAPI 3, zu Masken kombiniert wie der, die `ITMediaSupport::get_MediaTypes` liefert, oder einzeln angegeben, etwa bei `ITTerminalSupport::CreateTerminal`."
))]
pub enum TapiMediaType {
    /// An audio stream entering or leaving the computer, usually played on speakers or a handset
    /// and captured from a microphone or handset.
    #[tapi(doc(
        fr = "Un flux audio qui entre dans l’ordinateur ou en sort, restitué en général sur des haut-parleurs ou un combiné et capturé par un microphone ou un combiné.",
        de = "Ein Audiostrom, der in den Computer eingeht oder ihn verlässt, meist über Lautsprecher oder einen Hörer wiedergegeben und über ein Mikrofon oder einen Hörer erfasst."
    ))]
    Audio = 0x0000_0008,
    /// A data stream carried by a data modem session.
    #[tapi(doc(
        fr = "Un flux de données transporté par une session de modem de données.",
        de = "Ein Datenstrom, der über eine Datenmodemsitzung übertragen wird."
    ))]
    DataModem = 0x0000_0010,
    /// A data stream carrying a Group 3 fax.
    #[tapi(doc(
        fr = "Un flux de données qui transporte une télécopie du groupe 3.",
        de = "Ein Datenstrom, der ein Fax der Gruppe 3 überträgt."
    ))]
    G3Fax = 0x0000_0020,
    /// A video stream entering or leaving the computer, usually shown in a window and captured
    /// with a camera.
    #[tapi(doc(
        fr = "Un flux vidéo qui entre dans l’ordinateur ou en sort, affiché en général dans une fenêtre et capturé par une caméra.",
        de = "Ein Videostrom, der in den Computer eingeht oder ihn verlässt, meist in einem Fenster angezeigt und mit einer Kamera erfasst."
    ))]
    Video = 0x0000_8000,
    /// A stream that belongs to a multitrack terminal.
    #[tapi(since = "3.1")]
    #[tapi(doc(
        fr = "Un flux qui appartient à un terminal multipiste.",
        de = "Ein Strom, der zu einem Mehrspur-Terminal gehört."
    ))]
    Multitrack = 0x0001_0000,
}
