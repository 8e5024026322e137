//! The mails of `understand_classes.rs`: a tuning part and an aside part per class.

use guichet::directory::{Directory, School};
use guichet::uai::Uai;
use guichet::understand::{Context, Kind, Urgency};

mod aside10;
mod aside100;
mod aside101;
mod aside102;
mod aside103;
mod aside104;
mod aside105;
mod aside106;
mod aside107;
mod aside108;
mod aside109;
mod aside11;
mod aside110;
mod aside111;
mod aside112;
mod aside113;
mod aside114;
mod aside115;
mod aside116;
mod aside117;
mod aside118;
mod aside119;
mod aside12;
mod aside120;
mod aside121;
mod aside122;
mod aside123;
mod aside124;
mod aside125;
mod aside126;
mod aside127;
mod aside128;
mod aside129;
mod aside13;
mod aside130;
mod aside131;
mod aside132;
mod aside133;
mod aside134;
mod aside135;
mod aside136;
mod aside137;
mod aside138;
mod aside139;
mod aside14;
mod aside140;
mod aside141;
mod aside142;
mod aside143;
mod aside144;
mod aside145;
mod aside146;
mod aside147;
mod aside148;
mod aside149;
mod aside15;
mod aside150;
mod aside151;
mod aside152;
mod aside153;
mod aside154;
mod aside155;
mod aside156;
mod aside157;
mod aside158;
mod aside159;
mod aside16;
mod aside160;
mod aside161;
mod aside162;
mod aside163;
mod aside164;
mod aside165;
mod aside166;
mod aside167;
mod aside168;
mod aside169;
mod aside17;
mod aside170;
mod aside171;
mod aside172;
mod aside173;
mod aside174;
mod aside175;
mod aside176;
mod aside177;
mod aside178;
mod aside179;
mod aside18;
mod aside180;
mod aside181;
mod aside182;
mod aside183;
mod aside184;
mod aside185;
mod aside186;
mod aside187;
mod aside188;
mod aside189;
mod aside19;
mod aside190;
mod aside191;
mod aside192;
mod aside193;
mod aside194;
mod aside195;
mod aside196;
mod aside197;
mod aside198;
mod aside199;
mod aside20;
mod aside200;
mod aside201;
mod aside202;
mod aside203;
mod aside204;
mod aside205;
mod aside206;
mod aside207;
mod aside208;
mod aside209;
mod aside21;
mod aside210;
mod aside211;
mod aside212;
mod aside213;
mod aside214;
mod aside215;
mod aside216;
mod aside217;
mod aside218;
mod aside219;
mod aside22;
mod aside220;
mod aside221;
mod aside222;
mod aside223;
mod aside224;
mod aside225;
mod aside226;
mod aside227;
mod aside228;
mod aside229;
mod aside23;
mod aside230;
mod aside231;
mod aside232;
mod aside233;
mod aside234;
mod aside235;
mod aside236;
mod aside237;
mod aside238;
mod aside239;
mod aside24;
mod aside240;
mod aside241;
mod aside242;
mod aside243;
mod aside244;
mod aside245;
mod aside246;
mod aside247;
mod aside248;
mod aside249;
mod aside25;
mod aside250;
mod aside251;
mod aside252;
mod aside253;
mod aside254;
mod aside255;
mod aside256;
mod aside257;
mod aside258;
mod aside259;
mod aside26;
mod aside260;
mod aside261;
mod aside262;
mod aside263;
mod aside264;
mod aside265;
mod aside266;
mod aside267;
mod aside268;
mod aside269;
mod aside27;
mod aside270;
mod aside271;
mod aside272;
mod aside273;
mod aside274;
mod aside275;
mod aside276;
mod aside277;
mod aside278;
mod aside279;
mod aside28;
mod aside280;
mod aside281;
mod aside282;
mod aside283;
mod aside284;
mod aside285;
mod aside286;
mod aside287;
mod aside288;
mod aside289;
mod aside29;
mod aside290;
mod aside291;
mod aside292;
mod aside293;
mod aside294;
mod aside295;
mod aside296;
mod aside297;
mod aside298;
mod aside299;
mod aside30;
mod aside300;
mod aside301;
mod aside302;
mod aside303;
mod aside304;
mod aside305;
mod aside306;
mod aside307;
mod aside308;
mod aside309;
mod aside31;
mod aside310;
mod aside311;
mod aside312;
mod aside313;
mod aside314;
mod aside315;
mod aside316;
mod aside317;
mod aside318;
mod aside319;
mod aside32;
mod aside320;
mod aside321;
mod aside322;
mod aside323;
mod aside324;
mod aside325;
mod aside326;
mod aside327;
mod aside328;
mod aside329;
mod aside33;
mod aside330;
mod aside331;
mod aside332;
mod aside333;
mod aside334;
mod aside335;
mod aside336;
mod aside337;
mod aside338;
mod aside339;
mod aside34;
mod aside340;
mod aside341;
mod aside342;
mod aside343;
mod aside344;
mod aside345;
mod aside346;
mod aside347;
mod aside348;
mod aside349;
mod aside35;
mod aside350;
mod aside351;
mod aside352;
mod aside353;
mod aside354;
mod aside355;
mod aside356;
mod aside357;
mod aside358;
mod aside359;
mod aside36;
mod aside360;
mod aside361;
mod aside362;
mod aside363;
mod aside364;
mod aside365;
mod aside366;
mod aside367;
mod aside368;
mod aside369;
mod aside37;
mod aside370;
mod aside371;
mod aside372;
mod aside373;
mod aside374;
mod aside375;
mod aside376;
mod aside377;
mod aside378;
mod aside379;
mod aside38;
mod aside380;
mod aside381;
mod aside382;
mod aside383;
mod aside384;
mod aside385;
mod aside386;
mod aside387;
mod aside388;
mod aside389;
mod aside39;
mod aside390;
mod aside391;
mod aside392;
mod aside393;
mod aside394;
mod aside395;
mod aside396;
mod aside397;
mod aside398;
mod aside399;
mod aside4;
mod aside40;
mod aside400;
mod aside401;
mod aside402;
mod aside403;
mod aside404;
mod aside405;
mod aside406;
mod aside407;
mod aside408;
mod aside409;
mod aside41;
mod aside410;
mod aside411;
mod aside412;
mod aside413;
mod aside414;
mod aside415;
mod aside416;
mod aside417;
mod aside418;
mod aside419;
mod aside42;
mod aside420;
mod aside421;
mod aside422;
mod aside423;
mod aside424;
mod aside425;
mod aside426;
mod aside427;
mod aside428;
mod aside429;
mod aside43;
mod aside430;
mod aside431;
mod aside432;
mod aside433;
mod aside434;
mod aside435;
mod aside436;
mod aside437;
mod aside438;
mod aside439;
mod aside44;
mod aside440;
mod aside441;
mod aside442;
mod aside443;
mod aside444;
mod aside445;
mod aside446;
mod aside45;
mod aside46;
mod aside47;
mod aside48;
mod aside49;
mod aside5;
mod aside50;
mod aside51;
mod aside52;
mod aside53;
mod aside54;
mod aside55;
mod aside56;
mod aside57;
mod aside58;
mod aside59;
mod aside6;
mod aside60;
mod aside61;
mod aside62;
mod aside63;
mod aside64;
mod aside65;
mod aside66;
mod aside67;
mod aside68;
mod aside69;
mod aside7;
mod aside70;
mod aside71;
mod aside72;
mod aside73;
mod aside74;
mod aside75;
mod aside76;
mod aside77;
mod aside78;
mod aside79;
mod aside8;
mod aside80;
mod aside81;
mod aside82;
mod aside83;
mod aside84;
mod aside85;
mod aside86;
mod aside87;
mod aside88;
mod aside89;
mod aside9;
mod aside90;
mod aside91;
mod aside92;
mod aside93;
mod aside94;
mod aside95;
mod aside96;
mod aside97;
mod aside98;
mod aside99;
pub use aside10::ASIDE_10;
pub use aside100::ASIDE_100;
pub use aside101::ASIDE_101;
pub use aside102::ASIDE_102;
pub use aside103::ASIDE_103;
pub use aside104::ASIDE_104;
pub use aside105::ASIDE_105;
pub use aside106::ASIDE_106;
pub use aside107::ASIDE_107;
pub use aside108::ASIDE_108;
pub use aside109::ASIDE_109;
pub use aside11::ASIDE_11;
pub use aside110::ASIDE_110;
pub use aside111::ASIDE_111;
pub use aside112::ASIDE_112;
pub use aside113::ASIDE_113;
pub use aside114::ASIDE_114;
pub use aside115::ASIDE_115;
pub use aside116::ASIDE_116;
pub use aside117::ASIDE_117;
pub use aside118::ASIDE_118;
pub use aside119::ASIDE_119;
pub use aside12::ASIDE_12;
pub use aside120::ASIDE_120;
pub use aside121::ASIDE_121;
pub use aside122::ASIDE_122;
pub use aside123::ASIDE_123;
pub use aside124::ASIDE_124;
pub use aside125::ASIDE_125;
pub use aside126::ASIDE_126;
pub use aside127::ASIDE_127;
pub use aside128::ASIDE_128;
pub use aside129::ASIDE_129;
pub use aside13::ASIDE_13;
pub use aside130::ASIDE_130;
pub use aside131::ASIDE_131;
pub use aside132::ASIDE_132;
pub use aside133::ASIDE_133;
pub use aside134::ASIDE_134;
pub use aside135::ASIDE_135;
pub use aside136::ASIDE_136;
pub use aside137::ASIDE_137;
pub use aside138::ASIDE_138;
pub use aside139::ASIDE_139;
pub use aside14::ASIDE_14;
pub use aside140::ASIDE_140;
pub use aside141::ASIDE_141;
pub use aside142::ASIDE_142;
pub use aside143::ASIDE_143;
pub use aside144::ASIDE_144;
pub use aside145::ASIDE_145;
pub use aside146::ASIDE_146;
pub use aside147::ASIDE_147;
pub use aside148::ASIDE_148;
pub use aside149::ASIDE_149;
pub use aside15::ASIDE_15;
pub use aside150::ASIDE_150;
pub use aside151::ASIDE_151;
pub use aside152::ASIDE_152;
pub use aside153::ASIDE_153;
pub use aside154::ASIDE_154;
pub use aside155::ASIDE_155;
pub use aside156::ASIDE_156;
pub use aside157::ASIDE_157;
pub use aside158::ASIDE_158;
pub use aside159::ASIDE_159;
pub use aside16::ASIDE_16;
pub use aside160::ASIDE_160;
pub use aside161::ASIDE_161;
pub use aside162::ASIDE_162;
pub use aside163::ASIDE_163;
pub use aside164::ASIDE_164;
pub use aside165::ASIDE_165;
pub use aside166::ASIDE_166;
pub use aside167::ASIDE_167;
pub use aside168::ASIDE_168;
pub use aside169::ASIDE_169;
pub use aside17::ASIDE_17;
pub use aside170::ASIDE_170;
pub use aside171::ASIDE_171;
pub use aside172::ASIDE_172;
pub use aside173::ASIDE_173;
pub use aside174::ASIDE_174;
pub use aside175::ASIDE_175;
pub use aside176::ASIDE_176;
pub use aside177::ASIDE_177;
pub use aside178::ASIDE_178;
pub use aside179::ASIDE_179;
pub use aside18::ASIDE_18;
pub use aside180::ASIDE_180;
pub use aside181::ASIDE_181;
pub use aside182::ASIDE_182;
pub use aside183::ASIDE_183;
pub use aside184::ASIDE_184;
pub use aside185::ASIDE_185;
pub use aside186::ASIDE_186;
pub use aside187::ASIDE_187;
pub use aside188::ASIDE_188;
pub use aside189::ASIDE_189;
pub use aside19::ASIDE_19;
pub use aside190::ASIDE_190;
pub use aside191::ASIDE_191;
pub use aside192::ASIDE_192;
pub use aside193::ASIDE_193;
pub use aside194::ASIDE_194;
pub use aside195::ASIDE_195;
pub use aside196::ASIDE_196;
pub use aside197::ASIDE_197;
pub use aside198::ASIDE_198;
pub use aside199::ASIDE_199;
pub use aside20::ASIDE_20;
pub use aside200::ASIDE_200;
pub use aside201::ASIDE_201;
pub use aside202::ASIDE_202;
pub use aside203::ASIDE_203;
pub use aside204::ASIDE_204;
pub use aside205::ASIDE_205;
pub use aside206::ASIDE_206;
pub use aside207::ASIDE_207;
pub use aside208::ASIDE_208;
pub use aside209::ASIDE_209;
pub use aside21::ASIDE_21;
pub use aside210::ASIDE_210;
pub use aside211::ASIDE_211;
pub use aside212::ASIDE_212;
pub use aside213::ASIDE_213;
pub use aside214::ASIDE_214;
pub use aside215::ASIDE_215;
pub use aside216::ASIDE_216;
pub use aside217::ASIDE_217;
pub use aside218::ASIDE_218;
pub use aside219::ASIDE_219;
pub use aside22::ASIDE_22;
pub use aside220::ASIDE_220;
pub use aside221::ASIDE_221;
pub use aside222::ASIDE_222;
pub use aside223::ASIDE_223;
pub use aside224::ASIDE_224;
pub use aside225::ASIDE_225;
pub use aside226::ASIDE_226;
pub use aside227::ASIDE_227;
pub use aside228::ASIDE_228;
pub use aside229::ASIDE_229;
pub use aside23::ASIDE_23;
pub use aside230::ASIDE_230;
pub use aside231::ASIDE_231;
pub use aside232::ASIDE_232;
pub use aside233::ASIDE_233;
pub use aside234::ASIDE_234;
pub use aside235::ASIDE_235;
pub use aside236::ASIDE_236;
pub use aside237::ASIDE_237;
pub use aside238::ASIDE_238;
pub use aside239::ASIDE_239;
pub use aside24::ASIDE_24;
pub use aside240::ASIDE_240;
pub use aside241::ASIDE_241;
pub use aside242::ASIDE_242;
pub use aside243::ASIDE_243;
pub use aside244::ASIDE_244;
pub use aside245::ASIDE_245;
pub use aside246::ASIDE_246;
pub use aside247::ASIDE_247;
pub use aside248::ASIDE_248;
pub use aside249::ASIDE_249;
pub use aside25::ASIDE_25;
pub use aside250::ASIDE_250;
pub use aside251::ASIDE_251;
pub use aside252::ASIDE_252;
pub use aside253::ASIDE_253;
pub use aside254::ASIDE_254;
pub use aside255::ASIDE_255;
pub use aside256::ASIDE_256;
pub use aside257::ASIDE_257;
pub use aside258::ASIDE_258;
pub use aside259::ASIDE_259;
pub use aside26::ASIDE_26;
pub use aside260::ASIDE_260;
pub use aside261::ASIDE_261;
pub use aside262::ASIDE_262;
pub use aside263::ASIDE_263;
pub use aside264::ASIDE_264;
pub use aside265::ASIDE_265;
pub use aside266::ASIDE_266;
pub use aside267::ASIDE_267;
pub use aside268::ASIDE_268;
pub use aside269::ASIDE_269;
pub use aside27::ASIDE_27;
pub use aside270::ASIDE_270;
pub use aside271::ASIDE_271;
pub use aside272::ASIDE_272;
pub use aside273::ASIDE_273;
pub use aside274::ASIDE_274;
pub use aside275::ASIDE_275;
pub use aside276::ASIDE_276;
pub use aside277::ASIDE_277;
pub use aside278::ASIDE_278;
pub use aside279::ASIDE_279;
pub use aside28::ASIDE_28;
pub use aside280::ASIDE_280;
pub use aside281::ASIDE_281;
pub use aside282::ASIDE_282;
pub use aside283::ASIDE_283;
pub use aside284::ASIDE_284;
pub use aside285::ASIDE_285;
pub use aside286::ASIDE_286;
pub use aside287::ASIDE_287;
pub use aside288::ASIDE_288;
pub use aside289::ASIDE_289;
pub use aside29::ASIDE_29;
pub use aside290::ASIDE_290;
pub use aside291::ASIDE_291;
pub use aside292::ASIDE_292;
pub use aside293::ASIDE_293;
pub use aside294::ASIDE_294;
pub use aside295::ASIDE_295;
pub use aside296::ASIDE_296;
pub use aside297::ASIDE_297;
pub use aside298::ASIDE_298;
pub use aside299::ASIDE_299;
pub use aside30::ASIDE_30;
pub use aside300::ASIDE_300;
pub use aside301::ASIDE_301;
pub use aside302::ASIDE_302;
pub use aside303::ASIDE_303;
pub use aside304::ASIDE_304;
pub use aside305::ASIDE_305;
pub use aside306::ASIDE_306;
pub use aside307::ASIDE_307;
pub use aside308::ASIDE_308;
pub use aside309::ASIDE_309;
pub use aside31::ASIDE_31;
pub use aside310::ASIDE_310;
pub use aside311::ASIDE_311;
pub use aside312::ASIDE_312;
pub use aside313::ASIDE_313;
pub use aside314::ASIDE_314;
pub use aside315::ASIDE_315;
pub use aside316::ASIDE_316;
pub use aside317::ASIDE_317;
pub use aside318::ASIDE_318;
pub use aside319::ASIDE_319;
pub use aside32::ASIDE_32;
pub use aside320::ASIDE_320;
pub use aside321::ASIDE_321;
pub use aside322::ASIDE_322;
pub use aside323::ASIDE_323;
pub use aside324::ASIDE_324;
pub use aside325::ASIDE_325;
pub use aside326::ASIDE_326;
pub use aside327::ASIDE_327;
pub use aside328::ASIDE_328;
pub use aside329::ASIDE_329;
pub use aside33::ASIDE_33;
pub use aside330::ASIDE_330;
pub use aside331::ASIDE_331;
pub use aside332::ASIDE_332;
pub use aside333::ASIDE_333;
pub use aside334::ASIDE_334;
pub use aside335::ASIDE_335;
pub use aside336::ASIDE_336;
pub use aside337::ASIDE_337;
pub use aside338::ASIDE_338;
pub use aside339::ASIDE_339;
pub use aside34::ASIDE_34;
pub use aside340::ASIDE_340;
pub use aside341::ASIDE_341;
pub use aside342::ASIDE_342;
pub use aside343::ASIDE_343;
pub use aside344::ASIDE_344;
pub use aside345::ASIDE_345;
pub use aside346::ASIDE_346;
pub use aside347::ASIDE_347;
pub use aside348::ASIDE_348;
pub use aside349::ASIDE_349;
pub use aside35::ASIDE_35;
pub use aside350::ASIDE_350;
pub use aside351::ASIDE_351;
pub use aside352::ASIDE_352;
pub use aside353::ASIDE_353;
pub use aside354::ASIDE_354;
pub use aside355::ASIDE_355;
pub use aside356::ASIDE_356;
pub use aside357::ASIDE_357;
pub use aside358::ASIDE_358;
pub use aside359::ASIDE_359;
pub use aside36::ASIDE_36;
pub use aside360::ASIDE_360;
pub use aside361::ASIDE_361;
pub use aside362::ASIDE_362;
pub use aside363::ASIDE_363;
pub use aside364::ASIDE_364;
pub use aside365::ASIDE_365;
pub use aside366::ASIDE_366;
pub use aside367::ASIDE_367;
pub use aside368::ASIDE_368;
pub use aside369::ASIDE_369;
pub use aside37::ASIDE_37;
pub use aside370::ASIDE_370;
pub use aside371::ASIDE_371;
pub use aside372::ASIDE_372;
pub use aside373::ASIDE_373;
pub use aside374::ASIDE_374;
pub use aside375::ASIDE_375;
pub use aside376::ASIDE_376;
pub use aside377::ASIDE_377;
pub use aside378::ASIDE_378;
pub use aside379::ASIDE_379;
pub use aside38::ASIDE_38;
pub use aside380::ASIDE_380;
pub use aside381::ASIDE_381;
pub use aside382::ASIDE_382;
pub use aside383::ASIDE_383;
pub use aside384::ASIDE_384;
pub use aside385::ASIDE_385;
pub use aside386::ASIDE_386;
pub use aside387::ASIDE_387;
pub use aside388::ASIDE_388;
pub use aside389::ASIDE_389;
pub use aside39::ASIDE_39;
pub use aside390::ASIDE_390;
pub use aside391::ASIDE_391;
pub use aside392::ASIDE_392;
pub use aside393::ASIDE_393;
pub use aside394::ASIDE_394;
pub use aside395::ASIDE_395;
pub use aside396::ASIDE_396;
pub use aside397::ASIDE_397;
pub use aside398::ASIDE_398;
pub use aside399::ASIDE_399;
pub use aside4::ASIDE_4;
pub use aside40::ASIDE_40;
pub use aside400::ASIDE_400;
pub use aside401::ASIDE_401;
pub use aside402::ASIDE_402;
pub use aside403::ASIDE_403;
pub use aside404::ASIDE_404;
pub use aside405::ASIDE_405;
pub use aside406::ASIDE_406;
pub use aside407::ASIDE_407;
pub use aside408::ASIDE_408;
pub use aside409::ASIDE_409;
pub use aside41::ASIDE_41;
pub use aside410::ASIDE_410;
pub use aside411::ASIDE_411;
pub use aside412::ASIDE_412;
pub use aside413::ASIDE_413;
pub use aside414::ASIDE_414;
pub use aside415::ASIDE_415;
pub use aside416::ASIDE_416;
pub use aside417::ASIDE_417;
pub use aside418::ASIDE_418;
pub use aside419::ASIDE_419;
pub use aside42::ASIDE_42;
pub use aside420::ASIDE_420;
pub use aside421::ASIDE_421;
pub use aside422::ASIDE_422;
pub use aside423::ASIDE_423;
pub use aside424::ASIDE_424;
pub use aside425::ASIDE_425;
pub use aside426::ASIDE_426;
pub use aside427::ASIDE_427;
pub use aside428::ASIDE_428;
pub use aside429::ASIDE_429;
pub use aside43::ASIDE_43;
pub use aside430::ASIDE_430;
pub use aside431::ASIDE_431;
pub use aside432::ASIDE_432;
pub use aside433::ASIDE_433;
pub use aside434::ASIDE_434;
pub use aside435::ASIDE_435;
pub use aside436::ASIDE_436;
pub use aside437::ASIDE_437;
pub use aside438::ASIDE_438;
pub use aside439::ASIDE_439;
pub use aside44::ASIDE_44;
pub use aside440::ASIDE_440;
pub use aside441::ASIDE_441;
pub use aside442::ASIDE_442;
pub use aside443::ASIDE_443;
pub use aside444::ASIDE_444;
pub use aside445::ASIDE_445;
pub use aside446::ASIDE_446;
pub use aside45::ASIDE_45;
pub use aside46::ASIDE_46;
pub use aside47::ASIDE_47;
pub use aside48::ASIDE_48;
pub use aside49::ASIDE_49;
pub use aside5::ASIDE_5;
pub use aside50::ASIDE_50;
pub use aside51::ASIDE_51;
pub use aside52::ASIDE_52;
pub use aside53::ASIDE_53;
pub use aside54::ASIDE_54;
pub use aside55::ASIDE_55;
pub use aside56::ASIDE_56;
pub use aside57::ASIDE_57;
pub use aside58::ASIDE_58;
pub use aside59::ASIDE_59;
pub use aside6::ASIDE_6;
pub use aside60::ASIDE_60;
pub use aside61::ASIDE_61;
pub use aside62::ASIDE_62;
pub use aside63::ASIDE_63;
pub use aside64::ASIDE_64;
pub use aside65::ASIDE_65;
pub use aside66::ASIDE_66;
pub use aside67::ASIDE_67;
pub use aside68::ASIDE_68;
pub use aside69::ASIDE_69;
pub use aside7::ASIDE_7;
pub use aside70::ASIDE_70;
pub use aside71::ASIDE_71;
pub use aside72::ASIDE_72;
pub use aside73::ASIDE_73;
pub use aside74::ASIDE_74;
pub use aside75::ASIDE_75;
pub use aside76::ASIDE_76;
pub use aside77::ASIDE_77;
pub use aside78::ASIDE_78;
pub use aside79::ASIDE_79;
pub use aside8::ASIDE_8;
pub use aside80::ASIDE_80;
pub use aside81::ASIDE_81;
pub use aside82::ASIDE_82;
pub use aside83::ASIDE_83;
pub use aside84::ASIDE_84;
pub use aside85::ASIDE_85;
pub use aside86::ASIDE_86;
pub use aside87::ASIDE_87;
pub use aside88::ASIDE_88;
pub use aside89::ASIDE_89;
pub use aside9::ASIDE_9;
pub use aside90::ASIDE_90;
pub use aside91::ASIDE_91;
pub use aside92::ASIDE_92;
pub use aside93::ASIDE_93;
pub use aside94::ASIDE_94;
pub use aside95::ASIDE_95;
pub use aside96::ASIDE_96;
pub use aside97::ASIDE_97;
pub use aside98::ASIDE_98;
pub use aside99::ASIDE_99;

