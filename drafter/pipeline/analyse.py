"""Analysis of the customer's message: language, topic, intent, sentiment and urgency.

No generative model is needed: language by script and function words, topic by
similarity to the tenant's multilingual topic examples, sentiment and urgency from
small per-language cue lists over normalised text (used for triage, not for judging).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ..embeddings import Embedder
from ..knowledge import Topic
from ..schemas import INTENTS
from ..text import detect_language, normalize, split_sentences

# Below this similarity the topic is a guess and intent falls back to cues.
TOPIC_MIN_SCORE = 0.35

_CUES: dict[str, list[str]] = {
    "cancel": [r"\bcancel", r"\bterminate", r"close my account", r"end (my|the) contract", r"\biptal", r"fesh", r"aboneligi(mi)? (sonlandir|bitir)", r"الغاء", r"انهاء"],
    "refund": [r"\brefund", r"money back", r"\biade", r"geri ode", r"parami geri", r"استرداد", r"استرجاع", r"ارجاع المبلغ"],
    "reschedule": [r"reschedul", r"another (day|time|slot)", r"change (the|my) appointment", r"randevu(yu|mu)? (degis|ertele)", r"baska bir (gun|saat)", r"تغيير الموعد", r"موعد اخر", r"تاجيل"],
    "praise": [r"thank you so much", r"(big|huge|many) thanks", r"thanks to", r"great (job|service)", r"well done", r"amazing", r"proper service", r"brilliant", r"cok tesekkur", r"harika", r"muthis", r"elinize saglik", r"sayesinde", r"شكرا جزيلا", r"ممتاز", r"رائع", r"الله يعطيكم العافيه", r"كل الشكر"],
    "service_outage": [r"\boutage", r"\b(no|down) (internet|service|signal)", r"internet (is )?down", r"not working", r"kesinti", r"internet yok", r"calismiyor", r"انقطاع", r"لا يعمل", r"مقطوع", r"(لا|ما في|مافي|ما عندنا|ما عندي|بدون) (نت|انترنت|تلفزيون)", r"الخدمه (واقفه|طافيه)", r"\bلا (نت|انترنت|تلفزيون)\b"],
}
_NEGATIVE = [
    r"ridiculous", r"unacceptable", r"terrible", r"awful", r"worst", r"angry", r"furious", r"disgust", r"fed up", r"again",
    r"rezalet", r"berbat", r"kabul edilemez", r"sinir", r"bikt", r"yine", r"hala", r"saka mi",
    r"سيء", r"غير مقبول", r"غاضب", r"مرة اخرى", r"مهزله", r"فضيحه", r"لا يعقل",
]
_URGENT = [
    r"urgent", r"asap", r"immediately", r"today", r"right now", r"no internet", r"work from home", r"days? without",
    r"acil", r"hemen", r"bugun", r"derhal", r"gundur", r"evden calis",
    r"عاجل", r"فورا", r"اليوم", r"حالا", r"منذ .{0,10}ايام",
]
_COMPILED = {k: [re.compile(p) for p in v] for k, v in _CUES.items()}
_NEG = [re.compile(p) for p in _NEGATIVE]
_URG = [re.compile(p) for p in _URGENT]


@dataclass
class Analysis:
    language: str
    intent: str
    topic: str | None
    topic_score: float
    sentiment: float  # -1 (furious) .. 1 (delighted)
    urgency: float  # 0 .. 1
    reasons: list[str] = field(default_factory=list)


class TopicIndex:
    """The tenant's topic examples, embedded once."""

    def __init__(self, topics: list[Topic], embedder: Embedder) -> None:
        self.topics = topics
        self._owner: list[int] = []
        texts: list[str] = []
        for i, t in enumerate(topics):
            for examples in t.examples.values():
                for ex in examples:
                    texts.append(ex)
                    self._owner.append(i)
        self._embedder = embedder
        self._vecs = embedder.embed(texts, kind="passage") if texts else np.zeros((0, embedder.dim), dtype=np.float32)

    def classify(self, message: str) -> tuple[Topic | None, float]:
        ranked = self.rank(message)
        return ranked[0] if ranked else (None, 0.0)

    def rank(self, message: str) -> list[tuple[Topic, float]]:
        """Topics by similarity to the message (its best sentence against each topic's best example)."""
        if not self.topics or len(self._owner) == 0:
            return []
        parts = [message, *[s.text for s in split_sentences(message) if len(s.text) > 12][:8]]
        q = self._embedder.embed(parts, kind="query")
        sims = q @ self._vecs.T  # parts x examples
        best_per_example = sims.max(axis=0)
        scores = np.full(len(self.topics), -1.0)
        for j, owner in enumerate(self._owner):
            scores[owner] = max(scores[owner], float(best_per_example[j]))
        order = np.argsort(-scores)
        return [(self.topics[int(i)], float(scores[int(i)])) for i in order]


