use tapi_consts::ConstFamily;

#[derive(ConstFamily)]
#[tapi(prefix = "ACME_")]
union Acme {
    value: u32,
}

fn main() {}