pub struct Case {
    pub class: &'static str,
    pub name: &'static str,
    /// Header lines, `\n`-separated.
    pub headers: &'static str,
    pub body: &'static str,
    pub kind: Kind,
    pub urgency: Option<Urgency>,
    pub uai: Option<&'static str>,
}

fn school(uai: &str, name: &str, correspondant: &str, suppleant: Option<&str>) -> School {
    School {
        uai: Uai::parse(uai).expect("valid test UAI"),
        name: name.into(),
        town: "Ville".into(),
        correspondant_email: correspondant.into(),
        suppleant_email: suppleant.map(str::to_string),
    }
}

/// The schools the tables' senders write for.
pub fn directory() -> Directory {
    Directory::new([
        school("0691234S", "Lycée Ampère", "claire.dubois@ac-lyon.example", Some("marc.petit@ac-lyon.example")),
        school("0130456A", "Collège Mistral", "j.martin@ac-aix.example", None),
        school("0751043B", "Lycée Voltaire", "sandrine.morel@ac-paris.example", None),
        school("0330789D", "Collège Montaigne", "anne.leroux@ac-bordeaux.example", Some("tice@region.example")),
        school("0595012C", "Lycée Faidherbe", "paul.henry@ac-lille.example", Some("tice@region.example")),
    ])
}

