/* Search the (19, 6; 1, 1; 1) quasi-difference matrix behind designs.QDM_19_6_BASE
 * (run by hand: cc -O2 qdm_19_6.c -o qdm && ./qdm, about 100 s).
 *
 * A (19,6;1,1;1)-QDM is a 6 x 21 matrix over Z_19 with one empty entry per row, at most one
 * per column, such that for any two rows the 19 differences (columns where both are filled)
 * are all of Z_19. Developed over Z_19 with the empty entries as a 20th symbol it gives an
 * OA(6, 20), hence 20 repeat-free rounds for 100 people in rooms of 5.
 *
 * The search only looks at matrices closed under the row permutations
 * sigma = (0 1 2)(3 5 4) and tau = (0 3)(1 4)(2 5): four base columns A (empty in row 0),
 * B (tau-invariant), C and D stand for the 21 columns (A, tau A, B, C, tau C, D, tau D and
 * their sigma images). Each base column, with its images, fills a fixed set of
 * (row pair orbit, difference) cells; the matrix is an exact cover of the 5 x 19 cells.
 * Columns are normalised (first filled entry 0) since adding a constant to a column
 * changes no difference. Candidates are bucketed by their lowest cell.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define Q 19
typedef unsigned __int128 u128;
int pi[6]={1,2,0,5,3,4};
int rep[5][2]={{0,1},{3,4},{0,3},{0,4},{0,5}};
int P[3][5][2];
// mask of a column set; returns 0 if internal collision
int addcol(const int *X, u128 *m){
  for(int o=0;o<5;o++)for(int t=0;t<3;t++){int a=X[P[t][o][0]], b=X[P[t][o][1]]; if(a<0||b<0)continue;
    int d=((a-b)%Q+Q)%Q; u128 bit=((u128)1)<<(o*Q+d); if(*m&bit) return 0; *m|=bit;}
  return 1;
}
int pairmask(const int *X, u128 *m){ int T[6]; for(int r=0;r<6;r++)T[r]=X[(r+3)%6]; *m=0; if(!addcol(X,m))return 0; return addcol(T,m); }
typedef struct { u128 m; int x[6]; } Cand;
Cand *A,*Bc,*Cc; int nA,nB,nC;
int main(){
  for(int o=0;o<5;o++){int i=rep[o][0],j=rep[o][1];for(int t=0;t<3;t++){P[t][o][0]=i;P[t][o][1]=j;i=pi[i];j=pi[j];}}
  A=malloc(sizeof(Cand)*200000); Bc=malloc(sizeof(Cand)*400); Cc=malloc(sizeof(Cand)*2600000);
  // B: (0,y,z,0,y,z)
  for(int y=0;y<Q;y++)for(int z=0;z<Q;z++){int Y[6]={0,y,z,0,y,z}; u128 m=0; if(addcol(Y,&m)){Bc[nB].m=m; memcpy(Bc[nB].x,Y,sizeof Y); nB++;}}
  // A: (None,0,b,c,d,e)
  for(int b=0;b<Q;b++)for(int c=0;c<Q;c++)for(int d=0;d<Q;d++)for(int e=0;e<Q;e++){int Y[6]={-1,0,b,c,d,e}; u128 m; if(pairmask(Y,&m)){A[nA].m=m; memcpy(A[nA].x,Y,sizeof Y); nA++;}}
  // C: (0,b,c,d,e,f)
  for(int b=0;b<Q;b++)for(int c=0;c<Q;c++)for(int d=0;d<Q;d++)for(int e=0;e<Q;e++)for(int f=0;f<Q;f++){int Y[6]={0,b,c,d,e,f}; u128 m; if(pairmask(Y,&m)){Cc[nC].m=m; memcpy(Cc[nC].x,Y,sizeof Y); nC++;}}
  fprintf(stderr,"nA %d nB %d nC %d\n",nA,nB,nC);
  u128 full=0; for(int i=0;i<5*Q;i++) full|=((u128)1)<<i;
  // index C by lowest set bit
  // sort-free: bucket lists
  int *cnt=calloc(95,sizeof(int)); for(int i=0;i<nC;i++){u128 m=Cc[i].m; int lo=0; while(!((m>>lo)&1))lo++; cnt[lo]++;}
  int **bucket=malloc(95*sizeof(int*)); int *fill=calloc(95,sizeof(int)); for(int i=0;i<95;i++)bucket[i]=malloc(sizeof(int)*(cnt[i]+1));
  for(int i=0;i<nC;i++){u128 m=Cc[i].m; int lo=0; while(!((m>>lo)&1))lo++; bucket[lo][fill[lo]++]=i;}
  long tries=0;
  for(int b=0;b<nB;b++) for(int a=0;a<nA;a++){
    if(Bc[b].m & A[a].m) continue;
    u128 R = full & ~(Bc[b].m|A[a].m);
    int lo=0; while(!((R>>lo)&1))lo++;
    for(int k=0;k<fill[lo];k++){ Cand *c=&Cc[bucket[lo][k]]; if((c->m & ~R)) continue; u128 R2 = R & ~c->m;
      int lo2=0; while(!((R2>>lo2)&1))lo2++;
      for(int l=0;l<fill[lo2];l++){ Cand *d=&Cc[bucket[lo2][l]]; tries++; if(d->m==R2){
        printf("FOUND\nA"); for(int r=0;r<6;r++)printf(" %d",A[a].x[r]); printf("\nB"); for(int r=0;r<6;r++)printf(" %d",Bc[b].x[r]);
        printf("\nC"); for(int r=0;r<6;r++)printf(" %d",c->x[r]); printf("\nD"); for(int r=0;r<6;r++)printf(" %d",d->x[r]); printf("\n"); return 0; } }
    }
  }
  printf("none, tries %ld\n",tries);
}