def _hits(patterns: list[re.Pattern[str]], text: str) -> int:
    return sum(1 for p in patterns if p.search(text))


# How much a topic in the customer's recent history raises its score: the customer's
# open issue is the likeliest subject of their next message.
RECENT_TOPIC_PRIOR = 0.10


def analyse(
    message: str, *, customer_language: str, topics: TopicIndex, language: str | None = None,
    repeat_topics: list[str] | None = None, recent_topics: list[str] | None = None,
) -> Analysis:
    reasons: list[str] = []
    lang = (language or "").lower() or detect_language(message, default="und")
    if lang == "und":
        lang = customer_language or "en"
        reasons.append("language unclear from the message; using the customer's preferred language")
    norm = normalize(message, lang)
    ranked = topics.rank(message)
    if recent_topics:
        boosted = [(t, sc + (RECENT_TOPIC_PRIOR if t.id in recent_topics else 0.0)) for t, sc in ranked]
        ranked = sorted(boosted, key=lambda x: -x[1])
    topic, score = ranked[0] if ranked else (None, 0.0)
    cue = {k: _hits(v, norm) for k, v in _COMPILED.items()}
    # Explicit words beat a near tie in embedding space: "internet is down" with a topic
    # about slow speed just ahead of the outage topic is an outage.
    for cue_intent in ("service_outage", "cancel", "refund", "reschedule"):
        if cue[cue_intent] and topic is not None and topic.intent != cue_intent:
            alt = next(((t, sc) for t, sc in ranked if t.intent == cue_intent), None)
            # A topic from the customer's recent history may trail further behind.
            margin = 0.15 if alt is not None and recent_topics and alt[0].id in recent_topics else 0.08
            if alt is not None and alt[1] >= score - margin:
                reasons.append(f"cue words for {cue_intent} moved the topic from {topic.id} to {alt[0].id}")
                topic, score = alt
            break
    negative = _hits(_NEG, norm) + message.count("!") // 2
    letters = [c for c in message if c.isalpha()]
    caps = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    if caps > 0.5 and len(letters) > 12:
        negative += 2
    intent: str
    if cue["praise"] and not negative and "?" not in message:
        intent = "praise"
        topic = next((t for t, _ in ranked if t.intent == "praise"), None)
        score = 1.0 if topic is not None else 0.0
        reasons.append("thanks and praise with no complaint")
    elif topic is not None and score >= TOPIC_MIN_SCORE and topic.intent in INTENTS:
        intent = topic.intent
        reasons.append(f"topic {topic.id} ({score:.2f})")
        if negative and intent in {"reschedule", "question"}:
            intent = "complaint"
            reasons.append("an angry message about it is a complaint")
    elif cue["refund"]:
        intent = "refund"
    elif cue["cancel"]:
        intent = "cancel"
    elif cue["service_outage"]:
        intent = "service_outage"
    elif cue["reschedule"]:
        intent = "reschedule"
    elif negative:
        intent = "complaint"
    else:
        intent = "question"
    if topic is not None and score < TOPIC_MIN_SCORE:
        topic = None
    sentiment = max(-1.0, min(1.0, (0.6 if intent == "praise" else 0.0) - 0.3 * negative))
    urgency = min(1.0, 0.25 * _hits(_URG, norm) + (0.3 if intent == "service_outage" else 0.0))
    if topic is not None and repeat_topics and topic.id in repeat_topics:
        urgency = min(1.0, urgency + 0.3)
        reasons.append(f"repeat complaint about {topic.id}")
    if negative:
        reasons.append(f"{negative} anger cue(s)")
    return Analysis(lang, intent, topic.id if topic else None, score, round(sentiment, 2), round(urgency, 2), reasons)