/// The desk's context for reading the tables' mails.
pub fn context(directory: &Directory) -> Context<'_> {
    Context {
        directory,
        own_domain: Some("cesame.example"),
        subject_label: "CESAME",
        contractors: &[],
        platforms: &[],
        authserv_id: None,
        model: None,
    }
}

impl Case {
    /// The mail as a client would send it: the header lines, a UTF-8 text type unless one is
    /// given, the body with CRLF line ends.
    pub fn raw(&self) -> String {
        let mut raw = String::new();
        for line in self.headers.lines() {
            raw.push_str(line.trim_start());
            raw.push_str("\r\n");
        }
        if !self.headers.to_ascii_lowercase().contains("content-type:") {
            raw.push_str("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n");
        }
        raw.push_str("\r\n");
        raw.push_str(&self.body.replace('\n', "\r\n"));
        raw
    }
}

const fn case(
    class: &'static str,
    name: &'static str,
    headers: &'static str,
    body: &'static str,
    kind: Kind,
    urgency: Option<Urgency>,
    uai: Option<&'static str>,
) -> Case {
    Case { class, name, headers, body, kind, urgency, uai }
}

use Kind::*;
use Urgency::*;

/// Every part in the order it was written (the tuning part grew with the early rounds), by
/// number: 0 the tuning part, then the aside parts.
pub const PARTS: &[(u32, &[Case])] = &[
    (0, TUNING),
    (1, ASIDE),
    (2, ASIDE_2),
    (3, ASIDE_3),
    (4, ASIDE_4),
    (5, ASIDE_5),
    (6, ASIDE_6),
    (7, ASIDE_7),
    (8, ASIDE_8),
    (9, ASIDE_9),
    (10, ASIDE_10),
    (11, ASIDE_11),
    (12, ASIDE_12),
    (13, ASIDE_13),
    (14, ASIDE_14),
    (15, ASIDE_15),
    (16, ASIDE_16),
    (17, ASIDE_17),
    (18, ASIDE_18),
    (19, ASIDE_19),
    (20, ASIDE_20),
    (21, ASIDE_21),
    (22, ASIDE_22),
    (23, ASIDE_23),
    (24, ASIDE_24),
    (25, ASIDE_25),
    (26, ASIDE_26),
    (27, ASIDE_27),
    (28, ASIDE_28),
    (29, ASIDE_29),
    (30, ASIDE_30),
    (31, ASIDE_31),
    (32, ASIDE_32),
    (33, ASIDE_33),
    (34, ASIDE_34),
    (35, ASIDE_35),
    (36, ASIDE_36),
    (37, ASIDE_37),
    (38, ASIDE_38),
    (39, ASIDE_39),
    (40, ASIDE_40),
    (41, ASIDE_41),
    (42, ASIDE_42),
    (43, ASIDE_43),
    (44, ASIDE_44),
    (45, ASIDE_45),
    (46, ASIDE_46),
    (47, ASIDE_47),
    (48, ASIDE_48),
    (49, ASIDE_49),
    (50, ASIDE_50),
    (51, ASIDE_51),
    (52, ASIDE_52),
    (53, ASIDE_53),
    (54, ASIDE_54),
    (55, ASIDE_55),
    (56, ASIDE_56),
    (57, ASIDE_57),
    (58, ASIDE_58),
    (59, ASIDE_59),
    (60, ASIDE_60),
    (61, ASIDE_61),
    (62, ASIDE_62),
    (63, ASIDE_63),
    (64, ASIDE_64),
    (65, ASIDE_65),
    (66, ASIDE_66),
    (67, ASIDE_67),
    (68, ASIDE_68),
    (69, ASIDE_69),
    (70, ASIDE_70),
    (71, ASIDE_71),
    (72, ASIDE_72),
    (73, ASIDE_73),
    (74, ASIDE_74),
    (75, ASIDE_75),
    (76, ASIDE_76),
    (77, ASIDE_77),
    (78, ASIDE_78),
    (79, ASIDE_79),
    (80, ASIDE_80),
    (81, ASIDE_81),
    (82, ASIDE_82),
    (83, ASIDE_83),
    (84, ASIDE_84),
    (85, ASIDE_85),
    (86, ASIDE_86),
    (87, ASIDE_87),
    (88, ASIDE_88),
    (89, ASIDE_89),
    (90, ASIDE_90),
    (91, ASIDE_91),
    (92, ASIDE_92),
    (93, ASIDE_93),
    (94, ASIDE_94),
    (95, ASIDE_95),
    (96, ASIDE_96),
    (97, ASIDE_97),
    (98, ASIDE_98),
    (99, ASIDE_99),
    (100, ASIDE_100),
    (101, ASIDE_101),
    (102, ASIDE_102),
    (103, ASIDE_103),
    (104, ASIDE_104),
    (105, ASIDE_105),
    (106, ASIDE_106),
    (107, ASIDE_107),
    (108, ASIDE_108),
    (109, ASIDE_109),
    (110, ASIDE_110),
    (111, ASIDE_111),
    (112, ASIDE_112),
    (113, ASIDE_113),
    (114, ASIDE_114),
    (115, ASIDE_115),
    (116, ASIDE_116),
    (117, ASIDE_117),
    (118, ASIDE_118),
    (119, ASIDE_119),
    (120, ASIDE_120),
    (121, ASIDE_121),
    (122, ASIDE_122),
    (123, ASIDE_123),
    (124, ASIDE_124),
    (125, ASIDE_125),
    (126, ASIDE_126),
    (127, ASIDE_127),
    (128, ASIDE_128),
    (129, ASIDE_129),
    (130, ASIDE_130),
    (131, ASIDE_131),
    (132, ASIDE_132),
    (133, ASIDE_133),
    (134, ASIDE_134),
    (135, ASIDE_135),
    (136, ASIDE_136),
    (137, ASIDE_137),
    (138, ASIDE_138),
    (139, ASIDE_139),
    (140, ASIDE_140),
    (141, ASIDE_141),
    (142, ASIDE_142),
    (143, ASIDE_143),
    (144, ASIDE_144),
    (145, ASIDE_145),
    (146, ASIDE_146),
    (147, ASIDE_147),
    (148, ASIDE_148),
    (149, ASIDE_149),
    (150, ASIDE_150),
    (151, ASIDE_151),
    (152, ASIDE_152),
    (153, ASIDE_153),
    (154, ASIDE_154),
    (155, ASIDE_155),
    (156, ASIDE_156),
    (157, ASIDE_157),
    (158, ASIDE_158),
    (159, ASIDE_159),
    (160, ASIDE_160),
    (161, ASIDE_161),
    (162, ASIDE_162),
    (163, ASIDE_163),
    (164, ASIDE_164),
    (165, ASIDE_165),
    (166, ASIDE_166),
    (167, ASIDE_167),
    (168, ASIDE_168),
    (169, ASIDE_169),
    (170, ASIDE_170),
    (171, ASIDE_171),
    (172, ASIDE_172),
    (173, ASIDE_173),
    (174, ASIDE_174),
    (175, ASIDE_175),
    (176, ASIDE_176),
    (177, ASIDE_177),
    (178, ASIDE_178),
    (179, ASIDE_179),
    (180, ASIDE_180),
    (181, ASIDE_181),
    (182, ASIDE_182),
    (183, ASIDE_183),
    (184, ASIDE_184),
    (185, ASIDE_185),
    (186, ASIDE_186),
    (187, ASIDE_187),
    (188, ASIDE_188),
    (189, ASIDE_189),
    (190, ASIDE_190),
    (191, ASIDE_191),
    (192, ASIDE_192),
    (193, ASIDE_193),
    (194, ASIDE_194),
    (195, ASIDE_195),
    (196, ASIDE_196),
    (197, ASIDE_197),
    (198, ASIDE_198),
    (199, ASIDE_199),
    (200, ASIDE_200),
    (201, ASIDE_201),
    (202, ASIDE_202),
    (203, ASIDE_203),
    (204, ASIDE_204),
    (205, ASIDE_205),
    (206, ASIDE_206),
    (207, ASIDE_207),
    (208, ASIDE_208),
    (209, ASIDE_209),
    (210, ASIDE_210),
    (211, ASIDE_211),
    (212, ASIDE_212),
    (213, ASIDE_213),
    (214, ASIDE_214),
    (215, ASIDE_215),
    (216, ASIDE_216),
    (217, ASIDE_217),
    (218, ASIDE_218),
    (219, ASIDE_219),
    (220, ASIDE_220),
    (221, ASIDE_221),
    (222, ASIDE_222),
    (223, ASIDE_223),
    (224, ASIDE_224),
    (225, ASIDE_225),
    (226, ASIDE_226),
    (227, ASIDE_227),
    (228, ASIDE_228),
    (229, ASIDE_229),
    (230, ASIDE_230),
    (231, ASIDE_231),
    (232, ASIDE_232),
    (233, ASIDE_233),
    (234, ASIDE_234),
    (235, ASIDE_235),
    (236, ASIDE_236),
    (237, ASIDE_237),
    (238, ASIDE_238),
    (239, ASIDE_239),
    (240, ASIDE_240),
    (241, ASIDE_241),
    (242, ASIDE_242),
    (243, ASIDE_243),
    (244, ASIDE_244),
    (245, ASIDE_245),
    (246, ASIDE_246),
    (247, ASIDE_247),
    (248, ASIDE_248),
    (249, ASIDE_249),
    (250, ASIDE_250),
    (251, ASIDE_251),
    (252, ASIDE_252),
    (253, ASIDE_253),
    (254, ASIDE_254),
    (255, ASIDE_255),
    (256, ASIDE_256),
    (257, ASIDE_257),
    (258, ASIDE_258),
    (259, ASIDE_259),
    (260, ASIDE_260),
    (261, ASIDE_261),
    (262, ASIDE_262),
    (263, ASIDE_263),
    (264, ASIDE_264),
    (265, ASIDE_265),
    (266, ASIDE_266),
    (267, ASIDE_267),
    (268, ASIDE_268),
    (269, ASIDE_269),
    (270, ASIDE_270),
    (271, ASIDE_271),
    (272, ASIDE_272),
    (273, ASIDE_273),
    (274, ASIDE_274),
    (275, ASIDE_275),
    (276, ASIDE_276),
    (277, ASIDE_277),
    (278, ASIDE_278),
    (279, ASIDE_279),
    (280, ASIDE_280),
    (281, ASIDE_281),
    (282, ASIDE_282),
    (283, ASIDE_283),
    (284, ASIDE_284),
    (285, ASIDE_285),
    (286, ASIDE_286),
    (287, ASIDE_287),
    (288, ASIDE_288),
    (289, ASIDE_289),
    (290, ASIDE_290),
    (291, ASIDE_291),
    (292, ASIDE_292),
    (293, ASIDE_293),
    (294, ASIDE_294),
    (295, ASIDE_295),
    (296, ASIDE_296),
    (297, ASIDE_297),
    (298, ASIDE_298),
    (299, ASIDE_299),
    (300, ASIDE_300),
    (301, ASIDE_301),
    (302, ASIDE_302),
    (303, ASIDE_303),
    (304, ASIDE_304),
    (305, ASIDE_305),
    (306, ASIDE_306),
    (307, ASIDE_307),
    (308, ASIDE_308),
    (309, ASIDE_309),
    (310, ASIDE_310),
    (311, ASIDE_311),
    (312, ASIDE_312),
    (313, ASIDE_313),
    (314, ASIDE_314),
    (315, ASIDE_315),
    (316, ASIDE_316),
    (317, ASIDE_317),
    (318, ASIDE_318),
    (319, ASIDE_319),
    (320, ASIDE_320),
    (321, ASIDE_321),
    (322, ASIDE_322),
    (323, ASIDE_323),
    (324, ASIDE_324),
    (325, ASIDE_325),
    (326, ASIDE_326),
    (327, ASIDE_327),
    (328, ASIDE_328),
    (329, ASIDE_329),
    (330, ASIDE_330),
    (331, ASIDE_331),
    (332, ASIDE_332),
    (333, ASIDE_333),
    (334, ASIDE_334),
    (335, ASIDE_335),
    (336, ASIDE_336),
    (337, ASIDE_337),
    (338, ASIDE_338),
    (339, ASIDE_339),
    (340, ASIDE_340),
    (341, ASIDE_341),
    (342, ASIDE_342),
    (343, ASIDE_343),
    (344, ASIDE_344),
    (345, ASIDE_345),
    (346, ASIDE_346),
    (347, ASIDE_347),
    (348, ASIDE_348),
    (349, ASIDE_349),
    (350, ASIDE_350),
    (351, ASIDE_351),
    (352, ASIDE_352),
    (353, ASIDE_353),
    (354, ASIDE_354),
    (355, ASIDE_355),
    (356, ASIDE_356),
    (357, ASIDE_357),
    (358, ASIDE_358),
    (359, ASIDE_359),
    (360, ASIDE_360),
    (361, ASIDE_361),
    (362, ASIDE_362),
    (363, ASIDE_363),
    (364, ASIDE_364),
    (365, ASIDE_365),
    (366, ASIDE_366),
    (367, ASIDE_367),
    (368, ASIDE_368),
    (369, ASIDE_369),
    (370, ASIDE_370),
    (371, ASIDE_371),
    (372, ASIDE_372),
    (373, ASIDE_373),
    (374, ASIDE_374),
    (375, ASIDE_375),
    (376, ASIDE_376),
    (377, ASIDE_377),
    (378, ASIDE_378),
    (379, ASIDE_379),
    (380, ASIDE_380),
    (381, ASIDE_381),
    (382, ASIDE_382),
    (383, ASIDE_383),
    (384, ASIDE_384),
    (385, ASIDE_385),
    (386, ASIDE_386),
    (387, ASIDE_387),
    (388, ASIDE_388),
    (389, ASIDE_389),
    (390, ASIDE_390),
    (391, ASIDE_391),
    (392, ASIDE_392),
    (393, ASIDE_393),
    (394, ASIDE_394),
    (395, ASIDE_395),
    (396, ASIDE_396),
    (397, ASIDE_397),
    (398, ASIDE_398),
    (399, ASIDE_399),
    (400, ASIDE_400),
    (401, ASIDE_401),
    (402, ASIDE_402),
    (403, ASIDE_403),
    (404, ASIDE_404),
    (405, ASIDE_405),
    (406, ASIDE_406),
    (407, ASIDE_407),
    (408, ASIDE_408),
    (409, ASIDE_409),
    (410, ASIDE_410),
    (411, ASIDE_411),
    (412, ASIDE_412),
    (413, ASIDE_413),
    (414, ASIDE_414),
    (415, ASIDE_415),
    (416, ASIDE_416),
    (417, ASIDE_417),
    (418, ASIDE_418),
    (419, ASIDE_419),
    (420, ASIDE_420),
    (421, ASIDE_421),
    (422, ASIDE_422),
    (423, ASIDE_423),
    (424, ASIDE_424),
    (425, ASIDE_425),
    (426, ASIDE_426),
    (427, ASIDE_427),
    (428, ASIDE_428),
    (429, ASIDE_429),
    (430, ASIDE_430),
    (431, ASIDE_431),
    (432, ASIDE_432),
    (433, ASIDE_433),
    (434, ASIDE_434),
    (435, ASIDE_435),
    (436, ASIDE_436),
    (437, ASIDE_437),
    (438, ASIDE_438),
    (439, ASIDE_439),
    (440, ASIDE_440),
    (441, ASIDE_441),
    (442, ASIDE_442),
    (443, ASIDE_443),
    (444, ASIDE_444),
    (445, ASIDE_445),
    (446, ASIDE_446),
];

