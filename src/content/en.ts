import { MODEL_LABEL, type Caution, type LocaleContent } from '../model/content-types.js';

/**
 * Default English content: the same facts as `ja.ts`, written for English readers rather than
 * translated line by line. No promise of results and no treatment methods; the clinics'
 * explanatory models always carry the one label `MODEL_LABEL.en`. `npm test` runs the content
 * checker over this file.
 */
const L = MODEL_LABEL.en;

/** Warning signs, graded as in issue 9; each region lists the ones that belong to it. */
const STROKE: Caution = {
  urgency: '119',
  text: 'One side of the face droops, speech is slurred, an arm or leg goes weak, or a sudden headache worse than any before',
};
const CLOT_IN_LUNG: Caution = { urgency: '119', text: 'Chest pain or breathlessness, together with a swollen calf' };
const TEARING_PAIN: Caution = { urgency: '119', text: 'Sudden, severe, tearing pain in the back or the belly' };
const CAUDA_EQUINA: Caution = {
  urgency: 'today',
  text: 'Numbness between the legs or around the buttocks, numbness or weakness in both legs, or trouble passing urine or holding it in',
};
const KIDNEY_COLIC: Caution = { urgency: 'today', text: 'Severe pain in the side or back that comes in waves' };
const FEVER_FLANK: Caution = { urgency: 'today', text: 'A fever with pain in the side of the back, over a kidney' };
const SWOLLEN_CALF: Caution = { urgency: 'today', text: 'One calf swollen and painful, perhaps red or warm' };
const WEIGHT_LOSS: Caution = { urgency: 'soon', text: 'You are losing weight without knowing why' };
const CANCER: Caution = { urgency: 'soon', text: 'You have had cancer' };
const OVER_50: Caution = { urgency: 'soon', text: 'The pain is new and began after about the age of 50' };
const BONES: Caution = { urgency: 'soon', text: 'You take steroid medicine long term, or have osteoporosis' };
const FALL: Caution = { urgency: 'soon', text: 'The pain began after a fall or a hard knock' };
const WORSENING: Caution = { urgency: 'soon', text: 'The pain keeps getting worse, or has lasted for weeks' };
const PREGNANCY: Caution = { urgency: 'soon', text: 'Pain during pregnancy' };
const DIABETIC_FOOT: Caution = { urgency: 'soon', text: 'You have diabetes and a wound or numbness in the foot' };
const BLOOD_IN_URINE: Caution = { urgency: 'soon', text: 'Blood in your urine' };

