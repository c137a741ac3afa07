"""The tagger: slovnet's NER architecture with one BIO CRF per NEREL type.

Embedding: the frozen navec vector (300) of the lower-cased word and a trained shape
vector (30). Encoder: conv1d (kernel 3, padding 1) → ReLU → batch norm, three times
(256, 128, 64 filters), as slovnet's CNNEncoder. Head: one linear layer giving, per token,
3 scores (O, B, I) for each of 2 levels × 29 types, and per (level, type) a 3×3 CRF
transition table (no start or end transitions, as slovnet's CRF). Every (level, type) is
decoded on its own, so entities of different types nest, and level 1 holds spans nested
in a span of the same type (data.py).

Padding positions are zeroed after every layer, as Letopis's encoder zeroes the gap rows
between sequences: a sequence's outputs do not depend on what it is batched with.
"""
import torch
from torch import nn


class MaskedBatchNorm(nn.Module):
    """Batch norm whose batch statistics leave padding out."""

    def __init__(self, channels, momentum=0.1, eps=1e-5):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(channels))
        self.bias = nn.Parameter(torch.zeros(channels))
        self.register_buffer("running_mean", torch.zeros(channels))
        self.register_buffer("running_var", torch.ones(channels))
        self.momentum, self.eps = momentum, eps

    def forward(self, x, mask):  # x [B, C, T], mask [B, 1, T] float
        if self.training:
            n = mask.sum().clamp(min=2)
            mean = (x * mask).sum((0, 2)) / n
            var = (((x - mean[None, :, None]) * mask) ** 2).sum((0, 2)) / n
            with torch.no_grad():
                self.running_mean.mul_(1 - self.momentum).add_(self.momentum * mean)
                self.running_var.mul_(1 - self.momentum).add_(self.momentum * var * n / (n - 1))
        else:
            mean, var = self.running_mean, self.running_var
        std = torch.sqrt(var + self.eps)
        return (x - mean[None, :, None]) / std[None, :, None] * self.weight[None, :, None] + self.bias[None, :, None]


class Tagger(nn.Module):
    def __init__(self, navec, shapes, types, shape_dim=30, filters=(256, 128, 64), kernel=3, dropout=0.2):
        super().__init__()
        self.word = nn.Embedding.from_pretrained(torch.as_tensor(navec), freeze=True)
        self.shape = nn.Embedding(shapes, shape_dim)
        nn.init.normal_(self.shape.weight, std=0.1)
        self.convs, self.norms = nn.ModuleList(), nn.ModuleList()
        channels = navec.shape[1] + shape_dim
        for f in filters:
            self.convs.append(nn.Conv1d(channels, f, kernel, padding=kernel // 2))
            self.norms.append(MaskedBatchNorm(f))
            channels = f
        self.drop = nn.Dropout(dropout)
        self.types = types
        self.proj = nn.Linear(channels, types * 3)
        self.transitions = nn.Parameter(torch.zeros(types, 3, 3))

    def emissions(self, words, shapes, mask):
        """[B, T, types, 3] scores; `mask` [B, T] bool, sequences left-aligned."""
        m = mask[:, None, :].float()
        x = torch.cat([self.word(words), self.shape(shapes)], dim=2).transpose(1, 2) * m
        for conv, norm in zip(self.convs, self.norms):
            x = norm(torch.relu(conv(self.drop(x))), m) * m
        out = self.proj(self.drop(x.transpose(1, 2)))
        return out.view(out.shape[0], out.shape[1], self.types, 3)

    def nll(self, em, tags, mask):
        """Mean over sequences of the summed per-type CRF negative log-likelihoods."""
        B, T, K, _ = em.shape
        mf = mask.float()
        score = (em.gather(3, tags.unsqueeze(3)).squeeze(3) * mf[:, :, None]).sum(1)
        if T > 1:
            ks = torch.arange(K)[None, None, :]
            score = score + (self.transitions[ks, tags[:, :-1], tags[:, 1:]] * mf[:, 1:, None]).sum(1)
        alpha = em[:, 0]
        for t in range(1, T):
            nxt = torch.logsumexp(alpha.unsqueeze(3) + self.transitions.unsqueeze(0), dim=2) + em[:, t]
            alpha = torch.where(mask[:, t][:, None, None], nxt, alpha)
        return (torch.logsumexp(alpha, dim=2) - score).sum() / B

    @torch.no_grad()
    def decode(self, em):
        """Viterbi path of each type of one sequence: em [T, types, 3] → [T, types] tag ids.

        Ties go to the lowest tag and a step's score is (score[prev] + transition) + emission,
        as Letopis's Kernels.viterbi (up to float rounding)."""
        T, K, _ = em.shape
        score = em[0].clone()
        history = []
        for t in range(1, T):
            total = score.unsqueeze(2) + self.transitions  # [K, prev, cur]
            best, arg = total.max(dim=1)
            score = best + em[t]
            history.append(arg)
        path = torch.zeros(T, K, dtype=torch.long)
        cur = score.argmax(dim=1)
        path[T - 1] = cur
        for t in range(T - 1, 0, -1):
            cur = history[t - 1].gather(1, cur[:, None]).squeeze(1)
            path[t - 1] = cur
        return path


def spans(path, types=None):
    """{(type index, start, end)} from [T, heads] tag ids: B opens, I extends an open span, O closes.
    Head k is type k % `types` (levels of one type merge); None: head index as is."""
    out = set()
    T, K = path.shape
    p = path.tolist()
    for k in range(K):
        name = k % types if types else k
        start = None
        for t in range(T):
            tag = p[t][k]
            if tag == 1:
                if start is not None:
                    out.add((name, start, t))
                start = t
            elif tag == 0 and start is not None:
                out.add((name, start, t))
                start = None
        if start is not None:
            out.add((name, start, T))
    return out