pub const TUNING: &[Case] = &[
    // --- seventh round, after the eighth aside part was measured -----------------------------
    case("request", "a PIN to reset", "From: claire.dubois@ac-lyon.example\nSubject: Code du copieur",
        "Bonjour,\nLe code de la photocopieuse de l'accueil ne marche pas depuis le changement de gestionnaire ; pourriez-vous le réinitialiser ?", NewIncident, None, None),
    case("request", "a screen fell", "From: anne.leroux@ac-bordeaux.example\nSubject: Écran salle 3",
        "Bonjour,\nUn écran de la salle 3 est tombé du bureau, il faudra le changer.", NewIncident, None, None),
    case("intent", "no more bugs", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-000720] Logiciel",
        "Bonjour,\nPlus de bug depuis la réinstallation, merci.", ClosureConfirmation, None, None),
    case("intent", "any date for our request", "From: paul.henry@ac-lille.example\nSubject: Prises salle 8",
        "Bonjour,\nAuriez-vous une date pour l'installation des prises de la salle 8 que nous avons demandées en octobre ?", Reminder, None, None),
    case("request", "none at all, two needed", "From: j.martin@ac-aix.example\nSubject: Salle de permanence",
        "Bonjour,\nLa salle de permanence n'a aucun poste ; il en faudrait deux pour les élèves.", NewRequest, None, None),
    case("urgency", "no hurry", "From: claire.dubois@ac-lyon.example\nSubject: Tapis de souris",
        "Bonjour,\nLes tapis de souris de la salle 5 sont usés, pas d'urgence.", NewIncident, Some(Bas), None),
    // --- sixth round, after the seventh aside part was measured ------------------------------
    case("intent", "no answer received", "From: anne.leroux@ac-bordeaux.example\nSubject: Prise réseau salle 2",
        "Bonjour,\nJe n'ai reçu aucune réponse concernant ma demande de prise réseau pour la salle 2.", Reminder, None, None),
    case("intent", "was it registered", "From: j.martin@ac-aix.example\nSubject: Signalement du 28 novembre",
        "Bonjour,\nPourriez-vous me confirmer si notre signalement a bien été enregistré ?", Reminder, None, None),
    case("intent", "a table of our requests", "From: paul.henry@ac-lille.example\nSubject: Réunion",
        "Bonjour,\nUn tableau de nos demandes en cours m'aiderait pour la réunion de jeudi.", ListRequest, None, None),
    case("intent", "picture back, not the sound", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-000540] Vidéoprojecteur",
        "Le vidéoprojecteur marche de nouveau, pas le son.", FollowUp, None, None),
    case("intent", "a reminder after a tag", "From: sandrine.morel@ac-paris.example\nSubject: IMPORTANT - relance prises salle 3",
        "Merci.", Reminder, None, None),
    case("request", "assistance asked, a failure", "From: anne.leroux@ac-bordeaux.example\nSubject: NAS",
        "Bonjour,\nBesoin d'assistance : le NAS a échoué à la sauvegarde de cette nuit.", NewIncident, None, None),
    case("request", "bare wires", "From: paul.henry@ac-lille.example\nSubject: Goulotte salle 2",
        "Bonjour,\nDes fils dénudés sortent de la goulotte de la salle 2.", NewIncident, None, None),
    // --- fifth round, after the sixth aside part was measured -------------------------------
    case("intent", "it's all good", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-000530] Borne du CDI",
        "Bonjour,\nc'est bon, la borne a été changée. Merci", ClosureConfirmation, None, None),
    case("intent", "ok for me, on Tuesday", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-000531] Borne du CDI",
        "C'est bon pour nous, le prestataire peut venir mardi.", FollowUp, None, None),
    case("intent", "a month on, still not done", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-000532] Prises salle 3",
        "Bonjour,\nUn mois plus tard, les prises de la salle 3 ne sont toujours pas installées.", Reminder, None, None),
    case("intent", "are there still open ones", "From: claire.dubois@ac-lyon.example\nSubject: Question",
        "Bonjour,\nReste-t-il des demandes ouvertes pour le lycée ?", ListRequest, None, None),
    case("request", "may the assistant have", "From: anne.leroux@ac-bordeaux.example\nSubject: Assistante de langue",
        "Bonjour,\nNotre assistante de langue pourrait-elle avoir un compte sur les postes de la salle 12 ?", NewRequest, None, None),
    case("request", "no hyphens in the question", "From: sandrine.morel@ac-paris.example\nSubject: Vidéoprojecteur",
        "bonjour, pourriez vous installer un videoprojecteur dans la salle 9 ? merci", NewRequest, None, None),
    case("spam", "won a voucher", "From: cadeaux@grand-jeu.example\nSubject: Votre bon d'achat",
        "Bravo ! Vous avez été tiré au sort et gagnez un bon d'achat de 500. Réclamez votre cadeau ici.", Spam, None, None),
    case("urgency", "a number then the word", "From: paul.henry@ac-lille.example\nSubject: Casque",
        "Bonjour,\nUn casque de la salle de langues grésille.\nUrgence : 1 (basse)", NewIncident, Some(Bas), None),
    // --- fourth round, after the fifth aside part was measured ------------------------------
    case("intent", "all the PCs work", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-000510] Salle 9",
        "Bonjour,\nAprès le passage du technicien, tous les postes fonctionnent.\nBonne journée", ClosureConfirmation, None, None),
    case("intent", "operational again", "From: j.martin@ac-aix.example\nSubject: Re: Imprimante de l'accueil\nIn-Reply-To: <ack-2026-000511@cesame.example>",
        "Bonjour,\nL'imprimante est de nouveau opérationnelle, merci.", ClosureConfirmation, None, None),
    case("intent", "everything but the scanner", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-000512] Copieur",
        "Bonjour,\nTout fonctionne sauf le scanner, qui affiche la même erreur.", FollowUp, None, None),
    case("intent", "was to come on Thursday", "From: paul.henry@ac-lille.example\nSubject: Borne du gymnase",
        "Bonjour,\nLe prestataire devait intervenir jeudi sur la borne du gymnase ; toujours personne.", Reminder, None, None),
    case("intent", "where all of them stand", "From: sandrine.morel@ac-paris.example\nSubject: Question",
        "Bonjour,\nPourriez-vous me dire où on en est de toutes nos demandes ?", ListRequest, None, None),
    case("intent", "a title and a short ask", "From: anne.leroux@ac-bordeaux.example\nSubject: Demandes en attente",
        "Bonjour,\npouvez-vous me les envoyer ?\nMerci", ListRequest, None, None),
    case("request", "a disk gave out, to replace", "From: j.martin@ac-aix.example\nSubject: Serveur de fichiers",
        "Bonjour,\nUn disque du serveur de fichiers a lâché cette nuit, il faudrait le remplacer.", NewIncident, None, None),
    case("request", "a broken cable, a new one needed", "From: claire.dubois@ac-lyon.example\nSubject: Câble vidéoprojecteur",
        "Bonjour,\nNous aurions besoin d'un câble : celui du vidéoprojecteur de la salle 2 s'est cassé.", NewIncident, None, None),
    case("request", "network hours at the boarding school", "From: paul.henry@ac-lille.example\nSubject: Internat",
        "Bonjour,\nLe réseau est coupé à 22 h à l'internat ; pourrait-on le prolonger jusqu'à 23 h en période d'examens ?", NewRequest, None, None),
    case("spam", "a domain name expiring", "From: renouvellement@domaines-fr.example\nSubject: Votre nom de domaine",
        "Madame, Monsieur,\nVotre nom de domaine expire le 03/01. Renouvelez votre abonnement pour éviter toute coupure de votre site.", Spam, None, None),
    case("spam", "licences on offer", "From: ventes@logiciels-edu.example\nSubject: -20 % sur vos licences",
        "Bonjour,\nProfitez de -20 % sur les licences de nos logiciels de gestion de classe jusqu'au 20 décembre.", Spam, None, None),
    // --- second round, after the second aside part was measured ------------------------------
    case("request", "need modal: a colour printer", "From: claire.dubois@ac-lyon.example\nSubject: Imprimante couleur arts plastiques",
        "Bonjour,\nIl nous faudrait une deuxième imprimante couleur pour la salle d'arts plastiques.\nMerci", NewRequest, None, None),
    case("request", "is it possible to have access", "From: j.martin@ac-aix.example\nSubject: Accès au serveur",
        "Bonjour,\nEst-il possible d'avoir un accès au serveur de fichiers pour notre nouvelle documentaliste ?\nJ. Martin", NewRequest, None, None),
    case("request", "never had a socket", "From: sandrine.morel@ac-paris.example\nSubject: Prise réseau salle polyvalente",
        "Bonjour,\nLa salle polyvalente n'a jamais eu de prise réseau ; pourrions-nous en avoir deux près de l'estrade ?", NewRequest, None, None),
    case("request", "staff arriving", "From: paul.henry@ac-lille.example\nSubject: Postes pour les assistants d'éducation",
        "Bonjour,\nDeux assistants d'éducation arrivent à la Toussaint : il leur faudrait un poste chacun au bureau de la vie scolaire.", NewRequest, None, None),
    case("request", "we would like that", "From: anne.leroux@ac-bordeaux.example\nSubject: Impression depuis les tablettes",
        "Bonjour,\nNous voudrions que les élèves puissent imprimer depuis les tablettes de la classe mobile.\nCordialement", NewRequest, None, None),
    case("request", "need modal for a repair stays a fault", "From: j.martin@ac-aix.example\nSubject: Serveur",
        "Bonjour,\nIl nous faudrait une intervention rapide : le serveur ne répond plus depuis ce matin.", NewIncident, None, None),
    case("request", "possible to come, with an error", "From: claire.dubois@ac-lyon.example\nSubject: Photocopieur",
        "Bonjour,\nEst-il possible de passer cette semaine ? Le photocopieur affiche une erreur E-202 à chaque copie.", NewIncident, None, None),
    case("spam", "grant and bank details", "From: grants@edu-foundation.example\nSubject: Your school has been selected",
        "Dear Sir/Madam, we are pleased to inform you that your school has been selected for a free grant. Kindly send your bank details to receive the funds.", Spam, None, None),
    case("spam", "confidential task", "From: direction.college@mailbox-pro.example\nSubject: Demande",
        "Bonjour,\nÊtes-vous au bureau ? J'ai une tâche confidentielle à vous confier, merci de me répondre rapidement.", Spam, None, None),
    case("intent", "which of our tickets", "From: claire.dubois@ac-lyon.example\nSubject: Question",
        "Bonjour,\nLesquels de nos tickets sont encore ouverts ?\nMerci", ListRequest, None, None),
    case("intent", "those still to handle", "From: j.martin@ac-aix.example\nSubject: Signalements",
        "Bonjour,\nPourriez-vous m'indiquer ceux de nos signalements qui restent à traiter ?", ListRequest, None, None),
    // --- change requests that never say "évolution" ---------------------------------------
    case("request", "tablets to buy", "From: claire.dubois@ac-lyon.example\nSubject: Équipement de la classe de CM2",
        "Bonjour,\nNous aimerions équiper la classe de CM2 de 15 tablettes pour la rentrée.\nPouvez-vous nous indiquer la marche à suivre ?\nUAI 0691234S\nCordialement", NewRequest, None, Some("0691234S")),
    case("request", "renew old PCs", "From: j.martin@ac-aix.example\nSubject: Renouvellement des postes salle 104",
        "Bonjour,\nLes 12 postes de la salle 104 ont neuf ans. Nous demandons leur remplacement par des modèles récents pour septembre.\nJ. Martin", NewRequest, None, None),
    case("request", "room moves", "From: sandrine.morel@ac-paris.example\nSubject: Déménagement du CDI",
        "Bonjour,\nLe CDI déménage au premier étage pendant les vacances de février : il faudra déplacer les six postes, l'imprimante et la borne wifi.\nUrgence : moyenne\nSandrine Morel", NewRequest, Some(Moyen), None),
    case("request", "re-cabling after works", "From: claire.dubois@ac-lyon.example\nSubject: Salle de technologie à recâbler",
        "Bonjour,\nSuite aux travaux de l'été, la salle de technologie doit être recâblée : il faut huit prises réseau le long du mur du fond.\nMerci", NewRequest, None, None),
    case("request", "more bandwidth", "From: j.martin@ac-aix.example\nSubject: Débit de la ligne internet",
        "Bonjour,\nAvec les évaluations en ligne, le débit actuel de 20 Mb/s ne suffira pas. Nous souhaitons une augmentation du débit de la ligne du collège.\nBien à vous", NewRequest, None, None),
    case("request", "filtering policy", "From: sandrine.morel@ac-paris.example\nSubject: Filtrage : YouTube pour les enseignants",
        "Bonjour,\nMerci d'autoriser l'accès à YouTube pour le profil enseignants, pour les vidéos pédagogiques. Les élèves doivent rester filtrés.\nS. Morel", NewRequest, None, None),
    case("request", "guest wifi", "From: paul.henry@ac-lille.example\nSubject: Accès wifi pour les stagiaires",
        "Bonjour,\nPourriez-vous créer un accès wifi invité pour les stagiaires du lycée, du 3 au 28 mars ?\nUAI 0595012C", NewRequest, None, Some("0595012C")),
    case("request", "one more printer", "From: claire.dubois@ac-lyon.example\nSubject: Imprimante pour la vie scolaire",
        "Bonjour,\nLa vie scolaire a besoin d'une imprimante en plus : ils partagent aujourd'hui celle du secrétariat.\nCordialement", NewRequest, None, None),
    case("request", "fault, not a wish: tablets", "From: claire.dubois@ac-lyon.example\nSubject: Tablettes de CM2",
        "Bonjour,\nLes tablettes de CM2 ne chargent plus depuis lundi, même sur le chariot.\nUrgence : haute", NewIncident, Some(TresHaut), None),
    case("request", "fault, not a wish: blocked site", "From: sandrine.morel@ac-paris.example\nSubject: YouTube bloqué depuis ce matin",
        "Bonjour,\nYouTube est bloqué depuis ce matin pour les enseignants alors qu'il fonctionnait hier.\nS. Morel", NewIncident, None, None),
    // --- spam and phishing -------------------------------------------------------------------
    case("spam", "upstream flag", "From: promo@deals.example\nSubject: Offre spéciale rentrée\nX-Spam-Flag: YES\nX-Spam-Status: Yes, score=9.8 required=5.0",
        "Profitez de -70 % sur tout le matériel ! Offre valable 48 h.", Spam, None, None),
    case("spam", "mailbox deactivation FR", "From: support-messagerie@ac-lyon-securite.example\nSubject: URGENT : votre messagerie sera désactivée",
        "Cher utilisateur,\nVotre compte sera désactivé dans 24 heures. Cliquez ici pour valider votre compte : http://ac-lyon-securite.example/login\nL'équipe messagerie", Spam, None, None),
    case("spam", "link only in HTML", "From: it-desk@secure-update.example\nSubject: Mise à jour de sécurité requise\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Une mise à jour de sécurité de votre messagerie est requise.</p><p><a href=\"http://secure-update.example/verify-account\">Mettre à jour</a></p></body></html>", Spam, None, None),
    case("spam", "upstream status score", "From: billing@invoices.example\nSubject: Re: facture\nX-Spam-Status: Yes, score=12.3 required=5.0 tests=BAYES_99",
        "Bonjour, veuillez trouver la facture en pièce jointe.", Spam, None, None),
    case("spam", "parcel fees EN", "From: delivery@parcel-track.example\nSubject: Your package is on hold",
        "Dear customer, your parcel is on hold. Please pay the customs fees to release it: http://parcel-track.example/pay", Spam, None, None),
    case("spam", "hijacked contact", "From: claire.dubois@ac-lyon.example\nReply-To: claire.dubois.lyon@freemail.example\nSubject: URGENT\nX-Spam-Flag: YES",
        "Bonjour,\nJ'ai besoin que vous m'envoyiez vos identifiants et mots de passe au plus vite, répondre uniquement à cette adresse.", Spam, None, None),
    case("spam", "filter said no", "From: j.martin@ac-aix.example\nSubject: Vidéoprojecteur salle 3\nX-Spam-Flag: NO\nX-Spam-Status: No, score=0.4 required=5.0",
        "Bonjour,\nLe vidéoprojecteur de la salle 3 ne s'allume plus.\nUrgence : moyenne", NewIncident, Some(Moyen), None),
    // --- urgency in other forms --------------------------------------------------------------
    case("urgency", "[CRITIQUE] tag", "From: sandrine.morel@ac-paris.example\nSubject: [CRITIQUE] Serveur de fichiers inaccessible",
        "Bonjour,\nPlus personne n'accède au serveur de fichiers.\nS. Morel", NewIncident, Some(TresHaut), None),
    case("urgency", "[BLOQUANT] tag", "From: j.martin@ac-aix.example\nSubject: [BLOQUANT] Pronote inaccessible",
        "Bonjour,\nImpossible d'ouvrir Pronote sur les postes de la salle des professeurs.", NewIncident, Some(TresHaut), None),
    case("urgency", "2 sur 3", "From: claire.dubois@ac-lyon.example\nSubject: Imprimante du CDI",
        "Bonjour,\nL'imprimante du CDI fait des bourrages à chaque impression.\nPriorité : 2 sur 3", NewIncident, Some(Moyen), None),
    case("urgency", "English label low", "From: paul.henry@ac-lille.example\nSubject: Scanner salle B",
        "Hello,\nThe scanner in room B shows an error.\nUrgency: low", NewIncident, Some(Bas), None),
    case("urgency", "bloquant without label", "From: anne.leroux@ac-bordeaux.example\nSubject: Connexion salle info",
        "Bonjour,\nPlus de connexion internet en salle info, c'est bloquant pour les cours de cet après-midi.\nUAI 0330789D", NewIncident, Some(TresHaut), Some("0330789D")),
    case("urgency", "3 sur 3", "From: claire.dubois@ac-lyon.example\nSubject: Coupure réseau bâtiment B",
        "Bonjour,\nTout le bâtiment B est sans réseau.\nUrgence : 3 sur 3", NewIncident, Some(TresHaut), None),
    case("urgency", "[Non urgent] tag", "From: sandrine.morel@ac-paris.example\nSubject: [Non urgent] Souris défectueuse",
        "Bonjour,\nUne souris du poste 4 de la salle 12 ne fonctionne plus.", NewIncident, Some(Bas), None),
    case("urgency", "criticité critique", "From: j.martin@ac-aix.example\nSubject: Standard téléphonique",
        "Bonjour,\nLe standard ne reçoit plus d'appels.\nCriticité : critique", NewIncident, Some(TresHaut), None),
    // --- intent -------------------------------------------------------------------------------
    case("intent", "list as a question", "From: claire.dubois@ac-lyon.example\nSubject: Nos demandes",
        "Bonjour,\nPourriez-vous me dire quelles demandes sont encore ouvertes pour le lycée ?\nMerci", ListRequest, None, None),
    case("intent", "list titled as a summary", "From: j.martin@ac-aix.example\nSubject: Récapitulatif des tickets du collège",
        "Bonjour,\nMerci de m'envoyer le récapitulatif.\nJ. Martin", ListRequest, None, None),
    case("intent", "how many open", "From: sandrine.morel@ac-paris.example\nSubject: Question",
        "Bonjour,\nCombien de tickets avons-nous en cours actuellement ?\nS. Morel", ListRequest, None, None),
    case("intent", "partial fix", "From: claire.dubois@ac-lyon.example\nSubject: Re: [CESAME #2026-000123] Salle 12",
        "Bonjour,\nLes PC de la salle 12 fonctionnent à nouveau, mais l'imprimante toujours pas.\nMerci", FollowUp, None, None),
    case("intent", "partial fix, floors", "From: j.martin@ac-aix.example\nSubject: Re: [CESAME #2026-000124] Wifi",
        "Bonjour,\nLe wifi remarche au rez-de-chaussée ; à l'étage c'est encore coupé.", FollowUp, None, None),
    case("intent", "full fix", "From: sandrine.morel@ac-paris.example\nSubject: Re: [CESAME #2026-000125] Vidéoprojecteur",
        "Bonjour,\nTout fonctionne, merci, vous pouvez clôturer.\nS. Morel", ClosureConfirmation, None, None),
    // --- school codes in groups --------------------------------------------------------------
    case("uai", "groups 3-4-1", "From: tice@region.example\nSubject: Borne wifi HS",
        "Bonjour,\nLa borne wifi du hall ne fonctionne plus.\nUAI : 033 0789 D", NewIncident, None, Some("0330789D")),
    case("uai", "dashes", "From: tice@region.example\nSubject: Imprimante",
        "Bonjour,\nL'imprimante de la salle 2 ne fonctionne plus.\nRNE 059-5012-C", NewIncident, None, Some("0595012C")),
    case("uai", "groups 4-3-1", "From: claire.dubois@ac-lyon.example\nSubject: Poste bloqué",
        "Bonjour,\nLe poste 3 de la salle 8 reste bloqué au démarrage.\nCode UAI 0691 234 S", NewIncident, None, Some("0691234S")),
    case("uai", "pairs", "From: j.martin@ac-aix.example\nSubject: Écran noir",
        "Bonjour,\nÉcran noir sur le poste de l'accueil.\nUAI 013 04 56 A", NewIncident, None, Some("0130456A")),
    case("uai", "dash before the letter", "From: sandrine.morel@ac-paris.example\nSubject: Téléphone de l'accueil",
        "Bonjour,\nLe téléphone de l'accueil ne sonne plus.\nÉtablissement : 0751043-B", NewIncident, None, Some("0751043B")),
];

