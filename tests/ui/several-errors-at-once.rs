use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[repr(u32)]
#[tapi(prefix = "acme", since = "2", colour = "red")]
enum Acme {
    Idle = 1 << 2,
    Busy,
    Ready(u32) = 2,
    #[tapi(doc(french = "Prêt."), name = "NOT-READY")]
    NotReady = 3,
}

fn main() {}
