use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[tapi(prefix = "ACME_")]
struct Acme;

fn main() {}
