import erfcinv from "@stdlib/math-base-special-erfcinv";
for (const e of [-1, -10, -17, -30, -100, -300, -323]) console.log(e, -Math.SQRT2 * erfcinv(2 * 10 ** e));
console.log(-Math.SQRT2 * erfcinv(2 * 5e-324), -Math.SQRT2 * erfcinv(2*0.975), -Math.SQRT2 * erfcinv(0));
