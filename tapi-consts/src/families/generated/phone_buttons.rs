// @generated from tapi-consts/families/phone_buttons.rs by tapi-consts-derive's `prebuilt` test
// (`cargo test -p tapi-consts-derive prebuilt`). Edit the description, not this file.

//! The buttons of a phone and their lamps: button functions, modes and states, and lamp modes.
/// Identifies the telephony function that is assigned to a button of a phone set.
///
/// Reported in the `dwButtonFunction` member of `PHONEBUTTONINFO` (see `phoneGetButtonInfo`
/// and `phoneSetButtonInfo`). TAPI only passes the function through; what pressing the button
/// actually does is decided by the switch and can differ between telephony environments.
/// Values from 0x80000000 upward are free for device-specific functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum PhoneButtonFunction {
    /// Placeholder used when the button has no known function or none has been assigned to it yet.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_UNKNOWN` = `0x00000000`")]
    Unknown = 0x0000_0000,
    /// Starts a conference, or brings another call into an existing conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_CONFERENCE` = `0x00000001`")]
    Conference = 0x0000_0001,
    /// Begins a call transfer, or finishes one that is already under way.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_TRANSFER` = `0x00000002`")]
    Transfer = 0x0000_0002,
    /// Hangs up the call that is currently active.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_DROP` = `0x00000003`")]
    Drop = 0x0000_0003,
    /// Puts the currently active call on hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_HOLD` = `0x00000004`")]
    Hold = 0x0000_0004,
    /// Retrieves a call that was on hold and makes it active again.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_RECALL` = `0x00000005`")]
    Recall = 0x0000_0005,
    /// Releases a call, for example the consultation leg once a transfer has been set up.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_DISCONNECT` = `0x00000006`")]
    Disconnect = 0x0000_0006,
    /// Returns to a call that was put on consultation hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_CONNECT` = `0x00000007`")]
    Connect = 0x0000_0007,
    /// Lights the message-waiting lamp.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_MSGWAITON` = `0x00000008`")]
    MsgWaitOn = 0x0000_0008,
    /// Switches the message-waiting lamp off.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_MSGWAITOFF` = `0x00000009`")]
    MsgWaitOff = 0x0000_0009,
    /// Lets the user choose which ringing pattern the phone uses.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_SELECTRING` = `0x0000000A`")]
    SelectRing = 0x0000_000A,
    /// Abbreviated dialing: the destination is entered as a short code of one or a few digits instead of the full number.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_ABBREVDIAL` = `0x0000000B`")]
    AbbrevDial = 0x0000_000B,
    /// Turns call forwarding on for this phone, or changes its settings.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_FORWARD` = `0x0000000C`")]
    Forward = 0x0000_000C,
    /// Answers, from this phone, a call that is ringing at another phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_PICKUP` = `0x0000000D`")]
    Pickup = 0x0000_000D,
    /// Asks to be alerted later when a call attempt fails because the destination is busy or does not answer (ring-again / callback).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_RINGAGAIN` = `0x0000000E`")]
    RingAgain = 0x0000_000E,
    /// Parks the active call at another phone, where it waits on hold until someone retrieves it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_PARK` = `0x0000000F`")]
    Park = 0x0000_000F,
    /// Refuses an incoming call while it is still ringing.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_REJECT` = `0x00000010`")]
    Reject = 0x0000_0010,
    /// Sends an incoming call to another extension before anyone answers it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_REDIRECT` = `0x00000011`")]
    Redirect = 0x0000_0011,
    /// Silences the phone's microphone so the other party no longer hears the user.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_MUTE` = `0x00000012`")]
    Mute = 0x0000_0012,
    /// Raises the listening volume of the handset earpiece or the speakerphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_VOLUMEUP` = `0x00000013`")]
    VolumeUp = 0x0000_0013,
    /// Lowers the listening volume of the handset earpiece or the speakerphone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_VOLUMEDOWN` = `0x00000014`")]
    VolumeDown = 0x0000_0014,
    /// Switches the phone's external loudspeaker on.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_SPEAKERON` = `0x00000015`")]
    SpeakerOn = 0x0000_0015,
    /// Switches the phone's external loudspeaker off.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_SPEAKEROFF` = `0x00000016`")]
    SpeakerOff = 0x0000_0016,
    /// Sends a hook flash, that is a brief on-hook/off-hook pulse. Digits keyed afterwards are usually taken as switch commands, and many switches put the active call on consultation hold.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_FLASH` = `0x00000017`")]
    Flash = 0x0000_0017,
    /// Marks the next call as a data call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_DATAON` = `0x00000018`")]
    DataOn = 0x0000_0018,
    /// Marks the next call as not being a data call.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_DATAOFF` = `0x00000019`")]
    DataOff = 0x0000_0019,
    /// Enables do-not-disturb: incoming calls get a busy signal or are diverted to an operator or to voice mail.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_DONOTDISTURB` = `0x0000001A`")]
    DoNotDisturb = 0x0000_001A,
    /// Opens the intercom so that the user can broadcast a paging announcement.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_INTERCOM` = `0x0000001B`")]
    Intercom = 0x0000_001B,
    /// Selects one appearance of a bridged address (an address shared with other phones).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_BRIDGEDAPP` = `0x0000001C`")]
    BridgedApp = 0x0000_001C,
    /// Makes the phone look busy to callers, so incoming calls are not presented to it.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_BUSY` = `0x0000001D`")]
    Busy = 0x0000_001D,
    /// Selects one particular call appearance on the phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_CALLAPP` = `0x0000001E`")]
    CallApp = 0x0000_001E,
    /// Shows the current date and time, as supplied by the switch, on the phone's display.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_DATETIME` = `0x0000001F`")]
    DateTime = 0x0000_001F,
    /// Calls the switch's directory service.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_DIRECTORY` = `0x00000020`")]
    Directory = 0x0000_0020,
    /// Diverts every call meant for this phone to a designated coverage phone.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_COVER` = `0x00000021`")]
    Cover = 0x0000_0021,
    /// Asks for the caller's identity (caller ID) to be shown on the phone's display.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_CALLID` = `0x00000022`")]
    CallId = 0x0000_0022,
    /// Dials again the number that was dialed last (redial).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_LASTNUM` = `0x00000023`")]
    LastNum = 0x0000_0023,
    /// Switches the phone to its night-service configuration, the behavior set up for out-of-hours periods.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_NIGHTSRV` = `0x00000024`")]
    NightSrv = 0x0000_0024,
    /// Sends all calls to the coverage phone; it has the same effect as `Cover`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_SENDCALLS` = `0x00000025`")]
    SendCalls = 0x0000_0025,
    /// Controls the lamp that signals waiting messages.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_MSGINDICATOR` = `0x00000026`")]
    MsgIndicator = 0x0000_0026,
    /// Repertory dialing: after the button, the user keys a short code that stands for a stored number.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_REPDIAL` = `0x00000027`")]
    RepDial = 0x0000_0027,
    /// Programs the short codes used by repertory dialing (`RepDial`) and the numbers they stand for.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_SETREPDIAL` = `0x00000028`")]
    SetRepDial = 0x0000_0028,
    /// System speed dialing: the user keys a short code after the button, and the switch holds the table that maps codes to numbers.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_SYSTEMSPEED` = `0x00000029`")]
    SystemSpeed = 0x0000_0029,
    /// Station speed dialing: like `SystemSpeed`, but the code-to-number table belongs to this phone only.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_STATIONSPEED` = `0x0000002A`")]
    StationSpeed = 0x0000_002A,
    /// Camps on a busy extension: when that extension becomes free, this phone rings with a distinctive pattern, and lifting it places the call again.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_CAMPON` = `0x0000002B`")]
    CampOn = 0x0000_002B,
    /// During a call or call attempt, stores its number or command; when no call is active (for example at dial tone), replays what was stored.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_SAVEREPEAT` = `0x0000002C`")]
    SaveRepeat = 0x0000_002C,
    /// Queues an outside call that found all trunks busy: when a trunk frees up, this phone rings with a distinctive pattern, and lifting it places the call again.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_QUEUECALL` = `0x0000002D`")]
    QueueCall = 0x0000_002D,
    /// Placeholder stating that the button deliberately has no function.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_NONE` = `0x0000002E`")]
    None = 0x0000_002E,
    /// A send key: asks for a communication session to be set up. Microsoft's `PHONEBUTTONFUNCTION_` page leaves this value out; only its TAPI 3 twin `PBF_SEND` (same value, 0x2F) is described, in one line.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONFUNCTION_SEND` = `0x0000002F`")]
    Send = 0x0000_002F,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Identifies the telephony function that is assigned to a button of a phone set.\n\nReported in the `dwButtonFunction` member of `PHONEBUTTONINFO` (see `phoneGetButtonInfo` and `phoneSetButtonInfo`). TAPI only passes the function through; what pressing the button actually does is decided by the switch and can differ between telephony environments. Values from 0x80000000 upward are free for device-specific functions.Placeholder used when the button has no known function or none has been assigned to it yet.Starts a conference, or brings another call into an existing conference.Begins a call transfer, or finishes one that is already under way.Hangs up the call that is currently active.Puts the currently active call on hold.Retrieves a call that was on hold and makes it active again.Releases a call, for example the consultation leg once a transfer has been set up.Returns to a call that was put on consultation hold.Lights the message-waiting lamp.Switches the message-waiting lamp off.Lets the user choose which ringing pattern the phone uses.Abbreviated dialing: the destination is entered as a short code of one or a few digits instead of the full number.Turns call forwarding on for this phone, or changes its settings.Answers, from this phone, a call that is ringing at another phone.Asks to be alerted later when a call attempt fails because the destination is busy or does not answer (ring-again / callback).Parks the active call at another phone, where it waits on hold until someone retrieves it.Refuses an incoming call while it is still ringing.Sends an incoming call to another extension before anyone answers it.Silences the phone's microphone so the other party no longer hears the user.Raises the listening volume of the handset earpiece or the speakerphone.Lowers the listening volume of the handset earpiece or the speakerphone.Switches the phone's external loudspeaker on.Switches the phone's external loudspeaker off.Sends a hook flash, that is a brief on-hook/off-hook pulse. Digits keyed afterwards are usually taken as switch commands, and many switches put the active call on consultation hold.Marks the next call as a data call.Marks the next call as not being a data call.Enables do-not-disturb: incoming calls get a busy signal or are diverted to an operator or to voice mail.Opens the intercom so that the user can broadcast a paging announcement.Selects one appearance of a bridged address (an address shared with other phones).Makes the phone look busy to callers, so incoming calls are not presented to it.Selects one particular call appearance on the phone.Shows the current date and time, as supplied by the switch, on the phone's display.Calls the switch's directory service.Diverts every call meant for this phone to a designated coverage phone.Asks for the caller's identity (caller ID) to be shown on the phone's display.Dials again the number that was dialed last (redial).Switches the phone to its night-service configuration, the behavior set up for out-of-hours periods.Sends all calls to the coverage phone; it has the same effect as `Cover`.Controls the lamp that signals waiting messages.Repertory dialing: after the button, the user keys a short code that stands for a stored number.Programs the short codes used by repertory dialing (`RepDial`) and the numbers they stand for.System speed dialing: the user keys a short code after the button, and the switch holds the table that maps codes to numbers.Station speed dialing: like `SystemSpeed`, but the code-to-number table belongs to this phone only.Camps on a busy extension: when that extension becomes free, this phone rings with a distinctive pattern, and lifting it places the call again.During a call or call attempt, stores its number or command; when no call is active (for example at dial tone), replays what was stored.Queues an outside call that found all trunks busy: when a trunk frees up, this phone rings with a distinctive pattern, and lifting it places the call again.Placeholder stating that the button deliberately has no function.A send key: asks for a communication session to be set up. Microsoft's `PHONEBUTTONFUNCTION_` page leaves this value out; only its TAPI 3 twin `PBF_SEND` (same value, 0x2F) is described, in one line."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Bezeichnet die Telefoniefunktion, die einer Taste eines Telefons zugewiesen ist.\n\nGemeldet im Feld `dwButtonFunction` von `PHONEBUTTONINFO` (siehe `phoneGetButtonInfo` und `phoneSetButtonInfo`). TAPI reicht die Funktion nur durch; was ein Druck auf die Taste tatsächlich bewirkt, bestimmt die Vermittlung, und das kann je nach Telefonieumgebung verschieden sein. Werte ab 0x80000000 sind für gerätespezifische Funktionen frei.Ersatzwert für den Fall, dass die Funktion der Taste unbekannt ist oder ihr noch keine Funktion zugewiesen wurde.Startet eine Konferenz oder nimmt einen weiteren Anruf in eine bestehende Konferenz auf.Leitet die Übergabe eines Anrufs ein oder schließt eine bereits begonnene Übergabe ab.Beendet den gerade aktiven Anruf.Versetzt den gerade aktiven Anruf in den Haltezustand.Holt einen gehaltenen Anruf zurück und macht ihn wieder aktiv.Trennt einen Anruf, etwa den Rückfrageanruf, sobald eine Übergabe eingerichtet ist.Kehrt zu einem Anruf zurück, der zur Rückfrage gehalten wurde.Schaltet die Leuchtanzeige für wartende Nachrichten ein.Schaltet die Leuchtanzeige für wartende Nachrichten aus.Ermöglicht dem Benutzer, das Klingelmuster des Telefons auszuwählen.Kurzwahl: Das Ziel wird als kurzer Code aus einer oder wenigen Ziffern statt der vollständigen Nummer eingegeben.Schaltet die Rufumleitung für dieses Telefon ein oder ändert ihre Einstellungen.Nimmt an diesem Telefon einen Anruf an, der an einem anderen Telefon klingelt (Heranholen).Fordert an, später benachrichtigt zu werden, wenn ein Anrufversuch scheitert, weil das Ziel besetzt ist oder sich nicht meldet (Rückruf).Parkt den aktiven Anruf an einem anderen Telefon, wo er gehalten wird, bis ihn jemand aus dem Parken holt.Weist einen eingehenden Anruf ab, solange er noch klingelt.Leitet einen eingehenden Anruf an eine andere Nebenstelle um, bevor er angenommen wird.Schaltet das Mikrofon des Telefons stumm, sodass der andere Teilnehmer den Benutzer nicht mehr hört.Erhöht die Wiedergabelautstärke der Hörkapsel des Hörers oder der Freisprecheinrichtung.Verringert die Wiedergabelautstärke der Hörkapsel des Hörers oder der Freisprecheinrichtung.Schaltet den externen Lautsprecher des Telefons ein.Schaltet den externen Lautsprecher des Telefons aus.Sendet einen Flash, also einen kurzen Wechsel aufgelegt/abgehoben. Danach eingegebene Ziffern werden meist als Befehle an die Vermittlung gewertet, und viele Vermittlungen halten den aktiven Anruf dabei zur Rückfrage.Kennzeichnet den nächsten Anruf als Datenanruf.Kennzeichnet, dass der nächste Anruf kein Datenanruf ist.Schaltet den Anrufschutz („Bitte nicht stören“) ein: Eingehende Anrufe erhalten ein Besetztzeichen oder werden an einen Vermittlungsplatz oder an die Voicemail weitergeleitet.Öffnet die Gegensprechanlage, damit der Benutzer eine Durchsage zur Personensuche machen kann.Wählt eine Anrufdarstellung einer gebrückten Adresse aus (einer Adresse, die mit anderen Telefonen geteilt wird).Lässt das Telefon für Anrufer besetzt erscheinen, sodass ihm keine eingehenden Anrufe angeboten werden.Wählt eine bestimmte Anrufdarstellung am Telefon aus.Zeigt das aktuelle Datum und die Uhrzeit, wie die Vermittlung sie liefert, auf dem Display des Telefons an.Ruft den Verzeichnisdienst der Vermittlung auf.Leitet alle für dieses Telefon bestimmten Anrufe an ein festgelegtes Vertretungstelefon weiter.Fordert an, die Kennungsangaben des Anrufers (Caller ID) auf dem Display des Telefons anzuzeigen.Wählt die zuletzt gewählte Nummer erneut (Wahlwiederholung).Schaltet das Telefon in die Nachtschaltung, also das Verhalten, das für Zeiten außerhalb der Geschäftszeiten eingerichtet ist.Leitet alle Anrufe an das Vertretungstelefon weiter; dieselbe Wirkung wie `Cover`.Steuert die Leuchtanzeige für wartende Nachrichten.Zielwahl: Nach der Taste gibt der Benutzer einen kurzen Code ein, der für eine gespeicherte Nummer steht.Programmiert die kurzen Codes der Zielwahl (`RepDial`) und die Nummern, für die sie stehen.Systemkurzwahl: Der Benutzer gibt nach der Taste einen kurzen Code ein, und die Vermittlung verwaltet die Tabelle, die den Codes Nummern zuordnet.Nebenstellen-Kurzwahl: wie `SystemSpeed`, doch die Tabelle, die den Codes Nummern zuordnet, gehört nur zu diesem Telefon.Aktiviert Warten bei Besetzt für eine besetzte Nebenstelle: Wird diese frei, klingelt dieses Telefon mit einem besonderen Klingelmuster, und durch Abheben wird der Anruf erneut getätigt.Speichert während eines Anrufs oder Anrufversuchs dessen Nummer oder Befehl; ist kein Anruf aktiv (etwa beim Wählton), wird das Gespeicherte wiederholt.Stellt einen externen Anruf, der alle Amtsleitungen besetzt vorfand, in eine Warteschlange: Wird eine Amtsleitung frei, klingelt dieses Telefon mit einem besonderen Klingelmuster, und durch Abheben wird der Anruf erneut getätigt.Ersatzwert, der angibt, dass die Taste absichtlich keine Funktion hat.Sendetaste: fordert den Aufbau einer Kommunikationssitzung an. Die Microsoft-Seite zu `PHONEBUTTONFUNCTION_` führt diesen Wert nicht auf; beschrieben wird nur sein TAPI-3-Gegenstück `PBF_SEND` (gleicher Wert, 0x2F), in einer einzigen Zeile."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Identifie la fonction téléphonique attribuée à un bouton d’un poste téléphonique.\n\nFournie dans le membre `dwButtonFunction` de `PHONEBUTTONINFO` (voir `phoneGetButtonInfo` et `phoneSetButtonInfo`). TAPI se contente de transmettre la fonction : l’effet réel d’un appui sur le bouton dépend du commutateur et peut varier d’un environnement téléphonique à l’autre. Les valeurs à partir de 0x80000000 sont libres pour des fonctions propres au périphérique.Valeur de remplacement utilisée lorsque la fonction du bouton est inconnue ou qu’aucune ne lui a encore été attribuée.Démarre une conférence ou fait entrer un autre appel dans une conférence existante.Commence le transfert d’un appel ou achève un transfert déjà engagé.Raccroche l’appel actuellement actif.Met l’appel actuellement actif en attente.Reprend un appel en attente et le rend de nouveau actif.Déconnecte un appel, par exemple l’appel de consultation une fois le transfert préparé.Revient à un appel qui avait été mis en attente de consultation.Allume le voyant de message en attente.Éteint le voyant de message en attente.Permet à l’utilisateur de choisir la mélodie de sonnerie du poste.Numérotation abrégée : la destination est saisie sous la forme d’un code court d’un ou de quelques chiffres au lieu du numéro complet.Active le renvoi d’appels pour ce poste ou en modifie les réglages.Répond depuis ce poste à un appel qui sonne sur un autre poste (interception).Demande à être averti ultérieurement lorsqu’une tentative d’appel échoue parce que la destination est occupée ou ne répond pas (rappel automatique).Parque l’appel actif sur un autre poste, où il reste en attente jusqu’à ce que quelqu’un le reprenne.Refuse un appel entrant pendant qu’il sonne encore.Redirige un appel entrant vers un autre poste avant que quiconque n’y réponde.Coupe le microphone du poste afin que le correspondant n’entende plus l’utilisateur.Augmente le volume d’écoute de l’écouteur du combiné ou du haut-parleur.Diminue le volume d’écoute de l’écouteur du combiné ou du haut-parleur.Met en marche le haut-parleur externe du poste.Arrête le haut-parleur externe du poste.Envoie un flash, c’est-à-dire une brève impulsion raccroché/décroché. Les chiffres composés ensuite sont en général interprétés comme des commandes du commutateur, et de nombreux commutateurs mettent l’appel actif en attente de consultation.Indique que le prochain appel sera un appel de données.Indique que le prochain appel ne sera pas un appel de données.Active le mode Ne pas déranger : les appels entrants reçoivent la tonalité d’occupation ou sont renvoyés vers un standardiste ou une messagerie vocale.Ouvre l’interphone pour que l’utilisateur puisse diffuser une annonce de recherche de personne.Sélectionne une présentation d’une adresse pontée (adresse partagée avec d’autres postes).Fait paraître le poste occupé aux appelants, si bien que les appels entrants ne lui sont pas présentés.Sélectionne une présentation d’appel particulière du poste.Affiche sur l’afficheur du poste la date et l’heure courantes fournies par le commutateur.Fait appel au service d’annuaire du commutateur.Renvoie tous les appels destinés à ce poste vers un poste de couverture désigné.Demande l’affichage de l’identité de l’appelant sur l’afficheur du poste.Recompose le dernier numéro composé (bis).Fait passer le poste en service de nuit, c’est-à-dire le comportement configuré pour les heures de fermeture.Envoie tous les appels vers le poste de couverture ; même effet que `Cover`.Commande le voyant qui signale les messages en attente.Numérotation par répertoire : après le bouton, l’utilisateur tape un code court qui remplace un numéro enregistré.Programme les codes courts de la numérotation par répertoire (`RepDial`) et les numéros qu’ils représentent.Numérotation abrégée système : l’utilisateur tape un code court après le bouton, et c’est le commutateur qui détient la table de correspondance entre codes et numéros.Numérotation abrégée du poste : comme `SystemSpeed`, mais la table de correspondance entre codes et numéros est propre à ce poste.Se met en attente sur un poste occupé : quand ce poste se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel.Pendant un appel ou une tentative d’appel, mémorise son numéro ou sa commande ; en l’absence d’appel actif (par exemple à la tonalité de numérotation), rejoue ce qui a été mémorisé.Met en file un appel externe qui a trouvé toutes les lignes réseau occupées : quand une ligne se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel.Valeur de remplacement indiquant que le bouton n’a délibérément aucune fonction.Touche d’envoi : demande l’établissement d’une session de communication. La page de Microsoft sur `PHONEBUTTONFUNCTION_` omet cette valeur ; seul son équivalent TAPI 3, `PBF_SEND` (même valeur, 0x2F), est décrit, en une ligne."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneButtonFunction",
            prefix: "PHONEBUTTONFUNCTION_",
            kind: __tapi::Kind::Enum,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 63u64,
            selector_mask: 0u64,
            device_specific: __tapi::Some(__tapi::DeviceSpecific::From(2147483648u64)),
            table: __tapi::Table {
                names: &[
                    "PHONEBUTTONFUNCTION_UNKNOWN",
                    "PHONEBUTTONFUNCTION_CONFERENCE",
                    "PHONEBUTTONFUNCTION_TRANSFER",
                    "PHONEBUTTONFUNCTION_DROP",
                    "PHONEBUTTONFUNCTION_HOLD",
                    "PHONEBUTTONFUNCTION_RECALL",
                    "PHONEBUTTONFUNCTION_DISCONNECT",
                    "PHONEBUTTONFUNCTION_CONNECT",
                    "PHONEBUTTONFUNCTION_MSGWAITON",
                    "PHONEBUTTONFUNCTION_MSGWAITOFF",
                    "PHONEBUTTONFUNCTION_SELECTRING",
                    "PHONEBUTTONFUNCTION_ABBREVDIAL",
                    "PHONEBUTTONFUNCTION_FORWARD",
                    "PHONEBUTTONFUNCTION_PICKUP",
                    "PHONEBUTTONFUNCTION_RINGAGAIN",
                    "PHONEBUTTONFUNCTION_PARK",
                    "PHONEBUTTONFUNCTION_REJECT",
                    "PHONEBUTTONFUNCTION_REDIRECT",
                    "PHONEBUTTONFUNCTION_MUTE",
                    "PHONEBUTTONFUNCTION_VOLUMEUP",
                    "PHONEBUTTONFUNCTION_VOLUMEDOWN",
                    "PHONEBUTTONFUNCTION_SPEAKERON",
                    "PHONEBUTTONFUNCTION_SPEAKEROFF",
                    "PHONEBUTTONFUNCTION_FLASH",
                    "PHONEBUTTONFUNCTION_DATAON",
                    "PHONEBUTTONFUNCTION_DATAOFF",
                    "PHONEBUTTONFUNCTION_DONOTDISTURB",
                    "PHONEBUTTONFUNCTION_INTERCOM",
                    "PHONEBUTTONFUNCTION_BRIDGEDAPP",
                    "PHONEBUTTONFUNCTION_BUSY",
                    "PHONEBUTTONFUNCTION_CALLAPP",
                    "PHONEBUTTONFUNCTION_DATETIME",
                    "PHONEBUTTONFUNCTION_DIRECTORY",
                    "PHONEBUTTONFUNCTION_COVER",
                    "PHONEBUTTONFUNCTION_CALLID",
                    "PHONEBUTTONFUNCTION_LASTNUM",
                    "PHONEBUTTONFUNCTION_NIGHTSRV",
                    "PHONEBUTTONFUNCTION_SENDCALLS",
                    "PHONEBUTTONFUNCTION_MSGINDICATOR",
                    "PHONEBUTTONFUNCTION_REPDIAL",
                    "PHONEBUTTONFUNCTION_SETREPDIAL",
                    "PHONEBUTTONFUNCTION_SYSTEMSPEED",
                    "PHONEBUTTONFUNCTION_STATIONSPEED",
                    "PHONEBUTTONFUNCTION_CAMPON",
                    "PHONEBUTTONFUNCTION_SAVEREPEAT",
                    "PHONEBUTTONFUNCTION_QUEUECALL",
                    "PHONEBUTTONFUNCTION_NONE",
                    "PHONEBUTTONFUNCTION_SEND",
                ],
                bits: &[
                    0u64, 1u64, 2u64, 3u64, 4u64, 5u64, 6u64, 7u64, 8u64, 9u64, 10u64,
                    11u64, 12u64, 13u64, 14u64, 15u64, 16u64, 17u64, 18u64, 19u64, 20u64,
                    21u64, 22u64, 23u64, 24u64, 25u64, 26u64, 27u64, 28u64, 29u64, 30u64,
                    31u64, 32u64, 33u64, 34u64, 35u64, 36u64, 37u64, 38u64, 39u64, 40u64,
                    41u64, 42u64, 43u64, 44u64, 45u64, 46u64, 47u64,
                ],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x9F\x01\0\0\0\0\0\0\xAD\x01\0\0\0\0\0\0\xDD\x01\0\0\xFF\xFF\0\0\0\0\x9F\x01\0\0[\0\0\0\xAD\x01\0\0r\0\0\0\xDD\x01\0\0|\0\0\0\xFF\xFF\0\0\0\0\xFA\x01\0\0H\0\0\0\x1F\x02\0\0X\0\0\0Y\x02\0\0V\0\0\0\xFF\xFF\0\0\0\0B\x02\0\0B\0\0\0w\x02\0\0Y\0\0\0\xAF\x02\0\0J\0\0\0\xFF\xFF\0\0\0\0\x84\x02\0\0+\0\0\0\xD0\x02\0\0!\0\0\0\xF9\x02\0\0'\0\0\0\xFF\xFF\0\0\0\0\xAF\x02\0\0'\0\0\0\xF1\x02\0\x006\0\0\0 \x03\0\0,\0\0\0\xFF\xFF\0\0\0\0\xD6\x02\0\0<\0\0\0'\x03\0\0?\0\0\0L\x03\0\08\0\0\0\xFF\xFF\0\0\0\0\x12\x03\0\0R\0\0\0f\x03\0\0U\0\0\0\x84\x03\0\0\\\0\0\0\xFF\xFF\0\0\0\0d\x03\0\x004\0\0\0\xBB\x03\0\0@\0\0\0\xE0\x03\0\0C\0\0\0\xFF\xFF\0\0\0\0\x98\x03\0\0 \0\0\0\xFB\x03\0\09\0\0\0#\x04\0\0'\0\0\0\xFF\xFF\0\0\0\0\xB8\x03\0\0&\0\0\x004\x04\0\09\0\0\0J\x04\0\0(\0\0\0\xFF\xFF\0\0\0\0\xDE\x03\0\0:\0\0\0m\x04\0\0F\0\0\0r\x04\0\0F\0\0\0\xFF\xFF\0\0\0\0\x18\x04\0\0r\0\0\0\xB3\x04\0\0r\0\0\0\xB8\x04\0\0\x8E\0\0\0\xFF\xFF\0\0\0\0\x8A\x04\0\0A\0\0\0%\x05\0\0R\0\0\0F\x05\0\0F\0\0\0\xFF\xFF\0\0\0\0\xCB\x04\0\0B\0\0\0w\x05\0\0[\0\0\0\x8C\x05\0\0P\0\0\0\xFF\xFF\0\0\0\0\r\x05\0\0~\0\0\0\xD2\x05\0\0\x8B\0\0\0\xDC\x05\0\0\x9E\0\0\0\xFF\xFF\0\0\0\0\x8B\x05\0\0Z\0\0\0]\x06\0\0j\0\0\0z\x06\0\0m\0\0\0\xFF\xFF\0\0\0\0\xE5\x05\0\x003\0\0\0\xC7\x06\0\0;\0\0\0\xE7\x06\0\x005\0\0\0\xFF\xFF\0\0\0\0\x18\x06\0\0E\0\0\0\x02\x07\0\0W\0\0\0\x1C\x07\0\0Q\0\0\0\xFF\xFF\0\0\0\0]\x06\0\0L\0\0\0Y\x07\0\0e\0\0\0m\x07\0\0X\0\0\0\xFF\xFF\0\0\0\0\xA9\x06\0\0H\0\0\0\xBE\x07\0\0\\\0\0\0\xC5\x07\0\0O\0\0\0\xFF\xFF\0\0\0\0\xF1\x06\0\0H\0\0\0\x1A\x08\0\0_\0\0\0\x14\x08\0\0N\0\0\0\xFF\xFF\0\0\0\09\x07\0\0-\0\0\0y\x08\0\x004\0\0\0b\x08\0\0/\0\0\0\xFF\xFF\0\0\0\0f\x07\0\0.\0\0\0\xAD\x08\0\x004\0\0\0\x91\x08\0\0)\0\0\0\xFF\xFF\0\0\0\0\x94\x07\0\0\xB5\0\0\0\xE1\x08\0\0\xDA\0\0\0\xBA\x08\0\0\xFF\0\0\0\xFF\xFF\0\0\0\0I\x08\0\0#\0\0\0\xBB\t\0\x000\0\0\0\xB9\t\0\08\0\0\0\xFF\xFF\0\0\0\0l\x08\0\0-\0\0\0\xEB\t\0\0:\0\0\0\xF1\t\0\0?\0\0\0\xFF\xFF\0\0\0\0\x99\x08\0\0i\0\0\0%\n\0\0\xB4\0\0\x000\n\0\0\x9D\0\0\0\xFF\xFF\0\0\0\0\x02\t\0\0H\0\0\0\xD9\n\0\0_\0\0\0\xCD\n\0\0c\0\0\0\xFF\xFF\0\0\0\0J\t\0\0R\0\0\08\x0B\0\0s\0\0\x000\x0B\0\0b\0\0\0\xFF\xFF\0\0\0\0\x9C\t\0\0P\0\0\0\xAB\x0B\0\0i\0\0\0\x92\x0B\0\0k\0\0\0\xFF\xFF\0\0\0\0\xEC\t\0\x004\0\0\0\x14\x0C\0\x006\0\0\0\xFD\x0B\0\0@\0\0\0\xFF\xFF\0\0\0\0 \n\0\0S\0\0\0J\x0C\0\0k\0\0\0=\x0C\0\0^\0\0\0\xFF\xFF\0\0\0\0s\n\0\0%\0\0\0\xB5\x0C\0\0/\0\0\0\x9B\x0C\0\x002\0\0\0\xFF\xFF\0\0\0\0\x98\n\0\0G\0\0\0\xE4\x0C\0\0`\0\0\0\xCD\x0C\0\0T\0\0\0\xFF\xFF\0\0\0\0\xDF\n\0\0N\0\0\0D\r\0\0a\0\0\0!\r\0\0R\0\0\0\xFF\xFF\0\0\0\0-\x0B\0\x005\0\0\0\xA5\r\0\0>\0\0\0s\r\0\0,\0\0\0\xFF\xFF\0\0\0\0b\x0B\0\0d\0\0\0\xE3\r\0\0\x81\0\0\0\x9F\r\0\0q\0\0\0\xFF\xFF\0\0\0\0\xC6\x0B\0\0I\0\0\0d\x0E\0\0R\0\0\0\x10\x0E\0\0M\0\0\0\xFF\xFF\0\0\0\0\x0F\x0C\0\x000\0\0\0\xB6\x0E\0\x004\0\0\0]\x0E\0\x007\0\0\0\xFF\xFF\0\0\0\0?\x0C\0\0`\0\0\0\xEA\x0E\0\0j\0\0\0\x94\x0E\0\0y\0\0\0\xFF\xFF\0\0\0\0\x9F\x0C\0\0^\0\0\0T\x0F\0\0\\\0\0\0\r\x0F\0\0r\0\0\0\xFF\xFF\0\0\0\0\xFD\x0C\0\0}\0\0\0\xB0\x0F\0\0\x92\0\0\0\x7F\x0F\0\0\xB2\0\0\0\xFF\xFF\0\0\0\0z\r\0\0c\0\0\0B\x10\0\0z\0\0\x001\x10\0\0\x87\0\0\0\xFF\xFF\0\0\0\0\xDD\r\0\0\x8F\0\0\0\xBC\x10\0\0\xBC\0\0\0\xB8\x10\0\0\x9B\0\0\0\xFF\xFF\0\0\0\0l\x0E\0\0\x88\0\0\0x\x11\0\0\x9A\0\0\0S\x11\0\0\xC4\0\0\0\xFF\xFF\0\0\0\0\xF4\x0E\0\0\x9C\0\0\0\x12\x12\0\0\xE6\0\0\0\x17\x12\0\0\xC4\0\0\0\xFF\xFF\0\0\0\0\x90\x0F\0\0A\0\0\0\xF8\x12\0\0F\0\0\0\xDB\x12\0\0U\0\0\0\x03\x01\0\0\0\0\xD1\x0F\0\0\xC7\0\0\0>\x13\0\0\xF2\0\0\x000\x13\0\0\xEC\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHONEBUTTONFUNCTION_UNKNOWN",
                        "PHONEBUTTONFUNCTION_CONFERENCE",
                        "PHONEBUTTONFUNCTION_TRANSFER",
                        "PHONEBUTTONFUNCTION_DROP",
                        "PHONEBUTTONFUNCTION_HOLD",
                        "PHONEBUTTONFUNCTION_RECALL",
                        "PHONEBUTTONFUNCTION_DISCONNECT",
                        "PHONEBUTTONFUNCTION_CONNECT",
                        "PHONEBUTTONFUNCTION_MSGWAITON",
                        "PHONEBUTTONFUNCTION_MSGWAITOFF",
                        "PHONEBUTTONFUNCTION_SELECTRING",
                        "PHONEBUTTONFUNCTION_ABBREVDIAL",
                        "PHONEBUTTONFUNCTION_FORWARD",
                        "PHONEBUTTONFUNCTION_PICKUP",
                        "PHONEBUTTONFUNCTION_RINGAGAIN",
                        "PHONEBUTTONFUNCTION_PARK",
                        "PHONEBUTTONFUNCTION_REJECT",
                        "PHONEBUTTONFUNCTION_REDIRECT",
                        "PHONEBUTTONFUNCTION_MUTE",
                        "PHONEBUTTONFUNCTION_VOLUMEUP",
                        "PHONEBUTTONFUNCTION_VOLUMEDOWN",
                        "PHONEBUTTONFUNCTION_SPEAKERON",
                        "PHONEBUTTONFUNCTION_SPEAKEROFF",
                        "PHONEBUTTONFUNCTION_FLASH",
                        "PHONEBUTTONFUNCTION_DATAON",
                        "PHONEBUTTONFUNCTION_DATAOFF",
                        "PHONEBUTTONFUNCTION_DONOTDISTURB",
                        "PHONEBUTTONFUNCTION_INTERCOM",
                        "PHONEBUTTONFUNCTION_BRIDGEDAPP",
                        "PHONEBUTTONFUNCTION_BUSY",
                        "PHONEBUTTONFUNCTION_CALLAPP",
                        "PHONEBUTTONFUNCTION_DATETIME",
                        "PHONEBUTTONFUNCTION_DIRECTORY",
                        "PHONEBUTTONFUNCTION_COVER",
                        "PHONEBUTTONFUNCTION_CALLID",
                        "PHONEBUTTONFUNCTION_LASTNUM",
                        "PHONEBUTTONFUNCTION_NIGHTSRV",
                        "PHONEBUTTONFUNCTION_SENDCALLS",
                        "PHONEBUTTONFUNCTION_MSGINDICATOR",
                        "PHONEBUTTONFUNCTION_REPDIAL",
                        "PHONEBUTTONFUNCTION_SETREPDIAL",
                        "PHONEBUTTONFUNCTION_SYSTEMSPEED",
                        "PHONEBUTTONFUNCTION_STATIONSPEED",
                        "PHONEBUTTONFUNCTION_CAMPON",
                        "PHONEBUTTONFUNCTION_SAVEREPEAT",
                        "PHONEBUTTONFUNCTION_QUEUECALL",
                        "PHONEBUTTONFUNCTION_NONE",
                        "PHONEBUTTONFUNCTION_SEND",
                        "UNKNOWN",
                        "CONFERENCE",
                        "TRANSFER",
                        "DROP",
                        "HOLD",
                        "RECALL",
                        "DISCONNECT",
                        "CONNECT",
                        "MSGWAITON",
                        "MSGWAITOFF",
                        "SELECTRING",
                        "ABBREVDIAL",
                        "FORWARD",
                        "PICKUP",
                        "RINGAGAIN",
                        "PARK",
                        "REJECT",
                        "REDIRECT",
                        "MUTE",
                        "VOLUMEUP",
                        "VOLUMEDOWN",
                        "SPEAKERON",
                        "SPEAKEROFF",
                        "FLASH",
                        "DATAON",
                        "DATAOFF",
                        "DONOTDISTURB",
                        "INTERCOM",
                        "BRIDGEDAPP",
                        "BUSY",
                        "CALLAPP",
                        "DATETIME",
                        "DIRECTORY",
                        "COVER",
                        "CALLID",
                        "LASTNUM",
                        "NIGHTSRV",
                        "SENDCALLS",
                        "MSGINDICATOR",
                        "REPDIAL",
                        "SETREPDIAL",
                        "SYSTEMSPEED",
                        "STATIONSPEED",
                        "CAMPON",
                        "SAVEREPEAT",
                        "QUEUECALL",
                        "NONE",
                        "SEND",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\t\0\n\0\x0B\0\x0C\0\r\0\x0E\0\x0F\0\x10\0\x11\0\x12\0\x13\0\x14\0\x15\0\x16\0\x17\0\x18\0\x19\0\x1A\0\x1B\0\x1C\0\x1D\0\x1E\0\x1F\0 \0!\0\"\0#\0$\0%\0&\0'\0(\0)\0*\0+\0,\0-\0.\0/\0",
                    bit_index: b"",
                    bit_terms: &[],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 2659709168917630640u64,
                        shift: 54u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF'\0'\0\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF$\0$\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF;\0\x0B\0\xFF\xFF\xFF\xFFT\0$\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x19\0\x19\0\xFF\xFF\xFF\xFFH\0\x18\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF_\0/\0\t\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF!\0!\0\xFF\xFF\xFF\xFF\\\0,\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFQ\0!\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF)\0)\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF=\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFK\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF^\0.\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFM\0\x1D\0\xFF\xFF\xFF\xFF\x15\0\x15\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF \0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF.\0.\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1B\0\x1B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0F\0\x0F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF&\0&\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x10\0\x10\0\xFF\xFF\xFF\xFFO\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x18\0\x18\0\xFF\xFF\xFF\xFFU\0%\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFZ\0*\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF%\0%\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x0E\0\x0B\0\x0B\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF<\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFF\0\x16\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x13\0\x13\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFS\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF*\0*\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF+\0+\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\x001\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x11\0\x11\0\x02\0\x02\0\xFF\xFF\xFF\xFFA\0\x11\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF-\0-\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFE\0\x15\0\xFF\xFF\xFF\xFF?\0\x0F\0\"\0\"\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFD\0\x14\0\xFF\xFF\xFF\xFF:\0\n\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFL\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF6\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFR\0\"\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x17\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\x002\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF>\0\x0E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF5\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF(\0(\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF[\0+\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFY\0)\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x14\0\x14\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFN\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFV\0&\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\n\0\x0C\0\x0C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF9\0\t\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF7\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1E\0\x1E\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF/\0/\0\xFF\xFF\xFF\xFF\x01\0\x01\x000\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFG\0\x17\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x12\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1D\0\x1D\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFI\0\x19\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF,\0,\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFP\0 \0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\r\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF#\0#\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFX\0(\0\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFW\0'\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1A\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1C\0\x1C\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFJ\0\x1A\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF8\0\x08\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFB\0\x12\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x1F\0\x1F\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF@\0\x10\0\xFF\xFF\xFF\xFF]\0-\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHONEBUTTONFUNCTION_` family (enumeration, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\n| Constant | Value | Since |\n|---|---|---|\n| `PHONEBUTTONFUNCTION_UNKNOWN` | `0x00000000` |  |\n| `PHONEBUTTONFUNCTION_CONFERENCE` | `0x00000001` |  |\n| `PHONEBUTTONFUNCTION_TRANSFER` | `0x00000002` |  |\n| `PHONEBUTTONFUNCTION_DROP` | `0x00000003` |  |\n| `PHONEBUTTONFUNCTION_HOLD` | `0x00000004` |  |\n| `PHONEBUTTONFUNCTION_RECALL` | `0x00000005` |  |\n| `PHONEBUTTONFUNCTION_DISCONNECT` | `0x00000006` |  |\n| `PHONEBUTTONFUNCTION_CONNECT` | `0x00000007` |  |\n| `PHONEBUTTONFUNCTION_MSGWAITON` | `0x00000008` |  |\n| `PHONEBUTTONFUNCTION_MSGWAITOFF` | `0x00000009` |  |\n| `PHONEBUTTONFUNCTION_SELECTRING` | `0x0000000A` |  |\n| `PHONEBUTTONFUNCTION_ABBREVDIAL` | `0x0000000B` |  |\n| `PHONEBUTTONFUNCTION_FORWARD` | `0x0000000C` |  |\n| `PHONEBUTTONFUNCTION_PICKUP` | `0x0000000D` |  |\n| `PHONEBUTTONFUNCTION_RINGAGAIN` | `0x0000000E` |  |\n| `PHONEBUTTONFUNCTION_PARK` | `0x0000000F` |  |\n| `PHONEBUTTONFUNCTION_REJECT` | `0x00000010` |  |\n| `PHONEBUTTONFUNCTION_REDIRECT` | `0x00000011` |  |\n| `PHONEBUTTONFUNCTION_MUTE` | `0x00000012` |  |\n| `PHONEBUTTONFUNCTION_VOLUMEUP` | `0x00000013` |  |\n| `PHONEBUTTONFUNCTION_VOLUMEDOWN` | `0x00000014` |  |\n| `PHONEBUTTONFUNCTION_SPEAKERON` | `0x00000015` |  |\n| `PHONEBUTTONFUNCTION_SPEAKEROFF` | `0x00000016` |  |\n| `PHONEBUTTONFUNCTION_FLASH` | `0x00000017` |  |\n| `PHONEBUTTONFUNCTION_DATAON` | `0x00000018` |  |\n| `PHONEBUTTONFUNCTION_DATAOFF` | `0x00000019` |  |\n| `PHONEBUTTONFUNCTION_DONOTDISTURB` | `0x0000001A` |  |\n| `PHONEBUTTONFUNCTION_INTERCOM` | `0x0000001B` |  |\n| `PHONEBUTTONFUNCTION_BRIDGEDAPP` | `0x0000001C` |  |\n| `PHONEBUTTONFUNCTION_BUSY` | `0x0000001D` |  |\n| `PHONEBUTTONFUNCTION_CALLAPP` | `0x0000001E` |  |\n| `PHONEBUTTONFUNCTION_DATETIME` | `0x0000001F` |  |\n| `PHONEBUTTONFUNCTION_DIRECTORY` | `0x00000020` |  |\n| `PHONEBUTTONFUNCTION_COVER` | `0x00000021` |  |\n| `PHONEBUTTONFUNCTION_CALLID` | `0x00000022` |  |\n| `PHONEBUTTONFUNCTION_LASTNUM` | `0x00000023` |  |\n| `PHONEBUTTONFUNCTION_NIGHTSRV` | `0x00000024` |  |\n| `PHONEBUTTONFUNCTION_SENDCALLS` | `0x00000025` |  |\n| `PHONEBUTTONFUNCTION_MSGINDICATOR` | `0x00000026` |  |\n| `PHONEBUTTONFUNCTION_REPDIAL` | `0x00000027` |  |\n| `PHONEBUTTONFUNCTION_SETREPDIAL` | `0x00000028` |  |\n| `PHONEBUTTONFUNCTION_SYSTEMSPEED` | `0x00000029` |  |\n| `PHONEBUTTONFUNCTION_STATIONSPEED` | `0x0000002A` |  |\n| `PHONEBUTTONFUNCTION_CAMPON` | `0x0000002B` |  |\n| `PHONEBUTTONFUNCTION_SAVEREPEAT` | `0x0000002C` |  |\n| `PHONEBUTTONFUNCTION_QUEUECALL` | `0x0000002D` |  |\n| `PHONEBUTTONFUNCTION_NONE` | `0x0000002E` |  |\n| `PHONEBUTTONFUNCTION_SEND` | `0x0000002F` | TAPI 3.1 |\n\n# Deutsch\n\nBezeichnet die Telefoniefunktion, die einer Taste eines Telefons zugewiesen ist.<br><br>Gemeldet im Feld `dwButtonFunction` von `PHONEBUTTONINFO` (siehe `phoneGetButtonInfo` und `phoneSetButtonInfo`). TAPI reicht die Funktion nur durch; was ein Druck auf die Taste tatsächlich bewirkt, bestimmt die Vermittlung, und das kann je nach Telefonieumgebung verschieden sein. Werte ab 0x80000000 sind für gerätespezifische Funktionen frei.\n\n- `PHONEBUTTONFUNCTION_UNKNOWN`: Ersatzwert für den Fall, dass die Funktion der Taste unbekannt ist oder ihr noch keine Funktion zugewiesen wurde.\n- `PHONEBUTTONFUNCTION_CONFERENCE`: Startet eine Konferenz oder nimmt einen weiteren Anruf in eine bestehende Konferenz auf.\n- `PHONEBUTTONFUNCTION_TRANSFER`: Leitet die Übergabe eines Anrufs ein oder schließt eine bereits begonnene Übergabe ab.\n- `PHONEBUTTONFUNCTION_DROP`: Beendet den gerade aktiven Anruf.\n- `PHONEBUTTONFUNCTION_HOLD`: Versetzt den gerade aktiven Anruf in den Haltezustand.\n- `PHONEBUTTONFUNCTION_RECALL`: Holt einen gehaltenen Anruf zurück und macht ihn wieder aktiv.\n- `PHONEBUTTONFUNCTION_DISCONNECT`: Trennt einen Anruf, etwa den Rückfrageanruf, sobald eine Übergabe eingerichtet ist.\n- `PHONEBUTTONFUNCTION_CONNECT`: Kehrt zu einem Anruf zurück, der zur Rückfrage gehalten wurde.\n- `PHONEBUTTONFUNCTION_MSGWAITON`: Schaltet die Leuchtanzeige für wartende Nachrichten ein.\n- `PHONEBUTTONFUNCTION_MSGWAITOFF`: Schaltet die Leuchtanzeige für wartende Nachrichten aus.\n- `PHONEBUTTONFUNCTION_SELECTRING`: Ermöglicht dem Benutzer, das Klingelmuster des Telefons auszuwählen.\n- `PHONEBUTTONFUNCTION_ABBREVDIAL`: Kurzwahl: Das Ziel wird als kurzer Code aus einer oder wenigen Ziffern statt der vollständigen Nummer eingegeben.\n- `PHONEBUTTONFUNCTION_FORWARD`: Schaltet die Rufumleitung für dieses Telefon ein oder ändert ihre Einstellungen.\n- `PHONEBUTTONFUNCTION_PICKUP`: Nimmt an diesem Telefon einen Anruf an, der an einem anderen Telefon klingelt (Heranholen).\n- `PHONEBUTTONFUNCTION_RINGAGAIN`: Fordert an, später benachrichtigt zu werden, wenn ein Anrufversuch scheitert, weil das Ziel besetzt ist oder sich nicht meldet (Rückruf).\n- `PHONEBUTTONFUNCTION_PARK`: Parkt den aktiven Anruf an einem anderen Telefon, wo er gehalten wird, bis ihn jemand aus dem Parken holt.\n- `PHONEBUTTONFUNCTION_REJECT`: Weist einen eingehenden Anruf ab, solange er noch klingelt.\n- `PHONEBUTTONFUNCTION_REDIRECT`: Leitet einen eingehenden Anruf an eine andere Nebenstelle um, bevor er angenommen wird.\n- `PHONEBUTTONFUNCTION_MUTE`: Schaltet das Mikrofon des Telefons stumm, sodass der andere Teilnehmer den Benutzer nicht mehr hört.\n- `PHONEBUTTONFUNCTION_VOLUMEUP`: Erhöht die Wiedergabelautstärke der Hörkapsel des Hörers oder der Freisprecheinrichtung.\n- `PHONEBUTTONFUNCTION_VOLUMEDOWN`: Verringert die Wiedergabelautstärke der Hörkapsel des Hörers oder der Freisprecheinrichtung.\n- `PHONEBUTTONFUNCTION_SPEAKERON`: Schaltet den externen Lautsprecher des Telefons ein.\n- `PHONEBUTTONFUNCTION_SPEAKEROFF`: Schaltet den externen Lautsprecher des Telefons aus.\n- `PHONEBUTTONFUNCTION_FLASH`: Sendet einen Flash, also einen kurzen Wechsel aufgelegt/abgehoben. Danach eingegebene Ziffern werden meist als Befehle an die Vermittlung gewertet, und viele Vermittlungen halten den aktiven Anruf dabei zur Rückfrage.\n- `PHONEBUTTONFUNCTION_DATAON`: Kennzeichnet den nächsten Anruf als Datenanruf.\n- `PHONEBUTTONFUNCTION_DATAOFF`: Kennzeichnet, dass der nächste Anruf kein Datenanruf ist.\n- `PHONEBUTTONFUNCTION_DONOTDISTURB`: Schaltet den Anrufschutz („Bitte nicht stören“) ein: Eingehende Anrufe erhalten ein Besetztzeichen oder werden an einen Vermittlungsplatz oder an die Voicemail weitergeleitet.\n- `PHONEBUTTONFUNCTION_INTERCOM`: Öffnet die Gegensprechanlage, damit der Benutzer eine Durchsage zur Personensuche machen kann.\n- `PHONEBUTTONFUNCTION_BRIDGEDAPP`: Wählt eine Anrufdarstellung einer gebrückten Adresse aus (einer Adresse, die mit anderen Telefonen geteilt wird).\n- `PHONEBUTTONFUNCTION_BUSY`: Lässt das Telefon für Anrufer besetzt erscheinen, sodass ihm keine eingehenden Anrufe angeboten werden.\n- `PHONEBUTTONFUNCTION_CALLAPP`: Wählt eine bestimmte Anrufdarstellung am Telefon aus.\n- `PHONEBUTTONFUNCTION_DATETIME`: Zeigt das aktuelle Datum und die Uhrzeit, wie die Vermittlung sie liefert, auf dem Display des Telefons an.\n- `PHONEBUTTONFUNCTION_DIRECTORY`: Ruft den Verzeichnisdienst der Vermittlung auf.\n- `PHONEBUTTONFUNCTION_COVER`: Leitet alle für dieses Telefon bestimmten Anrufe an ein festgelegtes Vertretungstelefon weiter.\n- `PHONEBUTTONFUNCTION_CALLID`: Fordert an, die Kennungsangaben des Anrufers (Caller ID) auf dem Display des Telefons anzuzeigen.\n- `PHONEBUTTONFUNCTION_LASTNUM`: Wählt die zuletzt gewählte Nummer erneut (Wahlwiederholung).\n- `PHONEBUTTONFUNCTION_NIGHTSRV`: Schaltet das Telefon in die Nachtschaltung, also das Verhalten, das für Zeiten außerhalb der Geschäftszeiten eingerichtet ist.\n- `PHONEBUTTONFUNCTION_SENDCALLS`: Leitet alle Anrufe an das Vertretungstelefon weiter; dieselbe Wirkung wie `Cover`.\n- `PHONEBUTTONFUNCTION_MSGINDICATOR`: Steuert die Leuchtanzeige für wartende Nachrichten.\n- `PHONEBUTTONFUNCTION_REPDIAL`: Zielwahl: Nach der Taste gibt der Benutzer einen kurzen Code ein, der für eine gespeicherte Nummer steht.\n- `PHONEBUTTONFUNCTION_SETREPDIAL`: Programmiert die kurzen Codes der Zielwahl (`RepDial`) und die Nummern, für die sie stehen.\n- `PHONEBUTTONFUNCTION_SYSTEMSPEED`: Systemkurzwahl: Der Benutzer gibt nach der Taste einen kurzen Code ein, und die Vermittlung verwaltet die Tabelle, die den Codes Nummern zuordnet.\n- `PHONEBUTTONFUNCTION_STATIONSPEED`: Nebenstellen-Kurzwahl: wie `SystemSpeed`, doch die Tabelle, die den Codes Nummern zuordnet, gehört nur zu diesem Telefon.\n- `PHONEBUTTONFUNCTION_CAMPON`: Aktiviert Warten bei Besetzt für eine besetzte Nebenstelle: Wird diese frei, klingelt dieses Telefon mit einem besonderen Klingelmuster, und durch Abheben wird der Anruf erneut getätigt.\n- `PHONEBUTTONFUNCTION_SAVEREPEAT`: Speichert während eines Anrufs oder Anrufversuchs dessen Nummer oder Befehl; ist kein Anruf aktiv (etwa beim Wählton), wird das Gespeicherte wiederholt.\n- `PHONEBUTTONFUNCTION_QUEUECALL`: Stellt einen externen Anruf, der alle Amtsleitungen besetzt vorfand, in eine Warteschlange: Wird eine Amtsleitung frei, klingelt dieses Telefon mit einem besonderen Klingelmuster, und durch Abheben wird der Anruf erneut getätigt.\n- `PHONEBUTTONFUNCTION_NONE`: Ersatzwert, der angibt, dass die Taste absichtlich keine Funktion hat.\n- `PHONEBUTTONFUNCTION_SEND`: Sendetaste: fordert den Aufbau einer Kommunikationssitzung an. Die Microsoft-Seite zu `PHONEBUTTONFUNCTION_` führt diesen Wert nicht auf; beschrieben wird nur sein TAPI-3-Gegenstück `PBF_SEND` (gleicher Wert, 0x2F), in einer einzigen Zeile.\n\n# Français\n\nIdentifie la fonction téléphonique attribuée à un bouton d’un poste téléphonique.<br><br>Fournie dans le membre `dwButtonFunction` de `PHONEBUTTONINFO` (voir `phoneGetButtonInfo` et `phoneSetButtonInfo`). TAPI se contente de transmettre la fonction : l’effet réel d’un appui sur le bouton dépend du commutateur et peut varier d’un environnement téléphonique à l’autre. Les valeurs à partir de 0x80000000 sont libres pour des fonctions propres au périphérique.\n\n- `PHONEBUTTONFUNCTION_UNKNOWN`: Valeur de remplacement utilisée lorsque la fonction du bouton est inconnue ou qu’aucune ne lui a encore été attribuée.\n- `PHONEBUTTONFUNCTION_CONFERENCE`: Démarre une conférence ou fait entrer un autre appel dans une conférence existante.\n- `PHONEBUTTONFUNCTION_TRANSFER`: Commence le transfert d’un appel ou achève un transfert déjà engagé.\n- `PHONEBUTTONFUNCTION_DROP`: Raccroche l’appel actuellement actif.\n- `PHONEBUTTONFUNCTION_HOLD`: Met l’appel actuellement actif en attente.\n- `PHONEBUTTONFUNCTION_RECALL`: Reprend un appel en attente et le rend de nouveau actif.\n- `PHONEBUTTONFUNCTION_DISCONNECT`: Déconnecte un appel, par exemple l’appel de consultation une fois le transfert préparé.\n- `PHONEBUTTONFUNCTION_CONNECT`: Revient à un appel qui avait été mis en attente de consultation.\n- `PHONEBUTTONFUNCTION_MSGWAITON`: Allume le voyant de message en attente.\n- `PHONEBUTTONFUNCTION_MSGWAITOFF`: Éteint le voyant de message en attente.\n- `PHONEBUTTONFUNCTION_SELECTRING`: Permet à l’utilisateur de choisir la mélodie de sonnerie du poste.\n- `PHONEBUTTONFUNCTION_ABBREVDIAL`: Numérotation abrégée : la destination est saisie sous la forme d’un code court d’un ou de quelques chiffres au lieu du numéro complet.\n- `PHONEBUTTONFUNCTION_FORWARD`: Active le renvoi d’appels pour ce poste ou en modifie les réglages.\n- `PHONEBUTTONFUNCTION_PICKUP`: Répond depuis ce poste à un appel qui sonne sur un autre poste (interception).\n- `PHONEBUTTONFUNCTION_RINGAGAIN`: Demande à être averti ultérieurement lorsqu’une tentative d’appel échoue parce que la destination est occupée ou ne répond pas (rappel automatique).\n- `PHONEBUTTONFUNCTION_PARK`: Parque l’appel actif sur un autre poste, où il reste en attente jusqu’à ce que quelqu’un le reprenne.\n- `PHONEBUTTONFUNCTION_REJECT`: Refuse un appel entrant pendant qu’il sonne encore.\n- `PHONEBUTTONFUNCTION_REDIRECT`: Redirige un appel entrant vers un autre poste avant que quiconque n’y réponde.\n- `PHONEBUTTONFUNCTION_MUTE`: Coupe le microphone du poste afin que le correspondant n’entende plus l’utilisateur.\n- `PHONEBUTTONFUNCTION_VOLUMEUP`: Augmente le volume d’écoute de l’écouteur du combiné ou du haut-parleur.\n- `PHONEBUTTONFUNCTION_VOLUMEDOWN`: Diminue le volume d’écoute de l’écouteur du combiné ou du haut-parleur.\n- `PHONEBUTTONFUNCTION_SPEAKERON`: Met en marche le haut-parleur externe du poste.\n- `PHONEBUTTONFUNCTION_SPEAKEROFF`: Arrête le haut-parleur externe du poste.\n- `PHONEBUTTONFUNCTION_FLASH`: Envoie un flash, c’est-à-dire une brève impulsion raccroché/décroché. Les chiffres composés ensuite sont en général interprétés comme des commandes du commutateur, et de nombreux commutateurs mettent l’appel actif en attente de consultation.\n- `PHONEBUTTONFUNCTION_DATAON`: Indique que le prochain appel sera un appel de données.\n- `PHONEBUTTONFUNCTION_DATAOFF`: Indique que le prochain appel ne sera pas un appel de données.\n- `PHONEBUTTONFUNCTION_DONOTDISTURB`: Active le mode Ne pas déranger : les appels entrants reçoivent la tonalité d’occupation ou sont renvoyés vers un standardiste ou une messagerie vocale.\n- `PHONEBUTTONFUNCTION_INTERCOM`: Ouvre l’interphone pour que l’utilisateur puisse diffuser une annonce de recherche de personne.\n- `PHONEBUTTONFUNCTION_BRIDGEDAPP`: Sélectionne une présentation d’une adresse pontée (adresse partagée avec d’autres postes).\n- `PHONEBUTTONFUNCTION_BUSY`: Fait paraître le poste occupé aux appelants, si bien que les appels entrants ne lui sont pas présentés.\n- `PHONEBUTTONFUNCTION_CALLAPP`: Sélectionne une présentation d’appel particulière du poste.\n- `PHONEBUTTONFUNCTION_DATETIME`: Affiche sur l’afficheur du poste la date et l’heure courantes fournies par le commutateur.\n- `PHONEBUTTONFUNCTION_DIRECTORY`: Fait appel au service d’annuaire du commutateur.\n- `PHONEBUTTONFUNCTION_COVER`: Renvoie tous les appels destinés à ce poste vers un poste de couverture désigné.\n- `PHONEBUTTONFUNCTION_CALLID`: Demande l’affichage de l’identité de l’appelant sur l’afficheur du poste.\n- `PHONEBUTTONFUNCTION_LASTNUM`: Recompose le dernier numéro composé (bis).\n- `PHONEBUTTONFUNCTION_NIGHTSRV`: Fait passer le poste en service de nuit, c’est-à-dire le comportement configuré pour les heures de fermeture.\n- `PHONEBUTTONFUNCTION_SENDCALLS`: Envoie tous les appels vers le poste de couverture ; même effet que `Cover`.\n- `PHONEBUTTONFUNCTION_MSGINDICATOR`: Commande le voyant qui signale les messages en attente.\n- `PHONEBUTTONFUNCTION_REPDIAL`: Numérotation par répertoire : après le bouton, l’utilisateur tape un code court qui remplace un numéro enregistré.\n- `PHONEBUTTONFUNCTION_SETREPDIAL`: Programme les codes courts de la numérotation par répertoire (`RepDial`) et les numéros qu’ils représentent.\n- `PHONEBUTTONFUNCTION_SYSTEMSPEED`: Numérotation abrégée système : l’utilisateur tape un code court après le bouton, et c’est le commutateur qui détient la table de correspondance entre codes et numéros.\n- `PHONEBUTTONFUNCTION_STATIONSPEED`: Numérotation abrégée du poste : comme `SystemSpeed`, mais la table de correspondance entre codes et numéros est propre à ce poste.\n- `PHONEBUTTONFUNCTION_CAMPON`: Se met en attente sur un poste occupé : quand ce poste se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel.\n- `PHONEBUTTONFUNCTION_SAVEREPEAT`: Pendant un appel ou une tentative d’appel, mémorise son numéro ou sa commande ; en l’absence d’appel actif (par exemple à la tonalité de numérotation), rejoue ce qui a été mémorisé.\n- `PHONEBUTTONFUNCTION_QUEUECALL`: Met en file un appel externe qui a trouvé toutes les lignes réseau occupées : quand une ligne se libère, le poste local sonne selon une cadence distinctive, et le décrocher relance l’appel.\n- `PHONEBUTTONFUNCTION_NONE`: Valeur de remplacement indiquant que le bouton n’a délibérément aucune fonction.\n- `PHONEBUTTONFUNCTION_SEND`: Touche d’envoi : demande l’établissement d’une session de communication. La page de Microsoft sur `PHONEBUTTONFUNCTION_` omet cette valeur ; seul son équivalent TAPI 3, `PBF_SEND` (même valeur, 0x2F), est décrit, en une ligne.\n"
    )]
    impl PhoneButtonFunction {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Unknown,
            Self::Conference,
            Self::Transfer,
            Self::Drop,
            Self::Hold,
            Self::Recall,
            Self::Disconnect,
            Self::Connect,
            Self::MsgWaitOn,
            Self::MsgWaitOff,
            Self::SelectRing,
            Self::AbbrevDial,
            Self::Forward,
            Self::Pickup,
            Self::RingAgain,
            Self::Park,
            Self::Reject,
            Self::Redirect,
            Self::Mute,
            Self::VolumeUp,
            Self::VolumeDown,
            Self::SpeakerOn,
            Self::SpeakerOff,
            Self::Flash,
            Self::DataOn,
            Self::DataOff,
            Self::DoNotDisturb,
            Self::Intercom,
            Self::BridgedApp,
            Self::Busy,
            Self::CallApp,
            Self::DateTime,
            Self::Directory,
            Self::Cover,
            Self::CallId,
            Self::LastNum,
            Self::NightSrv,
            Self::SendCalls,
            Self::MsgIndicator,
            Self::RepDial,
            Self::SetRepDial,
            Self::SystemSpeed,
            Self::StationSpeed,
            Self::CampOn,
            Self::SaveRepeat,
            Self::QueueCall,
            Self::None,
            Self::Send,
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
                0 => __tapi::Some(Self::Unknown),
                1 => __tapi::Some(Self::Conference),
                2 => __tapi::Some(Self::Transfer),
                3 => __tapi::Some(Self::Drop),
                4 => __tapi::Some(Self::Hold),
                5 => __tapi::Some(Self::Recall),
                6 => __tapi::Some(Self::Disconnect),
                7 => __tapi::Some(Self::Connect),
                8 => __tapi::Some(Self::MsgWaitOn),
                9 => __tapi::Some(Self::MsgWaitOff),
                10 => __tapi::Some(Self::SelectRing),
                11 => __tapi::Some(Self::AbbrevDial),
                12 => __tapi::Some(Self::Forward),
                13 => __tapi::Some(Self::Pickup),
                14 => __tapi::Some(Self::RingAgain),
                15 => __tapi::Some(Self::Park),
                16 => __tapi::Some(Self::Reject),
                17 => __tapi::Some(Self::Redirect),
                18 => __tapi::Some(Self::Mute),
                19 => __tapi::Some(Self::VolumeUp),
                20 => __tapi::Some(Self::VolumeDown),
                21 => __tapi::Some(Self::SpeakerOn),
                22 => __tapi::Some(Self::SpeakerOff),
                23 => __tapi::Some(Self::Flash),
                24 => __tapi::Some(Self::DataOn),
                25 => __tapi::Some(Self::DataOff),
                26 => __tapi::Some(Self::DoNotDisturb),
                27 => __tapi::Some(Self::Intercom),
                28 => __tapi::Some(Self::BridgedApp),
                29 => __tapi::Some(Self::Busy),
                30 => __tapi::Some(Self::CallApp),
                31 => __tapi::Some(Self::DateTime),
                32 => __tapi::Some(Self::Directory),
                33 => __tapi::Some(Self::Cover),
                34 => __tapi::Some(Self::CallId),
                35 => __tapi::Some(Self::LastNum),
                36 => __tapi::Some(Self::NightSrv),
                37 => __tapi::Some(Self::SendCalls),
                38 => __tapi::Some(Self::MsgIndicator),
                39 => __tapi::Some(Self::RepDial),
                40 => __tapi::Some(Self::SetRepDial),
                41 => __tapi::Some(Self::SystemSpeed),
                42 => __tapi::Some(Self::StationSpeed),
                43 => __tapi::Some(Self::CampOn),
                44 => __tapi::Some(Self::SaveRepeat),
                45 => __tapi::Some(Self::QueueCall),
                46 => __tapi::Some(Self::None),
                47 => __tapi::Some(Self::Send),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PHONEBUTTONFUNCTION_UNKNOWN`; `{:#}` in `format!` gives the short name.
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
            self as ::core::primitive::usize
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::ConstFamily for PhoneButtonFunction {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneButtonFunction> for ::core::primitive::u32 {
        #[inline]
        fn from(member: PhoneButtonFunction) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for PhoneButtonFunction {
        type Error = ::tapi_consts::UnknownValueError<PhoneButtonFunction>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneButtonFunction {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneButtonFunction {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneButtonFunction, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(PhoneButtonFunction);
};
///The `PHONEBUTTONFUNCTION_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_phonebuttonfunction {
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Unknown`](super::PhoneButtonFunction::Unknown)."
    )]
    pub const PHONEBUTTONFUNCTION_UNKNOWN: ::core::primitive::u32 = 0;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Conference`](super::PhoneButtonFunction::Conference)."
    )]
    pub const PHONEBUTTONFUNCTION_CONFERENCE: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Transfer`](super::PhoneButtonFunction::Transfer)."
    )]
    pub const PHONEBUTTONFUNCTION_TRANSFER: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Drop`](super::PhoneButtonFunction::Drop)."
    )]
    pub const PHONEBUTTONFUNCTION_DROP: ::core::primitive::u32 = 3;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Hold`](super::PhoneButtonFunction::Hold)."
    )]
    pub const PHONEBUTTONFUNCTION_HOLD: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Recall`](super::PhoneButtonFunction::Recall)."
    )]
    pub const PHONEBUTTONFUNCTION_RECALL: ::core::primitive::u32 = 5;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Disconnect`](super::PhoneButtonFunction::Disconnect)."
    )]
    pub const PHONEBUTTONFUNCTION_DISCONNECT: ::core::primitive::u32 = 6;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Connect`](super::PhoneButtonFunction::Connect)."
    )]
    pub const PHONEBUTTONFUNCTION_CONNECT: ::core::primitive::u32 = 7;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::MsgWaitOn`](super::PhoneButtonFunction::MsgWaitOn)."
    )]
    pub const PHONEBUTTONFUNCTION_MSGWAITON: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::MsgWaitOff`](super::PhoneButtonFunction::MsgWaitOff)."
    )]
    pub const PHONEBUTTONFUNCTION_MSGWAITOFF: ::core::primitive::u32 = 9;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::SelectRing`](super::PhoneButtonFunction::SelectRing)."
    )]
    pub const PHONEBUTTONFUNCTION_SELECTRING: ::core::primitive::u32 = 10;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::AbbrevDial`](super::PhoneButtonFunction::AbbrevDial)."
    )]
    pub const PHONEBUTTONFUNCTION_ABBREVDIAL: ::core::primitive::u32 = 11;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Forward`](super::PhoneButtonFunction::Forward)."
    )]
    pub const PHONEBUTTONFUNCTION_FORWARD: ::core::primitive::u32 = 12;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Pickup`](super::PhoneButtonFunction::Pickup)."
    )]
    pub const PHONEBUTTONFUNCTION_PICKUP: ::core::primitive::u32 = 13;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::RingAgain`](super::PhoneButtonFunction::RingAgain)."
    )]
    pub const PHONEBUTTONFUNCTION_RINGAGAIN: ::core::primitive::u32 = 14;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Park`](super::PhoneButtonFunction::Park)."
    )]
    pub const PHONEBUTTONFUNCTION_PARK: ::core::primitive::u32 = 15;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Reject`](super::PhoneButtonFunction::Reject)."
    )]
    pub const PHONEBUTTONFUNCTION_REJECT: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Redirect`](super::PhoneButtonFunction::Redirect)."
    )]
    pub const PHONEBUTTONFUNCTION_REDIRECT: ::core::primitive::u32 = 17;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Mute`](super::PhoneButtonFunction::Mute)."
    )]
    pub const PHONEBUTTONFUNCTION_MUTE: ::core::primitive::u32 = 18;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::VolumeUp`](super::PhoneButtonFunction::VolumeUp)."
    )]
    pub const PHONEBUTTONFUNCTION_VOLUMEUP: ::core::primitive::u32 = 19;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::VolumeDown`](super::PhoneButtonFunction::VolumeDown)."
    )]
    pub const PHONEBUTTONFUNCTION_VOLUMEDOWN: ::core::primitive::u32 = 20;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::SpeakerOn`](super::PhoneButtonFunction::SpeakerOn)."
    )]
    pub const PHONEBUTTONFUNCTION_SPEAKERON: ::core::primitive::u32 = 21;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::SpeakerOff`](super::PhoneButtonFunction::SpeakerOff)."
    )]
    pub const PHONEBUTTONFUNCTION_SPEAKEROFF: ::core::primitive::u32 = 22;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Flash`](super::PhoneButtonFunction::Flash)."
    )]
    pub const PHONEBUTTONFUNCTION_FLASH: ::core::primitive::u32 = 23;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::DataOn`](super::PhoneButtonFunction::DataOn)."
    )]
    pub const PHONEBUTTONFUNCTION_DATAON: ::core::primitive::u32 = 24;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::DataOff`](super::PhoneButtonFunction::DataOff)."
    )]
    pub const PHONEBUTTONFUNCTION_DATAOFF: ::core::primitive::u32 = 25;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::DoNotDisturb`](super::PhoneButtonFunction::DoNotDisturb)."
    )]
    pub const PHONEBUTTONFUNCTION_DONOTDISTURB: ::core::primitive::u32 = 26;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Intercom`](super::PhoneButtonFunction::Intercom)."
    )]
    pub const PHONEBUTTONFUNCTION_INTERCOM: ::core::primitive::u32 = 27;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::BridgedApp`](super::PhoneButtonFunction::BridgedApp)."
    )]
    pub const PHONEBUTTONFUNCTION_BRIDGEDAPP: ::core::primitive::u32 = 28;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Busy`](super::PhoneButtonFunction::Busy)."
    )]
    pub const PHONEBUTTONFUNCTION_BUSY: ::core::primitive::u32 = 29;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::CallApp`](super::PhoneButtonFunction::CallApp)."
    )]
    pub const PHONEBUTTONFUNCTION_CALLAPP: ::core::primitive::u32 = 30;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::DateTime`](super::PhoneButtonFunction::DateTime)."
    )]
    pub const PHONEBUTTONFUNCTION_DATETIME: ::core::primitive::u32 = 31;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Directory`](super::PhoneButtonFunction::Directory)."
    )]
    pub const PHONEBUTTONFUNCTION_DIRECTORY: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Cover`](super::PhoneButtonFunction::Cover)."
    )]
    pub const PHONEBUTTONFUNCTION_COVER: ::core::primitive::u32 = 33;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::CallId`](super::PhoneButtonFunction::CallId)."
    )]
    pub const PHONEBUTTONFUNCTION_CALLID: ::core::primitive::u32 = 34;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::LastNum`](super::PhoneButtonFunction::LastNum)."
    )]
    pub const PHONEBUTTONFUNCTION_LASTNUM: ::core::primitive::u32 = 35;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::NightSrv`](super::PhoneButtonFunction::NightSrv)."
    )]
    pub const PHONEBUTTONFUNCTION_NIGHTSRV: ::core::primitive::u32 = 36;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::SendCalls`](super::PhoneButtonFunction::SendCalls)."
    )]
    pub const PHONEBUTTONFUNCTION_SENDCALLS: ::core::primitive::u32 = 37;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::MsgIndicator`](super::PhoneButtonFunction::MsgIndicator)."
    )]
    pub const PHONEBUTTONFUNCTION_MSGINDICATOR: ::core::primitive::u32 = 38;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::RepDial`](super::PhoneButtonFunction::RepDial)."
    )]
    pub const PHONEBUTTONFUNCTION_REPDIAL: ::core::primitive::u32 = 39;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::SetRepDial`](super::PhoneButtonFunction::SetRepDial)."
    )]
    pub const PHONEBUTTONFUNCTION_SETREPDIAL: ::core::primitive::u32 = 40;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::SystemSpeed`](super::PhoneButtonFunction::SystemSpeed)."
    )]
    pub const PHONEBUTTONFUNCTION_SYSTEMSPEED: ::core::primitive::u32 = 41;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::StationSpeed`](super::PhoneButtonFunction::StationSpeed)."
    )]
    pub const PHONEBUTTONFUNCTION_STATIONSPEED: ::core::primitive::u32 = 42;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::CampOn`](super::PhoneButtonFunction::CampOn)."
    )]
    pub const PHONEBUTTONFUNCTION_CAMPON: ::core::primitive::u32 = 43;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::SaveRepeat`](super::PhoneButtonFunction::SaveRepeat)."
    )]
    pub const PHONEBUTTONFUNCTION_SAVEREPEAT: ::core::primitive::u32 = 44;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::QueueCall`](super::PhoneButtonFunction::QueueCall)."
    )]
    pub const PHONEBUTTONFUNCTION_QUEUECALL: ::core::primitive::u32 = 45;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::None`](super::PhoneButtonFunction::None)."
    )]
    pub const PHONEBUTTONFUNCTION_NONE: ::core::primitive::u32 = 46;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonFunction::Send`](super::PhoneButtonFunction::Send)."
    )]
    pub const PHONEBUTTONFUNCTION_SEND: ::core::primitive::u32 = 47;
}
/// Classifies what kind of button a button/lamp position is.
///
/// Appears in the `dwButtonMode` member of `PHONEBUTTONINFO`, in the button-mode array that
/// `PHONECAPS` points to, and in `dwParam2` of the `PHONE_BUTTON` message. No bits are open
/// for extensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum PhoneButtonMode {
    /// The position has a lamp but no physical button.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONMODE_DUMMY` = `0x00000001`")]
    Dummy = 0x0000_0001,
    /// The button is bound to a call appearance.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONMODE_CALL` = `0x00000002`")]
    Call = 0x0000_0002,
    /// The button asks the switch for a feature such as hold, transfer or conference.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONMODE_FEATURE` = `0x00000004`")]
    Feature = 0x0000_0004,
    /// The button is one of the twelve dial-pad keys: the digits 0 to 9, `*` and `#`.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONMODE_KEYPAD` = `0x00000008`")]
    Keypad = 0x0000_0008,
    /// The button acts on the phone set itself, such as mute or volume, without involving the switch.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONMODE_LOCAL` = `0x00000010`")]
    Local = 0x0000_0010,
    /// The button is a soft key tied to the phone's display; a phone may have any number of them, including none.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONMODE_DISPLAY` = `0x00000020`")]
    Display = 0x0000_0020,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Classifies what kind of button a button/lamp position is.\n\nAppears in the `dwButtonMode` member of `PHONEBUTTONINFO`, in the button-mode array that `PHONECAPS` points to, and in `dwParam2` of the `PHONE_BUTTON` message. No bits are open for extensions.The position has a lamp but no physical button.The button is bound to a call appearance.The button asks the switch for a feature such as hold, transfer or conference.The button is one of the twelve dial-pad keys: the digits 0 to 9, `*` and `#`.The button acts on the phone set itself, such as mute or volume, without involving the switch.The button is a soft key tied to the phone's display; a phone may have any number of them, including none."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Ordnet ein, welche Art von Taste sich an einer Tasten-/Lampenposition befindet.\n\nSteht im Feld `dwButtonMode` von `PHONEBUTTONINFO`, im Array der Tastenmodi, auf das `PHONECAPS` verweist, und in `dwParam2` der Nachricht `PHONE_BUTTON`. Für Erweiterungen sind keine Bits frei.Die Position hat eine Leuchtanzeige, aber keine physische Taste (Platzhalter).Die Taste ist einer Anrufdarstellung zugeordnet.Die Taste fordert bei der Vermittlung ein Leistungsmerkmal an, etwa Halten, Übergabe oder Konferenz.Die Taste ist eine der zwölf Tasten der Wähltastatur: die Ziffern 0 bis 9, `*` und `#`.Die Taste wirkt auf das Telefon selbst, etwa Stummschaltung oder Lautstärke, ohne die Vermittlung einzubeziehen.Die Taste ist ein Softkey, der zum Display des Telefons gehört; ein Telefon kann beliebig viele davon haben, auch keinen."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Classe le type de bouton d’une position bouton/voyant.\n\nFigure dans le membre `dwButtonMode` de `PHONEBUTTONINFO`, dans le tableau des modes de bouton référencé par `PHONECAPS` et dans `dwParam2` du message `PHONE_BUTTON`. Aucun bit n’est ouvert aux extensions.La position comporte un voyant mais aucun bouton physique.Le bouton est associé à une présentation d’appel.Le bouton demande une fonction au commutateur, par exemple la mise en attente, le transfert ou la conférence.Le bouton est l’une des douze touches du clavier numérique : les chiffres 0 à 9, `*` et `#`.Le bouton agit sur le poste lui-même, par exemple la coupure du micro ou le volume, sans faire intervenir le commutateur.Le bouton est une touche programmable liée à l’afficheur du poste ; un poste peut en avoir un nombre quelconque, y compris aucune."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneButtonMode",
            prefix: "PHONEBUTTONMODE_",
            kind: __tapi::Kind::Flags,
            repr: <::core::primitive::u32 as __tapi::Repr>::KIND,
            since: __tapi::Some(__tapi::Version::new(2u8, 0u8)),
            header: __tapi::Some("tapi.h"),
            c_type: __tapi::None,
            known_bits: 63u64,
            selector_mask: 0u64,
            device_specific: __tapi::None,
            table: __tapi::Table {
                names: &[
                    "PHONEBUTTONMODE_DUMMY",
                    "PHONEBUTTONMODE_CALL",
                    "PHONEBUTTONMODE_FEATURE",
                    "PHONEBUTTONMODE_KEYPAD",
                    "PHONEBUTTONMODE_LOCAL",
                    "PHONEBUTTONMODE_DISPLAY",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\xFC\0\0\0\0\0\0\0\x14\x01\0\0\0\0\0\0\x0C\x01\0\0\xFF\xFF\0\0\0\0\xFC\0\0\0/\0\0\0\x14\x01\0\0N\0\0\0\x0C\x01\0\0:\0\0\0\xFF\xFF\0\0\0\0+\x01\0\0)\0\0\0b\x01\0\x000\0\0\0F\x01\0\x006\0\0\0\xFF\xFF\0\0\0\0T\x01\0\0N\0\0\0\x92\x01\0\0e\0\0\0|\x01\0\0n\0\0\0\xFF\xFF\0\0\0\0\xA2\x01\0\0N\0\0\0\xF7\x01\0\0Y\0\0\0\xEA\x01\0\0`\0\0\0\xFF\xFF\0\0\0\0\xF0\x01\0\0^\0\0\0P\x02\0\0q\0\0\0J\x02\0\0z\0\0\0\xFF\xFF\0\0\0\0N\x02\0\0j\0\0\0\xC1\x02\0\0z\0\0\0\xC4\x02\0\0\x86\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHONEBUTTONMODE_DUMMY",
                        "PHONEBUTTONMODE_CALL",
                        "PHONEBUTTONMODE_FEATURE",
                        "PHONEBUTTONMODE_KEYPAD",
                        "PHONEBUTTONMODE_LOCAL",
                        "PHONEBUTTONMODE_DISPLAY",
                        "DUMMY",
                        "CALL",
                        "FEATURE",
                        "KEYPAD",
                        "LOCAL",
                        "DISPLAY",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | PHONEBUTTONMODE_DUMMY",
                        " | PHONEBUTTONMODE_CALL",
                        " | PHONEBUTTONMODE_FEATURE",
                        " | PHONEBUTTONMODE_KEYPAD",
                        " | PHONEBUTTONMODE_LOCAL",
                        " | PHONEBUTTONMODE_DISPLAY",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 4678178747650328670u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x04\0\x08\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\t\0\x03\0\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x05\0\xFF\xFF\xFF\xFF\x06\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHONEBUTTONMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<PhoneButtonMode>`](::tapi_consts::Flags), named [`PhoneButtonModeSet`](crate::families::PhoneButtonModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `PHONEBUTTONMODE_DUMMY` | `0x00000001` |\n| `PHONEBUTTONMODE_CALL` | `0x00000002` |\n| `PHONEBUTTONMODE_FEATURE` | `0x00000004` |\n| `PHONEBUTTONMODE_KEYPAD` | `0x00000008` |\n| `PHONEBUTTONMODE_LOCAL` | `0x00000010` |\n| `PHONEBUTTONMODE_DISPLAY` | `0x00000020` |\n\n# Deutsch\n\nOrdnet ein, welche Art von Taste sich an einer Tasten-/Lampenposition befindet.<br><br>Steht im Feld `dwButtonMode` von `PHONEBUTTONINFO`, im Array der Tastenmodi, auf das `PHONECAPS` verweist, und in `dwParam2` der Nachricht `PHONE_BUTTON`. Für Erweiterungen sind keine Bits frei.\n\n- `PHONEBUTTONMODE_DUMMY`: Die Position hat eine Leuchtanzeige, aber keine physische Taste (Platzhalter).\n- `PHONEBUTTONMODE_CALL`: Die Taste ist einer Anrufdarstellung zugeordnet.\n- `PHONEBUTTONMODE_FEATURE`: Die Taste fordert bei der Vermittlung ein Leistungsmerkmal an, etwa Halten, Übergabe oder Konferenz.\n- `PHONEBUTTONMODE_KEYPAD`: Die Taste ist eine der zwölf Tasten der Wähltastatur: die Ziffern 0 bis 9, `*` und `#`.\n- `PHONEBUTTONMODE_LOCAL`: Die Taste wirkt auf das Telefon selbst, etwa Stummschaltung oder Lautstärke, ohne die Vermittlung einzubeziehen.\n- `PHONEBUTTONMODE_DISPLAY`: Die Taste ist ein Softkey, der zum Display des Telefons gehört; ein Telefon kann beliebig viele davon haben, auch keinen.\n\n# Français\n\nClasse le type de bouton d’une position bouton/voyant.<br><br>Figure dans le membre `dwButtonMode` de `PHONEBUTTONINFO`, dans le tableau des modes de bouton référencé par `PHONECAPS` et dans `dwParam2` du message `PHONE_BUTTON`. Aucun bit n’est ouvert aux extensions.\n\n- `PHONEBUTTONMODE_DUMMY`: La position comporte un voyant mais aucun bouton physique.\n- `PHONEBUTTONMODE_CALL`: Le bouton est associé à une présentation d’appel.\n- `PHONEBUTTONMODE_FEATURE`: Le bouton demande une fonction au commutateur, par exemple la mise en attente, le transfert ou la conférence.\n- `PHONEBUTTONMODE_KEYPAD`: Le bouton est l’une des douze touches du clavier numérique : les chiffres 0 à 9, `*` et `#`.\n- `PHONEBUTTONMODE_LOCAL`: Le bouton agit sur le poste lui-même, par exemple la coupure du micro ou le volume, sans faire intervenir le commutateur.\n- `PHONEBUTTONMODE_DISPLAY`: Le bouton est une touche programmable liée à l’afficheur du poste ; un poste peut en avoir un nombre quelconque, y compris aucune.\n"
    )]
    impl PhoneButtonMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Dummy,
            Self::Call,
            Self::Feature,
            Self::Keypad,
            Self::Local,
            Self::Display,
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
                1 => __tapi::Some(Self::Dummy),
                2 => __tapi::Some(Self::Call),
                4 => __tapi::Some(Self::Feature),
                8 => __tapi::Some(Self::Keypad),
                16 => __tapi::Some(Self::Local),
                32 => __tapi::Some(Self::Display),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PHONEBUTTONMODE_DUMMY`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhoneButtonMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneButtonMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: PhoneButtonMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for PhoneButtonMode {
        type Error = ::tapi_consts::UnknownValueError<PhoneButtonMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneButtonMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneButtonMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for PhoneButtonMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for PhoneButtonMode {
        type Output = ::tapi_consts::Flags<PhoneButtonMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<PhoneButtonMode> {
            <::tapi_consts::Flags<
                PhoneButtonMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<PhoneButtonMode>> for PhoneButtonMode {
        type Output = ::tapi_consts::Flags<PhoneButtonMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<PhoneButtonMode>,
        ) -> ::tapi_consts::Flags<PhoneButtonMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneButtonMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(PhoneButtonMode);
};
///The `PHONEBUTTONMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_phonebuttonmode {
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonMode::Dummy`](super::PhoneButtonMode::Dummy)."
    )]
    pub const PHONEBUTTONMODE_DUMMY: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonMode::Call`](super::PhoneButtonMode::Call)."
    )]
    pub const PHONEBUTTONMODE_CALL: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonMode::Feature`](super::PhoneButtonMode::Feature)."
    )]
    pub const PHONEBUTTONMODE_FEATURE: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonMode::Keypad`](super::PhoneButtonMode::Keypad)."
    )]
    pub const PHONEBUTTONMODE_KEYPAD: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonMode::Local`](super::PhoneButtonMode::Local)."
    )]
    pub const PHONEBUTTONMODE_LOCAL: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonMode::Display`](super::PhoneButtonMode::Display)."
    )]
    pub const PHONEBUTTONMODE_DISPLAY: ::core::primitive::u32 = 32;
}
/// Gives the position of a phone button (pressed or released) or says that it cannot be known.
///
/// Carried in `dwParam3` of the `PHONE_BUTTON` message and in the `dwButtonState` member of
/// `PHONEBUTTONINFO`; `phoneSetStatusMessages` uses it to choose which button transitions are
/// reported. A service provider must not report a value that the API version negotiated for
/// the phone does not know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum PhoneButtonState {
    /// The button is released (not pressed).
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONSTATE_UP` = `0x00000001`")]
    Up = 0x0000_0001,
    /// The button is pressed down.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONSTATE_DOWN` = `0x00000002`")]
    Down = 0x0000_0002,
    /// The service provider does not know right now whether the button is up or down, but may learn it later. Requires TAPI 1.4 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONSTATE_UNKNOWN` = `0x00000004`")]
    Unknown = 0x0000_0004,
    /// The service provider has no way of knowing whether the button is up or down, now or later. Requires TAPI 1.4 or later.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONEBUTTONSTATE_UNAVAIL` = `0x00000008`")]
    Unavail = 0x0000_0008,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Gives the position of a phone button (pressed or released) or says that it cannot be known.\n\nCarried in `dwParam3` of the `PHONE_BUTTON` message and in the `dwButtonState` member of `PHONEBUTTONINFO`; `phoneSetStatusMessages` uses it to choose which button transitions are reported. A service provider must not report a value that the API version negotiated for the phone does not know.The button is released (not pressed).The button is pressed down.The service provider does not know right now whether the button is up or down, but may learn it later. Requires TAPI 1.4 or later.The service provider has no way of knowing whether the button is up or down, now or later. Requires TAPI 1.4 or later."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Gibt die Stellung einer Taste des Telefons an (gedrückt oder losgelassen) oder dass sie nicht bekannt sein kann.\n\nWird in `dwParam3` der Nachricht `PHONE_BUTTON` und im Feld `dwButtonState` von `PHONEBUTTONINFO` übermittelt; `phoneSetStatusMessages` wählt damit aus, welche Zustandswechsel der Tasten gemeldet werden. Ein Dienstanbieter darf keinen Wert melden, den die für das Telefongerät ausgehandelte API-Version nicht kennt.Die Taste ist losgelassen (nicht gedrückt).Die Taste ist gedrückt.Der Dienstanbieter weiß derzeit nicht, ob die Taste losgelassen oder gedrückt ist, kann es aber später erfahren. Erfordert TAPI 1.4 oder höher.Der Dienstanbieter kann weder jetzt noch später feststellen, ob die Taste losgelassen oder gedrückt ist. Erfordert TAPI 1.4 oder höher."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Donne la position d’un bouton du poste (enfoncé ou relâché) ou indique qu’elle ne peut pas être connue.\n\nTransmis dans `dwParam3` du message `PHONE_BUTTON` et dans le membre `dwButtonState` de `PHONEBUTTONINFO` ; `phoneSetStatusMessages` l’utilise pour choisir les changements d’état de bouton signalés. Un fournisseur de services ne doit pas signaler une valeur inconnue de la version d’API négociée pour le poste.Le bouton est relâché (non enfoncé).Le bouton est enfoncé.Le fournisseur de services ne sait pas pour l’instant si le bouton est relâché ou enfoncé, mais pourra l’apprendre plus tard. Nécessite TAPI 1.4 ou une version ultérieure.Le fournisseur de services n’a aucun moyen de savoir si le bouton est relâché ou enfoncé, ni maintenant ni plus tard. Nécessite TAPI 1.4 ou une version ultérieure."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneButtonState",
            prefix: "PHONEBUTTONSTATE_",
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
                    "PHONEBUTTONSTATE_UP",
                    "PHONEBUTTONSTATE_DOWN",
                    "PHONEBUTTONSTATE_UNKNOWN",
                    "PHONEBUTTONSTATE_UNAVAIL",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\0\x82\x01\0\0\0\0\0\0\xB2\x01\0\0\0\0\0\0\xB1\x01\0\0\xFF\xFF\0\0\0\0\x82\x01\0\0%\0\0\0\xB2\x01\0\0,\0\0\0\xB1\x01\0\0'\0\0\0\xFF\xFF\0\0\0\0\xA7\x01\0\0\x1B\0\0\0\xDE\x01\0\0\x18\0\0\0\xD8\x01\0\0\x17\0\0\0\x01\x04\0\0\0\0\xC2\x01\0\0\x82\0\0\0\xF6\x01\0\0\x93\0\0\0\xEF\x01\0\0\xB4\0\0\0\x01\x04\0\0\0\0D\x02\0\0v\0\0\0\x89\x02\0\0\x8A\0\0\0\xA3\x02\0\0\xAA\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHONEBUTTONSTATE_UP",
                        "PHONEBUTTONSTATE_DOWN",
                        "PHONEBUTTONSTATE_UNKNOWN",
                        "PHONEBUTTONSTATE_UNAVAIL",
                        "UP",
                        "DOWN",
                        "UNKNOWN",
                        "UNAVAIL",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | PHONEBUTTONSTATE_UP",
                        " | PHONEBUTTONSTATE_DOWN",
                        " | PHONEBUTTONSTATE_UNKNOWN",
                        " | PHONEBUTTONSTATE_UNAVAIL",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 58u32,
                        slots: b"\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x03\0\x03\0\x04\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHONEBUTTONSTATE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<PhoneButtonState>`](::tapi_consts::Flags), named [`PhoneButtonStateSet`](crate::families::PhoneButtonStateSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value | Since |\n|---|---|---|\n| `PHONEBUTTONSTATE_UP` | `0x00000001` |  |\n| `PHONEBUTTONSTATE_DOWN` | `0x00000002` |  |\n| `PHONEBUTTONSTATE_UNKNOWN` | `0x00000004` | TAPI 1.4 |\n| `PHONEBUTTONSTATE_UNAVAIL` | `0x00000008` | TAPI 1.4 |\n\n# Deutsch\n\nGibt die Stellung einer Taste des Telefons an (gedrückt oder losgelassen) oder dass sie nicht bekannt sein kann.<br><br>Wird in `dwParam3` der Nachricht `PHONE_BUTTON` und im Feld `dwButtonState` von `PHONEBUTTONINFO` übermittelt; `phoneSetStatusMessages` wählt damit aus, welche Zustandswechsel der Tasten gemeldet werden. Ein Dienstanbieter darf keinen Wert melden, den die für das Telefongerät ausgehandelte API-Version nicht kennt.\n\n- `PHONEBUTTONSTATE_UP`: Die Taste ist losgelassen (nicht gedrückt).\n- `PHONEBUTTONSTATE_DOWN`: Die Taste ist gedrückt.\n- `PHONEBUTTONSTATE_UNKNOWN`: Der Dienstanbieter weiß derzeit nicht, ob die Taste losgelassen oder gedrückt ist, kann es aber später erfahren. Erfordert TAPI 1.4 oder höher.\n- `PHONEBUTTONSTATE_UNAVAIL`: Der Dienstanbieter kann weder jetzt noch später feststellen, ob die Taste losgelassen oder gedrückt ist. Erfordert TAPI 1.4 oder höher.\n\n# Français\n\nDonne la position d’un bouton du poste (enfoncé ou relâché) ou indique qu’elle ne peut pas être connue.<br><br>Transmis dans `dwParam3` du message `PHONE_BUTTON` et dans le membre `dwButtonState` de `PHONEBUTTONINFO` ; `phoneSetStatusMessages` l’utilise pour choisir les changements d’état de bouton signalés. Un fournisseur de services ne doit pas signaler une valeur inconnue de la version d’API négociée pour le poste.\n\n- `PHONEBUTTONSTATE_UP`: Le bouton est relâché (non enfoncé).\n- `PHONEBUTTONSTATE_DOWN`: Le bouton est enfoncé.\n- `PHONEBUTTONSTATE_UNKNOWN`: Le fournisseur de services ne sait pas pour l’instant si le bouton est relâché ou enfoncé, mais pourra l’apprendre plus tard. Nécessite TAPI 1.4 ou une version ultérieure.\n- `PHONEBUTTONSTATE_UNAVAIL`: Le fournisseur de services n’a aucun moyen de savoir si le bouton est relâché ou enfoncé, ni maintenant ni plus tard. Nécessite TAPI 1.4 ou une version ultérieure.\n"
    )]
    impl PhoneButtonState {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Up,
            Self::Down,
            Self::Unknown,
            Self::Unavail,
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
                1 => __tapi::Some(Self::Up),
                2 => __tapi::Some(Self::Down),
                4 => __tapi::Some(Self::Unknown),
                8 => __tapi::Some(Self::Unavail),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PHONEBUTTONSTATE_UP`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhoneButtonState {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneButtonState> for ::core::primitive::u32 {
        #[inline]
        fn from(member: PhoneButtonState) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for PhoneButtonState {
        type Error = ::tapi_consts::UnknownValueError<PhoneButtonState>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneButtonState {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneButtonState {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for PhoneButtonState {}
    #[automatically_derived]
    impl ::core::ops::BitOr for PhoneButtonState {
        type Output = ::tapi_consts::Flags<PhoneButtonState>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<PhoneButtonState> {
            <::tapi_consts::Flags<
                PhoneButtonState,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<PhoneButtonState>>
    for PhoneButtonState {
        type Output = ::tapi_consts::Flags<PhoneButtonState>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<PhoneButtonState>,
        ) -> ::tapi_consts::Flags<PhoneButtonState> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneButtonState, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(PhoneButtonState);
};
///The `PHONEBUTTONSTATE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_phonebuttonstate {
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonState::Up`](super::PhoneButtonState::Up)."
    )]
    pub const PHONEBUTTONSTATE_UP: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonState::Down`](super::PhoneButtonState::Down)."
    )]
    pub const PHONEBUTTONSTATE_DOWN: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonState::Unknown`](super::PhoneButtonState::Unknown)."
    )]
    pub const PHONEBUTTONSTATE_UNKNOWN: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneButtonState::Unavail`](super::PhoneButtonState::Unavail)."
    )]
    pub const PHONEBUTTONSTATE_UNAVAIL: ::core::primitive::u32 = 8;
}
/// Describes how a lamp on a phone set is lit (steady, blinking at some cadence, or off).
///
/// Used by `phoneSetLamp` and `phoneGetLamp` and in the lamp-mode array that `PHONECAPS`
/// points to. Exact blink rates vary by vendor; the values name broad cadences. The upper
/// 16 bits are available for device-specific modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum PhoneLampMode {
    /// The button/lamp position has no lamp at all.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONELAMPMODE_DUMMY` = `0x00000001`")]
    Dummy = 0x0000_0001,
    /// The lamp is not lit.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONELAMPMODE_OFF` = `0x00000002`")]
    Off = 0x0000_0002,
    /// The lamp stays lit without blinking.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONELAMPMODE_STEADY` = `0x00000004`")]
    Steady = 0x0000_0004,
    /// The lamp blinks on and off at a medium (normal) rate.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONELAMPMODE_WINK` = `0x00000008`")]
    Wink = 0x0000_0008,
    /// The lamp blinks on and off slowly.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONELAMPMODE_FLASH` = `0x00000010`")]
    Flash = 0x0000_0010,
    /// The lamp blinks on and off rapidly.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONELAMPMODE_FLUTTER` = `0x00000020`")]
    Flutter = 0x0000_0020,
    /// Rapid blinking interrupted at a slow rate, i.e. the flash and flutter cadences combined.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONELAMPMODE_BROKENFLUTTER` = `0x00000040`")]
    BrokenFlutter = 0x0000_0040,
    /// The current mode of the lamp cannot be determined.
    #[cfg_attr(doc, doc = "")]
    #[cfg_attr(doc, doc = "`PHONELAMPMODE_UNKNOWN` = `0x00000080`")]
    Unknown = 0x0000_0080,
}
const _: () = {
    use ::tapi_consts::__private as __tapi;
    static INFO: __tapi::FamilyInfo = {
        const DOC_LANGUAGES: [&::core::primitive::str; 3usize] = ["en", "de", "fr"];
        fn descriptions() -> &'static [&'static ::core::primitive::str] {
            &[
                ::tapi_consts::__tapi_keep!(
                    "en",
                    "Describes how a lamp on a phone set is lit (steady, blinking at some cadence, or off).\n\nUsed by `phoneSetLamp` and `phoneGetLamp` and in the lamp-mode array that `PHONECAPS` points to. Exact blink rates vary by vendor; the values name broad cadences. The upper 16 bits are available for device-specific modes.The button/lamp position has no lamp at all.The lamp is not lit.The lamp stays lit without blinking.The lamp blinks on and off at a medium (normal) rate.The lamp blinks on and off slowly.The lamp blinks on and off rapidly.Rapid blinking interrupted at a slow rate, i.e. the flash and flutter cadences combined.The current mode of the lamp cannot be determined."
                ),
                ::tapi_consts::__tapi_keep!(
                    "de",
                    "Beschreibt das Leuchtmuster einer Leuchtanzeige am Telefon (dauernd an, Blinken in einem bestimmten Takt oder aus).\n\nVerwendet von `phoneSetLamp` und `phoneGetLamp` sowie im Array der Leuchtmuster, auf das `PHONECAPS` verweist. Die genauen Blinkfrequenzen sind herstellerabhängig; die Werte bezeichnen grobe Takte. Die oberen 16 Bits stehen für gerätespezifische Leuchtmuster zur Verfügung.Die Tasten-/Lampenposition hat überhaupt keine Leuchtanzeige.Die Leuchtanzeige ist aus.Die Leuchtanzeige leuchtet dauernd, ohne zu blinken.Die Leuchtanzeige blinkt in mittlerem (normalem) Takt.Die Leuchtanzeige blinkt langsam.Die Leuchtanzeige blinkt schnell.Schnelles Blinken, das in langsamem Takt unterbrochen wird, also die Kombination aus langsamem (Flash) und schnellem Blinken (Flutter).Das aktuelle Leuchtmuster der Leuchtanzeige lässt sich nicht ermitteln."
                ),
                ::tapi_consts::__tapi_keep!(
                    "fr",
                    "Décrit la façon dont un voyant du poste téléphonique est allumé (fixe, clignotant selon une certaine cadence ou éteint).\n\nUtilisé par `phoneSetLamp` et `phoneGetLamp` et dans le tableau des modes de voyant référencé par `PHONECAPS`. Les cadences exactes varient selon le constructeur ; les valeurs désignent des cadences générales. Les 16 bits de poids fort sont disponibles pour des modes propres au périphérique.La position bouton/voyant ne comporte aucun voyant.Le voyant est éteint.Le voyant reste allumé sans clignoter.Le voyant clignote à une cadence moyenne (normale).Le voyant clignote lentement.Le voyant clignote rapidement.Clignotement rapide interrompu à cadence lente, c’est-à-dire la combinaison des cadences lente (flash) et rapide (flutter).Le mode actuel du voyant ne peut pas être déterminé."
                ),
            ]
        }
        __tapi::FamilyInfo::__new(__tapi::Storage {
            type_name: "PhoneLampMode",
            prefix: "PHONELAMPMODE_",
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
                    "PHONELAMPMODE_DUMMY",
                    "PHONELAMPMODE_OFF",
                    "PHONELAMPMODE_STEADY",
                    "PHONELAMPMODE_WINK",
                    "PHONELAMPMODE_FLASH",
                    "PHONELAMPMODE_FLUTTER",
                    "PHONELAMPMODE_BROKENFLUTTER",
                    "PHONELAMPMODE_UNKNOWN",
                ],
                bits: &[1u64, 2u64, 4u64, 8u64, 16u64, 32u64, 64u64, 128u64],
                details: __tapi::Some(__tapi::Details {
                    doc_languages: &DOC_LANGUAGES,
                    languages: ::tapi_consts::__tapi_languages!(
                        [] ("en" "en") ("de" "de") ("fr" "fr")
                    ),
                    descriptions,
                    records: b"\xFF\xFF\0\0\0\0\0\0\0\x005\x01\0\0\0\0\0\0\x8A\x01\0\0\0\0\0\0\xAD\x01\0\0\xFF\xFF\0\0\0\x005\x01\0\0,\0\0\0\x8A\x01\0\0>\0\0\0\xAD\x01\0\x003\0\0\0\xFF\xFF\0\0\0\0a\x01\0\0\x14\0\0\0\xC8\x01\0\0\x1A\0\0\0\xE0\x01\0\0\x16\0\0\0\xFF\xFF\0\0\0\0u\x01\0\0$\0\0\0\xE2\x01\0\x004\0\0\0\xF6\x01\0\0'\0\0\0\xFF\xFF\0\0\0\0\x99\x01\0\x005\0\0\0\x16\x02\0\x006\0\0\0\x1D\x02\0\x004\0\0\0\xFF\xFF\0\0\0\0\xCE\x01\0\0\"\0\0\0L\x02\0\0!\0\0\0Q\x02\0\0\x1D\0\0\0\xFF\xFF\0\0\0\0\xF0\x01\0\0#\0\0\0m\x02\0\0!\0\0\0n\x02\0\0\x1E\0\0\0\xFF\xFF\0\0\0\0\x13\x02\0\0X\0\0\0\x8E\x02\0\0\x87\0\0\0\x8C\x02\0\0\x7F\0\0\0\xFF\xFF\0\0\0\0k\x02\0\x002\0\0\0\x15\x03\0\0H\0\0\0\x0B\x03\0\x007\0\0\0",
                }),
                index: __tapi::Some(__tapi::Index {
                    keys: &[
                        "PHONELAMPMODE_DUMMY",
                        "PHONELAMPMODE_OFF",
                        "PHONELAMPMODE_STEADY",
                        "PHONELAMPMODE_WINK",
                        "PHONELAMPMODE_FLASH",
                        "PHONELAMPMODE_FLUTTER",
                        "PHONELAMPMODE_BROKENFLUTTER",
                        "PHONELAMPMODE_UNKNOWN",
                        "DUMMY",
                        "OFF",
                        "STEADY",
                        "WINK",
                        "FLASH",
                        "FLUTTER",
                        "BROKENFLUTTER",
                        "UNKNOWN",
                    ],
                    by_value: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0",
                    bit_index: b"\0\0\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF",
                    bit_terms: &[
                        " | PHONELAMPMODE_DUMMY",
                        " | PHONELAMPMODE_OFF",
                        " | PHONELAMPMODE_STEADY",
                        " | PHONELAMPMODE_WINK",
                        " | PHONELAMPMODE_FLASH",
                        " | PHONELAMPMODE_FLUTTER",
                        " | PHONELAMPMODE_BROKENFLUTTER",
                        " | PHONELAMPMODE_UNKNOWN",
                    ],
                    name_hash: __tapi::Some(__tapi::NameHash {
                        full: false,
                        seed: 11562461410679940143u64,
                        shift: 57u32,
                        slots: b"\xFF\xFF\xFF\xFF\x03\0\x03\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\0\x02\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x05\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0B\0\x03\0\x04\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\r\0\x05\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x08\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\t\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x07\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\0\x01\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x06\0\x06\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n\0\x02\0\x0F\0\x07\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0C\0\x04\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x0E\0\x06\0\xFF\xFF\xFF\xFF",
                    }),
                }),
            },
        })
    };
    #[cfg_attr(
        doc,
        doc = "Constants of the `PHONELAMPMODE_` family (bit flags, `u32`); requires TAPI 2.0; defined in `tapi.h`.\n\nA set of them is a [`Flags<PhoneLampMode>`](::tapi_consts::Flags), named [`PhoneLampModeSet`](crate::families::PhoneLampModeSet), written `A | B | 0x40`; `|` between members makes one.\n\n| Constant | Value |\n|---|---|\n| `PHONELAMPMODE_DUMMY` | `0x00000001` |\n| `PHONELAMPMODE_OFF` | `0x00000002` |\n| `PHONELAMPMODE_STEADY` | `0x00000004` |\n| `PHONELAMPMODE_WINK` | `0x00000008` |\n| `PHONELAMPMODE_FLASH` | `0x00000010` |\n| `PHONELAMPMODE_FLUTTER` | `0x00000020` |\n| `PHONELAMPMODE_BROKENFLUTTER` | `0x00000040` |\n| `PHONELAMPMODE_UNKNOWN` | `0x00000080` |\n\n# Deutsch\n\nBeschreibt das Leuchtmuster einer Leuchtanzeige am Telefon (dauernd an, Blinken in einem bestimmten Takt oder aus).<br><br>Verwendet von `phoneSetLamp` und `phoneGetLamp` sowie im Array der Leuchtmuster, auf das `PHONECAPS` verweist. Die genauen Blinkfrequenzen sind herstellerabhängig; die Werte bezeichnen grobe Takte. Die oberen 16 Bits stehen für gerätespezifische Leuchtmuster zur Verfügung.\n\n- `PHONELAMPMODE_DUMMY`: Die Tasten-/Lampenposition hat überhaupt keine Leuchtanzeige.\n- `PHONELAMPMODE_OFF`: Die Leuchtanzeige ist aus.\n- `PHONELAMPMODE_STEADY`: Die Leuchtanzeige leuchtet dauernd, ohne zu blinken.\n- `PHONELAMPMODE_WINK`: Die Leuchtanzeige blinkt in mittlerem (normalem) Takt.\n- `PHONELAMPMODE_FLASH`: Die Leuchtanzeige blinkt langsam.\n- `PHONELAMPMODE_FLUTTER`: Die Leuchtanzeige blinkt schnell.\n- `PHONELAMPMODE_BROKENFLUTTER`: Schnelles Blinken, das in langsamem Takt unterbrochen wird, also die Kombination aus langsamem (Flash) und schnellem Blinken (Flutter).\n- `PHONELAMPMODE_UNKNOWN`: Das aktuelle Leuchtmuster der Leuchtanzeige lässt sich nicht ermitteln.\n\n# Français\n\nDécrit la façon dont un voyant du poste téléphonique est allumé (fixe, clignotant selon une certaine cadence ou éteint).<br><br>Utilisé par `phoneSetLamp` et `phoneGetLamp` et dans le tableau des modes de voyant référencé par `PHONECAPS`. Les cadences exactes varient selon le constructeur ; les valeurs désignent des cadences générales. Les 16 bits de poids fort sont disponibles pour des modes propres au périphérique.\n\n- `PHONELAMPMODE_DUMMY`: La position bouton/voyant ne comporte aucun voyant.\n- `PHONELAMPMODE_OFF`: Le voyant est éteint.\n- `PHONELAMPMODE_STEADY`: Le voyant reste allumé sans clignoter.\n- `PHONELAMPMODE_WINK`: Le voyant clignote à une cadence moyenne (normale).\n- `PHONELAMPMODE_FLASH`: Le voyant clignote lentement.\n- `PHONELAMPMODE_FLUTTER`: Le voyant clignote rapidement.\n- `PHONELAMPMODE_BROKENFLUTTER`: Clignotement rapide interrompu à cadence lente, c’est-à-dire la combinaison des cadences lente (flash) et rapide (flutter).\n- `PHONELAMPMODE_UNKNOWN`: Le mode actuel du voyant ne peut pas être déterminé.\n"
    )]
    impl PhoneLampMode {
        /// Every member, in declaration order.
        pub const ALL: &'static [Self] = &[
            Self::Dummy,
            Self::Off,
            Self::Steady,
            Self::Wink,
            Self::Flash,
            Self::Flutter,
            Self::BrokenFlutter,
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
                1 => __tapi::Some(Self::Dummy),
                2 => __tapi::Some(Self::Off),
                4 => __tapi::Some(Self::Steady),
                8 => __tapi::Some(Self::Wink),
                16 => __tapi::Some(Self::Flash),
                32 => __tapi::Some(Self::Flutter),
                64 => __tapi::Some(Self::BrokenFlutter),
                128 => __tapi::Some(Self::Unknown),
                _ => __tapi::None,
            }
        }
        /// The full C name, such as `PHONELAMPMODE_DUMMY`; `{:#}` in `format!` gives the short name.
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
    impl ::tapi_consts::ConstFamily for PhoneLampMode {
        type Repr = ::core::primitive::u32;
        const INFO: &'static ::tapi_consts::FamilyInfo = &INFO;
        const ALL: &'static [Self] = Self::ALL;
        #[inline]
        fn index(self) -> ::core::primitive::usize {
            self.__tapi_index()
        }
    }
    #[automatically_derived]
    impl ::core::convert::From<PhoneLampMode> for ::core::primitive::u32 {
        #[inline]
        fn from(member: PhoneLampMode) -> Self {
            member as ::core::primitive::u32
        }
    }
    #[automatically_derived]
    impl ::core::convert::TryFrom<::core::primitive::u32> for PhoneLampMode {
        type Error = ::tapi_consts::UnknownValueError<PhoneLampMode>;
        #[inline]
        fn try_from(
            value: ::core::primitive::u32,
        ) -> ::core::result::Result<Self, Self::Error> {
            __tapi::try_from_value(value)
        }
    }
    #[automatically_derived]
    impl ::core::str::FromStr for PhoneLampMode {
        type Err = ::tapi_consts::ParseError;
        #[inline]
        fn from_str(
            text: &::core::primitive::str,
        ) -> ::core::result::Result<Self, Self::Err> {
            __tapi::parse_member(text)
        }
    }
    #[automatically_derived]
    impl ::core::fmt::Display for PhoneLampMode {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.pad(if f.alternate() { self.short_name() } else { self.name() })
        }
    }
    #[automatically_derived]
    impl ::tapi_consts::FlagFamily for PhoneLampMode {}
    #[automatically_derived]
    impl ::core::ops::BitOr for PhoneLampMode {
        type Output = ::tapi_consts::Flags<PhoneLampMode>;
        #[inline]
        fn bitor(self, other: Self) -> ::tapi_consts::Flags<PhoneLampMode> {
            <::tapi_consts::Flags<
                PhoneLampMode,
            > as ::core::convert::From<Self>>::from(self) | other
        }
    }
    #[automatically_derived]
    #[doc(hidden)]
    impl ::core::ops::BitOr<::tapi_consts::Flags<PhoneLampMode>> for PhoneLampMode {
        type Output = ::tapi_consts::Flags<PhoneLampMode>;
        #[inline]
        fn bitor(
            self,
            other: ::tapi_consts::Flags<PhoneLampMode>,
        ) -> ::tapi_consts::Flags<PhoneLampMode> {
            other | self
        }
    }
    ::tapi_consts::__tapi_windows_impls!(PhoneLampMode, ::core::primitive::u32);
    ::tapi_consts::__tapi_optional_impls!(PhoneLampMode);
};
///The `PHONELAMPMODE_*` constants under their C names.
#[doc(hidden)]
#[allow(non_snake_case)]
#[cfg_attr(not(doc), allow(missing_docs))]
pub mod c_phonelampmode {
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneLampMode::Dummy`](super::PhoneLampMode::Dummy)."
    )]
    pub const PHONELAMPMODE_DUMMY: ::core::primitive::u32 = 1;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneLampMode::Off`](super::PhoneLampMode::Off)."
    )]
    pub const PHONELAMPMODE_OFF: ::core::primitive::u32 = 2;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneLampMode::Steady`](super::PhoneLampMode::Steady)."
    )]
    pub const PHONELAMPMODE_STEADY: ::core::primitive::u32 = 4;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneLampMode::Wink`](super::PhoneLampMode::Wink)."
    )]
    pub const PHONELAMPMODE_WINK: ::core::primitive::u32 = 8;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneLampMode::Flash`](super::PhoneLampMode::Flash)."
    )]
    pub const PHONELAMPMODE_FLASH: ::core::primitive::u32 = 16;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneLampMode::Flutter`](super::PhoneLampMode::Flutter)."
    )]
    pub const PHONELAMPMODE_FLUTTER: ::core::primitive::u32 = 32;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneLampMode::BrokenFlutter`](super::PhoneLampMode::BrokenFlutter)."
    )]
    pub const PHONELAMPMODE_BROKENFLUTTER: ::core::primitive::u32 = 64;
    #[cfg_attr(
        doc,
        doc = "The value of [`PhoneLampMode::Unknown`](super::PhoneLampMode::Unknown)."
    )]
    pub const PHONELAMPMODE_UNKNOWN: ::core::primitive::u32 = 128;
}