/// The third aside part, written after the second round of tuning, never tuned on.
pub const ASIDE_3: &[Case] = &[
    case("request", "document camera for maths", "From: paul.henry@ac-lille.example\nSubject: Visualiseur pour les maths",
        "Bonjour,\nLes collègues de mathématiques aimeraient disposer d'un visualiseur dans les salles 201 et 203.\nBien cordialement", NewRequest, None, None),
    case("request", "move the server rack", "From: anne.leroux@ac-bordeaux.example\nSubject: Baie informatique",
        "Bonjour,\nAvec la rénovation de l'aile nord, la baie informatique doit changer de local. Qui peut organiser cela ?", NewRequest, None, None),
    case("request", "a shared calendar for the staff", "From: claire.dubois@ac-lyon.example\nSubject: Agenda partagé",
        "Bonjour,\nLa direction souhaiterait mettre en place un agenda partagé pour toute l'équipe administrative.\nMerci d'avance", NewRequest, None, None),
    case("request", "loan laptops for students", "From: j.martin@ac-aix.example\nSubject: Ordinateurs de prêt",
        "Bonjour,\nNous voudrions constituer un stock de cinq ordinateurs portables à prêter aux élèves qui n'en ont pas.", NewRequest, None, None),
    case("request", "broken loan laptop stays a fault", "From: j.martin@ac-aix.example\nSubject: Ordinateur de prêt",
        "Bonjour,\nUn des ordinateurs portables de prêt ne démarre pas, écran noir au lancement.", NewIncident, None, None),
    case("spam", "fake delivery FR", "From: suivi@colis-express-fr.example\nSubject: Votre colis est en attente",
        "Bonjour,\nVotre colis est en attente de livraison. Des frais de 1,99 € sont à régler : http://colis-express-fr.example/paiement", Spam, None, None),
    case("spam", "fake voicemail", "From: voicemail@phone-system.example\nSubject: Nouveau message vocal (0:42)\nContent-Type: text/html; charset=utf-8",
        "<p>Vous avez reçu un nouveau message vocal.</p><p><a href=\"http://phone-system.example/signin?user=cesame\">Écouter le message</a></p>", Spam, None, None),
    case("spam", "upstream yes in X-Spam", "From: promo@stylos.example\nSubject: -50% sur les stylos\nX-Spam: Yes",
        "Stylos publicitaires à prix réduit.", Spam, None, None),
    case("spam", "are you available EN", "From: principal.office@outlook-mail.example\nSubject: Quick request",
        "Hello, are you available? I need you to handle a confidential payment today. Reply ASAP.", Spam, None, None),
    case("urgency", "[URGENT] with label lower", "From: sandrine.morel@ac-paris.example\nSubject: [URGENT] Lecteur de badges",
        "Bonjour,\nLe lecteur de badges de la cantine ne lit plus les cartes.\nUrgence : moyenne", NewIncident, Some(Moyen), None),
    case("urgency", "priorité 5/5", "From: anne.leroux@ac-bordeaux.example\nSubject: Coupure totale",
        "Bonjour,\nPlus de réseau dans tout l'établissement.\nPriorité : 5/5", NewIncident, Some(TresHaut), None),
    case("urgency", "peu urgent", "From: claire.dubois@ac-lyon.example\nSubject: Étiquette clavier",
        "Bonjour,\nIl manque des étiquettes sur deux claviers, c'est peu urgent.", NewIncident, Some(Bas), None),
    case("intent", "send me the open ones", "From: paul.henry@ac-lille.example\nSubject: Demandes ouvertes",
        "Bonjour,\nPouvez-vous m'envoyer la liste de nos demandes encore ouvertes ?", ListRequest, None, None),
    case("intent", "which requests remain", "From: anne.leroux@ac-bordeaux.example\nSubject: Tickets",
        "Bonjour,\nQuelles sont les demandes du collège qui ne sont pas encore traitées ?", ListRequest, None, None),
    case("intent", "one room fixed, the other not", "From: claire.dubois@ac-lyon.example\nSubject: Re: [CESAME #2026-000150] Vidéoprojecteurs",
        "Bonjour,\nCelui de la salle 10 marche maintenant, mais celui de la salle 11 ne s'allume toujours pas.", FollowUp, None, None),
    case("uai", "UAI with dots before letter", "From: tice@region.example\nSubject: Imprimante CDI",
        "Bonjour,\nL'imprimante du CDI ne fonctionne plus.\nUAI : 0330789.D", NewIncident, None, Some("0330789D")),
    case("uai", "code in the subject", "From: j.martin@ac-aix.example\nSubject: [0130456A] Poste de l'accueil",
        "Bonjour,\nLe poste de l'accueil ne démarre plus.", NewIncident, None, Some("0130456A")),
    case("uai", "RNE in groups of two", "From: claire.dubois@ac-lyon.example\nSubject: Réseau",
        "Bonjour,\nPlus de réseau au 2e étage.\nRNE 069 12 34 S", NewIncident, None, Some("0691234S")),
];