export const en: LocaleContent = {
  ui: {
    label: '3D model of how the body is connected',
    canvasAlt:
      'A 3D model of the human body. Highlighted in colour are the band of fascia up the back of the body (the Superficial Back Line: sole, calf, back of the thigh, pelvis, erector spinae, and over the head to the brow) and, deep in the lower back, the psoas muscle and the kidneys. Selecting a part lights up, in turn, the parts connected to it.',
    hint: 'Click a part of the body to read about it. Drag to turn the body; Ctrl + scroll wheel zooms.',
    hintTouch: 'Tap a part of the body to read about it. Swipe sideways to turn the body; swipe up or down to scroll the page.',
    inviteTouch: 'Tap where it feels tight',
    invitePointer: 'Click where it feels tight',
    sheetExpand: 'Read the explanation',
    sheetCollapse: 'See the whole body',
    viewsLabel: 'View',
    viewBack: 'Back',
    viewSide: 'Side',
    viewFront: 'Front',
    viewDeep: 'Deep',
    resetView: 'Reset view',
    close: 'Close explanation',
    chainsLabel: 'Connections to show',
    connectionsHeading: 'Connected parts',
    causesHeading: 'What can add to stiffness or pain',
    selfCareHeading: 'Things you can do at home',
    cautionHeading: 'When to get medical help',
    caution119: 'Call 119 for an ambulance',
    cautionToday: 'Go to a hospital today',
    cautionSoon: 'See a doctor soon',
    linksHeading: 'Read more',
    disclaimer:
      'This explains how the body is connected; it is not a diagnosis. Everyone experiences their body differently. If something worries you, please talk to a doctor.',
    announceSelect: '{region} selected. Connected parts: {list}',
    announceClear: 'Selection cleared.',
    loading: 'Loading the 3D model…',
    errorWebgl:
      'Your browser cannot show the 3D view. The list of body parts and the explanations below still work.',
    errorModel:
      'The 3D model could not be loaded. Please check your connection and reload the page. The list of body parts and the explanations still work.',
    errorContent:
      "Some of the clinic's own texts could not be loaded, so the standard explanations are shown instead.",
    errorRegion: 'There is no body part called "{id}". Please choose one from the list.',
    dismiss: 'Dismiss this message',
    stepsLabel: 'Walk along the chain',
    stepPrev: 'Previous part',
    stepNext: 'Next part',
    stepPlay: 'Play',
    stepPause: 'Pause',
    inkToggle: 'Draw on the body',
    inkUndo: 'Undo',
    inkClear: 'Clear drawing',
    share: 'Take it home',
    shareHeading: 'See this on your phone',
    shareScan: "Scan the QR code with your phone's camera to open this view as it is now.",
    shareQrAlt: 'QR code that opens this view',
    shareCopy: 'Copy link',
    shareCopied: 'Link copied',
    shareSend: 'Send (LINE, mail…)',
    sharePrivacy: 'The link holds only the view, the part selected and the drawing: no name or other personal details, and nothing is sent anywhere.',
    shareClose: 'Close',
    sharedFromClinic: 'This view was shared with you at the clinic.',
  },

  chains: {
    'back-line': {
      title: 'The Superficial Back Line',
      summary:
        'Every muscle, organ and bone is wrapped in fascia, a thin tissue that lets layers glide; where gliding is lost (in an adhesion, say), movement can lose its ease. Along the back of the body, fascia runs unbroken from the sole to the brow: the Superficial Back Line.\n\nA 2016 systematic review of cadaver studies found direct evidence for its three junctions (sole–calf, calf–hamstrings, hamstrings–pelvis and back); how far tension spreads along it is not known.',
    },
    'psoas-kidney': {
      title: 'Psoas and kidney',
      summary:
        'Some acupuncture and seitai clinics (seitai is Japanese manual therapy) hold that a tired kidney makes the psoas beside it tighten by reflex, feeding low back pain. The two do lie side by side; no study supports the reflex. ' +
        L,
    },
  },

  regions: {
    sole: {
      title: 'Sole of the foot',
      structures: 'Plantar fascia and the short toe flexors',
      body:
        'A tough, fan-shaped sheet, the plantar fascia, runs from the heel bone to the bases of the toes. It holds up the arch and softens the jolt of each step.\n\nThrough the tissue that covers the heel bone, the plantar fascia is continuous with the Achilles tendon. The sole is the lower end of the back line, the band of fascia that runs unbroken up the back of the body to the brow.',
      causes: [
        'Shoes that do not fit, or are worn down at the heel',
        'Long hours standing at work',
        'Walking little, so the toes rarely get to move',
      ],
      selfCare: [
        'Stroking the sole: sit on a chair and rest one ankle on the opposite knee. With the pad of your thumb, stroke along the arch from the heel towards the base of the toes, about 10 times, only as firmly as feels comfortable. Then do the other foot.',
      ],
      cautions: [DIABETIC_FOOT, FALL, WORSENING],
    },

    calf: {
      title: 'Calf',
      structures: 'Gastrocnemius, soleus and the Achilles tendon',
      body:
        'The gastrocnemius, on the surface, starts with two heads on the lower end of the thigh bone, just above the knee. With the soleus beneath it, it forms the Achilles tendon, which attaches to the heel bone.\n\nIts main job is to push you off the ground as you walk. A tight calf shortens each step; gait and posture change, and the lower back can end up carrying extra load.',
      causes: [
        'Shoes that do not fit',
        'Long stretches of standing or sitting still',
        'Walking little in everyday life',
      ],
      selfCare: [
        'Wall stretch: stand facing a wall with both hands on it and step your right foot back. Keeping the right heel down, breathe out and bend the left knee to bring your body towards the wall. Where the calf feels tight, hold for about 10 seconds. Do this 5 times on each side, without bouncing.',
      ],
      cautions: [CLOT_IN_LUNG, SWOLLEN_CALF, WORSENING],
    },

    hamstrings: {
      title: 'Back of the thigh (hamstrings)',
      structures: 'Biceps femoris, semitendinosus, semimembranosus; ischial tuberosity',
      body:
        'Most of the hamstrings start at the sitting bone (ischial tuberosity); only the short head of biceps femoris starts on the thigh bone. They cross behind the knee to the outer and inner sides of the lower leg.\n\nThe sciatic nerve, which leaves the lower back, also runs down the back of the thigh to the foot. One view is that stiff legs pull on this nerve and make the lower back feel heavy. ' +
        L,
      causes: [
        'Sitting for long hours, which keeps the back of the thigh short',
        'Slumping in a chair with the pelvis tipped back',
        'Moving little during the day',
      ],
      selfCare: [
        'Seated stretch: perch near the front of a chair, straighten your right knee and rest just the heel on the floor. Without rounding your back, tilt forwards from the hips. Where the back of the thigh feels tight, breathe out and hold for about 10 seconds, then come up slowly. Do this 5 times on each side, without bouncing.',
        'If you feel tingling or a shooting pain while stretching, stop there.',
        'If loosening up makes your back hurt more, or your back feels unsteady, talk to a practitioner or a doctor before stretching.',
      ],
      cautions: [CAUDA_EQUINA, WORSENING],
    },

    pelvis: {
      title: 'Pelvis (sacrum)',
      structures: 'Sacrum, sacrotuberous ligament, sacroiliac joint',
      body:
        'The sacrum, in the middle of the pelvis, is the base of the spine. The sacrotuberous ligament runs from the sitting bone to the sacrum; tendon fibres of the hamstrings and fascia from the back join it.\n\nThe sacroiliac joints, between the sacrum and the hip bones, barely move: they are built to carry weight. When one becomes unstable, the muscles around it tighten to guard it. One view holds that loosening those muscles first removes support and makes the pain worse, so stability should come first. ' +
        L,
      causes: [
        'Crossing your legs, or standing with your weight on one leg',
        'Sitting for long hours',
        'Pregnancy (the centre of gravity moves forwards and the lower back arches)',
        'Periods and menopause',
      ],
      selfCare: [
        'If your back feels unsteady, loosening up makes it hurt more, or your back has "gone out" again and again, talk to a practitioner or a doctor before stretching.',
        'Buttock stretch: sit on a chair, rest your right ankle just above the left knee and let the right knee fall out to the side. Keeping your chest open, lean forwards. Where you feel it deep in the right buttock, breathe out and hold for about 10 seconds. Do this 5 times on each side, without bouncing.',
      ],
      cautions: [CAUDA_EQUINA, FALL, BONES, PREGNANCY, WORSENING],
    },

    'erector-spinae': {
      title: 'Back muscles (erector spinae)',
      structures: 'Erector spinae (iliocostalis, longissimus, spinalis) and the thoracolumbar fascia',
      body:
        'The erector spinae are a column of muscles rising beside the spine from the sacrum and the back of the pelvis. The outer part, iliocostalis, stops at the lower neck; longissimus reaches the bone behind the ear. In the lower back they are wrapped in a thick sheet, the thoracolumbar fascia.\n\nThey hold you upright and bring you back up from bending forwards. Stiff legs or a stiff pelvis can play a part in a tight lower back, and a stiff back can in turn change the way you walk.',
      causes: [
        'Sitting for long hours with a rounded back',
        'Tight hamstrings and calves',
      ],
      selfCare: [
        'Stand up and walk a few steps at least once an hour.',
        'Slow breathing: lie on your back with your knees bent. Breathe in through the nose and out slowly through the mouth, about 5 times.',
        'Look after the back of the thighs, the buttocks and the calves too, not only the back; the thigh, pelvis and calf explanations show how.',
      ],
      cautions: [TEARING_PAIN, CAUDA_EQUINA, WEIGHT_LOSS, CANCER, OVER_50, BONES, FALL, WORSENING],
    },

    skull: {
      title: 'Back of the head to the brow',
      structures: 'Semispinalis capitis, suboccipital muscles, galea aponeurotica (the fascia over the skull)',
      body:
        'At the back of the neck, semispinalis capitis and the small suboccipital muscles join the spine to the skull. From there the galea aponeurotica covers the head like a cap and carries the back line forwards to end at the brow.\n\nLong hours looking down at a screen often bring a tight feeling from the back of the neck up into the head.',
      causes: [
        'Peering at a screen with the head pushed forwards',
        'Short sleep, or day after day of feeling on edge',
      ],
      selfCare: [
        'Chin tuck: sit tall and look straight ahead. Draw your chin straight back, level, until the back of the neck lengthens, and hold for about 5 seconds. Repeat 10 times.',
      ],
      cautions: [STROKE, WORSENING],
    },

    psoas: {
      title: 'Psoas major',
      structures: 'Psoas major (from the T12–L4 vertebrae to the lesser trochanter of the thigh bone)',
      body:
        'The psoas is a deep muscle that starts beside the lumbar spine, passes down inside the pelvis and attaches near the top of the thigh bone. Its main job is to lift the thigh forwards (flexing the hip).\n\nOne explanation is that a tired kidney makes the psoas tighten by reflex, so that the back gives no support at the moment you rise from a chair, or feels dull and heavy when you wake. ' +
        L,
      causes: [
        'Sitting for long hours, which keeps the front of the hip short',
        'Moving little during the day',
      ],
      selfCare: [
        'Front-of-hip stretch: kneel on your right knee with the left foot forwards (hold a chair if you wobble). Keeping your trunk upright and without arching your back, shift your whole body forwards. Where the front of the right hip feels stretched, hold for about 10 seconds. Do this 5 times on each side.',
        'Inner-thigh stretch: stand with your feet wide apart and bend the left knee to move your weight to the left. Keep the right knee straight and the right foot flat on the floor. Where the right inner thigh feels tight, breathe out and hold for about 10 seconds. Do this 5 times on each side.',
        'For both, do not bounce, and stay within a pain-free range.',
      ],
      cautions: [TEARING_PAIN, CAUDA_EQUINA, WEIGHT_LOSS, CANCER, OVER_50, WORSENING],
    },

    kidney: {
      title: 'Kidney',
      structures: 'Kidneys (level with T12–L3, at the back of the abdomen)',
      body:
        'The kidneys lie deep at the back of the abdomen, one on each side of the spine. Behind, each rests mostly on the quadratus lumborum and the diaphragm, with only its inner edge on the psoas. The right one sits a little lower, under the liver.\n\nIn one explanation, worry, cold, or drinking too little or too much tires the kidneys; the psoas then tightens, and over time a sluggish flow of cerebrospinal fluid brings on "brain fatigue" (a heavy head in the morning, for example). ' +
        L +
        '\n\nThe "kidney" of East Asian medicine is not the same thing as the anatomical kidney. Illness of the kidneys is for a doctor to examine.',
      cautions: [TEARING_PAIN, KIDNEY_COLIC, FEVER_FLANK, BLOOD_IN_URINE],
    },
  },

  links: {
    'sole--calf': {
      body:
        'The plantar fascia and the Achilles tendon both anchor on the heel bone and are linked through the tissue covering it. A stiff sole and a tight calf tend to affect each other.',
    },
    'calf--hamstrings': {
      body:
        'Behind the knee, the two heads of the gastrocnemius pass between the hamstring tendons (biceps femoris on the outside, semitendinosus and semimembranosus on the inside) to reach the thigh bone. The two groups interlock here.',
    },
    'hamstrings--pelvis': {
      body:
        'From the sitting bone where the hamstrings start, the sacrotuberous ligament continues to the sacrum. Tight hamstrings tend to tip the pelvis back, and long hours of sitting keep them short.',
    },
    'pelvis--erector-spinae': {
      body:
        'The erector spinae start from the sacrum and the back of the pelvis, where the thoracolumbar fascia is anchored too. When the pelvis tips back, the lower back flattens and the spine tends to round.',
    },
    'erector-spinae--skull': {
      body:
        'The outer erector spinae stop at the lower neck; from there to the skull, semispinalis capitis and the suboccipital muscles take over, and the galea aponeurotica carries on to the brow.',
    },
    'psoas--kidney': {
      body:
        'The inner edge of each kidney rests on the psoas. From this closeness comes the idea that a tired kidney makes the psoas tighten. ' + L,
    },
    'pelvis--psoas': {
      body:
        'The psoas passes inside the pelvis to the thigh bone. Long hours of sitting keep the front of the hip short, which can change how the pelvis tilts when you stand.',
    },
    'erector-spinae--psoas': {
      body:
        'The psoas attaches towards the front of the lumbar vertebrae, the erector spinae behind them. The psoas mainly flexes the hip; how much it steadies the spine is still debated.',
    },
  },
};