/// The second aside part, written before the second round of tuning (with `TUNING_2`).
pub const ASIDE_2: &[Case] = &[
    case("request", "headsets for a language lab", "From: anne.leroux@ac-bordeaux.example\nSubject: Laboratoire de langues",
        "Bonjour,\nPour le nouveau laboratoire de langues, il nous faudrait 30 casques avec micro et un logiciel de pilotage de classe.\nCordialement", NewRequest, None, None),
    case("request", "teacher accounts for a new staff", "From: j.martin@ac-aix.example\nSubject: Comptes pour les nouveaux enseignants",
        "Bonjour,\nTrois enseignants arrivent lundi : merci de leur ouvrir un compte sur le réseau pédagogique.\nJ. Martin", NewRequest, None, None),
    case("request", "second screen for the office", "From: sandrine.morel@ac-paris.example\nSubject: Double écran pour l'intendance",
        "Bonjour,\nL'intendance voudrait un second écran sur chacun de ses deux postes pour travailler sur les tableaux.\nS. Morel", NewRequest, None, None),
    case("request", "wifi to the gym", "From: paul.henry@ac-lille.example\nSubject: Wifi au gymnase",
        "Bonjour,\nLe gymnase n'a jamais eu de wifi ; les professeurs d'EPS voudraient pouvoir utiliser les tablettes là-bas. Est-il possible d'y étendre le réseau ?", NewRequest, None, None),
    case("request", "a broken one stays a fault", "From: paul.henry@ac-lille.example\nSubject: Wifi du gymnase",
        "Bonjour,\nLe wifi du gymnase ne passe plus depuis la panne de courant de mardi.", NewIncident, None, None),
    case("spam", "conference invitation scam", "From: events@global-edu-summit.example\nSubject: Invitation: speaker at the Global Education Summit",
        "Dear colleague, you have been selected as a speaker. To confirm your slot, kindly pay the registration fee via the link below within 48 hours.", Spam, None, None),
    case("spam", "fake IT notice FR", "From: informatique@ac-lyon-support.example\nSubject: Maintenance de votre boîte mail",
        "Bonjour,\nSuite à une maintenance, votre boîte mail doit être revalidée. Connectez-vous ici : http://ac-lyon-support.example/webmail/login pour éviter la suppression de vos messages.", Spam, None, None),
    case("spam", "rspamd score", "From: offres@materiel-pas-cher.example\nSubject: Destockage\nX-Rspamd-Score: 14.20",
        "Destockage massif de vidéoprojecteurs !", Spam, None, None),
    case("spam", "gift card boss scam", "From: proviseur.lycee@gmail-box.example\nSubject: Besoin d'un service rapide",
        "Bonjour, êtes-vous disponible ? J'ai besoin que vous achetiez des cartes cadeaux pour les élèves, je vous rembourse demain. Répondez uniquement à cette adresse.", Spam, None, None),
    case("urgency", "[Prioritaire]", "From: claire.dubois@ac-lyon.example\nSubject: [Prioritaire] Plus d'impression au secrétariat",
        "Bonjour,\nPlus aucune impression possible au secrétariat.", NewIncident, Some(TresHaut), None),
    case("urgency", "Priorité basse", "From: j.martin@ac-aix.example\nSubject: Haut-parleur salle 7",
        "Bonjour,\nLe haut-parleur gauche de la salle 7 grésille.\nPriorité : basse", NewIncident, Some(Bas), None),
    case("urgency", "4 sur 5", "From: sandrine.morel@ac-paris.example\nSubject: Réseau CDI",
        "Bonjour,\nLe réseau du CDI coupe toutes les cinq minutes.\nUrgence : 4 sur 5", NewIncident, Some(TresHaut), None),
    case("urgency", "not blocking", "From: anne.leroux@ac-bordeaux.example\nSubject: Icône manquante",
        "Bonjour,\nL'icône du logiciel de géométrie a disparu du bureau des élèves, ce n'est pas bloquant.", NewIncident, Some(Bas), None),
    case("intent", "which are still open", "From: claire.dubois@ac-lyon.example\nSubject: Suivi",
        "Bonjour,\nPouvez-vous me dire lesquelles de nos demandes sont toujours en cours ?", ListRequest, None, None),
    case("intent", "state of our incidents", "From: j.martin@ac-aix.example\nSubject: État de nos signalements",
        "Bonjour,\nJe souhaiterais avoir l'état de nos signalements.", ListRequest, None, None),
    case("intent", "half repaired", "From: paul.henry@ac-lille.example\nSubject: Re: [CESAME #2026-000140] Imprimantes",
        "Bonjour,\nL'imprimante du 1er étage a été réparée, celle du 2e est toujours en panne.", FollowUp, None, None),
    case("intent", "fixed, thanks", "From: anne.leroux@ac-bordeaux.example\nSubject: Re: [CESAME #2026-000141] Badgeuse",
        "Bonjour,\nLa badgeuse fonctionne de nouveau. Merci pour votre intervention.", ClosureConfirmation, None, None),
    case("uai", "RNE with spaces", "From: tice@region.example\nSubject: Vidéoprojecteur",
        "Bonjour,\nLe vidéoprojecteur de la salle 4 ne s'allume plus.\nRNE : 0595 012 C", NewIncident, None, Some("0595012C")),
    case("uai", "code établissement dashes", "From: claire.dubois@ac-lyon.example\nSubject: Réseau salle 6",
        "Bonjour,\nPlus de réseau en salle 6.\nCode établissement : 069-1234-S", NewIncident, None, Some("0691234S")),
    case("uai", "a phone number is no code", "From: j.martin@ac-aix.example\nSubject: Téléphone",
        "Bonjour,\nLe téléphone 04 42 12 34 ne sonne plus.\nUAI 0130456A", NewIncident, None, Some("0130456A")),
];

pub const ASIDE: &[Case] = &[
    // Written with the tuning part, never tuned on.
    case("request", "interactive screens", "From: paul.henry@ac-lille.example\nSubject: Écrans interactifs pour le bâtiment C",
        "Bonjour,\nDans le cadre du projet numérique, nous voudrions remplacer les tableaux du bâtiment C par des écrans interactifs.\nCordialement", NewRequest, None, None),
    case("request", "new classroom network", "From: anne.leroux@ac-bordeaux.example\nSubject: Nouvelle salle au 2e étage",
        "Bonjour,\nUne salle de classe est créée au 2e étage à la rentrée : il faudrait la raccorder au réseau et y prévoir un vidéoprojecteur.", NewRequest, None, None),
    case("request", "unblock a site for a project", "From: claire.dubois@ac-lyon.example\nSubject: Déblocage d'un site pour un projet",
        "Bonjour,\nPour le projet eTwinning, merci de débloquer le site www.etwinning.example pour les élèves de 4e.\nCordialement", NewRequest, None, None),
    case("request", "more storage", "From: j.martin@ac-aix.example\nSubject: Espace de stockage des élèves",
        "Bonjour,\nL'espace de 500 Mo par élève ne suffit plus pour les projets vidéo ; nous demandons de le porter à 2 Go.", NewRequest, None, None),
    case("request", "fault stays a fault", "From: sandrine.morel@ac-paris.example\nSubject: Écrans interactifs",
        "Bonjour,\nLes écrans interactifs du bâtiment C ne répondent plus au toucher depuis la mise à jour.", NewIncident, None, None),
    case("spam", "upstream flag FR", "From: marketing@fournitures.example\nSubject: Catalogue 2027\nX-Spam-Flag: YES",
        "Découvrez notre nouveau catalogue de fournitures scolaires à prix cassés !", Spam, None, None),
    case("spam", "password expiry", "From: admin@webmail-ac.example\nSubject: Votre mot de passe expire aujourd'hui",
        "Bonjour,\nVotre mot de passe expire aujourd'hui. Conservez-le en cliquant sur le lien : http://webmail-ac.example/password-update", Spam, None, None),
    case("spam", "HTML-only invoice", "From: compta@paiements.example\nSubject: Facture impayée n° 4471\nContent-Type: text/html; charset=utf-8",
        "<html><body>Votre facture n° 4471 est impayée. <a href=\"http://paiements.example/secure/login\">Régler maintenant</a></body></html>", Spam, None, None),
    case("spam", "score header only", "From: news@ventes-flash.example\nSubject: Dernier jour\nX-Spam-Status: Yes, score=15.2 required=5.0",
        "Dernier jour pour en profiter.", Spam, None, None),
    case("urgency", "[URGENT/BLOQUANT]", "From: paul.henry@ac-lille.example\nSubject: [URGENT/BLOQUANT] ENT inaccessible",
        "Bonjour,\nL'ENT est inaccessible depuis tous les postes.", NewIncident, Some(TresHaut), None),
    case("urgency", "Priority: Medium", "From: anne.leroux@ac-bordeaux.example\nSubject: Casque audio salle langues",
        "Bonjour,\nDeux casques de la salle de langues grésillent.\nPriority: Medium", NewIncident, Some(Moyen), None),
    case("urgency", "1 sur 3", "From: j.martin@ac-aix.example\nSubject: Clavier",
        "Bonjour,\nLa touche E du clavier du poste 2 reste enfoncée.\nUrgence : 1 sur 3", NewIncident, Some(Bas), None),
    case("urgency", "critique without label", "From: claire.dubois@ac-lyon.example\nSubject: Serveur Pronote",
        "Bonjour,\nLe serveur Pronote ne répond plus, la situation est critique à deux jours du conseil de classe.", NewIncident, Some(TresHaut), None),
    case("intent", "open ones, asked plainly", "From: paul.henry@ac-lille.example\nSubject: Tickets",
        "Bonjour,\nQuels sont les tickets ouverts du lycée en ce moment ?\nMerci", ListRequest, None, None),
    case("intent", "partial, screens", "From: anne.leroux@ac-bordeaux.example\nSubject: Re: [CESAME #2026-000130] Écrans",
        "Bonjour,\nTrois écrans sur cinq refonctionnent, les deux autres restent noirs.", FollowUp, None, None),
    case("intent", "summary of requests", "From: sandrine.morel@ac-paris.example\nSubject: Point sur nos demandes",
        "Bonjour,\nPouvez-vous faire un point sur nos demandes en cours ?", ListRequest, None, None),
    case("intent", "all good now", "From: j.martin@ac-aix.example\nSubject: Re: [CESAME #2026-000131] Réseau",
        "Bonjour,\nLe réseau est rétabli partout, c'est réglé. Merci !", ClosureConfirmation, None, None),
    case("uai", "spaced groups", "From: tice@region.example\nSubject: Poste HS",
        "Bonjour,\nLe poste du CDI ne démarre plus.\nUAI 059 5012 C", NewIncident, None, Some("0595012C")),
    case("uai", "dots", "From: claire.dubois@ac-lyon.example\nSubject: Imprimante salle 3",
        "Bonjour,\nL'imprimante de la salle 3 ne fonctionne plus.\nUAI 069.1234.S", NewIncident, None, Some("0691234S")),
    case("uai", "code with label n°", "From: tice@region.example\nSubject: Réseau",
        "Bonjour,\nPlus de réseau dans l'aile ouest.\nN° UAI : 0330 789 D", NewIncident, None, Some("0330789D")),
    case("uai", "slash before the letter", "From: j.martin@ac-aix.example\nSubject: Vidéoprojecteur",
        "Bonjour,\nLe vidéoprojecteur de la salle 5 ne s'allume plus.\nUAI 0130456/A", NewIncident, None, Some("0130456A")),
];
